package perf

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestNewDecimal checks newDecimal against decimal.New on the shared range,
// its edges and beyond.
func TestNewDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 15))
	check := func(c int64, f int) {
		want, got := decimal.New(c, int32(-f)), newDecimal(c, f)
		require.True(t, want.Equal(got), "%d %d", c, f)
		require.Equal(t, want.Exponent(), got.Exponent(), "%d %d", c, f)
		require.Equal(t, want.String(), got.String(), "%d %d", c, f)
	}
	for _, c := range []int64{0, 1, 999, 1000, -1, -999, 1 << 40} {
		for f := range 5 {
			check(c, f)
		}
	}
	for range 20_000 {
		check(rng.Int64N(3000)-1000, rng.IntN(5))
	}
}

// TestSharedDecimalsUnchanged runs the operations the package and its
// callers use on shared decimals and checks that none of them changes a
// shared value.
func TestSharedDecimalsUnchanged(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	for range 5_000 {
		c, f := rng.Int64N(smallCoef), rng.IntN(smallFrac)
		d := newDecimal(c, f)
		o := decimal.New(rng.Int64N(2000)-1000, int32(-rng.IntN(4)))
		p := int32(rng.IntN(5) - 1)
		_ = []decimal.Decimal{d.Add(o), d.Sub(o), d.Mul(o), d.Neg(), d.Abs(), d.Round(p), d.RoundBank(p), d.RoundCeil(p),
			d.RoundFloor(p), d.RoundUp(p), d.RoundDown(p), d.Truncate(p), d.Shift(2), d.Shift(-2)}
		if !o.IsZero() {
			_ = d.Div(o)
			_, _ = d.QuoRem(o, 2)
		}
		_, _ = d.Rat(), d.Coefficient()
		require.True(t, decimal.New(c, int32(-f)).Equal(newDecimal(c, f)), "%d×10^-%d changed", c, f)
		require.Equal(t, decimal.New(c, int32(-f)).String(), newDecimal(c, f).String())
	}
}

// TestResolverPrintedLevel1 checks the resolver's printed 一级, read once
// per run of rows, against Indicator.PrintedLevel1 of each indicator, on
// random runs of rows with blank, official, spaced and unknown 一级 cells.
func TestResolverPrintedLevel1(t *testing.T) {
	level1s := []string{"", "", "产出指标", "效益\n指标", "成本指标", "满意度指标", "运行成本", " ", "其他"}
	level2s := []string{"", "数量指标", "经济成本指标", "社会效益指标"}
	rng := rand.New(rand.NewPCG(15, 18))
	for range 2_000 {
		rows := make([]Row, rng.IntN(12))
		for i := range rows {
			rows[i] = Row{Level1: level1s[rng.IntN(len(level1s))], Level2: level2s[rng.IntN(len(level2s))], Name: "x"}
		}
		var v resolver
		for i := range rows {
			ind := v.next(&rows[i])
			l1, ok := v.printedLevel1()
			wl1, wok := ind.PrintedLevel1()
			require.Equal(t, wok, ok, "%q", rows[:i+1])
			if wok {
				require.Equal(t, wl1, l1, "%q", rows[:i+1])
			}
		}
	}
}
