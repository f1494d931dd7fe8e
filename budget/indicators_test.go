package budget_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// indicatorForm is a project's 绩效目标表 in the Anhui layout: the
// indicators typed in (%s), each 一级 and 二级 on its group's first row.
const indicatorForm = `                     项目支出绩效目标表
                        （2026年度）
  项目名称      法律援助项目
  项目来源      本级申报项目               项目期      1年
  项目资金      年度资金总额：             420.00
  （万元）      其中：财政拨款             420.00
                其他资金                   0.00
  年度目标      应援尽援。
  一级指标      二级指标        三级指标            指标值
%s`

// anhuiIndicators are the rows of indicatorForm as printed.
const anhuiIndicators = `  产出指标      数量指标        办理案件数          ≥1200件
                质量指标        案件质量评查合格率  ≥95%
                时效指标        办结时间            2026年年底前
                成本指标        项目总成本          ≤420.00万元
  效益指标      社会效益指标    困难群众权益保障    有效保障
  满意度指标    满意度指标      受援人满意度        ≥90%
`

// oneSpaceApart is text with its cells one space apart.
func oneSpaceApart(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}

// TestIndicatorRows: the rows of the forms as each layout prints them,
// read by hand: 一级 and 二级 where the row's own line prints them, the
// name, and the year's target with its 性质 and 单位.
func TestIndicatorRows(t *testing.T) {
	row := func(l1, l2, name, target string) perf.Row {
		return perf.Row{Level1: l1, Level2: l2, Name: name, Target: target}
	}
	cases := []struct {
		name, text string
		want       []perf.Row
	}{
		{"Anhui", fmt.Sprintf(indicatorForm, anhuiIndicators), []perf.Row{
			row("产出指标", "数量指标", "办理案件数", "≥1200件"),
			row("", "质量指标", "案件质量评查合格率", "≥95%"),
			row("", "时效指标", "办结时间", "2026年年底前"),
			row("", "成本指标", "项目总成本", "≤420.00万元"),
			row("效益指标", "社会效益指标", "困难群众权益保障", "有效保障"),
			row("满意度指标", "满意度指标", "受援人满意度", "≥90%"),
		}},
		// Cells apart by one space, as other extractions give them.
		{"one space apart", oneSpaceApart(fmt.Sprintf(indicatorForm, anhuiIndicators)), nil},
		// The central template: the year's value after the 实施期's.
		{"central", `                  项目支出绩效目标申报表
  项目名称      人民调解项目
  一级指标    二级指标      三级指标          实施期指标值    年度指标值
  产出指标    数量指标      专题培训次数      ≥12次           ≥4次
              成本指标      项目成本          ≤2385万元       ≤795万元
  满意度指标  服务对象满意度指标 当事人满意度  ≥95%            ≥95%
`, []perf.Row{
			row("产出指标", "数量指标", "专题培训次数", "≥4次"),
			row("", "成本指标", "项目成本", "≤795万元"),
			row("满意度指标", "服务对象满意度指标", "当事人满意度", "≥95%"),
		}},
		// Hunan: a 长期 block, then the 年度 block that is the year's.
		{"Hunan", `                  项目绩效目标表
  项目名称    人民调解项目
  长期绩效指标
  一级指标    二级指标        指标内容                  指标值
  产出指标    数量指标        培训调解员人次            ≥900人次
  年度绩效指标
  一级指标    二级指标        指标内容                  指标值
  产出指标    数量指标        培训调解员人次            ≥300人次
  效益指标    社会效益指标    矛盾纠纷化解率            ≥90%
`, []perf.Row{
			row("产出指标", "数量指标", "培训调解员人次", "≥300人次"),
			row("效益指标", "社会效益指标", "矛盾纠纷化解率", "≥90%"),
		}},
		// Hubei: no 三级 column; the names stand under 二级, a standard
		// beside them, and the 一级 column prints 二级 names (数量指标),
		// read as what they are.
		{"Hubei", `                  项目支出绩效目标表
  项目名称    法律援助项目
  一级指标    二级指标                      绩效标准                      当年预期实现值
  数量指标    办理法律援助案件数            反映年度办案量                ≥1200件
  满意度指标  受援人满意度                  反映受援人满意程度            ≥90%
`, []perf.Row{
			row("", "数量指标", "办理法律援助案件数", "≥1200件"),
			row("满意度指标", "", "受援人满意度", "≥90%"),
		}},
		// Guangxi: a 分值 column between the 二级 and the name.
		{"Guangxi", `                  财政支出绩效目标申报表
  项目名称      普法宣传项目
  一级指标  二级指标      分值  指标内容                      指标值
  产出指标  数量指标      20    主题普法活动场次              ≥20场
  效益指标  社会效益      20    群众法治素养                  有所提升
`, []perf.Row{
			row("产出指标", "数量指标", "主题普法活动场次", "≥20场"),
			row("效益指标", "社会效益", "群众法治素养", "有所提升"),
		}},
		// The central template's title, "绩效目标申报表" alone.
		{"central template title", `  附2-2-1
                              绩效目标申报表
                                 （2026年度）
  项目名称          普法宣传项目
  绩效指标  一级指标    二级指标      三级指标                  指标值
            产出指标    数量指标      主题普法活动场次          ≥20场
`, []perf.Row{row("产出指标", "数量指标", "主题普法活动场次", "≥20场")}},
		// The target in three cells (性质, 值, 单位); a qualitative one
		// ("定性") leaves 单位 blank on the right.
		{"nature and unit", `                  项目支出绩效目标表
  项目名称    人民调解项目
  一级指标  二级指标    三级指标            指标性质 指标值  度量单位
  产出指标  数量指标    专题培训次数        ≥       4       次
  效益指标  社会效益指标 矛盾纠纷化解       定性    效果良好
`, []perf.Row{
			row("产出指标", "数量指标", "专题培训次数", "≥4次"),
			row("效益指标", "社会效益指标", "矛盾纠纷化解", "效果良好"),
		}},
		// Yunnan/Sichuan: one table of every project, its name and amount
		// on its first row ("单位名称、项目名称" is no 单位 column).
		{"one table of projects", `                  项目支出绩效目标表
  单位名称、项目名称  预算金额  一级指标    二级指标      三级指标            指标性质 指标值    度量单位
  人民调解项目        795.00    产出指标    数量指标      专题培训次数        ≥       4         次
                                产出指标    时效指标      完成时间            定性    2026年12月31日前
`, []perf.Row{
			row("产出指标", "数量指标", "专题培训次数", "≥4次"),
			row("产出指标", "时效指标", "完成时间", "2026年12月31日前"),
		}},
		// Wuhan: the 长期 and 年度 二级, 三级 and 指标值 side by side, the
		// 长期 ones left blank but for the 二级.
		{"长期 and 年度 side by side", `                  项目支出绩效目标表
  项目名称    人民调解项目
  一级指标  二级指标（长期） 三级指标（长期）      指标值（长期） 二级指标（年度） 三级指标（年度）              指标值（年度）
  产出指标  数量指标                                        数量指标      专题培训安排数量              4
  满意度指标 服务对象满意度指标                             服务对象满意度指标 当事人、群众满意度       ≥90%
`, []perf.Row{
			row("产出指标", "数量指标", "专题培训安排数量", "4"),
			row("满意度指标", "服务对象满意度指标", "当事人、群众满意度", "≥90%"),
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := c.want
			if want == nil {
				want = cases[0].want
			}
			n := budget.ReadNarrative(strings.Split(c.text, "\n"))
			require.Len(t, n.Projects, 1)
			got := n.Projects[0].Indicators
			for i := range got {
				got[i].Line = 0
			}
			assert.Equal(t, want, got)
		})
	}
}

// wrappedIndicators are rows as page text gives them: a long name wrapped,
// its target and its merged 二级 on the name's second line.
const wrappedIndicators = `  产出指标      数量指标        办理案件数          ≥1200件
                                案件质量评查合格
                质量指标        率                  ≥95%
                时效指标        办结时间            2026年年底前
  满意度指标    满意度指标      受援人满意度        ≥90%
`

// hubeiForm prints a 绩效标准 beside each name, and one target blank (on
// a line with its 一级).
const hubeiForm = `                  项目支出绩效目标表
  项目名称    法律援助项目
  一级指标    二级指标                      绩效标准                      当年预期实现值
  数量指标    办案数                        反映年度办案量                ≥1200件
  质量指标    集体讨论率                    反映办案质量
  满意度指标  受援人满意度                  反映受援人满意程度            ≥90%
  效益指标    困难群众合法权益保障          反映权益保障                  有效保障
`

// TestIndicatorChecks: what the checks say of a form's indicators, each
// defect typed into the Anhui form, and the layouts where a blank cannot
// be told.
func TestIndicatorChecks(t *testing.T) {
	form := func(rows string) string { return fmt.Sprintf(indicatorForm, rows) }
	replace := func(old, new string) string {
		require.Contains(t, anhuiIndicators, old)
		return form(strings.Replace(anhuiIndicators, old, new, 1))
	}
	warn := func(rule string) map[string]fiscal.Severity {
		return map[string]fiscal.Severity{rule: fiscal.SeverityWarning}
	}
	cases := []projectCase{
		{"as printed", form(anhuiIndicators), nil},
		// The line above is short: the blank line is no part of its name.
		{"a target left blank", replace("项目总成本          ≤420.00万元", "项目总成本"), warn("budget.project.indicator.blank")},
		// After the longest name, the line may be that name's end: not told.
		{"a blank after the longest name", replace("办结时间            2026年年底前", "办结时间"), nil},
		{"a comparator without its number", replace("≥1200件", "≥件"), warn("budget.project.indicator.target")},
		{"a satisfaction above 100%", replace("≥90%", "≥105%"), warn("budget.project.indicator.target")},
		{"a placeholder left in", replace("≥1200件", "≥**件"), warn("budget.project.indicator.target")},
		{"若干 for the number", replace("≥1200件", "≥若干件"), warn("budget.project.indicator.target")},
		{"a comparator before words", replace("≥1200件", "≥上年水平"), nil},
		{"a comparator before words, on the cost", replace("≤420.00万元", "≤预算数"), nil},
		{"a rate without its unit", replace("≥95%", "≥95"), warn("budget.project.indicator.target")},
		{"a 比例 without its unit", replace("案件质量评查合格率  ≥95%", "活动覆盖街镇比例    100"), warn("budget.project.indicator.target")},
		{"a rate as a fraction", replace("≥95%", "≥0.95"), nil},
		{"a rate of zero", replace("案件质量评查合格率  ≥95%", "群众投诉率          =0"), nil},
		{"a count without its unit", replace("≥1200件", "≥1200"), nil},
		{"a bare rate", replace("≥95%", "95"), warn("budget.project.indicator.target")},
		{"a rate of exactly 100% or at most", replace("≥95%", "≤100%"), nil},
		{"a growth rate above 100% is no rate's ceiling", replace("案件质量评查合格率  ≥95%", "案件数量增长率      ≥120%"), nil},
		{"a 二级 under another 一级", replace("效益指标      社会效益指标", "产出指标      社会效益指标"), warn("budget.project.indicator.level")},
		{"no indicator under the header", form(""), warn("budget.project.indicator.blank")},
		// Page text: a long name wrapped, its target and the merged 二级
		// on the line after; nothing is blank.
		{"a wrapped name", form(wrappedIndicators), nil},
		{"a wrapped name, the merged 二级 after its target", form(`  产出指标      数量指标        办理案件数          ≥1200件
                                案件质量评查合格    ≥95%
                质量指标        率
  满意度指标    满意度指标      受援人满意度        ≥90%
`), nil},
		// A long target wrapped under its own column.
		{"a wrapped target", replace("有效保障", "有效保障困难群众\n                                                    合法权益"), nil},
		// Below the end of a wrapped name, a short name alone is a row.
		{"a blank after a wrapped name", form(strings.Replace(wrappedIndicators, "办结时间            2026年年底前", "办结时间", 1)),
			warn("budget.project.indicator.blank")},
		// The widest name blank: the next line begins a row of its own.
		{"the widest name's target blank", form(strings.Replace(strings.Replace(anhuiIndicators,
			"案件质量评查合格率  ≥95%", "案件质量评查合格率", 1), "办结时间            ", "案件按时办结时间    ", 1)),
			warn("budget.project.indicator.blank")},
		// Hubei: a name and its 绩效标准, and no target to their right.
		{"a name and its standard, no target", hubeiForm, warn("budget.project.indicator.blank")},
		// A group's row after its first, left blank: a short name alone
		// below a short one, a whole row after it.
		{"a blank in a group's later row", form(strings.Replace(anhuiIndicators, "                成本指标        项目总成本          ≤420.00万元\n",
			"                成本指标        项目总成本          ≤420.00万元\n                                成本节约率\n", 1)),
			warn("budget.project.indicator.blank")},
		// A name broken by hand on the line with its group's 一级 and 二级
		// ("调解组织" / "覆盖街镇数"), its target on the second line: the
		// first line may be either a row or the name's start.
		{"a name broken by hand, its target on the second line", replace("办理案件数          ≥1200件\n",
			"调解组织\n                                覆盖街镇数          10个\n"), nil},
		// A target wrapped in its narrow column.
		{"targets wrapped", form(strings.NewReplacer("≥1200件", "≥\n                                                    1200件",
			"≤420.00万元", "≤420.00\n                                                    万元").Replace(anhuiIndicators)), nil},
		{"targets wrapped, one space apart", oneSpaceApart(form(strings.NewReplacer("≥1200件", "≥\n                                                    1200件").Replace(anhuiIndicators))), nil},
		// Cells one space apart: no column tells a blank from a fragment.
		{"one space apart, a blank after a wrapped name", oneSpaceApart(form(strings.Replace(wrappedIndicators, "办结时间            2026年年底前", "办结时间", 1))), nil},
	}
	runProjectCases(t, cases)
}

// TestIndicatorCoverage: where a blank cannot be told, the coverage says
// so rather than passing the check.
func TestIndicatorCoverage(t *testing.T) {
	text := oneSpaceApart(fmt.Sprintf(indicatorForm, wrappedIndicators))
	n := budget.ReadNarrative(strings.Split(text, "\n"))
	_, skipped := budget.CheckNarrative(n, nil, 2026, budget.CheckOptions{})
	found := false
	for _, s := range skipped {
		if s.Rule == "budget.project.indicator.blank" && strings.Contains(s.Reason, "wrap") {
			found = true
		}
	}
	assert.True(t, found, "%v", skipped)
}

// TestFormTitlesWithLabels: a form's title with a label after it, on its
// line, is a form's title (the probe's case 138: no form found, or three
// read as one).
func TestFormTitlesWithLabels(t *testing.T) {
	for _, title := range []string{"项目支出绩效目标表（2026年度）", "项目支出绩效目标表（本次下达）", "预算05-1表  项目支出绩效目标表（本次下达）"} {
		t.Run(title, func(t *testing.T) {
			text := strings.Replace(fmt.Sprintf(indicatorForm, anhuiIndicators), "项目支出绩效目标表\n                        （2026年度）", title, 1)
			require.NotEqual(t, fmt.Sprintf(indicatorForm, anhuiIndicators), text)
			n := budget.ReadNarrative(strings.Split(text+text, "\n"))
			require.Len(t, n.Projects, 2)
			assert.Equal(t, "法律援助", n.Projects[1].Name)
			assert.Len(t, n.Projects[1].Indicators, 6)
		})
	}
}

// wideTable is one 项目支出绩效目标表 of every project (Sichuan's and
// Yunnan's layout): each project's name and 预算金额 on its first row.
const wideTable = `                               项目支出绩效目标表
  部门（单位）：XX局                                                  单位：万元
  单位名称、项目名称  预算金额  一级指标    二级指标      三级指标                  指标性质 指标值    度量单位
  人民调解项目        795.00    产出指标    数量指标      专题培训次数              ≥       4         次
                                满意度指标  服务对象满意度指标 当事人满意度          ≥       95        %%
  法律援助项目        %s    产出指标    数量指标      办理法律援助案件数        ≥       1200      件
                                效益指标    社会效益指标  困难群众合法权益保障      定性    有效保障
`

// TestWideTargetTable: one table of every project is read as its projects
// (the probe's case 130: one nameless form, its amounts unread), each with
// its amount and rows; their sum is held against 项目支出 (7054.05 万元).
func TestWideTargetTable(t *testing.T) {
	n := budget.ReadNarrative(strings.Split(fmt.Sprintf(wideTable, "420.00"), "\n"))
	require.Len(t, n.Projects, 2)
	a, b := n.Projects[0], n.Projects[1]
	assert.Equal(t, "人民调解", a.Name)
	assert.Equal(t, wanT(t, "795"), a.Annual)
	assert.Len(t, a.Indicators, 2)
	assert.Equal(t, "法律援助", b.Name)
	assert.Equal(t, wanT(t, "420"), b.Annual)
	require.Len(t, b.Indicators, 2)
	assert.Equal(t, "有效保障", b.Indicators[1].Target)
	runProjectCases(t, []projectCase{
		{"within 项目支出", fmt.Sprintf(wideTable, "420.00"), nil},
		// 795 + 7420 = 8215 > 7054.05.
		{"over 项目支出", fmt.Sprintf(wideTable, "7420.00"), map[string]fiscal.Severity{"budget.project.total": fiscal.SeverityError}},
	})
}

// oneCellPerLine is text with each cell on its own line, as a web page's
// table copied as text gives it.
func oneCellPerLine(text string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		out = append(out, strings.Fields(l)...)
	}
	return strings.Join(out, "\n")
}

// TestFormOneCellPerLine: a form copied from a web page, one cell per line
// (the probe's case 135): its name and money are read, label by value; a
// total its sources do not add up to is found as in the form printed as a
// table. Its indicators are not read (the coverage says so).
func TestFormOneCellPerLine(t *testing.T) {
	text := oneCellPerLine(fmt.Sprintf(indicatorForm, anhuiIndicators))
	n := budget.ReadNarrative(strings.Split(text, "\n"))
	require.Len(t, n.Projects, 1)
	p := n.Projects[0]
	assert.Equal(t, "法律援助", p.Name)
	assert.Equal(t, wanT(t, "420"), p.Annual)
	require.Len(t, p.Sources, 2)
	assert.Equal(t, wanT(t, "420"), p.Sources[0].Amount)
	runProjectCases(t, []projectCase{
		{"as printed", text, nil},
		{"sources short", strings.Replace(text, "其中：财政拨款\n420.00", "其中：财政拨款\n402.00", 1),
			map[string]fiscal.Severity{"budget.project.sources": fiscal.SeverityError}},
	})
}
