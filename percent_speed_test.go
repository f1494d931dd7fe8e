package fiscal

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestParsePlainPercent compares ParsePercentCoef, which reads plain
// percentages by a shortcut, with its general path on random texts of
// digits, points, signs, commas, spaces, full-width forms and % signs,
// lengths around int64's limit included.
func TestParsePlainPercent(t *testing.T) {
	pieces := []string{"0", "1", "5", "9", "9", ".", ".", ",", "-", "+", " ", "%", "％", "０", "９", "．", "00000", "99999", "\u3000", "a", "\xef"}
	r := rand.New(rand.NewPCG(15, 77))
	plain := 0
	for range 400_000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if r.IntN(3) == 0 { // a plain percentage, or nearly one
			s = strings.Repeat("9", r.IntN(21)) + []string{"", ".", ".5", ".12345678901", "0.0"}[r.IntN(5)] + []string{"", "%", "％", "%%", " %"}[r.IntN(5)]
		}
		wc, wd, werr := parsePercentGeneral(s)
		gc, gd, gerr := ParsePercentCoef(s)
		require.Equal(t, werr, gerr, "%q", s)
		require.Equal(t, wc, gc, "%q", s)
		require.Equal(t, wd, gd, "%q", s)
		if _, _, ok := parsePlainPercent(s); ok {
			plain++
			require.NoError(t, werr, "%q", s)
		}
	}
	require.Greater(t, plain, 20_000)
}

// TestCompareCoef compares CompareCoef with CompareDecimals of the same
// figures as decimals, on random coefficients (near int64's limits too),
// tolerances and decimals: the same finding, its figures spelled alike.
func TestCompareCoef(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 78))
	rule := NewRule("t.coef", "a test rule", ScopeForm, SeverityError)
	coef := func() int64 {
		switch r.IntN(4) {
		case 0:
			return r.Int64N(20_000) - 10_000
		case 1:
			return math.MaxInt64 - r.Int64N(3)
		case 2:
			return math.MinInt64 + r.Int64N(3)
		}
		return r.Int64N(1_000_000_000_000)
	}
	findings := 0
	for range 200_000 {
		e, a, tol := coef(), coef(), r.Int64N(50)
		if r.IntN(3) == 0 {
			a = e + r.Int64N(7) - 3
		}
		d := r.IntN(20) - 1
		dec := func(c int64) decimal.Decimal { return decimal.New(c, int32(-d)) }
		w := Where{Part: "p", Row: strconv.Itoa(d)}
		want, wok := rule.CompareDecimals(w, "what", dec(e), dec(a), dec(tol), "%", d)
		got, gok := rule.CompareCoef(w, "what", e, a, tol, "%", d)
		require.Equal(t, wok, gok, "%d %d %d at %d", e, a, tol, d)
		if !wok {
			continue
		}
		findings++
		require.Equal(t, want.Message, got.Message)
		require.Equal(t, []any{want.Rule, want.Severity, want.WithinRounding, want.Where, want.Unit},
			[]any{got.Rule, got.Severity, got.WithinRounding, got.Where, got.Unit})
		for i, p := range [][2]Figure{{want.Expected, got.Expected}, {want.Actual, got.Actual}, {want.Difference, got.Difference}, {want.Tolerance, got.Tolerance}} {
			require.Equal(t, p[0].String(), p[1].String(), "figure %d", i)
			wd, _ := p[0].Decimal()
			gd, _ := p[1].Decimal()
			require.True(t, wd.Equal(gd), "figure %d: %s against %s", i, wd, gd)
		}
	}
	require.Greater(t, findings, 100_000)
}

// TestComparePercentCoefZeroDenominator compares ComparePercentCoef with
// ComparePercent where the denominator is 0, on random printed
// percentages (0 among them) and numerators: the same finding, its
// figure spelled alike.
func TestComparePercentCoefZeroDenominator(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 79))
	rule := NewRule("t.share", "a test rule", ScopeNarrative, SeverityError)
	for range 50_000 {
		coef := r.Int64N(200_001) - 100_000
		if r.IntN(3) == 0 {
			coef = 0
		}
		d := r.IntN(6)
		num := Fen(r.Int64N(3) * r.Int64N(1_000_000))
		w := Where{Row: strconv.Itoa(d)}
		want, wok := rule.ComparePercent(w, "share", Percent{Value: decimal.New(coef, int32(-d)), Decimals: d}, num, Amount{}, Fen(50))
		got, gok := rule.ComparePercentCoef(w, "share", coef, d, num, Amount{}, Fen(50))
		require.Equal(t, wok, gok)
		require.Equal(t, want.Message, got.Message)
		require.Equal(t, []any{want.Rule, want.Severity, want.WithinRounding, want.Where, want.Unit, want.Expected, want.Difference, want.Tolerance},
			[]any{got.Rule, got.Severity, got.WithinRounding, got.Where, got.Unit, got.Expected, got.Difference, got.Tolerance})
		require.Equal(t, want.Actual.String(), got.Actual.String())
		wd, _ := want.Actual.Decimal()
		gd, _ := got.Actual.Decimal()
		require.True(t, wd.Equal(gd))
	}
}

// FuzzParsePercentCoef checks that reading a percentage never panics and
// that the plain shortcut reads every text as the general path does.
func FuzzParsePercentCoef(f *testing.F) {
	for _, s := range []string{"98.20％", "100%", "0%", "93.80%", " 97.4% ", "１００％", "1,000%", "-5%", ".5%", "5.%", "99999999999999999999%", "%", "", "\xff%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		wc, wd, werr := parsePercentGeneral(s)
		gc, gd, gerr := ParsePercentCoef(s)
		if (werr == nil) != (gerr == nil) || wc != gc || wd != gd {
			t.Fatalf("%q: %d, %d, %v; the general path %d, %d, %v", s, gc, gd, gerr, wc, wd, werr)
		}
	})
}
