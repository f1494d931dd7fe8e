package perf_test

import (
	"testing"

	"github.com/cnfiscal/fiscal/perf"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScoreDepartment(t *testing.T) {
	d := perf.DepartmentForm{Rows: []perf.Row{
		// 30 of ≥30: full share; 24 of ≥30: 24/30 = 0.8; "合规" against
		// "合规": judged verbatim, full; "良好" against "优秀": not assessable
		// without a judgement (0).
		{Level1: "履职效能", Level2: "数量", Name: "a", Target: "≥30次", Actual: "30次"},
		{Name: "b", Target: "≥30次", Actual: "24次"},
		{Name: "c", Target: "合规", Actual: "合规"},
		{Name: "d", Target: "优秀", Actual: "良好"},
	}}
	s, err := perf.ScoreDepartment(d, decimal.Zero, perf.JudgeVerbatim)
	require.NoError(t, err)
	// By hand: 100 / 4 = 25 each; 25 + 20 + 25 + 0 = 70 → 中.
	require.Len(t, s.Rows, 4)
	assert.Equal(t, "25", s.Rows[0].Score.String())
	assert.Equal(t, "20", s.Rows[1].Score.String())
	assert.Equal(t, "70", s.Total.String())
	assert.Equal(t, 1, s.Unassessed)
	assert.Equal(t, perf.GradeOf(decimal.NewFromInt(70)), s.Grade)

	empty, err := perf.ScoreDepartment(perf.DepartmentForm{}, decimal.Zero, nil)
	require.NoError(t, err)
	assert.True(t, empty.Total.IsZero())
	_, err = perf.ScoreDepartment(d, decimal.NewFromInt(-1), nil)
	assert.Error(t, err)
}
