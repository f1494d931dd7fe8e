package source

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// Laying out words.
//
// Lines. Engines disagree on word boxes: Poppler's box runs from the
// font's ascent to its descent, and some fonts state these wrongly (a
// report exported by an office suite gives its Chinese text boxes a
// quarter of the font size high and its figures boxes twice the font size
// high, their middles a third of the font size apart). So lines are made in
// two steps. First, words whose middles are within a quarter of their font
// size of each other are one line. Then, tallest box first, a line whose
// box holds the middle of exactly one other line joins it: a box taller
// than the font reaches the middle of the line it belongs to. A box that
// reaches the middles of two lines could belong to either: it stays a line
// of its own (a line of figures alone, which the table reader places by
// the tables' identities).
//
// Cells. Words of a line are ordered left to right; words less than a
// fifth of the font size apart are one token; a gap wider than gapEm times
// the smaller of the two font sizes starts a new cell, and so does a
// figure (digits, separators, sign): a figure is a cell of its own, and
// two columns may be set closer than a font size. Tokens of one cell are
// joined by a space.

// wordGapEm is the gap, in font sizes, within a cell beyond which two
// words are separated by a space.
const wordGapEm = 0.2

// sameLineEm is how far apart, in font sizes, the middles of two words on
// one line may be.
const sameLineEm = 0.25

// lineWindow is how many neighbouring lines (in the order of their
// middles) are considered when a word or a line looks for its line.
const lineWindow = 64

type lineAcc struct {
	y0, y1, m, size float64 // the line's box (the median of its words'), middle, font size
	words           []PDFWord
	gone            bool        // merged into another line
	src             map[int]int // engine block → engine line of its words
}

// compatible reports whether a tall line may join another: not when the
// engine put words of theirs on different lines of one block.
func (l *lineAcc) compatible(o *lineAcc) bool {
	for b, ln := range o.src {
		if x, ok := l.src[b]; ok && x != ln {
			return false
		}
	}
	return true
}

func (l *lineAcc) absorb(o *lineAcc) {
	l.words = append(l.words, o.words...)
	for b, ln := range o.src {
		if l.src == nil {
			l.src = map[int]int{}
		}
		l.src[b] = ln
	}
	o.gone = true
}

func mid(w PDFWord) float64 { return (w.Y0 + w.Y1) / 2 }

// layoutPage groups a page's words into lines and cells.
func layoutPage(p PDFPageWords, gapEm float64) PDFPage {
	out := PDFPage{Width: p.Width, Height: p.Height}
	words := make([]PDFWord, 0, len(p.Words))
	for _, w := range p.Words {
		if strings.TrimFunc(w.Text, unicode.IsSpace) == "" || !finite(w) {
			continue
		}
		if w.Y1 < w.Y0 {
			w.Y0, w.Y1 = w.Y1, w.Y0
		}
		if w.X1 < w.X0 {
			w.X0, w.X1 = w.X1, w.X0
		}
		words = append(words, w)
	}
	words = upright(words)
	estimateSizes(words)
	// Step 0: the words an engine put on one line of a block.
	var groups []*lineAcc
	byLine := map[[2]int]*lineAcc{}
	for _, w := range words {
		if w.Block <= 0 {
			groups = append(groups, &lineAcc{words: []PDFWord{w}})
			continue
		}
		k := [2]int{w.Block, w.Line}
		g := byLine[k]
		if g == nil {
			g = &lineAcc{src: map[int]int{w.Block: w.Line}}
			byLine[k] = g
			groups = append(groups, g)
		}
		g.words = append(g.words, w)
	}
	for _, g := range groups {
		g.settle()
	}
	slices.SortStableFunc(groups, func(a, b *lineAcc) int { return cmpFloat(a.m, b.m) })
	// Step 1: lines whose middles nearly agree.
	var acc []*lineAcc
	for _, g := range groups {
		var best *lineAcc
		bestD := math.Inf(1)
		for i := len(acc) - 1; i >= 0 && i >= len(acc)-lineWindow; i-- {
			l := acc[i]
			d := math.Abs(l.m - g.m)
			if d <= sameLineEm*min(l.size, g.size) && d < bestD {
				best, bestD = l, d
			}
		}
		if best == nil {
			acc = append(acc, g)
			continue
		}
		best.absorb(g)
	}
	for _, l := range acc {
		l.gone = false
		l.settle()
	}
	slices.SortStableFunc(acc, func(a, b *lineAcc) int { return cmpFloat(a.m, b.m) })
	// Step 2: a tall line joins the nearest line whose middle its box holds.
	idx := make([]int, len(acc))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmpFloat(acc[b].y1-acc[b].y0, acc[a].y1-acc[a].y0) })
	for _, i := range idx {
		a := acc[i]
		var best *lineAcc
		n := 0
		for j := max(0, i-lineWindow); j < min(len(acc), i+lineWindow+1); j++ {
			b := acc[j]
			if j == i || b.gone || b.m < a.y0 || b.m > a.y1 || b.y1-b.y0 > a.y1-a.y0 || !b.compatible(a) {
				continue
			}
			best = b
			n++
		}
		// A box reaching the middles of two lines could belong to either:
		// it stays a line of its own, as a line of figures alone, which
		// the table reader places by the tables' identities.
		if n == 1 {
			best.absorb(a)
		}
	}
	for _, l := range acc {
		if !l.gone {
			out.Lines = append(out.Lines, cellsOf(l, gapEm))
		}
	}
	return out
}

// settle sets a line's box, middle and font size from its words.
func (l *lineAcc) settle() {
	var y0, y1, ms, sizes []float64
	for _, w := range l.words {
		y0 = append(y0, w.Y0)
		y1 = append(y1, w.Y1)
		ms = append(ms, mid(w))
		sizes = append(sizes, w.Size)
	}
	l.y0, l.y1, l.m, l.size = median(y0), median(y1), median(ms), median(sizes)
}

func finite(w PDFWord) bool {
	for _, f := range []float64{w.X0, w.X1, w.Y0, w.Y1, w.Size} {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return false
		}
	}
	return true
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cellsOf orders a line's words left to right and joins them into cells.
func cellsOf(l *lineAcc, gapEm float64) PDFLine {
	ws := l.words
	slices.SortStableFunc(ws, func(a, b PDFWord) int { return cmpFloat(a.X0, b.X0) })
	sizes := make([]float64, len(ws))
	for i, w := range ws {
		sizes[i] = w.Size
	}
	out := PDFLine{Y: l.m, Size: median(sizes)}
	// Tokens: runs of words with no space between them.
	type token struct {
		PDFCell
		size float64
	}
	var toks []token
	for i, w := range ws {
		if i > 0 {
			t := &toks[len(toks)-1]
			if w.X0-t.X1 <= wordGapEm*min(w.Size, t.size) {
				t.Text += w.Text
				t.X1 = max(t.X1, w.X1)
				continue
			}
		}
		toks = append(toks, token{PDFCell{Text: w.Text, X0: w.X0, X1: w.X1}, w.Size})
	}
	// Cells: tokens a narrow gap apart, except that a figure is a cell
	// of its own (two figures, or a figure and a name, a space apart are
	// two columns set close).
	cur := toks[0].PDFCell
	for i := 1; i < len(toks); i++ {
		t, prev := toks[i], toks[i-1]
		if t.X0-cur.X1 > gapEm*min(t.size, prev.size) || isFigure(t.Text) || isFigure(prev.Text) {
			out.Cells = append(out.Cells, cur)
			cur = t.PDFCell
			continue
		}
		cur.Text += " " + t.Text
		cur.X1 = max(cur.X1, t.X1)
	}
	out.Cells = append(out.Cells, cur)
	return out
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// estimateSizes gives a font size to words that have none: a word's
// width divided by its width in ems (a wide character one em, any other
// half), when it holds a wide character; else the median of those
// estimates on the page; else the height of its box.
func estimateSizes(ws []PDFWord) {
	var est []float64
	for i := range ws {
		if ws[i].Size > 0 {
			continue
		}
		wide, narrow := 0, 0
		for _, r := range ws[i].Text {
			if isWide(r) {
				wide++
			} else {
				narrow++
			}
		}
		if wide > 0 && ws[i].X1 > ws[i].X0 {
			ws[i].Size = (ws[i].X1 - ws[i].X0) / (float64(wide) + float64(narrow)/2)
			est = append(est, ws[i].Size)
		}
	}
	page := median(est)
	for i := range ws {
		if ws[i].Size > 0 {
			continue
		}
		if page > 0 {
			ws[i].Size = page
		} else if h := ws[i].Y1 - ws[i].Y0; h > 0 {
			ws[i].Size = h
		} else {
			ws[i].Size = 10
		}
	}
}

func isWide(r rune) bool {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return true
	}
	return false
}

// PDFText renders pages as text that keeps column positions, as
// pdftotext -layout prints it (see [PDFPage.Text]); pages are separated by
// form feeds. parse.Parse reads it as layout text.
func PDFText(pages []PDFPage) []byte {
	var b bytes.Buffer
	for i, p := range pages {
		if i > 0 {
			b.WriteByte('\f')
		}
		for _, l := range p.Text() {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// Text renders the page's lines as text that keeps column positions: one
// display column is half the page's usual font size (a wide character is
// two columns, as in pdftotext -layout); a cell of text starts at the
// column of its left edge, a figure ends at the column of its right edge
// (figures are right-aligned, and a digit is rarely exactly a column
// wide); at least two spaces separate cells, so that readers of layout
// text see the gap.
func (p PDFPage) Text() []string {
	var sizes []float64
	left := math.Inf(1)
	for _, l := range p.Lines {
		sizes = append(sizes, l.Size)
		left = min(left, l.Cells[0].X0)
	}
	unit := median(sizes) / 2
	if unit <= 0 {
		unit = 5
	}
	out := make([]string, 0, len(p.Lines))
	var b strings.Builder
	for _, l := range p.Lines {
		b.Reset()
		col := 0
		for j, c := range l.Cells {
			at := int(math.Round((c.X0 - left) / unit))
			if isFigure(c.Text) {
				at = int(math.Round((c.X1-left)/unit)) - displayWidth(c.Text)
			}
			if j > 0 {
				at = max(at, col+2)
			}
			// Indentation beyond a page's width is not worth writing.
			at = min(max(at, col), col+400)
			b.WriteString(strings.Repeat(" ", at-col))
			b.WriteString(c.Text)
			col = at + displayWidth(c.Text)
		}
		out = append(out, b.String())
	}
	return out
}

func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if isWide(r) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// isFigure reports whether s is printed like a figure: digits with
// separators, a sign, a decimal point or a percent sign, nothing else.
func isFigure(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(",.-−%", r):
		default:
			return false
		}
	}
	return digits > 0
}

// Text direction. A table printed sideways (its page turned by /Rotate,
// or its content drawn turned) gives words whose text runs down or up the
// page, in the frame an engine reports (Poppler: the page as displayed;
// pdfium: the page's own space). upright turns the page's words so that
// its text runs left to right, when most of it runs another way: the
// direction of text is told by the step from one word to the next within
// one of the engine's lines (or, without lines, between consecutive words
// a font size or two apart), and the axis also by the shape of words of
// several characters (a word is longer than high along its text).

type direction uint8

const (
	dirRight direction = iota // left to right: as printed
	dirDown                   // top to bottom
	dirUp                     // bottom to top
	dirLeft                   // right to left: upside down
)

// upright returns the words turned so that the page's main text direction
// is left to right; the words are returned as they are when it is already.
func upright(ws []PDFWord) []PDFWord {
	var votes [4]int
	axisX, axisY := 0, 0
	for i, w := range ws {
		if n := len([]rune(w.Text)); n >= 2 {
			wd, ht := w.X1-w.X0, w.Y1-w.Y0
			switch {
			case wd > 1.5*ht:
				axisX++
			case ht > 1.5*wd:
				axisY++
			}
		}
		if i == 0 {
			continue
		}
		p := ws[i-1]
		if p.Block != w.Block || p.Line != w.Line {
			continue
		}
		dx := (w.X0+w.X1)/2 - (p.X0+p.X1)/2
		dy := (w.Y0+w.Y1)/2 - (p.Y0+p.Y1)/2
		reach := 3 * max(w.Size, p.Size, w.X1-w.X0, w.Y1-w.Y0, p.X1-p.X0, p.Y1-p.Y0)
		if dx == 0 && dy == 0 || math.Abs(dx) > reach || math.Abs(dy) > reach {
			continue
		}
		switch {
		case math.Abs(dx) >= 2*math.Abs(dy) && dx > 0:
			votes[dirRight]++
		case math.Abs(dx) >= 2*math.Abs(dy):
			votes[dirLeft]++
		case math.Abs(dy) >= 2*math.Abs(dx) && dy > 0:
			votes[dirDown]++
		case math.Abs(dy) >= 2*math.Abs(dx):
			votes[dirUp]++
		}
	}
	dir := dirRight
	total := votes[0] + votes[1] + votes[2] + votes[3]
	switch {
	case total > 0:
		best := 0
		for d, v := range votes {
			if v > votes[best] {
				best = d
			}
		}
		// Turn the page only when most of its text says so.
		if 2*votes[best] > total {
			dir = direction(best)
		}
	case axisY > 2*axisX && axisY >= 3:
		// Words apart, each in a line of its own (a table's cells): their
		// shape gives the axis, not the sense; text turned a quarter
		// clockwise (read by turning the page to the right) is assumed.
		dir = dirDown
	}
	if dir == dirRight {
		return ws
	}
	out := make([]PDFWord, len(ws))
	for i, w := range ws {
		out[i] = turn(w, dir)
	}
	return out
}

// turn maps a word's box so that text running in dir runs left to right;
// the lines that follow one another in that text stay top to bottom.
func turn(w PDFWord, dir direction) PDFWord {
	x0, y0, x1, y1 := w.X0, w.Y0, w.X1, w.Y1
	switch dir {
	case dirDown: // lines follow one another leftwards
		w.X0, w.X1, w.Y0, w.Y1 = y0, y1, -x1, -x0
	case dirUp: // lines follow one another rightwards
		w.X0, w.X1, w.Y0, w.Y1 = -y1, -y0, x0, x1
	case dirLeft:
		w.X0, w.X1, w.Y0, w.Y1 = -x1, -x0, -y1, -y0
	}
	return w
}
