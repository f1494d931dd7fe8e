package fiscal

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestParsePlainPercent compares ParsePercentCoef, which reads plain
// percentages by a shortcut, with its general path on random texts of
// digits, points, signs, commas, spaces, full-width forms and % signs,
// lengths around int64's limit included.
func TestParsePlainPercent(t *testing.T) {
	pieces := []string{"0", "1", "5", "9", "9", ".", ".", ",", "-", "+", " ", "%", "％", "０", "９", "．", "00000", "99999", "\u3000", "a", "\xef"}
	r := rand.New(rand.NewPCG(15, 77))
	plain := 0
	for range 400_000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if r.IntN(3) == 0 { // a plain percentage, or nearly one
			s = strings.Repeat("9", r.IntN(21)) + []string{"", ".", ".5", ".12345678901", "0.0"}[r.IntN(5)] + []string{"", "%", "％", "%%", " %"}[r.IntN(5)]
		}
		wc, wd, werr := parsePercentGeneral(s)
		gc, gd, gerr := ParsePercentCoef(s)
		require.Equal(t, werr, gerr, "%q", s)
		require.Equal(t, wc, gc, "%q", s)
		require.Equal(t, wd, gd, "%q", s)
		if _, _, ok := parsePlainPercent(s); ok {
			plain++
			require.NoError(t, werr, "%q", s)
		}
	}
	require.Greater(t, plain, 20_000)
}
