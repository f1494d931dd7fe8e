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
	out, _ := p.grid()
	return out
}

// grid is Grid, with the number (from 1) of the table each line belongs
// to, 0 for none.
func (p PDFPage) grid() ([][]string, []int) {
	out := make([][]string, len(p.Lines))
	table := make([]int, len(p.Lines))
	n := 0
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
			n++
			for k := first; k <= last; k++ {
				out[k] = place(p.Lines[k], cols)
				table[k] = n
			}
		}
		i = last + 1
	}
	return out, table
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
// cell a column (Grid), any other line as text. A table printing blocks of
// rows side by side gives the lines of its first block, then those of the
// next (blockStarts).
func gridLines(pages []PDFPage, l *lines) {
	for _, p := range pages {
		grid, table := p.grid()
		for i := 0; i < len(p.Lines); {
			if table[i] == 0 {
				texts := make([]string, len(p.Lines[i].Cells))
				for j, c := range p.Lines[i].Cells {
					texts[j] = c.Text
				}
				l.text(strings.Join(texts, " "))
				i++
				continue
			}
			j := i
			for j < len(p.Lines) && table[j] == table[i] {
				j++
			}
			rows := grid[i:j]
			bounds := append(append([]int{0}, blockStarts(rows)...), len(rows[0]))
			for b := 0; b+1 < len(bounds); b++ {
				for _, r := range rows {
					l.row(slices.Clone(r[bounds[b]:bounds[b+1]]))
				}
			}
			i = j
		}
	}
}

// blockStarts returns the columns at which a table's blocks of rows after
// the first begin: a column holding codes (3, 5 or 7 digits) on two rows
// or more, right of a column holding figures on two rows or more, right of
// the first column of codes. (A 基本支出 table prints 人员经费 and 公用经费
// side by side, each block with its codes, names and figures.)
func blockStarts(rows [][]string) []int {
	ncol := len(rows[0])
	codes := make([]int, ncol)
	figs := make([]int, ncol)
	for _, r := range rows {
		for ci, c := range r {
			switch {
			case isCode(c):
				codes[ci]++
			case isFigure(c):
				figs[ci]++
			}
		}
	}
	first := -1
	var out []int
	for ci := range ncol {
		if codes[ci] < 2 {
			continue
		}
		if first < 0 {
			first = ci
			continue
		}
		if ci > 0 && figs[ci-1] >= 2 {
			out = append(out, ci)
		}
	}
	return out
}

// isCode reports whether s is a classification code: 3, 5 or 7 digits.
func isCode(s string) bool {
	if len(s) != 3 && len(s) != 5 && len(s) != 7 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
