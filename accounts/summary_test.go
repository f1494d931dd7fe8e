package accounts_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// summaryTable is a 收入支出决算总表 whose figures balance by hand:
// 100.00 + 20.00 = 120.00; 90.00 + 30.00 = 120.00;
// 120.00 + 5.00 + 10.00 = 135.00 = 120.00 + 0 + 15.00.
func summaryTable(total, grand string) *accounts.Table {
	in, out := accounts.SideIncome, accounts.SideExpenditure
	return table(accounts.KindSummary,
		accounts.Row{Side: in, Item: accounts.ItemGeneralIncome, Cells: accounts.Cells{accounts.ColAmount: w("100.00")}},
		accounts.Row{Side: in, Item: accounts.ItemOtherIncome, Cells: accounts.Cells{accounts.ColAmount: w("20.00")}},
		accounts.Row{Side: in, Item: accounts.ItemIncomeTotal, Cells: accounts.Cells{accounts.ColAmount: w(total)}},
		accounts.Row{Side: in, Item: accounts.ItemNonAppropriationSurplus, Cells: accounts.Cells{accounts.ColAmount: w("5.00")}},
		accounts.Row{Side: in, Item: accounts.ItemOpening, Cells: accounts.Cells{accounts.ColAmount: w("10.00")}},
		accounts.Row{Side: in, Item: accounts.ItemGrandTotal, Cells: accounts.Cells{accounts.ColAmount: w(grand)}},
		accounts.Row{Side: out, Function: fn("201"), Cells: accounts.Cells{accounts.ColAmount: w("90.00")}},
		accounts.Row{Side: out, Function: fn("229"), Cells: accounts.Cells{accounts.ColAmount: w("30.00")}},
		accounts.Row{Side: out, Item: accounts.ItemExpenditureTotal, Cells: accounts.Cells{accounts.ColAmount: w("120.00")}},
		accounts.Row{Side: out, Item: accounts.ItemClosing, Cells: accounts.Cells{accounts.ColAmount: w("15.00")}},
		accounts.Row{Side: out, Item: accounts.ItemGrandTotal, Cells: accounts.Cells{accounts.ColAmount: w("135.00")}},
	)
}

func TestSummaryPasses(t *testing.T) {
	assert.Empty(t, check(summaryTable("120.00", "135.00")))
}

func TestSummaryFails(t *testing.T) {
	fs := check(summaryTable("121.00", "136.00"))
	// 121.00 + 5.00 + 10.00 = 136.00 is consistent with the wrong total, so
	// only the income total and the balance of the two sides fail.
	assert.Equal(t, []string{"acc.summary.balance", "acc.summary.income-total"}, ruleIDs(fs))
	f := only(fs, "acc.summary.income-total")
	require.Len(t, f, 1)
	assert.Equal(t, fiscal.SeverityError, f[0].Severity)
	assert.Equal(t, "120.00", f[0].Expected.String(), "100.00 + 20.00")
	assert.Equal(t, "121.00", f[0].Actual.String())
	assert.Equal(t, "1.00", f[0].Difference.String())
	assert.Equal(t, "收入/本年收入合计", f[0].Where.Row)
	// 支出总计 135.00 against 收入总计 136.00.
	b := only(fs, "acc.summary.balance")
	require.Len(t, b, 1)
	assert.Equal(t, "136.00", b[0].Expected.String())
	assert.Equal(t, "135.00", b[0].Actual.String())
}

func TestSummaryAbsentCells(t *testing.T) {
	// Blank income rows and a blank total: nothing to compare there; the
	// grand totals still balance (0 + 5.00 + 10.00 = 15.00).
	in := accounts.SideIncome
	tb := table(accounts.KindSummary,
		accounts.Row{Side: in, Item: accounts.ItemGeneralIncome},
		accounts.Row{Side: in, Item: accounts.ItemIncomeTotal},
		accounts.Row{Side: in, Item: accounts.ItemNonAppropriationSurplus, Cells: accounts.Cells{accounts.ColAmount: w("5.00")}},
		accounts.Row{Side: in, Item: accounts.ItemOpening, Cells: accounts.Cells{accounts.ColAmount: w("10.00")}},
		accounts.Row{Side: in, Item: accounts.ItemGrandTotal, Cells: accounts.Cells{accounts.ColAmount: w("15.00")}},
		accounts.Row{Side: accounts.SideExpenditure, Item: accounts.ItemClosing, Cells: accounts.Cells{accounts.ColAmount: w("15.00")}},
		accounts.Row{Side: accounts.SideExpenditure, Item: accounts.ItemGrandTotal, Cells: accounts.Cells{accounts.ColAmount: w("15.00")}},
	)
	assert.Empty(t, check(tb))

	// A printed total over blank parts is compared with 0.
	tb.Rows[1].Cells[accounts.ColAmount] = w("7.00")
	fs := only(check(tb), "acc.summary.income-total")
	require.Len(t, fs, 1)
	assert.Equal(t, "0.00", fs[0].Expected.String())
	assert.Equal(t, "7.00", fs[0].Actual.String())
	assert.Equal(t, "0.005", fs[0].Tolerance.String(), "no printed part: only the total's own rounding")
}
