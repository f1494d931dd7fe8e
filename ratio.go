package fiscal

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// Ratio is an exact quotient of two numbers, kept as a fraction until it is
// rounded for printing. Shares (占比), growth rates (增长率) and completion
// rates (完成率, 执行率) are Ratios. The zero Ratio is 0.
//
// A Ratio is immutable: methods never change it and never return its
// internal fraction.
type Ratio struct {
	r *big.Rat
}

// NewRatio returns num / den, or a [*RatioError] wrapping
// [ErrDivisionByZero] when den is zero.
func NewRatio(num, den decimal.Decimal) (Ratio, error) {
	return ratioOf("ratio", num, den)
}

// Share returns part / whole (占比).
func Share(part, whole Amount) (Ratio, error) {
	return ratioOf("share", part.Decimal(), whole.Decimal())
}

// GrowthRate returns (current − previous) / previous (增长率; negative for a
// decrease, 下降).
func GrowthRate(current, previous Amount) (Ratio, error) {
	diff := current.Decimal().Sub(previous.Decimal())
	return ratioOf("growth rate", diff, previous.Decimal())
}

// CompletionRate returns actual / budget (完成率, 执行率).
func CompletionRate(actual, budget Amount) (Ratio, error) {
	return ratioOf("completion rate", actual.Decimal(), budget.Decimal())
}

func ratioOf(kind string, num, den decimal.Decimal) (Ratio, error) {
	if den.IsZero() {
		return Ratio{}, &RatioError{Kind: kind, Numerator: num.String(), Denominator: den.String(), Err: ErrDivisionByZero}
	}
	r := new(big.Rat).SetFrac(num.Coefficient(), den.Coefficient())
	// num = cn·10^en, den = cd·10^ed: scale by 10^(en−ed).
	if e := int64(num.Exponent()) - int64(den.Exponent()); e != 0 {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(e)), nil)
		if e > 0 {
			r.Mul(r, new(big.Rat).SetInt(p))
		} else {
			r.Quo(r, new(big.Rat).SetInt(p))
		}
	}
	return Ratio{r: r}, nil
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func (q Ratio) rat() *big.Rat {
	if q.r == nil {
		return new(big.Rat)
	}
	return q.r
}

// Rat returns the exact fraction as a new [big.Rat].
func (q Ratio) Rat() *big.Rat { return new(big.Rat).Set(q.rat()) }

// Round returns the ratio rounded half away from zero (四舍五入) to the
// given number of decimals: 0.12345 at 3 is 0.123, at 4 is 0.1235.
func (q Ratio) Round(decimals int) decimal.Decimal { return roundRat(q.rat(), decimals) }

// Percent returns the ratio as a percentage rounded half away from zero to
// the given number of decimals: 4402.44 / 6577.03 at 2 is 66.94.
func (q Ratio) Percent(decimals int) decimal.Decimal {
	p := new(big.Rat).Mul(q.rat(), big.NewRat(100, 1))
	return roundRat(p, decimals)
}

// Cmp compares two ratios exactly.
func (q Ratio) Cmp(o Ratio) int { return q.rat().Cmp(o.rat()) }

// Sign returns -1, 0 or +1.
func (q Ratio) Sign() int { return q.rat().Sign() }

// String returns the exact fraction ("a/b").
func (q Ratio) String() string { return q.rat().RatString() }

func roundRat(r *big.Rat, decimals int) decimal.Decimal {
	if decimals < 0 {
		decimals = 0
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	num := new(big.Int).Mul(r.Num(), scale)
	den := r.Denom() // always positive
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	rem.Abs(rem).Lsh(rem, 1)
	if rem.Cmp(den) >= 0 {
		if num.Sign() < 0 {
			quo.Sub(quo, big.NewInt(1))
		} else {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return decimal.NewFromBigInt(quo, int32(-decimals))
}
