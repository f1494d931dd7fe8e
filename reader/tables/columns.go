package tables

// runeAligned reports whether text keeps its columns by characters rather
// than by display columns. pdftotext -layout pads a line with one space
// per character it skips, whatever the width of the characters before: a
// figure after a name of six Chinese characters and one after a name of
// four end at the same character count but four display columns apart.
// Text laid out for the eye (a monospaced rendering, the library's own PDF
// layout) keeps display columns. Each figure's right edge is measured both
// ways; the way in which the figures line up into fewer distinct edges is
// the text's.
func runeAligned(lines []Line) bool {
	byRunes, byDisplay := map[int]bool{}, map[int]bool{}
	for _, l := range lines {
		if l.Cells != nil {
			continue
		}
		col, runes := 0, 0
		start, startCol, startRunes := -1, 0, 0
		end := func(i int) {
			if t := l.Text[start:i]; isAmount(t) && !isDash(t) {
				w := displayWidth(t)
				byDisplay[startCol+w] = true
				byRunes[startRunes+runeLen(t)] = true
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
			col += runeWidth(r)
			runes++
		}
		if start >= 0 {
			end(len(l.Text))
		}
	}
	return len(byRunes) < len(byDisplay)
}
