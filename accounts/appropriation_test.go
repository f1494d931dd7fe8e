package accounts_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// apTable is a 财政拨款收入支出决算总表 that balances by hand:
// income 一般 100.00 + 基金 20.00 + 国资 0 = 120.00; 年初 一般 10.00;
// 总计 130.00. Spending 201 一般 95.00, 229 基金 20.00; 本年支出合计 115.00
// (95 + 20 + 0); 年末 一般 15.00 (10 + 100 − 95); 总计 130.00.
func apTable() *accounts.Table {
	in, out := accounts.SideIncome, accounts.SideExpenditure
	amt := func(s string) accounts.Cells { return accounts.Cells{accounts.ColAmount: w(s)} }
	four := func(t, g, f, s string) accounts.Cells {
		return accounts.Cells{accounts.ColTotal: w(t), accounts.ColGeneral: w(g), accounts.ColGovFund: w(f), accounts.ColStateCapital: w(s)}
	}
	return table(accounts.KindAppropriationSummary,
		accounts.Row{Side: in, Item: accounts.ItemGeneral, Cells: amt("100.00")},
		accounts.Row{Side: in, Item: accounts.ItemGovFund, Cells: amt("20.00")},
		accounts.Row{Side: in, Item: accounts.ItemStateCapital, Cells: amt("0")},
		accounts.Row{Side: in, Item: accounts.ItemIncomeTotal, Cells: amt("120.00")},
		accounts.Row{Side: in, Item: accounts.ItemOpening, Cells: amt("10.00")},
		accounts.Row{Side: in, Under: accounts.ItemOpening, Item: accounts.ItemGeneral, Cells: amt("10.00")},
		accounts.Row{Side: in, Under: accounts.ItemOpening, Item: accounts.ItemGovFund, Cells: amt("0")},
		accounts.Row{Side: in, Under: accounts.ItemOpening, Item: accounts.ItemStateCapital},
		accounts.Row{Side: in, Item: accounts.ItemGrandTotal, Cells: amt("130.00")},
		accounts.Row{Side: out, Function: fn("201"), Cells: four("95.00", "95.00", "", "")},
		accounts.Row{Side: out, Function: fn("229"), Cells: four("20.00", "", "20.00", "")},
		accounts.Row{Side: out, Item: accounts.ItemExpenditureTotal, Cells: four("115.00", "95.00", "20.00", "0")},
		accounts.Row{Side: out, Item: accounts.ItemClosing, Cells: four("15.00", "15.00", "0", "0")},
		accounts.Row{Side: out, Item: accounts.ItemGrandTotal, Cells: four("130.00", "110.00", "20.00", "0")},
	)
}

func TestAppropriationPasses(t *testing.T) {
	assert.Empty(t, check(apTable()))
}

func TestAppropriationFails(t *testing.T) {
	tb := apTable()
	tb.Rows[9].Cells[accounts.ColGeneral] = w("96.00") // 201: 合计 95.00 but 一般 96.00
	fs := check(tb)
	assert.Equal(t, []string{"acc.approp.expenditure-total", "acc.approp.row"}, ruleIDs(fs))
	r := only(fs, "acc.approp.row")
	require.Len(t, r, 1)
	assert.Equal(t, "支出/201", r[0].Where.Row)
	assert.Equal(t, "96.00", r[0].Expected.String())
	assert.Equal(t, "95.00", r[0].Actual.String())

	tb = apTable()
	tb.Rows[12].Cells[accounts.ColGeneral] = w("5.00") // 年末 一般: should be 10 + 100 − 95 = 15
	tb.Rows[12].Cells[accounts.ColTotal] = w("5.00")
	tb.Rows[13].Cells[accounts.ColGeneral] = w("100.00")
	tb.Rows[13].Cells[accounts.ColTotal] = w("120.00")
	fs = check(tb)
	// The fund no longer balances, nor do the two sides (120 against 130).
	assert.Equal(t, []string{"acc.approp.balance", "acc.approp.fund-balance"}, ruleIDs(fs))
	fb := only(fs, "acc.approp.fund-balance")
	require.Len(t, fb, 1)
	assert.Equal(t, "收入/一般公共预算财政拨款", fb[0].Where.Row)
	assert.Equal(t, "90.00", fb[0].Expected.String(), "95 + 5 − 10")
	assert.Equal(t, "100.00", fb[0].Actual.String())

	tb = apTable()
	tb.Rows[5].Cells[accounts.ColAmount] = w("9.00") // 年初 一般 sub-row
	fs = check(tb)
	assert.Contains(t, ruleIDs(fs), "acc.approp.opening")
}

func TestAppropriationAbsentCells(t *testing.T) {
	// An absent 国资 column everywhere and absent 年初 sub-rows: the rules
	// that need them compare with zero and still hold.
	tb := apTable()
	kept := tb.Rows[:0]
	for _, r := range tb.Rows {
		r.Cells[accounts.ColStateCapital] = fiscal.Cell{}
		if r.Under == 0 {
			kept = append(kept, r)
		}
	}
	tb.Rows = kept
	// Without sub-rows the 10.00 of 年初 cannot be split by fund, so the
	// per-fund balance is not checked; everything else holds.
	assert.Empty(t, check(tb))
}
