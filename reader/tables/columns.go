package tables

// runeAligned reports whether text keeps its columns by characters rather
// than by display columns. pdftotext -layout pads a line with one space
// per character it skips, whatever the width of the characters before: a
// figure after a name of six Chinese characters and one after a name of
// four end at the same character count but four display columns apart.
// Text laid out for the eye (a monospaced rendering, the library's own PDF
// layout) keeps display columns. The two measures differ only for figures
// after wide characters on their line: the text's is the one under which
// more of those end where a figure of a line of figures at most three
// lines away ends.
//
// A table with no figure after wide characters (one row of figures under
// its headers) is measured as the whole text is: one tool wrote it.
func runeAligned(lines []Line) bool {
	r, d := alignedFigures(lines)
	return r > d
}

// alignedFigures counts the figures after wide characters that end where a
// figure of a nearby line ends (lines of two figures or more, rows of
// tables), measured by characters and by display columns.
func alignedFigures(lines []Line) (byRunes, byDisplay int) {
	type figure struct {
		line        int
		runes, disp int // right edges
		afterWide   bool
	}
	var figs []figure
	runeEdges, dispEdges := map[int][]int{}, map[int][]int{}
	for li, l := range lines {
		if l.Cells != nil {
			continue
		}
		col, runes, wide, first := 0, 0, false, len(figs)
		start, startCol, startRunes := -1, 0, 0
		end := func(i int) {
			if t := l.Text[start:i]; isAmount(t) && !isDash(t) {
				f := figure{line: li, runes: startRunes + runeLen(t), disp: startCol + displayWidth(t), afterWide: wide}
				figs = append(figs, f)
			}
			start = -1
		}
		for i, r := range l.Text {
			if isSpace(r) {
				if start >= 0 {
					end(i)
				}
			} else if start < 0 {
				start, startCol, startRunes = i, col, runes
			}
			w := RuneWidth(r)
			wide = wide || w > 1
			col += w
			runes++
		}
		if start >= 0 {
			end(len(l.Text))
		}
		if n := len(figs) - first; n < 2 {
			// A line of one figure (a sentence, a page number) is no
			// row of a table.
			figs = figs[:first]
		}
	}
	for _, f := range figs {
		runeEdges[f.runes] = append(runeEdges[f.runes], f.line)
		dispEdges[f.disp] = append(dispEdges[f.disp], f.line)
	}
	// A figure's neighbours: the figures of the nearest lines of
	// figures above and below it.
	near := func(edges map[int][]int, e, own int) bool {
		for _, l := range edges[e] {
			if l != own && l >= own-3 && l <= own+3 {
				return true
			}
		}
		return false
	}
	for _, f := range figs {
		if !f.afterWide {
			continue
		}
		if near(runeEdges, f.runes, f.line) {
			byRunes++
		}
		if near(dispEdges, f.disp, f.line) {
			byDisplay++
		}
	}
	return byRunes, byDisplay
}
