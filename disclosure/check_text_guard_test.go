package disclosure

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// guardFragments are the pieces random narrative text is made of for
// TestTextGuards: the words, digits, units and marks the expressions of
// check_text.go look for, and others.
var guardFragments = []string{
	"增加", "减少", "增长", "下降", "上升", "降低", "大于", "小于", "高于", "低于", "持平", "了", "值",
	"0", "1", "2", "9", "20", "19", "21", "2024", "2100", "20245", "202", "０", "２０２４", ".", "．", ",",
	"年", "度", "年度", "度电", " ", "\u3000", "/", "／", "占", "完成", "预算", "的", "执行率", "为",
	"费", "支出", "元", "万元", "、", "，", "。", "；", "）", "%", "公务接待", "本年", "较上年", "41.5", "９３．５", ")", ";", "原因", "主要", "是", "系", "因", "导致",
}

func randomNarrative(rng *rand.Rand) string {
	var b strings.Builder
	for range rng.IntN(14) {
		b.WriteString(guardFragments[rng.IntN(len(guardFragments))])
	}
	return b.String()
}

// TestTextGuards checks that each byte test of check_text.go lets through
// every text its regular expression matches: the tests only skip work.
func TestTextGuards(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 6))
	hits := map[string]int{}
	for range 100_000 {
		s := randomNarrative(rng)
		if !assert.Equal(t, reasonRE.MatchString(s), hasReasonWord(s), "%q", s) {
			return
		}
		runs := yearRuns(s)
		for _, c := range []struct {
			name  string
			match bool
			guard bool
		}{
			{"pair", pairRE.MatchString(s), hasWordPair(s)},
			{"slash", slashRE.MatchString(s), strings.Contains(s, "/") || strings.Contains(s, "／")},
			{"long", longYearRE.MatchString(s), runs.long},
			{"short", shortYearRE.MatchString(s), runs.short},
			{"noNian", noNianRE.MatchString(s), runs.noNian},
			{"late", lateYear(s), runs.late},
			{"stray", strayUnitRE.MatchString(s), strings.Contains(s, "费元") || strings.Contains(s, "费万元") || strings.Contains(s, "支出元") || strings.Contains(s, "支出万元")},
			{"rate", rateNoSignRE.MatchString(s), hasBareNumber(s) && hasRateWord(s)},
			{"reason", reasonRE.MatchString(s), hasReasonWord(s)},
		} {
			if c.match {
				hits[c.name]++
				if !assert.True(t, c.guard, "%s: %q matches but the byte test says no", c.name, s) {
					return
				}
			}
		}
	}
	for _, name := range []string{"pair", "slash", "long", "short", "noNian", "late", "stray", "rate", "reason"} {
		assert.Greater(t, hits[name], 20, "%s: the random texts match too rarely to test the guard", name)
	}
}

// lateYear reports whether yearRE4 finds a year from 2100.
func lateYear(s string) bool {
	for _, m := range yearRE4.FindAllStringSubmatch(s, -1) {
		if m[1] >= "2100" {
			return true
		}
	}
	return false
}

// TestWordPairExact checks that hasWordPair answers as pairRE does (it
// looks for the same words), and that mayBeginDirectionWord lets every
// comparison word through.
func TestWordPairExact(t *testing.T) {
	for _, w := range strings.Split(directionWords, "|") {
		assert.True(t, mayBeginDirectionWord(w[0], w[1]), w)
	}
	rng := rand.New(rand.NewPCG(15, 68))
	pairs := 0
	for range 200_000 {
		s := randomNarrative(rng)
		want := pairRE.MatchString(s)
		if want {
			pairs++
		}
		if !assert.Equal(t, want, hasWordPair(s), "%q", s) {
			return
		}
	}
	assert.Greater(t, pairs, 5000)
}

// TestStripQuotesBytes checks stripQuotes, which tells by bytes that a
// text holds no quotation mark, against the replacer on every text.
func TestStripQuotesBytes(t *testing.T) {
	pieces := []string{"“", "”", "‘", "’", "\"", "'", "\xe2\x80", "\xe2", "—", "…", "三公", "经费", " "}
	rng := rand.New(rand.NewPCG(15, 69))
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if !assert.Equal(t, quoteStripper.Replace(s), stripQuotes(s), "%q", s) {
			return
		}
	}
}
