package perf_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
)

// scored is a project form with a budget row scored as printed; blank
// money figures are not printed.
func scored(initial, budget, spent, rate, points, score, method string) perf.ProjectForm {
	m := func(s string) perf.Money {
		if s == "" {
			return perf.Money{}
		}
		return perf.MustParseMoney(s, fiscal.WanYuan)
	}
	return perf.ProjectForm{Title: "测试项目支出绩效自评表", Initial: m(initial), Budget: m(budget), Spent: m(spent), Rate: rate,
		BudgetPoints: points, BudgetScore: score, ScoreMethod: method}
}

// findingsOf returns the rule and severity of the findings of rules ids.
func findingsOf(fs []fiscal.Finding, ids ...string) []string {
	var out []string
	for _, f := range fs {
		for _, id := range ids {
			if f.Rule == id {
				out = append(out, f.Rule+" "+f.Severity.String())
			}
		}
	}
	return out
}

// TestBudgetScore: the budget row's 得分 against its 分值 and, where the
// form says so, against min(执行率, 1) × 分值; each expectation by hand.
func TestBudgetScore(t *testing.T) {
	const method = "得分=执行率×分值"
	cases := []struct {
		name string
		f    perf.ProjectForm
		want []string
	}{
		// 10 × 98.75% = 9.875, printed 9.88.
		{"as printed", scored("", "120", "118.5", "98.75%", "10", "9.88", method), nil},
		// 98.745% to 98.755% give 9.8745 to 9.8755: 9.87 is within rounding.
		{"within the rate's rounding", scored("", "120", "118.5", "98.75%", "10", "9.87", method), []string{"perf.score.rate info"}},
		{"score not the product", scored("", "120", "118.5", "98.75%", "10", "9.50", method), []string{"perf.score.rate error"}},
		{"not checked where the form does not say so", scored("", "120", "118.5", "98.75%", "10", "9.50", ""), nil},
		{"above its 分值", scored("", "120", "118.5", "98.75%", "10", "10.5", ""), []string{"perf.score.points error"}},
		// 110 / 100 is above 100%: the 得分 is the 分值.
		{"rate above 100% scores the 分值", scored("", "100", "110", "110.00%", "10", "10", method), nil},
		{"rate above 100% not capped", scored("", "100", "110", "110.00%", "10", "11", method), []string{"perf.score.points error"}},
		// No 执行率 printed and no 全年预算数: 90 / 100 = 90% of 10 is 9.
		{"from 年初预算数 alone", scored("100", "", "90", "", "10", "9", "执行率*该指标分值"), nil},
		{"from 年初预算数 alone, wrong", scored("100", "", "90", "", "10", "8", "执行率*该指标分值"), []string{"perf.score.rate error"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := findingsOf(perf.CheckProject(c.f, perf.CheckOptions{}), perf.RuleScorePoints, perf.RuleScoreRate)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestScoredByRate(t *testing.T) {
	for s, want := range map[string]bool{
		"执行率*该指标分值，最高不得超过分值上限。": true,
		"得分=执行率×分值":             true,
		"按执行率乘以分值计算":            true,
		"1.预算执行率=预算执行数/调整后预算数":  false,
		"得分=执行率×分值，执行率低于60%不得分": false,
		"执行率*分值，每低于1个百分点扣0.1分":  false,
		"": false,
	} {
		assert.Equal(t, want, perf.ScoredByRate(s), s)
	}
}

// TestDepartmentTotalInError: a 部门整体 form whose sources and uses agree
// with each other and not with its 年度资金总额 gives one finding, naming
// the total; a use in error gives one finding, for the uses.
func TestDepartmentTotalInError(t *testing.T) {
	m := func(s string) perf.Money { return perf.MustParseMoney(s, fiscal.WanYuan) }
	d := perf.DepartmentForm{Title: "部门整体支出绩效自评表", Budget: m("300"), Spent: m("250"), Rate: "83.33%",
		Sources: []perf.Source{{Name: "财政拨款", Budget: m("300"), Spent: m("250")}},
		Uses:    []perf.Source{{Name: "基本支出", Budget: m("200"), Spent: m("180")}, {Name: "项目支出", Budget: m("100"), Spent: m("70")}}}
	assert.Empty(t, findingsOf(perf.CheckDepartment(d, perf.CheckOptions{}), perf.RuleBudgetSources, perf.RuleRatePrinted))

	total := d
	total.Spent = m("205") // 250 mistyped; the rate 83.33% is of 250
	fs := perf.CheckDepartment(total, perf.CheckOptions{})
	assert.Equal(t, []string{"perf.budget.sources error"}, findingsOf(fs, perf.RuleBudgetSources, perf.RuleRatePrinted))

	use := d
	use.Uses = []perf.Source{{Name: "基本支出", Budget: m("200"), Spent: m("108")}, {Name: "项目支出", Budget: m("100"), Spent: m("70")}}
	assert.Equal(t, []string{"perf.budget.sources error"}, findingsOf(perf.CheckDepartment(use, perf.CheckOptions{}), perf.RuleBudgetSources, perf.RuleRatePrinted))
}

// TestDepartmentTotalInErrorUsesOnly: a form splitting its total by uses
// alone, its 执行数 mistyped (250 as 205): the uses add up to 250 and the
// printed 执行率 83.33% is 250 / 300, so the total is the figure in error:
// one finding, not one for the uses and one for the 执行率. Where the 执行率
// is the total's, a use is in error and the 执行率 is checked as usual.
func TestDepartmentTotalInErrorUsesOnly(t *testing.T) {
	m := func(s string) perf.Money { return perf.MustParseMoney(s, fiscal.WanYuan) }
	d := perf.DepartmentForm{Title: "部门整体支出绩效自评表", Budget: m("300.00"), Spent: m("205.00"), Rate: "83.33%",
		Uses: []perf.Source{{Name: "基本支出", Budget: m("200.00"), Spent: m("180.00")}, {Name: "项目支出", Budget: m("100.00"), Spent: m("70.00")}}}
	fs := perf.CheckDepartment(d, perf.CheckOptions{})
	assert.Equal(t, []string{"perf.budget.sources error"}, findingsOf(fs, perf.RuleBudgetSources, perf.RuleRatePrinted))
	assert.Contains(t, fs[0].Message, "the 年度资金总额 is the figure in error")

	use := d
	use.Spent, use.Rate = m("250.00"), "83.33%"
	use.Uses = []perf.Source{{Name: "基本支出", Budget: m("200.00"), Spent: m("108.00")}, {Name: "项目支出", Budget: m("100.00"), Spent: m("70.00")}}
	assert.Equal(t, []string{"perf.budget.sources error"}, findingsOf(perf.CheckDepartment(use, perf.CheckOptions{}), perf.RuleBudgetSources, perf.RuleRatePrinted))
}
