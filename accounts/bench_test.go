package accounts_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/stretchr/testify/assert"
)

var (
	sinkTotals   *accounts.Totals
	sinkFindings []fiscal.Finding
	sinkTables   *accounts.Tables
	sinkLedger   *accounts.Ledger
	sinkSum      int64
)

// bigLedger has n expense entries spread over 200 项, 40 economic 款, six
// natures and eight sources, and n/4 income entries.
func bigLedger(b testing.TB, n int) *accounts.Ledger {
	b.Helper()
	l := accounts.NewLedger("bench", 2024)
	id, _ := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	var fns []classify.Function
	for i := range 200 {
		c, err := classify.ParseFunction(itoa3(201+i%30) + itoa2(1+i%7) + itoa2(1+i/7%50))
		if err != nil {
			b.Fatal(err)
		}
		fns = append(fns, c)
	}
	var ecs []classify.Economic
	for i := range 40 {
		ecs = append(ecs, classify.MustParse[classify.EconomicKind](itoa3(301+i%3)+itoa2(1+i)))
	}
	for i := range n {
		e := accounts.Expense{Entity: id, Function: fns[i%len(fns)], Nature: accounts.Nature(1 + i%6), Source: accounts.FundSource(1 + i%8), Amount: fiscal.Fen(int64(i%100000 + 1))}
		if i%3 == 0 {
			e.Economic = ecs[i%len(ecs)]
		}
		if err := l.AddExpense(e); err != nil {
			b.Fatal(err)
		}
		if i%4 == 0 {
			if err := l.AddIncome(accounts.Income{Entity: id, Source: accounts.FundSource(1 + i%8), Function: fns[i%len(fns)], Amount: fiscal.Fen(int64(i))}); err != nil {
				b.Fatal(err)
			}
		}
	}
	return l
}

func itoa2(n int) string { return string([]byte{byte('0' + n/10%10), byte('0' + n%10)}) }
func itoa3(n int) string {
	return string([]byte{byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
}

// BenchmarkRollup1M rolls up 1,000,000 expense and 250,000 income entries.
// entries/s is reported as a metric.
func BenchmarkRollup1M(b *testing.B) {
	l := bigLedger(b, 1_000_000)
	in, ex, _ := l.Len()
	b.ResetTimer()
	for b.Loop() {
		t, err := l.Rollup()
		if err != nil {
			b.Fatal(err)
		}
		sinkTotals = t
	}
	b.ReportMetric(float64(in+ex)*float64(b.N)/b.Elapsed().Seconds(), "entries/s")
}

// BenchmarkPlainLoop1M is the floor for BenchmarkRollup1M: the same
// 1,250,000 amounts summed by a plain int64 loop into an array indexed by a
// precomputed cell number (what a roll-up does once codes are interned,
// without its overflow checks or the carrying up to 款 and 类).
func BenchmarkPlainLoop1M(b *testing.B) {
	l := bigLedger(b, 1_000_000)
	type entry struct {
		cell   int32
		amount int64
	}
	cells := map[[3]int64]int32{}
	var entries []entry
	add := func(key [3]int64, amount int64) {
		c, ok := cells[key]
		if !ok {
			c = int32(len(cells))
			cells[key] = c
		}
		entries = append(entries, entry{c, amount})
	}
	for in := range l.Incomes() {
		add([3]int64{int64(in.Function.Uint32()), int64(in.Source), 0}, in.Amount.Fen())
	}
	for e := range l.Expenses() {
		add([3]int64{int64(e.Function.Uint32()), int64(e.Source), int64(e.Nature)}, e.Amount.Fen())
	}
	sums := make([]int64, len(cells))
	b.ResetTimer()
	for b.Loop() {
		clear(sums)
		for _, e := range entries {
			sums[e.cell] += e.amount
		}
	}
	sinkSum = sums[0]
	b.ReportMetric(float64(len(entries))*float64(b.N)/b.Elapsed().Seconds(), "entries/s")
}

// BenchmarkDeriveTables derives the eight tables from the totals of the
// 1M-entry ledger.
func BenchmarkDeriveTables(b *testing.B) {
	t, err := bigLedger(b, 1_000_000).Rollup()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		sinkTables, err = accounts.Derive(t, accounts.DeriveOptions{})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTablesCheckDaye validates the Daye 2024 tables: every rule of
// this package (structure, in-table and cross-table identities).
func BenchmarkTablesCheckDaye(b *testing.B) {
	ts := daye2024.Tables()
	cats, _ := classify.Embedded(2024)
	opt := accounts.CheckOptions{Functions: cats.Function, Economics: cats.Economic}
	for b.Loop() {
		sinkFindings = ts.Check(opt)
	}
}

// ledgerEntries are the entries of bigLedger(n), as plain values.
func ledgerEntries(b testing.TB, n int) ([]accounts.Income, []accounts.Expense) {
	l := bigLedger(b, n)
	var ins []accounts.Income
	var exs []accounts.Expense
	for in := range l.Incomes() {
		ins = append(ins, in)
	}
	for e := range l.Expenses() {
		exs = append(exs, e)
	}
	return ins, exs
}

// BenchmarkLedgerBuild builds a ledger of 1,000,000 expense and 250,000
// income entries from slices of entries (AddExpenses, AddIncomes);
// entries/s is reported, to compare with BenchmarkRollup1M. "reused"
// builds into a ledger emptied with Reset, as package batch does; "new"
// allocates a ledger each time.
func BenchmarkLedgerBuild(b *testing.B) {
	ins, exs := ledgerEntries(b, 1_000_000)
	build := func(b *testing.B, l *accounts.Ledger) {
		if _, err := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative}); err != nil {
			b.Fatal(err)
		}
		if err := l.AddExpenses(exs); err != nil {
			b.Fatal(err)
		}
		if err := l.AddIncomes(ins); err != nil {
			b.Fatal(err)
		}
		sinkLedger = l
	}
	b.Run("reused", func(b *testing.B) {
		l := accounts.NewLedger("bench", 2024)
		for b.Loop() {
			l.Reset("bench", 2024)
			build(b, l)
		}
		b.ReportMetric(float64(len(ins)+len(exs))*float64(b.N)/b.Elapsed().Seconds(), "entries/s")
	})
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			build(b, accounts.NewLedger("bench", 2024))
		}
		b.ReportMetric(float64(len(ins)+len(exs))*float64(b.N)/b.Elapsed().Seconds(), "entries/s")
	})
}

// TestRollupAllocatesNothingPerEntry checks that the roll-up's allocations
// depend on the codes, not on the number of entries: a ledger with 100
// times the entries over the same codes allocates the same.
func TestRollupAllocatesNothingPerEntry(t *testing.T) {
	small, large := bigLedger(t, 20_000), bigLedger(t, 2_000_000)
	allocs := func(l *accounts.Ledger) float64 {
		return testing.AllocsPerRun(3, func() {
			if _, err := l.Rollup(); err != nil {
				t.Fatal(err)
			}
		})
	}
	assert.Equal(t, allocs(small), allocs(large))
}
