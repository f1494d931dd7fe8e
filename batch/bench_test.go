package batch_test

import (
	"context"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/batch"
)

var sinkFindings int

// BenchmarkBatch builds and checks synthetic departments of 1,000 expense
// entries (and their incomes) through Departments on all cores. One op is
// one department, so allocs/op is allocations per department; the
// departments are generated once, outside the timer, and cycled.
// departments/s is reported. "ledger" runs the ledger's rules;
// "tables-yuan" also derives the eight tables exactly (元, two decimals)
// and runs their rules; "tables-wanyuan" derives them as published (万元),
// where independent rounding of every cell gives about 260 findings within
// rounding (info) per department, each one built in full.
func BenchmarkBatch(b *testing.B) {
	deps := synthetic(b, 200, 1000, func(i int) bool { return i%10 == 0 })
	for _, mode := range []struct {
		name   string
		tables bool
		derive accounts.DeriveOptions
	}{{"ledger", false, accounts.DeriveOptions{}}, {"tables-yuan", true, accounts.DeriveOptions{Unit: fiscal.Yuan, Decimals: 2}}, {"tables-wanyuan", true, accounts.DeriveOptions{}}} {
		b.Run(mode.name, func(b *testing.B) {
			in := func(yield func(batch.Department) bool) {
				for i := range b.N {
					if !yield(deps[i%len(deps)]) {
						return
					}
				}
			}
			b.ReportAllocs()
			b.ResetTimer()
			n := 0
			for r, err := range batch.Departments(context.Background(), in, batch.LedgerOptions{Tables: mode.tables, Derive: mode.derive}) {
				if err != nil || r.Err != nil {
					b.Fatal(err, r.Err)
				}
				n += len(r.Findings)
			}
			sinkFindings = n
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "departments/s")
		})
	}
}
