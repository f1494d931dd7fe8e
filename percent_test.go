package fiscal_test

import (
	"math"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePercent(t *testing.T) {
	cases := []struct {
		in       string
		value    string
		decimals int
	}{
		{"97.4%", "97.4", 1},
		{"100％", "100", 0},
		{"93.80%", "93.8", 2},
		{" 0% ", "0", 0},
		{"-17.2%", "-17.2", 1},
		{"６６．９４％", "66.94", 2},
	}
	for _, c := range cases {
		p, err := fiscal.ParsePercent(c.in)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.value, p.Value.String(), c.in)
		assert.Equal(t, c.decimals, p.Decimals, c.in)
	}
	p, _ := fiscal.ParsePercent("93.80%")
	assert.Equal(t, "93.80%", p.String())
	for _, bad := range []string{"97.4", "%", "x%", "1,000%", "1.2.3%"} {
		_, err := fiscal.ParsePercent(bad)
		assert.Error(t, err, bad)
	}
}

var ruleShare = fiscal.Rule{ID: "S", Title: "share", Severity: fiscal.SeverityError}

func TestComparePercent(t *testing.T) {
	half := fiscal.Wan("0.005")
	pct := func(s string) fiscal.Percent { p, _ := fiscal.ParsePercent(s); return p }
	cases := []struct {
		name     string
		printed  string
		num, den string
		found    bool
		within   bool
		expected string
	}{
		// Daye 收入决算情况说明: 财政拨款收入 6402.44 of 6577.03 = 97.345…% → 97.3%.
		{"Daye 财政拨款 share", "97.4%", "6402.44", "6577.03", true, false, "97.3"},
		// 其他收入 174.6 of 6577.03 = 2.6547…% → 2.7%; 2.6% is not reachable.
		{"Daye 其他收入 share", "2.6%", "174.60", "6577.03", true, false, "2.7"},
		// 4402.44 / 6577.03 = 66.936…% → 66.94%.
		{"exact", "66.94%", "4402.44", "6577.03", false, false, ""},
		// 1.01/2.00 = 50.5%; with each input off by up to 0.005 the share
		// ranges over 1.005/2.005 = 50.12% to 1.015/1.995 = 50.88%, so 50.4%
		// is within rounding of the expected 50.5%.
		{"within input rounding", "50.4%", "1.01", "2.00", true, true, "50.5"},
		{"zero denominator", "0%", "0", "0", true, false, ""},
	}
	for _, c := range cases {
		f, found := ruleShare.ComparePercent(fiscal.Where{}, c.name, pct(c.printed), fiscal.Wan(c.num), fiscal.Wan(c.den), half)
		assert.Equal(t, c.found, found, c.name)
		if !found {
			continue
		}
		assert.Equal(t, c.within, f.WithinRounding, "%s: %v", c.name, f)
		assert.Equal(t, "%", f.Unit)
		if c.expected != "" {
			assert.Equal(t, c.expected, f.Expected.String(), c.name)
		}
	}
	f, _ := ruleShare.ComparePercent(fiscal.Where{}, "zero", pct("0%"), fiscal.Amount{}, fiscal.Amount{}, half)
	assert.Equal(t, fiscal.SeverityInfo, f.Severity, "0/0 printed as 0% is noted")
	f, _ = ruleShare.ComparePercent(fiscal.Where{}, "zero", pct("100%"), fiscal.Wan("2000"), fiscal.Amount{}, half)
	assert.Equal(t, fiscal.SeverityError, f.Severity, "growth from 0 printed as 100%")
}

func TestAllocate(t *testing.T) {
	cases := []struct {
		total   int64
		weights []int64
		want    []int64
	}{
		{100, []int64{1, 1, 1}, []int64{34, 33, 33}}, // the leftover fen goes to the first tie
		// By hand: 1000 × 3030/384628 = 7.878, × 2090/… = 5.434, × 379508/… =
		// 986.688; 998 given, the 2 left go to remainders .878 and .688.
		{1000, []int64{3030, 2090, 379508}, []int64{8, 5, 987}},
		{-100, []int64{1, 1, 1}, []int64{-34, -33, -33}},
		{0, []int64{1, 2}, []int64{0, 0}},
		{7, []int64{0, 1}, []int64{0, 7}},
		{5, []int64{1, 1, 1, 1, 1, 1, 1}, []int64{1, 1, 1, 1, 1, 0, 0}},
	}
	for _, c := range cases {
		got, err := fiscal.Allocate(fiscal.Fen(c.total), c.weights)
		require.NoError(t, err)
		var fen []int64
		var sum int64
		for _, a := range got {
			fen = append(fen, a.Fen())
			sum += a.Fen()
		}
		assert.Equal(t, c.want, fen, "%d by %v", c.total, c.weights)
		assert.Equal(t, c.total, sum, "parts sum to the whole")
	}
	_, err := fiscal.Allocate(fiscal.Fen(1), []int64{0, 0})
	assert.ErrorIs(t, err, fiscal.ErrWeights)
	_, err = fiscal.Allocate(fiscal.Fen(1), []int64{1, -1})
	assert.ErrorIs(t, err, fiscal.ErrWeights)
	_, err = fiscal.Allocate(fiscal.Fen(math.MinInt64), []int64{1})
	assert.ErrorIs(t, err, fiscal.ErrOverflow)
	big, err := fiscal.Allocate(fiscal.Fen(math.MaxInt64), []int64{math.MaxInt64, math.MaxInt64})
	require.NoError(t, err)
	assert.Equal(t, int64(math.MaxInt64/2+1), big[0].Fen())
}
