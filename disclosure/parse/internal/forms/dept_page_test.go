package forms_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/forms"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deptPage is a 部门整体支出绩效自评表 of the common provincial layout as
// pdftotext -layout prints it: the block's label on a line of its own
// under its column names, the total split by source of funds and by kind
// of spending. Its figures agree (by hand): 3,043.06 = 3,043.06 + 0 + 0
// (年初 and 全年), 2,940.05 = 2,940.05 + 0 + 0 = 2,336.91 + 603.14;
// 3,043.06 = 2,439.40 + 603.66; 2,940.05 / 3,043.06 = 96.615…% printed
// 96.61%; 10 × 96.61% = 9.661 printed 9.66; 9.66 + 20 + 20 + 28 + 20 =
// 97.66.
var deptPage = []string{
	/* 0 */ "              部门整体支出绩效自评表",
	/* 1 */ "                                （2024年度）",
	/* 2 */ "   部门（单位）名称        测试局",
	/* 3 */ "                           年初预算数     全年预算数     全年执行数    分值    执行率    得分",
	/* 4 */ "   年度预算执行情况（万元）",
	/* 5 */ "     年度资金总额           3,043.06      3,043.06      2,940.05      10     96.61%    9.66",
	/* 6 */ "     其中：财政拨款         3,043.06      3,043.06      2,940.05       -        -        -",
	/* 7 */ "           上年结转             0.00          0.00          0.00       -        -        -",
	/* 8 */ "           其他资金             0.00          0.00          0.00       -        -        -",
	/* 9 */ "     按支出性质分：",
	/* 10 */ "           基本支出         2,439.40      2,439.40      2,336.91       -        -        -",
	/* 11 */ "           项目支出           603.66        603.66        603.14       -        -        -",
	/* 12 */ "   年度总体目标        预期目标                               实际完成情况",
	/* 13 */ "                       保障财政运行，完成年度工作任务          完成年度工作任务",
	/* 14 */ "   绩效指标  一级指标  二级指标  三级指标       年度指标值   实际完成值   分值   得分   偏差原因分析及改进措施",
	/* 15 */ "             产出指标  数量指标  预算编制部门数      ≥30个       32个        20     20",
	/* 16 */ "                       质量指标  预决算公开率        100%        100%        20     20",
	/* 17 */ "             效益指标  社会效益指标  财政资金使用效益  显著       显著        30     28",
	/* 18 */ "             满意度指标  服务对象满意度指标  单位满意度  ≥90%  95%     20     20",
	/* 19 */ "   总分                                                                   100    97.66",
}

// guizhouPage is the Guizhou 部门整体支出绩效自评表 (a 得分计算方法 column,
// 年初预算数 and 全年执行数 only, the total split by kind of spending) as
// pdftotext -layout prints it: 1,268.72 = 914.97 + 353.75, 1,172.55 =
// 985.19 + 187.36; the 执行率 1,268.72 / 1,172.55 is above 100%, so the
// 得分 is the 分值, 10.
var guizhouPage = []string{
	/* 0 */ "                         部门整体支出绩效自评表",
	/* 1 */ "  单位（盖章）：测试镇人民政府                    填报日期：2025年2月3日",
	/* 2 */ "  部门（单位）名称   测试镇人民政府",
	/* 3 */ "  部门（单位）总体资金（万元）  资金来源   年初预算数（A）  全年执行数（B）  分值（10分）  得分  得分计算方法",
	/* 4 */ "                     年度资金总额：      1,172.55         1,268.72          10           10    执行率*该指标分值，最高不得超过分值上限。",
	/* 5 */ "                     基本支出              985.19           914.97",
	/* 6 */ "                     项目支出              187.36           353.75",
	/* 7 */ "                     其他",
	/* 8 */ "  绩效指标  一级指标  二级指标  三级指标      年度指标值（A）  全年实际值（B）  分值  得分",
	/* 9 */ "            产出指标  数量指标  会议次数      ≥12次            12次             50    50",
	/* 10 */ "            效益指标  社会效益指标 群众满意度  ≥90%           95%              40    40",
	/* 11 */ "  偏差大或目标未完成原因分析   无",
	/* 12 */ "  改进措施及结果应用方案       继续加强预算管理。",
}

// deptStyles are pageStyles with three more: the placeholders of the
// empty cells dropped (pdfplumber prints none), full-width digits, and
// the spacing collapsed with those dropped.
var deptStyles = func() map[string]func([]string) []byte {
	out := map[string]func([]string) []byte{}
	for k, v := range pageStyles {
		out[k] = v
	}
	dashes := regexp.MustCompile(`\s+-(\s+-)*\s*$`)
	drop := func(ls []string) []string {
		o := make([]string, len(ls))
		for i, l := range ls {
			o[i] = dashes.ReplaceAllString(l, "")
		}
		return o
	}
	out["dropped"] = func(ls []string) []byte { return pageStyles["layout"](drop(ls)) }
	out["dropped-one-space"] = func(ls []string) []byte { return pageStyles["one-space"](drop(ls)) }
	out["full-width"] = func(ls []string) []byte {
		return []byte(strings.Map(func(r rune) rune {
			switch {
			case r >= '0' && r <= '9':
				return r - '0' + '０'
			case r == '.':
				return '．'
			case r == '%':
				return '％'
			}
			return r
		}, strings.Join(ls, "\n")))
	}
	return out
}()

// deptChecks returns the rule IDs of the warnings and errors of the
// department form's checks.
func deptChecks(d *perf.DepartmentForm) []string {
	var out []string
	for _, f := range perf.CheckDepartment(*d, perf.CheckOptions{}) {
		if f.Severity == fiscal.SeverityError || f.Severity == fiscal.SeverityWarning {
			out = append(out, f.Rule)
		}
	}
	return out
}

func TestPageDepartmentBudget(t *testing.T) {
	for style, render := range deptStyles {
		t.Run(style, func(t *testing.T) {
			res := forms.ParsePage(text.Split(render(deptPage)))
			assert.Empty(t, res.Findings)
			require.NotNil(t, res.Department)
			d := res.Department
			assert.Equal(t, "测试局", d.Name)
			assert.Equal(t, "3043.06", d.Initial.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
			assert.Equal(t, "3043.06", d.Budget.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
			assert.Equal(t, "2940.05", d.Spent.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
			assert.Equal(t, "96.61", strings.TrimRight(strings.NewReplacer("％", "%", "．", ".", "９", "9", "６", "6", "１", "1").Replace(d.Rate), "%"))
			require.Len(t, d.Sources, 3)
			assert.Equal(t, []string{"财政拨款", "上年结转", "其他资金"}, []string{d.Sources[0].Name, d.Sources[1].Name, d.Sources[2].Name})
			require.Len(t, d.Uses, 2)
			assert.Equal(t, "基本支出", d.Uses[0].Name)
			assert.Equal(t, "2439.40", d.Uses[0].Initial.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
			assert.Equal(t, "2336.91", d.BasicSpending.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
			assert.Equal(t, "603.14", d.ProjectSpending.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
			require.Len(t, d.Rows, 4)
			// A use mistyped is the budget check's finding; the uses are
			// then not taken for 基本支出总额 and 项目支出总额, which the
			// 支出决算表 would find wrong a second time.
			bad := forms.ParsePage(text.Split(render(edit(deptPage, 10, "2,336.91", "2,363.91"))))
			require.NotNil(t, bad.Department)
			assert.Empty(t, bad.Department.BasicSpending.Text)
			assert.Empty(t, bad.Department.ProjectSpending.Text)
			assert.NotEmpty(t, d.Total)
			assert.Zero(t, res.Stats.Unread)
			assert.Empty(t, deptChecks(d))
			un := perf.Unchecked(nil, d, perf.CheckOptions{})
			for _, id := range []string{perf.RuleRatePrinted, perf.RuleBudgetSources, perf.RuleScoreSum, perf.RuleScorePoints} {
				assert.NotContains(t, un, id, "runs on the department form")
			}
			assert.Contains(t, un, perf.RuleScoreRate, "the form does not say how its 得分 is scored")
		})
	}
}

// TestPageDepartmentDefects puts one defect in the department form, in
// each style: exactly its finding is made.
func TestPageDepartmentDefects(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"rate mistyped", edit(deptPage, 5, "96.61%", "95.61%"), []string{perf.RuleRatePrinted}},
		{"source 执行数 mistyped", edit(deptPage, 6, "2,940.05", "2,904.05"), []string{perf.RuleBudgetSources}},
		{"source 年初 mistyped", edit(deptPage, 6, "3,043.06      3,043.06", "3,034.06      3,043.06"), []string{perf.RuleBudgetSources}},
		{"use 全年执行数 mistyped", edit(deptPage, 10, "2,336.91", "2,363.91"), []string{perf.RuleBudgetSources}},
		{"use 年初 mistyped", edit(deptPage, 11, "603.66        603.66", "630.66        603.66"), []string{perf.RuleBudgetSources}},
		{"budget 得分 above its 分值", edit(edit(deptPage, 5, "9.66", "19.66"), 19, "97.66", "107.66"), []string{perf.RuleScorePoints}},
		{"row 得分 above its 分值", edit(edit(deptPage, 17, "30     28", "30     38"), 19, "97.66", "107.66"), []string{perf.RuleScorePoints}},
		{"总分 not the sum", edit(deptPage, 19, "97.66", "96.66"), []string{perf.RuleScoreSum}},
		// The total mistyped: its sources and uses agree with each other,
		// so one finding names it, and the 执行率 of a figure in error
		// is not checked again.
		{"total 执行数 mistyped", edit(deptPage, 5, "2,940.05", "2,904.05"), []string{perf.RuleBudgetSources}},
	}
	for _, c := range cases {
		for style, render := range deptStyles {
			t.Run(c.name+"/"+style, func(t *testing.T) {
				res := forms.ParsePage(text.Split(render(c.lines)))
				require.NotNil(t, res.Department)
				assert.Equal(t, c.want, deptChecks(res.Department))
			})
		}
	}
}

func TestPageDepartmentGuizhou(t *testing.T) {
	for style, render := range deptStyles {
		t.Run(style, func(t *testing.T) {
			res := forms.ParsePage(text.Split(render(guizhouPage)))
			assert.Empty(t, res.Findings)
			require.NotNil(t, res.Department)
			d := res.Department
			assert.Equal(t, "测试镇人民政府", d.Unit)
			assert.Equal(t, "测试镇人民政府", d.Name)
			assert.Equal(t, "1172.55", d.Initial.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
			assert.Empty(t, d.Budget.Text, "no 全年预算数 printed")
			assert.Equal(t, "1268.72", d.Spent.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
			assert.True(t, perf.ScoredByRate(d.ScoreMethod), d.ScoreMethod)
			require.Len(t, d.Uses, 2)
			assert.Equal(t, "914.97", d.BasicSpending.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
			assert.Equal(t, "353.75", d.ProjectSpending.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
			assert.Empty(t, deptChecks(d))
			un := perf.Unchecked(nil, d, perf.CheckOptions{})
			assert.NotContains(t, un, perf.RuleScoreRate)
			assert.Contains(t, un, perf.RuleRatePrinted, "no 全年预算数 and no 执行率")

			// One figure wrong: the 得分 of a rate above 100% is the
			// 分值, not less; and a 执行数 under its 年初预算数 scores so.
			bad := forms.ParsePage(text.Split(render(edit(guizhouPage, 4, "10    执行率", "9     执行率"))))
			require.NotNil(t, bad.Department)
			assert.Equal(t, []string{perf.RuleScoreRate}, deptChecks(bad.Department))
			low := forms.ParsePage(text.Split(render(edit(edit(edit(guizhouPage, 4, "1,268.72          10           10", "1,055.30          10           9"), 6, "353.75", "140.33"), 9, "", ""))))
			require.NotNil(t, low.Department)
			assert.Empty(t, deptChecks(low.Department), "1,055.30 / 1,172.55 = 90.0% scores 9")
		})
	}
}

// TestWordDepartmentBudget: the word export's 部门整体 form with its budget
// block (one cell a line) is read as the page text's is: 118.5 / 120 =
// 98.75%, 90 + 28.5 = 118.5, 9.88 + 90 = 99.88.
func TestWordDepartmentBudget(t *testing.T) {
	res := forms.Parse(doc("部门整体支出绩效自评表", "",
		"→部门（单位）名称", "→测试局", "",
		"→年度预算执行情况（万元）", "→年初预算数", "→全年预算数", "→全年执行数", "→分值", "→执行率", "→得分", "",
		"→年度资金总额", "→100", "→120", "→118.5", "→10", "→98.75%", "→9.88", "",
		"→其中：财政拨款", "→100", "→120", "→118.5", "→—", "→—", "→—", "",
		"→基本支出", "→80", "→90", "→90", "→—", "→—", "→—", "",
		"→项目支出", "→20", "→30", "→28.5", "→—", "→—", "→—", "",
		"→绩效指标", "→一级指标", "→二级指标", "→三级指标", "→年度指标值", "→实际完成值", "→分值", "→得分", "",
		"→", "→产出指标", "→数量指标", "→次数", "→≥12次", "→12次", "→90", "→90", "",
		"→总分", "→100", "→99.88", "",
		"→偏差大或目标未完成原因分析", "→无", "", "→改进措施及结果应用方案", "→无", ""))
	assert.Empty(t, res.Findings)
	require.NotNil(t, res.Department)
	d := res.Department
	assert.Equal(t, []string{"100", "120", "118.5", "98.75%", "90", "28.5", "99.88"},
		[]string{d.Initial.Text, d.Budget.Text, d.Spent.Text, d.Rate, d.BasicSpending.Text, d.ProjectSpending.Text, d.Total})
	assert.Len(t, d.Sources, 1)
	assert.Len(t, d.Uses, 2)
	assert.Empty(t, deptChecks(d))
}

// deptVariants are deptPage with its budget block's label printed as
// other departments' page text prints it; each keeps the figures.
var deptVariants = map[string][]string{
	// The label beside the column names, on one line.
	"label beside names": slices.Concat(deptPage[:3],
		[]string{"   年度预算执行情况（万元）  年初预算数     全年预算数     全年执行数    分值    执行率    得分"}, deptPage[5:]),
	// A merged cell's label printed in pieces at the start of the rows.
	"label in pieces": slices.Concat(deptPage[:4], []string{
		"   年度预算执   年度资金总额           3,043.06      3,043.06      2,940.05      10     96.61%    9.66",
		"   行情况（万   其中：财政拨款         3,043.06      3,043.06      2,940.05       -        -        -",
		"   元）               上年结转             0.00          0.00          0.00       -        -        -",
	}, deptPage[8:]),
	// The first piece beside the column names.
	"label piece beside names": slices.Concat(deptPage[:3], []string{
		"   年度预算      年初预算数     全年预算数     全年执行数    分值    执行率    得分",
		"   执行情况       年度资金总额           3,043.06      3,043.06      2,940.05      10     96.61%    9.66",
		"   （万元）       其中：财政拨款         3,043.06      3,043.06      2,940.05       -        -        -",
	}, deptPage[7:]),
	// Narrow columns: the names' 数 wrapped onto the label's line.
	"names wrapped": slices.Concat(deptPage[:3], []string{
		"                           年初预算     全年预算     全年执行    分值    执行率    得分",
		"   年度预算执行情况（万元）    数           数           数",
	}, deptPage[5:]),
	// The 分值 merged over the block's rows, printed on a source row's
	// line: the total row prints its 执行率 and 得分 without it.
	"points on another line": slices.Concat(deptPage[:5], []string{
		"     年度资金总额           3,043.06      3,043.06      2,940.05             96.61%    9.66",
		"     其中：财政拨款         3,043.06      3,043.06      2,940.05      10",
	}, deptPage[7:]),
	// No label at all: the column names alone.
	"names alone": slices.Concat(deptPage[:4], deptPage[5:]),
	// 年度预算申请, the uses under 其中 and no sources (the layout of
	// package parse's TestUnmodelledTables).
	"uses under 其中": slices.Concat(deptPage[:3], []string{
		"   年度预算申请（万元）    年初预算数     全年预算数     全年执行数    分值    执行率    得分",
		"     年度资金总额           3,043.06      3,043.06      2,940.05      10     96.61%    9.66",
		"     其中：基本支出         2,439.40      2,439.40      2,336.91",
		"           项目支出           603.66        603.66        603.14",
	}, deptPage[12:]),
}

// TestPageDepartmentLabels reads each of deptVariants in each style: the
// block is read whole, nothing is left unread, the checks find nothing;
// and its 执行率 mistyped is exactly perf.rate.printed.
func TestPageDepartmentLabels(t *testing.T) {
	for name, ls := range deptVariants {
		for style, render := range deptStyles {
			t.Run(name+"/"+style, func(t *testing.T) {
				res := forms.ParsePage(text.Split(render(ls)))
				for _, f := range res.Findings {
					// No unit printed: 万元 assumed.
					assert.True(t, f.Rule == forms.RuleUnit && name == "names alone", f.String())
				}
				require.NotNil(t, res.Department)
				d := res.Department
				assert.Equal(t, "3043.06", d.Initial.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
				assert.Equal(t, "2940.05", d.Spent.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
				assert.Equal(t, "9.66", d.BudgetScore)
				assert.Equal(t, "2336.91", d.BasicSpending.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
				if name != "uses under 其中" {
					require.NotEmpty(t, d.Sources)
					assert.Equal(t, "财政拨款", d.Sources[0].Name)
				}
				require.Len(t, d.Uses, 2)
				assert.Equal(t, "基本支出", d.Uses[0].Name)
				assert.Empty(t, deptChecks(d))

				var bad []string
				for _, l := range ls {
					bad = append(bad, strings.Replace(l, "96.61%", "95.61%", 1))
				}
				r2 := forms.ParsePage(text.Split(render(bad)))
				require.NotNil(t, r2.Department)
				assert.Equal(t, []string{perf.RuleRatePrinted}, deptChecks(r2.Department))
			})
		}
	}
}

// TestPageDepartmentFundSources: the total split by fund, as the central
// template names its sources (一般公共预算, 政府性基金预算, 国有资本经营预算,
// 财政专户管理资金, 单位资金), each a source: 3,000.00 + 43.06 = 3,043.06,
// 2,900.00 + 40.05 = 2,940.05.
func TestPageDepartmentFundSources(t *testing.T) {
	ls := slices.Concat(deptPage[:6], []string{
		"     其中：一般公共预算     3,000.00      3,000.00      2,900.00",
		"           政府性基金预算      43.06         43.06         40.05",
		"           国有资本经营预算     0.00          0.00          0.00",
		"           财政专户管理资金     0.00          0.00          0.00",
		"           单位资金             0.00          0.00          0.00",
	}, deptPage[9:])
	for style, render := range deptStyles {
		t.Run(style, func(t *testing.T) {
			res := forms.ParsePage(text.Split(render(ls)))
			assert.Empty(t, res.Findings)
			require.NotNil(t, res.Department)
			d := res.Department
			var names []string
			for _, s := range d.Sources {
				names = append(names, s.Name)
			}
			assert.Equal(t, []string{"一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金"}, names)
			assert.Len(t, d.Uses, 2)
			assert.Empty(t, deptChecks(d))
			bad := forms.ParsePage(text.Split(render(edit(ls, 7, "40.05", "4.05"))))
			require.NotNil(t, bad.Department)
			assert.Equal(t, []string{perf.RuleBudgetSources}, deptChecks(bad.Department))
		})
	}
}

// TestPageDepartmentUseParts: 基本支出 split again into 人员经费 and 公用经费
// under it (2,100.00 + 236.91 = 2,336.91): those rows are read and not
// added up with the uses, which still add up to the total.
func TestPageDepartmentUseParts(t *testing.T) {
	ls := slices.Concat(deptPage[:11], []string{
		"             其中：人员经费  2,000.00      2,000.00      2,100.00",
		"                   公用经费    439.40        439.40        236.91",
	}, deptPage[11:])
	for style, render := range deptStyles {
		t.Run(style, func(t *testing.T) {
			res := forms.ParsePage(text.Split(render(ls)))
			assert.Empty(t, res.Findings)
			require.NotNil(t, res.Department)
			assert.Len(t, res.Department.Uses, 2)
			assert.Equal(t, "603.14", res.Department.ProjectSpending.Amount.DecimalIn(fiscal.WanYuan).StringFixed(2))
			assert.Empty(t, deptChecks(res.Department))
		})
	}
}
