package accounts_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cross-table rules on the Daye tables hold but for one rounding
// difference (TestDayePublishedTables); here each is broken once.
func TestCrossTable(t *testing.T) {
	cases := []struct {
		name   string
		break_ func(ts *accounts.Tables)
		rule   string
		where  string // table number of the finding
		row    string
	}{
		{"总表 其他收入 against 收入决算表", func(ts *accounts.Tables) {
			r, _ := ts.Summary.Named(accounts.SideIncome, accounts.ItemOtherIncome)
			r.Cells[accounts.ColAmount] = w("184.60")
		}, "acc.cross.summary-income", "公开02表", "合计"},
		{"总表 交通运输支出 against 支出决算表", func(ts *accounts.Tables) {
			r, _ := ts.Expenditure.FunctionRow(accounts.SideMain, fn("214"))
			r.Cells[accounts.ColTotal] = w("5.03")
		}, "acc.cross.summary-expenditure", "公开03表", "214"},
		{"总表 政府性基金 against 财政拨款总表", func(ts *accounts.Tables) {
			r, _ := ts.AppropriationSummary.Named(accounts.SideIncome, accounts.ItemGovFund)
			r.Cells[accounts.ColAmount] = w("3000.00")
		}, "acc.cross.summary-appropriation", "公开04表", "收入/政府性基金预算财政拨款"},
		{"财政拨款总表 一般公共服务 against 公开05", func(ts *accounts.Tables) {
			r, _ := ts.GeneralBudget.FunctionRow(accounts.SideMain, fn("201"))
			r.Cells[accounts.ColTotal] = w("4412.44")
		}, "acc.cross.appropriation-general", "公开05表", "201"},
		{"财政拨款总表 基金 against 公开07", func(ts *accounts.Tables) {
			r, _ := ts.GovFund.Named(accounts.SideMain, accounts.ItemTotal)
			r.Cells[accounts.ColIncome] = w("1900.00")
		}, "acc.cross.appropriation-govfund", "公开07表", "合计"},
		{"公开05 基本支出 against 公开06", func(ts *accounts.Tables) {
			r, _ := ts.BasicExpenditure.Named(accounts.SideMain, accounts.ItemPublicTotal)
			r.Cells[accounts.ColAmount] = w("134.66")
		}, "acc.cross.general-basic", "公开05表", "合计"},
	}
	for _, c := range cases {
		ts := daye2024.Tables()
		c.break_(ts)
		var hit []fiscal.Finding
		for _, f := range only(ts.Check(accounts.CheckOptions{}), c.rule) {
			if !f.WithinRounding {
				hit = append(hit, f)
			}
		}
		require.NotEmpty(t, hit, c.name)
		assert.Equal(t, c.where, hit[0].Where.Part, c.name)
		assert.Equal(t, c.row, hit[0].Where.Row, c.name)
		assert.Equal(t, fiscal.SeverityError, hit[0].Severity, c.name)
	}
}

func TestCrossTableAbsent(t *testing.T) {
	// A table the document lacks: its cross checks are skipped.
	ts := daye2024.Tables()
	ts.Income, ts.GovFund = nil, nil
	for _, f := range ts.Check(accounts.CheckOptions{}) {
		assert.NotEqual(t, "acc.cross.summary-income", f.Rule)
		assert.NotEqual(t, "acc.cross.appropriation-govfund", f.Rule)
	}
	// 公开08 is empty with its statement; 财政拨款总表 prints 0 for 国资: no finding.
	assert.Empty(t, only(daye2024.Tables().Check(accounts.CheckOptions{}), "acc.cross.appropriation-statecapital"))
}
