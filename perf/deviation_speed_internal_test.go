package perf

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
)

// TestDeviationExplained: a form's 偏差原因 judged by DefaultExplained once,
// whatever the number of rows asking, with DefaultExplained's answer; a
// caller's judgement asked every time.
func TestDeviationExplained(t *testing.T) {
	for _, text := range []string{"", "无", "较好地完成了各项工作任务", "因疫情影响，部分培训延期", "无偏差。"} {
		d := deviation{text: text}
		var o CheckOptions
		for range 3 {
			require.Equal(t, DefaultExplained(text), d.explained(&o), text)
		}
		require.True(t, d.asked)
		calls := 0
		o.Explained = func(s string) bool { calls++; return s == text && text != "" }
		for range 3 {
			require.Equal(t, text != "", d.explained(&o), text)
		}
		require.Equal(t, 3, calls)
	}
}

// TestTargetMemo checks targetMemo.read against parseTargetInto on random
// sequences of texts (repeated, qualitative, bare percentages, errors,
// invalid UTF-8, more distinct texts than the memo holds), each read into
// a target that holds the previous reading.
func TestTargetMemo(t *testing.T) {
	texts := []string{"100%", "≥95%", "1年", "一年", "1个", "4800", "≤10万元", "1000人次", "按时", "", " ", "\xff", "≥", "3-5天", "5-3天",
		"0.001元", "≤ 5 万元", "全年", "每年不少于12次", "90%-100%", "30天以内", "12 个月", "≥1,000元", "97%%", "好"}
	rng := rand.New(rand.NewPCG(15, 79))
	hits := 0
	for range 300 {
		var m targetMemo
		var got, want Target
		for range 300 {
			s := texts[rng.IntN(len(texts))]
			if rng.IntN(3) == 0 { // one of more distinct texts than the memo holds
				s = strconv.Itoa(rng.IntN(150)) + []string{"个", "次", "万元", "%", "天"}[rng.IntN(5)]
			}
			n := m.n
			gerr := m.read(&got, s)
			werr := parseTargetInto(&want, s)
			require.Equal(t, werr, gerr, "%q", s)
			require.Equal(t, want, got, "%q", s)
			if m.n == n && werr == nil && !want.Qualitative {
				hits++
			}
		}
		require.Equal(t, memoTargets, m.n, "the memo fills up")
	}
	require.Greater(t, hits, 10_000)
	var none *targetMemo
	var got Target
	require.NoError(t, none.read(&got, "≥95%"))
	require.Equal(t, "≥95%", got.Text)
}

// TestHighZeroTarget: a target of at most 0 is no base for a high actual;
// checkHigh says so at once, and the exact fractions it no longer reaches
// say the same, whatever the actual and its unit.
func TestHighZeroTarget(t *testing.T) {
	targets := []string{"0", "0%", "0元", "-5", "-0.5万元", "0个", "≥0", "0.00"}
	actuals := []string{"0", "5", "100%", "3万元", "-1", "12个", "0.5", "99999999999999999999"}
	o := CheckOptions{}.withDefaults()
	n := 0
	for _, ts := range targets {
		for _, as := range actuals {
			tg, err1 := parseTarget(ts)
			ac, err2 := parseTarget(as)
			if err1 != nil || err2 != nil {
				continue
			}
			ind := Indicator{Row: Row{Name: "数量", Target: ts, Actual: as}}
			w := fiscal.Where{}
			_, ok := checkHigh(&ind, &tg, &ac, &w, &deviation{}, &o, partsOf(o.highActual()))
			require.False(t, ok, "%s against %s", as, ts)
			tg.materialize()
			ac.materialize()
			_, ok = highFindingRat(&tg, &ac, w, o.highActual(), func() bool { return false })
			require.False(t, ok, "%s against %s", as, ts)
			n++
		}
	}
	require.Greater(t, n, 40)
}

// TestValidText checks validText against utf8.ValidString on random texts
// of Chinese characters, ASCII, two- and four-byte characters, and bytes
// cut from them or out of place (E0 and ED sequences at their limits).
func TestValidText(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 80))
	frags := []string{"合规", "a", "1", "é", "𠀀", "\xe4", "\xb8", "\x80", "\xbf", "\xe0\xa0\x80", "\xe0\x9f\xbf", "\xed\x9f\xbf", "\xed\xa0\x80",
		"\xef\xbf\xbf", "\xee\x80\x80", "\xf0\x90\x80\x80", "\xf4\x90\x80\x80", "\xc0\x80", "\xff", "%", "≥"}
	invalid := 0
	for range 300_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(frags[rng.IntN(len(frags))])
		}
		s := b.String()
		want := utf8.ValidString(s)
		require.Equal(t, want, validText(s), "%q", s)
		if !want {
			invalid++
		}
	}
	require.Greater(t, invalid, 50_000)
}
