package accounts_test

import (
	"errors"
	"math"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLedgerEntryErrors(t *testing.T) {
	l := accounts.NewLedger("x", 2024)
	id, err := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	require.NoError(t, err)
	_, err = l.AddEntity(accounts.Entity{Name: "?", Type: 9})
	assert.Error(t, err)
	cases := []struct {
		name  string
		err   error
		field string
	}{
		{"no entity", l.AddIncome(accounts.Income{Entity: 5, Source: accounts.SourceGeneral, Function: fn("2010399")}), "Entity"},
		{"no source", l.AddIncome(accounts.Income{Entity: id, Function: fn("2010399")}), "Source"},
		{"款 not 项", l.AddIncome(accounts.Income{Entity: id, Source: accounts.SourceGeneral, Function: fn("20103")}), "Function"},
		{"no nature", l.AddExpense(accounts.Expense{Entity: id, Source: accounts.SourceGeneral, Function: fn("2010399")}), "Nature"},
		{"economic 类", l.AddExpense(accounts.Expense{Entity: id, Source: accounts.SourceGeneral, Function: fn("2010399"), Nature: accounts.NaturePublic, Economic: eco("302")}), "Economic"},
		{"balance 类", l.AddBalance(accounts.Balance{Entity: id, Source: accounts.SourceGeneral, Function: fn("201")}), "Function"},
	}
	for _, c := range cases {
		var ee *accounts.EntryError
		require.True(t, errors.As(c.err, &ee), c.name)
		assert.Equal(t, c.field, ee.Field, c.name)
	}
	in, ex, bal := l.Len()
	assert.Equal(t, [3]int{0, 0, 0}, [3]int{in, ex, bal}, "rejected entries are not kept")
}

func TestLedgerChecks(t *testing.T) {
	l := syntheticLedger(t, 1)
	assert.Empty(t, l.Check(), "pass")

	// Fail: an extra 一般 expense breaks both balances; it has no economic
	// code, and a 302 code recorded as 人员经费 is flagged.
	require.NoError(t, l.AddExpense(accounts.Expense{Function: fn("2010601"), Nature: accounts.NaturePublic, Source: accounts.SourceGeneral, Amount: yuan("1.00")}))
	require.NoError(t, l.AddExpense(accounts.Expense{Function: fn("2010601"), Economic: eco("30201"), Nature: accounts.NaturePersonnel, Source: accounts.SourceGeneral, Amount: yuan("0")}))
	require.NoError(t, l.AddExpense(accounts.Expense{Function: fn("2010601"), Nature: accounts.NatureOperating, Source: accounts.SourceGovFund, Amount: yuan("0")}))
	fs := l.Check()
	assert.Equal(t, []string{"acc.ledger.balance", "acc.ledger.economic", "acc.ledger.fund-balance", "acc.ledger.nature"}, ruleIDs(fs))
	assert.Len(t, only(fs, "acc.ledger.nature"), 2)
	b := only(fs, "acc.ledger.fund-balance")
	require.Len(t, b, 1)
	assert.Equal(t, "-1.00", b[0].Difference.String(), "年初 + 收入 (actual) is one 元 short of 支出 + 年末 (expected)")

	// Absent: an empty ledger balances trivially.
	assert.Empty(t, accounts.NewLedger("空", 2024).Check())
}

func TestLedgerOverflow(t *testing.T) {
	l := accounts.NewLedger("x", 2024)
	id, _ := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	for range 2 {
		require.NoError(t, l.AddIncome(accounts.Income{Entity: id, Source: accounts.SourceGeneral, Function: fn("2010399"), Amount: fiscal.Fen(math.MaxInt64 - 1)}))
	}
	_, err := l.Rollup()
	assert.ErrorIs(t, err, fiscal.ErrOverflow)
	// Sums that fit one by one but not together.
	l = accounts.NewLedger("x", 2024)
	id, _ = l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	require.NoError(t, l.AddIncome(accounts.Income{Entity: id, Source: accounts.SourceGeneral, Function: fn("2010399"), Amount: fiscal.Fen(math.MaxInt64 / 2)}))
	require.NoError(t, l.AddIncome(accounts.Income{Entity: id, Source: accounts.SourceOther, Function: fn("2010399"), Amount: fiscal.Fen(math.MaxInt64 / 2)}))
	require.NoError(t, l.AddIncome(accounts.Income{Entity: id, Source: accounts.SourceBusiness, Function: fn("2010601"), Amount: fiscal.Fen(math.MaxInt64 / 2)}))
	_, err = l.Rollup()
	assert.ErrorIs(t, err, fiscal.ErrOverflow)
	assert.NotEmpty(t, l.Check(), "the check reports what cannot be summed")
}

func TestLedgerRoundTrip(t *testing.T) {
	l := syntheticLedger(t, 1)
	n := 0
	var total fiscal.Amount
	for in := range l.Incomes() {
		n++
		total, _ = total.Add(in.Amount)
	}
	assert.Equal(t, 12, n)
	// By hand: 一般 4358022.67 + 基金 500000.05 + 国资 77777.77 = 4935800.49;
	// + the other sources 825432.19 = 5761232.68.
	assert.Equal(t, yuan("5761232.68"), total)
}
