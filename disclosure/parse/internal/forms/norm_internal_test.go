package forms

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNormShortcut compares norm with the plain strings.Map it shortcuts,
// on random cells of Chinese text, blanks, full-width marks and stray
// bytes.
func TestNormShortcut(t *testing.T) {
	mapped := func(s string) string {
		return strings.Map(func(r rune) rune {
			if isSpace(r) {
				return -1
			}
			return foldRune(r)
		}, s)
	}
	frags := []string{"项目名称", "一级指标", "（", "）", "：", ":", " ", "\t", "\n", "\u3000", "\u00a0", "\ufeff", "万元", "\x80", "\xe4", "a", "1"}
	rng := rand.New(rand.NewPCG(15, 12))
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		if !assert.Equal(t, mapped(s), norm(s), "%q", s) {
			return
		}
	}
}
