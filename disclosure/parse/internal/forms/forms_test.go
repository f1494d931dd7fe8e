package forms_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/forms"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// doc makes the lines of an export from one string per line, line 1
// first: "→" stands for the tab that starts a cell and "▯" for the
// full-width space.
func doc(lines ...string) []text.Line {
	s := strings.Join(lines, "\n")
	s = strings.ReplaceAll(s, "→", "\t")
	s = strings.ReplaceAll(s, "▯", "\u3000")
	return text.Split([]byte(s))
}

// wan reads a figure in 万元.
func wan(s string) perf.Money { return perf.MustParseMoney(s, fiscal.WanYuan) }

// rulesOf returns the rule IDs of findings, in order.
func rulesOf(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

// linesOf returns the lines of the findings of rule id, in order.
func linesOf(fs []fiscal.Finding, id string) []int {
	var out []int
	for _, f := range fs {
		if f.Rule == id {
			out = append(out, f.Where.Line)
		}
	}
	return out
}

// checkFindings checks what every finding must carry: a listed rule of
// scope parse, a line, a message.
func checkFindings(t *testing.T, fs []fiscal.Finding) {
	t.Helper()
	known := map[string]fiscal.Rule{}
	for _, r := range forms.Rules() {
		known[r.ID] = r
	}
	for _, f := range fs {
		r, ok := known[f.Rule]
		if assert.True(t, ok, "finding of unlisted rule %s", f.Rule) {
			assert.Equal(t, r.Severity, f.Severity, f.String())
		}
		assert.Positive(t, f.Where.Line, f.String())
		assert.NotEmpty(t, f.Message, f.String())
	}
}

// projectDoc is a project form in the Daye layout, with each variation of
// it: a heading and a title row, values after their labels in the same
// cell and in the next, cells broken over lines, blank and full-width
// blank cells, a merged target/actual cell, blank merged 一级 and 二级
// cells, a note.
var projectDoc = []string{
	/* 1 */ "第六部分  附件",
	/* 2 */ "二、2024年测试项目绩效自评表",
	/* 3 */ "",
	/* 4 */ "→2024年测试项目绩效自评表",
	/* 5 */ "",
	/* 6 */ "→单位名称（盖章）：测试局",
	/* 7 */ "→",
	/* 8 */ "→▯",
	/* 9 */ "→填报日期： 2025.08.07  ",
	/* 10 */ "→",
	/* 11 */ "",
	/* 12 */ "→项目名称",
	/* 13 */ "→测试项目",
	/* 14 */ "",
	/* 15 */ "→主管部门",
	/* 16 */ "→测试局",
	/* 17 */ "→项目实施单位",
	/* 18 */ "→测试局",
	/* 19 */ "本级",
	/* 20 */ "",
	/* 21 */ "→项目类别",
	/* 22 */ "→1、部门预算项目■",
	/* 23 */ "→2、市直专项□",
	/* 24 */ "",
	/* 25 */ "→项目属性",
	/* 26 */ "→1、持续性项目□√",
	/* 27 */ "→2、新增项目□",
	/* 28 */ "→",
	/* 29 */ "",
	/* 30 */ "→项目类型",
	/* 31 */ "→1、常年性项目□",
	/* 32 */ "→3、一次性项目☑",
	/* 33 */ "▯ ",
	/* 34 */ "→预算执行情况（万元）",
	/* 35 */ "→",
	/* 36 */ "→预算数（A）",
	/* 37 */ "→执行数（B）",
	/* 38 */ "→执行率（B/A）",
	/* 39 */ "",
	/* 40 */ "→",
	/* 41 */ "→年度财政",
	/* 42 */ "资金总额",
	/* 43 */ "→16.244万元",
	/* 44 */ "→16.06",
	/* 45 */ "→99%",
	/* 46 */ "",
	/* 47 */ "→年度绩效目标",
	/* 48 */ "→一级",
	/* 49 */ "指标",
	/* 50 */ "→二级指标",
	/* 51 */ "→三级指标",
	/* 52 */ "→年初目标值（A）",
	/* 53 */ "→实际完成值（B）",
	/* 54 */ "",
	/* 55 */ "→",
	/* 56 */ "→成本",
	/* 57 */ "指标",
	/* 58 */ "→经济成本指标",
	/* 59 */ "→财政资金投入",
	/* 60 */ "→16.244万元",
	/* 61 */ "→16.06万元",
	/* 62 */ "",
	/* 63 */ "→",
	/* 64 */ "→产出指标",
	/* 65 */ "→质量指标",
	/* 66 */ "→安全监控",
	/* 67 */ "→全过程安全监管",
	/* 68 */ "",
	/* 69 */ "→年度绩效目标",
	/* 70 */ "→",
	/* 71 */ "→▯",
	/* 72 */ "→让群众少跑腿，",
	/* 73 */ "节约资源",
	/* 74 */ "→▯≥95%",
	/* 75 */ "→",
	/* 76 */ "",
	/* 77 */ "→偏差大或未完成原因分析",
	/* 78 */ "→无",
	/* 79 */ "",
	/* 80 */ "→",
	/* 81 */ "→",
	/* 82 */ "",
	/* 83 */ "→改进建议、措施及结果应用方案",
	/* 84 */ "→    第一段。",
	/* 85 */ "    第二段。",
	/* 86 */ "",
	/* 87 */ "→备注:",
	/* 88 */ "1.预算执行情况口径。",
}

// projectWant is projectDoc as read.
func projectWant() perf.ProjectForm {
	return perf.ProjectForm{
		Line:        2,
		Heading:     "二、2024年测试项目绩效自评表",
		Title:       "2024年测试项目绩效自评表",
		Unit:        "测试局",
		Filed:       "2025.08.07",
		Project:     "测试项目",
		Department:  "测试局",
		Implementer: "测试局\n本级",
		Category:    []string{"1、部门预算项目■", "2、市直专项□"},
		Attribute:   []string{"1、持续性项目□√", "2、新增项目□"},
		Type:        []string{"1、常年性项目□", "3、一次性项目☑"},
		Budget:      wan("16.244万元"),
		Spent:       wan("16.06"),
		Rate:        "99%",
		Rows: []perf.Row{
			{Line: 55, Level1: "成本\n指标", Level2: "经济成本指标", Name: "财政资金投入", Target: "16.244万元", Actual: "16.06万元"},
			{Line: 63, Level1: "产出指标", Level2: "质量指标", Name: "安全监控", Target: "全过程安全监管", Merged: true},
			{Line: 69, Name: "让群众少跑腿，\n节约资源", Target: "≥95%"},
		},
		Deviation:   "无",
		Improvement: "第一段。\n    第二段。",
	}
}

func TestProjectForm(t *testing.T) {
	res := forms.Parse(doc(projectDoc...))
	assert.Nil(t, res.Department)
	require.Len(t, res.Projects, 1)
	assert.Equal(t, projectWant(), res.Projects[0])
	assert.Empty(t, res.Findings)
	assert.Equal(t, forms.Stats{Seen: 1, Forms: 1, Rows: 3, Cells: 49}, res.Stats)
}

// TestCRLF reads the same form with Windows line ends, a byte-order mark
// and form feeds.
func TestCRLF(t *testing.T) {
	s := "\ufeff" + strings.ReplaceAll(strings.ReplaceAll(strings.Join(projectDoc, "\r\n"), "→", "\t"), "▯", "\u3000")
	s = strings.Replace(s, "资金总额", "资金\f总额", 1)
	res := forms.Parse(text.Split([]byte(s)))
	require.Len(t, res.Projects, 1)
	assert.Equal(t, projectWant(), res.Projects[0])
	assert.Empty(t, res.Findings)
}

// TestNoHeading: without a heading, the form's line is its title's.
func TestNoHeading(t *testing.T) {
	res := forms.Parse(doc(projectDoc[3:]...))
	require.Len(t, res.Projects, 1)
	want := projectWant()
	want.Heading, want.Line = "", 1
	for i := range want.Rows {
		want.Rows[i].Line -= 3
	}
	assert.Equal(t, want, res.Projects[0])
	assert.Empty(t, res.Findings)
}

// TestHeadingWithTitle: a heading directly above the title row, with no
// blank line between, is still the heading (八、 and 三十、 of the Daye
// report); a paragraph that names no table is none.
func TestHeadingWithTitle(t *testing.T) {
	ls := append([]string{}, projectDoc...)
	ls[2] = "→2024年测试项目绩效自评表" // line 3: the title, right under the heading
	ls[3] = ""
	res := forms.Parse(doc(ls...))
	require.Len(t, res.Projects, 1)
	assert.Equal(t, 2, res.Projects[0].Line)
	assert.Equal(t, "二、2024年测试项目绩效自评表", res.Projects[0].Heading)
	assert.Equal(t, "2024年测试项目绩效自评表", res.Projects[0].Title)

	ls = append([]string{}, projectDoc...)
	ls[1] = "以下为自评情况，请审阅。"
	res = forms.Parse(doc(ls...))
	require.Len(t, res.Projects, 1)
	assert.Equal(t, "", res.Projects[0].Heading)
	assert.Equal(t, 4, res.Projects[0].Line)
}

// departmentDoc is a department form in the Daye layout.
var departmentDoc = []string{
	/* 1 */ "一、2024年度部门整体绩效评价自评表",
	/* 2 */ "",
	/* 3 */ "→2024年度测试局部门整体绩效自评表",
	/* 4 */ "",
	/* 5 */ "→填报日期：     2025  年  08   月  07   日          ",
	/* 6 */ "→",
	/* 7 */ "→单位：万元",
	/* 8 */ "",
	/* 9 */ "→单位名称（盖章）",
	/* 10 */ "→测试局",
	/* 11 */ "",
	/* 12 */ "→基本支出总额",
	/* 13 */ "→1281.33万元",
	/* 14 */ "→项目支出总额",
	/* 15 */ "→5295.69",
	/* 16 */ "",
	/* 17 */ "→年度目标：",
	/* 18 */ "→1、强化党建引领作用2、持续优化营商环境",
	/* 19 */ "",
	/* 20 */ "→年度绩效指标",
	/* 21 */ "→一级指标",
	/* 22 */ "→二级指标",
	/* 23 */ "→三级指标",
	/* 24 */ "→指标分类",
	/* 25 */ "→年初目标值（A）",
	/* 26 */ "→实际完成值（B）",
	/* 27 */ "",
	/* 28 */ "→年度绩效指标",
	/* 29 */ "→运行",
	/* 30 */ "成本",
	/* 31 */ "→公用经费控制",
	/* 32 */ "→公用经费控制率",
	/* 33 */ "→绩效基本型",
	/* 34 */ "→105.96万元",
	/* 35 */ "→105.96万元",
	/* 36 */ "",
	/* 37 */ "→",
	/* 38 */ "→",
	/* 39 */ "→",
	/* 40 */ "→“三公”经费变动率",
	/* 41 */ "→绩效基本型",
	/* 42 */ "→13万",
	/* 43 */ "→",
	/* 44 */ "",
	/* 45 */ "→偏差大或",
	/* 46 */ "目标未完成",
	/* 47 */ "原因分析",
	/* 48 */ "→1、第一条。",
	/* 49 */ "2、第二条。",
	/* 50 */ "",
	/* 51 */ "→改进措施及",
	/* 52 */ "结果应用方案",
	/* 53 */ "→加强培训。",
	/* 54 */ "",
	/* 55 */ "→备注：",
	/* 56 */ "1.基本支出总额和项目支出总额为财政资金实际支出数。",
	/* 57 */ "",
	/* 58 */ "→",
}

func departmentWant() perf.DepartmentForm {
	return perf.DepartmentForm{
		Line:            1,
		Heading:         "一、2024年度部门整体绩效评价自评表",
		Title:           "2024年度测试局部门整体绩效自评表",
		Unit:            "测试局",
		Filed:           "2025  年  08   月  07   日",
		MoneyUnit:       "单位：万元",
		BasicSpending:   wan("1281.33万元"),
		ProjectSpending: wan("5295.69"),
		Goals:           "1、强化党建引领作用2、持续优化营商环境",
		Rows: []perf.Row{
			{Line: 28, Level1: "运行\n成本", Level2: "公用经费控制", Name: "公用经费控制率", Class: "绩效基本型", Target: "105.96万元", Actual: "105.96万元"},
			{Line: 37, Name: "“三公”经费变动率", Class: "绩效基本型", Target: "13万"},
		},
		Deviation:   "1、第一条。\n2、第二条。",
		Improvement: "加强培训。",
	}
}

func TestDepartmentForm(t *testing.T) {
	res := forms.Parse(doc(departmentDoc...))
	require.NotNil(t, res.Department)
	assert.Equal(t, departmentWant(), *res.Department)
	assert.Empty(t, res.Projects)
	assert.Empty(t, res.Findings)
	assert.Equal(t, 1, res.Stats.Forms)
	assert.Equal(t, 2, res.Stats.Rows)
}

// TestBoth reads a department form and two project forms in one document,
// among other tables and text that are no forms and give no finding.
func TestBoth(t *testing.T) {
	var ls []string
	ls = append(ls,
		"第五部分  名词解释", // 1
		"",           // 2
		"→项目",        // 3: another table, not a form
		"→金额",        // 4
		"",           // 5
		"→项目名称",      // 6: 项目名称 alone does not make a form
		"→办公楼维修",     // 7
		"",           // 8
		"表1 三公经费",    // 9: a heading of a table that is no form
		"→合计",        // 10
		"→12.5",      // 11
		"",           // 12
	)
	offset := len(ls)
	ls = append(ls, departmentDoc...)
	ls = append(ls, "")
	offset2 := len(ls)
	ls = append(ls, projectDoc[1:]...)
	ls = append(ls, "")
	offset3 := len(ls)
	ls = append(ls, projectDoc[1:]...)
	res := forms.Parse(doc(ls...))
	assert.Empty(t, res.Findings)
	require.NotNil(t, res.Department)
	d := departmentWant()
	d.Line += offset
	for i := range d.Rows {
		d.Rows[i].Line += offset
	}
	assert.Equal(t, d, *res.Department)
	require.Len(t, res.Projects, 2)
	for i, off := range []int{offset2, offset3} {
		p := projectWant()
		p.Line += off - 1
		for j := range p.Rows {
			p.Rows[j].Line += off - 1
		}
		assert.Equal(t, p, res.Projects[i], "project %d", i)
	}
	assert.Equal(t, 3, res.Stats.Forms)
}

// TestTwoFormsOneTable: a title row naming a 自评表 after a form's rows
// starts a new form even with no paragraph between the two tables.
func TestTwoFormsOneTable(t *testing.T) {
	ls := append([]string{}, projectDoc[1:]...) // lines 1–87
	ls = append(ls, "", "→")                    // 88, 89
	ls = append(ls, projectDoc[3:]...)          // from line 90: the title row
	res := forms.Parse(doc(ls...))
	assert.Empty(t, res.Findings)
	require.Len(t, res.Projects, 2)
	assert.Equal(t, 1, res.Projects[0].Line)
	assert.Equal(t, "", res.Projects[1].Heading)
	assert.Equal(t, 90, res.Projects[1].Line)
	assert.Equal(t, projectWant().Rows[0].Name, res.Projects[1].Rows[0].Name)
	assert.Equal(t, 90+55-4, res.Projects[1].Rows[0].Line)
}

// standardDoc is the national template of 财预〔2021〕101号: 项目资金 with
// 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 and 得分, the sources of
// the money, 年度总体目标 with 预期目标 and 实际完成情况, 分值 and 得分 per
// indicator, a 偏差原因 column and a 总分 row.
var standardDoc = []string{
	/* 1 */ "附件2",
	/* 2 */ "项目支出绩效自评表",
	/* 3 */ "",
	/* 4 */ "→（2024年度）",
	/* 5 */ "",
	/* 6 */ "→项目名称",
	/* 7 */ "→测试项目",
	/* 8 */ "",
	/* 9 */ "→主管部门",
	/* 10 */ "→测试局",
	/* 11 */ "→实施单位",
	/* 12 */ "→测试中心",
	/* 13 */ "",
	/* 14 */ "→项目资金（万元）",
	/* 15 */ "→",
	/* 16 */ "→年初预算数",
	/* 17 */ "→全年预算数",
	/* 18 */ "→全年执行数",
	/* 19 */ "→分值",
	/* 20 */ "→执行率",
	/* 21 */ "→得分",
	/* 22 */ "",
	/* 23 */ "→",
	/* 24 */ "→年度资金总额",
	/* 25 */ "→100",
	/* 26 */ "→120",
	/* 27 */ "→118.5",
	/* 28 */ "→10",
	/* 29 */ "→98.75%",
	/* 30 */ "→9.9",
	/* 31 */ "",
	/* 32 */ "→",
	/* 33 */ "→其中：当年财政拨款",
	/* 34 */ "→100",
	/* 35 */ "→120",
	/* 36 */ "→118.5",
	/* 37 */ "→—",
	/* 38 */ "→",
	/* 39 */ "→—",
	/* 40 */ "",
	/* 41 */ "→年度总体目标",
	/* 42 */ "→预期目标",
	/* 43 */ "→实际完成情况",
	/* 44 */ "",
	/* 45 */ "→",
	/* 46 */ "→完成全年维修任务。",
	/* 47 */ "→已完成。",
	/* 48 */ "",
	/* 49 */ "→绩效指标",
	/* 50 */ "→一级指标",
	/* 51 */ "→二级指标",
	/* 52 */ "→三级指标",
	/* 53 */ "→年度指标值",
	/* 54 */ "→实际完成值",
	/* 55 */ "→分值",
	/* 56 */ "→得分",
	/* 57 */ "→偏差原因分析及改进措施",
	/* 58 */ "",
	/* 59 */ "→",
	/* 60 */ "→产出指标",
	/* 61 */ "→数量指标",
	/* 62 */ "→维修次数",
	/* 63 */ "→≥12次",
	/* 64 */ "→12次",
	/* 65 */ "→20",
	/* 66 */ "→20",
	/* 67 */ "→",
	/* 68 */ "",
	/* 69 */ "→",
	/* 70 */ "→满意度指标",
	/* 71 */ "→服务对象满意度指标",
	/* 72 */ "→职工满意度",
	/* 73 */ "→≥95%",
	/* 74 */ "→90%",
	/* 75 */ "→10",
	/* 76 */ "→8",
	/* 77 */ "→宣传不足，加强宣传",
	/* 78 */ "",
	/* 79 */ "→总分",
	/* 80 */ "→",
	/* 81 */ "→100",
	/* 82 */ "→95.9",
	/* 83 */ "→",
}

func TestStandardTemplate(t *testing.T) {
	res := forms.Parse(doc(standardDoc...))
	require.Len(t, res.Projects, 1)
	want := perf.ProjectForm{
		Line:        2,
		Heading:     "项目支出绩效自评表",
		Title:       "（2024年度）",
		Project:     "测试项目",
		Department:  "测试局",
		Implementer: "测试中心",
		Budget:      wan("120"),
		Spent:       wan("118.5"),
		Initial:     wan("100"),
		Rate:        "98.75%",
		Goal:        "完成全年维修任务。",
		GoalDone:    "已完成。",
		Rows: []perf.Row{
			{Line: 59, Level1: "产出指标", Level2: "数量指标", Name: "维修次数", Target: "≥12次", Actual: "12次", Points: "20", Score: "20"},
			{Line: 69, Level1: "满意度指标", Level2: "服务对象满意度指标", Name: "职工满意度", Target: "≥95%", Actual: "90%", Points: "10", Score: "8", Reason: "宣传不足，加强宣传"},
		},
		Total:        "95.9",
		BudgetPoints: "10",
		BudgetScore:  "9.9",
		// 其中 row: 年初 100 kept beside 全年 120; its 分值 and 得分 print "—".
		Sources: []perf.Source{{Line: 32, Name: "当年财政拨款", Budget: wan("120"), Spent: wan("118.5"), Initial: wan("100")}},
	}
	assert.Equal(t, want, res.Projects[0])
	checkFindings(t, res.Findings)
	// Every cell is read: 年初预算数 (not kept), the budget's 分值 and 得分,
	// the 其中 row, 实际完成情况 and the 偏差原因分析及改进措施 column; that
	// column stands for the 偏差 and 改进 rows, which are not asked for.
	assert.Empty(t, linesOf(res.Findings, forms.RuleUnread))
	assert.Empty(t, linesOf(res.Findings, forms.RuleMissing))
	assert.Equal(t, 0, res.Stats.Unread)
}

// TestTruncated cuts the project form after every line: no panic, the
// form read so far, and each missing part reported at the form's line.
func TestTruncated(t *testing.T) {
	full := doc(projectDoc...)
	for n := range len(full) + 1 {
		res := forms.Parse(full[:n])
		checkFindings(t, res.Findings)
		if n < 4 {
			// A heading with no table under it is no form.
			assert.Empty(t, res.Projects, "cut at %d", n)
			continue
		}
		require.Len(t, res.Projects, 1, "cut at %d", n)
		p := res.Projects[0]
		assert.Equal(t, 2, p.Line, "cut at %d", n)
		for _, f := range res.Findings {
			switch {
			case f.Rule != forms.RuleMissing:
			case f.Where.Line == 34:
				// A 预算执行情况 header cut before its columns is
				// reported at its own line.
				assert.Contains(t, []int{34, 35}, n, f.String())
			default:
				assert.Equal(t, 2, f.Where.Line, "cut at %d: %s", n, f)
			}
		}
		if n < 77 {
			assert.Contains(t, rulesOf(res.Findings), forms.RuleMissing, "cut at %d", n)
		}
	}
	// Cut inside the indicator block: the rows so far, the rest missing.
	res := forms.Parse(full[:66])
	require.Len(t, res.Projects, 1)
	p := res.Projects[0]
	assert.Len(t, p.Rows, 2)
	assert.Equal(t, "16.06", p.Spent.Text)
	var missing []string
	for _, f := range res.Findings {
		if f.Rule == forms.RuleMissing {
			missing = append(missing, f.Where.Column)
		}
	}
	assert.Equal(t, []string{"偏差原因分析", "改进措施"}, missing)
	// Cut right after the title: every part is missing.
	res = forms.Parse(full[:4])
	require.Len(t, res.Projects, 1)
	assert.Equal(t, []string{"parse.form.unit", "parse.form.missing", "parse.form.missing", "parse.form.missing", "parse.form.missing", "parse.form.missing"}, rulesOf(res.Findings))
}

// TestMalformed covers rows that do not line up, figures that are not
// money, fields printed twice, a second department form, a table called a
// 自评表 that is no form, a form with no unit, and a paragraph cutting a
// form.
func TestMalformed(t *testing.T) {
	t.Run("row", func(t *testing.T) {
		ls := append([]string{}, projectDoc...)
		ls[62] = "→" // line 63 stays a blank cell
		ls = append(ls[:66:66], append([]string{"→全过程安全监管", "→多出的一格", "→再多一格"}, ls[67:]...)...)
		res := forms.Parse(doc(ls...))
		require.Len(t, res.Projects, 1)
		checkFindings(t, res.Findings)
		assert.Equal(t, []int{63}, linesOf(res.Findings, forms.RuleRow))
		assert.Equal(t, []int{69}, linesOf(res.Findings, forms.RuleUnread))
		r := res.Projects[0].Rows[1]
		assert.Equal(t, perf.Row{Line: 63, Level1: "产出指标", Level2: "质量指标", Name: "安全监控", Target: "全过程安全监管", Actual: "多出的一格"}, r)
	})
	t.Run("money", func(t *testing.T) {
		ls := append([]string{}, projectDoc...)
		ls[42] = "→十六万元"
		ls[43] = "→"
		res := forms.Parse(doc(ls...))
		require.Len(t, res.Projects, 1)
		checkFindings(t, res.Findings)
		assert.Equal(t, []int{43, 44}, linesOf(res.Findings, forms.RuleMoney))
		p := res.Projects[0]
		assert.Equal(t, perf.Money{Text: "十六万元", Unit: fiscal.WanYuan}, p.Budget)
		assert.Equal(t, perf.Money{Text: "", Unit: fiscal.WanYuan}, p.Spent)
	})
	t.Run("duplicate", func(t *testing.T) {
		ls := append([]string{}, projectDoc...)
		ls = append(ls[:14:14], append([]string{"→项目名称", "→另一个名称", ""}, ls[14:]...)...)
		res := forms.Parse(doc(ls...))
		require.Len(t, res.Projects, 1)
		checkFindings(t, res.Findings)
		assert.Equal(t, "测试项目", res.Projects[0].Project)
		assert.Equal(t, []int{16}, linesOf(res.Findings, forms.RuleDuplicate))
	})
	t.Run("second department", func(t *testing.T) {
		ls := append(append(append([]string{}, departmentDoc...), ""), departmentDoc...)
		res := forms.Parse(doc(ls...))
		checkFindings(t, res.Findings)
		require.NotNil(t, res.Department)
		assert.Equal(t, 1, res.Department.Line)
		assert.Equal(t, []int{60}, linesOf(res.Findings, forms.RuleDuplicate))
	})
	t.Run("unknown", func(t *testing.T) {
		res := forms.Parse(doc("三、绩效自评表汇总", "", "→序号", "→名称", "", "→1", "→某事"))
		checkFindings(t, res.Findings)
		assert.Equal(t, []string{forms.RuleUnknown}, rulesOf(res.Findings))
		assert.Equal(t, 1, res.Findings[0].Where.Line)
		assert.Equal(t, "三、绩效自评表汇总", res.Findings[0].Where.Text)
		assert.Equal(t, 1, res.Stats.Unread)
		assert.Zero(t, res.Stats.Forms)
	})
	t.Run("no unit", func(t *testing.T) {
		ls := append([]string{}, projectDoc...)
		ls[33] = "→预算执行情况"
		res := forms.Parse(doc(ls...))
		require.Len(t, res.Projects, 1)
		checkFindings(t, res.Findings)
		assert.Equal(t, []string{forms.RuleUnit}, rulesOf(res.Findings))
		assert.Equal(t, fiscal.SeverityInfo, res.Findings[0].Severity)
		assert.Equal(t, projectWant().Budget, res.Projects[0].Budget)
	})
	t.Run("cut by a paragraph", func(t *testing.T) {
		ls := append([]string{}, projectDoc[:62]...)
		ls = append(append(ls, "（续表）", ""), projectDoc[62:]...) // line 63: a paragraph between two indicator rows
		res := forms.Parse(doc(ls...))
		require.Len(t, res.Projects, 1)
		checkFindings(t, res.Findings)
		assert.Equal(t, []string{forms.RuleText}, rulesOf(res.Findings))
		assert.Equal(t, 63, res.Findings[0].Where.Line)
		assert.Equal(t, "（续表）", res.Findings[0].Where.Text)
		// The rows after the paragraph are read against the header above it.
		want := projectWant()
		want.Rows[1].Line += 2
		want.Rows[2].Line += 2
		assert.Equal(t, want, res.Projects[0])
	})
	t.Run("paragraph after the form", func(t *testing.T) {
		ls := append(append([]string{}, projectDoc...), "", "第七部分 其他", "", "→", "→某表", "→1", "→2")
		res := forms.Parse(doc(ls...))
		require.Len(t, res.Projects, 1)
		assert.Empty(t, res.Findings)
		assert.Equal(t, projectWant(), res.Projects[0])
	})
	t.Run("department fields on a project form", func(t *testing.T) {
		ls := append([]string{}, projectDoc...)
		ls = append(ls[:14:14], append([]string{"→基本支出总额", "→12", ""}, ls[14:]...)...)
		res := forms.Parse(doc(ls...))
		require.Len(t, res.Projects, 1)
		checkFindings(t, res.Findings)
		assert.Equal(t, []int{16}, linesOf(res.Findings, forms.RuleUnread))
	})
}

// TestGarbage feeds inputs a parser can choke on.
func TestGarbage(t *testing.T) {
	for _, s := range []string{
		"", "\t", "\n\n\n", "\t\n\t\n", "二、项目绩效自评表", "二、项目绩效自评表\n\t",
		"二、部门整体绩效自评表\n\n\t项目名称\n\t\n\n\t年度绩效目标\n\t一级指标\n\t三级指标\n\n\t",
		"\t预算执行情况（万元）\n\n\t项目名称\n\t自评", "\t一级指标\n\t二级指标\n\n\t\t\t\n", "\xff\xfe\t\x00",
		"项目绩效自评表\n\t项目名称\n\t偏差原因\n\t改进措施\n\t备注\n\t总分\n\t年度目标：\n\t项目类别",
		"自评表\n\t年度总体目标\n\t预期目标\n\n\t项目名称\n\t实际完成值",
	} {
		res := forms.Parse(text.Split([]byte(s)))
		checkFindings(t, res.Findings)
	}
}

func TestRules(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range forms.Rules() {
		assert.True(t, strings.HasPrefix(r.ID, "parse.form."), r.ID)
		assert.Equal(t, fiscal.ScopeParse, r.Scope, r.ID)
		assert.NotEmpty(t, r.Title, r.ID)
		assert.NotZero(t, r.Severity, r.ID)
		assert.False(t, seen[r.ID], "duplicate %s", r.ID)
		seen[r.ID] = true
	}
	for _, id := range []string{forms.RuleUnread, forms.RuleMissing, forms.RuleRow, forms.RuleMoney, forms.RuleDuplicate, forms.RuleUnknown, forms.RuleText, forms.RuleUnit} {
		assert.True(t, seen[id], id)
	}
	rs := forms.Rules()
	rs[0].ID = "changed"
	assert.NotEqual(t, "changed", forms.Rules()[0].ID)
}

// Example shows the findings of a form that has lost its last rows.
func Example() {
	res := forms.Parse(text.Split([]byte("一、项目绩效自评表\n\n\t项目名称\n\t测试\n\n\t预算执行情况（万元）\n\t预算数\n\t执行数\n\t执行率\n\n\t年度财政资金总额\n\t10\n\t9.5\n\t95%\n")))
	p := res.Projects[0]
	fmt.Println(p.Project, p.Budget.Amount.Fen(), p.Spent.Text, p.Rate)
	for _, f := range res.Findings {
		fmt.Println(f)
	}
	// Output:
	// 测试 10000000 9.5 95%
	// warning parse.form.missing 项目支出绩效自评表 / 绩效指标 (line 1) "一、项目绩效自评表": the form prints no 绩效指标
	// warning parse.form.missing 项目支出绩效自评表 / 偏差原因分析 (line 1) "一、项目绩效自评表": the form prints no 偏差原因分析
	// warning parse.form.missing 项目支出绩效自评表 / 改进措施 (line 1) "一、项目绩效自评表": the form prints no 改进措施
}
