package perf

import (
	"fmt"
	"math/big"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
)

// ScoreDecimals is the number of decimals scores are rounded to, half away
// from zero (四舍五入). Scores are computed exactly as fractions and rounded
// once, at the end.
const ScoreDecimals = 2

// ReverseVariant chooses how a 反向 (less is better) indicator scores when
// the actual exceeds the target. Both variants are in use; the zero value
// is ReverseRatio.
type ReverseVariant uint8

// The variants of 反向 scoring, for an actual a above the target t and a
// weight w.
const (
	ReverseRatio     ReverseVariant = iota // t / a × w
	ReverseDeviation                       // (1 − (a − t) / t) × w, floored at 0
)

// String returns "ratio" or "deviation".
func (v ReverseVariant) String() string {
	switch v {
	case ReverseRatio:
		return "ratio"
	case ReverseDeviation:
		return "deviation"
	}
	return fmt.Sprintf("ReverseVariant(%d)", uint8(v))
}

// ScorePositive scores a 正向 (more is better) indicator: min(a / t, 1) × w,
// never below 0. A target of 0 or less gives full marks when a ≥ t and 0
// otherwise. The score is rounded half away from zero to [ScoreDecimals].
// A negative weight is a [*ScoreError].
func ScorePositive(actual, target, weight decimal.Decimal) (decimal.Decimal, error) {
	if err := checkWeight(weight); err != nil {
		return decimal.Decimal{}, err
	}
	return scoreOf(positiveShare(actual.Rat(), target.Rat()), weight), nil
}

// ScoreNegative scores a 反向 (less is better) indicator: w when a ≤ t,
// otherwise by the variant (t / a × w, or (1 − (a − t) / t) × w floored at
// 0). A target of 0 or less scores 0 when exceeded. Rounded as
// [ScorePositive].
func ScoreNegative(actual, target, weight decimal.Decimal, v ReverseVariant) (decimal.Decimal, error) {
	if err := checkWeight(weight); err != nil {
		return decimal.Decimal{}, err
	}
	return scoreOf(negativeShare(actual.Rat(), target.Rat(), v), weight), nil
}

// ScoreEqual scores a 等于 indicator: w when a = t, otherwise
// (1 − |a − t| / |t|) × w floored at 0, so that a deviation either way costs
// the same; a target of 0 missed scores 0. Rounded as [ScorePositive].
func ScoreEqual(actual, target, weight decimal.Decimal) (decimal.Decimal, error) {
	if err := checkWeight(weight); err != nil {
		return decimal.Decimal{}, err
	}
	return scoreOf(equalShare(actual.Rat(), target.Rat()), weight), nil
}

// RateScore scores budget execution (预算执行率): min(执行数 / 预算数, 1) × points,
// 10 points by default in practice. A budget of 0 gives a [*fiscal.RatioError];
// a negative spend scores 0. Rounded as [ScorePositive].
func RateScore(spent, budget fiscal.Amount, points decimal.Decimal) (decimal.Decimal, error) {
	if err := checkWeight(points); err != nil {
		return decimal.Decimal{}, err
	}
	r, err := fiscal.CompletionRate(spent, budget)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return scoreOf(clamp01(r.Rat()), points), nil
}

func checkWeight(w decimal.Decimal) error {
	if w.IsNegative() {
		return &ScoreError{What: "weight", Value: w.String(), Detail: "negative", Err: ErrWeight}
	}
	return nil
}

// one returns a new 1; the package keeps no shared big.Rat values.
func one() *big.Rat { return big.NewRat(1, 1) }

func clamp01(r *big.Rat) *big.Rat {
	switch {
	case r.Sign() < 0:
		return new(big.Rat)
	case r.Cmp(one()) > 0:
		return one()
	}
	return r
}

// positiveShare is min(a/t, 1) floored at 0; for t ≤ 0, 1 when a ≥ t.
func positiveShare(a, t *big.Rat) *big.Rat {
	if t.Sign() <= 0 {
		if a.Cmp(t) >= 0 {
			return one()
		}
		return new(big.Rat)
	}
	return clamp01(new(big.Rat).Quo(a, t))
}

// negativeShare is 1 when a ≤ t, else t/a or 1 − (a − t)/t floored at 0.
func negativeShare(a, t *big.Rat, v ReverseVariant) *big.Rat {
	if a.Cmp(t) <= 0 {
		return one()
	}
	if t.Sign() <= 0 {
		return new(big.Rat)
	}
	if v == ReverseDeviation {
		over := new(big.Rat).Quo(new(big.Rat).Sub(a, t), t)
		return clamp01(new(big.Rat).Sub(one(), over))
	}
	return clamp01(new(big.Rat).Quo(t, a))
}

// equalShare is 1 when a = t, else 1 − |a − t|/|t| floored at 0.
func equalShare(a, t *big.Rat) *big.Rat {
	if a.Cmp(t) == 0 {
		return one()
	}
	if t.Sign() == 0 {
		return new(big.Rat)
	}
	dev := new(big.Rat).Abs(new(big.Rat).Sub(a, t))
	dev.Quo(dev, new(big.Rat).Abs(t))
	return clamp01(new(big.Rat).Sub(one(), dev))
}

// scoreOf returns share × w rounded half away from zero to ScoreDecimals.
func scoreOf(share *big.Rat, w decimal.Decimal) decimal.Decimal {
	return roundRat(new(big.Rat).Mul(share, w.Rat()), ScoreDecimals)
}

// roundRat rounds r half away from zero to the given decimals, with the
// root package's rounding.
func roundRat(r *big.Rat, decimals int) decimal.Decimal {
	q, err := fiscal.NewRatio(decimal.NewFromBigInt(r.Num(), 0), decimal.NewFromBigInt(r.Denom(), 0))
	if err != nil { // a big.Rat's denominator is never zero
		return decimal.Decimal{}
	}
	return q.Round(decimals)
}

// Grade is the grade of a self-evaluation score (评价等级).
type Grade uint8

// The grades. The zero Grade is "not graded".
const (
	Excellent Grade = iota + 1 // 优: 90 and above
	Good                       // 良: 80 to below 90
	Fair                       // 中: 60 to below 80
	Poor                       // 差: below 60
)

var gradeNames = [...]string{"", "优", "良", "中", "差"}

// String returns 优, 良, 中 or 差.
func (g Grade) String() string {
	if g >= Excellent && g <= Poor {
		return gradeNames[g]
	}
	return fmt.Sprintf("Grade(%d)", uint8(g))
}

// GradeOf grades a total out of 100: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. The
// bounds apply to the total as given (round it first if the grade is to
// follow the printed score): 89.995 is 良.
func GradeOf(total decimal.Decimal) Grade {
	switch {
	case total.GreaterThanOrEqual(decimal.NewFromInt(90)):
		return Excellent
	case total.GreaterThanOrEqual(decimal.NewFromInt(80)):
		return Good
	case total.GreaterThanOrEqual(decimal.NewFromInt(60)):
		return Fair
	}
	return Poor
}
