package perf

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFirstRuneFilters checks that the quick tests of a comparator's and a
// period's first rune let every word of the lists through.
func TestFirstRuneFilters(t *testing.T) {
	for _, w := range prefixWords {
		r, _ := utf8.DecodeRuneInString(w.text)
		assert.True(t, mayBeginComparator(r), w.text)
		assert.Equal(t, w, longestPrefix(w.text+"12"), w.text)
	}
	for _, p := range periodWords {
		r, _ := utf8.DecodeRuneInString(p)
		assert.True(t, mayBeginPeriod(r), p)
	}
	for _, w := range suffixWords {
		r, _ := utf8.DecodeRuneInString(w.text)
		assert.True(t, mayBeginSuffix(r), w.text)
	}
	for _, s := range rangeSeparators {
		r, _ := utf8.DecodeRuneInString(s)
		assert.True(t, mayBeginSeparator(r), s)
	}
	assert.False(t, mayBeginComparator('检'))
	assert.False(t, mayBeginPeriod('检'))
	assert.False(t, mayBeginSuffix('次'))
	assert.False(t, mayBeginSeparator('次'))
}

// TestScanNumberLikeText checks the integer reading of numbers against
// decimal.NewFromString of the same digits, for numbers of 1 to 25 digits
// with and without a fraction, signs and full-width digits.
func TestScanNumberLikeText(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 3))
	for range 100_000 {
		var text, ascii []byte
		if rng.IntN(4) == 0 {
			text, ascii = append(text, '-'), append(ascii, '-')
		}
		n := 1 + rng.IntN(25)
		point := -1
		if rng.IntN(2) == 0 && n > 1 {
			point = 1 + rng.IntN(n-1)
		}
		for i := range n {
			if i == point {
				text, ascii = append(text, '.'), append(ascii, '.')
			}
			d := rng.IntN(10)
			if rng.IntN(5) == 0 {
				text = utf8.AppendRune(text, rune('０'+d))
			} else {
				text = append(text, byte('0'+d))
			}
			ascii = append(ascii, byte('0'+d))
		}
		got, p, _, rest, found, err := scanNumber(string(text)+"次", true)
		if p.set {
			got = p.decimal()
		}
		require.NoError(t, err)
		require.True(t, found)
		assert.Equal(t, "次", rest)
		want := decimal.RequireFromString(string(ascii))
		if !assert.True(t, want.Equal(got) && want.Exponent() == got.Exponent(), "%s: %s, want %s", text, got, want) {
			return
		}
	}
}

// TestTrimSpaceShortcut compares trimSpace with strings.TrimFunc on random
// texts of blanks, words and stray bytes.
func TestTrimSpaceShortcut(t *testing.T) {
	frags := []string{" ", "\t", "\n", "\u3000", "\u00a0", "\ufeff", "≥30次", "合规", "\x80", "\xbf", "\xe3", "\xc2", "a", "。"}
	rng := rand.New(rand.NewPCG(15, 13))
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		if !assert.Equal(t, strings.TrimFunc(s, isSpace), trimSpace(s), "%q", s) {
			return
		}
	}
}
