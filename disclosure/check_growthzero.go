package disclosure

import (
	"regexp"

	"github.com/shopspring/decimal"

	"github.com/cnfiscal/fiscal"
)

// ruleGrowthFromZero is the error a growth rate stated against a base of
// 0 is, where the base is certainly 0; narr.growth-undefined (a warning)
// remains for a base that is 0 only as far as the printed figures go.
var ruleGrowthFromZero = fiscal.NewRule("narr.growth-from-zero",
	"A growth rate is not stated against a prior-year figure that is certainly 0 (增加2000万元，增长100% when last year had nothing): there is no rate to state",
	fiscal.ScopeNarrative, fiscal.SeverityError)

// zeroBaseRE finds words saying that last year's figure was 0 or that
// there was none: 上年为0, 上年度无此项支出, 上年未发生.
var zeroBaseRE = regexp.MustCompile(`(?:上年|上一年|去年)(?:度)?(?:同期)?(?:决算)?(?:数)?[^，。；,;]{0,12}?(?:为[0０](?:[.．][0０]+)?(?:万元|元)?(?:[，。；,;）)]|$)|为零|无此|无该|未发生|没有发生|未安排|无[^，。；,;]{0,8}支出)`)

// growthFromZero reports a growth rate whose implied prior-year figure
// (current − change) is 0. The base is certainly 0, and the rate an error
// (rule narr.growth-from-zero), when the sentence says so (上年无此项, 上年为0)
// or when no base the printed figures allow could give the printed rate:
// with the current figure and the change each off by up to half a unit of
// its last digit, the largest base is that tolerance, and the smallest rate
// |change| − tolerance over it. Otherwise it is the warning of
// narr.growth-undefined. "增长0%" of a figure that was 0 and still is says
// nothing wrong and is no finding.
func growthFromZero(s Statement, w fiscal.Where, pct fiscal.Percent, cur, ch Value, change fiscal.Amount) []fiscal.Finding {
	if change.IsZero() && pct.Value.IsZero() {
		return nil
	}
	tol, err := half(cur.Decimals).Add(half(ch.Decimals))
	if err != nil {
		return nil
	}
	mag, err := change.Abs()
	if err != nil {
		return nil
	}
	sentence := zeroBaseRE.MatchString(s.Text)
	// |pct| × tol < (|change| − tol) × 100: no base within tol gives it.
	rounding := mag.Cmp(tol) > 0 &&
		pct.Value.Abs().Mul(tol.Decimal()).LessThan(mag.Decimal().Sub(tol.Decimal()).Mul(decimal.New(100, 0)))
	rule, why := ruleGrowthZero, "so there is no growth rate"
	switch {
	case sentence:
		rule, why = ruleGrowthFromZero, "and the sentence says last year had none: there is no growth rate to state (say 新增, or give the amounts)"
	case rounding:
		rule, why = ruleGrowthFromZero, "and no prior-year figure the printed figures allow (at most "+
			tol.DecimalIn(fiscal.WanYuan).String()+
			" 万元) gives "+s.Figure+": there is no growth rate to state (say 新增, or give the amounts)"
	}
	f := rule.Finding(w, "%s %s: the prior-year figure implied is %s − %s = 0, %s",
		s.Subject, s.Figure, cur.Amount.Format(fiscal.TableFormat()), change.Format(fiscal.TableFormat()), why)
	f.Actual, f.Unit = fiscal.FigureFixed(pct.Value, pct.Decimals), "%"
	return []fiscal.Finding{f}
}

// checkGrowthOwnFigures finds a growth rate from a base of 0 by the
// narrative's own figures where the document cannot give the current
// figure (its table or part is not in the document): the sentence states
// the amount (收入2000万元) and a change as large (较上年增加2000万元), so last
// year's figure it implies is 0 whatever the tables say (rules
// narr.growth-from-zero and narr.growth-undefined, as [growthFromZero]
// decides). Where the document gives the figure, the growth check
// ([Document.CheckStatement]) does this against it.
func (d *Document) checkGrowthOwnFigures() []fiscal.Finding {
	var out []fiscal.Finding
	for i := range d.Narrative {
		s := &d.Narrative[i] // a statement is large: not copied
		if s.Kind != KindGrowth || s.Over.Printed == nil || s.Of.IsZero() || s.Of.Printed != nil {
			continue
		}
		if _, err := d.resolve(&s.Of, false); err == nil {
			continue
		}
		cur, ok := d.printedAmount(*s)
		if !ok {
			continue
		}
		a, dp, err := cur.Amount()
		if err != nil {
			continue
		}
		change := signed(s, *s.Over.Printed)
		prior, err := a.Sub(change)
		if err != nil || !prior.IsZero() {
			continue
		}
		pct, err := s.Percent()
		if err != nil {
			continue
		}
		if sg, ok := Sign(s.Word); ok && sg < 0 {
			pct.Value = pct.Value.Neg()
		}
		out = append(out, growthFromZero(*s, s.where(), pct, Value{Amount: a, Decimals: dp, Present: true},
			Value{Amount: *s.Over.Printed, Decimals: s.Over.Decimals, Present: true}, change)...)
	}
	return out
}

// printedAmount returns the amount the sentence of a statement prints for
// the same thing: an amount statement of the same sentence and ref.
func (d *Document) printedAmount(s Statement) (Statement, bool) {
	key := s.Of.String()
	for i := range d.Narrative {
		if a := &d.Narrative[i]; a.Kind == KindAmount && a.Word == "" && a.Line == s.Line && a.Text == s.Text && a.Of.String() == key {
			return *a, true
		}
	}
	return Statement{}, false
}
