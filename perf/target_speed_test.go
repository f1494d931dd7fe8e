package perf

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// parseBySteps is parseTargetInto without its two shortcuts (qualitative
// text, a bare percentage): the general scan alone.
func parseBySteps(q *Target, s string) error {
	if !utf8.ValidString(s) {
		return &TargetError{Text: s, Err: ErrEncoding}
	}
	t := trimSpace(s)
	if t == "" {
		return &TargetError{Text: s, Err: ErrBlank}
	}
	r, _ := utf8.DecodeRuneInString(t)
	return parseTrimmed(q, s, t, r)
}

// TestParseShortcuts compares parseTargetInto with the general scan alone
// on random texts made of digits, points, percent signs, signs, numerals,
// comparator and period words, units, spaces and other characters.
func TestParseShortcuts(t *testing.T) {
	pieces := []string{"0", "1", "9", "5", ".", ".", "%", "%", "％", "-", "+", "－", "一", "十", "全", "半", "年", "两",
		"≥", "不少于", "每年", "以上", "次", "万元", "检", "无污染", " ", "　", "—", "1-", "12", "000000000000000000", "\xff"}
	rng := rand.New(rand.NewPCG(15, 9))
	shortcut := 0
	for range 400_000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if rng.IntN(4) == 0 { // a bare percentage, or nearly one
			s = strings.Repeat("9", rng.IntN(21)) + []string{"", ".", ".5", "..5"}[rng.IntN(4)] + []string{"%", "%%", "", "％"}[rng.IntN(4)]
		}
		var slow Target
		// parseTargetInto writes the whole target, whatever it held.
		fast := Target{Text: "junk", Unit: "x", Period: "每年", Comparator: AtMost, Qualitative: true, n: num{coef: 7, set: true}, uiSet: true}
		ferr := parseTargetInto(&fast, s)
		serr := parseBySteps(&slow, s)
		require.Equal(t, serr, ferr, "%q", s)
		require.Equal(t, slow, fast, "%q", s)
		if tt := trimSpace(s); tt != "" && utf8.ValidString(s) {
			var x Target
			if plainPercent(&x, s, tt) {
				shortcut++
			}
		}
	}
	require.Greater(t, shortcut, 5_000)
}
