package source_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/reader/source"
)

// FuzzParseBBox feeds arbitrary XHTML to the -bbox-layout reader and the
// layout: no panic, the limits hold, every line has cells of text, the
// positioned text renders, and so do the tables' grids.
func FuzzParseBBox(f *testing.F) {
	f.Add([]byte(`<doc><page width="300" height="800"><word xMin="50" yMin="112.82" xMax="66.68" yMax="122.07">201</word><word xMin="150" yMin="112.82" xMax="188.92" yMax="122.07">1,234.00</word></page></doc>`))
	f.Add([]byte(`<doc><page width="595" height="842"><flow><block><line><word xMin="66.79" yMin="99.78" xMax="143.79" yMax="102.60">年初结转和结余</word></line></block></flow><flow><block><line><word xMin="270.10" yMin="86.58" xMax="294.85" yMax="107.06">49.14</word></line></block></flow></page></doc>`))
	f.Add([]byte(`<doc><page width="1" height="1"><word xMin="-1e7" yMin="1e7" xMax="0" yMax="-0">&amp;&#x0;</word></page></doc>`))
	f.Add([]byte(`<page width="1" height="1"><word xMin="1" yMin="1" xMax="1" yMax="1">a</word><word xMin="1" yMin="1" xMax="1" yMax="1">b</word></page>`))
	lim := source.DefaultPDFLimits()
	lim.MaxPages, lim.MaxWords = 20, 500
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, err := source.ParseBBox(data, lim, 0)
		if err != nil {
			return
		}
		if len(pages) > lim.MaxPages {
			t.Fatalf("%d pages, limit %d", len(pages), lim.MaxPages)
		}
		for _, p := range pages {
			for _, l := range p.Lines {
				if len(l.Cells) == 0 {
					t.Fatalf("page %d: a line without cells", p.Number)
				}
				for _, c := range l.Cells {
					if strings.TrimSpace(c.Text) == "" || c.X1 < c.X0 {
						t.Fatalf("page %d: cell %q from %v to %v", p.Number, c.Text, c.X0, c.X1)
					}
				}
			}
		}
		text := source.PDFText(pages)
		if !utf8.Valid(text) {
			t.Fatalf("positioned text is not UTF-8")
		}
		if _, err := source.PDFLines(pages, 1000); err != nil && !strings.Contains(err.Error(), "more than") {
			t.Fatal(err)
		}
		for _, p := range pages {
			g := p.Grid()
			if len(g) != len(p.Lines) {
				t.Fatalf("page %d: %d grid lines for %d lines", p.Number, len(g), len(p.Lines))
			}
		}
		kept := source.DropRunning(pages)
		if len(kept) != len(pages) {
			t.Fatalf("DropRunning: %d pages of %d", len(kept), len(pages))
		}
		if _, err := source.PDFCells(kept, 1000); err != nil && !strings.Contains(err.Error(), "more than") {
			t.Fatal(err)
		}
	})
}
