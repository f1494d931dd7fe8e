package input_test

import (
	"testing"

	"github.com/cnfiscal/fiscal/reader/input"
)

var sinkDecoded []byte

// BenchmarkDecodeDaye decodes the Daye text (UTF-8 from a word processor,
// 158 KB, with full-width percent signs to fold): the first stage of every
// lint.
func BenchmarkDecodeDaye(b *testing.B) {
	data := corpus(b, daye)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		out, _, err := input.Decode(data, input.Limits{})
		if err != nil {
			b.Fatal(err)
		}
		sinkDecoded = out
	}
}
