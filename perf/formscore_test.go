package perf_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scoreForm is a small form: 预算数 20, 执行数 18, one indicator per line.
func scoreForm() perf.ProjectForm {
	return project("20", "18", "90%",
		perf.Row{Level1: "成本指标", Level2: "经济成本指标", Name: "成本", Target: "5万元", Actual: "4万元"},
		perf.Row{Level1: "产出指标", Level2: "数量指标", Name: "次数", Target: "≥10次", Actual: "8次"},
		perf.Row{Level2: "质量指标", Name: "合格率", Target: "100%", Actual: "100%"},
		perf.Row{Level1: "效益指标", Level2: "生态效益指标", Name: "环保", Target: "合规", Actual: "合规"},
		perf.Row{Level1: "满意度指标", Level2: "服务对象满意度指标", Name: "满意度", Target: "≥95%", Actual: "90%"},
	)
}

func TestScoreProject(t *testing.T) {
	sc, err := perf.ScoreProject(scoreForm(), perf.DefaultScoringScheme())
	require.NoError(t, err)
	// 执行率 18/20 = 0.9 → 0.9 × 10 = 9.
	assert.True(t, dec("9").Equal(sc.RateScore), sc.RateScore)
	assert.Equal(t, "9/10", sc.Rate.String())
	// 成本 has no points; 产出 50 over two rows: 25 × 8/10 = 20 and 25; 效益 30
	// for one qualitative row without a judge: 0; 满意度 10 × 90/95 = 9.4736…
	want := []string{"0", "20", "25", "0", "9.47"}
	require.Len(t, sc.Rows, 5)
	for i, w := range want {
		assert.True(t, dec(w).Equal(sc.Rows[i].Score), "row %d: %s, want %s", i, sc.Rows[i].Score, w)
	}
	assert.Equal(t, "25", sc.Rows[1].Weight.String()) // 50 / 2
	assert.Equal(t, 1, sc.Unassessed)
	// Indicators 20 + 25 + 9.4736… = 54.4736… → 54.47; total + 9 = 63.47 → 中.
	assert.True(t, dec("54.47").Equal(sc.Indicators), sc.Indicators)
	assert.True(t, dec("63.47").Equal(sc.Total), sc.Total)
	assert.Equal(t, perf.Fair, sc.Grade)
	require.Len(t, sc.Level1s, 4)
	assert.Equal(t, perf.Cost, sc.Level1s[0].Level1)
	assert.Equal(t, 1, sc.Level1s[0].Rows)
	assert.True(t, sc.Level1s[0].Score.IsZero(), "成本 has no points")
	assert.Equal(t, perf.Output, sc.Level1s[1].Level1)
	assert.True(t, dec("45").Equal(sc.Level1s[1].Score)) // 20 + 25
	assert.Empty(t, sc.Missing)

	// With a judge, 效益 earns its 30: total 93.47 → 优.
	s := perf.DefaultScoringScheme()
	s.Judge = perf.JudgeVerbatim
	sc, err = perf.ScoreProject(scoreForm(), s)
	require.NoError(t, err)
	assert.Equal(t, 0, sc.Unassessed)
	assert.True(t, dec("93.47").Equal(sc.Total), sc.Total)
	assert.Equal(t, perf.Excellent, sc.Grade)

	// Weighting 成本 (2021 tree): 产出 40, 成本 10. 成本 4 ≤ 5 is met: 10;
	// 产出 20 × 0.8 + 20 = 36; total 9 + 10 + 36 + 30 + 9.4736… = 94.47.
	s.Points = map[perf.Level1]decimal.Decimal{perf.Cost: dec("10"), perf.Output: dec("40"), perf.Benefit: dec("30"), perf.Satisfaction: dec("10")}
	sc, err = perf.ScoreProject(scoreForm(), s)
	require.NoError(t, err)
	assert.True(t, dec("94.47").Equal(sc.Total), sc.Total)
}

func TestScoreProjectMissingLevel(t *testing.T) {
	f := project("10", "10", "100%", perf.Row{Level1: "产出指标", Level2: "数量指标", Name: "a", Target: "1个", Actual: "1个"})
	sc, err := perf.ScoreProject(f, perf.DefaultScoringScheme())
	require.NoError(t, err)
	// 10 + 50; 效益 and 满意度 have points but no rows: lost.
	assert.True(t, dec("60").Equal(sc.Total))
	assert.Equal(t, []perf.Level1{perf.Benefit, perf.Satisfaction}, sc.Missing)
}

func TestScoreProjectPrintedPoints(t *testing.T) {
	f := scoreForm()
	for i, p := range []string{"10", "20", "20", "20", "20"} {
		f.Rows[i].Points = p
	}
	s := perf.DefaultScoringScheme()
	s.Judge = perf.JudgeVerbatim
	sc, err := perf.ScoreProject(f, s)
	require.NoError(t, err)
	assert.True(t, sc.PrintedUsed)
	// 9 + 10 + 20 × 0.8 + 20 + 20 + 20 × 90/95 = 9 + 10 + 16 + 20 + 20 + 18.947… = 93.947… → 93.95.
	assert.True(t, dec("93.95").Equal(sc.Total), sc.Total)
	assert.True(t, dec("18.95").Equal(sc.Rows[4].Score), sc.Rows[4].Score)

	f.Rows[0].Points = "十"
	_, err = perf.ScoreProject(f, s)
	assert.ErrorIs(t, err, perf.ErrWeight)
}

func TestScoreProjectErrors(t *testing.T) {
	_, err := perf.ScoreProject(project("0", "1", "0%"), perf.DefaultScoringScheme())
	assert.ErrorIs(t, err, fiscal.ErrDivisionByZero)
	s := perf.DefaultScoringScheme()
	s.Points[perf.Output] = dec("-50")
	_, err = perf.ScoreProject(scoreForm(), s)
	assert.ErrorIs(t, err, perf.ErrWeight)
	s = perf.DefaultScoringScheme()
	s.RatePoints = dec("-1")
	_, err = perf.ScoreProject(scoreForm(), s)
	assert.ErrorIs(t, err, perf.ErrWeight)
}

func TestCheckScorePrinted(t *testing.T) {
	f := scoreForm()
	for i, p := range []string{"10", "20", "20", "20", "20"} {
		f.Rows[i].Points = p
	}
	f.Rows[1].Score = "16"           // 20 × 0.8 = 16: right
	f.Rows[2].Score = "18"           // 20: wrong by −2
	f.Rows[4].Score = "19"           // 18.947… at 0 decimals is 19: right
	f.Total = "95"                   // 93.947… at 0 decimals is 94: wrong by +1
	s := perf.DefaultScoringScheme() //
	s.Judge = perf.JudgeVerbatim
	fs := only(perf.CheckProject(f, perf.CheckOptions{Scheme: &s}), perf.RuleScorePrinted)
	require.Len(t, fs, 2)
	assert.Equal(t, "合格率", fs[0].Where.Row)
	assert.Equal(t, "-2", fig(fs[0].Difference))
	assert.Equal(t, "总分", fs[1].Where.Row)
	assert.Equal(t, "1", fig(fs[1].Difference))
	// Without a scheme, printed scores are not checked.
	assert.Empty(t, only(perf.CheckProject(f, perf.CheckOptions{}), perf.RuleScorePrinted))
	// A form that prints no scores gives nothing.
	assert.Empty(t, only(perf.CheckProject(scoreForm(), perf.CheckOptions{Scheme: &s}), perf.RuleScorePrinted))
	// A printed score that is not a number.
	f.Rows[1].Score = "十六"
	fs = perf.CheckProject(f, perf.CheckOptions{Scheme: &s})
	assert.Len(t, only(fs, perf.RuleMalformed), 1)
}
