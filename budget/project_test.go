package budget_test

import (
	"fmt"
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

// projectCase is a text and the budget.project.* findings it must give
// (nil: none), by rule and severity.
type projectCase struct {
	name, text string
	want       map[string]fiscal.Severity
}

func runProjectCases(t *testing.T, cases []projectCase) {
	t.Helper()
	seen := map[string]string{}
	for _, c := range cases {
		// No two cases read the same text (a replacement that did not
		// take would leave its case's text another's).
		require.NotContains(t, seen, c.text, "%s and %s", c.name, seen[c.text])
		seen[c.text] = c.name
		t.Run(c.name, func(t *testing.T) {
			want := c.want
			if want == nil {
				want = map[string]fiscal.Severity{}
			}
			assert.Equal(t, want, projectFindings(t, c.text))
		})
	}
}

// TestProjectChecks: each way a project's 情况说明 is typed, and what the
// checks say of it. Amounts by hand against 项目支出 7054.05 万元.
func TestProjectChecks(t *testing.T) {
	cases := []projectCase{
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
		// The national template's wording (the probe's case 157).
		{"绩效目标 funds within, national wording", "2026年本部门实行绩效目标管理的项目20个，涉及一般公共预算当年财政拨款7054.05万元。", nil},
		{"绩效目标 funds over, national wording", "2026年本部门实行绩效目标管理的项目20个，涉及一般公共预算当年财政拨款7504.05万元。",
			map[string]fiscal.Severity{"budget.project.total": fiscal.SeverityError}},
		{"绩效目标 funds over, 预算资金", "实行绩效目标管理的项目20个，涉及预算资金7504.05万元。",
			map[string]fiscal.Severity{"budget.project.total": fiscal.SeverityError}},
		// The department's whole spending under targets is no project money.
		{"部门整体 funds", "部门整体支出绩效目标涉及资金9628.22万元。", nil},
	}
	runProjectCases(t, cases)
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

// A project's 绩效目标表 in the commonest layout: one column of figures,
// the unit in the label cell below the total. Figures typed by hand.
const simpleForm = `                     项目支出绩效目标表
                        （2026年度）
  项目名称      法律援助项目
  主管部门      XX局                       实施单位    XX局
  项目来源      本级申报项目               项目期      1年
  项目资金      年度资金总额：             %[1]s
  （万元）      其中：财政拨款             %[1]s
                其他资金                   0.00
  年度目标      应援尽援。
  一级指标      二级指标        三级指标            指标值
  产出指标      数量指标        办理案件数          ≥1200件
                成本指标        项目总成本          ≤%[1]s万元
`

// The central template: 实施期 and 年度 columns side by side, the period
// in years; and a form whose sources are split further on their line.
const twoColumnForm = `                  项目支出绩效目标申报表
  项目名称      人民调解项目
  项目属性      延续项目                   项目期      %s
                                  实施期资金总额      年度资金总额
  项目资金      资金总额          2385.00             795.00
  （万元）      其中：财政拨款    2385.00             795.00
                其他资金          0.00                0.00
  一级指标    二级指标      三级指标          实施期指标值    年度指标值
  产出指标    成本指标      项目成本          ≤2385万元       ≤795万元
`

const nestedForm = `                       项目绩效目标表
  项目名称    社区矫正项目
  项目起止时间  2026年1月-2026年12月
  年度资金总额及构成  总额300万元
                      一、财政拨款：300万元（其中：上级财政资金：0万元；本级财政：300万元）
                      二、自有资金：0万元
`

// wuhanForm prints each figure after its label, the whole amount's and
// the year's side by side (Wuhan's 项目支出绩效目标表).
const wuhanForm = `                  项目支出绩效目标表
  项目名称    依法治区项目
  项目起止时间  202601-202612
  项目资金  资金总额          1600万元      当年资金总额：      1600万元
            其中：财政拨款    1600万元      其中：当年财政拨款  %s万元
            其他资金                        当年其他资金
`

// hubeiCostForm breaks the project's money down into parts, with the two
// years before's actuals beside them and no unit printed (Hubei).
const hubeiCostForm = `                  项目支出绩效目标表
  项目名称    法律援助项目                  项目类别  本级支出项目
  项目预算成本构成      金额      测算（公式）依据          2024年实际执行数 2025年实际执行数
  办案补贴              310       依据补贴标准和案件量      298.40          305.12
  值班律师补贴          80        依据值班排班              76.20           78.65
  质量评查              30        依据政府采购合同          28.00           29.50
  合计                  %s                                 402.60          413.27
`

// wholeDepartmentForm is the department's own target form, printed in
// some budgets after the projects'.
const wholeDepartmentForm = `                  部门整体支出绩效目标表
                        （2026年度）
  部门名称      XX局
  年度预算申请（万元）  资金总额            9628.22
                        其中：财政拨款      9628.22
                        其他资金            0.00
  年度总体目标  履行法定职责。
`

// TestTargetForms: what is read of the forms, and what is checked.
func TestTargetForms(t *testing.T) {
	n := budget.ReadNarrative(strings.Split(fmt.Sprintf(simpleForm, "420.00")+fmt.Sprintf(twoColumnForm, "2025年—2027年")+nestedForm, "\n"))
	require.Len(t, n.Projects, 3)
	a, b, c := n.Projects[0], n.Projects[1], n.Projects[2]
	assert.Equal(t, "法律援助", a.Name)
	assert.Equal(t, "项目支出绩效目标表", a.Form)
	assert.Equal(t, wanT(t, "420"), a.Annual)
	assert.Equal(t, 6, a.AnnualLine)
	require.Len(t, a.Sources, 2)
	assert.Equal(t, "财政拨款", a.Sources[0].Label)
	assert.Equal(t, wanT(t, "420"), a.Sources[0].Amount)
	assert.Zero(t, a.PeriodFrom, "项目期 1年 names no year")
	assert.Equal(t, "人民调解", b.Name)
	assert.Equal(t, wanT(t, "795"), b.Annual, "the 年度资金总额 column, not the 实施期's")
	require.Len(t, b.Sources, 2)
	assert.Equal(t, wanT(t, "795"), b.Sources[0].Amount)
	assert.Equal(t, [2]int{2025, 2027}, [2]int{b.PeriodFrom, b.PeriodTo})
	assert.Equal(t, "社区矫正", c.Name)
	assert.Equal(t, wanT(t, "300"), c.Annual)
	// "一、财政拨款：300万元（其中：上级财政资金：0万元；本级财政：300万元）":
	// the source is the figure before the aside.
	require.Len(t, c.Sources, 2)
	assert.Equal(t, budget.Source{Label: "财政拨款", Amount: wanT(t, "300"), Decimals: 0}, c.Sources[0])
	assert.Equal(t, "自有资金", c.Sources[1].Label)
	assert.True(t, c.Sources[1].Amount.IsZero())
	assert.Equal(t, [2]int{2026, 2026}, [2]int{c.PeriodFrom, c.PeriodTo})

	cases := []projectCase{
		{"as printed", fmt.Sprintf(simpleForm, "420.00") + fmt.Sprintf(twoColumnForm, "2025年—2027年") + nestedForm, nil},
		// The same project described and given a form: not counted twice
		// (7000 + 7000 would be over 项目支出 7054.05).
		{"described and in a form", projectSection("法律援助", "2026年", "7000.00万元") + fmt.Sprintf(simpleForm, "7000.00"), nil},
		// 1260 is also more than the 成本指标's ≤420.00.
		{"total not its sources", strings.Replace(fmt.Sprintf(simpleForm, "420.00"), "年度资金总额：             420.00", "年度资金总额：             1260.00", 1),
			map[string]fiscal.Severity{"budget.project.sources": fiscal.SeverityError, "budget.project.cost": fiscal.SeverityWarning}},
		// The year's money above what the form's own 成本指标 allows (the
		// central template's 年度 column after the 实施期's).
		{"more than the cost bound", strings.Replace(fmt.Sprintf(simpleForm, "420.00"), "≤420.00万元", "≤140.00万元", 1),
			map[string]fiscal.Severity{"budget.project.cost": fiscal.SeverityWarning}},
		// A unit's or a part's cost is no bound on the year's money.
		{"per-unit and part costs", strings.Replace(fmt.Sprintf(simpleForm, "420.00"), "                成本指标        项目总成本          ≤420.00万元\n",
			"                成本指标        单场培训成本        ≤2万元\n                成本指标        购买服务费          ≤300万元\n", 1), nil},
		{"the 实施期's money as the year's", strings.ReplaceAll(fmt.Sprintf(twoColumnForm, "2025年—2027年"), "795.00", "2385.00"),
			map[string]fiscal.Severity{"budget.project.cost": fiscal.SeverityWarning}},
		{"forms over 项目支出", fmt.Sprintf(simpleForm, "7420.00") + fmt.Sprintf(twoColumnForm, "2026年"),
			map[string]fiscal.Severity{"budget.project.total": fiscal.SeverityError}},
		{"period ended", fmt.Sprintf(twoColumnForm, "2023年—2025年"),
			map[string]fiscal.Severity{"budget.project.period": fiscal.SeverityWarning}},
		// The whole department's target form beside the projects' is no
		// project: its 资金总额 (the whole 支出预算) is not summed with
		// theirs.
		{"a whole-department form", fmt.Sprintf(simpleForm, "420.00") + wholeDepartmentForm, nil},
		// The sources with an aside of their own parts.
		{"sources with asides, short of the total", strings.Replace(nestedForm, "总额300万元", "总额342万元", 1),
			map[string]fiscal.Severity{"budget.project.sources": fiscal.SeverityError}},
		// A source left blank between two with figures: which figure is
		// whose is not clear, and nothing is said.
		{"a blank source between", strings.NewReplacer("年度资金总额：             420.00", "年度资金总额：             520.00",
			"≤420.00万元", "≤520.00万元",
			"                其他资金                   0.00\n", "                上级补助\n                其他资金                   100.00\n").Replace(fmt.Sprintf(simpleForm, "420.00")), nil},
		// The 成本构成's parts against its 合计 (310 + 80 + 30 = 420), in
		// whatever unit; the years' actuals beside them are no parts.
		{"cost parts", fmt.Sprintf(hubeiCostForm, "420"), nil},
		{"cost parts short of their total", fmt.Sprintf(hubeiCostForm, "402"),
			map[string]fiscal.Severity{"budget.project.sources": fiscal.SeverityError}},
		// A part's 金额 left blank: its figures are the actuals', not read.
		{"a cost part blank", strings.Replace(fmt.Sprintf(hubeiCostForm, "390"), "  值班律师补贴          80  ", "  值班律师补贴              ", 1), nil},
		// Each figure after its label: the year's after 当年.
		{"labels beside figures", fmt.Sprintf(wuhanForm, "1600"), nil},
		{"labels beside figures, sources short", fmt.Sprintf(wuhanForm, "1060"),
			map[string]fiscal.Severity{"budget.project.sources": fiscal.SeverityError}},
		// No unit anywhere: the figures are not read, and nothing is said.
		{"no unit", strings.ReplaceAll(fmt.Sprintf(simpleForm, "9420.00"), "（万元）", "        "), nil},
	}
	runProjectCases(t, cases)
}
