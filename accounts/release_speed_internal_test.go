package accounts

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// TestReleaseClearsTerms checks that a checker given back to the pool
// holds no term of the tables it checked (clearTerms clears the written
// run only): random tables of every kind, with rows that fail their
// identities, each checked with the same checker's scratch space.
func TestReleaseClearsTerms(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 72))
	c := func() fiscal.Cell {
		return fiscal.MustParseCell([]string{"1.00", "2.00", "0.01", "", "100.00"}[rng.IntN(5)], fiscal.WanYuan)
	}
	for range 300 {
		ts := &Tables{}
		for kd := KindSummary; kd <= KindStateCapital; kd++ {
			if rng.IntN(4) == 0 {
				continue
			}
			tb := NewTable(kd)
			for range rng.IntN(40) {
				r := Row{Side: Side(rng.IntN(3)), Item: Item(rng.IntN(int(numItems)))}
				switch rng.IntN(3) {
				case 0:
					r.Item = 0
					r.Function = classify.MustParse[classify.FunctionKind]([]string{"201", "20103", "2010301", "2010350", "214", "21401"}[rng.IntN(6)])
				case 1:
					r.Item = 0
					r.Economic = classify.MustParse[classify.EconomicKind]([]string{"301", "30101", "30102", "302", "30201"}[rng.IntN(5)])
				}
				for j := range r.Cells {
					r.Cells[j] = c()
				}
				tb.Rows = append(tb.Rows, r)
			}
			ts.Set(tb)
		}
		k := ts.run(CheckOptions{})
		k.release()
		for _, s := range [][]term{k.terms, k.terms2, k.terms3} {
			for i, x := range s[:cap(s)] {
				require.Zero(t, x, "term %d of %d", i, cap(s))
			}
		}
	}
}

// TestFnTermIndex checks the checker's look-up of functional rows through
// its index against the scan of Table.FunctionRow, on random tables with
// codes repeated on either side, the table changed between checks.
func TestFnTermIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 73))
	codes := []string{"201", "20103", "2010301", "2010350", "214", "21401", "229"}
	var k checker
	tb := NewTable(KindIncome)
	for n := range 500 {
		if n%2 == 0 { // a new table; every other check, the same table with its rows changed
			tb = NewTable(TableKind(int(KindSummary) + rng.IntN(int(KindStateCapital-KindSummary+1))))
		}
		tb.Rows = tb.Rows[:0]
		for range rng.IntN(30) {
			r := Row{Side: Side(rng.IntN(3)), Line: rng.IntN(100)}
			if rng.IntN(5) > 0 {
				r.Function = classify.MustParse[classify.FunctionKind](codes[rng.IntN(len(codes))])
			}
			tb.Rows = append(tb.Rows, r)
		}
		k.grow(&Tables{})
		for range 20 {
			s := Side(rng.IntN(3))
			var code classify.Function
			if rng.IntN(8) > 0 {
				code = classify.MustParse[classify.FunctionKind](codes[rng.IntN(len(codes))])
			}
			c := Column(rng.IntN(int(numColumns)))
			require.Equal(t, fnTerm(tb, s, code, c), k.fnTerm(tb, s, code, c))
		}
	}
}
