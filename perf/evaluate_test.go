package perf_test

import (
	"errors"
	"testing"

	"github.com/cnfiscal/fiscal/perf"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestEvaluate covers each comparator, bare targets in both directions,
// both 反向 variants and actuals written as bounds. Weight 10 throughout.
func TestEvaluate(t *testing.T) {
	cases := []struct {
		target, actual string
		cost           bool
		reverse        perf.ReverseVariant
		outcome        perf.Outcome
		cause          perf.Cause
		score          string
	}{
		{"≥30次", "32次", false, 0, perf.Met, perf.Compared, "10"},                      // 32 ≥ 30
		{"≥30次", "24次", false, 0, perf.Partly, perf.Compared, "8"},                    // 24/30 = 0.8 ≥ 0.6 → 8
		{"≥30次", "15次", false, 0, perf.NotMet, perf.Compared, "5"},                    // 15/30 = 0.5 < 0.6 → 5
		{"不低于95%", "97%", false, 0, perf.Met, perf.Compared, "10"},                    //
		{"100%", "97%", false, 0, perf.Partly, perf.Compared, "9.7"},                  // bare → ≥; 97/100 × 10
		{"18人", "16人", false, 0, perf.Partly, perf.Compared, "8.89"},                  // 16/18 × 10 = 8.888… → 8.89
		{"＞25次", "25次", false, 0, perf.Partly, perf.Compared, "10"},                   // strict at equality: partly, formula gives 25/25 × 10
		{"＞25次", "26次", false, 0, perf.Met, perf.Compared, "10"},                      //
		{"≤5万元", "0.54万元", true, 0, perf.Met, perf.Compared, "10"},                    // 反向 met
		{"5万元", "6万元", true, perf.ReverseRatio, perf.Partly, perf.Compared, "8.33"},   // bare cost → ≤; 5/6 × 10 = 8.333… → 8.33
		{"5万元", "6万元", true, perf.ReverseDeviation, perf.Partly, perf.Compared, "8"},  // (1 − (6 − 5)/5) × 10 = 0.8 × 10
		{"5万元", "12万元", true, perf.ReverseDeviation, perf.NotMet, perf.Compared, "0"}, // 1 − 7/5 < 0 → floored at 0
		{"5万元", "12万元", true, perf.ReverseRatio, perf.NotMet, perf.Compared, "4.17"},  // 5/12 × 10 = 4.1666… → 4.17
		{"不超过3天", "2天", false, 0, perf.Met, perf.Compared, "10"},                      // written ≤ outside cost
		{"＜5%", "5%", false, 0, perf.Partly, perf.Compared, "10"},                     // strict at equality
		{"=3台", "3台", false, 0, perf.Met, perf.Compared, "10"},                        //
		{"=12台", "9台", false, 0, perf.Partly, perf.Compared, "7.5"},                   // 1 − |9 − 12|/12 = 0.75
		{"=12台", "18台", false, 0, perf.NotMet, perf.Compared, "5"},                    // 1 − 6/12 = 0.5 < 0.6
		{"20℃—26℃", "23.8摄氏度", false, 0, perf.Met, perf.Compared, "10"},               // inside; 摄氏度 = ℃
		{"30%—70%", "75%", false, 0, perf.NotMet, perf.Compared, "0"},                 // outside a range: 0
		{"±5%", "-3%", false, 0, perf.Met, perf.Compared, "10"},                       // |−3| ≤ 5
		{"一年", "12个月", false, 0, perf.Met, perf.Compared, "10"},                       // 12 months = 1 year
		{"全年", "1年", false, 0, perf.Met, perf.Compared, "10"},                         //
		{"每年不少于48次", "60次", false, 0, perf.Met, perf.Compared, "10"},                  // the actual takes the target's period
		{"不少于25次", "30次以上", false, 0, perf.Met, perf.Compared, "10"},                  // a bound that settles it: ≥ 30 ≥ 25
		{"＞25次", "＞25次", false, 0, perf.Met, perf.Compared, "10"},                     // > 25 satisfies > 25
		{"≥30次", "≥30次", false, 0, perf.Met, perf.Compared, "10"},                     //
		{"≥95%", "≥90%", false, 0, perf.NotAssessable, perf.Unsettled, "0"},           // ≥ 90 may or may not be ≥ 95
		{"≥25次", "≤30次", false, 0, perf.NotAssessable, perf.Unsettled, "0"},           //
		{"1-12月", "1-12月", false, 0, perf.Met, perf.Compared, "10"},                   // a range inside a range
		{"122项", "93.80%", false, 0, perf.NotAssessable, perf.UnitMismatch, "0"},      // Daye line 6922
		{"≥30次", "30个", false, 0, perf.NotAssessable, perf.UnitMismatch, "0"},         // 次 against 个
		{"1年", "30天", false, 0, perf.NotAssessable, perf.UnitMismatch, "0"},           // months against days
		{"每年≥12次", "每月≥1次", false, 0, perf.NotAssessable, perf.UnitMismatch, "0"},     // periods disagree
		{"合规", "合规", false, 0, perf.NotAssessable, perf.NeedsJudgement, "0"},          // qualitative, no judgement
		{"不少于5次", "已开展调研6次", false, 0, perf.NotAssessable, perf.NeedsJudgement, "0"},  // qualitative actual
		{"0", "0", false, 0, perf.Met, perf.Compared, "10"},                           // target 0: any a ≥ 0 meets it
		{"0", "2", true, perf.ReverseDeviation, perf.NotMet, perf.Compared, "0"},      // cost target 0 exceeded
		{"≥1亿元", "1.5亿元", false, 0, perf.Met, perf.Compared, "10"},                    //
		{"≥1亿元", "8000万元", false, 0, perf.Partly, perf.Compared, "8"},                 // 80,000,000 / 100,000,000 = 0.8
	}
	for _, c := range cases {
		e, err := perf.EvaluateText(c.target, c.actual, perf.EvalOptions{Cost: c.cost, Weight: dec("10"), Reverse: c.reverse})
		require.NoError(t, err, c.target)
		name := c.target + " / " + c.actual
		assert.Equal(t, c.outcome, e.Outcome, name)
		assert.Equal(t, c.cause, e.Cause, name)
		assert.True(t, dec(c.score).Equal(e.Score), "%s: score %s, want %s", name, e.Score, c.score)
		assert.Equal(t, e.Outcome != perf.NotAssessable, e.Scored, name)
		assert.NotEmpty(t, e.Reason, name)
	}
}

func TestEvaluateText(t *testing.T) {
	e, err := perf.EvaluateText("", "357.15万元", perf.EvalOptions{Weight: dec("10")})
	require.NoError(t, err)
	assert.Equal(t, perf.NotAssessable, e.Outcome)
	assert.Equal(t, perf.Blank, e.Cause)
	assert.Contains(t, e.Reason, "target")

	e, err = perf.EvaluateText("≥95%", "　", perf.EvalOptions{})
	require.NoError(t, err)
	assert.Equal(t, perf.Blank, e.Cause)
	assert.Contains(t, e.Reason, "actual")

	e, err = perf.EvaluateText("70%—30%", "50%", perf.EvalOptions{})
	require.NoError(t, err)
	assert.Equal(t, perf.Unreadable, e.Cause)
	assert.Contains(t, e.Reason, "low end exceeds")
}

func TestEvaluateJudgement(t *testing.T) {
	cases := []struct {
		j     perf.Judgement
		score string
	}{
		{perf.Judgement{Outcome: perf.Met}, "10"},                                                   // 达成 without a share: full marks
		{perf.Judgement{Outcome: perf.Met, Share: decimal.NewNullDecimal(dec("0.9"))}, "9"},         // 0.9 × 10
		{perf.Judgement{Outcome: perf.Partly}, "6"},                                                 // 部分达成 without a share: the band's floor, 0.6 × 10
		{perf.Judgement{Outcome: perf.Partly, Share: decimal.NewNullDecimal(dec("0.75"))}, "7.5"},   //
		{perf.Judgement{Outcome: perf.NotMet}, "0"},                                                 // 未达成 without a share: 0
		{perf.Judgement{Outcome: perf.NotMet, Share: decimal.NewNullDecimal(dec("0.599"))}, "5.99"}, // just under the band's top
	}
	for _, c := range cases {
		j := c.j
		e, err := perf.EvaluateText("合规", "合规", perf.EvalOptions{Weight: dec("10"), Judgement: &j})
		require.NoError(t, err)
		assert.Equal(t, c.j.Outcome, e.Outcome)
		assert.Equal(t, perf.Judged, e.Cause)
		assert.True(t, dec(c.score).Equal(e.Score), "got %s want %s", e.Score, c.score)
		// The judgement also decides what the numbers cannot: a unit mismatch.
		e, err = perf.EvaluateText("122项", "93.80%", perf.EvalOptions{Weight: dec("10"), Judgement: &j})
		require.NoError(t, err)
		assert.Equal(t, perf.Judged, e.Cause)
	}
	// The numbers win when they can decide.
	j := perf.Judgement{Outcome: perf.NotMet}
	e, err := perf.EvaluateText("≥30次", "32次", perf.EvalOptions{Weight: dec("10"), Judgement: &j})
	require.NoError(t, err)
	assert.Equal(t, perf.Met, e.Outcome)
	assert.Equal(t, perf.Compared, e.Cause)
}

func TestEvaluateOptionErrors(t *testing.T) {
	cases := []struct {
		o    perf.EvalOptions
		want error
	}{
		{perf.EvalOptions{Weight: dec("-1")}, perf.ErrWeight},
		{perf.EvalOptions{PartlyFrom: dec("1.5")}, perf.ErrWeight},
		{perf.EvalOptions{Judgement: &perf.Judgement{Outcome: perf.Met, Share: decimal.NewNullDecimal(dec("0.7"))}}, perf.ErrWeight},    // below 达成's band
		{perf.EvalOptions{Judgement: &perf.Judgement{Outcome: perf.Partly, Share: decimal.NewNullDecimal(dec("0.8"))}}, perf.ErrWeight}, // 0.8 belongs to 达成
		{perf.EvalOptions{Judgement: &perf.Judgement{Outcome: perf.NotAssessable}}, perf.ErrJudgement},
	}
	for _, c := range cases {
		_, err := perf.EvaluateText("≥1次", "1次", c.o)
		assert.ErrorIs(t, err, c.want)
		var se *perf.ScoreError
		assert.True(t, errors.As(err, &se))
		_, err = perf.Evaluate(perf.MustParseTarget("≥1次"), perf.MustParseTarget("1次"), c.o)
		assert.ErrorIs(t, err, c.want)
	}
}

func TestEvaluatePartlyFrom(t *testing.T) {
	// 0.7 of the target: partly met with the default 0.6, not met from 0.8.
	e, err := perf.EvaluateText("≥10次", "7次", perf.EvalOptions{Weight: dec("10")})
	require.NoError(t, err)
	assert.Equal(t, perf.Partly, e.Outcome)
	e, err = perf.EvaluateText("≥10次", "7次", perf.EvalOptions{Weight: dec("10"), PartlyFrom: dec("0.8")})
	require.NoError(t, err)
	assert.Equal(t, perf.NotMet, e.Outcome)
	assert.True(t, dec("7").Equal(e.Score)) // 7/10 × 10 whatever the outcome
	assert.Equal(t, "7/10", e.Share.String())
}

func TestUnitsAgree(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"30次", "≥25次", true},
		{"95%", "97％", true},         // full-width %
		{"1年", "12个月", true},         // both in months
		{"1年", "365天", false},        // months against days
		{"2周", "14天", true},          // both in days
		{"30次", "30个", false},        // different count words
		{"5万元", "50000元", true},      // money
		{"5万元", "5", false},          // money against bare
		{"33.6", "100%", false},      // Daye line 6109
		{"23.8摄氏度", "20℃—26℃", true}, //
		{"0", "0", true},             // two bare numbers
		{"合规", "合规", false},          // qualitative agrees with nothing
	}
	for _, c := range cases {
		assert.Equal(t, c.want, perf.UnitsAgree(perf.MustParseTarget(c.a), perf.MustParseTarget(c.b)), c.a+" / "+c.b)
	}
}

func TestOutcomeNames(t *testing.T) {
	cases := []struct {
		o         perf.Outcome
		token, zh string
	}{
		{perf.Met, "met", "达成"},
		{perf.Partly, "partly", "部分达成"},
		{perf.NotMet, "not_met", "未达成"},
		{perf.NotAssessable, "not_assessable", "无法评价"},
	}
	for _, c := range cases {
		assert.Equal(t, c.token, c.o.String())
		assert.Equal(t, c.zh, c.o.Chinese())
		b, err := c.o.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, c.token, string(b))
	}
	_, err := perf.Outcome(9).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "unit mismatch", perf.UnitMismatch.String())
	assert.Equal(t, "Cause(0)", perf.Cause(0).String())
}
