package perf_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
)

// sumsForm is a national-template form whose printed figures agree:
// 118.5 / 120 = 98.75%, budget 得分 9.88, 9.88 + 20 + 70 = 99.88, and the
// sources 100 + 20 = 120 (预算数), 100 + 18.5 = 118.5 (执行数).
func sumsForm() perf.ProjectForm {
	w := func(s string) perf.Money { return perf.MustParseMoney(s, fiscal.WanYuan) }
	return perf.ProjectForm{
		Project: "设备维修", Budget: w("120"), Spent: w("118.5"), Rate: "98.75%",
		BudgetPoints: "10", BudgetScore: "9.88", Total: "99.88",
		Rows: []perf.Row{
			{Level1: "产出指标", Level2: "数量指标", Name: "维修次数", Target: "≥12次", Actual: "12次", Points: "20", Score: "20"},
			{Level1: "满意度指标", Level2: "服务对象满意度指标", Name: "满意度", Target: "≥90%", Actual: "92%", Points: "70", Score: "70"},
		},
		Sources: []perf.Source{{Name: "本年财政拨款", Budget: w("100"), Spent: w("100")}, {Name: "上年结转资金", Budget: w("20"), Spent: w("18.5")}},
	}
}

func rulesOfErrors(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Severity == fiscal.SeverityError {
			out = append(out, f.Rule)
		}
	}
	return out
}

func TestPrintedSums(t *testing.T) {
	w := func(s string) perf.Money { return perf.MustParseMoney(s, fiscal.WanYuan) }
	cases := []struct {
		name string
		edit func(*perf.ProjectForm)
		want []string
	}{
		{"agree", func(*perf.ProjectForm) {}, nil},
		{"a row's 得分 changed, 总分 not", func(f *perf.ProjectForm) { f.Rows[0].Score = "18" }, []string{perf.RuleScoreSum}},
		{"总分 rounded to one decimal", func(f *perf.ProjectForm) { f.Total = "99.9" }, nil},
		{"no budget 得分: the sum is not checked", func(f *perf.ProjectForm) { f.BudgetScore = ""; f.Total = "50" }, nil},
		{"a row without 得分: not checked", func(f *perf.ProjectForm) { f.Rows[1].Score = ""; f.Total = "50" }, nil},
		{"年度资金总额 left at 0 (池州's published defect): one finding, no rate error", func(f *perf.ProjectForm) {
			f.Budget, f.Spent, f.Rate = w("0"), w("0"), "0"
		}, []string{perf.RuleBudgetSources}},
		{"a source above its total", func(f *perf.ProjectForm) { f.Sources[1].Budget = w("30") }, []string{perf.RuleBudgetSources}},
		{"a source below its total with another blank: not reported", func(f *perf.ProjectForm) {
			f.Sources[1].Budget = perf.Money{}
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := sumsForm()
			c.edit(&f)
			fs := perf.CheckProject(f, perf.CheckOptions{})
			assert.Equal(t, c.want, rulesOfErrors(fs), fs)
		})
	}
}

func TestBareActualNotAMismatch(t *testing.T) {
	f := sumsForm()
	f.Rows[0].Actual = "12" // the national form's 实际完成值 column, no unit
	assert.Empty(t, rulesOfErrors(perf.CheckProject(f, perf.CheckOptions{})))
	f.Rows[0].Actual = "12个" // another unit than the target's 次
	assert.Equal(t, []string{perf.RuleUnitMismatch}, rulesOfErrors(perf.CheckProject(f, perf.CheckOptions{})))
}

func TestUnchecked(t *testing.T) {
	f := sumsForm()
	u := perf.Unchecked([]perf.ProjectForm{f}, nil, perf.CheckOptions{})
	assert.NotContains(t, u, perf.RuleScoreSum)
	assert.NotContains(t, u, perf.RuleBudgetSources)
	assert.NotContains(t, u, perf.RuleRatePrinted)
	assert.Contains(t, u, perf.RuleScorePrinted, "no scheme given")
	f.Total, f.Sources = "", nil
	u = perf.Unchecked([]perf.ProjectForm{f}, nil, perf.CheckOptions{})
	assert.Contains(t, u, perf.RuleScoreSum)
	assert.Contains(t, u, perf.RuleBudgetSources)
	u = perf.Unchecked(nil, nil, perf.CheckOptions{})
	assert.Contains(t, u, perf.RuleUnitMismatch)
	assert.Contains(t, u, perf.RuleRatePrinted)
}
