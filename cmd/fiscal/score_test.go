package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/internal/corpustest"
)

// TestTruths lints each corpus report that has a truth set and requires
// recall 100% and precision ≥ 95% of its error and warning findings.
func TestTruths(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "truths", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	goal := decimal.RequireFromString("0.95")
	for _, p := range paths {
		tr, err := readTruths(p)
		require.NoError(t, err)
		t.Run(tr.Report, func(t *testing.T) {
			file := corpustest.Path(t, tr.Report)
			r, err := readReport(file)
			require.NoError(t, err)
			s := scoreFindings(tr, lintFindings(r))
			t.Logf("%s: precision %s (%d of %d), recall %s (%d of %d)", tr.Report, percent(s.Precision()), s.True, s.Scored,
				percent(s.Recall()), s.Found, s.Defects)
			assert.Empty(t, s.Missed, "defects not found")
			assert.Empty(t, s.Negatives, "must-not-flag findings made")
			assert.True(t, s.Recall().Equal(decimal.New(1, 0)), "recall %s", percent(s.Recall()))
			assert.True(t, s.Precision().GreaterThanOrEqual(goal), "precision %s; false findings: %v", percent(s.Precision()), s.False)
		})
	}
}

func figure(s string) fiscal.Figure { return fiscal.FigureOf(decimal.RequireFromString(s)) }

func TestScoreFindings(t *testing.T) {
	tr := truthSet{
		Families: []string{"narr", "tp"},
		Defects: []truthEntry{
			{Rule: "narr.amount", Line: 10, Expected: "4402.44", Actual: "6402.44"},
			{Rule: "narr.amount", Line: 10, Expected: "4402.44", Actual: "6402.44"},
			{Rule: "narr.reason", Line: 12},
			{Rule: "tp.running.public", Table: "T", Row: "机关运行经费"},
		},
		Negatives: []truthEntry{{Rule: "narr.share", Line: 20}},
	}
	find := func(rule string, sev fiscal.Severity, line int, exp, act string) fiscal.Finding {
		f := fiscal.Finding{Rule: rule, Severity: sev, Where: fiscal.Where{Line: line}}
		if exp != "" {
			f.Expected, f.Actual = figure(exp), figure(act)
		}
		return f
	}
	fs := []fiscal.Finding{
		find("narr.amount", fiscal.SeverityError, 10, "4402.440", "6402.440"),   // the first defect: figures equal as numbers
		find("narr.completion", fiscal.SeverityError, 10, "4402.44", "6402.44"), // same family: the second
		find("narr.amount", fiscal.SeverityError, 10, "4402.44", "6402.44"),     // a repeat: true
		find("narr.share", fiscal.SeverityError, 20, "1", "2"),                  // a must-not-flag finding
		find("narr.amount", fiscal.SeverityWarning, 11, "", ""),                 // false
		find("narr.amount", fiscal.SeverityInfo, 30, "", ""),                    // info: not scored
		find("perf.rate.printed", fiscal.SeverityError, 40, "", ""),             // family not adjudicated
		{Rule: "tp.running.public", Severity: fiscal.SeverityWarning, Where: fiscal.Where{Table: "T", Row: "机关运行经费", Column: "决算数"}},
	}
	s := scoreFindings(tr, fs)
	assert.Equal(t, 6, s.Scored)
	assert.Equal(t, 4, s.True)
	assert.Len(t, s.False, 2)
	assert.Len(t, s.Negatives, 1)
	assert.Equal(t, 3, s.Found)
	require.Len(t, s.Missed, 1)
	assert.Equal(t, "narr.reason", s.Missed[0].Rule)
	assert.Equal(t, "66.7%", percent(s.Precision()))
	assert.Equal(t, "75.0%", percent(s.Recall()))
	assert.Equal(t, "100.0%", percent(scoreFindings(truthSet{}, nil).Recall()), "no defects, no findings")
}

func TestScoreCommand(t *testing.T) {
	dir := t.TempDir()
	truths := filepath.Join(dir, "t.json")
	findings := filepath.Join(dir, "f.json")
	require.NoError(t, os.WriteFile(truths, []byte(`{"report": "r.txt", "defects": [{"rule": "narr.amount", "line": 3, "expected": "1.00", "actual": "2"}]}`), 0o600))
	fs := []fiscal.Finding{{Rule: "narr.amount", Severity: fiscal.SeverityError, Where: fiscal.Where{Line: 3}, Expected: figure("1"), Actual: figure("2.00")},
		{Rule: "text.year", Severity: fiscal.SeverityError, Where: fiscal.Where{Line: 4}}}
	b, err := json.Marshal(fs)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(findings, b, 0o600))
	code, out, errOut := runCmd("score", "-v", truths, findings)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "r.txt: precision 50.0% (1 of 2 findings), recall 100.0% (1 of 1 defects)\n  false  error text.year  (line 4): \n", out)

	code, _, errOut = runCmd("score", truths)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "usage")
	code, _, errOut = runCmd("score", findings, truths)
	assert.Equal(t, 2, code, "a findings array is no truth set")
	assert.Contains(t, errOut, "fiscal score:")
}

// TestScoreByContent: an entry anchored by its words (text, or row) is
// found where another extraction put it; an entry with neither is found
// at its line only; the entry of the finding's own rule is preferred to
// another of its family at the same line.
func TestScoreByContent(t *testing.T) {
	tr := truthSet{Defects: []truthEntry{
		{Rule: "narr.share", Line: 1662, Expected: "97.3", Actual: "97.4", Text: "财政拨款收入6402.44万元，占本年收入97.4%"},
		{Rule: "tp.running.public", Line: 1739, Row: "机关运行经费", Expected: "124.66", Actual: "124.60"},
		{Rule: "narr.year-form", Line: 1689, Text: "2024度"},
		{Rule: "narr.reason", Line: 1689, Text: "完成年初预算的156.4%"},
		{Rule: "narr.amount", Line: 1934, Expected: "9.93", Actual: "9.83"},
	}}
	at := func(rule string, line int, text, exp, act string) fiscal.Finding {
		f := fiscal.Finding{Rule: rule, Severity: fiscal.SeverityWarning, Where: fiscal.Where{Line: line, Text: text}}
		if exp != "" {
			f.Expected, f.Actual = figure(exp), figure(act)
		}
		return f
	}
	sentence := "2024度一般公共预算财政拨款支出年初预算为4094.32万元，支出决算数为6402.44万元，完成年初预算的156.4%。"
	fs := []fiscal.Finding{
		// 7 lines further down, spaced and full-width as another tool prints it.
		at("narr.share", 1669, "其中：财政拨款收入 6402.44 万元，占本年收入 97.4％；", "97.3", "97.4"),
		{Rule: "tp.running.public", Severity: fiscal.SeverityWarning, Where: fiscal.Where{Row: "机关运行经费", Line: 1746}, Expected: figure("124.66"), Actual: figure("124.6")},
		// The reason's sentence holds 2024度 too: it is the reason's entry.
		at("narr.reason", 1696, sentence, "", ""),
		at("narr.year-form", 1696, "2024度", "", ""),
		// No words to find it by: at another line it is no match.
		at("narr.amount", 1941, "执行数为9.83万元", "9.93", "9.83"),
		// The right figures and words of another defect: no match.
		at("narr.share", 1669, "其他收入174.6万元，占本年收入2.6%", "97.3", "97.4"),
	}
	s := scoreFindings(tr, fs)
	assert.Equal(t, 6, s.Scored)
	assert.Equal(t, 4, s.True)
	assert.Equal(t, 4, s.Found)
	require.Len(t, s.Missed, 1)
	assert.Equal(t, 1934, s.Missed[0].Line)
	require.Len(t, s.False, 2)
	assert.Equal(t, 1941, s.False[0].Where.Line)
	assert.Equal(t, "其他收入174.6万元，占本年收入2.6%", s.False[1].Where.Text)
}
