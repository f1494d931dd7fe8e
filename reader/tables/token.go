package tables

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Line is one line of text, numbered from 1. Cells, when not nil, are the
// line's cells as the format gives them (HTML, DOCX, XLSX): empty cells are
// kept and Text is ignored.
type Line struct {
	N     int
	Text  string
	Cells []string

	// runeCols is set when the text is aligned by characters rather
	// than by display columns (see [runeAligned]).
	runeCols bool
}

type tokKind uint8

const (
	tkText  tokKind = iota + 1
	tkNum           // an amount: 1,234.56, -3, 0.00
	tkBlank         // a printed blank: "-", "—", or an empty explicit cell
)

// tok is one token of a line: a run of non-space text, or an explicit cell.
type tok struct {
	kind tokKind
	text string
	x    int // column of the token's start, or -1 when unknown
}

// tokens splits a line into tokens. Plain text splits on white space (the
// column of each token is kept: its display column, or its character
// column in text aligned by characters); explicit cells are one token
// each.
func tokens(l Line) []tok {
	if l.Cells != nil {
		out := make([]tok, 0, len(l.Cells))
		for _, c := range l.Cells {
			c = trim(c)
			out = append(out, classify(c, -1, true))
		}
		return out
	}
	var out []tok
	col, start, startCol := 0, -1, 0
	s := l.Text
	for i, r := range s {
		if isSpace(r) {
			if start >= 0 {
				out = append(out, classify(s[start:i], startCol, false))
				start = -1
			}
		} else if start < 0 {
			start, startCol = i, col
		}
		if l.runeCols {
			col++
		} else {
			col += RuneWidth(r)
		}
	}
	if start >= 0 {
		out = append(out, classify(s[start:], startCol, false))
	}
	return out
}

func classify(s string, x int, explicit bool) tok {
	switch {
	case s == "" && explicit:
		return tok{kind: tkBlank, x: x}
	case isDash(s):
		return tok{kind: tkBlank, text: s, x: x}
	case isAmount(s):
		return tok{kind: tkNum, text: s, x: x}
	}
	return tok{kind: tkText, text: s, x: x}
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' }

func trim(s string) string { return strings.TrimFunc(s, isSpace) }

// RuneWidth is the display width of a rune in fixed-width text: two for
// a wide or full-width character (East Asian width), one otherwise.
func RuneWidth(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

func isDash(s string) bool {
	switch s {
	case "-", "--", "—", "——", "－", "–", "/", "－－":
		return true
	}
	return false
}

// isAmount reports whether s is printed like an amount: an optional sign,
// digits with or without thousands separators, an optional fraction.
func isAmount(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "−")
	if s == "" {
		return false
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if hasFrac && (frac == "" || !allDigits(frac)) {
		return false
	}
	if intPart == "" {
		return false
	}
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 || !allDigits(groups[0]) {
			return false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 || !allDigits(g) {
				return false
			}
		}
		return true
	}
	return allDigits(intPart)
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// norm folds widths and removes spaces and quotes, for matching titles,
// headers and labels.
func norm(s string) string {
	if n, ok := normPlain(s); ok {
		return n // most lines: nothing to fold (norm runs per line per profile)
	}
	s = width.Fold.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case isSpace(r), r == '“', r == '”', r == '"', r == '\'', r == '‘', r == '’':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// normPlain is norm for a line of ASCII and CJK ideographs of
// U+4000–U+9FFF, which width folding leaves alone: only the ASCII blanks
// (those unicode.IsSpace reports) and quotation marks are removed, without
// decoding runes. It reports false for any other line.
func normPlain(s string) (string, bool) {
	drop := 0
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c < 0x80:
			if asciiDropped(c) {
				drop++
			}
			i++
		case c >= 0xE4 && c <= 0xE9:
			if i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
				return "", false
			}
			i += 3
		default:
			return "", false
		}
	}
	if drop == 0 {
		return s, true
	}
	b := make([]byte, 0, len(s)-drop)
	for i := 0; i < len(s); i++ {
		if !asciiDropped(s[i]) {
			b = append(b, s[i])
		}
	}
	return string(b), true
}

// asciiDropped reports whether norm removes the ASCII byte c: a blank
// (\t \n \v \f \r and space) or a quotation mark.
func asciiDropped(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r' || c == '"' || c == '\''
}

// runeLen is the number of runes in s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// Field is one field of a line as the table reader splits it: a figure
// printed like an amount, a printed blank ("-", "—", an empty explicit
// cell), or text.
type Field struct {
	Text   string
	Figure bool // printed like an amount: 1,234.56, -3, 0.00
	Blank  bool // a printed blank
	X      int  // display column of the field's start, or -1 when unknown
	Width  int  // display width of the text (a wide character counts two)
}

// Fields splits a line as the table reader does: explicit cells one field
// each, plain text on white space (keeping each field's display column).
func Fields(l Line) []Field {
	ts := tokens(l)
	out := make([]Field, len(ts))
	for i, t := range ts {
		w := 0
		for _, r := range t.text {
			w += RuneWidth(r)
		}
		out[i] = Field{Text: t.text, Figure: t.kind == tkNum, Blank: t.kind == tkBlank, X: t.x, Width: w}
	}
	return out
}

// Fold folds widths and removes spaces and quotes, as titles, headers and
// labels are compared.
func Fold(s string) string { return norm(s) }
