package fiscal_test

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParsePercentCoef checks that ParsePercentCoef reads what ParsePercent
// reads, errors included, on printed percentages and malformed ones.
func TestParsePercentCoef(t *testing.T) {
	texts := []string{"97.4%", "100％", "0%", "93.80%", " ８５．５％ ", "-3.2%", "+1%", "1,000%", "12", "%", ".5%", "5.%",
		"99999999999999999999%", "0.001%", "１２３.４５６７%"}
	rng := rand.New(rand.NewPCG(4, 18))
	for range 2000 {
		texts = append(texts, strconv.FormatFloat(rng.Float64()*200-50, 'f', rng.IntN(4), 64)+"%")
	}
	for _, s := range texts {
		p, perr := fiscal.ParsePercent(s)
		c, d, cerr := fiscal.ParsePercentCoef(s)
		if perr != nil {
			require.Error(t, cerr, s)
			assert.Equal(t, perr.Error(), cerr.Error(), s)
			continue
		}
		require.NoError(t, cerr, s)
		assert.Equal(t, p.Decimals, d, s)
		assert.True(t, p.Value.Equal(decimal.New(c, int32(-d))), s)
	}
	c, d, err := fiscal.ParsePercentCoef("93.80%")
	require.NoError(t, err)
	assert.Equal(t, []int64{9380, 2}, []int64{c, int64(d)})
}

// TestComparePercentCoef compares ComparePercentCoef with ComparePercent,
// field for field, on random shares (right, off by a digit, and wrong; zero
// and overflowing figures included).
func TestComparePercentCoef(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 19))
	r := fiscal.NewRule("t.share", "a share", fiscal.ScopeNarrative, fiscal.SeverityError)
	amount := func() int64 {
		switch rng.IntN(6) {
		case 0:
			return 0
		case 1:
			return 1<<62 + rng.Int64N(1<<62)
		case 2:
			return -rng.Int64N(1e8)
		default:
			return rng.Int64N(1e10)
		}
	}
	equal := 0
	for range 50_000 {
		num, den := fiscal.Fen(amount()), fiscal.Fen(amount())
		errs := []int64{0, 50, 5000}
		tol := fiscal.Fen(errs[rng.IntN(len(errs))])
		d := rng.IntN(4)
		var coef int64
		if den.IsZero() || rng.IntN(3) == 0 {
			coef = rng.Int64N(20000)
		} else if q, ok := fiscal.Share(num, den); ok == nil {
			coef = q.Percent(d).Shift(int32(d)).IntPart() + int64(rng.IntN(3)-1)*int64(rng.IntN(2))
		}
		p := fiscal.Percent{Value: decimal.New(coef, int32(-d)), Decimals: d}
		w := fiscal.Where{Row: "r"}
		want, wok := r.ComparePercent(w, "share", p, num, den, tol)
		got, gok := r.ComparePercentCoef(w, "share", coef, d, num, den, tol)
		require.Equal(t, wok, gok, "%s/%s %d at %d", num, den, coef, d)
		if !wok {
			equal++
		}
		require.Equal(t, want.Message, got.Message)
		require.Equal(t, want.Severity, got.Severity)
		require.Equal(t, want.WithinRounding, got.WithinRounding)
		for _, f := range [][2]fiscal.Figure{{want.Expected, got.Expected}, {want.Actual, got.Actual}, {want.Difference, got.Difference}, {want.Tolerance, got.Tolerance}} {
			require.Equal(t, f[0].String(), f[1].String())
		}
	}
	assert.Greater(t, equal, 5000, "printed percentages equal to the recomputed one")
}
