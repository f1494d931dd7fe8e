package classify

import (
	"strings"

	"golang.org/x/text/width"
)

// NormalizeName folds a name for comparison: full-width letters, digits and
// punctuation become half-width (（）→ ()), and all white space, including
// the full-width space and the line breaks of a name wrapped across lines,
// is removed. Chinese characters are unchanged. Official names keep their
// printed form; only comparisons use this.
func NormalizeName(s string) string {
	s = width.Fold.String(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', '\ufeff':
			return -1
		}
		return r
	}, s)
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
