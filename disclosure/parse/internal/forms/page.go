package forms

import (
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// ParsePage reads the 绩效自评表 in lines of page text: pdftotext -layout
// (cells apart by runs of spaces), pdftotext default or -raw, or text with
// the cells one space apart and the empty ones dropped (pdfplumber). Each
// line is a row; its cells are split at runs of two blanks or more, or at
// every blank where the line has no such run. The rows under an indicator
// header and under the 预算执行情况 header are then put in their header's
// columns by what their cells hold (see pagerows.go), since the blank cells
// are not printed; a line holding only a piece of a wrapped name is joined
// to its row. The rows are read as [Parse] reads the word export's: by the
// same labels and headers. The lines given should be those of the forms
// (package layout finds them); lines before the first form's title are
// headings.
func ParsePage(lines []text.Line) Result {
	return parseSegments(splitTitles(splitSegments(pageBlocks(lines))))
}

// maxTitle is the longest a form's title line can be, in runes.
const maxTitle = 60

// pageBlocks turns page-text lines into rows of cells, one row a line: a
// title line above another title is a heading (paragraph text), a line
// with the year alone ("（2024年度）") under a title joins it.
func pageBlocks(lines []text.Line) []*block {
	var out []*block
	var prev *block // the block of the last line with text
	for i, l := range lines {
		t := foldFigures(text.Trim(strings.TrimRight(l.Text, "\r")))
		if t == "" {
			continue
		}
		cells := splitCells(t)
		if len(cells) == 1 {
			switch {
			case isYearLine(t) && prev != nil && isTitleBlock(prev):
				c := &prev.cells[0]
				c.text += t
				c.f, c.rest = label(c.text)
				continue
			case isFormTitle(t) && nextIsTitle(lines[i+1:]):
				b := &block{free: []text.Line{{N: l.N, Text: t}}}
				out = append(out, b)
				prev = nil
				continue
			}
		}
		b := newRow(l.N, cells)
		if ws := words(t); len(ws) > len(cells) || isBudgetNames(newRow(l.N, ws)) {
			// A header's words are one cell each, whatever the spacing
			// ("指标性质 指标值" one space apart under -layout).
			if w := newRow(l.N, ws); w.cells[0].f == fBudget || isBudgetNames(w) {
				b = w
			} else if _, ok := readHeader(w); ok {
				b = w
			}
		}
		if ws := words(t); len(ws) > 2 && isLabelPiece(ws[0]) && isBudgetNames(newRow(l.N, ws[1:])) {
			// A piece of the block's label beside its column names
			// ("年度预算执  年初预算数  全年预算数 …"): the label.
			b = newRow(l.N, ws)
			b.cells[0].f = fBudget
		}
		out = append(out, b)
		prev = b
	}
	out = alignRows(out)
	for _, b := range out {
		if len(b.cells) > 0 {
			b.hdr, b.isHdr = readHeader(b)
		}
	}
	return out
}

// newRow makes a row of cells of one line, their labels read.
func newRow(line int, cells []string) *block {
	b := &block{cells: make([]cell, len(cells))}
	for k, s := range cells {
		b.cells[k] = cell{line: line, text: s}
		b.cells[k].f, b.cells[k].rest = label(s)
	}
	return b
}

// isTitleBlock reports whether b is a title row naming a 自评表.
func isTitleBlock(b *block) bool {
	return len(b.cells) == 1 && isFormTitle(b.cells[0].text)
}

// isFormTitle reports whether a line is short and names a 自评表.
func isFormTitle(s string) bool {
	n := norm(s)
	return utf8.RuneCountInString(n) <= maxTitle && strings.Contains(n, "自评表")
}

// isYearLine reports whether a line holds a year in brackets alone:
// "（2024年度）", "(2024年)".
func isYearLine(s string) bool {
	n := norm(s)
	if !strings.HasPrefix(n, "(") || !strings.HasSuffix(n, ")") {
		return false
	}
	in := strings.TrimSuffix(strings.TrimSuffix(n[1:len(n)-1], "度"), "年")
	if len(in) != 4 {
		return false
	}
	for i := 0; i < len(in); i++ {
		if in[i] < '0' || in[i] > '9' {
			return false
		}
	}
	return true
}

// nextIsTitle reports whether the next line with text is a title naming a
// 自评表 too (the line before it is then a heading).
func nextIsTitle(ls []text.Line) bool {
	for _, l := range ls {
		t := text.Trim(strings.TrimRight(l.Text, "\r"))
		if t == "" {
			continue
		}
		return len(splitCells(t)) == 1 && isFormTitle(t)
	}
	return false
}

// splitCells splits a trimmed line into cells: at runs of two blanks or
// more (spaces, tabs, full-width spaces) where the line has such a run,
// else at every blank.
func splitCells(s string) []string {
	wide := strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\u3000")
	var out []string
	start, blanks := -1, 0
	cut := func(end int) {
		if start >= 0 {
			out = append(out, s[start:end])
			start = -1
		}
	}
	runeEnd := 0 // the end of the last non-blank rune
	for i, r := range s {
		if r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' {
			blanks++
			if !wide || blanks >= 2 || r != ' ' {
				cut(runeEnd)
			}
			continue
		}
		if start < 0 {
			start = i
		}
		blanks = 0
		runeEnd = i + utf8.RuneLen(r)
	}
	cut(runeEnd)
	return out
}

// words splits a cell's text at every blank.
func words(s string) []string {
	return strings.FieldsFunc(s, isSpace)
}

// foldFigures folds the full-width digits, decimal point and percent sign
// of a line to ASCII ("３,０４３．０６" is 3,043.06, "９６．６１％" 96.61%), as
// some typists print figures: the readers of figures know ASCII only.
// Other full-width characters (brackets, colons, commas of the text) stay.
func foldFigures(s string) string {
	if !strings.ContainsAny(s, "０１２３４５６７８９．％") {
		return s // most lines: nothing to fold
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '．':
			return '.'
		case r == '％':
			return '%'
		}
		return r
	}, s)
}
