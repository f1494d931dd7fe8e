package budget_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// FuzzFromGrids: any code, label and figure handed over by a reader gives
// a model and findings, never a panic, and no row is dropped.
func FuzzFromGrids(f *testing.F) {
	f.Add("summary", "", "一、财政拨款收入", "income", int64(100))
	f.Add("general-function", "2040601", "行政运行", "total", int64(1))
	f.Add("general-basic", "30X", "（一）其中：", "basic", int64(-5))
	f.Fuzz(func(t *testing.T, kind, code, label, col string, fen int64) {
		var p *profile.Table
		for _, q := range budget.Profiles() {
			if q.ID == "budget."+kind {
				p = q
			}
		}
		if p == nil {
			p = budget.Profiles()[0]
		}
		g := profile.Grid{Profile: p, Rows: []profile.Row{{Code: code, Label: label, Cells: map[string]fiscal.Cell{col: fiscal.Present(fiscal.Fen(fen))}}}}
		ts, _ := budget.FromGrids([]profile.Grid{g, g})
		n := 0
		for _, tb := range ts.All() {
			n += len(tb.Rows)
		}
		if n != 2 {
			t.Fatalf("rows dropped: %d of 2", n)
		}
		ts.Check(budget.CheckOptions{})
		budget.NormalizeLabel(label)
	})
}
