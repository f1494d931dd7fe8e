package report_test

import (
	"io"
	"testing"

	"github.com/cnfiscal/fiscal/report"
)

func BenchmarkHTMLPutuo(b *testing.B) {
	doc, fs := putuo(b)
	for b.Loop() {
		if err := report.HTML(io.Discard, doc, fs, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkXLSXPutuo(b *testing.B) {
	doc, fs := putuo(b)
	for b.Loop() {
		if err := report.XLSX(io.Discard, doc, fs, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
