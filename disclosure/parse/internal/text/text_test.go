package text

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTrimLikeCutset checks Trim's shortcut against strings.Trim with the
// cutset, on random strings of spaces, marks, letters and stray bytes.
func TestTrimLikeCutset(t *testing.T) {
	frags := []string{" ", "\t", "\u3000", "\u00a0", "a", "收入", "\xe3", "\x80", "\xa0", "\xc2", "。", "1"}
	rng := rand.New(rand.NewPCG(15, 10))
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		if !assert.Equal(t, strings.Trim(s, " \t\u3000\u00a0"), Trim(s), "%q", s) {
			return
		}
	}
	assert.Equal(t, "收入", Trim("\u3000收入\u00a0 "))
}
