package disclosure_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/daye2024"
)

var sinkDocFindings []fiscal.Finding

// BenchmarkDocumentCheckDaye runs every rule on the whole Daye 2024
// document: tables, "三公", 机关运行经费, procurement, performance forms and
// narrative.
func BenchmarkDocumentCheckDaye(b *testing.B) {
	d := daye2024.Document()
	for b.Loop() {
		sinkDocFindings = d.Check(disclosure.CheckOptions{})
	}
}
