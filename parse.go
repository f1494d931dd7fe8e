package fiscal

import (
	"math"
	"strings"
	"unicode/utf8"
)

// blankCells are the texts that print an empty cell. They parse as an absent
// [Cell], never as zero.
var blankCells = []string{"", "-", "—", "--", "——", "－", "―", "‐", "–"}

// IsBlank reports whether s, after trimming spaces (the full-width space
// included), is a blank cell: "", "-", "—", "——" or another dash.
func IsBlank(s string) bool {
	t := trimSpace(s)
	for _, b := range blankCells {
		if t == b {
			return true
		}
	}
	return false
}

// ParseAmount reads an amount as printed in a document. unit is the unit the
// figure is in when the text does not say (the table's 金额单位); a unit
// written in the text ("16.244万元", "14.23824万", "1.5亿元", "12元") takes
// precedence.
//
// Accepted: optional sign ("-3.86", "+1", "−3.86" with U+2212), digits with or
// without thousands separators ("6,577.03", "6，577.03"), full-width digits and
// punctuation ("６５７７．０３"), surrounding spaces including the full-width
// space ("2000.00　"). A fraction finer than one fen is an error
// ([ErrPrecision]), so "1.234" 元 is rejected while "1.234万元" is 12,340.00
// 元. A blank cell is an error wrapping [ErrBlank]; use [ParseCell] to read
// blanks as absent.
func ParseAmount(s string, unit Unit) (Amount, error) {
	c, err := ParseCell(s, unit)
	if err != nil {
		return Amount{}, err
	}
	a, ok := c.Amount()
	if !ok {
		return Amount{}, &ParseError{Text: s, Err: ErrBlank}
	}
	return a, nil
}

// ParseCell reads a table cell: a blank cell ("", "　", "—", "-") gives the
// absent Cell, anything else is read as by [ParseAmount].
func ParseCell(s string, unit Unit) (Cell, error) {
	if c, ok := parsePlainCell(s, unit); ok {
		return c, nil
	}
	t := foldNumber(s)
	for _, b := range blankCells {
		if t == b {
			return Cell{}, nil
		}
	}
	// Unit suffix, which overrides the given unit.
	switch {
	case strings.HasSuffix(t, "万元"):
		t, unit = t[:len(t)-len("万元")], WanYuan
	case strings.HasSuffix(t, "亿元"):
		t, unit = t[:len(t)-len("亿元")], YiYuan
	case strings.HasSuffix(t, "万"):
		t, unit = t[:len(t)-len("万")], WanYuan
	case strings.HasSuffix(t, "亿"):
		t, unit = t[:len(t)-len("亿")], YiYuan
	case strings.HasSuffix(t, "元"):
		t, unit = t[:len(t)-len("元")], Yuan
	case strings.HasSuffix(t, "%"):
		return Cell{}, &ParseError{Text: s, Err: ErrPercent}
	}
	if !unit.Valid() {
		return Cell{}, &ParseError{Text: s, Err: ErrUnit}
	}
	t = strings.TrimRight(t, " ")
	fen, err := parseFixed(t, unit.MaxDecimals())
	if err != nil {
		return Cell{}, &ParseError{Text: s, Err: err}
	}
	// fen currently counts units of 10^-maxDecimals of unit, which is one fen
	// for every unit by construction of maxDecimals.
	return Present(Amount{fen}), nil
}

// parsePlainCell reads the figures most cells and narrative amounts are:
// ASCII digits with at most one point between digits and at most the
// unit's decimals, then nothing, 万元, 元 or 亿元 ("6577.03万元", "174.6",
// "0元"), no more than 15 digits and 18 in fen. It reports false for anything else, which
// ParseCell reads by its general path (and reads these the same:
// parsecell_speed_test.go compares).
func parsePlainCell(s string, unit Unit) (Cell, bool) {
	t := s
	switch {
	case strings.HasSuffix(t, "万元"):
		t, unit = t[:len(t)-len("万元")], WanYuan
	case strings.HasSuffix(t, "亿元"):
		t, unit = t[:len(t)-len("亿元")], YiYuan
	case strings.HasSuffix(t, "元"):
		t, unit = t[:len(t)-len("元")], Yuan
	}
	if t == "" || !unit.Valid() {
		return Cell{}, false
	}
	scale := unit.MaxDecimals()
	var v int64
	digits, frac, dot := 0, 0, false
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			v = v*10 + int64(c-'0')
			digits++
			if dot {
				frac++
			}
		case c == '.' && !dot && digits > 0 && i+1 < len(t):
			dot = true
		default:
			return Cell{}, false
		}
	}
	// In fen the figure has digits − frac + scale digits: up to 18 fit an
	// int64 whatever they are.
	if digits > 15 || frac > scale || digits-frac+scale > 18 {
		return Cell{}, false
	}
	for ; frac < scale; frac++ {
		v *= 10
	}
	return Present(Amount{v}), true
}

// parseFixed reads an optionally signed decimal with optional thousands
// separators and returns it scaled by 10^scale as an int64. Digits beyond
// scale must be zero.
func parseFixed(t string, scale int) (int64, error) {
	neg := false
	switch {
	case strings.HasPrefix(t, "-"):
		neg, t = true, t[1:]
	case strings.HasPrefix(t, "+"):
		t = t[1:]
	}
	intPart, frac, hasDot := strings.Cut(t, ".")
	if intPart == "" && (!hasDot || frac == "") {
		return 0, ErrSyntax
	}
	if hasDot && frac == "" {
		return 0, ErrSyntax
	}
	if strings.IndexByte(intPart, ',') >= 0 && !validGrouping(intPart) {
		return 0, ErrSyntax
	}
	// The digits are accumulated into a non-negative v, the sign applied
	// last; v·10 + d fits while v ≤ (MaxInt64 − d) / 10. Once it does not,
	// the rest is only validated (the errors of the text come first).
	var v int64
	overflow := false
	for i := 0; i < len(intPart); i++ {
		c := intPart[i]
		if c == ',' {
			continue // validated above
		}
		if c < '0' || c > '9' {
			return 0, ErrSyntax
		}
		if d := int64(c - '0'); !overflow && v <= (math.MaxInt64-d)/10 {
			v = v*10 + d
		} else {
			overflow = true
		}
	}
	for i := 0; i < len(frac); i++ {
		c := frac[i]
		if c < '0' || c > '9' {
			return 0, ErrSyntax
		}
		if i >= scale {
			if c != '0' {
				return 0, ErrPrecision
			}
			continue
		}
		if d := int64(c - '0'); !overflow && v <= (math.MaxInt64-d)/10 {
			v = v*10 + d
		} else {
			overflow = true
		}
	}
	for i := len(frac); i < scale; i++ {
		if !overflow && v <= math.MaxInt64/10 {
			v *= 10
		} else {
			overflow = true
		}
	}
	if overflow {
		return 0, ErrOverflow
	}
	if neg {
		v = -v
	}
	return v, nil
}

// validGrouping reports whether the commas in s separate groups of three
// digits after a first group of one to three.
func validGrouping(s string) bool {
	first := strings.IndexByte(s, ',')
	if first < 1 || first > 3 {
		return false
	}
	for i := first; i < len(s); i += 4 {
		if s[i] != ',' || i+4 > len(s) {
			return false
		}
		if strings.IndexByte(s[i+1:i+4], ',') >= 0 {
			return false
		}
	}
	return true
}

// foldNumber trims spaces and maps full-width digits and punctuation, the
// Chinese comma and the minus sign to ASCII.
func foldNumber(s string) string {
	s = trimSpace(s)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii || !needsFold(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			b.WriteByte(byte('0' + r - '０'))
		case r == '．':
			b.WriteByte('.')
		case r == '，':
			b.WriteByte(',')
		case r == '－' && b.Len() == 0, r == '−' && b.Len() == 0:
			b.WriteByte('-')
		case r == '＋':
			b.WriteByte('+')
		case r == '％':
			b.WriteByte('%')
		case r == '\u3000' || r == '\u00a0':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return trimSpace(b.String())
}

// needsFold reports whether foldNumber would change s, which has no space
// at either end: s holds a rune foldNumber maps, or is not valid UTF-8
// (its bytes would be replaced). Most figures ("16.24万元") hold neither.
func needsFold(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1,
			r >= '０' && r <= '９', r == '．', r == '，', r == '－', r == '−', r == '＋', r == '％',
			r == '\u3000', r == '\u00a0':
			return true
		}
		i += size
	}
	return false
}

// trimSpace trims ASCII white space, the full-width space U+3000 and the
// no-break space U+00A0.
func trimSpace(s string) string {
	// Most texts neither begin nor end with a blank: a blank's first byte
	// is ASCII white space or the lead byte of U+3000, U+00A0 or U+FEFF
	// (E3, C2, EF), its last byte ASCII white space or their last (80, A0,
	// BF); with neither at the ends there is nothing to trim.
	if len(s) == 0 {
		return s
	}
	switch s[0] {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xe3, 0xc2, 0xef:
		return strings.TrimFunc(s, isSpace)
	}
	switch s[len(s)-1] {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x80, 0xa0, 0xbf:
		return strings.TrimFunc(s, isSpace)
	}
	return s
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', '\ufeff':
		return true
	}
	return false
}
