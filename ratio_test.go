package fiscal_test

import (
	"errors"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestShare(t *testing.T) {
	// Daye narrative: 一般公共预算财政拨款收入 4402.44 of 本年收入合计 6577.03.
	// By hand: 4402.44 / 6577.03 = 0.669366… → 66.94%, 66.9%, 67%.
	r, err := fiscal.Share(fiscal.Wan("4402.44"), fiscal.Wan("6577.03"))
	require.NoError(t, err)
	assert.Equal(t, "66.94", r.Percent(2).StringFixed(2))
	assert.Equal(t, "66.9", r.Percent(1).String())
	assert.Equal(t, "67", r.Percent(0).String())
	assert.Equal(t, "0.6694", r.Round(4).String())
	assert.Equal(t, "440244/657703", r.String())
}

func TestRatioHalfUp(t *testing.T) {
	cases := []struct {
		num, den string
		decimals int
		percent  string
	}{
		{"1", "8", 1, "12.5"},      // 12.5 exactly
		{"1", "8", 0, "13"},        // half → up
		{"-1", "8", 0, "-13"},      // half away from zero
		{"1", "3", 2, "33.33"},     // repeating
		{"2", "3", 2, "66.67"},     // repeating, rounds up
		{"1.71", "1.71", 2, "100"}, // Daye 三公 完成率 100%
		{"0", "5", 2, "0"},         // zero share
		{"7", "0.07", 0, "10000"},  // exponents differ
	}
	for _, c := range cases {
		r, err := fiscal.NewRatio(decimal.RequireFromString(c.num), decimal.RequireFromString(c.den))
		require.NoError(t, err)
		assert.Equal(t, c.percent, r.Percent(c.decimals).String(), "%s/%s", c.num, c.den)
	}
}

func TestGrowthAndCompletion(t *testing.T) {
	// 1.71 against 2.00 last year: (1.71 − 2.00)/2.00 = −14.5%.
	g, err := fiscal.GrowthRate(fiscal.Wan("1.71"), fiscal.Wan("2.00"))
	require.NoError(t, err)
	assert.Equal(t, "-14.5", g.Percent(1).String())
	assert.Equal(t, -1, g.Sign())
	c, err := fiscal.CompletionRate(fiscal.Wan("124.60"), fiscal.Wan("100"))
	require.NoError(t, err)
	assert.Equal(t, "124.6", c.Percent(2).String())
	assert.Equal(t, 1, c.Cmp(g))
	assert.Equal(t, "0", fiscal.Ratio{}.Percent(2).String(), "the zero Ratio is 0")
}

func TestRatioDivisionByZero(t *testing.T) {
	for name, err := range map[string]error{
		"share":      second(fiscal.Share(fiscal.Wan("1"), fiscal.Amount{})),
		"growth":     second(fiscal.GrowthRate(fiscal.Wan("1"), fiscal.Amount{})),
		"completion": second(fiscal.CompletionRate(fiscal.Wan("1"), fiscal.Amount{})),
		"ratio":      second(fiscal.NewRatio(decimal.NewFromInt(1), decimal.Zero)),
	} {
		assert.ErrorIs(t, err, fiscal.ErrDivisionByZero, name)
		var re *fiscal.RatioError
		require.True(t, errors.As(err, &re), name)
		assert.Equal(t, "0", re.Denominator, name)
	}
}
