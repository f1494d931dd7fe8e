package parse_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
)

var sinkLintFindings []fiscal.Finding

// BenchmarkLintDayeText is what `fiscal lint` does in-process with the
// Daye 2024 final accounts as the Hubei word export prints them: the
// bytes of the text are parsed ([parse.Parse]) and every finding is
// computed ([parse.Result.Check]). The corpus file is read once, outside
// the timer; the benchmark is skipped (saying so) when it is absent.
func BenchmarkLintDayeText(b *testing.B) {
	data := corpus(b, daye)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r, err := parse.Parse(data)
		if err != nil {
			b.Fatal(err)
		}
		sinkLintFindings = r.Check(disclosure.CheckOptions{})
	}
}
