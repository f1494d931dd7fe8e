package disclosure

import (
	"math/rand/v2"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOffByLastDigit compares the integer test of lastDigit with its
// decimals on random figures of both kinds (amounts kept in fen, and
// decimals), on the boundary and past it.
func TestOffByLastDigit(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 20))
	figure := func() fiscal.Figure {
		c := rng.Int64N(2e6) - 1e6
		if rng.IntN(8) == 0 {
			c = rng.Int64N(1<<62) - 1<<61 // past 15 digits
		}
		switch rng.IntN(3) {
		case 0:
			return fiscal.AmountFigure(fiscal.Fen(c), fiscal.WanYuan, rng.IntN(4))
		case 1:
			return fiscal.FigureFixed(decimal.New(c, int32(-rng.IntN(6))), rng.IntN(3))
		}
		return fiscal.FigureScaled(c, rng.IntN(30)-20)
	}
	decided := 0
	for range 200_000 {
		diff, tol := figure(), figure()
		if rng.IntN(3) == 0 { // on the boundary: |diff| = 10^−d + tol, give or take a unit
			d := rng.IntN(4)
			tv, _ := tol.Decimal()
			v := decimal.New(1, int32(-d)).Add(tv.Abs()).Add(decimal.New(int64(rng.IntN(3)-1), -8))
			diff, tol = fiscal.FigureOf(v.Neg()), fiscal.FigureOf(tv.Abs())
		}
		d := rng.IntN(4)
		off, ok := offByLastDigit(diff, tol, d)
		want, wok := offByLastDigitDecimal(diff, tol, d)
		require.True(t, wok)
		if !ok {
			continue
		}
		decided++
		require.Equal(t, want, off, "|%s| ≤ 10^-%d + %s", diff, d, tol)
	}
	assert.Greater(t, decided, 50_000)
	_, ok := offByLastDigit(fiscal.Figure{}, fiscal.FigureScaled(1, 0), 2)
	assert.False(t, ok, "no figure")
	off, ok := offByLastDigit(fiscal.FigureScaled(-15, -2), fiscal.FigureScaled(5, -3), 1)
	assert.True(t, ok && !off, "by hand: 0.15 > 0.1 + 0.005")
	off, ok = offByLastDigit(fiscal.FigureScaled(-104, -3), fiscal.FigureScaled(5, -3), 1)
	assert.True(t, ok && off, "by hand: 0.104 ≤ 0.1 + 0.005")
}

// TestLevelMarkers compares the scan for level markers with
// levelMarkerRE.FindAllStringSubmatchIndex on random subjects of brackets,
// markers, names and stray bytes.
func TestLevelMarkers(t *testing.T) {
	pieces := []string{"(", ")", "（", "）", "类", "款", "项", "一般公共服务支出", "行政运行", "\xef", "\xbc", "\x88", "a", "（类）", "(款)", "（项)"}
	rng := rand.New(rand.NewPCG(4, 26))
	found := 0
	for range 200_000 {
		var b []byte
		for range rng.IntN(9) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		s := string(b)
		var want [][4]int
		for _, m := range levelMarkerRE.FindAllStringSubmatchIndex(s, -1) {
			want = append(want, [4]int{m[0], m[1], m[2], m[3]})
		}
		got := levelMarkers(s, nil)
		require.Equal(t, want, got, "%q", s)
		found += len(got)
	}
	require.Greater(t, found, 50_000)
}
