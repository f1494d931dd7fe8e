package wordtext

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFindNumberSuffixGuard compares findNumberSuffix with the expression
// it guards on random titles made of the expression's own words.
func TestFindNumberSuffixGuard(t *testing.T) {
	pieces := []string{"公开", "表", "附表", "1", "08", "一", "十", " ", "\u3000", "\t", "（", "）", "(", ")", "收入支出决算", "总",
		"部门", "\xff", "公", "开", "２"}
	rng := rand.New(rand.NewPCG(4, 28))
	found := 0
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := numberSuffix.FindStringSubmatchIndex(s)
		require.Equal(t, want, findNumberSuffix(s), "%q", s)
		if want != nil {
			found++
		}
	}
	require.Greater(t, found, 2_000)
}
