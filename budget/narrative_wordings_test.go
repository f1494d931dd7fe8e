package budget_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/stretchr/testify/assert"
)

// wordingCase is a sentence added to the Putuo 2026 budget's 说明 as
// another department would write it: right, it adds no error; with one
// figure mistyped (old → new), exactly the error named.
type wordingCase struct {
	right, old, new, rule string
}

func runWordingCases(t *testing.T, cases []wordingCase) {
	t.Helper()
	errorsWith := putuoBudgetWith(t)
	base := errorsWith("")
	for _, c := range cases {
		assert.ElementsMatch(t, base, errorsWith(c.right), c.right)
		if c.old == "" {
			continue
		}
		require1(t, c.right, c.old)
		wrong := strings.Replace(c.right, c.old, c.new, 1)
		assert.ElementsMatch(t, append(slices.Clone(base), c.rule), errorsWith(wrong), wrong)
	}
}

func require1(t *testing.T, s, sub string) {
	t.Helper()
	if strings.Count(s, sub) != 1 {
		t.Fatalf("%q is not once in %q", sub, s)
	}
}

// TestPersonnelCostParts: the parts of the 人员经费 a budget states ("在职
// 人员经费…", "离退休人员经费…") are no statement of the whole (the Putuo
// tables' 人员经费 2356.3342: each part was a false error); in and out of
// brackets, and with the whole beside them. When every part is given
// (在职 and 离退休, or 在职, 离休 and 退休) they are summed against the whole
// stated beside them, or else the table's: 2300.00 + 56.33 = 2356.33.
func TestPersonnelCostParts(t *testing.T) {
	const basic = " 2026年基本支出2574.17万元，其中："
	runWordingCases(t, []wordingCase{
		{basic + "在职人员经费2300.00万元，离退休人员经费56.33万元，公用经费217.83万元。", "人员经费56.33", "人员经费65.33",
			"budget.narrative.uses 在职+离退休人员经费"},
		{basic + "人员经费2356.33万元（在职人员经费2300.00万元，离退休人员经费56.33万元），公用经费217.83万元。", "人员经费56.33", "人员经费65.33",
			"budget.narrative.uses 人员经费"},
		{basic + "人员经费2356.33万元（在职人员经费2300.00万元，离退休人员经费56.33万元），公用经费217.83万元。", "2356.33", "2365.33",
			"budget.narrative.uses 人员经费"},
		{basic + "在职人员经费2300.00万元，离休人员经费6.33万元，退休人员经费50.00万元。", "50.00", "55.00",
			"budget.narrative.uses 在职+离休+退休人员经费"},
		// One part alone: nothing to sum.
		{basic + "在职人员经费2300.00万元，公用经费217.83万元。", "", "", ""},
		{" 2026年离退休人员经费56.33万元，主要用于离退休人员的退休费。", "", "", ""},
		// 日常公用经费 after the 公用经费 in its sentence is a part of it;
		// alone, the whole (217.83).
		{" 2026年公用经费217.83万元，其中：日常公用经费200.00万元，专项公用经费17.83万元。", "公用经费217.83", "公用经费271.83",
			"budget.narrative.uses 公用经费"},
		{" 2026年日常公用经费217.83万元。", "217.83", "271.83", "budget.narrative.uses 公用经费"},
	})
}

// TestCodedItems: 功能分类 items named with their code in brackets (梧州's
// "行政运行（2040601）X万元，主要用于…；其中：基本支出A万元，项目支出B万元",
// a 类 "公共安全支出（204）X万元，占Y%"), unread before, are read and
// checked against the Putuo tables' rows (2040601: 16,726,725.44 元, all
// 基本支出; 2040604: 21,703,947.00 元, all 项目支出; 204: 87,267,272.44 元;
// 208: 3,343,704.00 元), their split column by column, and a share of no
// total named over the 一般公共预算 spending (9,628.22 万元: 8726.73 /
// 9628.22 = 90.64 %, 334.37 / 9628.22 = 3.47 %). The split was read as the
// department's 基本支出 and 项目支出 (two false errors).
func TestCodedItems(t *testing.T) {
	runWordingCases(t, []wordingCase{
		{" 行政运行（2040601）1672.67万元，主要用于行政单位的基本支出；其中：基本支出1672.67万元，项目支出0万元。", "支出1672.67", "支出1627.67",
			"budget.narrative.item 2040601 基本支出"},
		{" 行政运行（2040601）1672.67万元，主要用于行政单位的基本支出；其中：基本支出1672.67万元，项目支出0万元。", "）1672.67", "）1627.67",
			"budget.narrative.item 2040601 预算"},
		{" 行政运行(2040601)16,726,725.44元，主要用于：机关运转。其中：基本支出16,726,725.44元，项目支出0元。", "支出16,726,725.44", "支出16,726,752.44",
			"budget.narrative.item 2040601 基本支出"},
		{" 行政运行（2040601）2026年预算数为1672.67万元，主要用于机关运转。", "1672.67", "1627.67", "budget.narrative.item 2040601 预算"},
		{" 基层司法业务（2040604）2170.39万元，其中：项目支出2170.39万元，基本支出0万元。", "项目支出2170.39", "项目支出2107.39",
			"budget.narrative.item 2040604 项目支出"},
		{" 公共安全支出（204）8726.73万元，占90.64%。", "8726.73", "8762.73", "budget.narrative.item 204 预算"},
		{" 公共安全支出（204）8726.73万元，占90.64%。", "90.64", "91.64", "budget.narrative.share 204"},
		{" 司法（20406）8726.73万元，占一般公共预算支出的90.64%。", "90.64", "90.46", "budget.narrative.share 20406"},
		{" 社会保障和就业支出（类）334.37万元，占3.47%。", "3.47", "3.74", "budget.narrative.share 208"},
		{" 公共安全支出类科目8726.73万元，占90.64%，同比增加685.11万元，增长8.52%。", "90.64", "91.64", "budget.narrative.share 204"},
		{" （一）公共安全支出（204）8726.73万元，占90.64%，主要用于司法工作。1.行政运行（2040601）1672.67万元，其中：基本支出1672.67万元，项目支出0万元。" +
			"2.基层司法业务（2040604）2170.39万元，其中：基本支出0万元，项目支出2170.39万元。", "项目支出2170.39", "项目支出2107.39",
			"budget.narrative.item 2040604 项目支出"},
		// The change and rate after an item: 685.11 / 8041.62 = 8.52 %.
		{" 公共安全支出（204）8726.73万元，占90.64%，比上年增加685.11万元，增长8.52%。", "8.52", "9.52", "budget.narrative.growth 204"},
		// A split after a figure of something else is that one's.
		{" 行政运行（2040601）1672.67万元，主要用于机关运转。2026年一般公共预算支出9628.22万元，其中：基本支出2574.17万元，项目支出7054.05万元。",
			"7054.05", "7045.05", "budget.narrative.uses 一般公共预算项目支出"},
		// A 类 with its split: 204's 基本支出 1672.67, 项目支出 7054.05.
		{" 公共安全支出（204类）8726.73万元，其中：基本支出1672.67万元，项目支出7054.05万元。", "7054.05", "7045.05",
			"budget.narrative.item 204 项目支出"},
	})
}

// TestTotalsAndSourcesWording: the totals in other departments' words,
// unread before ("收入合计…，支出合计…", "收、支总计各…，比上年增加…，增长…%",
// "部门预算收入", "总收入", "本年收入"), are compared with the Putuo
// 财务收支预算总表 (收入总计 = 支出总计 = 96,282,213.44 元, no 上年结转, so
// 本年收入 is the whole); the rate of a joint total is checked once
// (793.14 / (9628.22 − 793.14) = 8.98 %) and not again beside a mistyped
// total it is right for. The sources listed after a total ("其中：一般公共
// 预算…，政府性基金预算…", "事业收入…；其他收入…") are each compared with
// the income row of their name (一般公共预算 96,282,213.44 元, the others 0).
func TestTotalsAndSourcesWording(t *testing.T) {
	runWordingCases(t, []wordingCase{
		{" 2026年收入合计9628.22万元，支出合计9628.22万元。", "收入合计9628.22", "收入合计9682.22", "budget.narrative.total 收入预算"},
		{" 2026年收入合计9628.22万元，支出合计9628.22万元。", "支出合计9628.22", "支出合计9682.22", "budget.narrative.total 支出预算"},
		{" 2026年收、支总计各9628.22万元，比上年增加793.14万元，增长8.98%。", "8.98", "9.98", "budget.narrative.growth 收入预算"},
		{" 2026年收、支总计各9628.22万元，比上年增加793.14万元，增长8.98%。", "9628.22", "9682.22", "budget.narrative.total 收入预算"},
		{" 2026年收支总计各9628.22万元。", "9628.22", "9682.22", "budget.narrative.total 收入预算"},
		{" 2026年部门预算收入9628.22万元。", "9628.22", "9682.22", "budget.narrative.total 收入预算"},
		{" 2026年本部门总收入9628.22万元，总支出9628.22万元。", "总支出9628.22", "总支出9682.22", "budget.narrative.total 支出预算"},
		{" 2026年本年收入9628.22万元。", "9628.22", "9682.22", "budget.narrative.total 收入预算"},
		{" 2026年收入预算9628.22万元，其中：一般公共预算9628.22万元，政府性基金预算0万元，国有资本经营预算0万元。",
			"一般公共预算9628.22", "一般公共预算9682.22", "budget.narrative.uses 一般公共预算"},
		{" 2026年收入预算9628.22万元，其中：一般公共预算9628.22万元，政府性基金预算0万元，国有资本经营预算0万元。",
			"政府性基金预算0", "政府性基金预算10", "budget.narrative.uses 政府性基金预算"},
		{" 2026年收入预算9628.22万元，其中：财政拨款收入9628.22万元，比上年增加793.14万元，增长8.98%；事业收入0万元；事业单位经营收入0万元；其他收入0万元。",
			"其他收入0", "其他收入10.00", "budget.narrative.uses 其他收入"},
		{" 2026年部门预算收入9628.22万元，其中：一般公共预算拨款9628.22万元。", "拨款9628.22", "拨款9682.22", "budget.narrative.uses 一般公共预算"},
		// Not the department's: a 财政拨款 sentence, a part's total.
		{" 2026年财政拨款收入合计9628.22万元，支出合计9000.00万元。", "", "", ""},
		{" 2026年项目总支出7054.05万元。", "", "", ""},
		{" 2026年“三公”经费总支出10.81万元。", "", "", ""},
		{" 2026年事业收入合计0万元。", "", "", ""},
		// A unit's sources are not the department's.
		{" 2026年收入预算9628.22万元。其中：普陀区法律援助中心收入预算373.37万元，其中：一般公共预算373.37万元，事业收入0万元。", "", "", ""},
	})
}

// TestProcurementReserves: the share of the 政府采购预算 reserved for
// 中小企业 ("预留给中小企业…，占…%", "面向中小企业预留政府采购项目预算金额…，
// 其中，预留给小微企业…", unread before) is not more than the 政府采购预算,
// nor the 小微企业's more than it, and its share is checked: the Putuo
// budget's 1486.42 = 3.66 + 36.44 + 1446.32; 1189.14 / 1486.42 = 80.00 %,
// 743.21 / 1189.14 = 62.50 %. A reserve mistyped larger than its whole is
// one finding (its share, wrong with it, is not another). Kinds stated in
// part that add up to more than the total are an error.
func TestProcurementReserves(t *testing.T) {
	const total = " 2026年政府采购预算总额1486.42万元，其中：货物类采购3.66万元，工程类采购36.44万元，服务类采购1446.32万元；"
	runWordingCases(t, []wordingCase{
		{total + "预留给中小企业1189.14万元，占80.00%。", "1189.14", "1891.14", "budget.narrative.procurement 面向中小企业预留的政府采购预算"},
		{total + "预留给中小企业1189.14万元，占80.00%。", "80.00", "85.00", "budget.narrative.share 面向中小企业预留的政府采购预算"},
		{total + "预留给中小企业1189.14万元，占80.00%。", "3.66", "6.36", "budget.narrative.procurement 政府采购预算"},
		{total + "面向中小企业预留政府采购项目预算金额1189.14万元，占政府采购项目预算总额的80%，其中，预留给小微企业743.21万元，占62.5%。",
			"62.5", "55", "budget.narrative.share 预留给小微企业的政府采购预算"},
		{total + "面向中小企业预留政府采购项目预算金额1189.14万元，其中，预留给小型和微型企业的政府采购项目预算为743.21万元。",
			"743.21", "1743.21", "budget.narrative.procurement 预留给小微企业的政府采购预算"},
		// A share of the 小微企业 over the whole 政府采购预算: 743.21 / 1486.42 = 50 %.
		{total + "面向中小企业预留政府采购项目预算金额1189.14万元，其中，预留给小微企业743.21万元，占50%。", "", "", ""},
		{" 2026年政府采购预算总额1486.42万元，其中：货物类采购3.66万元，服务类采购1446.32万元。", "1446.32", "1486.32",
			"budget.narrative.procurement 政府采购预算"},
	})
}

// TestGeneralSplit: the split of the 一般公共预算 spending (梧州's "本年一般
// 公共预算支出…。其中：基本支出…，项目支出…", and "基本支出预算…，占一般公共
// 预算支出的…%") is the fund's: compared with the 一般公共预算 tables (基本支出
// 25,741,666.44 元, 项目支出 70,540,547.00 元), not the whole 支出预算总表's;
// read as the department's, a budget with other sources had two false
// errors, and after "。其中" it was not read at all.
func TestGeneralSplit(t *testing.T) {
	const general = " 2026年本年一般公共预算支出9628.22万元，同比增加793.14万元，增长8.98%。其中：基本支出2574.17万元，项目支出7054.05万元，具体支出预算如下："
	runWordingCases(t, []wordingCase{
		{general, "7054.05", "7045.05", "budget.narrative.uses 一般公共预算项目支出"},
		{general, "2574.17", "2547.17", "budget.narrative.uses 一般公共预算基本支出"},
		{" 1.基本支出预算2574.17万元，占一般公共预算支出的26.74%，同比增加10.00万元，增长0.39%。", "26.74", "27.74",
			"budget.narrative.share 一般公共预算基本支出"},
		{" 2.项目支出7054.05万元，占一般公共预算支出的73.26%。", "7054.05", "7045.05", "budget.narrative.uses 一般公共预算项目支出"},
	})
}

// TestShareOfNoTotalNamed: a fund's share with no total named ("一般公共
// 预算拨款收入900.00万元，占90%") may be of the whole 收入预算 as well as of
// the 财政拨款收入: in a budget with 事业收入 (收入总计 1000.00 = 一般公共预算
// 900.00 + 事业收入 100.00) it was a false error over the 财政拨款收入
// (900 / 900 = 100 %); a share right over neither is still an error. The
// sources after it are read past the share.
func TestShareOfNoTotalNamed(t *testing.T) {
	sm := &budget.Table{Kind: budget.KindSummary, Title: "财务收支预算总表", Unit: fiscal.WanYuan, Decimals: 2}
	for _, r := range []struct {
		side budget.Side
		item budget.Item
		fig  string
	}{{budget.SideIncome, budget.ItemAppropriation, "900.00"}, {budget.SideIncome, budget.ItemGeneral, "900.00"},
		{budget.SideIncome, budget.ItemBusiness, "100.00"}, {budget.SideIncome, budget.ItemIncomeTotal, "1000.00"},
		{budget.SideExpenditure, budget.ItemExpenditureTotal, "1000.00"}} {
		col := budget.ColIncome
		if r.side == budget.SideExpenditure {
			col = budget.ColExpenditure
		}
		sm.Rows = append(sm.Rows, budget.Row{Side: r.side, Item: r.item, Cells: map[string]fiscal.Cell{col: fiscal.MustParseCell(r.fig, fiscal.WanYuan)}})
	}
	ts := (&budget.Tables{}).Set(sm)
	errs := func(text string) []string {
		fs, _ := budget.CheckNarrative(budget.ReadNarrative([]string{text}), ts, 2026, budget.CheckOptions{})
		var out []string
		for _, f := range fs {
			if f.Severity == fiscal.SeverityError {
				out = append(out, f.Rule+" "+f.Where.Row)
			}
		}
		return out
	}
	const right = "2026年收入预算1000.00万元，其中：一般公共预算拨款收入900.00万元，占90%；事业收入100.00万元。"
	assert.Empty(t, errs(right))
	assert.Equal(t, []string{"budget.narrative.share 一般公共预算拨款收入"}, errs(strings.Replace(right, "90%", "80%", 1)))
	assert.Equal(t, []string{"budget.narrative.uses 事业收入"}, errs(strings.Replace(right, "事业收入100.00", "事业收入110.00", 1)))
}

// TestThreePublicUnquoted: "三公经费" printed without its quotation marks
// is the "三公" total (10.81 in the Putuo table), and "占三公经费的…%" a
// share of it (0.83 / 10.81 = 7.68 %).
func TestThreePublicUnquoted(t *testing.T) {
	runWordingCases(t, []wordingCase{
		{" 2026年三公经费预算数为10.81万元，其中：公务接待费0.83万元，占三公经费的7.68%。", "7.68", "8.68", "budget.narrative.share 公务接待费"},
		{" 2026年三公经费预算数为10.81万元，其中：公务接待费0.83万元，占三公经费的7.68%。", "10.81", "10.18", "budget.narrative.threepublic “三公”经费预算数"},
	})
}

// TestItemsByNameWithSplit: 梧州's items stated by name alone with their
// split ("行政运行16,726,725.44元，其中：基本支出…，项目支出0元"), unchecked
// before, take the code of the one table row of that name (行政运行 is
// only 2040601 in the Putuo tables: 16,726,725.44 元, all 基本支出;
// 基层司法业务 2040604: 21,703,947.00 元, all 项目支出; 住房公积金 2210201:
// 2,087,959.00 元) and are checked with their split; a 类 so stated is
// one item, not two.
func TestItemsByNameWithSplit(t *testing.T) {
	const wz = " (一)一般公共预算支出按支出功能分类科目划分。行政运行16,726,725.44元，其中：基本支出16,726,725.44元，项目支出0元。主要用于机关日常运转。" +
		"基层司法业务21,703,947.00元，其中：基本支出0元，项目支出21,703,947.00元。"
	runWordingCases(t, []wordingCase{
		{wz, "基层司法业务21,703,947.00", "基层司法业务21,703,974.00", "budget.narrative.item 2040604 预算"},
		{wz, "项目支出21,703,947.00", "项目支出21,703,974.00", "budget.narrative.item 2040604 项目支出"},
		{" 住房公积金 2,087,959 元,其中:基本支出 2,087,959 元,项目支出 0元。", "住房公积金 2,087,959", "住房公积金 2,087,995",
			"budget.narrative.item 2210201 预算"},
		{" 公共安全支出8726.73万元，其中：基本支出1672.67万元，项目支出7054.05万元。", "8726.73", "8762.73", "budget.narrative.item 204 预算"},
	})
}

// TestOverlappingItemsNoPanic: items read by two readers over one span
// ("公共安全支出（204类）…" and a name and code inside it) leave the split
// reader in bounds.
func TestOverlappingItemsNoPanic(t *testing.T) {
	for _, text := range []string{
		"公共安全支出（204类）司法（20406）8726.73万元，其中：基本支出1672.67万元，项目支出7054.05万元。",
		"行政运行（项）（2040601）1672.67万元，其中：基本支出1672.67万元，项目支出0万元。",
		"公共安全（类）支出（204）8726.73万元公共安全支出8726.73万元，其中：基本支出1万元，项目支出2万元",
	} {
		assert.NotPanics(t, func() {
			budget.CheckNarrative(budget.ReadNarrative([]string{text}), nil, 2026, budget.CheckOptions{})
		}, text)
	}
}
