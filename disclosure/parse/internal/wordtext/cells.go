package wordtext

import (
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// cell is one table cell: its text as printed (the leading tab removed,
// trailing blanks trimmed; a wrapped cell's lines joined) and the line it
// starts on.
type cell struct {
	s    string
	line int
}

// trimmed returns the cell's text without surrounding blanks.
func (c cell) trimmed() string { return text.Trim(c.s) }

// blank reports whether the cell prints nothing.
func (c cell) blank() bool { return c.trimmed() == "" }

// row is a table row: the cells between two blank lines. A line without a
// tab that continues no cell is a row of its own with prose set (a note, a
// statement that the table is empty).
type row struct {
	cells []cell
	prose bool
}

// blank reports whether no cell of the row prints anything.
func (r row) blank() bool {
	for _, c := range r.cells {
		if !c.blank() {
			return false
		}
	}
	return true
}

// single returns the text of a row of one non-blank cell (or a prose
// line) and true; rows of several cells with text give false.
func (r row) single() (cell, bool) {
	var out cell
	n := 0
	for _, c := range r.cells {
		if !c.blank() {
			out = c
			n++
		}
	}
	return out, n == 1
}

// nonBlank counts the cells that print something.
func (r row) nonBlank() int {
	n := 0
	for _, c := range r.cells {
		if !c.blank() {
			n++
		}
	}
	return n
}

// rowsOf groups the lines of a table into rows. Cells are lines that start
// with a tab; a blank line ends a row. A line without a tab continues the
// last cell when it follows that cell directly, or when it follows it
// after blank lines and is followed directly by another cell (a cell
// whose text the export wrapped: "经营", "", "支出"); otherwise it is a
// prose row of its own.
func rowsOf(ls []text.Line) []row {
	// Every line makes one cell at most: the rows' cells are cut from one
	// slice of that size, which never grows (so that a row's cells, which
	// follow one another, stay a part of it), not grown row by row.
	var rows []row
	slab := make([]cell, 0, len(ls))
	open := false  // the last row takes more cells
	lastCell := -1 // index in ls of the last cell line
	for i, l := range ls {
		switch {
		case text.IsCell(l):
			if !open {
				rows = append(rows, row{cells: slab[len(slab):len(slab)]})
			}
			r := &rows[len(rows)-1]
			slab = append(slab, cell{s: text.Cell(l), line: l.N})
			r.cells = r.cells[:len(r.cells)+1]
			open, lastCell = true, i
		case isBlankLine(l):
			open = false
		default:
			if continues(ls, i, lastCell, open) && len(rows) > 0 && !rows[len(rows)-1].prose {
				r := &rows[len(rows)-1]
				c := &r.cells[len(r.cells)-1]
				c.s = strings.TrimRight(c.s+text.Trim(l.Text), " \u3000\u00a0")
				open, lastCell = true, i
				continue
			}
			slab = append(slab, cell{s: text.Trim(l.Text), line: l.N})
			rows = append(rows, row{cells: slab[len(slab)-1:], prose: true})
			open = false
		}
	}
	for i := range rows {
		rows[i].cells = slices.Clip(rows[i].cells)
	}
	return rows
}

// continues reports whether the prose line ls[i] continues the cell of
// line ls[lastCell].
func continues(ls []text.Line, i, lastCell int, open bool) bool {
	if lastCell < 0 || !continuable(ls[i].Text) {
		return false
	}
	if open && lastCell == i-1 {
		return true
	}
	for j := lastCell + 1; j < i; j++ {
		if !isBlankLine(ls[j]) {
			return false
		}
	}
	return i+1 < len(ls) && text.IsCell(ls[i+1])
}

// continuable reports whether a prose line may be the rest of a wrapped
// cell: not a note, not a statement that a table is empty, not a title or
// a heading.
func continuable(s string) bool {
	t := text.Trim(s)
	if t == "" || strings.HasPrefix(t, "注") || isEmptyStatement(t) || isPartHeading(t) {
		return false
	}
	_, ok := titleOf(t)
	return !ok
}
