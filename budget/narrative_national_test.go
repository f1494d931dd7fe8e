package budget_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/stretchr/testify/assert"
)

// nationalBudget is a hand-made budget of the national template in 万元
// (figures chosen by hand): 收入 一般公共预算 800.00 + 政府性基金 100.00 +
// 国有资本经营 0 + 事业收入 50.00 = 本年收入 950.00, 上年结转 50.00, 收入总计
// 1000.00 = 支出总计; 财政拨款 900.00 (800.00 + 100.00); the 一般公共预算
// spending 800.00 (基本支出 300.00, 项目支出 500.00), the fund's 100.00;
// the 支出预算 1000.00 (基本支出 300.00, 项目支出 700.00).
func nationalBudget() *budget.Tables {
	in := func(it budget.Item, v string) budget.Row {
		return budget.Row{Side: budget.SideIncome, Item: it, Cells: cells(budget.ColIncome, v)}
	}
	out := func(it budget.Item, v string) budget.Row {
		return budget.Row{Side: budget.SideExpenditure, Item: it, Cells: cells(budget.ColExpenditure, v)}
	}
	return (&budget.Tables{}).
		Set(budget.NewTable(budget.KindSummary, fiscal.WanYuan).Add(
			in(budget.ItemGeneral, "800.00"), in(budget.ItemFund, "100.00"), in(budget.ItemCapital, "0.00"),
			in(budget.ItemBusiness, "50.00"), in(budget.ItemOther, "0.00"), in(budget.ItemIncomeSubtotal, "950.00"),
			in(budget.ItemCarryOver, "50.00"), in(budget.ItemIncomeTotal, "1000.00"),
			budget.Row{Side: budget.SideExpenditure, Function: fnc("201"), Cells: cells(budget.ColExpenditure, "900.00")},
			budget.Row{Side: budget.SideExpenditure, Function: fnc("212"), Cells: cells(budget.ColExpenditure, "100.00")},
			out(budget.ItemExpenditureSubtotal, "1000.00"), out(budget.ItemCarryForward, "0.00"), out(budget.ItemExpenditureTotal, "1000.00"))).
		Set(budget.NewTable(budget.KindAppropriationSummary, fiscal.WanYuan).Add(
			in(budget.ItemGeneral, "800.00"), in(budget.ItemFund, "100.00"), in(budget.ItemIncomeTotal, "900.00"),
			out(budget.ItemExpenditureTotal, "900.00"))).
		Set(budget.NewTable(budget.KindGeneralFunction, fiscal.WanYuan).Add(
			budget.Row{Function: fnc("201"), Cells: cells("total", "800.00", "basic", "300.00", "project", "500.00")},
			budget.Row{Item: budget.ItemGrandTotal, Cells: cells("total", "800.00", "basic", "300.00", "project", "500.00")})).
		Set(budget.NewTable(budget.KindFundFunction, fiscal.WanYuan).Add(
			budget.Row{Function: fnc("212"), Cells: cells("total", "100.00", "project", "100.00")},
			budget.Row{Item: budget.ItemGrandTotal, Cells: cells("total", "100.00", "project", "100.00")})).
		Set(budget.NewTable(budget.KindExpenditure, fiscal.WanYuan).Add(
			budget.Row{Function: fnc("201"), Cells: cells("total", "900.00", "basic", "300.00", "project", "600.00")},
			budget.Row{Function: fnc("212"), Cells: cells("total", "100.00", "project", "100.00")},
			budget.Row{Item: budget.ItemGrandTotal, Cells: cells("total", "1000.00", "basic", "300.00", "project", "700.00")}))
}

// nationalErrors checks a narrative of one line against ts and returns
// its errors (rule and row) and the reasons of the checks skipped.
func nationalErrors(text string, ts *budget.Tables) (errs, skipped []string) {
	fs, sk := budget.CheckNarrative(budget.ReadNarrative([]string{text}), ts, 2026, budget.CheckOptions{})
	for _, f := range fs {
		if f.Severity == fiscal.SeverityError {
			errs = append(errs, f.Rule+" "+f.Where.Row)
		}
	}
	for _, x := range sk {
		skipped = append(skipped, x.Rule+": "+x.Reason)
	}
	return errs, skipped
}

// TestNationalBudgetWordings (the probe's case 183): the national
// template's and Guangxi's wordings, unread before, are read and checked
// against the hand-made [nationalBudget]: as printed right, no error; with
// one figure mistyped (old → new), exactly the error named. Figures by
// hand: 上年结转 50.00 and 本年收入 950.00 of the 部门收支总表; 财政拨款 900.00;
// the fund's spending 100.00; 一般公共预算拨款收入 800.00 is 80.00 % of the
// 收入 1000.00 and 88.89 % of the 财政拨款收入 900.00 (800 + 100, the
// 财政拨款收支总表's funds); totals 1000.00 up 100.00 on 900.00 is
// +11.11 %, down 100.00 from 1100.00 is −9.09 %.
func TestNationalBudgetWordings(t *testing.T) {
	const sources = "收入包括：一般公共预算拨款收入800.00万元，政府性基金预算拨款收入100.00万元，事业收入50.00万元，上年结转50.00万元。"
	for _, c := range []wordingCase{
		{"2026年收入预算1000.00万元，其中上年结转50.00万元。", "50.00", "55.00", "budget.narrative.uses 上年结转资金"},
		{"2026年收入预算1000.00万元。上年结转50.00万元。", "50.00", "40.00", "budget.narrative.uses 上年结转资金"},
		{"2026年收入预算1000.00万元，其中：本年收入950.00万元，上年结转50.00万元。", "950.00", "905.00", "budget.narrative.uses 本年收入合计"},
		{"2026年财政拨款收、支总预算900.00万元。", "900.00", "990.00", "budget.narrative.total 财政拨款支出预算"},
		{"2026年政府性基金预算支出100.00万元。", "100.00", "110.00", "budget.narrative.total 政府性基金拨款支出预算"},
		{"2026年国有资本经营预算支出0万元。", "", "", ""},
		{"2026年一般公共预算拨款收入800.00万元，占80.00%。", "80.00%", "85.00%", "budget.narrative.share 一般公共预算拨款收入"},
		{"2026年一般公共预算拨款收入800.00万元，占88.89%。", "88.89", "89.89", "budget.narrative.share 一般公共预算拨款收入"},
		{"2026年收、支总计各1000.00万元。与上年相比，收、支总计各增加100.00万元，增长11.11%。", "11.11", "12.11",
			"budget.narrative.growth 收入预算"},
		{"2026年收、支总计各1000.00万元，与上年相比，收、支总计各减少100.00万元，下降9.09%。", "9.09", "8.09",
			"budget.narrative.growth 收入预算"},
		{"2026年收入预算1000.00万元，" + sources, "事业收入50.00", "事业收入60.00", "budget.narrative.uses 事业收入"},
		{"2026年收入预算1000.00万元。" + sources, "上年结转50.00", "上年结转5.00", "budget.narrative.uses 上年结转资金"},
		{"2026年收入预算1000.00万元。" + sources, "一般公共预算拨款收入800.00", "一般公共预算拨款收入880.00",
			"budget.narrative.uses 一般公共预算拨款收入"},
		// The 财政拨款's 上年结转 is not the department's (50.00): the
		// 财政拨款收支总表 prints none, so it is not compared.
		{"2026年财政拨款收入900.00万元，其中：一般公共预算拨款收入800.00万元，政府性基金预算拨款收入100.00万元，上年结转30.00万元。", "", "", ""},
		// After the 财政拨款收入 a sentence's 上年结转 may be the department's
		// or the 财政拨款's: not read.
		{"2026年财政拨款收入900.00万元。上年结转30.00万元。", "", "", ""},
		// The 财政拨款收入's own list inside the 收入预算's.
		{"2026年收入预算1000.00万元，其中：财政拨款收入900.00万元，其中：一般公共预算800.00万元，政府性基金预算100.00万元；事业收入50.00万元。",
			"政府性基金预算100.00", "政府性基金预算110.00", "budget.narrative.uses 政府性基金预算"},
		{"2026年收、支预算各1000.00万元，收、支预算各增加100.00万元，增长11.11%。", "11.11", "12.11", "budget.narrative.growth 收入预算"},
		// Last year's sources are not this year's (上年结转 50.00 now).
		{"2025年收入预算900.00万元，其中上年结转30.00万元。", "", "", ""},
		{"2026年收入预算1000.00万元。上年收入预算900.00万元，其中上年结转30.00万元。", "", "", ""},
		// A part's change of its totals is not the department's.
		{"2026年收、支总计各1000.00万元。财政拨款收、支总计各增加100.00万元，增长50.00%。", "", "", ""},
		{"2026年收、支总计各1000.00万元。与上年相比，一般公共预算收、支各增加100.00万元，增长50.00%。", "", "", ""},
		// A unit's change of its totals is not the department's.
		{"2026年收、支总计各1000.00万元。其中：XX中心收、支总计各增加100.00万元，增长50.00%。", "", "", ""},
	} {
		t.Run(c.right, func(t *testing.T) {
			errs, _ := nationalErrors(c.right, nationalBudget())
			assert.Empty(t, errs)
			if c.old == "" {
				return
			}
			require1(t, c.right, c.old)
			wrong := strings.Replace(c.right, c.old, c.new, 1)
			errs, _ = nationalErrors(wrong, nationalBudget())
			assert.Equal(t, []string{c.rule}, errs, wrong)
		})
	}
}

// TestNationalTableMissing: a figure stated whose table or row the
// budget does not print (a 部门收支总表 without its 上年结转 row, no
// 政府性基金预算支出表, no 财政拨款收支总表) is a check that could not run,
// recorded as skipped, never an error, however wrong it would be.
func TestNationalTableMissing(t *testing.T) {
	noCarryOver := func(ts *budget.Tables) {
		sm := ts.Get(budget.KindSummary)
		sm.Rows = slices.DeleteFunc(sm.Rows, func(r budget.Row) bool { return r.Item == budget.ItemCarryOver })
	}
	for _, c := range []struct {
		text, skipped string
		omit          budget.TableKind // a table not read
		change        func(ts *budget.Tables)
	}{
		{"2026年收入预算1000.00万元，其中上年结转55.00万元。", "上年结转资金", 0, noCarryOver},
		{"2026年政府性基金预算支出110.00万元。", "政府性基金拨款支出预算 stated", budget.KindFundFunction, nil},
		{"2026年财政拨款收、支总预算990.00万元。", "财政拨款支出预算 stated", budget.KindAppropriationSummary, nil},
	} {
		ts := &budget.Tables{}
		for _, tb := range nationalBudget().All() {
			if tb.Kind != c.omit {
				ts.Set(tb)
			}
		}
		if c.change != nil {
			c.change(ts)
		}
		errs, skipped := nationalErrors(c.text, ts)
		assert.Empty(t, errs, c.text)
		assert.Contains(t, strings.Join(skipped, "\n"), c.skipped, c.text)
	}
}
