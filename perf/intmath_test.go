package perf

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// randDecimal returns a decimal of up to 17 digits (past the 15 that the
// integer path takes) with an exponent from -8 to 3, of either sign.
func randDecimal(rng *rand.Rand) decimal.Decimal {
	var c int64
	switch rng.IntN(4) {
	case 0:
		c = rng.Int64N(1000)
	case 1:
		c = rng.Int64N(1e9)
	case 2:
		c = rng.Int64N(1e15)
	default:
		c = rng.Int64N(1e17)
	}
	if rng.IntN(4) == 0 {
		c = -c
	}
	return decimal.New(c, int32(rng.IntN(12)-8))
}

// TestRatioBelow compares the integer comparison with big.Rat arithmetic.
func TestRatioBelow(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 1))
	factors := []int64{1, 3, 7, 12, 60, 1000, 10_000, 100_000_000}
	decided := 0
	for range 200_000 {
		num, den, th := randDecimal(rng), randDecimal(rng), randDecimal(rng)
		if rng.IntN(3) == 0 {
			th = decimal.New(13, -1)
		}
		if rng.IntN(4) == 0 { // on the threshold exactly
			den = decimal.New(rng.Int64N(1e6)+1, int32(-rng.IntN(4)))
			num = den.Mul(th)
		}
		nf, df := factors[rng.IntN(len(factors))], factors[rng.IntN(len(factors))]
		below, ok := ratioBelow(num, nf, den, df, th)
		if !ok {
			continue
		}
		decided++
		n := new(big.Rat).Mul(num.Rat(), new(big.Rat).SetInt64(nf))
		d := new(big.Rat).Mul(den.Rat(), new(big.Rat).SetInt64(df))
		want := new(big.Rat).Quo(n, d).Cmp(th.Rat()) < 0
		if !assert.Equal(t, want, below, "%s×%d / %s×%d < %s", num, nf, den, df, th) {
			return
		}
	}
	assert.Greater(t, decided, 50_000, "the integer path decides most cases")
	_, ok := ratioBelow(decimal.NewFromInt(1), 1, decimal.NewFromInt(-1), 1, decimal.NewFromInt(1))
	assert.False(t, ok, "a negative denominator is left to the exact path")
	_, ok = ratioBelow(decimal.NewFromInt(1), 1, decimal.NewFromInt(1), 1, decimal.Zero)
	assert.False(t, ok, "a threshold of zero is left to the exact path")
}

// TestPercentFen compares the integer percentage with fiscal.Ratio.Percent.
func TestPercentFen(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 2))
	for _, c := range []struct {
		num, den int64
		d        int
		want     string
	}{
		{440244, 657703, 2, "66.94"},
		{1, 3, 0, "33"},
		{2, 3, 0, "67"},
		{1, 8, 1, "12.5"}, // exactly 12.5
		{1, 16, 1, "6.3"}, // 6.25 rounds away from zero
		{-1, 16, 1, "-6.3"},
		{1, -16, 1, "-6.3"},
		{0, 5, 2, "0"},
	} {
		got, ok := percentFen(c.num, c.den, c.d)
		assert.True(t, ok)
		assert.Equal(t, c.want, got.String(), "%d/%d at %d", c.num, c.den, c.d)
	}
	for range 200_000 {
		num, den := rng.Int64N(1e14)-5e13, rng.Int64N(1e14)-5e13
		if rng.IntN(3) == 0 {
			den = rng.Int64N(1000) - 500
		}
		d := rng.IntN(6)
		got, ok := percentFen(num, den, d)
		r, err := fiscal.CompletionRate(fiscal.Fen(num), fiscal.Fen(den))
		if den == 0 {
			assert.False(t, ok)
			assert.Error(t, err)
			continue
		}
		if !ok {
			continue
		}
		want := r.Percent(d)
		if !assert.True(t, want.Equal(got) && want.Exponent() == got.Exponent(), "%d/%d at %d: %s, want %s", num, den, d, got, want) {
			return
		}
	}
	_, ok := percentFen(1, 0, 2)
	assert.False(t, ok)
	_, ok = percentFen(-1<<63, 3, 2)
	assert.False(t, ok)
}
