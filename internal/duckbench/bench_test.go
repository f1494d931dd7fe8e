package duckbench

import (
	"context"
	"testing"
)

var (
	sinkSum  int64
	sinkSums int
)

// BenchmarkRollup runs, in one run over the entries of the accounts
// package's BenchmarkRollup1M (1,000,000 expenses and 250,000 incomes):
// the library's Ledger.Rollup; a plain int64 loop summing amounts into
// cells numbered in advance (the floor); and DuckDB on two threads, sums
// by 项, source and nature carried up to 款 and 类 (and, for comparison,
// the sums by 项 alone). entries/s is reported.
func BenchmarkRollup(b *testing.B) {
	l, err := Ledger(1_000_000)
	if err != nil {
		b.Fatal(err)
	}
	incomes, expenses := Entries(l)
	n := float64(len(incomes) + len(expenses))
	b.Run("library", func(b *testing.B) {
		for b.Loop() {
			t, err := l.Rollup()
			if err != nil {
				b.Fatal(err)
			}
			sinkSums = len(t.Functions())
		}
		b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "entries/s")
	})
	b.Run("plain-int64", func(b *testing.B) {
		type cellKey struct {
			f    uint32
			s, n int8
		}
		cells := map[cellKey]int32{}
		type entry struct {
			cell int32
			fen  int64
		}
		var es []entry
		for _, part := range [][]Entry{incomes, expenses} {
			for _, e := range part {
				k := cellKey{e.Function, e.Source, e.Nature}
				c, ok := cells[k]
				if !ok {
					c = int32(len(cells))
					cells[k] = c
				}
				es = append(es, entry{c, e.Fen})
			}
		}
		sums := make([]int64, len(cells))
		b.ResetTimer()
		for b.Loop() {
			clear(sums)
			for _, e := range es {
				sums[e.cell] += e.fen
			}
		}
		sinkSum = sums[0]
		b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "entries/s")
	})
	db, err := Open(2, incomes, expenses)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for _, q := range []struct {
		name string
		run  func(context.Context) (int, int64, error)
	}{{"duckdb-2-threads", db.Rollup}, {"duckdb-2-threads-leaves-only", db.Leaves}} {
		b.Run(q.name, func(b *testing.B) {
			ctx := context.Background()
			for b.Loop() {
				sums, total, err := q.run(ctx)
				if err != nil {
					b.Fatal(err)
				}
				sinkSums, sinkSum = sums, total
			}
			b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "entries/s")
		})
	}
}
