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

// TestLabelFirstCharacter checks that the first-character test of label
// lets through every label: label equals labelOf on the labels themselves,
// with text after them, and on random cells.
func TestLabelFirstCharacter(t *testing.T) {
	labels := []string{"单位名称", "填报日期", "金额单位", "单位", "预算执行情况", "项目资金", "备注", "偏差原因", "偏差分析", "改进措施", "改进方案"}
	for _, e := range exact {
		labels = append(labels, e.label)
	}
	for _, l := range labels {
		for _, s := range []string{l, " " + l, l + "：万元", "\u3000" + l + "（元）"} {
			f, rest := labelOf(s)
			g, grest := label(s)
			assert.Equal(t, f, g, "%q", s)
			assert.Equal(t, rest, grest, "%q", s)
		}
	}
	frags := append(labels, " ", "：", ":", "（", "）", "万元", "12.5", "合规", "a")
	rng := rand.New(rand.NewPCG(15, 16))
	for range 50_000 {
		var b strings.Builder
		for range rng.IntN(4) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		f, rest := labelOf(s)
		g, grest := label(s)
		if !assert.Equal(t, f, g, "%q", s) || !assert.Equal(t, rest, grest, "%q", s) {
			return
		}
	}
}
