package tables

import (
	"strings"

	"github.com/cnfiscal/fiscal/reader/profile"
)

// schemeDigit is the first digit of a code of the key's scheme.
func schemeDigit(k profile.RowKey) byte {
	switch k {
	case profile.KeyFunction:
		return '2'
	case profile.KeyEconomic, profile.KeyMixed:
		return '3'
	case profile.KeyGovEconomic:
		return '5'
	}
	return 0
}

// maxCodeLen is the length of the deepest code of the key's scheme.
func maxCodeLen(k profile.RowKey) int {
	if k == profile.KeyFunction {
		return 7
	}
	return 5
}

// leadingDigits splits a token into its leading ASCII digits and the rest.
func leadingDigits(s string) (string, string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], s[i:]
}

// rowStart reads the start of a row: a code (whole, split over 类/款/项
// tokens, glued to its name, or a 款/项 suffix under lastCode) or a named
// row's label. rest is what follows.
func rowStart(p *profile.Table, toks []tok, lastCode string) (code, named string, rest []tok) {
	// Empty cells before the start (the blank 科目编码 cell of a 合计
	// row in a table given with its cells) are no part of it.
	for len(toks) > 0 && toks[0].kind == tkBlank && toks[0].text == "" {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return "", "", nil
	}
	if p.Key != profile.KeyNamed {
		if c, n := codeAt(p, toks, lastCode); c != "" {
			return c, "", toks[n:]
		}
	}
	// A named row: its label may span a few tokens ("人员 经费 合计").
	label := ""
	for i := 0; i < len(toks) && i < 4; i++ {
		if toks[i].kind != tkText {
			break
		}
		label += toks[i].text
		if key := namedKey(p, label); key != "" {
			return "", key, toks[i+1:]
		}
	}
	return "", "", nil
}

// codeAt reads a code at the start of toks and returns it with the number
// of tokens it used.
func codeAt(p *profile.Table, toks []tok, lastCode string) (string, int) {
	d := schemeDigit(p.Key)
	first := toks[0].text
	digits, tail := leadingDigits(first)
	maxLen := maxCodeLen(p.Key)
	switch {
	case len(digits) == 2 && lastCode != "" && tail == "" && len(toks) > 1 && toks[1].kind == tkText && !isAmount(toks[1].text):
		// "01 办公费" under 302: a suffix of the code above.
		base := lastCode
		if len(base) >= maxLen {
			base = base[:len(base)-2]
		}
		return base + digits, 1
	case (len(digits) == 3 || len(digits) == 5 || len(digits) == 7) && len(digits) <= maxLen && digits[0] == d:
		if tail != "" {
			// Glued to its name: "2010601行政运行".
			if isAmount(first) {
				return "", 0
			}
			// The name stays as the first token of the rest.
			toks[0].text = tail
			return digits, 0
		}
		code, used := digits, 1
		for used < len(toks) && len(code) < maxLen && len(toks[used].text) == 2 && allDigits(toks[used].text) {
			code += toks[used].text
			used++
		}
		return code, used
	}
	return "", 0
}

// namedKey returns the key of the named row a label names, or "".
func namedKey(p *profile.Table, label string) string {
	n := stripNumbering(norm(label))
	for _, r := range p.Named {
		for _, l := range r.Labels {
			if n == norm(l) {
				return r.Key
			}
		}
	}
	return ""
}

// StripNumbering removes a leading "一、", "(一)", "1." or "1、" from a label
// (widths folded and spaces removed, as the reader compares labels).
func StripNumbering(s string) string { return stripNumbering(norm(s)) }

// stripNumbering removes a leading "一、", "(一)", "1." or "1、" from a
// normalised label.
func stripNumbering(s string) string {
	if strings.HasPrefix(s, "(") {
		if i := strings.Index(s, ")"); i > 0 && isNumeral(s[1:i]) {
			return s[i+1:]
		}
	}
	for _, sep := range []string{"、", "."} {
		if i := strings.Index(s, sep); i > 0 && isNumeral(s[:i]) {
			return s[i+len(sep):]
		}
	}
	return s
}

func isNumeral(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("一二三四五六七八九十百零〇0123456789", r) {
			return false
		}
	}
	return true
}

// hasSecondStart reports whether the rest of a row's line starts a second
// row (a table printing two blocks side by side, such as a 基本支出 table
// with 人员经费 on the left and 公用经费 on the right). A code followed by
// its name starts a row; a code alone at the end of the line, or before
// its 款, may also be a whole figure that looks like a code (228 in a
// table of whole 万元): it counts only when bare is set (in text that
// keeps positions, [blockStarts] has already told the blocks apart).
func hasSecondStart(p *profile.Table, rest []tok, bare bool) bool {
	if p.Key == profile.KeyNamed {
		return false
	}
	d := schemeDigit(p.Key)
	for i := 1; i < len(rest); i++ {
		t := rest[i].text
		if len(t) == 3 && allDigits(t) && t[0] == d && i > 0 {
			if i+1 < len(rest) && rest[i+1].kind == tkText {
				return true
			}
			if bare && (i+1 == len(rest) || len(rest[i+1].text) == 2 && allDigits(rest[i+1].text)) {
				return true
			}
		}
	}
	return false
}
