package source

import (
	"math"
	"slices"
	"strings"
)

// Columns of a table from positions. A PDF draws no empty cell: a row
// whose 项目支出 is blank prints one figure fewer than the table has
// columns. To give a table's rows with every cell, empty ones included (as
// an HTML table gives them), the columns are found from where the rows'
// cells stand:
//
//   - a table is a run of rows (lines of two or more cells ending with a
//     figure or holding two), no more than four other lines apart;
//   - its columns are the extents of those rows' cells, overlapping ones
//     merged (figures right-aligned in a column overlap, as do names
//     left-aligned in theirs); a text cell reaching over two figure columns
//     (a title, a name too long for its column) does not merge them;
//   - the lines of the table, and the lines just above it whose cells all
//     stand within its columns (the headers), then give one cell a column,
//     each cell in the first column it overlaps (or the nearest).

// gridGap is how many lines without figures may separate two rows of one
// table.
const gridGap = 4

// gridHeaders is how many lines above a table's first row may be its
// headers.
const gridHeaders = 8

type extent struct{ x0, x1 float64 }

// Grid returns the page's lines with their cells: for the lines of a
// table, one cell a column of the table, empty cells included; for any
// other line, nil. See the package's notes on columns.
func (p PDFPage) Grid() [][]string {
	out := make([][]string, len(p.Lines))
	isRow := make([]bool, len(p.Lines))
	for i, l := range p.Lines {
		isRow[i] = isTableRow(l)
	}
	for i := 0; i < len(p.Lines); {
		if !isRow[i] {
			i++
			continue
		}
		// The run of rows from i to last.
		last := i
		for j := i + 1; j < len(p.Lines) && j <= last+gridGap+1; j++ {
			if isRow[j] {
				last = j
			}
		}
		cols := columns(p.Lines[i:last+1], isRow[i:last+1])
		if len(cols) >= 2 {
			first := i
			for k := i - 1; k >= 0 && k >= i-gridHeaders && !isRow[k] && out[k] == nil && within(p.Lines[k], cols); k-- {
				first = k
			}
			for k := first; k <= last; k++ {
				out[k] = place(p.Lines[k], cols)
			}
		}
		i = last + 1
	}
	return out
}

// isTableRow reports whether a line is a row of a table: two or more
// cells, ending with a figure or holding two ("2024 年度" in a sentence is
// not one).
func isTableRow(l PDFLine) bool {
	if len(l.Cells) < 2 {
		return false
	}
	n := 0
	for _, c := range l.Cells {
		if isFigure(c.Text) {
			n++
		}
	}
	return n >= 2 || n == 1 && isFigure(l.Cells[len(l.Cells)-1].Text)
}

// columns finds the columns of a table from its rows' cells.
func columns(ls []PDFLine, rows []bool) []extent {
	var figs, texts []extent
	for i, l := range ls {
		if !rows[i] {
			continue
		}
		for _, c := range l.Cells {
			if isFigure(c.Text) {
				figs = append(figs, extent{c.X0, c.X1})
			} else {
				texts = append(texts, extent{c.X0, c.X1})
			}
		}
	}
	cols := merge(figs)
	var keep []extent
	for _, t := range texts {
		n := 0
		for _, c := range cols {
			if overlaps(t, c) {
				n++
			}
		}
		if n < 2 {
			keep = append(keep, t)
		}
	}
	return merge(append(cols, keep...))
}

// merge joins overlapping spans, left to right.
func merge(ss []extent) []extent {
	ss = slices.Clone(ss)
	slices.SortFunc(ss, func(a, b extent) int { return cmpFloat(a.x0, b.x0) })
	var out []extent
	for _, s := range ss {
		if n := len(out); n > 0 && s.x0 < out[n-1].x1 {
			out[n-1].x1 = max(out[n-1].x1, s.x1)
			continue
		}
		out = append(out, s)
	}
	return out
}

func overlaps(a, b extent) bool { return a.x0 < b.x1 && b.x0 < a.x1 }

// within reports whether every cell of l overlaps a column.
func within(l PDFLine, cols []extent) bool {
	for _, c := range l.Cells {
		ok := false
		for _, col := range cols {
			if overlaps(extent{c.X0, c.X1}, col) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// place puts each cell of l in the first column it overlaps, or the
// nearest one; two cells in one column are joined by a space.
func place(l PDFLine, cols []extent) []string {
	out := make([]string, len(cols))
	for _, c := range l.Cells {
		at, best := -1, math.Inf(1)
		for ci, col := range cols {
			if overlaps(extent{c.X0, c.X1}, col) {
				at = ci
				break
			}
			d := math.Min(math.Abs(c.X0-col.x1), math.Abs(col.x0-c.X1))
			if d < best {
				best, at = d, ci
			}
		}
		if out[at] != "" {
			out[at] += " "
		}
		out[at] += c.Text
	}
	return out
}

// gridLines flattens pages into numbered lines: a table's lines with one
// cell a column (Grid), any other line as text.
func gridLines(pages []PDFPage, l *lines) {
	for _, p := range pages {
		grid := p.Grid()
		for i, pl := range p.Lines {
			if grid[i] != nil {
				l.row(grid[i])
				continue
			}
			texts := make([]string, len(pl.Cells))
			for j, c := range pl.Cells {
				texts[j] = c.Text
			}
			l.text(strings.Join(texts, " "))
		}
	}
}
