package disclosure

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// displayWidth is the number of terminal columns s takes: two for East
// Asian wide and full-width characters (汉字, （）, full-width digits), one
// for the others.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			if r >= ' ' && r != utf8.RuneError {
				n++
			}
		}
	}
	return n
}

// PadRight pads s with spaces to w terminal columns, counting East Asian
// wide and full-width characters as two: the way to line up Chinese text in
// fixed-width output.
func PadRight(s string, w int) string { return padRight(s, w) }

// padRight pads s with spaces to w columns.
func padRight(s string, w int) string {
	if d := w - displayWidth(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

// padLeft right-aligns s in w columns.
func padLeft(s string, w int) string {
	if d := w - displayWidth(s); d > 0 {
		return strings.Repeat(" ", d) + s
	}
	return s
}

// grid prints rows of cells in aligned columns: text columns left-aligned,
// numeric columns (numeric[i]) right-aligned, separated by two spaces.
type grid struct {
	rows    [][]string
	numeric []bool
}

func (g *grid) add(cells ...string) { g.rows = append(g.rows, cells) }

func (g *grid) String() string {
	var widths []int
	for _, r := range g.rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	var b strings.Builder
	for _, r := range g.rows {
		var line strings.Builder
		for i, c := range r {
			if i > 0 {
				line.WriteString("  ")
			}
			if i < len(g.numeric) && g.numeric[i] {
				line.WriteString(padLeft(c, widths[i]))
			} else {
				line.WriteString(padRight(c, widths[i]))
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
	}
	return b.String()
}
