package disclosure

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/internal/wan"
)

// half returns half a unit of the last digit of a 万元 figure printed at d
// decimals (d below zero: a figure in 亿元; see package wan).
func half(d int) fiscal.Amount { return wan.Half(d) }

func (s *Statement) where() fiscal.Where {
	return fiscal.Where{Part: "情况说明", Row: s.Subject, Text: s.Text, Line: s.Line}
}

// lastDigit lowers a finding to a warning when the printed figure is off by
// no more than one unit of its last printed digit beyond the rounding
// tolerance: a figure truncated rather than rounded (124.66 printed 124.6),
// or rounded the wrong way to make shares add up to 100%. Larger
// differences stay errors.
func lastDigit(f fiscal.Finding, decimals int) fiscal.Finding {
	if f.WithinRounding || f.Severity != fiscal.SeverityError {
		return f
	}
	off, ok := offByLastDigit(f.Difference, f.Tolerance, decimals)
	if !ok {
		off, ok = offByLastDigitDecimal(f.Difference, f.Tolerance, decimals)
	}
	if ok && off {
		f.Severity = fiscal.SeverityWarning
		f.Message += "; off by one unit of the last printed digit (truncated or rounded the wrong way)"
	}
	return f
}

// offByLastDigitDecimal reports whether |diff| ≤ 10^−decimals + tol; ok is
// false when either figure is missing.
func offByLastDigitDecimal(diff, tol fiscal.Figure, decimals int) (off, ok bool) {
	dv, ok1 := diff.Decimal()
	tv, ok2 := tol.Decimal()
	if !ok1 || !ok2 {
		return false, false
	}
	return dv.Abs().LessThanOrEqual(decimal.New(1, int32(-decimals)).Add(tv)), true
}

// offByLastDigit is offByLastDigitDecimal in integers: ok is false when a
// figure is missing or too large, a tolerance negative, or the exponents
// too far apart; the caller then takes the decimals.
func offByLastDigit(diff, tol fiscal.Figure, decimals int) (off, ok bool) {
	dc, de, ok1 := diff.Parts()
	tc, te, ok2 := tol.Parts()
	if !ok1 || !ok2 || tc < 0 || decimals < 0 || decimals > 18 {
		return false, false
	}
	e := min(de, te, -decimals)
	// Every term at the exponent e: at most 15 digits times 10^18 fits
	// neither int64 nor the checks below, so the shifts are bounded.
	if de-e > 18 || te-e > 18 || -decimals-e > 18 {
		return false, false
	}
	mag := dc
	if mag < 0 {
		mag = -mag
	}
	left, ok1 := mulPow10(uint64(mag), de-e)
	t, ok2 := mulPow10(uint64(tc), te-e)
	one, ok3 := mulPow10(1, -decimals-e)
	if !ok1 || !ok2 || !ok3 || t >= 1<<63 || one >= 1<<63 {
		return false, false
	}
	return left <= t+one, true
}

// mulPow10 returns x × 10^n and whether it fits 64 bits.
func mulPow10(x uint64, n int) (uint64, bool) {
	for range n {
		if x > (1<<64-1)/10 {
			return 0, false
		}
		x *= 10
	}
	return x, true
}

// CheckStatement checks one narrative figure against the document. prev is
// last year's document, or nil.
func (d *Document) CheckStatement(s Statement, prev *Document) []fiscal.Finding {
	return d.appendStatement(nil, &s, -1, prev, nil, nil)
}

// appendStatement appends to dst the findings of CheckStatement on a
// statement in place (a statement is large, and the checks below take it
// by pointer rather than copy it; the findings go straight into the
// check's one slice).
//
// i is the statement's index in d.Narrative (−1 when it is not one of
// them) and amounts the amounts read for the check, or nil.
//
// ix, when not nil, finds the project forms of refs for the statements of
// one check.
func (d *Document) appendStatement(dst []fiscal.Finding, s *Statement, i int, prev *Document, amounts statedAmounts, ix *projectIndex) []fiscal.Finding {
	w := s.where()
	unresolved := func(err error) []fiscal.Finding {
		return append(dst, ruleUnresolved.Finding(w, "%s %q: %v", s.Subject, s.Figure, err))
	}
	switch s.Kind {
	case KindAmount:
		p, dp, err := amounts.amount(i, s)
		if err != nil {
			return unresolved(err)
		}
		v, err := d.resolveIn(&s.Of, false, ix)
		if err != nil {
			return unresolved(err)
		}
		return d.appendAmount(dst, w, s.Subject, p, dp, v, &s.Of, ix)
	case KindShare, KindCompletion:
		coef, dec, err := fiscal.ParsePercentCoef(s.Figure) // s.Percent without its decimal
		if err != nil {
			return unresolved(err)
		}
		if sameCell(&s.Of, &s.Over) {
			// A part over itself: the reading lost the part (基本支出X万元，
			// 占本年支出合计的Y%), not a defect of the report.
			return dst
		}
		num, err := d.resolveIn(&s.Of, false, ix) // where they are is not said
		if err != nil {
			return unresolved(err)
		}
		den, err := d.resolveIn(&s.Over, false, ix)
		if err != nil {
			return unresolved(err)
		}
		rule := ruleShare
		if s.Kind == KindCompletion {
			rule = ruleCompletion
		}
		// Compared without the description, which is spelled out only for
		// a finding: ComparePercent's message begins with it ("what: …"),
		// so it is put in front of the message.
		if f, ok := rule.ComparePercentCoef(w, "", coef, dec, num.Amount, den.Amount, half(max(num.Decimals, den.Decimals))); ok {
			if parts, ok := d.procurementParts(&s.Over); ok {
				if _, wrong := rule.ComparePercentCoef(w, "", coef, dec, num.Amount, parts, half(max(num.Decimals, den.Decimals))); !wrong {
					// The 政府采购支出总额 stated is not its parts' sum
					// (an error of its own, proc.total) and the share is
					// right over the sum: one defect, one finding.
					return dst
				}
			}
			// "subject figure (of over over)" + the message, in one buffer.
			var buf [512]byte
			b := append(buf[:0], s.Subject...)
			b = append(b, ' ')
			b = append(b, s.Figure...)
			b = append(b, " ("...)
			b = s.Of.appendString(b)
			b = append(b, " over "...)
			b = s.Over.appendString(b)
			b = append(b, ')')
			f.Message = string(append(b, f.Message...))
			return append(dst, lastDigit(f, dec))
		}
	case KindGrowth:
		return d.appendGrowth(dst, s, w)
	case KindChange:
		return append(dst, d.checkChange(s, i, w, prev, amounts)...)
	case KindCompare:
		a, err := d.resolveIn(&s.Of, false, ix) // where they are is not said
		if err != nil {
			return unresolved(err)
		}
		b, err := d.resolveIn(&s.Over, false, ix)
		if err != nil {
			return unresolved(err)
		}
		if sg, ok := Sign(s.Word); !ok || sg == a.Amount.Cmp(b.Amount) || sg == 0 && flatAtPrecision(s, a, b) || sg != 0 && wholeUnitsApart(a, b) {
			return dst // what checkWord decides first, before its detail is spelled out
		}
		return appendWord(dst, w, s, a.Amount.Cmp(b.Amount), fmt.Sprintf("%s against %s", a.Amount.Format(fiscal.TableFormat()), b.Amount.Format(fiscal.TableFormat())))
	}
	return dst
}

// procurementParts returns, for a ref to the 政府采购支出总额 the document
// states, the sum of its 货物, 工程 and 服务 when all three are stated and
// their sum is not the total.
func (d *Document) procurementParts(r *Ref) (fiscal.Amount, bool) {
	p := d.Procurement
	if r.Part != PartProcurement || r.Field != "总额" || p == nil || p.Goods.IsAbsent() || p.Works.IsAbsent() || p.Services.IsAbsent() {
		return fiscal.Amount{}, false
	}
	sum, err := fiscal.Sum(p.Goods.OrZero(), p.Works.OrZero(), p.Services.OrZero())
	if err != nil || sum == p.Total.OrZero() {
		return fiscal.Amount{}, false
	}
	return sum, true
}

// appendAmount appends to dst the finding of comparing a printed amount with its source. A printed figure
// that is the source rounded to the printed decimals is no finding; any
// other difference within half a unit of each figure's last digit is within
// rounding.
//
// v is the value of the ref of, resolved without its Where, which is
// resolved again to spell out a finding.
func (d *Document) appendAmount(dst []fiscal.Finding, w fiscal.Where, subject string, p fiscal.Amount, dp int, v Value, of *Ref, ix *projectIndex) []fiscal.Finding {
	r, err := wan.Round(v.Amount, dp)
	if err == nil && r == p && (dp <= v.Decimals) {
		return dst
	}
	tol, err := half(dp).Add(half(v.Decimals))
	if err != nil || v.Amount == p {
		return dst // equal amounts: CompareAmounts finds nothing, no description to spell
	}
	w2 := w
	if full, err := d.resolveIn(of, true, ix); err == nil {
		v.Where = full.Where
	}
	// "subject against where" spelled into a buffer on the stack (the
	// finding copies it into its message).
	var buf [256]byte
	what := appendValue(append(append(buf[:0], subject...), " against "...), v)
	if f, ok := ruleAmount.CompareAmountsText(w2, what, v.Amount, p, tol, fiscal.Format{Unit: fiscal.WanYuan, Decimals: max(dp, v.Decimals)}); ok {
		return append(dst, lastDigit(f, dp))
	}
	return dst
}

// appendValue appends what a value is to b: where it is printed, and
// "(not printed: 0)" for a cell left blank.
func appendValue(b []byte, v Value) []byte {
	b = v.Where.Append(b)
	if !v.Present {
		b = append(b, " (not printed: 0)"...)
	}
	return b
}

// signed returns the printed magnitude with the sign of the statement's
// word (减少 and 下降 are negative).
func signed(s *Statement, a fiscal.Amount) fiscal.Amount {
	if sg, ok := Sign(s.Word); ok && sg < 0 && a.Sign() > 0 {
		n, _ := a.Neg()
		return n
	}
	return a
}

// appendGrowth appends to dst the findings of checking "增长 Y%": the change (Over, a printed magnitude) over
// the prior-year figure it implies (Of − change).
func (d *Document) appendGrowth(dst []fiscal.Finding, s *Statement, w fiscal.Where) []fiscal.Finding {
	coef, dec, err := fiscal.ParsePercentCoef(s.Figure) // s.Percent without its decimal
	if err != nil {
		return append(dst, ruleUnresolved.Finding(w, "%s %q: %v", s.Subject, s.Figure, err))
	}
	cur, err := d.resolve(&s.Of, false) // where cur and ch are is not said
	if err != nil {
		return append(dst, ruleUnresolved.Finding(w, "%s: %v", s.Subject, err))
	}
	ch, err := d.resolve(&s.Over, false)
	if err != nil {
		return append(dst, ruleUnresolved.Finding(w, "%s: %v", s.Subject, err))
	}
	change := signed(s, ch.Amount)
	prior, err := cur.Amount.Sub(change)
	if err != nil {
		return dst
	}
	if sg, ok := Sign(s.Word); ok && sg < 0 {
		coef = -coef
	}
	if prior.IsZero() {
		pct := fiscal.Percent{Value: decimal.New(coef, int32(-dec)), Decimals: dec}
		return append(dst, growthFromZero(*s, w, pct, cur, ch, change)...) // check_growthzero.go
	}
	// Compared without the description, spelled out only for a finding and
	// put in front of the message, which begins with it.
	if f, ok := ruleGrowth.ComparePercentCoef(w, "", coef, dec, change, prior, half(max(cur.Decimals, ch.Decimals))); ok {
		f.Message = fmt.Sprintf("%s %s (change %s over prior %s = %s − change)", s.Subject, s.Figure,
			change.Format(fiscal.TableFormat()), prior.Format(fiscal.TableFormat()), cur.Amount.Format(fiscal.TableFormat())) + f.Message
		return append(dst, lastDigit(f, dec))
	}
	return dst
}

// checkChange checks "较上年增加 X 万元": the word against the figure, and,
// given last year's document, the prior-year figure it implies.
func (d *Document) checkChange(s *Statement, i int, w fiscal.Where, prev *Document, amounts statedAmounts) []fiscal.Finding {
	mag, dp, err := amounts.amount(i, s)
	if err != nil {
		return []fiscal.Finding{ruleUnresolved.Finding(w, "%s %q: %v", s.Subject, s.Figure, err)}
	}
	var out []fiscal.Finding
	if sg, ok := Sign(s.Word); ok {
		switch {
		case sg == 0 && !mag.IsZero():
			out = append(out, ruleWord.Finding(w, "%s: %s with a change of %s", s.Subject, s.Word, s.Figure))
		case sg != 0 && mag.IsZero():
			// "比上年决算数增加0万元，增长0%": a template's fill for an
			// unchanged item (Guangdong). The figure is no error; the word
			// is worth a look.
			f := ruleWord.Finding(w, "%s: %s by %s; the word says there is a change", s.Subject, s.Word, s.Figure)
			f.Severity = fiscal.SeverityWarning
			out = append(out, f)
		}
	}
	if prev == nil || s.Of.IsZero() {
		return out
	}
	cur, err := d.Resolve(s.Of)
	if err != nil {
		return append(out, ruleUnresolved.Finding(w, "%s: %v", s.Subject, err))
	}
	last, err := prev.Resolve(s.Of)
	if err != nil {
		return append(out, ruleUnresolved.Finding(w, "%s: last year's report: %v", s.Subject, err))
	}
	implied, err := cur.Amount.Sub(signed(s, mag))
	if err != nil {
		return out
	}
	tol, _ := half(dp).Add(half(cur.Decimals))
	tol, _ = tol.Add(half(last.Decimals))
	what := fmt.Sprintf("%s: last year's figure implied by %s %s %s (%s − change) against last year's report", s.Subject,
		cur.Amount.Format(fiscal.TableFormat()), s.Word, s.Figure, cur.Where)
	if f, ok := rulePrior.CompareAmounts(w, what, last.Amount, implied, tol, fiscal.Format{Unit: fiscal.WanYuan, Decimals: max(dp, cur.Decimals)}); ok {
		out = append(out, f)
	}
	return out
}

// sameCell reports whether two refs name the same cell of a table.
func sameCell(a, b *Ref) bool {
	return a.Table != 0 && a.Printed == nil && b.Printed == nil && len(a.Sum) == 0 && len(b.Sum) == 0 &&
		a.Table == b.Table && a.Side == b.Side && a.Item == b.Item && a.Under == b.Under &&
		a.Function == b.Function && a.Economic == b.Economic && a.Column == b.Column
}

// flatAtPrecision reports whether two figures said to be 持平 are equal at
// the coarser of their printed precisions (0.9 万元 printed against 0.94
// in the table), or, said to be 基本持平 (roughly level), differ by at most
// 5 % of the larger.
func flatAtPrecision(s *Statement, a, b Value) bool {
	d, err := a.Amount.Sub(b.Amount)
	if err != nil {
		return false
	}
	d, err = d.Abs()
	if err != nil {
		return false
	}
	if d.Cmp(half(min(a.Decimals, b.Decimals))) <= 0 {
		return true
	}
	if !strings.Contains(s.Text, "基本持平") && !strings.Contains(s.Text, "大体持平") && !strings.Contains(s.Text, "基本一致") {
		return false
	}
	big := max(abs64(a.Amount.Fen()), abs64(b.Amount.Fen()))
	return d.Fen() <= big/20
}

// wholeUnitsApart reports whether two figures, one of them printed in
// whole 万元, are no further apart than their rounding: 0 against 0 in a
// table of whole 万元 may be 0.3 against 0.4, and a direction (小于,
// 增加) cannot be judged from them.
func wholeUnitsApart(a, b Value) bool {
	if min(a.Decimals, b.Decimals) > 0 {
		return false
	}
	d, err := a.Amount.Sub(b.Amount)
	if err != nil {
		return false
	}
	if d, err = d.Abs(); err != nil {
		return false
	}
	tol, err := half(a.Decimals).Add(half(b.Decimals))
	return err == nil && d.Cmp(tol) <= 0
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// appendWord appends to dst the finding of checking a comparison word
// against the sign of a comparison.
func appendWord(dst []fiscal.Finding, w fiscal.Where, s *Statement, cmp int, detail string) []fiscal.Finding {
	sg, ok := Sign(s.Word)
	if !ok || sg == cmp {
		return dst
	}
	return append(dst, ruleWord.Finding(w, "%s: the text says %s, but %s", s.Subject, s.Word, detail))
}

// CheckNarrative checks every statement of the narrative; prev is last
// year's document or nil.
func (d *Document) CheckNarrative(prev *Document) []fiscal.Finding {
	var out []fiscal.Finding
	for i := range d.Narrative {
		out = d.appendStatement(out, &d.Narrative[i], i, prev, nil, nil)
	}
	return out
}
