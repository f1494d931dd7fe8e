package fiscal_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
)

var (
	sinkAmount fiscal.Amount
	sinkErr    error
)

func BenchmarkParseAmount(b *testing.B) {
	for b.Loop() {
		sinkAmount, sinkErr = fiscal.ParseAmount("6,577.03", fiscal.WanYuan)
	}
}

func BenchmarkParseAmountFullWidth(b *testing.B) {
	for b.Loop() {
		sinkAmount, sinkErr = fiscal.ParseAmount("２０００．００　", fiscal.WanYuan)
	}
}

func BenchmarkAdd(b *testing.B) {
	x, y := fiscal.Wan("4402.44"), fiscal.Fen(1)
	for b.Loop() {
		x, sinkErr = x.Add(y)
	}
	sinkAmount = x
}

func BenchmarkFormat(b *testing.B) {
	a := fiscal.Wan("6577.03")
	var s string
	for b.Loop() {
		s = a.Format(fiscal.TableFormat())
	}
	_ = s
}
