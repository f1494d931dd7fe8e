package batch_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/batch"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/require"
)

// synthetic returns n departments of about entries expense entries each,
// over 项 and 款 codes of the embedded 2024 catalogs. Every department
// balances exactly (each source's income under a 项 is what it spent
// there), so the ledger rules find nothing, except in the departments
// whose index is in broken: their first income is one fen more than was
// spent, which acc.ledger.balance (and, for 财政拨款, acc.ledger.fund-
// balance) must report.
func synthetic(tb testing.TB, n, entries int, broken func(int) bool) []batch.Department {
	tb.Helper()
	cats, err := classify.Embedded(2024)
	require.NoError(tb, err)
	var items []classify.Function
	for e := range cats.Function.All() {
		if e.Code.Level() == classify.Item {
			items = append(items, e.Code)
		}
	}
	var personnel, public []classify.Economic
	for e := range cats.Economic.All() {
		if e.Code.Level() != classify.Section {
			continue
		}
		if accounts.IsPersonnel(e.Code) {
			personnel = append(personnel, e.Code)
		} else {
			public = append(public, e.Code)
		}
	}
	require.NotEmpty(tb, items)
	require.NotEmpty(tb, personnel)
	require.NotEmpty(tb, public)
	out := make([]batch.Department, n)
	for d := range n {
		rng := rand.New(rand.NewPCG(uint64(d), 7))
		dep := batch.Department{Name: "部门" + itoa(d), Year: 2024, Entities: []accounts.Entity{
			{Name: "本级", Type: accounts.Administrative}, {Name: "中心", Type: accounts.Institution}}}
		fns := make([]classify.Function, 30+rng.IntN(30))
		for i := range fns {
			fns[i] = items[rng.IntN(len(items))]
		}
		type key struct {
			fn  classify.Function
			src accounts.FundSource
			ent accounts.EntityID
		}
		spent := map[key]int64{}
		var order []key
		for range entries {
			e := accounts.Expense{
				Entity:   accounts.EntityID(rng.IntN(2)),
				Function: fns[rng.IntN(len(fns))],
				Source:   accounts.FundSource(1 + rng.IntN(8)),
				Amount:   fiscal.Fen(int64(1 + rng.IntN(10_000_000))),
			}
			switch {
			case e.Source.IsAppropriation():
				e.Nature = []accounts.Nature{accounts.NaturePersonnel, accounts.NaturePublic, accounts.NatureProject}[rng.IntN(3)]
			default:
				e.Nature = accounts.Nature(1 + rng.IntN(6))
			}
			switch e.Nature {
			case accounts.NaturePersonnel:
				e.Economic = personnel[rng.IntN(len(personnel))]
			case accounts.NaturePublic:
				e.Economic = public[rng.IntN(len(public))]
			}
			dep.Expenses = append(dep.Expenses, e)
			k := key{e.Function, e.Source, e.Entity}
			if _, ok := spent[k]; !ok {
				order = append(order, k)
			}
			spent[k] += e.Amount.Fen()
		}
		for _, k := range order {
			dep.Incomes = append(dep.Incomes, accounts.Income{Entity: k.ent, Source: k.src, Function: k.fn, Amount: fiscal.Fen(spent[k])})
		}
		if broken != nil && broken(d) {
			dep.Incomes[0].Amount = fiscal.Fen(dep.Incomes[0].Amount.Fen() + 1)
		}
		out[d] = dep
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append(b, byte('0'+n%10))
	}
	slices.Reverse(b)
	return string(b)
}
