package parse

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/reader/tables"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// textFragments are the pieces of the random lines of TestTextCheckGuards.
var textFragments = []string{
	"X", "Ｘ", "×", "某", "某某", "。", "，", "；", "、", "：", "！", "？", "…", "（", "）", "(", ")",
	"增长", "下降", "增加", "减少", "大于", "小于", "如持平作持平表述", "不涉及的不列", "按上述格式依次说明",
	"无“三公”经费", "没有国有资本经营预算财政拨款", "截至", "2024", "年", "12", "月", "31", "日", " ", "无", "没有", "三公", "经费", "“", "”", "本年", "a",
}

// TestTextCheckGuards checks that the byte tests of CheckText let through
// every line its regular expressions match, and that placeholderMatches
// returns what the expression finds.
func TestTextCheckGuards(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 7))
	var hits [3]int
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(textFragments[rng.IntN(len(textFragments))])
		}
		s := b.String()
		want := placeholderRE.FindAllString(s, -1)
		if len(want) > 0 {
			hits[0]++
		}
		require.Equal(t, want, placeholderMatches(s), "%q", s)
		doubled := false
		for _, m := range doubledRE.FindAllStringSubmatch(s, -1) {
			doubled = doubled || m[1] == m[2]
		}
		if doubled {
			hits[1]++
			require.True(t, hasMarkPair(s), "%q has a doubled mark", s)
		}
		if noneRE.MatchString(s) {
			hits[2]++
			require.True(t, strings.Contains(s, "无") || strings.Contains(s, "没有"), "%q", s)
		}
	}
	for i, n := range hits {
		assert.Greater(t, n, 20, "expression %d matches too rarely to test its guard", i)
	}
}

// TestPageNumberGuard checks that hasOtherHan never hides a page number:
// lines that reader/tables.IsPageNumber takes for one hold no other
// Chinese character, and lines with one are none.
func TestPageNumberGuard(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 8))
	frags := []string{"第", "页", "共", "1", "25", "３", "-", "—", "–", "－", " ", "\u3000", "/", "page", "PAGE", "Ｐａｇｅ", "第3页", "表", "收入", "“", "”"}
	pages := 0
	for range 100_000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		want := tables.IsPageNumber(s)
		if want {
			pages++
			require.False(t, hasOtherHan(s), "%q is a page number", s)
		}
		require.Equal(t, want, isPageNumber(s), "%q", s)
	}
	assert.Greater(t, pages, 100)
	assert.True(t, isPageNumber("第3页共25页"))
	assert.True(t, isPageNumber("- 3 -"))
	assert.False(t, isPageNumber("收入决算表 3"))
}
