package fiscal_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var ruleTotal = fiscal.Rule{ID: "T01", Title: "total equals parts", Scope: fiscal.ScopeInTable, Severity: fiscal.SeverityError}

func TestCompareAmounts(t *testing.T) {
	w := fiscal.Where{Table: "收入支出决算总表", Row: "本年收入合计", Column: "决算数"}
	tol := fiscal.AmountTolerance(3, fiscal.WanYuan, 2)
	assert.Equal(t, fiscal.Wan("0.02"), tol, "(3+1) × 0.005")

	// Within rounding: Daye 公开01, Σ = 6577.04 against 6577.03.
	f, ok := ruleTotal.CompareAmounts(w, "本年收入合计", fiscal.Wan("6577.04"), fiscal.Wan("6577.03"), tol, fiscal.TableFormat())
	require.True(t, ok)
	assert.True(t, f.WithinRounding)
	assert.Equal(t, fiscal.SeverityInfo, f.Severity)
	assert.Equal(t, "-0.01", f.Difference.String())

	// Beyond rounding: the rule's severity.
	f, ok = ruleTotal.CompareAmounts(w, "本年收入合计", fiscal.Wan("6577.04"), fiscal.Wan("6577.00"), tol, fiscal.TableFormat())
	require.True(t, ok)
	assert.False(t, f.WithinRounding)
	assert.Equal(t, fiscal.SeverityError, f.Severity)
	assert.Equal(t, "-0.04", f.Difference.String())
	assert.Contains(t, f.Message, "expected 6577.04, printed 6577")

	// Equal: nothing.
	_, ok = ruleTotal.CompareAmounts(w, "x", fiscal.Wan("1"), fiscal.Wan("1"), tol, fiscal.TableFormat())
	assert.False(t, ok)

	// Exact data: zero tolerance, one fen is an error.
	f, ok = ruleTotal.CompareAmounts(w, "x", fiscal.Fen(100), fiscal.Fen(101), fiscal.AmountTolerance(3, fiscal.Yuan, 2), fiscal.Format{Unit: fiscal.Yuan, Decimals: 2})
	require.True(t, ok)
	assert.False(t, f.WithinRounding)
	assert.Equal(t, "0.01", f.Difference.String())
}

func TestRoundingTolerance(t *testing.T) {
	cases := []struct {
		n, d int
		want string
	}{
		{3, 2, "0.02"},
		{1, 2, "0.01"},
		{2, 2, "0.015"},
		{0, 2, "0.005"},
		{1, 1, "0.1"},
		{4, 0, "2.5"},
		{-1, 2, "0.005"}, // no parts: the total's own rounding
	}
	for _, c := range cases {
		assert.Equal(t, c.want, fiscal.RoundingTolerance(c.n, c.d).String(), "n=%d d=%d", c.n, c.d)
	}
	assert.Equal(t, fiscal.Fen(150), fiscal.AmountTolerance(2, fiscal.Yuan, 0), "3 × 0.5 元")
	assert.Equal(t, fiscal.Amount{}, fiscal.AmountTolerance(5, fiscal.Yuan, 2), "fen precision is exact")
	assert.Equal(t, fiscal.Amount{}, fiscal.AmountTolerance(5, 0, 2))
}

func TestFindingJSON(t *testing.T) {
	f, _ := ruleTotal.CompareAmounts(fiscal.Where{Table: "公开01表", Row: "本年收入合计", Column: "决算数"},
		"本年收入合计", fiscal.Wan("6577.04"), fiscal.Wan("6577.03"), fiscal.AmountTolerance(3, fiscal.WanYuan, 2), fiscal.TableFormat())
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"rule": "T01", "severity": "info", "within_rounding": true,
		"where": {"table": "公开01表", "row": "本年收入合计", "column": "决算数"},
		"expected": "6577.04", "actual": "6577.03", "difference": "-0.01", "tolerance": "0.02",
		"unit": "万元",
		"message": "本年收入合计: expected 6577.04, printed 6577.03 (difference -0.01 万元, within rounding tolerance 0.02)"
	}`, string(b))

	var back fiscal.Finding
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f.Rule, back.Rule)
	assert.Equal(t, f.Severity, back.Severity)
	assert.Equal(t, f.Difference.String(), back.Difference.String())
	assert.Equal(t, f.Where, back.Where)

	// A finding without figures leaves them out.
	g := fiscal.Rule{ID: "X", Severity: fiscal.SeverityWarning}.Finding(fiscal.Where{Part: "情况说明", Line: 12, Text: "XX"}, "placeholder %s", "XX")
	b, err = json.Marshal(g)
	require.NoError(t, err)
	assert.JSONEq(t, `{"rule":"X","severity":"warning","within_rounding":false,"where":{"part":"情况说明","text":"XX","line":12},"message":"placeholder XX"}`, string(b))
}

func TestSeverity(t *testing.T) {
	for _, s := range []fiscal.Severity{fiscal.SeverityError, fiscal.SeverityWarning, fiscal.SeverityInfo} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back fiscal.Severity
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	_, err := fiscal.ParseSeverity("fatal")
	assert.Error(t, err)
	_, err = fiscal.Severity(0).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, fiscal.SeverityError, fiscal.Rule{ID: "R"}.Finding(fiscal.Where{}, "m").Severity, "unset defaults to error")
}

func TestPolicyAndSort(t *testing.T) {
	fs := []fiscal.Finding{
		{Rule: "B", Severity: fiscal.SeverityInfo},
		{Rule: "A", Severity: fiscal.SeverityWarning},
		{Rule: "C", Severity: fiscal.SeverityError},
	}
	out := fiscal.Policy{"A": fiscal.SeverityError}.Apply(fs)
	assert.Equal(t, fiscal.SeverityWarning, fs[1].Severity, "input untouched")
	assert.Equal(t, fiscal.SeverityError, out[1].Severity)
	assert.True(t, fiscal.HasErrors(out))
	fiscal.SortFindings(out)
	assert.Equal(t, []string{"A", "C", "B"}, []string{out[0].Rule, out[1].Rule, out[2].Rule})
	assert.False(t, fiscal.HasErrors(fs[:2]))
	assert.Equal(t, fs, fiscal.Policy(nil).Apply(fs))
}

func TestFigure(t *testing.T) {
	var f fiscal.Figure
	assert.True(t, f.IsZero())
	assert.Equal(t, "", f.String())
	require.NoError(t, json.Unmarshal([]byte(`"1.50"`), &f))
	d, ok := f.Decimal()
	assert.True(t, ok)
	assert.True(t, d.Equal(decimal.RequireFromString("1.5")))
	require.NoError(t, json.Unmarshal([]byte(`null`), &f))
	assert.True(t, f.IsZero())
	assert.Equal(t, "6577.03", fiscal.AmountFigure(fiscal.Wan("6577.03"), fiscal.WanYuan, 2).String())
	assert.Equal(t, "4573.00", fiscal.AmountFigure(fiscal.Wan("4573"), fiscal.WanYuan, 2).String())
	assert.Equal(t, "0.015", fiscal.FigureFixed(decimal.RequireFromString("0.015"), 2).String())
	assert.Equal(t, "收入支出决算总表 / 本年收入合计 (line 3) \"x\"", fiscal.Where{Table: "收入支出决算总表", Row: "本年收入合计", Line: 3, Text: "x"}.String())
}

func TestEncodeFindings(t *testing.T) {
	var b strings.Builder
	require.NoError(t, fiscal.EncodeFindings(&b, nil))
	assert.Equal(t, "[]\n", b.String(), "none is an empty array, never null")
	b.Reset()
	require.NoError(t, fiscal.EncodeFindings(&b, []fiscal.Finding{{Rule: "R", Severity: fiscal.SeverityError, Message: "a < b 公开01"}}))
	assert.Contains(t, b.String(), `"message": "a < b 公开01"`)
	assert.Equal(t, fiscal.Rule{ID: "X", Title: "t", Scope: fiscal.ScopeText, Severity: fiscal.SeverityInfo}, fiscal.NewRule("X", "t", fiscal.ScopeText, fiscal.SeverityInfo))
}

// TestFindingCellsJSON: the cells a check read are a list of locations
// under "cells", each cut as a Where is; a finding without them has no
// "cells" key (the JSON of older findings is unchanged).
func TestFindingCellsJSON(t *testing.T) {
	w := fiscal.Where{Table: "收入支出决算总表", Row: "收入/本年收入合计", Column: "决算数", Line: 38}
	f := ruleTotal.Finding(w, "test")
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.NotContains(t, string(b), "cells")

	f.Cells = []fiscal.Where{w, {Table: "收入决算表", Row: "合计", Column: "本年收入合计", Line: 46}}
	b, err = json.Marshal(f)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"cells":[{"table":"收入支出决算总表","row":"收入/本年收入合计","column":"决算数","line":38},{"table":"收入决算表","row":"合计","column":"本年收入合计","line":46}]`)
	var back fiscal.Finding
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f.Cells, back.Cells)
}
