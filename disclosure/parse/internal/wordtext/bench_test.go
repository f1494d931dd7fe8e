package wordtext_test

import (
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/wordtext"
)

// sink keeps the benchmark's result alive.
var sink wordtext.Result

// BenchmarkParseDaye parses the whole Daye report.
func BenchmarkParseDaye(b *testing.B) {
	ls := dayeLines(b)
	b.ReportAllocs()
	for b.Loop() {
		sink = wordtext.Parse(ls)
	}
}
