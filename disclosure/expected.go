package disclosure

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
)

// Expected returns what a statement's figure should read, recomputed from
// its source at the printed precision: the source amount for an amount, the
// ratio for a share or completion rate, change / (current − change) for a
// growth rate. ok is false for counts, changes and comparisons, which have
// nothing to recompute without last year's report, and when the source
// cannot be resolved.
func (d *Document) Expected(s Statement) (text string, ok bool) {
	switch s.Kind {
	case KindAmount:
		_, dp, err := s.Amount()
		if err != nil {
			return "", false
		}
		v, err := d.Resolve(s.Of)
		if err != nil {
			return "", false
		}
		return v.Amount.Format(fiscal.Format{Unit: fiscal.WanYuan, Decimals: max(dp, v.Decimals)}) + "万元", true
	case KindShare, KindCompletion:
		p, err := s.Percent()
		if err != nil {
			return "", false
		}
		num, err1 := d.Resolve(s.Of)
		den, err2 := d.Resolve(s.Over)
		if err1 != nil || err2 != nil {
			return "", false
		}
		r, err := fiscal.Share(num.Amount, den.Amount)
		if err != nil {
			return "—", true
		}
		return r.Percent(p.Decimals).StringFixed(int32(p.Decimals)) + "%", true
	case KindGrowth:
		p, err := s.Percent()
		if err != nil {
			return "", false
		}
		cur, err1 := d.Resolve(s.Of)
		ch, err2 := d.Resolve(s.Over)
		if err1 != nil || err2 != nil {
			return "", false
		}
		change := signed(&s, ch.Amount)
		prior, err := cur.Amount.Sub(change)
		if err != nil {
			return "", false
		}
		r, err := fiscal.GrowthRate(cur.Amount, prior)
		if err != nil {
			return "—", true
		}
		v := r.Percent(p.Decimals)
		if sg, ok := Sign(s.Word); ok && sg < 0 {
			v = v.Neg()
		}
		return fmt.Sprintf("%s%%", v.StringFixed(int32(p.Decimals))), true
	}
	return "", false
}
