package batch_test

import (
	"context"
	"errors"
	"iter"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/batch"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ints(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func TestMapKeepsInputOrder(t *testing.T) {
	for _, opt := range []batch.Options{{}, {Workers: 1}, {Workers: 8, Window: 8}, {Workers: 3, Window: 100}} {
		var got []int
		// Later items finish first: item i spins for (n − i) rounds.
		for out, err := range batch.Map(context.Background(), ints(500), opt, func() int { return 0 }, func(_ context.Context, _ int, i int) int {
			x := 0
			for j := range (500 - i) * 100 {
				x += j
			}
			_ = x
			return i * i
		}) {
			require.NoError(t, err)
			got = append(got, out)
		}
		want := make([]int, 500)
		for i := range want {
			want[i] = i * i
		}
		assert.Equal(t, want, got, "%+v", opt)
	}
}

func TestMapStateIsPerWorker(t *testing.T) {
	// Each worker counts its items in its own state; the counts add up to
	// the items, and no state is used by two goroutines at once (-race).
	var states atomic.Int32
	type counter struct{ n int }
	var all []*counter
	total := 0
	for out, err := range batch.Map(context.Background(), ints(1000), batch.Options{Workers: 4}, func() *counter {
		states.Add(1)
		return &counter{}
	}, func(_ context.Context, c *counter, i int) *counter {
		c.n++
		return c
	}) {
		require.NoError(t, err)
		if !slices.Contains(all, out) {
			all = append(all, out)
		}
	}
	for _, c := range all {
		total += c.n
	}
	assert.Equal(t, int32(4), states.Load())
	assert.Equal(t, 1000, total)
}

func TestMapReadsAheadAtMostWindow(t *testing.T) {
	// Memory is flat: the producer never runs more than Window items ahead
	// of the consumer, however many items there are.
	var produced, maxAhead atomic.Int64
	consumed := int64(0)
	in := func(yield func(int) bool) {
		for i := range 20_000 {
			produced.Add(1)
			if !yield(i) {
				return
			}
		}
	}
	opt := batch.Options{Workers: 4, Window: 16}
	for _, err := range batch.Map(context.Background(), in, opt, func() int { return 0 }, func(_ context.Context, _ int, i int) int { return i }) {
		require.NoError(t, err)
		consumed++
		if ahead := produced.Load() - consumed; ahead > maxAhead.Load() {
			maxAhead.Store(ahead)
		}
	}
	assert.Equal(t, int64(20_000), consumed)
	// One more item may be taken from the iterator while waiting for a slot.
	assert.LessOrEqual(t, maxAhead.Load(), int64(opt.Window)+1)
}

func TestMapCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var read atomic.Int64
	in := func(yield func(int) bool) {
		for i := 0; ; i++ { // endless
			read.Add(1)
			if !yield(i) {
				return
			}
		}
	}
	n := 0
	var last error
	for out, err := range batch.Map(ctx, in, batch.Options{Workers: 2, Window: 4}, func() int { return 0 }, func(_ context.Context, _ int, i int) int { return i }) {
		if err != nil {
			last = err
			continue
		}
		assert.Equal(t, n, out)
		n++
		if n == 100 {
			cancel()
		}
	}
	assert.ErrorIs(t, last, context.Canceled)
	assert.Equal(t, 100, n, "no output after cancellation")
	assert.Less(t, read.Load(), int64(100+10), "reading stopped")
}

func TestMapBreakStopsWorkers(t *testing.T) {
	var ran atomic.Int64
	n := 0
	for _, err := range batch.Map(context.Background(), ints(100_000), batch.Options{Workers: 2, Window: 8}, func() int { return 0 }, func(_ context.Context, _ int, i int) int {
		ran.Add(1)
		return i
	}) {
		require.NoError(t, err)
		if n++; n == 10 {
			break
		}
	}
	// Map has returned: the workers are done, and ran at most a window
	// past the break.
	assert.LessOrEqual(t, ran.Load(), int64(10+8+2))
}

func TestDepartments(t *testing.T) {
	broken := func(i int) bool { return i%7 == 3 }
	deps := synthetic(t, 60, 300, broken)
	// Department 10 has an entry the ledger rejects.
	deps[10].Expenses = slices.Clone(deps[10].Expenses)
	deps[10].Expenses[5].Entity = 9

	var got []batch.Result
	for r, err := range batch.Departments(context.Background(), slices.Values(deps), batch.LedgerOptions{Options: batch.Options{Workers: 3}}) {
		require.NoError(t, err)
		got = append(got, r)
	}
	require.Len(t, got, len(deps))
	for i, r := range got {
		assert.Equal(t, i, r.Index)
		assert.Equal(t, deps[i].Name, r.Department)
		if i == 10 {
			var ee *accounts.EntryError
			require.ErrorAs(t, r.Err, &ee, "department 10")
			assert.Equal(t, 5, ee.Index)
			assert.Nil(t, r.Findings)
			continue
		}
		require.NoError(t, r.Err)
		var rules []string
		for _, f := range r.Findings {
			rules = append(rules, f.Rule)
		}
		if !broken(i) {
			assert.Empty(t, rules, "department %d", i)
			continue
		}
		// One fen more income than spending: the department's balance is
		// off by 0.01 元, and so is the fund's when the source is 财政拨款.
		require.Contains(t, rules, "acc.ledger.balance", "department %d", i)
		for _, f := range r.Findings {
			if f.Rule == "acc.ledger.balance" {
				d, _ := f.Difference.Decimal()
				assert.Equal(t, "0.01", d.String())
			}
		}
		wantFund := 0
		if deps[i].Incomes[0].Source.IsAppropriation() {
			wantFund = 1
		}
		assert.Equal(t, wantFund, countOf(rules, "acc.ledger.fund-balance"), "department %d", i)
	}
}

func countOf(ss []string, s string) int {
	n := 0
	for _, x := range ss {
		if x == s {
			n++
		}
	}
	return n
}

func TestDepartmentsWithTablesEqualsOneByOne(t *testing.T) {
	deps := synthetic(t, 12, 200, func(i int) bool { return i%2 == 0 })
	opt := batch.LedgerOptions{Tables: true}
	i := 0
	for r, err := range batch.Departments(context.Background(), slices.Values(deps), opt) {
		require.NoError(t, err)
		require.NoError(t, r.Err)
		// A second method: build the ledger alone and check it and its
		// tables.
		l := accounts.NewLedger(deps[i].Name, deps[i].Year)
		for _, e := range deps[i].Entities {
			_, err := l.AddEntity(e)
			require.NoError(t, err)
		}
		for _, in := range deps[i].Incomes {
			require.NoError(t, l.AddIncome(in))
		}
		for _, e := range deps[i].Expenses {
			require.NoError(t, l.AddExpense(e))
		}
		want := l.Check()
		ts, err := l.Tables(accounts.DeriveOptions{})
		require.NoError(t, err)
		want = append(want, ts.Check(accounts.CheckOptions{})...)
		fiscal.SortFindings(want)
		assert.Equal(t, want, r.Findings, "department %d", i)
		i++
	}
	assert.Equal(t, len(deps), i)
}

func TestDocumentsAndLedgers(t *testing.T) {
	d := daye2024.Document()
	want := d.Check(disclosure.CheckOptions{})
	n := 0
	for r, err := range batch.Documents(context.Background(), slices.Values([]*disclosure.Document{d, d, d}), batch.DocumentOptions{}) {
		require.NoError(t, err)
		require.NoError(t, r.Err)
		assert.Equal(t, n, r.Index)
		assert.Equal(t, want, r.Findings)
		assert.Equal(t, "大冶市政务服务和大数据管理局", r.Department)
		n++
	}
	assert.Equal(t, 3, n)

	l := accounts.NewLedger("x", 2024)
	_, err := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	require.NoError(t, err)
	require.NoError(t, l.AddIncome(accounts.Income{Source: accounts.SourceGeneral, Function: mustFn("2010301"), Amount: fiscal.Fen(500)}))
	for r, err := range batch.Ledgers(context.Background(), slices.Values([]*accounts.Ledger{l}), batch.LedgerOptions{}) {
		require.NoError(t, err)
		require.NoError(t, r.Err)
		assert.Equal(t, l.Check(), r.Findings)
		assert.NotEmpty(t, r.Findings) // 5.00 元 income, nothing spent
	}
}

func TestPanicIsAnError(t *testing.T) {
	// A nil ledger panics in its check; the batch goes on.
	var got []batch.Result
	for r, err := range batch.Ledgers(context.Background(), slices.Values([]*accounts.Ledger{accounts.NewLedger("a", 2024), nil, accounts.NewLedger("c", 2024)}), batch.LedgerOptions{}) {
		require.NoError(t, err)
		got = append(got, r)
	}
	require.Len(t, got, 3)
	var pe *batch.PanicError
	assert.NoError(t, got[0].Err)
	assert.True(t, errors.As(got[1].Err, &pe))
	assert.Equal(t, 1, pe.Index)
	assert.NoError(t, got[2].Err)
}

func mustFn(s string) classify.Function { return classify.MustParse[classify.FunctionKind](s) }
