package tables

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/width"
)

// TestNormPlainShortcut compares norm's shortcut for plain text with the
// full folding, on random lines of ideographs, ASCII, blanks, quotes,
// full-width and half-width forms and stray bytes.
func TestNormPlainShortcut(t *testing.T) {
	full := func(s string) string {
		s = width.Fold.String(s)
		var b strings.Builder
		for _, r := range s {
			switch {
			case isSpace(r), r == '“', r == '”', r == '"', r == '\'', r == '‘', r == '’':
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	frags := []string{"收入", "决算", "表", "丂", "龥", "一般公共", "a", "Z", "1", "-", ".", " ", "\t", "\u3000", "\u00a0", "\u2003", "“", "”", "\"", "'", "（", "Ａ", "ｶ", "\xe4", "\x80", "\xe9\xbf", "\x7f"}
	rng := rand.New(rand.NewPCG(15, 18))
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		if !assert.Equal(t, full(s), norm(s), "%q", s) {
			return
		}
	}
}
