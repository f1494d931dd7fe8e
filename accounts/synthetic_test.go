package accounts_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fn(s string) classify.Function  { return classify.MustParse[classify.FunctionKind](s) }
func eco(s string) classify.Economic { return classify.MustParse[classify.EconomicKind](s) }
func yuan(s string) fiscal.Amount    { return fiscal.MustParseAmount(s, fiscal.Yuan) }

// syntheticLedger is a department of three units (行政, 参公, 事业) using
// every fund source, every nature of expenditure, balances, 使用非财政拨款结余
// and 结余分配. scale multiplies every amount (1 for fen-level figures, 10000
// for whole hundreds of 元, which print exactly in 万元 at two decimals).
func syntheticLedger(t *testing.T, scale int64) *accounts.Ledger {
	t.Helper()
	l := accounts.NewLedger("某某局", 2024)
	office, err := l.AddEntity(accounts.Entity{Name: "某某局本级", Type: accounts.Administrative})
	require.NoError(t, err)
	center, err := l.AddEntity(accounts.Entity{Name: "某某服务中心", Type: accounts.CivilServiceManaged})
	require.NoError(t, err)
	school, err := l.AddEntity(accounts.Entity{Name: "某某学院", Type: accounts.Institution})
	require.NoError(t, err)
	amt := func(s string) fiscal.Amount {
		a, err := yuan(s).MulInt(scale)
		require.NoError(t, err)
		return a
	}
	incomes := []accounts.Income{
		{Entity: office, Source: accounts.SourceGeneral, Function: fn("2010601"), Amount: amt("1234567.89")},
		{Entity: office, Source: accounts.SourceGeneral, Function: fn("2010602"), Amount: amt("345678.12")},
		{Entity: center, Source: accounts.SourceGeneral, Function: fn("2010399"), Amount: amt("456789.01")},
		{Entity: center, Source: accounts.SourceGeneral, Function: fn("2080505"), Amount: amt("98765.43")},
		{Entity: school, Source: accounts.SourceGeneral, Function: fn("2050205"), Amount: amt("2222222.22")},
		{Entity: office, Source: accounts.SourceGovFund, Function: fn("2290402"), Amount: amt("500000.05")},
		{Entity: office, Source: accounts.SourceStateCapital, Function: fn("2011308"), Amount: amt("77777.77")},
		{Entity: school, Source: accounts.SourceSuperior, Function: fn("2050205"), Amount: amt("111111.11")},
		{Entity: school, Source: accounts.SourceBusiness, Function: fn("2050205"), Amount: amt("654321.09")},
		{Entity: school, Source: accounts.SourceOperating, Function: fn("2050205"), Amount: amt("33333.33")},
		{Entity: center, Source: accounts.SourceAffiliated, Function: fn("2010399"), Amount: amt("22222.22")},
		{Entity: office, Source: accounts.SourceOther, Function: fn("2140199"), Amount: amt("4444.44")},
	}
	for _, in := range incomes {
		require.NoError(t, l.AddIncome(in))
	}
	g := accounts.SourceGeneral
	expenses := []accounts.Expense{
		{Entity: office, Function: fn("2010601"), Economic: eco("30101"), Nature: accounts.NaturePersonnel, Source: g, Amount: amt("600000.01")},
		{Entity: office, Function: fn("2010601"), Economic: eco("30102"), Nature: accounts.NaturePersonnel, Source: g, Amount: amt("200000.02")},
		{Entity: office, Function: fn("2010601"), Economic: eco("30302"), Nature: accounts.NaturePersonnel, Source: g, Amount: amt("50000.03")},
		{Entity: office, Function: fn("2010601"), Economic: eco("30201"), Nature: accounts.NaturePublic, Source: g, Amount: amt("123456.78")},
		{Entity: office, Function: fn("2010601"), Economic: eco("30217"), Nature: accounts.NaturePublic, Source: g, Amount: amt("17100.00")},
		{Entity: office, Function: fn("2010601"), Economic: eco("31002"), Nature: accounts.NaturePublic, Source: g, Amount: amt("9999.99")},
		{Entity: office, Function: fn("2010602"), Economic: eco("30227"), Nature: accounts.NatureProject, Source: g, Amount: amt("300000.00")},
		{Entity: center, Function: fn("2010399"), Economic: eco("30199"), Nature: accounts.NaturePersonnel, Source: g, Amount: amt("400000.40")},
		{Entity: center, Function: fn("2010399"), Economic: eco("39999"), Nature: accounts.NaturePublic, Source: g, Amount: amt("5555.55")},
		{Entity: center, Function: fn("2080505"), Economic: eco("30108"), Nature: accounts.NaturePersonnel, Source: g, Amount: amt("98765.43")},
		{Entity: school, Function: fn("2050205"), Economic: eco("30107"), Nature: accounts.NaturePersonnel, Source: g, Amount: amt("1500000.00")},
		{Entity: school, Function: fn("2050205"), Nature: accounts.NatureProject, Source: g, Amount: amt("650000.00")},
		{Entity: office, Function: fn("2290402"), Nature: accounts.NatureProject, Source: accounts.SourceGovFund, Amount: amt("450000.00")},
		{Entity: office, Function: fn("2011308"), Economic: eco("30226"), Nature: accounts.NatureProject, Source: accounts.SourceStateCapital, Amount: amt("70000.00")},
		{Entity: school, Function: fn("2050205"), Nature: accounts.NatureProject, Source: accounts.SourceSuperior, Amount: amt("100000.00")},
		{Entity: school, Function: fn("2050205"), Nature: accounts.NaturePublic, Source: accounts.SourceBusiness, Amount: amt("600000.00")},
		{Entity: school, Function: fn("2050205"), Nature: accounts.NatureOperating, Source: accounts.SourceOperating, Amount: amt("30000.00")},
		{Entity: school, Function: fn("2050205"), Nature: accounts.NatureRemitted, Source: accounts.SourceBusiness, Amount: amt("20000.00")},
		{Entity: center, Function: fn("2010399"), Nature: accounts.NatureSubsidiary, Source: accounts.SourceAffiliated, Amount: amt("20000.00")},
		{Entity: office, Function: fn("2140199"), Nature: accounts.NatureProject, Source: accounts.SourceOther, Amount: amt("4000.00")},
	}
	for _, e := range expenses {
		require.NoError(t, l.AddExpense(e))
	}
	balances := []accounts.Balance{
		// 财政拨款: 年初 + 收入 − 支出 = 年末, per fund, by hand.
		// 一般: income 1234567.89 + 345678.12 + 456789.01 + 98765.43 +
		// 2222222.22 = 4358022.67; spending (the twelve 一般 expenses) =
		// 3954878.21; 年初 200000.00 → 年末 603144.46.
		{Entity: office, Source: g, Function: fn("2010601"), Opening: amt("150000.00"), Closing: amt("590000.00")},
		{Entity: school, Source: g, Function: fn("2050205"), Opening: amt("50000.00"), Closing: amt("13144.46")},
		// 政府性基金: 0 + 500000.05 − 450000.00 = 50000.05.
		{Entity: office, Source: accounts.SourceGovFund, Function: fn("2290402"), Closing: amt("50000.05")},
		// 国有资本经营: 1000.00 + 77777.77 − 70000.00 = 8777.77.
		{Entity: office, Source: accounts.SourceStateCapital, Function: fn("2011308"), Opening: amt("1000.00"), Closing: amt("8777.77")},
		// The other sources: income 111111.11 + 654321.09 + 33333.33 +
		// 22222.22 + 4444.44 = 825432.19; spending 100000 + 600000 + 30000 +
		// 20000 + 20000 + 4000 = 774000.00; 年初 80000.00, 使用非财政拨款结余
		// 5000.00, 结余分配 2000.00 → 年末 825432.19 + 80000 + 5000 − 774000
		// − 2000 = 134432.19.
		{Entity: school, Source: accounts.SourceBusiness, Function: fn("2050205"), Opening: amt("80000.00"), Closing: amt("134432.19")},
	}
	for _, b := range balances {
		require.NoError(t, l.AddBalance(b))
	}
	l.SetNonAppropriationSurplusUsed(amt("5000.00"))
	l.SetSurplusDistribution(amt("2000.00"))
	return l
}

func TestSyntheticLedgerBalances(t *testing.T) {
	l := syntheticLedger(t, 1)
	assert.Empty(t, l.Check(), "the synthetic ledger balances exactly")
}

func TestSyntheticTablesExact(t *testing.T) {
	l := syntheticLedger(t, 1)
	ts, err := l.Tables(accounts.DeriveOptions{Unit: fiscal.Yuan, Decimals: 2})
	require.NoError(t, err)
	assert.Empty(t, ts.Check(accounts.CheckOptions{}), "every identity holds exactly in 元")
}

func TestSyntheticTablesRounded(t *testing.T) {
	// In 万元, each cell is rounded on its own: only within-rounding findings.
	ts, err := syntheticLedger(t, 1).Tables(accounts.DeriveOptions{})
	require.NoError(t, err)
	for _, f := range ts.Check(accounts.CheckOptions{}) {
		assert.True(t, f.WithinRounding, "%v", f)
		assert.Equal(t, fiscal.SeverityInfo, f.Severity)
	}
	// Scaled so that every amount is whole hundreds of 元, they print exactly
	// in 万元: no finding.
	ts, err = syntheticLedger(t, 10000).Tables(accounts.DeriveOptions{})
	require.NoError(t, err)
	assert.Empty(t, ts.Check(accounts.CheckOptions{}))
}

// TestEveryCellIsChecked corrupts each printed cell of the exact tables in
// turn, by one fen, and requires at least one error.
func TestEveryCellIsChecked(t *testing.T) {
	base, err := syntheticLedger(t, 1).Tables(accounts.DeriveOptions{Unit: fiscal.Yuan, Decimals: 2})
	require.NoError(t, err)
	cells := 0
	for _, tb := range base.All() {
		for i := range tb.Rows {
			row := &tb.Rows[i]
			for _, col := range tb.ColumnsOf(row.Side) {
				ts := base.Clone()
				target := &ts.Get(tb.Kind).Rows[i]
				v, _ := target.Cells[col].Amount()
				bumped, err := v.Add(fiscal.Fen(1))
				require.NoError(t, err)
				target.Cells[col] = fiscal.Present(bumped)
				findings := ts.Check(accounts.CheckOptions{})
				assert.True(t, fiscal.HasErrors(findings), "%s %s %s: corruption not caught", tb.Kind.Title(), row.Key(), col)
				cells++
			}
		}
	}
	t.Logf("%d cells corrupted one at a time, each caught", cells)
	assert.Greater(t, cells, 150)
}
