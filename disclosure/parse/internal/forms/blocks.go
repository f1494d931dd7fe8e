package forms

import (
	"strings"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// cell is one table cell: its first line and its text, lines joined with
// "\n" and the blanks around it trimmed. read is set once a reader has
// placed it.
type cell struct {
	line int
	text string
	f    field  // the label the cell is, fNone when none
	rest string // the text after the label in the cell
	read bool
}

// block is one table row of the export: a run of non-blank lines. Lines
// before the first cell are paragraph text (free); cells follow.
type block struct {
	free  []text.Line
	cells []cell
	hdr   header // the indicator header the row is, when isHdr
	isHdr bool
}

// empty reports whether the block has no cell with text.
func (b *block) empty() bool {
	for _, c := range b.cells {
		if c.text != "" {
			return false
		}
	}
	return true
}

// nonEmpty returns the indexes of the cells with text.
func (b *block) nonEmpty() []int {
	var out []int
	for i, c := range b.cells {
		if c.text != "" {
			out = append(out, i)
		}
	}
	return out
}

// first returns the index of the first cell with text, or -1.
func (b *block) first() int {
	for i, c := range b.cells {
		if c.text != "" {
			return i
		}
	}
	return -1
}

// line returns the line of the block's first cell, or of its first line.
func (b *block) line() int {
	if len(b.cells) > 0 {
		return b.cells[0].line
	}
	if len(b.free) > 0 {
		return b.free[0].N
	}
	return 0
}

// isBlank reports whether a line ends a row: not a cell, and nothing but
// blanks.
func isBlank(l text.Line) bool { return !text.IsCell(l) && text.Trim(l.Text) == "" }

// splitBlocks splits lines into rows of cells. A line beginning with a tab
// starts a cell; a line without one continues the cell above it, or is a
// paragraph line when no cell precedes it in the row.
func splitBlocks(lines []text.Line) []*block {
	// The sizes first: the blocks and their cells are then cut from one
	// slice each, and a cell's lines, which follow one another, are kept
	// as a span of lines until its text is made.
	blank := make([]bool, len(lines))
	nBlocks, nCells := 0, 0
	in := false
	for i, l := range lines {
		if blank[i] = isBlank(l); blank[i] {
			in = false
			continue
		}
		if !in {
			nBlocks, in = nBlocks+1, true
		}
		if text.IsCell(l) {
			nCells++
		}
	}
	var (
		out    = make([]*block, 0, nBlocks)
		blocks = make([]block, 0, nBlocks)
		cells  = make([]cell, 0, nCells)
		spans  = make([][2]int, 0, nCells) // the lines of each cell: [first, end)
		cur    *block
		first  int // the index in cells of cur's first cell
	)
	flush := func() {
		if cur == nil {
			return
		}
		cur.cells = cells[first:len(cells):len(cells)]
		for i := range cur.cells {
			c := &cur.cells[i]
			c.text = trimCell(cellText(lines, spans[first+i]))
			c.f, c.rest = label(c.text)
		}
		cur.hdr, cur.isHdr = readHeader(cur)
		out = append(out, cur)
		cur = nil
	}
	for i, l := range lines {
		if blank[i] {
			flush()
			continue
		}
		if cur == nil {
			blocks = append(blocks, block{})
			cur, first = &blocks[len(blocks)-1], len(cells)
		}
		switch {
		case text.IsCell(l):
			cells = append(cells, cell{line: l.N})
			spans = append(spans, [2]int{i, i + 1})
		case len(cells) > first:
			spans[len(spans)-1][1] = i + 1
		default:
			cur.free = append(cur.free, l)
		}
	}
	flush()
	return out
}

// cellText joins the lines of a cell with "\n", without the tab that
// begins its first line.
func cellText(lines []text.Line, span [2]int) string {
	if span[1]-span[0] == 1 {
		return lines[span[0]].Text[1:]
	}
	n := span[1] - span[0] - 1
	for _, l := range lines[span[0]:span[1]] {
		n += len(l.Text)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(lines[span[0]].Text[1:])
	for _, l := range lines[span[0]+1 : span[1]] {
		b.WriteByte('\n')
		b.WriteString(l.Text)
	}
	return b.String()
}

// trimCell removes the blanks around a cell: spaces, tabs, full-width and
// no-break spaces, and line breaks.
func trimCell(s string) string {
	// A cell whose first byte begins no blank and whose last byte ends
	// none is returned as it is without decoding (blanks_internal_test.go
	// compares): the blanks' bytes are ASCII white space, E3 80 80, C2 A0
	// and EF BB BF.
	if s == "" {
		return s
	}
	switch first, last := s[0], s[len(s)-1]; {
	case first == ' ' || first >= '\t' && first <= '\r' || first == 0xE3 || first == 0xC2 || first == 0xEF:
	case last == ' ' || last >= '\t' && last <= '\r' || last == 0x80 || last == 0xA0 || last == 0xBF:
	default:
		return s
	}
	return strings.TrimFunc(s, isSpace)
}

// isSpace reports whether r is a blank: ASCII white space, the full-width
// space, the no-break space or a byte-order mark.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', '\ufeff':
		return true
	}
	return false
}

// segment is one table: the rows between two paragraphs, with the
// paragraph lines before it and the heading chosen among them.
type segment struct {
	free    []text.Line // paragraph lines since the previous table
	heading *text.Line  // the last of them, when it is a heading
	blocks  []*block
}

// maxHeading is the longest a heading can be, in runes.
const maxHeading = 100

// isHeading reports whether a paragraph line can head a table: short, and
// naming a table.
func isHeading(s string) bool {
	s = text.Trim(s)
	return s != "" && len([]rune(s)) <= maxHeading && strings.Contains(s, "表")
}

// splitSegments groups rows into tables. A row that begins with paragraph
// text ends the table before it; its cells, if any, begin the next one.
func splitSegments(bs []*block) []*segment {
	var (
		out  []*segment
		cur  *segment
		free []text.Line
	)
	for _, b := range bs {
		if len(b.free) > 0 {
			cur = nil
			free = append(free, b.free...)
		}
		if len(b.cells) == 0 {
			continue
		}
		if cur == nil {
			cur = &segment{free: free}
			if n := len(free); n > 0 && isHeading(free[n-1].Text) {
				h := free[n-1]
				cur.heading = &h
			}
			free = nil
			out = append(out, cur)
		}
		cur.blocks = append(cur.blocks, b)
	}
	return out
}

// titleOf returns the text of a title row, a row with a single non-empty
// cell that is no label, and whether b is one.
func titleOf(b *block) (string, bool) {
	only := -1 // the one non-empty cell (nonEmpty without its slice)
	for i := range b.cells {
		if b.cells[i].text != "" {
			if only >= 0 {
				return "", false
			}
			only = i
		}
	}
	if only < 0 {
		return "", false
	}
	c := &b.cells[only]
	return c.text, c.f == fNone && !b.isHdr
}

// splitTitles splits a table where a title row naming a 自评表 follows rows
// with labels: two forms printed with no paragraph between them. The
// second part has no heading.
func splitTitles(segs []*segment) []*segment {
	var out []*segment
	for _, s := range segs {
		part := &segment{free: s.free, heading: s.heading}
		labelled := false
		for _, b := range s.blocks {
			if t, ok := titleOf(b); ok && labelled && strings.Contains(norm(t), "自评表") {
				out = append(out, part)
				part, labelled = &segment{}, false
			}
			if hasLabel(b) {
				labelled = true
			}
			part.blocks = append(part.blocks, b)
		}
		out = append(out, part)
	}
	return out
}

// hasLabel reports whether a row holds a label or an indicator header.
func hasLabel(b *block) bool {
	if b.isHdr {
		return true
	}
	for _, c := range b.cells {
		if c.f != fNone {
			return true
		}
	}
	return false
}
