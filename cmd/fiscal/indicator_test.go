package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIndicatorText(t *testing.T) {
	code, out, errOut := runCmd("indicator", "--target", "≥30次", "--actual", "24次", "--kind", "产出/数量", "--weight", "10")
	require.Equal(t, 0, code, errOut)
	// 24/30 × 10 = 8: partly met.
	assert.Equal(t, `target   "≥30次": comparator at_least (written "≥"), value 30, unit 次 (count)
actual   "24次": comparator none, value 24, unit 次 (count)
outcome  partly (部分达成): 24次 does not meet ≥30次
score    8 of 10
`, out)
}

func TestIndicatorFlagsAfterArguments(t *testing.T) {
	// Flags in any order; the default weight is 100.
	code, out, errOut := runCmd("indicator", "--actual", "16.06万元", "--target", "16.244万元", "--kind", "成本")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `value 16.244, unit 万元 (money), amount 162440.00 元`)
	assert.Contains(t, out, "outcome  met (达成)")
	assert.Contains(t, out, "score    100 of 100")
}

func TestIndicatorJSON(t *testing.T) {
	cases := []struct {
		args    []string
		outcome string
		score   *string
		applied string
	}{
		// A bare cost target is an upper bound: 5/6 × 10 = 8.333… → 8.33.
		{[]string{"--target", "5万元", "--actual", "6万元", "--kind", "成本", "--weight", "10"}, "partly", ptr("8.33"), "at_most"},
		// The deviation variant: (1 − (6 − 5)/5) × 10 = 8.
		{[]string{"--target", "5万元", "--actual", "6万元", "--kind", "成本", "--weight", "10", "--reverse", "deviation"}, "partly", ptr("8"), "at_most"},
		// The same bare target outside cost is a lower bound: met.
		{[]string{"--target", "5万元", "--actual", "6万元", "--weight", "10"}, "met", ptr("10"), "at_least"},
		// Units that disagree (Daye 三十三、).
		{[]string{"--target", "122项", "--actual", "93.80%"}, "not_assessable", nil, "none"},
		// Qualitative without and with a judgement.
		{[]string{"--target", "合规", "--actual", "合规"}, "not_assessable", nil, "none"},
		{[]string{"--target", "合规", "--actual", "合规", "--judgement", "部分达成", "--weight", "10"}, "partly", ptr("6"), "none"},
		{[]string{"--target", "不少于12次", "--actual", "9次", "--weight", "20"}, "partly", ptr("15"), "at_least"},   // 9/12 × 20
		{[]string{"--target", "≥95%", "--actual", "50%", "--weight", "10"}, "not_met", ptr("5.26"), "at_least"}, // 50/95 × 10 = 5.263…
	}
	for _, c := range cases {
		code, out, errOut := runCmd(append([]string{"indicator", "--json"}, c.args...)...)
		require.Equal(t, 0, code, errOut)
		var got indicatorResult
		require.NoError(t, json.Unmarshal([]byte(out), &got), out)
		assert.Equal(t, c.outcome, got.Outcome, c.args)
		assert.Equal(t, c.score, got.Score, c.args)
		assert.Equal(t, c.applied, got.Applied, c.args)
	}
}

func TestIndicatorJSONShape(t *testing.T) {
	code, out, errOut := runCmd("indicator", "--json", "--target", "不少于12次", "--actual", "合规")
	require.Equal(t, 0, code, errOut)
	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	assert.Equal(t, map[string]any{"text": "不少于12次", "comparator": "at_least", "written": "不少于", "value": "12",
		"unit": "次", "measure": "count", "qualitative": false}, raw["target"])
	assert.Equal(t, map[string]any{"text": "合规", "comparator": "none", "unit": "", "qualitative": true}, raw["actual"])
	assert.Equal(t, "not_assessable", raw["outcome"])
	assert.Nil(t, raw["score"], "score is null when not assessable")
	assert.Contains(t, out, `"score": null`)
}

func TestIndicatorUsage(t *testing.T) {
	cases := []struct {
		args []string
		msg  string
	}{
		{[]string{"indicator"}, "usage: fiscal indicator"},
		{[]string{"indicator", "--target", "1次"}, "usage: fiscal indicator"},
		{[]string{"indicator", "--target", "1次", "--actual", "1次", "extra"}, "usage: fiscal indicator"},
		{[]string{"indicator", "--target", "1次", "--actual", "1次", "--kind", "效益/数量"}, "does not belong"},
		{[]string{"indicator", "--target", "1次", "--actual", "1次", "--weight", "-1"}, "not a non-negative decimal"},
		{[]string{"indicator", "--target", "1次", "--actual", "1次", "--weight", "ten"}, "not a non-negative decimal"},
		{[]string{"indicator", "--target", "1次", "--actual", "1次", "--reverse", "x"}, "want ratio or deviation"},
		{[]string{"indicator", "--target", "1次", "--actual", "1次", "--judgement", "ok"}, "want 达成"},
		{[]string{"indicator", "--target", "　", "--actual", "1次"}, "blank"},
		{[]string{"indicator", "--target", "≥", "--actual", "1次"}, "a comparator without a number"},
		{[]string{"indicator", "--bogus"}, "flag provided but not defined"},
	}
	for _, c := range cases {
		code, out, errOut := runCmd(c.args...)
		assert.Equal(t, 2, code, c.args)
		assert.Empty(t, out, c.args)
		assert.Contains(t, errOut, c.msg, c.args)
	}
}

func ptr(s string) *string { return &s }
