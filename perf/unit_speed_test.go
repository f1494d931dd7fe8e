package perf

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// TestValidUnitSwitch checks that validUnit's switch accepts exactly the
// symbol units of symbolUnits, and that notInUnit answers
// strings.ContainsRune(notInUnits, r) for every rune.
func TestValidUnitSwitch(t *testing.T) {
	for _, u := range symbolUnits {
		require.True(t, validUnit(u), u)
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		require.Equal(t, strings.ContainsRune(notInUnits, r), notInUnit(r), "rune %U", r)
	}
	// A symbol outside the list is no unit: "°F" is not in symbolUnits.
	require.False(t, slices.Contains(symbolUnits[:], "°F"))
	require.False(t, validUnit("°F"))
}

// longestPrefixAll is longestPrefix over every word of prefixWords, as it
// was before the words were grouped by their first rune.
func longestPrefixAll(t string) word {
	var best word
	for _, w := range prefixWords {
		if len(w.text) > len(best.text) && strings.HasPrefix(t, w.text) {
			best = w
		}
	}
	return best
}

// TestLongestPrefixGroups compares longestPrefix with the scan of every
// word on random texts made of the words' runes, whole words, digits and
// other characters.
func TestLongestPrefixGroups(t *testing.T) {
	var runes []rune
	for _, w := range prefixWords {
		runes = append(runes, []rune(w.text)...)
	}
	runes = append(runes, '1', '2', '%', '次', '检', ' ', '年')
	r := rand.New(rand.NewPCG(15, 7))
	for range 200_000 {
		var b strings.Builder
		if r.IntN(2) == 0 {
			b.WriteString(prefixWords[r.IntN(len(prefixWords))].text)
		}
		for range r.IntN(6) {
			b.WriteRune(runes[r.IntN(len(runes))])
		}
		s := b.String()
		require.Equal(t, longestPrefixAll(s), longestPrefix(s), "%q", s)
	}
}
