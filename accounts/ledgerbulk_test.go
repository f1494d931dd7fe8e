package accounts_test

import (
	"slices"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// manyCodes returns n distinct 项 codes (more than the interner's first
// table holds, so that it grows).
func manyCodes(t *testing.T, n int) []classify.Function {
	var out []classify.Function
	for i := range n {
		c, err := classify.ParseFunction(itoa3(201+i%20) + itoa2(1+i/20%30) + itoa2(1+i/600))
		require.NoError(t, err)
		out = append(out, c)
	}
	return out
}

func TestAddExpensesEqualsOneByOne(t *testing.T) {
	codes := manyCodes(t, 500)
	var exs []accounts.Expense
	var ins []accounts.Income
	for i := range 5000 {
		e := accounts.Expense{Function: codes[i*7%len(codes)], Nature: accounts.Nature(1 + i%6), Source: accounts.FundSource(1 + i%8), Amount: fiscal.Fen(int64(i*37%1000 - 200))}
		if i%3 == 0 {
			e.Economic = eco(itoa3(301+i%3) + itoa2(1+i%40))
		}
		exs = append(exs, e)
		ins = append(ins, accounts.Income{Function: codes[i*11%len(codes)], Source: accounts.FundSource(1 + i%8), Amount: fiscal.Fen(int64(i))})
	}
	one := accounts.NewLedger("a", 2024)
	_, err := one.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	require.NoError(t, err)
	for _, e := range exs {
		require.NoError(t, one.AddExpense(e))
	}
	for _, in := range ins {
		require.NoError(t, one.AddIncome(in))
	}
	bulk := accounts.NewLedger("a", 2024)
	_, err = bulk.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	require.NoError(t, err)
	require.NoError(t, bulk.AddExpenses(exs))
	require.NoError(t, bulk.AddIncomes(ins))

	assert.Equal(t, exs, slices.Collect(bulk.Expenses()))
	assert.Equal(t, ins, slices.Collect(bulk.Incomes()))
	assert.Equal(t, slices.Collect(one.Expenses()), slices.Collect(bulk.Expenses()))
	// Totals by a second method: a plain loop over the entries.
	t1, err := bulk.Rollup()
	require.NoError(t, err)
	for _, c := range []classify.Function{{}, codes[0], codes[123], fn("201"), fn("20305")} {
		var want int64
		for _, e := range exs {
			if !c.Valid() || c == e.Function || c.IsAncestorOf(e.Function) {
				want += e.Amount.Fen()
			}
		}
		assert.Equal(t, want, t1.Expense(c, accounts.AllSources, accounts.AllNatures).Fen(), "%v", c)
	}
}

func TestAddExpensesStopsAtTheFirstBadEntry(t *testing.T) {
	l := accounts.NewLedger("a", 2024)
	_, err := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	require.NoError(t, err)
	good := accounts.Expense{Function: fn("2010301"), Nature: accounts.NatureProject, Source: accounts.SourceGeneral, Amount: fiscal.Fen(1)}
	for _, tc := range []struct {
		name  string
		bad   func(e *accounts.Expense)
		field string
	}{
		{"entity", func(e *accounts.Expense) { e.Entity = 9 }, "Entity"},
		{"source", func(e *accounts.Expense) { e.Source = 0 }, "Source"},
		{"nature", func(e *accounts.Expense) { e.Nature = 99 }, "Nature"},
		{"function 款", func(e *accounts.Expense) { e.Function = fn("20103") }, "Function"},
		{"economic 类", func(e *accounts.Expense) { e.Economic = eco("301") }, "Economic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l.Reset("a", 2024)
			_, err := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
			require.NoError(t, err)
			bad := good
			tc.bad(&bad)
			err = l.AddExpenses([]accounts.Expense{good, good, bad, good})
			var ee *accounts.EntryError
			require.ErrorAs(t, err, &ee)
			assert.Equal(t, 2, ee.Index)
			assert.Equal(t, tc.field, ee.Field)
			_, n, _ := l.Len()
			assert.Equal(t, 2, n)
		})
	}
	l.Reset("a", 2024)
	_, err = l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	require.NoError(t, err)
	err = l.AddIncomes([]accounts.Income{{Function: fn("2010301"), Source: accounts.SourceGeneral}, {Function: fn("201"), Source: accounts.SourceGeneral}})
	var ee *accounts.EntryError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 1, ee.Index)
	assert.Equal(t, "Function", ee.Field)
}

func TestResetReusesTheLedger(t *testing.T) {
	l := bigLedger(t, 3000)
	l.Reset("b", 2025)
	assert.Equal(t, "b", l.Department)
	assert.Equal(t, 2025, l.Year)
	in, ex, bal := l.Len()
	assert.Equal(t, [3]int{0, 0, 0}, [3]int{in, ex, bal})
	assert.Empty(t, l.Entities())
	tot, err := l.Rollup()
	require.NoError(t, err)
	assert.Empty(t, tot.Functions())

	// A reset ledger rebuilt equals a new one built the same way.
	fresh := syntheticLedger(t, 1)
	l.Reset(fresh.Department, fresh.Year)
	for _, e := range fresh.Entities() {
		_, err := l.AddEntity(e)
		require.NoError(t, err)
	}
	require.NoError(t, l.AddExpenses(slices.Collect(fresh.Expenses())))
	require.NoError(t, l.AddIncomes(slices.Collect(fresh.Incomes())))
	for b := range fresh.Balances() {
		require.NoError(t, l.AddBalance(b))
	}
	l.SetNonAppropriationSurplusUsed(fresh.NonAppropriationSurplusUsed())
	l.SetSurplusDistribution(fresh.SurplusDistribution())
	assert.Equal(t, fresh.Check(), l.Check())
	a, err := fresh.Tables(accounts.DeriveOptions{})
	require.NoError(t, err)
	b, err := l.Tables(accounts.DeriveOptions{})
	require.NoError(t, err)
	assert.Equal(t, a, b)
}

// TestCheckLargeCancellingEntries: entries whose magnitudes together
// exceed an int64 but cancel within one 项 can still be summed; the check
// falls back to the full roll-up and finds the department balanced.
func TestCheckLargeCancellingEntries(t *testing.T) {
	l := accounts.NewLedger("a", 2024)
	_, err := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	require.NoError(t, err)
	big := fiscal.Fen(1<<62 + 5)
	neg, err := big.Neg()
	require.NoError(t, err)
	e := accounts.Expense{Function: fn("2010301"), Nature: accounts.NatureProject, Source: accounts.SourceGeneral}
	for _, a := range []fiscal.Amount{big, neg, big, neg} {
		e.Amount = a
		require.NoError(t, l.AddExpense(e))
	}
	_, err = l.Rollup()
	require.NoError(t, err)
	assert.Empty(t, l.Check())
}
