package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// A chunk is the text of one cell on one line of layout text: the words
// pdftotext printed with single spaces between them (a letter-spaced cell
// becomes one chunk without its spaces), at a column position counted in
// runes, which is how pdftotext -layout aligns its grid.
type chunk struct {
	i    int    // index of the line in the input
	n    int    // source line number
	x    int    // first rune column
	end  int    // one past the last rune column
	text string // the cell's text
}

// center2 is twice the chunk's centre column, to stay in integers.
func (c chunk) center2() int { return c.x + c.end }

type word struct {
	x, end int
	text   string
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r == '\f' || r == '\v'
}

// words splits a line at white space, keeping rune columns.
func words(s string) []word {
	var out []word
	col, start := 0, -1
	var b strings.Builder
	flush := func() {
		if start >= 0 {
			out = append(out, word{x: start, end: col, text: b.String()})
			b.Reset()
			start = -1
		}
	}
	for _, r := range s {
		if isSpaceRune(r) {
			flush()
		} else {
			if start < 0 {
				start = col
			}
			b.WriteRune(r)
		}
		col++
	}
	flush()
	return out
}

// isWide reports whether r is a Chinese character or full-width
// punctuation: text in which a single space is a cell boundary or
// letter-spacing, never a word separator.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—' || r == '·'
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// chunks splits line l into cells. Words one space apart are one cell
// when one of them is not Chinese ("上海市 XX 局") or when both are single
// characters (letter-spaced "因 公 出 国"); figures are always cells of
// their own.
func chunks(l text.Line, i int) []chunk {
	ws := words(l.Text)
	var out []chunk
	for k, w := range ws {
		if k > 0 && len(out) > 0 {
			prev := ws[k-1]
			c := &out[len(out)-1]
			if w.x-prev.end == 1 && !isFigure(prev.text) && !isFigure(w.text) {
				single := utf8.RuneCountInString(prev.text) == 1 && utf8.RuneCountInString(w.text) == 1
				latin := !isWide(lastRune(prev.text)) || !isWide(firstRune(w.text))
				if single && isWide(firstRune(w.text)) && isWide(lastRune(prev.text)) {
					c.text += w.text
					c.end = w.end
					continue
				}
				if latin {
					c.text += " " + w.text
					c.end = w.end
					continue
				}
			}
		}
		out = append(out, chunk{i: i, n: l.N, x: w.x, end: w.end, text: w.text})
	}
	return out
}

// isAmount reports whether s is printed like an amount: digits with
// optional thousands separators, an optional fraction, an optional sign.
func isAmount(s string) bool {
	if s == "" {
		return false
	}
	t := strings.TrimLeft(s, "-+−")
	if t == "" || len(t) > 40 {
		return false
	}
	intPart, frac, dot := strings.Cut(t, ".")
	if intPart == "" || (dot && frac == "") {
		return false
	}
	for _, r := range frac {
		if r < '0' || r > '9' {
			return false
		}
	}
	digits := 0
	for _, r := range intPart {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ',':
		default:
			return false
		}
	}
	return digits > 0 && (!strings.Contains(intPart, ",") || firstRune(intPart) != ',')
}

// isFigure reports whether s is a figure cell: an amount or a printed
// blank ("-", "—").
func isFigure(s string) bool {
	return isAmount(s) || (s != "" && fiscal.IsBlank(s))
}

// isDigits reports whether s is ASCII digits only.
func isDigits(s string) bool {
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

// isPlaceholder reports whether s is a template placeholder: "…", "。。",
// "XX", "XXX".
func isPlaceholder(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch r {
		case '…', '。', '.', '·', 'X', 'x', '．', 'Ｘ', '⋯':
		default:
			return false
		}
	}
	return true
}

// splitGluedCode splits a chunk that starts with a code glued to its name
// ("30207邮电费") into the code and the name.
func splitGluedCode(c chunk) []chunk {
	k := 0
	for k < len(c.text) && c.text[k] >= '0' && c.text[k] <= '9' {
		k++
	}
	if k < 3 || k == len(c.text) || !isWide(firstRune(c.text[k:])) {
		return []chunk{c}
	}
	code, name := c, c
	code.text, code.end = c.text[:k], c.x+k
	name.text, name.x = c.text[k:], c.x+k
	return []chunk{code, name}
}

// joinPieces joins the pieces of a wrapped cell: no space between Chinese
// pieces, one space between Latin ones.
func joinPieces(pieces []string) string {
	var b strings.Builder
	for _, p := range pieces {
		p = text.Trim(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			s := b.String()
			if !isWide(lastRune(s)) && !isWide(firstRune(p)) && isAlnum(lastRune(s)) && isAlnum(firstRune(p)) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

func isAlnum(r rune) bool { return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// squeeze removes all white space: for comparing labels.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpaceRune(r) {
			return -1
		}
		return r
	}, s)
}

// indent returns the number of leading spaces of s.
func indent(s string) int {
	n := 0
	for _, r := range s {
		if !isSpaceRune(r) {
			return n
		}
		n++
	}
	return n
}

func isBlankLine(s string) bool { return strings.TrimFunc(s, isSpaceRune) == "" }
