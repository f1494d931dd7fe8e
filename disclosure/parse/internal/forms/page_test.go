package forms_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/forms"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nationalPage is a 项目支出绩效自评表 of the national template as
// pdftotext -layout prints it. Its figures agree: 118.5 / 120 = 98.75%,
// 10 × 98.75% = 9.875 printed 9.88, and 9.88 + 20 + 30 + 40 = 99.88.
var nationalPage = []string{
	"附件：项目支出绩效自评表",
	"                    项目支出绩效自评表",
	"                      （2024年度）",
	"  项目名称      设备维修项目",
	"  主管部门      测试局                  实施单位    测试中心",
	"  项目资金                      年初预算数  全年预算数  全年执行数  分值  执行率    得分",
	"  （万元）  年度资金总额：      100         120         118.5       10    98.75%    9.88",
	"            其中：本年财政拨款  100         120         118.5",
	"            上年结转资金",
	"            其他资金",
	"  年度总体目标  预期目标                      实际完成情况",
	"                完成全年维修任务。            已完成。",
	"  绩效指标  一级指标  二级指标  三级指标      年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施",
	"            产出指标  数量指标  维修次数      ≥12次       12次        20    20",
	"                      质量指标  维修合格率    ≥95%        96%         30    30",
	"            满意度指标 服务对象满意度指标 职工满意度 ≥90%  92%         40    40",
	"  总分                                                                100   99.88",
}

// sichuanPage is a Sichuan 部门预算项目支出绩效自评表 (2023 template) as
// pdftotext -layout prints it (testdata/sichuan-page.txt, which package
// parse's tests read too): 执行率 = 预算执行数 / 调整后预算数 = 19.8 / 20 =
// 99.00%, 得分 9.90, and 9.90 + 40 + 30 + 20 = 99.90.
var sichuanPage = func() []string {
	b, err := os.ReadFile("testdata/sichuan-page.txt")
	if err != nil {
		panic(err) // a file of the repository
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}()

// pageStyles are the extraction styles a form's lines are rendered in.
var pageStyles = map[string]func([]string) []byte{
	"layout": func(ls []string) []byte { return []byte(strings.Join(ls, "\n")) },
	// pdfplumber: every run of blanks one space, no indentation.
	"one-space": func(ls []string) []byte {
		out := make([]string, len(ls))
		for i, l := range ls {
			out[i] = regexp.MustCompile(` +`).ReplaceAllString(strings.TrimSpace(l), " ")
		}
		return []byte(strings.Join(out, "\n"))
	},
	"crlf": func(ls []string) []byte { return []byte(strings.Join(ls, "\r\n") + "\r\n") },
}

// errorRules returns the rule IDs of the error findings.
func errorRules(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Severity == fiscal.SeverityError {
			out = append(out, f.Rule)
		}
	}
	return out
}

// edit returns a copy of ls with line i replaced by the result of
// replacing old by new in it.
func edit(ls []string, i int, old, new string) []string {
	out := append([]string{}, ls...)
	out[i] = strings.Replace(out[i], old, new, 1)
	return out
}

func TestPageNational(t *testing.T) {
	for style, render := range pageStyles {
		t.Run(style, func(t *testing.T) {
			res := forms.ParsePage(text.Split(render(nationalPage)))
			checkFindings(t, res.Findings)
			require.Len(t, res.Projects, 1)
			p := res.Projects[0]
			assert.Equal(t, "设备维修项目", p.Project)
			assert.Equal(t, "项目支出绩效自评表（2024年度）", p.Title)
			assert.Equal(t, wan("120"), p.Budget)
			assert.Equal(t, wan("118.5"), p.Spent)
			assert.Equal(t, "98.75%", p.Rate)
			assert.Equal(t, "9.88", p.BudgetScore)
			assert.Equal(t, "99.88", p.Total)
			assert.Equal(t, "完成全年维修任务。", p.Goal)
			require.Len(t, p.Rows, 3)
			assert.Equal(t, perf.Row{Line: 14, Level1: "产出指标", Level2: "数量指标", Name: "维修次数", Target: "≥12次", Actual: "12次", Points: "20", Score: "20"}, p.Rows[0])
			assert.Equal(t, perf.Row{Line: 16, Level1: "满意度指标", Level2: "服务对象满意度指标", Name: "职工满意度", Target: "≥90%", Actual: "92%", Points: "40", Score: "40"}, p.Rows[2])
			require.Len(t, p.Sources, 3)
			assert.Equal(t, wan("120"), p.Sources[0].Budget)
			assert.Zero(t, res.Stats.Unread, res.Findings)
			assert.Empty(t, errorRules(perf.CheckProject(p, perf.CheckOptions{})))
		})
	}
}

func TestPageSichuan(t *testing.T) {
	for style, render := range pageStyles {
		t.Run(style, func(t *testing.T) {
			res := forms.ParsePage(text.Split(render(sichuanPage)))
			checkFindings(t, res.Findings)
			require.Len(t, res.Projects, 1)
			p := res.Projects[0]
			assert.Equal(t, wan("20.00"), p.Budget, "调整后预算数, not 年初预算")
			assert.Equal(t, wan("19.80"), p.Spent)
			assert.Equal(t, "99.00%", p.Rate)
			assert.Equal(t, "保障系统稳定运行", p.Goal)
			assert.Equal(t, "项目自评得分99.90分。", p.Conclusion)
			require.Len(t, p.Rows, 3)
			assert.Equal(t, perf.Row{Line: 15, Level1: "产出指标", Level2: "数量指标", Name: "运维系统数量", Target: "≥5个", Actual: "5个", Points: "40", Score: "40"}, p.Rows[0])
			assert.Equal(t, perf.Row{Line: 16, Level1: "效益指标", Level2: "社会效益指标", Name: "业务办理效率", Target: "有所提升", Actual: "提升", Points: "30", Score: "30"}, p.Rows[1])
			assert.Equal(t, "≥90%", p.Rows[2].Target)
			assert.Equal(t, "95%", p.Rows[2].Actual)
			assert.Zero(t, res.Stats.Unread, res.Findings)
			assert.Empty(t, errorRules(perf.CheckProject(p, perf.CheckOptions{})))
		})
	}
}

// TestPageDefects puts one defect in each form, in each style: exactly
// that error is found.
func TestPageDefects(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"national rate mistyped", edit(nationalPage, 6, "98.75%", "97.75%"), []string{perf.RuleRatePrinted}},
		{"national row score changed, 总分 not", edit(nationalPage, 13, "20    20", "20    18"), []string{perf.RuleScoreSum}},
		// A source above its total is an error; below it, with other
		// sources blank, it is not (a blank source may be one dropped).
		{"national source above its total", edit(nationalPage, 7, "118.5", "128.5"), []string{perf.RuleBudgetSources}},
		{"national source below its total, others blank", edit(nationalPage, 7, "118.5", "108.5"), nil},
		// The 年初预算数 column is summed too (100 as 110 above the total's 100).
		{"national source 年初 above its total", edit(nationalPage, 7, "100 ", "110 "), []string{perf.RuleBudgetSources}},
		{"national actual in another unit", edit(nationalPage, 13, "12次 ", "12个 "), []string{perf.RuleUnitMismatch}},
		{"sichuan rate mistyped", edit(sichuanPage, 8, "99.00%", "98.00%"), []string{perf.RuleRatePrinted}},
		{"sichuan 合计 not the sum", edit(sichuanPage, 17, "99.90", "98.90"), []string{perf.RuleScoreSum}},
	}
	for _, c := range cases {
		for style, render := range pageStyles {
			t.Run(c.name+"/"+style, func(t *testing.T) {
				res := forms.ParsePage(text.Split(render(c.lines)))
				require.Len(t, res.Projects, 1)
				assert.Equal(t, c.want, errorRules(perf.CheckProject(res.Projects[0], perf.CheckOptions{})))
			})
		}
	}
}

// TestPageWrappedName: a 三级 name wrapped onto the next line is joined to
// its row.
func TestPageWrappedName(t *testing.T) {
	ls := append([]string{}, nationalPage[:14]...)
	ls = append(ls, "                      质量指标  维修合格      ≥95%        96%         30    30", "                                率")
	ls = append(ls, nationalPage[15:]...)
	res := forms.ParsePage(text.Split([]byte(strings.Join(ls, "\n"))))
	require.Len(t, res.Projects, 1)
	require.Len(t, res.Projects[0].Rows, 3)
	assert.Equal(t, "维修合格率", res.Projects[0].Rows[1].Name)
	assert.Empty(t, errorRules(perf.CheckProject(res.Projects[0], perf.CheckOptions{})))
}

// FuzzParsePage feeds arbitrary bytes through text.Split to ParsePage: it
// must not panic, must give the same result twice, every finding must be
// of a listed rule with a line of the input, and every row read must
// carry a line of the input.
func FuzzParsePage(f *testing.F) {
	for _, ls := range [][]string{nationalPage, sichuanPage, deptPage, guizhouPage} {
		for _, render := range pageStyles {
			f.Add(render(ls))
		}
	}
	for _, s := range []string{"", "\n", "项目资金\n项目名称", "绩效指标 一级指标 二级指标\n/ / /", "预算执行情况 执行率\n（万元）", "（2024年度）\n自评表\n自评表"} {
		f.Add([]byte(s))
	}
	known := map[string]bool{}
	for _, r := range forms.Rules() {
		known[r.ID] = true
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ls := text.Split(data)
		a, b := forms.ParsePage(ls), forms.ParsePage(text.Split(data))
		assert.Equal(t, a, b)
		for _, fd := range a.Findings {
			assert.True(t, known[fd.Rule], fd.Rule)
			assert.True(t, fd.Where.Line >= 0 && fd.Where.Line <= len(ls), fd.String())
		}
		for _, p := range a.Projects {
			for _, r := range p.Rows {
				assert.True(t, r.Line >= 1 && r.Line <= len(ls), r.Line)
			}
		}
		assert.GreaterOrEqual(t, a.Stats.Seen, a.Stats.Forms)
	})
}

// TestPageSichuanUnfilled: the Sichuan form as some departments publish
// it, its 得分 and 完成值 left blank and the template's note in the 原因
// column (青神县's 2023 layout): the budget is read, the blank scores
// are not summed, and no error is raised.
func TestPageSichuanUnfilled(t *testing.T) {
	ls := []string{
		"                 部门预算项目支出绩效自评表（2023年度）",
		"  项目名称    51000021R000000000002-工资性支出",
		"  主管部门    测试局本级      实施单位（盖章）  测试局",
		"  预算执行情况（10分） 年初预算  调整后预算数 预算执行数 预算执行率 权重  得分  原因",
		"  年度预算数（万元）",
		"  总额              238.93    251.89      251.89    100.00%   10          1.预算执行率=预算执行数/调整后预算数",
		"  其中：财政资金    238.93    251.89      251.89    100.00%   /     /",
		"  其他资金                                                    /     /",
		"  绩效指标（90分）",
		"  一级指标  二级指标    三级指标              指标性质 指标值  度量单位 完成值  权重  得分  未完成原因分析",
		"  产出指标  数量指标    发放覆盖率            =     100     %               60",
		"  效益指标  社会效益指标 足额保障率           =     100     %               30",
		"  合计                                                                      100",
	}
	for style, render := range pageStyles {
		t.Run(style, func(t *testing.T) {
			res := forms.ParsePage(text.Split(render(ls)))
			require.Len(t, res.Projects, 1)
			p := res.Projects[0]
			assert.Equal(t, wan("251.89"), p.Budget)
			assert.Equal(t, wan("251.89"), p.Spent)
			assert.Equal(t, "100.00%", p.Rate)
			assert.Equal(t, "10", p.BudgetPoints)
			assert.Equal(t, "", p.BudgetScore)
			require.Len(t, p.Rows, 2)
			assert.Equal(t, perf.Row{Line: 11, Level1: "产出指标", Level2: "数量指标", Name: "发放覆盖率", Target: "=100%", Points: "60"}, p.Rows[0])
			assert.Empty(t, errorRules(perf.CheckProject(p, perf.CheckOptions{})))
			assert.Contains(t, perf.Unchecked(res.Projects, nil, perf.CheckOptions{}), perf.RuleScoreSum)
		})
	}
}

// TestPageCentredLevel1: pdftotext prints a 一级 merged over its rows on
// a middle row; the label is moved up to its group's first row (the rows
// whose 二级 belong to it). 成本指标 alone before a name is the 2020
// tree's 二级 under 产出.
func TestPageCentredLevel1(t *testing.T) {
	ls := append([]string{}, nationalPage[:12]...)
	ls = append(ls,
		"  绩效指标  一级指标  二级指标  三级指标      年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施",
		"                      数量指标  维修次数      ≥12次       12次        20    20",
		"            产出指标  质量指标  维修合格率    ≥95%        96%         20    20",
		"                      成本指标  维修成本      ≤120万元    118.5万元   10    10",
		"                      社会效益指标 故障停机时长 ≤10天     8天         10    10",
		"            效益指标  可持续影响指标 设备寿命 ≥5年         5年         10    10",
		"            满意度指标 服务对象满意度指标 职工满意度 ≥90%  92%         20    20",
		"  总分                                                                100   99.88",
	)
	res := forms.ParsePage(text.Split([]byte(strings.Join(ls, "\n"))))
	require.Len(t, res.Projects, 1)
	var got [][2]string
	for _, r := range res.Projects[0].Rows {
		got = append(got, [2]string{r.Level1, r.Level2})
	}
	assert.Equal(t, [][2]string{
		{"产出指标", "数量指标"}, {"", "质量指标"}, {"", "成本指标"},
		{"效益指标", "社会效益指标"}, {"", "可持续影响指标"},
		{"满意度指标", "服务对象满意度指标"},
	}, got)
	fs := perf.CheckProject(res.Projects[0], perf.CheckOptions{})
	for _, f := range fs {
		assert.NotEqual(t, perf.RuleLevel, f.Rule, "%s", f)
	}
	assert.Empty(t, errorRules(fs))
}

// TestBlankScoreNotAboveItsPoints: a national form whose rows print a bare
// 实际完成值 and a 分值 but leave the 得分 blank, in each style. Page text
// prints no blank cell, so the row's last two figures are taken for 分值
// and 得分 (12 and 20): no perf.score.points error is made of that.
func TestBlankScoreNotAboveItsPoints(t *testing.T) {
	ls := []string{
		"                    项目支出绩效自评表",
		"  项目名称      设备维修项目",
		"  项目资金                      年初预算数  全年预算数  全年执行数  分值  执行率    得分",
		"  （万元）  年度资金总额：      100         120         118.5       10    98.75%    9.88",
		"  绩效指标  一级指标  二级指标  三级指标      年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施",
		"            产出指标  数量指标  维修次数      ≥12次       12          20",
		"                                维修台数      ≥8台        9           20",
		"            满意度指标 服务对象满意度指标 职工满意度 ≥90%  92         60",
		"  总分                                                                100   99.88",
	}
	for style, render := range pageStyles {
		t.Run(style, func(t *testing.T) {
			res := forms.ParsePage(text.Split(render(ls)))
			require.Len(t, res.Projects, 1)
			assert.NotContains(t, errorRules(perf.CheckProject(res.Projects[0], perf.CheckOptions{})), perf.RuleScorePoints)
		})
	}
}
