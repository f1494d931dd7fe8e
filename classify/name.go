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
