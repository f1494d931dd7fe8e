package layout_test

import (
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/layout"
)

var sinkResult layout.Result

func BenchmarkParsePutuo(b *testing.B) {
	lines := corpus(b, putuoFile)
	b.ReportAllocs()
	for b.Loop() {
		sinkResult = layout.Parse(lines)
	}
}
