package classify

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/width"
)

// normalizeNameFolding is NormalizeName without its shortcut: every name
// folded by width.Fold and stripped of its blanks.
func normalizeNameFolding(s string) string {
	s = width.Fold.String(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', '\ufeff':
			return -1
		}
		return r
	}, s)
}

// TestNormalizedEveryRune checks, for every rune, that one normalized lets
// through is one width.Fold leaves as it is and NormalizeName does not
// remove.
func TestNormalizedEveryRune(t *testing.T) {
	passed := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if normalized(s) {
			passed++
			require.Equal(t, s, normalizeNameFolding(s), "%U", r)
		}
	}
	require.Greater(t, passed, 1_000_000)
}

// TestNormalizeNameShortcut compares NormalizeName with the folding on
// random names of ideographs, ASCII, full-width forms, blanks and broken
// UTF-8.
func TestNormalizeNameShortcut(t *testing.T) {
	pieces := []string{"一般公共服务", "支出", "（", "）", "(", ")", "Ａ", "１", "a", "1", " ", "\t", "\n", "\u3000", "\u00a0",
		"\ufeff", "\u2003", "ｶ", "￥", "₩", "“", "”", "、", "\xff", "\xe4\xb8"}
	rng := rand.New(rand.NewPCG(15, 23))
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, normalizeNameFolding(s), NormalizeName(s), "%q", s)
	}
}
