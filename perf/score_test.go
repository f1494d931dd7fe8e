package perf_test

import (
	"errors"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScorePositive(t *testing.T) {
	cases := []struct{ a, t, w, want string }{
		{"32", "30", "10", "10"},      // over the target: capped at w
		{"24", "30", "10", "8"},       // 24/30 × 10
		{"16", "18", "20", "17.78"},   // 16/18 × 20 = 17.777… → 17.78
		{"1", "3", "10", "3.33"},      // 3.333… → 3.33
		{"2", "3", "10", "6.67"},      // 6.666… → 6.67
		{"1", "8", "1", "0.13"},       // 0.125 → 0.13 (half away from zero)
		{"0", "30", "10", "0"},        //
		{"-5", "30", "10", "0"},       // never below 0
		{"0", "0", "10", "10"},        // target 0 met
		{"97", "100", "10", "9.7"},    // percentages
		{"30", "30", "0", "0"},        // weight 0
		{"93.8", "95", "50", "49.37"}, // 93.8/95 × 50 = 49.368… → 49.37
	}
	for _, c := range cases {
		got, err := perf.ScorePositive(dec(c.a), dec(c.t), dec(c.w))
		require.NoError(t, err)
		assert.True(t, dec(c.want).Equal(got), "%s/%s×%s = %s, want %s", c.a, c.t, c.w, got, c.want)
	}
}

func TestScoreNegative(t *testing.T) {
	cases := []struct {
		a, t, w string
		v       perf.ReverseVariant
		want    string
	}{
		{"4", "5", "10", perf.ReverseRatio, "10"},       // under the target: full marks
		{"5", "5", "10", perf.ReverseDeviation, "10"},   // at the target: full marks
		{"6", "5", "10", perf.ReverseRatio, "8.33"},     // 5/6 × 10 = 8.333…
		{"6", "5", "10", perf.ReverseDeviation, "8"},    // (1 − 1/5) × 10
		{"7.5", "5", "10", perf.ReverseRatio, "6.67"},   // 5/7.5 × 10 = 6.666…
		{"7.5", "5", "10", perf.ReverseDeviation, "5"},  // (1 − 2.5/5) × 10
		{"10", "5", "10", perf.ReverseRatio, "5"},       // 5/10 × 10
		{"10", "5", "10", perf.ReverseDeviation, "0"},   // 1 − 5/5 = 0
		{"11", "5", "10", perf.ReverseDeviation, "0"},   // below 0: floored
		{"1", "0", "10", perf.ReverseRatio, "0"},        // target 0 exceeded
		{"3.3", "3", "20", perf.ReverseDeviation, "18"}, // (1 − 0.3/3) × 20 = 0.9 × 20
	}
	for _, c := range cases {
		got, err := perf.ScoreNegative(dec(c.a), dec(c.t), dec(c.w), c.v)
		require.NoError(t, err)
		assert.True(t, dec(c.want).Equal(got), "%s against %s (%s) = %s, want %s", c.a, c.t, c.v, got, c.want)
	}
	assert.Equal(t, "ratio", perf.ReverseRatio.String())
	assert.Equal(t, "deviation", perf.ReverseDeviation.String())
}

func TestScoreEqual(t *testing.T) {
	cases := []struct{ a, t, w, want string }{
		{"3", "3", "10", "10"},    // equal
		{"9", "12", "10", "7.5"},  // 1 − 3/12 = 0.75
		{"15", "12", "10", "7.5"}, // the same deviation the other way
		{"30", "12", "10", "0"},   // 1 − 18/12 < 0
		{"1", "0", "10", "0"},     // target 0 missed
	}
	for _, c := range cases {
		got, err := perf.ScoreEqual(dec(c.a), dec(c.t), dec(c.w))
		require.NoError(t, err)
		assert.True(t, dec(c.want).Equal(got), "%s = %s: %s, want %s", c.a, c.t, got, c.want)
	}
}

func TestScoreJudged(t *testing.T) {
	got, err := perf.ScoreJudged(perf.Judgement{Outcome: perf.Met}, dec("20"))
	require.NoError(t, err)
	assert.True(t, dec("20").Equal(got)) // full marks
	got, err = perf.ScoreJudged(perf.Judgement{Outcome: perf.Partly}, dec("20"))
	require.NoError(t, err)
	assert.True(t, dec("12").Equal(got)) // 0.6 × 20
	_, err = perf.ScoreJudged(perf.Judgement{Outcome: perf.Partly}, dec("-1"))
	assert.ErrorIs(t, err, perf.ErrWeight)
	_, err = perf.ScoreJudged(perf.Judgement{}, dec("1"))
	assert.ErrorIs(t, err, perf.ErrJudgement)
}

func TestScoreErrors(t *testing.T) {
	_, err := perf.ScorePositive(dec("1"), dec("1"), dec("-10"))
	var se *perf.ScoreError
	require.True(t, errors.As(err, &se))
	assert.Equal(t, "weight", se.What)
	assert.Equal(t, "-10", se.Value)
	_, err = perf.ScoreNegative(dec("1"), dec("1"), dec("-1"), perf.ReverseRatio)
	assert.ErrorIs(t, err, perf.ErrWeight)
	_, err = perf.ScoreEqual(dec("1"), dec("1"), dec("-1"))
	assert.ErrorIs(t, err, perf.ErrWeight)
}

func TestRateScore(t *testing.T) {
	cases := []struct {
		spent, budget string // 万元
		want          string
	}{
		{"16.06", "16.244", "9.89"},  // 16.06/16.244 = 0.98867… × 10 = 9.8867 → 9.89 (Daye 二、)
		{"14.23824", "32.3", "4.41"}, // 0.440812… × 10 → 4.41 (Daye 二十二、)
		{"916.47", "815.9", "10"},    // over budget: capped at 1 (Daye 十九、)
		{"299.6", "449.4", "6.67"},   // 2/3 × 10 = 6.666… → 6.67 (Daye 九、)
		{"0", "12", "0"},             //
	}
	for _, c := range cases {
		got, err := perf.RateScore(fiscal.Wan(c.spent), fiscal.Wan(c.budget), dec("10"))
		require.NoError(t, err)
		assert.True(t, dec(c.want).Equal(got), "%s/%s: %s, want %s", c.spent, c.budget, got, c.want)
	}
	_, err := perf.RateScore(fiscal.Wan("1"), fiscal.Wan("0"), dec("10"))
	assert.ErrorIs(t, err, fiscal.ErrDivisionByZero)
	_, err = perf.RateScore(fiscal.Wan("1"), fiscal.Wan("1"), dec("-10"))
	assert.ErrorIs(t, err, perf.ErrWeight)
}

func TestGradeOf(t *testing.T) {
	cases := []struct {
		total string
		want  perf.Grade
		zh    string
	}{
		{"100", perf.Excellent, "优"},
		{"90", perf.Excellent, "优"}, // 优 ≥ 90
		{"89.99", perf.Good, "良"},   //
		{"80", perf.Good, "良"},      // 良 80–89
		{"79.99", perf.Fair, "中"},   //
		{"60", perf.Fair, "中"},      // 中 60–79
		{"59.99", perf.Poor, "差"},   // 差 < 60
		{"0", perf.Poor, "差"},       //
	}
	for _, c := range cases {
		g := perf.GradeOf(dec(c.total))
		assert.Equal(t, c.want, g, c.total)
		assert.Equal(t, c.zh, g.String(), c.total)
	}
	assert.Equal(t, "Grade(0)", perf.Grade(0).String())
}
