package classify

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// NormalizeName folds a name for comparison: full-width letters, digits and
// punctuation become half-width (（）→ ()), and all white space, including
// the full-width space and the line breaks of a name wrapped across lines,
// is removed. Chinese characters are unchanged. Official names keep their
// printed form; only comparisons use this.
func NormalizeName(s string) string {
	if normalized(s) {
		return s // most names: nothing to fold or remove, no copy
	}
	s = width.Fold.String(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', '\ufeff':
			return -1
		}
		return r
	}, s)
}

// normalized reports whether NormalizeName leaves s as it is: valid UTF-8
// without a blank and without a rune of the Fullwidth or Halfwidth forms
// (U+3000, U+20A9, U+FF00 … U+FFEF), the only ones width.Fold maps.
// name_test.go compares with the folding itself.
func normalized(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7F {
				return false // a blank or a control byte
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1, r == '\u3000', r == '\u00a0', r == '\ufeff', r == '\u20a9', r >= 0xFF00 && r <= 0xFFEF,
			r == '\u0085', r >= '\u2000' && r <= '\u200a', r == '\u2028', r == '\u2029', r == '\u202f', r == '\u205f', r == '\u1680':
			return false
		}
		i += n
	}
	return true
}

// NameKey folds a name further than [NormalizeName], for deciding whether a
// printed name is the catalog's: besides width and spaces, every kind of
// bracket becomes ( ), quotation marks (“”‘’「」"') and the 、 and · marks
// are dropped, a numbering prefix ("1.", "（一）", "一、") is dropped, and
// a trailing 支出 is dropped, so 机关事业单位基本养老保险缴费支出 and
// 机关事业单位基本养老保险缴费 have one key. Two names with one key are
// the same name printed two ways.
func NameKey(s string) string {
	s = trimListNumber(NormalizeName(s))
	s = strings.Map(func(r rune) rune {
		switch r {
		case '〔', '[', '【', '{', '<', '《':
			return '('
		case '〕', ']', '】', '}', '>', '》':
			return ')'
		case '“', '”', '‘', '’', '「', '」', '"', '\'', '、', '·', '•', '.', ',', '，', ':', '：', ';', '；':
			return -1
		}
		return r
	}, s)
	for t := trimNumbering(s); t != s; t = trimNumbering(s) {
		s = t
	}
	for strings.HasSuffix(s, "支出") && len(s) > len("支出") {
		s = strings.TrimSuffix(s, "支出")
	}
	return s
}

// trimListNumber drops a leading list number written with its mark:
// 一、 二十六、 1、 1. 1．(after width folding, ．is .).
func trimListNumber(s string) string {
	i := 0
	for _, r := range s {
		if !isNumeralRune(r) {
			break
		}
		i += len(string(r))
	}
	if i == 0 || i >= len(s) {
		return s
	}
	if rest, ok := strings.CutPrefix(s[i:], "、"); ok {
		return rest
	}
	if rest, ok := strings.CutPrefix(s[i:], "."); ok && rest != "" {
		return rest
	}
	return s
}

// trimNumbering drops a leading list number: (一), (1), 一, 1 (the
// punctuation after it is already removed by NameKey).
func trimNumbering(s string) string {
	if strings.HasPrefix(s, "(") {
		if i := strings.IndexByte(s, ')'); i > 0 && i <= 1+3*3 && isNumeral(s[1:i]) {
			return s[i+1:]
		}
		return s
	}
	i := 0
	for _, r := range s {
		if !isNumeralRune(r) {
			break
		}
		i += len(string(r))
	}
	// Keep names that are numerals only, and names whose numeral is part of
	// the name itself (一般…, 三峡…): strip only ASCII digits, and Chinese
	// numerals only when followed by nothing that could continue a word.
	if i > 0 && i < len(s) && s[0] >= '0' && s[0] <= '9' {
		return s[i:]
	}
	return s
}

func isNumeral(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isNumeralRune(r) {
			return false
		}
	}
	return true
}

func isNumeralRune(r rune) bool {
	return (r >= '0' && r <= '9') || strings.ContainsRune("一二三四五六七八九十", r)
}

// SameName reports whether two names are the same name printed two ways
// (see [NameKey]).
func SameName(a, b string) bool { return NameKey(a) == NameKey(b) }
