package text

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// partHeadingUnguarded is PartHeading with every expression tried on every
// line, as it was written before its byte tests.
func partHeadingUnguarded(s string) int {
	t := Trim(s)
	if m := partNumbered.FindStringSubmatch(t); m != nil {
		return ChineseNumber(m[1])
	}
	if t == "" || utf8.RuneCountInString(t) > 40 || strings.ContainsAny(t, "。，,；;：:") {
		return 0
	}
	n := 0
	if m := topNumber.FindStringSubmatchIndex(t); m != nil {
		n = ChineseNumber(t[m[2]:m[3]])
		t = t[m[1]:]
	}
	t = strings.Join(strings.Fields(t), "")
	for _, p := range partNames {
		if p.re.MatchString(t) {
			if n == 0 {
				return p.place
			}
			return n
		}
	}
	return 0
}

// TestPartHeadingGuards checks PartHeading against the unguarded version
// on random lines made of the words of part headings, numbers and blanks.
func TestPartHeadingGuards(t *testing.T) {
	pieces := []string{"第", "三", "十", "一", "部分", "、", ".", "．", " ", "\u3000", "\t", "部门", "单位", "局", "中心", "基本", "概况",
		"决算", "报", "公开", "表", "年度", "情况说明", "名词解释", "其他需要说明的", "情况", "事项", "附", "件", "XX", "2024", "：", "\xff",
		"概", "况", "说", "明", "\u2003"}
	rng := rand.New(rand.NewPCG(15, 17))
	found := 0
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := partHeadingUnguarded(s)
		if want > 0 {
			found++
		}
		require.Equal(t, want, PartHeading(s), "%q", s)
	}
	require.Greater(t, found, 1_000)
}

// TestPartNameEnds checks that partNameEnds holds the last character of
// every suffix of partNames.
func TestPartNameEnds(t *testing.T) {
	for _, p := range partNames {
		for _, x := range p.suffixes {
			r, _ := utf8.DecodeLastRuneInString(x)
			require.True(t, strings.ContainsRune(partNameEnds, r), x)
		}
	}
}

// TestIsPartNameEnd compares isPartNameEnd with partNameEnds for every
// rune.
func TestIsPartNameEnd(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if isPartNameEnd(r) != strings.ContainsRune(partNameEnds, r) {
			require.Failf(t, "isPartNameEnd", "%U", r)
		}
	}
}
