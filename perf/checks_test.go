package perf_test

import (
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// project returns a form with the given 预算数, 执行数 and printed 执行率 (万元)
// and rows.
func project(budget, spent, rate string, rows ...perf.Row) perf.ProjectForm {
	return perf.ProjectForm{
		Title:     "测试项目绩效自评表",
		Budget:    perf.MustParseMoney(budget, fiscal.WanYuan),
		Spent:     perf.MustParseMoney(spent, fiscal.WanYuan),
		Rate:      rate,
		Rows:      rows,
		Deviation: "我单位对该项目资金合理安排使用，较好地完成了各项工作任务。",
	}
}

// only returns the findings of one rule.
func only(fs []fiscal.Finding, rule string) []fiscal.Finding {
	var out []fiscal.Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

func fig(f fiscal.Figure) string { return f.String() }

func TestRules(t *testing.T) {
	rs := perf.Rules()
	require.Len(t, rs, 16)
	seen := map[string]bool{}
	for _, r := range rs {
		assert.True(t, strings.HasPrefix(r.ID, "perf."), r.ID)
		assert.False(t, seen[r.ID], "duplicate %s", r.ID)
		seen[r.ID] = true
		assert.NotEmpty(t, r.Title, r.ID)
		assert.NotEmpty(t, r.Scope, r.ID)
		assert.NotZero(t, r.Severity, r.ID)
	}
	rs[0].ID = "changed"
	assert.Equal(t, perf.RuleRatePrinted, perf.Rules()[0].ID, "Rules returns a copy")
}

func TestCheckRatePrinted(t *testing.T) {
	cases := []struct {
		budget, spent, rate string
		found               bool
		within              bool
		expected, printed   string
		tol                 string
	}{
		{"5.85", "5.85", "100%", false, false, "", "", ""},                      // equal
		{"16.244万元", "16.06万元", "99%", false, false, "", "", ""},                // 98.867% at 0 decimals is 99
		{"45.64万", "45.64万", "100.00%", false, false, "", "", ""},               // 100.00
		{"13.22", "13.10", "99.10%", true, true, "99.09", "99.10", "0.08"},      // 99.092% → 99.09; inputs ±0.005 allow 99.02–99.17
		{"449.4", "299.6", "66.70%", true, false, "66.67", "66.70", "0.02"},     // 2/3 → 66.67; inputs ±0.05 allow 66.65–66.69
		{"45.64万", "45.638万", "99.90%", true, false, "100.00", "99.90", "0.02"}, // 99.9956% → 100.00; allow 99.98–100.01
	}
	for _, c := range cases {
		fs := only(perf.CheckProject(project(c.budget, c.spent, c.rate), perf.CheckOptions{}), perf.RuleRatePrinted)
		if !c.found {
			assert.Empty(t, fs, c.rate)
			continue
		}
		require.Len(t, fs, 1, c.rate)
		f := fs[0]
		assert.Equal(t, c.within, f.WithinRounding, c.rate)
		assert.Equal(t, c.expected, fig(f.Expected), c.rate)
		assert.Equal(t, c.printed, fig(f.Actual), c.rate)
		assert.Equal(t, c.tol, fig(f.Tolerance), c.rate)
		assert.Equal(t, "执行率（B/A）", f.Where.Column)
		assert.Equal(t, "%", f.Unit)
		if c.within {
			assert.Equal(t, fiscal.SeverityInfo, f.Severity)
		} else {
			assert.Equal(t, fiscal.SeverityError, f.Severity)
		}
	}
	// A rate that cannot be read is malformed, not a mismatch.
	fs := perf.CheckProject(project("234.02", "234.02", "100%%"), perf.CheckOptions{})
	assert.Empty(t, only(fs, perf.RuleRatePrinted))
	require.Len(t, only(fs, perf.RuleMalformed), 1)
	assert.Contains(t, only(fs, perf.RuleMalformed)[0].Message, `"100%%"`)
	// A zero budget cannot give a rate.
	fs = perf.CheckProject(project("0", "1", "0%"), perf.CheckOptions{})
	require.Len(t, only(fs, perf.RuleRatePrinted), 1)
	assert.Contains(t, only(fs, perf.RuleRatePrinted)[0].Message, "cannot be recomputed")
}

func TestCheckSpentOverBudget(t *testing.T) {
	fs := only(perf.CheckProject(project("815.9万元", "916.47万元", "112.33%"), perf.CheckOptions{}), perf.RuleSpentOverBudget)
	require.Len(t, fs, 1)
	assert.Equal(t, "100.57", fig(fs[0].Difference)) // 916.47 − 815.90
	assert.Equal(t, fiscal.SeverityWarning, fs[0].Severity)
	assert.Contains(t, fs[0].Message, "112.33%")
	assert.Empty(t, only(perf.CheckProject(project("9", "9", "100%"), perf.CheckOptions{}), perf.RuleSpentOverBudget), "equal is fine")
}

func TestCheckRateLow(t *testing.T) {
	cases := []struct {
		spent, budget string
		low           string
		found         bool
	}{
		{"14.23824万", "32.3万", "", true},     // 44.08% < 60%
		{"6", "10", "", false},               // exactly 60% is not below
		{"299.6", "449.4", "", false},        // 66.67%
		{"14.23824万", "32.3万", "0.4", false}, // 44.08% ≥ 40%
		{"299.6", "449.4", "0.7", true},      // 66.67% < 70%
		{"14.23824万", "32.3万", "-1", false},  // negative: off
	}
	for _, c := range cases {
		o := perf.CheckOptions{}
		if c.low != "" {
			o.LowRate = dec(c.low)
		}
		fs := only(perf.CheckProject(project(c.budget, c.spent, "0%"), o), perf.RuleRateLow)
		assert.Equal(t, c.found, len(fs) == 1, "%s/%s at %s", c.spent, c.budget, c.low)
	}
	fs := only(perf.CheckProject(project("32.3万", "14.23824万", "44.08%"), perf.CheckOptions{}), perf.RuleRateLow)
	require.Len(t, fs, 1)
	assert.Equal(t, "44.08", fig(fs[0].Actual)) // 14.23824/32.3 = 0.440812… → 44.08%
	assert.Equal(t, "60", fig(fs[0].Expected))
}

func TestCheckCostSpent(t *testing.T) {
	cost := func(name, target, actual string) perf.Row {
		return perf.Row{Level1: "成本指标", Level2: "经济成本指标", Name: name, Target: target, Actual: actual}
	}
	// Equal: 35万元 against 执行数 35.
	fs := only(perf.CheckProject(project("35万元", "35万元", "100%", cost("财政资金投入", "35万元", "35万元")), perf.CheckOptions{}), perf.RuleCostSpent)
	assert.Empty(t, fs)
	// A bare number reads in 万元: 13.10 against 13.10.
	fs = only(perf.CheckProject(project("13.22", "13.10", "99.09%", cost("项目成本", "13.22", "13.10")), perf.CheckOptions{}), perf.RuleCostSpent)
	assert.Empty(t, fs)
	// 9.8 + 36.67 + 35 = 81.47 against 35 (Daye 六、).
	f := project("35万元", "35万元", "100%",
		cost("事项对接“鄂汇办”费用", "9.8万元", "9.8万元"),
		perf.Row{Name: "云端政务超市费用", Target: "36.67万元", Actual: "36.67万元"},
		perf.Row{Name: "财政资金投入", Target: "35万元", Actual: "35万元"})
	fs = only(perf.CheckProject(f, perf.CheckOptions{}), perf.RuleCostSpent)
	require.Len(t, fs, 1)
	assert.Equal(t, "35.00", fig(fs[0].Expected))
	assert.Equal(t, "81.47", fig(fs[0].Actual))
	assert.Equal(t, "46.47", fig(fs[0].Difference))
	assert.Equal(t, "0.02", fig(fs[0].Tolerance)) // (3 + 1) × 0.005
	assert.False(t, fs[0].WithinRounding)
	// Qualitative, percentage and bound actuals are left out; none left, no finding.
	f = project("16万元", "15.82万元", "98.88%",
		cost("按照邮政协定价结算", "省内10元/件、省外20元/件", "省内10元/件、省外20元/件"),
		perf.Row{Level2: "社会成本指标", Name: "便捷性", Target: "100%", Actual: "100%"},
		perf.Row{Name: "x", Target: "≤5万元", Actual: "≤5万元"})
	assert.Empty(t, only(perf.CheckProject(f, perf.CheckOptions{}), perf.RuleCostSpent))
}

func TestCheckActualHigh(t *testing.T) {
	out := func(target, actual string) perf.Row {
		return perf.Row{Level1: "产出指标", Level2: "数量指标", Name: "外出招商次数", Target: target, Actual: actual}
	}
	cases := []struct {
		target, actual string
		deviation      string
		high           string
		found          bool
	}{
		{"不少于2次", "3次", "", "", true},                    // 3/2 = 150% ≥ 130%, boilerplate 偏差原因
		{"不少于15次", "20次以上", "", "", true},                // a lower bound of 20: 133.33%
		{"不少于25次", "30次以上", "", "", false},               // 120%
		{"≥10次", "13次", "", "", true},                    // exactly 130% counts
		{"≥30%", "60%", "", "", true},                    // 200%
		{"不少于2次", "3次", "外出招商增加了一次，因新增对接企业。", "", false}, // explained
		{"不少于2次", "3次", "无", "", true},                   // "无" explains nothing
		{"不少于2次", "3次", "", "1.6", false},                // threshold 160%
		{"不少于2次", "3次", "", "-1", false},                 // off
		{"不少于2次", "3个", "", "", false},                   // units disagree: another rule
		{"≤2次", "3次", "", "", false},                     // 反向: not an over-achievement
		{"=2次", "3次", "", "", true},                      // 等于 counts
		{"合规", "合规", "", "", false},                      // qualitative
	}
	for _, c := range cases {
		f := project("1", "1", "100%", out(c.target, c.actual))
		if c.deviation != "" {
			f.Deviation = c.deviation
		}
		o := perf.CheckOptions{}
		if c.high != "" {
			o.HighActual = dec(c.high)
		}
		fs := only(perf.CheckProject(f, o), perf.RuleActualHigh)
		assert.Equal(t, c.found, len(fs) == 1, "%s / %s", c.target, c.actual)
	}
	fs := only(perf.CheckProject(project("1", "1", "100%", out("不少于2次", "3次")), perf.CheckOptions{}), perf.RuleActualHigh)
	require.Len(t, fs, 1)
	assert.Equal(t, "2", fig(fs[0].Expected))
	assert.Equal(t, "3", fig(fs[0].Actual))
	assert.Equal(t, "次", fs[0].Unit)
	assert.Contains(t, fs[0].Message, "150%")
	// A caller's own test of an explanation.
	fs = only(perf.CheckProject(project("1", "1", "100%", out("不少于2次", "3次")),
		perf.CheckOptions{Explained: func(string) bool { return true }}), perf.RuleActualHigh)
	assert.Empty(t, fs)
	// A cost indicator is 反向.
	cost := perf.Row{Level1: "成本指标", Level2: "经济成本指标", Name: "成本", Target: "5万元", Actual: "8万元"}
	assert.Empty(t, only(perf.CheckProject(project("1", "1", "100%", cost), perf.CheckOptions{}), perf.RuleActualHigh))
}

func TestDefaultExplained(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"", false},
		{"无", false},
		{"无。", false},
		{"我单位对该项目资金合理安排使用，较好地完成了各项工作任务。", false}, // Daye boilerplate
		{"该项目资金安排合理，顺利的完成了各项工作。", false},
		{"该项目资金安排合理，确保工作有序开展。", false},
		{"该项目资金安排合理，各项工作已完成。", false},
		{"未完成原因：该经费根据办件实际产生的邮寄费用而定，因此会产生偏差。", true},
		{"1、民情通平台运营管理服务采购项目中标价低于预算价，节约了成本。", true},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, perf.DefaultExplained(c.text), c.text)
	}
}

func TestCheckTargetImpossible(t *testing.T) {
	cases := []struct {
		level1, name, target string
		found                bool
	}{
		{"满意度指标", "群众满意度", "≥100%", true},  // Daye 二十、
		{"产出指标", "上门投递率", "＞100%", true},   // a rate above 100%
		{"产出指标", "覆盖率", "105%", true},      // bare above 100%
		{"产出指标", "覆盖率", "90%—110%", true},  // a range reaching above 100%
		{"产出指标", "覆盖率", "≤105%", false},    // an upper bound may exceed 100%
		{"满意度指标", "群众满意度", "＝100%", false}, // reachable
		{"满意度指标", "群众满意度", "100%", false},  // bare: at least 100%, met at 100%
		{"满意度指标", "群众满意度", "≥95%", false},  //
		{"效益指标", "收入增长率", "≥120%", false},  // growth rates may exceed 100%
		{"产出指标", "预算执行率", "≥100%", false},  // so may execution rates
		{"产出指标", "培训次数", "≥100%", false},   // not a rate
		{"满意度指标", "群众满意度", "合规", false},    // qualitative
	}
	for _, c := range cases {
		f := project("1", "1", "100%", perf.Row{Level1: c.level1, Name: c.name, Target: c.target, Actual: "100%"})
		fs := only(perf.CheckProject(f, perf.CheckOptions{}), perf.RuleTargetImpossible)
		assert.Equal(t, c.found, len(fs) == 1, "%s %s", c.name, c.target)
	}
}

func TestCheckIndicatorCells(t *testing.T) {
	rows := []perf.Row{
		{Line: 1, Level1: "产出指标", Level2: "数量指标", Name: "a", Target: "122项", Actual: "93.80%"}, // unit mismatch
		{Line: 2, Name: "b", Target: "", Actual: "357.15万元"},                                   // blank target
		{Line: 3, Name: "c", Target: "群众舒心满意全年", Actual: "　"},                                  // blank actual
		{Line: 4, Name: "d", Target: "对全市电子政务外网安全隐患进行全过程安全监管", Merged: true},                   // merged
		{Line: 5, Name: "e", Target: "不低于95%", Actual: "97%%"},                                 // malformed actual
		{Line: 6, Name: "f", Target: "70%—30%", Actual: "50%"},                                 // unreadable target
		{Line: 7, Level2: "生态效益指标", Name: "g", Target: "无污染", Actual: "无污染"},                   // 效益 二级 under 产出
		{Line: 8, Level1: "效益指标", Level2: "生态效益指标", Name: "h", Target: "无污染", Actual: "无污染"},   // fine
	}
	fs := perf.CheckProject(project("1", "1", "100%", rows...), perf.CheckOptions{})
	type key struct {
		rule   string
		line   int
		column string
	}
	var got []key
	for _, f := range fs {
		got = append(got, key{f.Rule, f.Where.Line, f.Where.Column})
	}
	assert.Equal(t, []key{
		{perf.RuleUnitMismatch, 1, "实际完成值（B）"},
		{perf.RuleBlank, 2, "年初目标值（A）"},
		{perf.RuleBlank, 3, "实际完成值（B）"},
		{perf.RuleBlank, 4, "年初目标值（A）"},
		{perf.RuleMalformed, 5, "实际完成值（B）"},
		{perf.RuleMalformed, 6, "年初目标值（A）"},
		{perf.RuleLevel, 7, "二级指标"},
	}, got)
	for _, f := range fs {
		assert.Equal(t, "测试项目绩效自评表", f.Where.Table)
		assert.NotEmpty(t, f.Where.Row)
		assert.NotEmpty(t, f.Message)
	}
}

func TestCheckDepartment(t *testing.T) {
	d := perf.DepartmentForm{
		Title:     "部门整体绩效自评表",
		Deviation: "1、项目单位无具体项目绩效目标或制定的绩效目标不可量化。",
		Rows: []perf.Row{
			{Line: 1, Level1: "运行\n成本", Level2: "公用经费控制", Name: "会议费控制率", Target: "5万元", Actual: "0.54万元"},
			{Line: 2, Level1: "社会\n效应", Level2: "经济效益", Name: "x", Target: "122项", Actual: "93.80%"},
			{Line: 3, Level1: "满意度", Level2: "服务对象满意度", Name: "企业满意度", Target: "≥100%", Actual: "97%"},
			{Line: 4, Name: "业务学习与培训完成率", Target: "组织外出学习、会议学习", Actual: ""},
			{Line: 5, Name: "y", Target: "不少于2次", Actual: "9次"}, // explained by the form's 偏差原因
		},
	}
	var rules []string
	for _, f := range perf.CheckDepartment(d, perf.CheckOptions{}) {
		rules = append(rules, f.Rule)
		assert.Equal(t, "部门整体绩效自评表", f.Where.Part)
	}
	assert.Equal(t, []string{perf.RuleUnitMismatch, perf.RuleTargetImpossible, perf.RuleBlank}, rules)
}

func TestCheckProjectTotal(t *testing.T) {
	forms := []perf.ProjectForm{
		project("10", "9.99", "99.9%"),
		project("20", "20.004", "100%"), // printed at three decimals
	}
	w := fiscal.Where{Table: "支出决算表", Row: "合计", Column: "项目支出"}
	// 9.99 + 20.004 = 29.994 against 29.99: within (2 + 1) × 0.005 = 0.015.
	fs := perf.CheckProjectTotal(forms, fiscal.Wan("29.99"), w)
	require.Len(t, fs, 1)
	assert.True(t, fs[0].WithinRounding)
	assert.Equal(t, fiscal.SeverityInfo, fs[0].Severity)
	assert.Equal(t, "0.004", fig(fs[0].Difference))
	assert.Equal(t, w, fs[0].Where)
	// Exactly equal: nothing.
	assert.Empty(t, perf.CheckProjectTotal(forms, fiscal.Wan("29.994"), w))
	// 30.02 − 29.994 = 0.026 > 0.015: an error.
	fs = perf.CheckProjectTotal(forms, fiscal.Wan("30.02"), w)
	require.Len(t, fs, 1)
	assert.False(t, fs[0].WithinRounding)
	assert.Equal(t, fiscal.SeverityError, fs[0].Severity)
	assert.Equal(t, perf.RuleProjectTotal, fs[0].Rule)
	// No forms: Σ = 0.
	fs = perf.CheckProjectTotal(nil, fiscal.Wan("1"), w)
	require.Len(t, fs, 1)
	assert.Equal(t, "-1.00", fig(fs[0].Difference))
}
