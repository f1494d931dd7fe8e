package tables

import (
	"slices"

	"github.com/cnfiscal/fiscal/reader/profile"
)

// A table may print two or three blocks of rows side by side (a 基本支出
// table: 人员经费 on the left, 公用经费 on the right). In text that keeps
// column positions, the blocks are told apart by where their rows start:
// a code or a named row standing at the same position on several lines,
// not at the start of the line.

// blockStarts returns the display columns at which blocks after the first
// start, or nil.
func blockStarts(lines []Line, p *profile.Table) []int {
	count := map[int]int{}
	var onLine [][]int          // the starts counted on each line
	codeEnds := map[int]bool{}  // where the codes counted end
	figureEnds := map[int]int{} // where other figures end: lines by column
	for _, l := range lines {
		if l.Cells != nil {
			return nil
		}
		toks := tokens(l)
		var here []int
		for i := 1; i < len(toks); i++ {
			if toks[i].x < 0 {
				return nil
			}
			if startsBlock(p, toks[i:]) {
				count[toks[i].x]++
				here = append(here, toks[i].x)
				codeEnds[toks[i].x+len(toks[i].text)] = true
			} else if toks[i].kind == tkNum {
				figureEnds[toks[i].x+len(toks[i].text)]++
			}
		}
		if len(here) > 0 {
			onLine = append(onLine, here)
		}
	}
	// Positions within two columns of each other are one.
	var xs []int
	for x := range count {
		xs = append(xs, x)
	}
	slices.Sort(xs)
	var out []int
	for i := 0; i < len(xs); {
		j, n := i, 0
		for j < len(xs) && xs[j]-xs[i] <= 2 {
			n += count[xs[j]]
			j++
		}
		if n >= 2 && !inFigureColumn(xs[i], xs[j-1], n, codeEnds, figureEnds) {
			out = append(out, xs[i])
		}
		i = j
	}
	return mergePageShifts(out, onLine)
}

// inFigureColumn reports whether the code-like tokens starting between
// columns from and to (n of them) are figures: whole figures that look
// like codes (228 in a table of whole 万元) end where the other figures
// of their column end, at least as many of them as the codes.
func inFigureColumn(from, to, n int, codeEnds map[int]bool, figureEnds map[int]int) bool {
	figures := 0
	for end := from + 2; end <= to+6; end++ {
		if codeEnds[end-1] || codeEnds[end] || codeEnds[end+1] {
			figures += figureEnds[end]
		}
	}
	return figures >= n
}

// pageShift is how far a block may start from where it starts on another
// page (pdftotext lays each page out on its own: the right block of a
// table starts at column 39 on one page and 36 on the next).
const pageShift = 8

// mergePageShifts merges block starts a few columns apart that never start
// blocks on the same line: one block, placed differently on two pages.
func mergePageShifts(starts []int, onLine [][]int) []int {
	near := func(x, start int) bool { return x >= start && x <= start+2 }
	together := func(a, b int) bool {
		for _, xs := range onLine {
			if slices.ContainsFunc(xs, func(x int) bool { return near(x, a) }) && slices.ContainsFunc(xs, func(x int) bool { return near(x, b) }) {
				return true
			}
		}
		return false
	}
	var out []int
	for _, x := range starts {
		if n := len(out); n > 0 && x-out[n-1] <= pageShift && !together(out[n-1], x) {
			continue // the same block as out[n-1], on another page
		}
		out = append(out, x)
	}
	return out
}

// startsBlock reports whether toks begin a row: a code of the table's
// scheme (3 or 5 digits) or a named row.
func startsBlock(p *profile.Table, toks []tok) bool {
	t := toks[0].text
	if d := schemeDigit(p.Key); (len(t) == 3 || len(t) == 5) && allDigits(t) && t[0] == d {
		return true
	}
	label := ""
	for i := 0; i < len(toks) && i < 3 && toks[i].kind == tkText; i++ {
		label += toks[i].text
		if namedKey(p, label) != "" {
			// A named row prints figures; a header line naming a
			// column "合计" (repeated on every page) prints none.
			return slices.ContainsFunc(toks[i+1:], func(t tok) bool { return t.kind != tkText })
		}
	}
	return false
}

// splitBlocks cuts every line at the block starts and returns the lines of
// the first block, then those of the second, and so on; each piece keeps
// its line number.
func splitBlocks(lines []Line, starts []int, p *profile.Table) []Line {
	blocks := make([][]Line, len(starts)+1)
	for _, l := range lines {
		toks := tokens(l)
		pieces := make([][]tok, len(starts)+1)
		for _, t := range toks {
			b := 0
			for b < len(starts) && t.x >= starts[b]-1 {
				b++
			}
			pieces[b] = append(pieces[b], t)
		}
		movePrecedingLabels(p, pieces)
		// Figures with no text in their block, after a piece of the
		// line holding a named row's label and no figure, are that
		// row's: a label centred over the cells up to its figure
		// ("人员经费合计" standing right of its block's codes, "公用经费
		// 合计" over two blocks).
		last := -1
		for b, ts := range pieces {
			if len(ts) == 0 {
				continue
			}
			if last >= 0 && !slices.ContainsFunc(ts, func(t tok) bool { return t.kind == tkText }) &&
				!slices.ContainsFunc(pieces[last], func(t tok) bool { return t.kind != tkText }) && namedLine(p, pieces[last]) {
				pieces[last] = append(pieces[last], ts...)
				pieces[b] = nil
				continue
			}
			last = b
		}
		for b, ts := range pieces {
			if len(ts) == 0 {
				continue
			}
			blocks[b] = append(blocks[b], Line{N: l.N, Text: rebuild(ts, l.runeCols), runeCols: l.runeCols})
		}
	}
	var out []Line
	for _, b := range blocks {
		out = append(out, b...)
	}
	return out
}

// movePrecedingLabels gives a named row's label that ends a piece of a
// line, after that piece's own row and its figures, to the next piece
// holding figures and no text: a label in a cell spanning the code and
// name columns starts left of its block's codes ("人员经费合计 8,209.62
// 公用经费合计 … 1,582.98", 公用经费合计 at the column of the 科目编码
// header, its codes two to six columns right of it), so it falls in the
// block before; left there, its row had no figure and its figure went to
// a coded row with none.
func movePrecedingLabels(p *profile.Table, pieces [][]tok) {
	for b, ts := range pieces {
		// The label: the text after the piece's last figure.
		from := len(ts)
		for from > 0 && ts[from-1].kind == tkText {
			from--
		}
		if from == 0 || from == len(ts) || !namedLine(p, ts[from:]) {
			continue
		}
		next := b + 1
		for next < len(pieces) && len(pieces[next]) == 0 {
			next++
		}
		if next == len(pieces) || slices.ContainsFunc(pieces[next], func(t tok) bool { return t.kind == tkText }) ||
			!slices.ContainsFunc(pieces[next], func(t tok) bool { return t.kind == tkNum }) {
			continue
		}
		pieces[next] = append(slices.Clone(ts[from:]), pieces[next]...)
		pieces[b] = ts[:from]
	}
}

// rebuild writes tokens back as a line, each at its column (counted in
// characters when runeCols is set, in display columns otherwise).
func rebuild(ts []tok, runeCols bool) string {
	var b []rune
	col := 0
	for _, t := range ts {
		for col < t.x {
			b = append(b, ' ')
			col++
		}
		if len(b) > 0 && b[len(b)-1] != ' ' {
			b = append(b, ' ')
			col++
		}
		b = append(b, []rune(t.text)...)
		if runeCols {
			col += runeLen(t.text)
		} else {
			col += displayWidth(t.text)
		}
	}
	return string(b)
}

// In a table given with its cells (HTML, DOCX, XLSX), the blocks are told
// apart by the cells their rows start at: a code followed by its name, or
// a named row, in the same cell of several lines, not the first.

// cellBlockStarts returns the cells at which blocks after the first start
// in lines given with their cells, or nil.
func cellBlockStarts(lines []Line, p *profile.Table) []int {
	if p.Key == profile.KeyNamed || p.Key == profile.KeyLabel {
		return nil
	}
	count := map[int]int{}
	first := 0 // lines starting a row at their first cell
	for _, l := range lines {
		if l.Cells == nil {
			continue
		}
		if cellStartsRow(p, l.Cells, 0) {
			first++
		}
		for i := 1; i < len(l.Cells); i++ {
			if cellStartsRow(p, l.Cells, i) {
				count[i]++
			}
		}
	}
	if first < 2 {
		return nil
	}
	var out []int
	for i, n := range count {
		if n >= 2 {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

// cellStartsRow reports whether cells[i] starts a row: a code of the
// table's scheme (3 or 5 digits) with a name in the next cell, or a named
// row's label with a figure after it.
func cellStartsRow(p *profile.Table, cells []string, i int) bool {
	t := trim(cells[i])
	if d := schemeDigit(p.Key); (len(t) == 3 || len(t) == 5) && allDigits(t) && t[0] == d {
		return i+1 < len(cells) && classify(trim(cells[i+1]), -1, true).kind == tkText
	}
	if t == "" || namedKey(p, t) == "" {
		return false
	}
	for _, c := range cells[i+1:] {
		if k := classify(trim(c), -1, true).kind; k == tkNum {
			return true
		} else if k == tkText {
			return false
		}
	}
	return false
}

// splitCellBlocks cuts every line given with its cells at the block
// starts and returns the lines of the first block, then those of the
// second, and so on, each piece keeping its line number. A piece with no
// cell printed is left out (a block with no row on that line), and a
// piece holding figures and no text belongs to the piece before it (a
// label spanning the cells up to its figure: "公用经费合计" over the
// second block's cells, its figure in the third's); empty cells ending a
// piece are left out. Lines of text go with the first block.
func splitCellBlocks(lines []Line, starts []int) []Line {
	blocks := make([][]Line, len(starts)+1)
	for _, l := range lines {
		if l.Cells == nil {
			blocks[0] = append(blocks[0], l)
			continue
		}
		type piece struct {
			b     int
			cells []string
		}
		var pieces []piece
		from := 0
		for b := 0; b <= len(starts); b++ {
			to := len(l.Cells)
			if b < len(starts) {
				to = min(starts[b], len(l.Cells))
			}
			if from >= to {
				continue
			}
			cells := l.Cells[from:to]
			from = to
			text, printed := false, false
			for _, c := range cells {
				switch classify(trim(c), -1, true).kind {
				case tkText:
					text, printed = true, true
				case tkNum:
					printed = true
				}
			}
			switch {
			case !printed:
				continue
			case !text && len(pieces) > 0:
				last := &pieces[len(pieces)-1]
				last.cells = append(slices.Clone(last.cells), cells...)
				continue
			}
			pieces = append(pieces, piece{b: b, cells: cells})
		}
		for _, pc := range pieces {
			// Empty cells ending a piece are no figures of its row (a
			// header "人员经费" spanning its block is no row of blanks).
			cells := pc.cells
			for len(cells) > 1 && trim(cells[len(cells)-1]) == "" {
				cells = cells[:len(cells)-1]
			}
			blocks[pc.b] = append(blocks[pc.b], Line{N: l.N, Cells: cells})
		}
	}
	var out []Line
	for _, b := range blocks {
		out = append(out, b...)
	}
	return out
}

// namedLine reports whether toks are a named row's label alone.
func namedLine(p *profile.Table, toks []tok) bool {
	label := ""
	for _, t := range toks {
		label += t.text
	}
	return namedKey(p, label) != ""
}
