package tables

import (
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// A table given with its cells (HTML, DOCX, XLSX) prints each figure
// under its column's header: the header names the column, whatever order
// the profile lists its columns in. A report may print the columns in
// another order (一般公共预算拨款收入 before 上年结转) or print a column the
// profile does not know (国有资本经营预算拨款收入 in a template without it);
// placing the figures in the profile's order would put them under the
// wrong names.

// Where a cell of a row given with its cells belongs.
const (
	cellLabel = -2 // before the figures: a code or a name
	cellAside = -1 // a figure column the profile does not know
)

// cellMap is where a table given with its cells prints each of its
// profile's columns, read from the header rows over its first row.
type cellMap struct {
	width int   // the header rows' cells
	first int   // the first cell under a known column's header
	cols  []int // by cell: a profile column, cellAside or cellLabel
}

// subtotalWords name a group's own column under the group's header
// ("基本支出" over "小计 人员经费 公用经费"): the group's name is the
// column's.
var subtotalWords = []string{"小计", "合计"}

// headerTexts collects the header of a table given with its cells: the
// lines with cells up to the first that rows begins (lines without cells
// before them are passed over, and one after them ends the header), each
// as keep gives its cells, and the widest line's width.
func headerTexts(lines []Line, rows func(Line) bool, keep func([]string) []string) (heads [][]string, width int) {
	for _, l := range lines {
		if l.Cells == nil {
			if len(heads) > 0 {
				break
			}
			continue
		}
		if rows(l) {
			break
		}
		cells := keep(l.Cells)
		heads = append(heads, cells)
		width = max(width, len(cells))
	}
	return heads, width
}

// hasFigure reports whether tokens hold a figure.
func hasFigure(toks []tok) bool {
	return slices.ContainsFunc(toks, func(t tok) bool { return t.kind == tkNum })
}

// headerCells reads the header rows of a table given with its cells and
// maps each cell to the profile column its header names. The header rows
// are the rows of cells above the first row holding a code or a figure;
// those as wide as the widest are stacked cell by cell (a header spanning
// columns is followed by empty cells, so a row of headers narrower than
// that lost cells to a header spanning rows, and its cells cannot be
// told apart). A cell's column is the one named by the lowest header text
// over it (the group's name first over a 小计), each column once, left to
// right. It returns nil, and the figures are placed as they come, when
// fewer than two columns are named, or when a cell after the first named
// one has no header at all (its column cannot be told).
func headerCells(lines []Line, p *profile.Table) *cellMap {
	if len(p.Columns) < 2 || p.Key == profile.KeyLabel {
		return nil
	}
	heads, width := headerTexts(lines, func(l Line) bool {
		toks := tokens(l)
		code, _, _ := rowStart(p, toks, "")
		return code != "" || hasFigure(toks)
	}, func(cells []string) []string { return cells })
	if width == 0 {
		return nil
	}
	m := &cellMap{width: width, first: -1, cols: make([]int, width)}
	taken := map[int]bool{}
	named := 0
	for i := range width {
		m.cols[i] = cellLabel
		var texts []string // bottom up
		for j := len(heads) - 1; j >= 0; j-- {
			if len(heads[j]) == width {
				if n := norm(heads[j][i]); n != "" {
					texts = append(texts, n)
				}
			}
		}
		if len(texts) == 0 {
			if m.first >= 0 {
				return nil
			}
			continue
		}
		order := texts
		if len(texts) > 1 && slices.Contains(subtotalWords, texts[0]) {
			order = append(slices.Clone(texts[1:]), texts[0])
		}
		ci := -1
		for _, t := range order {
			if ci = cellColumn(p, t, taken); ci >= 0 {
				break
			}
		}
		switch {
		case ci >= 0:
			m.cols[i] = ci
			taken[ci] = true
			named++
			if m.first < 0 {
				m.first = i
			}
		case m.first >= 0:
			m.cols[i] = cellAside
		}
	}
	if named < 2 {
		return nil
	}
	return m
}

// cellColumn returns the first column not taken whose headers include the
// normalised text n, or -1.
func cellColumn(p *profile.Table, n string, taken map[int]bool) int {
	for ci, c := range p.Columns {
		if taken[ci] {
			continue
		}
		for _, h := range c.Headers {
			if n == norm(h) {
				return ci
			}
		}
	}
	return -1
}

// place reads a row's cells under the header: its figures in order with
// the column of each, and whether a cell of a column the profile does not
// know holds a figure other than nought (the row's identities then cannot
// be checked). A row wider than the header, a row whose cells do not
// line up with the header, or text under a known column's header, is
// not placed (ok false): it is read as its figures come.
//
// A row with no cell under a known column is not placed either.
//
// A row narrower than the header lost cells at its end (a format dropping
// trailing empty cells) or, when a figure stands among the header's label
// cells, at its start (a 合计 spanning the code and name cells as one, its
// span lost): its cells are then aligned on the right.
func (m *cellMap) place(cells []string, u fiscal.Unit) (vals []val, cols []int, aside, ok bool) {
	if len(cells) > m.width {
		return nil, nil, false, false
	}
	offset := 0
	if len(cells) < m.width && figureBefore(cells, min(m.first, len(cells))) {
		offset = m.width - len(cells)
	}
	for j, c := range cells {
		i := j + offset
		t := classify(trim(c), -1, true)
		col := m.cols[i]
		if col == cellLabel {
			continue
		}
		var v val
		switch t.kind {
		case tkText:
			return nil, nil, false, false
		case tkBlank:
			v = val{text: t.text, blank: true, x: -1}
		default:
			nums, _ := split([]tok{t}, u)
			if len(nums) != 1 {
				return nil, nil, false, false
			}
			v = nums[0]
		}
		if col == cellAside {
			aside = aside || !v.blank && !v.amt.IsZero()
			continue
		}
		vals = append(vals, v)
		cols = append(cols, col)
	}
	if offset > 0 {
		// The cells shifted right must leave the label cells to text.
		for j := 0; j+offset < m.first && j < len(cells); j++ {
			if j > 0 && classify(trim(cells[j]), -1, true).kind == tkNum {
				return nil, nil, false, false
			}
		}
	}
	if len(cols) == 0 {
		// No cell under a known column: nothing for the header to
		// tell.
		return nil, nil, false, false
	}
	return vals, cols, aside, true
}

// byClass keeps, among a coded row's candidates, those that put no figure
// other than nought in a column its 类 is not among the Classes of (a 302
// row's figure is no 人员经费), when the table's header prints every
// column that has Classes: a table whose header names other columns is
// another table, whatever its profile says. A row none of whose
// candidates keeps to its class is left as it was.
func byClass(p *profile.Table, lines []Line, rows []*raw) {
	var classed []int
	h := headerText(lines)
	for ci, c := range p.Columns {
		if len(c.Classes) == 0 {
			continue
		}
		if !slices.ContainsFunc(c.Headers, func(name string) bool { return strings.Contains(h, strings.ReplaceAll(norm(name), " ", "")) }) {
			return
		}
		classed = append(classed, ci)
	}
	if len(classed) == 0 {
		return
	}
	for _, r := range rows {
		if len(r.code) < 3 || len(r.cands) < 2 {
			continue
		}
		class := r.code[:3]
		var keep []assign
		for _, a := range r.cands {
			ok := true
			for _, ci := range classed {
				if v, present := a.cells[ci].Amount(); present && !v.IsZero() && !slices.Contains(p.Columns[ci].Classes, class) {
					ok = false
				}
			}
			if ok {
				keep = append(keep, a)
			}
		}
		if len(keep) > 0 {
			r.cands = keep
		}
	}
}

// sideMap is where a two-sided table given with its cells prints each
// side's columns: by cell, the side's index and the column's index in it
// (-1 for a cell under no figure column: an item's label).
type sideMap struct {
	side, col []int
}

// sideHeaderCells reads the header rows of a two-sided table given with
// its cells (the rows of cells above the first figure, the widest stacked
// as [headerCells] does; the 行次 cells numberCols left out): each side's
// region starts at a header naming no column ("收入项目", "支出项目", "项目")
// once the side before it has named one, and its cells are mapped to the
// side's columns by their header texts. It returns nil, and the figures
// are placed as they come, unless every side names a column, every cell
// of a region after its first named one names one of its side's, and some
// side prints its columns in another order than its profile's (else the
// order is the header's already).
func sideHeaderCells(lines []Line, p *profile.Table, numberCols []int) *sideMap {
	heads, width := headerTexts(lines, func(l Line) bool { return hasFigure(tokens(l)) }, func(all []string) []string {
		var cells []string
		for i, c := range all {
			if !slices.Contains(numberCols, i) {
				cells = append(cells, c)
			}
		}
		return cells
	})
	if width == 0 || len(p.Sides) == 0 {
		return nil
	}
	subs := make([]*profile.Table, len(p.Sides))
	for i, sd := range p.Sides {
		subs[i] = &profile.Table{Columns: sd.Columns}
	}
	m := &sideMap{side: make([]int, width), col: make([]int, width)}
	side, named := 0, make([]int, len(p.Sides))
	taken := map[int]bool{}
	reordered := false
	last := -1 // the last column named in the side
	for i := range width {
		m.side[i], m.col[i] = side, -1
		var texts []string
		for j := len(heads) - 1; j >= 0; j-- {
			if len(heads[j]) == width {
				if n := norm(heads[j][i]); n != "" {
					texts = append(texts, n)
				}
			}
		}
		ci := -1
		for _, t := range texts {
			if ci = cellColumn(subs[side], t, taken); ci >= 0 {
				break
			}
		}
		switch {
		case ci >= 0:
			m.col[i] = ci
			taken[ci] = true
			named[side]++
			reordered = reordered || ci < last
			last = ci
		case len(texts) > 0 && named[side] > 0 && side+1 < len(p.Sides):
			// The next side's label header.
			side++
			m.side[i] = side
			clear(taken)
			last = -1
		case named[side] > 0:
			return nil // a cell of no known column among the side's
		}
	}
	if !reordered || slices.Contains(named, 0) {
		return nil
	}
	return m
}

// place puts the figures of a group of side (its first figure in cell
// from) in the side's column order, a blank for each column it prints no
// cell of. It reports false when a figure's cell is not under a column of
// that side.
func (m *sideMap) place(p *profile.Table, side string, from int, vals []val) ([]val, bool) {
	si := slices.IndexFunc(p.Sides, func(s profile.Side) bool { return s.ID == side })
	if si < 0 {
		return nil, false
	}
	out := make([]val, len(p.Sides[si].Columns))
	for i := range out {
		out[i] = val{blank: true, x: -1}
	}
	for k, v := range vals {
		c := from + k
		if c >= len(m.side) || m.side[c] != si || m.col[c] < 0 {
			if v.blank {
				continue
			}
			return nil, false
		}
		out[m.col[c]] = v
	}
	return out, true
}
