package perf

import "github.com/shopspring/decimal"

// EvaluateIndicator evaluates a resolved row: o.Cost is set from
// [Indicator.IsCost], and a row whose one cell spans target and actual
// (Row.Merged) is not assessable, with Cause Blank, unless o.Judgement
// decides. Other options are as for [EvaluateText].
func EvaluateIndicator(ind Indicator, o EvalOptions) (Evaluation, error) {
	o.Cost = o.Cost || ind.IsCost()
	if ind.Merged {
		if err := o.check(); err != nil {
			return Evaluation{}, err
		}
		t, _ := ParseTarget(ind.Target)
		e := Evaluation{Target: t, Cause: Blank,
			Reason: "one cell spans 年初目标值 and 实际完成值: the form does not say which it is"}
		return judged(e, o)
	}
	return EvaluateText(ind.Target, ind.Actual, o)
}

// JudgeVerbatim is a judge for [ScoringScheme.Judge] that takes a form at its
// word: when the actual repeats a qualitative target word for word
// ("合规" against "合规"), which is how forms claim a qualitative target
// met, it judges 达成 with full marks. It gives no judgement otherwise, so
// that anything else stays not assessable.
func JudgeVerbatim(ind Indicator) (Judgement, bool) {
	t, a := trimSpace(ind.Target), trimSpace(ind.Actual)
	if ind.Merged || t == "" || t != a {
		return Judgement{}, false
	}
	return Judgement{Outcome: Met, Share: decimal.NewNullDecimal(decimal.NewFromInt(1))}, true
}
