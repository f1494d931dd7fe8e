package accounts_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fundTable: 年初 5.00 + 本年收入 2000.00 − 本年支出 1990.00 = 年末 15.00;
// 本年支出 = 基本 0 + 项目 1990.00; the hierarchy repeats the single 项.
func fundTable(k accounts.TableKind) *accounts.Table {
	cells := accounts.Cells{accounts.ColOpening: w("5.00"), accounts.ColIncome: w("2000.00"), accounts.ColExpenditure: w("1990.00"),
		accounts.ColProject: w("1990.00"), accounts.ColClosing: w("15.00")}
	return table(k,
		accounts.Row{Item: accounts.ItemTotal, Cells: cells},
		accounts.Row{Function: fn("229"), Cells: cells},
		accounts.Row{Function: fn("22904"), Cells: cells},
		accounts.Row{Function: fn("2290402"), Cells: cells},
	)
}

func TestFundPasses(t *testing.T) {
	assert.Empty(t, check(fundTable(accounts.KindGovFund)))
	assert.Empty(t, check(fundTable(accounts.KindStateCapital)))
}

func TestFundFails(t *testing.T) {
	tb := fundTable(accounts.KindGovFund)
	tb.Rows[3].Cells[accounts.ColClosing] = w("10.00")
	fs := check(tb)
	assert.Equal(t, []string{"acc.govfund.balance", "acc.govfund.hierarchy"}, ruleIDs(fs))
	b := only(fs, "acc.govfund.balance")
	require.Len(t, b, 1)
	assert.Equal(t, "2290402", b[0].Where.Row)
	assert.Equal(t, "15.00", b[0].Expected.String(), "5 + 2000 − 1990")
	assert.Equal(t, "10.00", b[0].Actual.String())

	tb = fundTable(accounts.KindStateCapital)
	tb.Rows[0].Cells[accounts.ColBasic] = w("1.00")
	fs = check(tb)
	assert.Equal(t, []string{"acc.statecapital.row", "acc.statecapital.total"}, ruleIDs(fs))
}

func TestFundAbsentCells(t *testing.T) {
	// Hubei's 公开08 prints only 本年支出: the balance is not checked.
	tb := fundTable(accounts.KindStateCapital)
	tb.Columns = accounts.HubeiStateCapitalColumns()
	for i := range tb.Rows {
		tb.Rows[i].Cells[accounts.ColClosing] = w("99.00") // not printed, ignored
	}
	assert.Empty(t, check(tb))
	// An empty table with its statement: no finding.
	empty := table(accounts.KindGovFund, accounts.Row{Item: accounts.ItemTotal})
	empty.EmptyStatement = "本单位无此项内容，故本表无数据。"
	assert.Empty(t, check(empty))
	// Without its statement: a warning.
	empty.EmptyStatement = ""
	fs := check(empty)
	require.Len(t, fs, 1)
	assert.Equal(t, "acc.structure.empty", fs[0].Rule)
	assert.Equal(t, fiscal.SeverityWarning, fs[0].Severity)
}
