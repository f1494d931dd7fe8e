package fiscal

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// foldNumberEveryRune is foldNumber without its shortcut: every string with
// a byte above ASCII is rebuilt rune by rune.
func foldNumberEveryRune(s string) string {
	s = trimSpace(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			b.WriteByte(byte('0' + r - '０'))
		case r == '．':
			b.WriteByte('.')
		case r == '，':
			b.WriteByte(',')
		case r == '－' && b.Len() == 0, r == '−' && b.Len() == 0:
			b.WriteByte('-')
		case r == '＋':
			b.WriteByte('+')
		case r == '％':
			b.WriteByte('%')
		case r == '\u3000' || r == '\u00a0':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return trimSpace(b.String())
}

// TestFoldNumberShortcut checks that skipping the rebuild of a figure that
// needsFold says is unchanged gives what the rebuild gives, on random
// figures mixing ASCII, full-width forms, units, spaces and invalid bytes.
func TestFoldNumberShortcut(t *testing.T) {
	pieces := []string{"1", "2", "0", ".", "-", "+", "%", ",", " ", "万元", "元", "亿", "万", "１", "９", "．", "，", "－", "−", "＋",
		"％", "\u3000", "\u00a0", "\xff", "\xe4\xb8", "\uFFFD", "约", "（", "）"}
	rng := rand.New(rand.NewPCG(15, 3))
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, foldNumberEveryRune(s), foldNumber(s), "%q", s)
	}
	for _, s := range []string{"16.24万元", "１２.５万元", "－3", "5\u3000万元", "\xff1"} {
		require.Equal(t, foldNumberEveryRune(s), foldNumber(s), "%q", s)
	}
}

// TestCompareAmountsText checks that the bytes form gives the finding the
// string form gives, on random amounts, tolerances, units and decimals,
// the overflowing differences included.
func TestCompareAmountsText(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 14))
	r := NewRule("test.rule", "a test rule", ScopeInTable, SeverityError)
	values := []int64{0, 1, -1, 99, 100, 12345, -12345, 1 << 62, -(1 << 62), 1<<63 - 1, -1 << 63}
	amount := func() Amount {
		if rng.IntN(2) == 0 {
			return Fen(values[rng.IntN(len(values))])
		}
		return Fen(rng.Int64N(2_000_001) - 1_000_000)
	}
	for range 50_000 {
		what := strings.Repeat("收入决算表 合计 ", rng.IntN(3))
		w := Where{Table: "t", Row: "r", Line: rng.IntN(5)}
		e, a, tol := amount(), amount(), Fen(rng.Int64N(10)-1)
		f := Format{Unit: []Unit{0, Yuan, WanYuan}[rng.IntN(3)], Decimals: rng.IntN(5)}
		want, wok := r.CompareAmounts(w, what, e, a, tol, f)
		got, gok := r.CompareAmountsText(w, []byte(what), e, a, tol, f)
		require.Equal(t, wok, gok)
		require.Equal(t, want, got)
	}
}

// comparePercentExact is ComparePercent with the range always taken in
// exact fractions (PercentRange), as it was before its integer path.
func comparePercentExact(r Rule, w Where, what string, printed Percent, num, den, err Amount) (Finding, bool) {
	if den.IsZero() {
		return r.ComparePercent(w, what, printed, num, den, err)
	}
	if p, ok := percentFen(num.fen, den.fen, printed.Decimals); ok && p.Equal(printed.Value) {
		return Finding{}, false
	}
	exact, lo, hi, e := PercentRange(num, den, err)
	if e != nil {
		lo, hi = exact, exact
	}
	expected := exact.Percent(printed.Decimals)
	tol := decimal.Max(expected.Sub(lo.Percent(printed.Decimals)), hi.Percent(printed.Decimals).Sub(expected))
	return r.CompareDecimals(w, what, expected, printed.Value, tol, "%", printed.Decimals)
}

// TestComparePercentIntegerRange checks ComparePercent's integer range
// against the exact fractions on random shares: signs, zero and
// near-zero denominators, tolerances larger than the figures, and figures
// near the limits of an Amount.
func TestComparePercentIntegerRange(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 20))
	r := NewRule("test.share", "a test rule", ScopeNarrative, SeverityError)
	big := []int64{1<<63 - 1, -1 << 63, 1 << 62, -(1 << 62), 1<<62 + 12345}
	amount := func() int64 {
		switch rng.IntN(6) {
		case 0:
			return big[rng.IntN(len(big))]
		case 1:
			return rng.Int64N(21) - 10
		}
		return rng.Int64N(2_000_000_001) - 1_000_000_000
	}
	found := 0
	for range 100_000 {
		num, den := amount(), amount()
		errFen := []int64{0, 1, 5, 50, 500, 5000, rng.Int64N(1_000_000)}[rng.IntN(7)]
		d := rng.IntN(4)
		pv := decimal.New(rng.Int64N(40_001)-20_000, int32(-d))
		if p, ok := percentFen(num, den, d); ok && rng.IntN(3) == 0 {
			pv = p.Add(decimal.New(rng.Int64N(5)-2, int32(-d))) // near the right one
		}
		printed := Percent{Value: pv, Decimals: d}
		want, wok := comparePercentExact(r, Where{Row: "x"}, "share", printed, Fen(num), Fen(den), Fen(errFen))
		got, gok := r.ComparePercent(Where{Row: "x"}, "share", printed, Fen(num), Fen(den), Fen(errFen))
		require.Equal(t, wok, gok, "%d/%d ±%d printed %v", num, den, errFen, printed)
		require.Equal(t, want, got, "%d/%d ±%d printed %v", num, den, errFen, printed)
		if gok {
			found++
		}
	}
	require.Greater(t, found, 50_000)
}

// TestTrimSpaceShortcut compares trimSpace with strings.TrimFunc on random
// texts of blanks (each kind), words, and stray or cut bytes at either end.
func TestTrimSpaceShortcut(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\r", "\v", "\f", "\u3000", "\u00a0", "\ufeff", "1", "万元", "a", "\xff", "\xe3\x80", "\xc2",
		"\xef\xbb", "\x80", "\xa0", "\xbf", "（", "。", "\u2000"}
	rng := rand.New(rand.NewPCG(4, 25))
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, strings.TrimFunc(s, isSpace), trimSpace(s), "%q", s)
	}
}
