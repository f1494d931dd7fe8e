package accounts_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// incomeTable is a 收入决算表 that adds up by hand: per row 财政拨款 + 其他;
// 2010399 = 20103 = 201 (80.00 + 1.50 = 81.50); 2290402 = 22904 = 229
// (20.00); 合计 = 81.50 + 20.00 = 101.50.
func incomeTable() *accounts.Table {
	row := func(code, total, appr, other string) accounts.Row {
		return accounts.Row{Function: fn(code), Cells: accounts.Cells{accounts.ColTotal: w(total), accounts.ColAppropriation: w(appr), accounts.ColOtherIncome: w(other)}}
	}
	return table(accounts.KindIncome,
		accounts.Row{Item: accounts.ItemTotal, Cells: accounts.Cells{accounts.ColTotal: w("101.50"), accounts.ColAppropriation: w("100.00"), accounts.ColOtherIncome: w("1.50")}},
		row("201", "81.50", "80.00", "1.50"),
		row("20103", "81.50", "80.00", "1.50"),
		row("2010399", "81.50", "80.00", "1.50"),
		row("229", "20.00", "20.00", ""),
		row("22904", "20.00", "20.00", ""),
		row("2290402", "20.00", "20.00", ""),
	)
}

func TestIncomePasses(t *testing.T) {
	assert.Empty(t, check(incomeTable()))
}

func TestIncomeRowFails(t *testing.T) {
	tb := incomeTable()
	tb.Rows[3].Cells[accounts.ColTotal] = w("81.60") // 2010399: 80.00 + 1.50 = 81.50
	fs := check(tb)
	assert.Equal(t, []string{"acc.income.hierarchy", "acc.income.row"}, ruleIDs(fs))
	r := only(fs, "acc.income.row")
	require.Len(t, r, 1)
	assert.Equal(t, "2010399", r[0].Where.Row)
	assert.Equal(t, "本年收入合计", r[0].Where.Column)
	assert.Equal(t, "81.50", r[0].Expected.String())
	assert.Equal(t, "81.60", r[0].Actual.String())
	// 20103 (81.50) against its only 项 (81.60).
	h := only(fs, "acc.income.hierarchy")
	require.Len(t, h, 1)
	assert.Equal(t, "20103", h[0].Where.Row)
}

func TestIncomeTotalFails(t *testing.T) {
	tb := incomeTable()
	tb.Rows[0].Cells[accounts.ColAppropriation] = w("99.00") // 80.00 + 20.00 = 100.00
	fs := check(tb)
	assert.Equal(t, []string{"acc.income.row", "acc.income.total"}, ruleIDs(fs))
	tot := only(fs, "acc.income.total")
	require.Len(t, tot, 1)
	assert.Equal(t, "合计", tot[0].Where.Row)
	assert.Equal(t, "财政拨款收入", tot[0].Where.Column)
	assert.Equal(t, "100.00", tot[0].Expected.String())
}

func TestIncomeAbsentCells(t *testing.T) {
	// Blank cells count as zero: 229's row has no 其他收入, and the sums
	// still hold. A blank 合计 over blank parts is not compared.
	tb := incomeTable()
	for i := range tb.Rows {
		tb.Rows[i].Cells[accounts.ColSuperior] = fiscal.Cell{}
	}
	assert.Empty(t, check(tb))
	// A blank cell where the parts are not blank is compared with zero.
	tb.Rows[1].Cells[accounts.ColTotal] = fiscal.Cell{}
	fs := only(check(tb), "acc.income.row")
	require.Len(t, fs, 1)
	assert.Equal(t, "201", fs[0].Where.Row)
	assert.Equal(t, "81.50", fs[0].Expected.String())
	assert.Equal(t, "0.00", fs[0].Actual.String())
}

// expenditureTable: 2010399 基本 50.00 + 项目 30.00 + 经营 1.00 = 81.00.
func expenditureTable() *accounts.Table {
	cells := func(total string) accounts.Cells {
		return accounts.Cells{accounts.ColTotal: w(total), accounts.ColBasic: w("50.00"), accounts.ColProject: w("30.00"), accounts.ColOperatingExp: w("1.00")}
	}
	return table(accounts.KindExpenditure,
		accounts.Row{Item: accounts.ItemTotal, Cells: cells("81.00")},
		accounts.Row{Function: fn("201"), Cells: cells("81.00")},
		accounts.Row{Function: fn("20103"), Cells: cells("81.00")},
		accounts.Row{Function: fn("2010399"), Cells: cells("81.00")},
	)
}

func TestExpenditure(t *testing.T) {
	assert.Empty(t, check(expenditureTable()), "pass")

	tb := expenditureTable()
	tb.Rows[2].Cells[accounts.ColProject] = w("31.00")
	fs := check(tb)
	// 20103: 50 + 31 + 1 = 82 against 81 (row); 201 against 20103 and 20103
	// against 2010399 in the 项目支出 column (hierarchy).
	assert.Equal(t, []string{"acc.expenditure.hierarchy", "acc.expenditure.row"}, ruleIDs(fs))
	assert.Len(t, only(fs, "acc.expenditure.hierarchy"), 2)

	tb = expenditureTable()
	for i := range tb.Rows {
		tb.Rows[i].Cells[accounts.ColOperatingExp] = fiscal.Cell{} // absent
		tb.Rows[i].Cells[accounts.ColTotal] = w("80.00")
	}
	assert.Empty(t, check(tb), "absent 经营支出 counts as zero: 50 + 30 = 80")
}

func TestGeneralBudget(t *testing.T) {
	// 公开05 of the Daye report, by hand: 1106.74 + 3295.70 = 4402.44;
	// 4386.38 + 16.06 = 4402.44.
	mk := func(total string) *accounts.Table {
		return table(accounts.KindGeneralBudget,
			accounts.Row{Item: accounts.ItemTotal, Cells: accounts.Cells{accounts.ColTotal: w(total), accounts.ColBasic: w("1106.74"), accounts.ColProject: w("3295.70")}},
			accounts.Row{Function: fn("201"), Cells: accounts.Cells{accounts.ColTotal: w("4402.44"), accounts.ColBasic: w("1106.74"), accounts.ColProject: w("3295.70")}},
			accounts.Row{Function: fn("20103"), Cells: accounts.Cells{accounts.ColTotal: w("4386.38"), accounts.ColBasic: w("1106.74"), accounts.ColProject: w("3279.64")}},
			accounts.Row{Function: fn("2010399"), Cells: accounts.Cells{accounts.ColTotal: w("4386.38"), accounts.ColBasic: w("1106.74"), accounts.ColProject: w("3279.64")}},
			accounts.Row{Function: fn("20113"), Cells: accounts.Cells{accounts.ColTotal: w("16.06"), accounts.ColProject: w("16.06")}},
			accounts.Row{Function: fn("2011308"), Cells: accounts.Cells{accounts.ColTotal: w("16.06"), accounts.ColProject: w("16.06")}},
		)
	}
	assert.Empty(t, check(mk("4402.44")), "pass; blank 基本支出 of 20113 is zero")
	fs := check(mk("6402.44"))
	assert.Equal(t, []string{"acc.general.row", "acc.general.total"}, ruleIDs(fs))
	assert.Equal(t, "4402.44", only(fs, "acc.general.total")[0].Expected.String())
	tb := mk("4402.44")
	tb.Rows[4].Cells[accounts.ColTotal] = fiscal.Cell{}
	tb.Rows[4].Cells[accounts.ColProject] = fiscal.Cell{}
	fs = check(tb)
	// With 20113 blank: 201 (4402.44) against 4386.38 + 0, and 20113 (0)
	// against its 项 2011308 (16.06), each in 合计 and 项目支出.
	assert.Equal(t, []string{"acc.general.hierarchy"}, ruleIDs(fs))
	assert.Len(t, fs, 4)
}
