package text

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTrimLikeStringsTrim checks Trim, which trims the blanks by their
// bytes, against strings.Trim with the same cutset, on random texts of
// blanks, ideographs, broken UTF-8 and bytes that begin or end a blank.
func TestTrimLikeStringsTrim(t *testing.T) {
	pieces := []string{" ", "\t", "\u3000", "\u00a0", "一", "况", "a", "1", "\xe3", "\x80", "\xc2", "\xa0", "\xe3\x80", "\xff", "　"}
	rng := rand.New(rand.NewPCG(15, 22))
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, strings.Trim(s, " \t\u3000\u00a0"), Trim(s), "%q", s)
	}
}
