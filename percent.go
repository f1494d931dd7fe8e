package fiscal

import (
	"math/bits"
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
	v, d, err := ParsePercentCoef(s)
	if err != nil {
		return Percent{}, err
	}
	return Percent{Value: decimal.New(v, int32(-d)), Decimals: d}, nil
}

// ParsePercentCoef is [ParsePercent] without the decimal: the printed
// value as coef × 10^−decimals ("97.4%" is 974 at 1 decimal), with the same
// errors. With [Rule.ComparePercentCoef] a percentage is read and checked
// without making a decimal unless there is a finding (a decimal
// allocates, and narratives print percentages by the dozen).
func ParsePercentCoef(s string) (coef int64, decimals int, err error) {
	if coef, decimals, ok := parsePlainPercent(s); ok {
		return coef, decimals, nil
	}
	return parsePercentGeneral(s)
}

// parsePlainPercent reads the shape most printed percentages have, ASCII
// digits with at most one point between digits and a final % or ％
// ("98.20％", "100%"), as parsePercentGeneral reads it, without folding
// the text; it reports false for any other text.
func parsePlainPercent(s string) (coef int64, decimals int, ok bool) {
	var body string
	switch {
	case strings.HasSuffix(s, "%"):
		body = s[:len(s)-1]
	case strings.HasSuffix(s, "％"):
		body = s[:len(s)-len("％")]
	default:
		return 0, 0, false
	}
	if body == "" || len(body) > 19 {
		return 0, 0, false
	}
	dot := -1
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c >= '0' && c <= '9':
			coef = coef*10 + int64(c-'0') // at most 18 digits: no overflow
		case c == '.' && dot < 0 && i > 0 && i+1 < len(body):
			dot = i
		default:
			return 0, 0, false
		}
	}
	if dot >= 0 {
		decimals = len(body) - dot - 1
	} else if len(body) > 18 {
		return 0, 0, false
	}
	return coef, decimals, true
}

// parsePercentGeneral is ParsePercentCoef's reading of any text.
func parsePercentGeneral(s string) (coef int64, decimals int, err error) {
	t := foldNumber(s)
	body, ok := strings.CutSuffix(t, "%")
	if !ok {
		return 0, 0, &ParseError{Text: s, Err: ErrSyntax}
	}
	body = strings.TrimSpace(body)
	if strings.Contains(body, ",") {
		return 0, 0, &ParseError{Text: s, Err: ErrSyntax}
	}
	_, frac, _ := strings.Cut(body, ".")
	v, err := parseFixed(body, len(frac))
	if err != nil {
		return 0, 0, &ParseError{Text: s, Err: err}
	}
	return v, len(frac), nil
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
	p, ok := percentFen(num.fen, den.fen, printed.Decimals)
	if ok && p.Equal(printed.Value) {
		return Finding{}, false
	}
	// The range in integers when the figures allow, else in exact
	// fractions: the same percentages (percent_test.go compares them).
	if ok {
		if tol, ok := percentTolerance(num.fen, den.fen, err.fen, p, printed.Decimals); ok {
			return r.CompareDecimals(w, what, p, printed.Value, tol, "%", printed.Decimals)
		}
	}
	exact, lo, hi, e := PercentRange(num, den, err)
	if e != nil {
		lo, hi = exact, exact // the denominator may be zero within err: compare exactly
	}
	expected := exact.Percent(printed.Decimals)
	tol := decimal.Max(expected.Sub(lo.Percent(printed.Decimals)), hi.Percent(printed.Decimals).Sub(expected))
	return r.CompareDecimals(w, what, expected, printed.Value, tol, "%", printed.Decimals)
}

// ComparePercentCoef is [Rule.ComparePercent] for a printed percentage
// given as coef × 10^−decimals (see [ParsePercentCoef]): the same finding,
// field for field. A printed percentage equal to the recomputed one is
// decided in integers, and no decimal is made.
func (r Rule) ComparePercentCoef(w Where, what string, coef int64, decimals int, num, den, err Amount) (Finding, bool) {
	if den.IsZero() && decimals >= 0 && decimals <= 16 {
		// ComparePercent's finding of a denominator of 0, its message
		// ("%s: printed %s, but …") spelled without fmt and the printed
		// figure kept as integers.
		fig := Figure{coef: coef, exp: int8(-decimals), scaled: true, ok: true, places: int8(decimals)}
		var buf [256]byte
		b := append(append(buf[:0], what...), ": printed "...)
		b = append(fig.appendTo(b), '%')
		b = append(b, ", but the denominator is 0, so there is no percentage"...)
		f := Finding{Rule: r.ID, Severity: r.severity(), Where: w, Message: string(b)}
		f.Actual, f.Unit = fig, "%"
		if coef == 0 && num.IsZero() {
			f.Severity = SeverityInfo
		}
		return f, true
	}
	if !den.IsZero() && decimals <= 16 {
		if p, ok := fen.PercentCoef(num.fen, den.fen, decimals); ok {
			if p == coef {
				return Finding{}, false // ComparePercent: p.Equal(printed.Value) at the same exponent
			}
			// ComparePercent's integer path, its figures kept as
			// coefficients at the printed decimals.
			if tol, ok := percentToleranceCoef(num.fen, den.fen, err.fen, p, decimals); ok {
				if diff, ok := subInt64(coef, p); ok && diff != -1<<63 && tol >= 0 {
					fig := func(c int64) Figure {
						return Figure{coef: c, exp: int8(-decimals), scaled: true, ok: true, places: int8(decimals)}
					}
					return compared(r, w, what, fig(p), fig(coef), fig(diff), fig(tol), "%", max(diff, -diff) <= tol), true
				}
			}
		}
	}
	return r.ComparePercent(w, what, Percent{Value: decimal.New(coef, int32(-decimals)), Decimals: decimals}, num, den, err)
}

// percentTolerance is, for amounts in fen, the tolerance ComparePercent
// computes from PercentRange: how far the percentages (at d decimals) of
// the lowest and the highest of (num ± err) / (den ± err) lie from
// expected, the percentage of num / den. It compares the four ratios by
// cross-multiplying in 128 bits; ok is false where an operand does not
// fit, and the caller then takes the exact fractions.
func percentTolerance(num, den, err int64, expected decimal.Decimal, d int) (decimal.Decimal, bool) {
	// expected is percentFen's, at the exponent −d.
	if int(expected.Exponent()) != -d || expected.NumDigits() > 18 {
		return decimal.Decimal{}, false
	}
	tol, ok := percentToleranceCoef(num, den, err, expected.CoefficientInt64(), d)
	if !ok {
		return decimal.Decimal{}, false
	}
	if tol == 0 {
		return expected.Sub(expected), true // the zero the decimals have always given
	}
	return decimal.New(tol, int32(-d)), true
}

// percentToleranceCoef is percentTolerance with the percentages as their
// coefficients at d decimals (expected, and the tolerance returned).
func percentToleranceCoef(num, den, err int64, expected int64, d int) (int64, bool) {
	if err < 0 || expected > 1<<62 || expected < -1<<62 {
		return 0, false
	}
	nLo, ok1 := subInt64(num, err)
	nHi, ok2 := addInt64(num, err)
	dLo, ok3 := subInt64(den, err)
	dHi, ok4 := addInt64(den, err)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return 0, false
	}
	if dLo == 0 || dHi == 0 || (dLo < 0) != (dHi < 0) {
		// The denominator may be zero: the range is the exact ratio alone.
		return 0, true
	}
	type frac struct{ n, d int64 }
	cands := [4]frac{{nLo, dLo}, {nLo, dHi}, {nHi, dLo}, {nHi, dHi}}
	lo, hi := cands[0], cands[0]
	for _, c := range cands[1:] {
		// The denominators share a sign: a/b < c/e ⇔ a·e < c·b.
		if cmpProducts(c.n, lo.d, lo.n, c.d) < 0 {
			lo = c
		}
		if cmpProducts(c.n, hi.d, hi.n, c.d) > 0 {
			hi = c
		}
	}
	loP, ok1 := fen.PercentCoef(lo.n, lo.d, d)
	hiP, ok2 := fen.PercentCoef(hi.n, hi.d, d)
	if !ok1 || !ok2 {
		return 0, false
	}
	return max(expected-loP, hiP-expected), true // each within 2^62: no overflow
}

// cmpProducts returns the sign of a·b − c·d, computed in 128 bits.
func cmpProducts(a, b, c, d int64) int {
	sx, hx, lx := mul128(a, b)
	sy, hy, ly := mul128(c, d)
	if sx != sy {
		if sx < sy {
			return -1
		}
		return 1
	}
	m := 0 // compare the magnitudes
	switch {
	case hx != hy:
		m = cmpUint(hx, hy)
	default:
		m = cmpUint(lx, ly)
	}
	if sx < 0 {
		return -m
	}
	return m
}

// mul128 returns a·b as a sign (−1, 0, 1) and a 128-bit magnitude.
func mul128(a, b int64) (sign int, hi, lo uint64) {
	if a == 0 || b == 0 {
		return 0, 0, 0
	}
	sign = 1
	ua, ub := uint64(a), uint64(b)
	if a < 0 {
		sign, ua = -sign, uint64(-a) // −MinInt64 is 1<<63 as uint64
	}
	if b < 0 {
		sign, ub = -sign, uint64(-b)
	}
	hi, lo = bits.Mul64(ua, ub)
	return sign, hi, lo
}

func cmpUint(x, y uint64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// percentFen is [fen.Percent]: num / den × 100 to d decimals for amounts
// in fen, in integer arithmetic.
var percentFen = fen.Percent
