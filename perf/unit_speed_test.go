package perf

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/shopspring/decimal"
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

// TestPlainLevels checks the names read without folding: each reads as
// the folding reads it.
func TestPlainLevels(t *testing.T) {
	fold1 := func(s string) (Level1, bool) {
		var buf [96]byte
		n := levelKeyBytes(buf[:0], s)
		for l := Output; l <= Cost; l++ {
			if string(n) == level1Names[l] {
				return l, true
			}
		}
		return 0, false
	}
	fold2 := func(s string) (Level2, bool) {
		var buf [96]byte
		n := levelKeyBytes(buf[:0], s)
		for l := Quantity; l <= EcoCost; l++ {
			if string(n) == level2Info[l].name {
				return l, true
			}
		}
		return 0, false
	}
	// Every official name, with and without 指标, is a case of the
	// switches and reads as the folding reads it.
	plain := map[string]bool{}
	for l := Output; l <= Cost; l++ {
		for _, s := range []string{level1Names[l], level1Names[l] + "指标"} {
			plain[s] = true
			got, ok := plainLevel1(s)
			require.True(t, ok, s)
			require.Equal(t, l, got, s)
		}
	}
	for l := Quantity; l <= EcoCost; l++ {
		for _, s := range []string{level2Info[l].name, level2Info[l].name + "指标"} {
			plain[s] = true
			got, ok := plainLevel2(s)
			require.True(t, ok, s)
			require.Equal(t, l, got, s)
			want, _ := fold2(s)
			require.Equal(t, want, got, s)
		}
	}
	for s := range plain {
		if l, ok := plainLevel1(s); ok {
			want, _ := fold1(s)
			require.Equal(t, want, l, s)
		}
	}
	for _, s := range []string{"产出\n指标", " 数量指标", "运行成本", "具体指标", ""} {
		l1, ok1 := fold1(s)
		g1, gok1 := parseLevel1(s)
		require.Equal(t, []any{l1, ok1}, []any{g1, gok1}, s)
		l2, ok2 := fold2(s)
		g2, gok2 := parseLevel2(s)
		require.Equal(t, []any{l2, ok2}, []any{g2, gok2}, s)
	}
}

// TestLooksNumericSwitch checks looksNumeric's switch against the signs'
// list for every rune.
func TestLooksNumericSwitch(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		want := (r >= '0' && r <= '9') || (r >= '０' && r <= '９') || strings.ContainsRune("≥≤＞＜>＝=<±", r)
		if !utf8.ValidRune(r) {
			continue // no text holds it: looksNumeric reads valid UTF-8 as runes
		}
		require.Equal(t, want, looksNumeric(string(r)), "rune %U", r)
	}
}

// TestLevelKeyBytesASCIIBlanks compares levelKeyBytes with levelKey (the
// rune-by-rune removal) on random texts of level names, ASCII and other
// blanks, and invalid bytes.
func TestLevelKeyBytesASCIIBlanks(t *testing.T) {
	pieces := []string{"产出", "成本", "指标", "\n", " ", "\t", "\r\n", "　", "\u00a0", "\ufeff", "满意度", "\xff", "\xe6\x88", "a"}
	r := rand.New(rand.NewPCG(15, 12))
	for range 200_000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		var buf [96]byte
		require.Equal(t, levelKey(s), string(levelKeyBytes(buf[:0], s)), "%q", s)
	}
}

// TestPartsOfDefaults checks the default thresholds' parts against
// smallParts, and that another decimal of the same value is read by it.
func TestPartsOfDefaults(t *testing.T) {
	for _, d := range []decimal.Decimal{defaultHighActual, defaultLowRate, decimal.New(13, -1), decimal.RequireFromString("0.60"), decimal.New(2, 0)} {
		c, e, ok := smallParts(d)
		require.Equal(t, scaled{c, e, ok}, partsOf(d), d.String())
	}
}
