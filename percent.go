package fiscal

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/cnfiscal/fiscal/internal/fen"
)

// Percent is a percentage as printed: its value in percent ("97.4%" is
// 97.4) and the number of decimals printed (1), which is the precision a
// check compares it at.
type Percent struct {
	Value    decimal.Decimal
	Decimals int
}

// ParsePercent reads a printed percentage: "97.4%", "100％", "0%",
// "93.80%", with surrounding spaces and full-width digits. The decimals are
// those printed ("93.80%" has 2).
func ParsePercent(s string) (Percent, error) {
	t := foldNumber(s)
	body, ok := strings.CutSuffix(t, "%")
	if !ok {
		return Percent{}, &ParseError{Text: s, Err: ErrSyntax}
	}
	body = strings.TrimSpace(body)
	if strings.Contains(body, ",") {
		return Percent{}, &ParseError{Text: s, Err: ErrSyntax}
	}
	_, frac, _ := strings.Cut(body, ".")
	v, err := parseFixed(body, len(frac))
	if err != nil {
		return Percent{}, &ParseError{Text: s, Err: err}
	}
	return Percent{Value: decimal.New(v, int32(-len(frac))), Decimals: len(frac)}, nil
}

// String prints the percentage with its decimals and a % sign.
func (p Percent) String() string { return p.Value.StringFixed(int32(p.Decimals)) + "%" }

// PercentRange returns the percentages that printed figures num and den,
// each possibly off by half a unit of their last printed digit (err), can
// stand for: the exact ratio of the printed figures, and the lowest and
// highest ratios of figures within err of them, all in percent and
// unrounded. It is how a printed share is judged when its inputs are
// themselves rounded. A zero (or, with err, possibly zero) denominator is an
// error.
func PercentRange(num, den, err Amount) (exact, lo, hi Ratio, e error) {
	exact, e = Share(num, den)
	if e != nil {
		return Ratio{}, Ratio{}, Ratio{}, e
	}
	n, d, x := num.Decimal(), den.Decimal(), err.Decimal()
	dLo, dHi := d.Sub(x), d.Add(x)
	if dLo.Sign() != dHi.Sign() || dLo.IsZero() || dHi.IsZero() {
		// The denominator may be zero: any ratio is possible.
		return exact, exact, exact, &RatioError{Kind: "share", Numerator: n.String(), Denominator: d.String() + "±" + x.String(), Err: ErrDivisionByZero}
	}
	cands := []Ratio{}
	for _, nn := range []decimal.Decimal{n.Sub(x), n.Add(x)} {
		for _, dd := range []decimal.Decimal{dLo, dHi} {
			r, _ := NewRatio(nn, dd)
			cands = append(cands, r)
		}
	}
	lo, hi = cands[0], cands[0]
	for _, c := range cands[1:] {
		if c.Cmp(lo) < 0 {
			lo = c
		}
		if c.Cmp(hi) > 0 {
			hi = c
		}
	}
	return exact, lo, hi, nil
}

// ComparePercent checks a printed percentage against num/den recomputed
// from printed figures whose last digit is off by at most err (half a unit:
// 0.005 万元 for two decimals). The expected value is the exact ratio of the
// printed figures rounded half away from zero at the printed decimals; a
// printed value that some figures within err of the printed ones would give
// is within rounding. No finding (false) when the printed value equals the
// expected one.
//
// A zero denominator has no percentage: the finding says so, with severity
// info when both figures are 0 and 0% is printed (a common way of printing
// 0/0), and the rule's severity otherwise (such as "增长100%" from 0).
func (r Rule) ComparePercent(w Where, what string, printed Percent, num, den, err Amount) (Finding, bool) {
	if den.IsZero() {
		f := r.Finding(w, "%s: printed %s, but the denominator is 0, so there is no percentage", what, printed)
		f.Actual, f.Unit = FigureFixed(printed.Value, printed.Decimals), "%"
		if printed.Value.IsZero() && num.IsZero() {
			f.Severity = SeverityInfo
		}
		return f, true
	}
	// Most printed percentages are right: when the recomputed one equals
	// the printed one there is no finding, whatever the tolerance, and the
	// range of ratios (exact fractions) is not needed.
	if p, ok := percentFen(num.fen, den.fen, printed.Decimals); ok && p.Equal(printed.Value) {
		return Finding{}, false
	}
	exact, lo, hi, e := PercentRange(num, den, err)
	if e != nil {
		lo, hi = exact, exact // the denominator may be zero within err: compare exactly
	}
	expected := exact.Percent(printed.Decimals)
	tol := decimal.Max(expected.Sub(lo.Percent(printed.Decimals)), hi.Percent(printed.Decimals).Sub(expected))
	return r.CompareDecimals(w, what, expected, printed.Value, tol, "%", printed.Decimals)
}

// percentFen is [fen.Percent]: num / den × 100 to d decimals for amounts
// in fen, in integer arithmetic.
var percentFen = fen.Percent
