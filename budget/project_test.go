package budget_test

import (
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/budget/internal/corpusdata"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadProjectsCorpus: the one project of the Putuo 部门预算, read by
// hand from its last page: "人民调解项目经费情况说明", 实施周期
// "2025年1月1日-2025年12月31日" (line 398), 年度预算安排 "795万元" (line 400).
// The 目录's "七、项目经费情况说明 ……" is no project.
func TestReadProjectsCorpus(t *testing.T) {
	lines := strings.Split(string(corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt")), "\n")
	n := budget.ReadNarrative(lines)
	require.Len(t, n.Projects, 1)
	p := n.Projects[0]
	assert.Equal(t, "人民调解", p.Name)
	assert.Equal(t, 379, p.Line)
	assert.True(t, p.HasAnnualPart)
	assert.True(t, p.HasAnnual)
	assert.Equal(t, wanT(t, "795"), p.Annual)
	assert.Equal(t, 0, p.AnnualDecimals)
	assert.Equal(t, 400, p.AnnualLine)
	assert.Equal(t, 2025, p.PeriodFrom)
	assert.Equal(t, 2025, p.PeriodTo)
	assert.Equal(t, 398, p.PeriodLine)
	// "编报绩效目标的项目20个，涉及项目预算资金7054.05万元" (line 370).
	s := n.Get(budget.SubjectTargetFunds)
	require.NotNil(t, s)
	assert.Equal(t, wanT(t, "7054.05"), s.Amount)
	assert.Equal(t, 370, s.Line)
}

// projectSection is a project's 情况说明 in the Shanghai template's parts,
// the amount and period typed in; the budget it is checked with is the
// Putuo 部门预算 of 2026 (项目支出 7054.05 万元).
func projectSection(name, period, annual string) string {
	return name + `项目经费情况说明
一、项目概述
为完成特定工作任务安排的项目。
二、立项依据
有关文件。
三、实施主体
XX局
四、实施方案
1.全年开展专题培训；
2.开展检查。
五、实施周期
` + period + `
六、年度预算安排
` + annual + `
七、绩效目标
完成年度工作任务。
`
}

func projectFindings(t *testing.T, text string) map[string]fiscal.Severity {
	t.Helper()
	n := budget.ReadNarrative(strings.Split(text, "\n"))
	fs, _ := budget.CheckNarrative(n, corpusdata.PutuoSFJ2026().Tables, 2026, budget.CheckOptions{})
	out := map[string]fiscal.Severity{}
	for _, f := range fs {
		if strings.HasPrefix(f.Rule, "budget.project.") && f.Severity > out[f.Rule] {
			out[f.Rule] = f.Severity
		}
	}
	return out
}

// TestProjectChecks: each way a project's 情况说明 is typed, and what the
// checks say of it. Amounts by hand against 项目支出 7054.05 万元.
func TestProjectChecks(t *testing.T) {
	cases := []struct {
		name, text string
		want       map[string]fiscal.Severity
	}{
		{"as the template", projectSection("法律援助", "2026年1月1日-2026年12月31日", "795万元"), nil},
		{"annual in 元", projectSection("法律援助", "2026年1月-12月", "7,950,000.00元"), nil},
		{"the year's among others", projectSection("法律援助", "2024年-2026年",
			"项目总预算2400万元，2025年预算安排800万元，2026年预算安排900万元。"), nil},
		{"a period running on", projectSection("法律援助", "2023年起，持续性项目", "795万元"), nil},
		{"no period year", projectSection("法律援助", "经常性项目", "795万元"), nil},
		{"period over the year", projectSection("法律援助", "2024年1月1日-2028年12月31日", "795万元"), nil},
		{"two projects within 项目支出", projectSection("法律援助", "2026年", "3000万元") + projectSection("人民调解", "2026年", "4054.05万元"), nil},
		{"period ended", projectSection("法律援助", "2025年1月1日-2025年12月31日", "795万元"),
			map[string]fiscal.Severity{"budget.project.period": fiscal.SeverityWarning}},
		{"period not begun", projectSection("法律援助", "2027年", "795万元"),
			map[string]fiscal.Severity{"budget.project.period": fiscal.SeverityWarning}},
		{"a total only", projectSection("法律援助", "2024年-2026年", "项目总预算2400万元。"),
			map[string]fiscal.Severity{"budget.project.annual": fiscal.SeverityWarning}},
		{"a span of years only", projectSection("法律援助", "2024年-2026年", "2024-2026年共安排2400万元。"),
			map[string]fiscal.Severity{"budget.project.annual": fiscal.SeverityWarning}},
		{"last year's only", projectSection("法律援助", "2026年", "2025年预算安排800万元。"),
			map[string]fiscal.Severity{"budget.project.annual": fiscal.SeverityWarning}},
		{"no amount", projectSection("法律援助", "2026年", "无"),
			map[string]fiscal.Severity{"budget.project.annual": fiscal.SeverityWarning}},
		// 7054.07 is 0.02 over: beyond half a unit of 795.00 and of 6259.07;
		// 795 and 6259.07 (7054.07) may be 794.5 and 6259.07, within.
		{"two projects over 项目支出", projectSection("法律援助", "2026年", "795.00万元") + projectSection("人民调解", "2026年", "6259.07万元"),
			map[string]fiscal.Severity{"budget.project.total": fiscal.SeverityError}},
		{"two projects within their rounding", projectSection("法律援助", "2026年", "795万元") + projectSection("人民调解", "2026年", "6259.07万元"), nil},
		{"one project over 项目支出", projectSection("法律援助", "2026年", "8000.00万元"),
			map[string]fiscal.Severity{"budget.project.total": fiscal.SeverityError}},
		{"绩效目标 funds within", "编报绩效目标的项目20个，涉及项目预算资金7054.05万元。", nil},
		{"绩效目标 funds over", "编报绩效目标的项目20个，涉及项目预算资金7154.05万元。",
			map[string]fiscal.Severity{"budget.project.total": fiscal.SeverityError}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := c.want
			if want == nil {
				want = map[string]fiscal.Severity{}
			}
			assert.Equal(t, want, projectFindings(t, c.text))
		})
	}
}

// TestProjectHeadings: a table of contents line, the part's own heading
// and a sentence naming a project are not a project's heading; numbered
// headings in the usual forms are.
func TestProjectHeadings(t *testing.T) {
	text := `七、项目经费情况说明 ……………………………… 12
七、项目经费情况说明
本部门项目经费情况说明如下。
（一）法律援助项目情况说明
六、年度预算安排：120万元
2.社区矫正项目支出情况说明
五、实施期限：2026年1月至12月
六、预算安排：80.5万元
`
	n := budget.ReadNarrative(strings.Split(text, "\n"))
	require.Len(t, n.Projects, 2)
	assert.Equal(t, "法律援助", n.Projects[0].Name)
	assert.Equal(t, wanT(t, "120"), n.Projects[0].Annual)
	assert.Equal(t, "社区矫正", n.Projects[1].Name)
	assert.Equal(t, wanT(t, "80.5"), n.Projects[1].Annual)
	assert.Equal(t, 1, n.Projects[1].AnnualDecimals)
	assert.Equal(t, 2026, n.Projects[1].PeriodTo)
}

// TestProjectsInline: projects numbered and named in quotes, their parts
// numbered (1)…(7) and inline, as some provinces' budgets print them; a
// part after its heading on the same line, or the whole project on one
// line. Amounts and years typed by hand.
func TestProjectsInline(t *testing.T) {
	const text = `七、项目经费情况说明
1.“人民调解经费”项目。
（1）项目概述。主要用于购买调解服务。
（4）起止时间。2026.1.1-2026.12.31
（6）年度预算安排。财政拨款795.00万元。
（7）绩效目标。及时化解矛盾纠纷。
2.“法律援助专项经费”项目。（1）项目概述。办案补贴。（4）起止时间。20250101到20251231（6）年度预算安排。财政拨款2385万元（2024—2026年）。（7）绩效目标。应援尽援。
`
	n := budget.ReadNarrative(strings.Split(text, "\n"))
	require.Len(t, n.Projects, 2)
	a, b := n.Projects[0], n.Projects[1]
	assert.Equal(t, "人民调解经费", a.Name)
	assert.True(t, a.HasAnnual)
	assert.Equal(t, wanT(t, "795"), a.Annual)
	assert.Equal(t, 5, a.AnnualLine)
	assert.Equal(t, [2]int{2026, 2026}, [2]int{a.PeriodFrom, a.PeriodTo})
	assert.Equal(t, "法律援助专项经费", b.Name)
	assert.Equal(t, 7, b.Line)
	assert.False(t, b.HasAnnual, "2385万元 is for 2024—2026")
	assert.Equal(t, "财政拨款2385万元", b.Other)
	assert.Equal(t, [2]int{2025, 2025}, [2]int{b.PeriodFrom, b.PeriodTo})

	got := projectFindings(t, text)
	assert.Equal(t, map[string]fiscal.Severity{
		"budget.project.annual": fiscal.SeverityWarning,
		"budget.project.period": fiscal.SeverityWarning,
	}, got)
}
