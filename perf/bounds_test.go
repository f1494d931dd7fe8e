package perf_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseDecimal: plain decimals are read; exponents, junk and numbers
// longer than MaxDigits are errors, returned at once.
func TestParseDecimal(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"10", "10"},
		{" 12.5 ", "12.5"},
		{"-3", "-3"},
		{"＋１０", "10"},
		{"１２．５", "12.5"},
		{"0.000001", "0.000001"},
		{strings.Repeat("9", perf.MaxDigits), strings.Repeat("9", perf.MaxDigits)},
	} {
		d, err := perf.ParseDecimal(c.in)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, d.String(), c.in)
	}
	for _, c := range []struct {
		in   string
		want error
	}{
		{"", perf.ErrBlank},
		{"　", perf.ErrBlank},
		{"1e400000000", perf.ErrNumber},
		{"1E5", perf.ErrNumber},
		{"12.", perf.ErrNumber},
		{"abc", perf.ErrNumber},
		{"10分", perf.ErrNumber},
		{"NaN", perf.ErrNumber},
		{strings.Repeat("9", perf.MaxDigits+1), perf.ErrTooLong},
		{"0." + strings.Repeat("0", 10_000_000) + "1", perf.ErrTooLong},
	} {
		start := time.Now()
		_, err := perf.ParseDecimal(c.in)
		assert.ErrorIs(t, err, c.want, perf.MaxDigits)
		var te *perf.TargetError
		assert.ErrorAs(t, err, &te)
		assert.Less(t, time.Since(start), time.Second, "fails fast")
	}
}

// TestFormPointsBounded: printed 分值 with an absurd exponent is an error
// of the form, not a run-away computation.
func TestFormPointsBounded(t *testing.T) {
	f := perf.ProjectForm{
		Budget: perf.Money{Text: "10", Amount: fiscal.Wan("10"), Unit: fiscal.WanYuan},
		Spent:  perf.Money{Text: "10", Amount: fiscal.Wan("10"), Unit: fiscal.WanYuan},
		Rows: []perf.Row{
			{Level1: "产出指标", Level2: "数量指标", Name: "次数", Target: "≥30次", Actual: "30次", Points: "1e400000000", Score: "1e400000000"},
			{Level1: "效益指标", Level2: "社会效益指标", Name: "满意度", Target: "≥90%", Actual: "95%", Points: "10", Score: "10"},
		},
	}
	start := time.Now()
	_, err := perf.ScoreProject(f, perf.DefaultScoringScheme())
	var se *perf.ScoreError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "points", se.What)
	assert.Less(t, time.Since(start), time.Second)
}
