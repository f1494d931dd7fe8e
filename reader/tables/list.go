package tables

import (
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// readList reads a table keyed by labels alone ([profile.KeyLabel]): every
// line that ends in figures is a row, its text the row's label, its
// figures the profile's columns in order. A line of text alone is part of
// a label wrapped over lines: a name printed over three lines beside its
// figure ("信息网络及软件购" / "信息网络建设费 966.50" / "置更新") puts its
// middle on the figure's line, so text after a row whose label began on
// the line before it ends that row's label; other text begins the next
// row's. Reading stops at the table's note ("注：").
//
// A line of figures alone with text before it is that text's row, read
// as ambiguous (the figures may belong to the label after them); without
// text before it, it is recorded as Unread. A row printing more figures than the profile
// has columns makes the table unread (its layout is not this profile's).
func readList(s segment, opts Options) *Table {
	t := &Table{Grid: profile.Grid{Profile: s.prof, Title: s.title, Line: s.line, Unit: unitOf(s, opts)}}
	type listRow struct {
		label   []string
		wrapped bool // the label began on a line before the figures
		apart   bool // the figures stand on a line of their own
		line    int
		nums    []val
	}
	var rows []*listRow
	var frags []string
	for _, l := range s.lines {
		toks := tokens(l)
		if len(toks) == 0 {
			continue
		}
		n := norm(lineText(l))
		if isEmptyStatement(n) {
			t.Empty = trim(lineText(l))
			continue
		}
		if strings.HasPrefix(n, "注") && isNoteOrUnit(n) {
			break
		}
		if isPageNumber(n) || isNoteOrUnit(n) || tableNumberRE.MatchString(n) {
			continue
		}
		nums, texts := split(toks, t.Unit)
		var figures []val
		for _, v := range nums {
			if !v.blank {
				figures = append(figures, v)
			}
		}
		switch {
		case len(figures) == 0:
			if len(texts) == 0 {
				continue
			}
			text := strings.Join(texts, "")
			if k := len(rows); k > 0 && rows[k-1].wrapped && len(frags) == 0 {
				// The end of the last row's wrapped label.
				rows[k-1].label = append(rows[k-1].label, text)
				rows[k-1].wrapped = false
				continue
			}
			frags = append(frags, text)
		case len(texts) == 0 && len(frags) == 0:
			if len(figures) == 1 && !strings.ContainsAny(figures[0].text, ".,") && len(rows) > 0 {
				// A bare integer between rows: a page number.
				continue
			}
			t.Unread = append(t.Unread, l.N)
		default:
			if len(figures) > len(s.prof.Columns) {
				t.Reason = "a row prints more figures than the table has columns"
				t.Rows = nil
				return t
			}
			r := &listRow{line: l.N, nums: figures}
			if len(rows) > 0 && len(frags) > 0 {
				// Text before the first row is the table's header.
				r.label, r.wrapped = frags, len(texts) > 0
				// Figures printed on a line of their own below a label
				// may be that label's, or the next one's: in doubt.
				r.apart = len(texts) == 0
			}
			r.label = append(r.label, texts...)
			frags = nil
			rows = append(rows, r)
		}
	}
	for _, r := range rows {
		for _, v := range r.nums {
			t.Decimals, t.DecimalsKnown = figureDecimals(v, t.Decimals, t.DecimalsKnown)
		}
	}
	for _, r := range rows {
		row := profile.Row{Label: strings.Join(r.label, " "), Line: r.line, Cells: make(map[string]fiscal.Cell, len(r.nums))}
		for i, v := range r.nums {
			row.Cells[s.prof.Columns[i].ID] = fiscal.Present(v.amt)
			// A figure printed to the unit among figures with decimals.
			row.Rounded = row.Rounded || t.Decimals > 0 && !strings.Contains(v.text, ".")
		}
		// Figures that could not be given a row leave every row in doubt.
		row.Ambiguous = len(t.Unread) > 0 || r.apart
		t.Rows = append(t.Rows, row)
	}
	return t
}
