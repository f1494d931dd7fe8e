package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLintJoined splits the Putuo 部门预算 text at its first table (the
// 编制说明 in one file, the tables in the other, as a department that
// publishes them apart would) and lints the two as one report: the same
// tables, rows and findings as the whole text gives.
func TestLintJoined(t *testing.T) {
	whole := corpusFile(t, "shanghai-putuo-sfj-2026-budget.layout.txt")
	data, err := os.ReadFile(whole)
	require.NoError(t, err)
	text := string(data)
	at := strings.Index(text, "                        2026年部门财务收支预算总表")
	require.Positive(t, at, "the first table's title")
	narrative, tables := writeParts(t, text, at, "narrative.txt", "tables.txt")

	code, out, errOut := runCmd("lint", "--json", whole)
	require.Contains(t, []int{0, 1}, code, errOut)
	var want []fiscal.Finding
	require.NoError(t, json.Unmarshal([]byte(out), &struct{ Findings *[]fiscal.Finding }{&want}))

	code2, out2, errOut2 := runCmd("lint", "--joined", "--json", narrative, tables)
	require.Equal(t, code, code2, errOut2)
	var got []fiscal.Finding
	require.NoError(t, json.Unmarshal([]byte(out2), &got))
	rules := func(fs []fiscal.Finding) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Severity.String()+" "+f.Rule+" "+f.Where.Row)
		}
		return out
	}
	require.NotEmpty(t, want)
	// The joined text has one line more (the page break between the parts),
	// so lines differ; rules, severities and rows do not.
	assert.ElementsMatch(t, rules(want), rules(got))

	_, text2, _ := runCmd("lint", "--joined", narrative, tables)
	assert.Contains(t, text2, "read 9 of 9 tables") // the nine tables, the "三公" one row among them

	// Each part alone is not the report: the narrative has no table.
	code3, out3, _ := runCmd("lint", narrative)
	assert.NotContains(t, out3, "read 8 of 9 tables")
	_ = code3
}

func TestLintWithUsage(t *testing.T) {
	budgetPDF := corpusFile(t, "shanghai-putuo-sfj-2026-budget.layout.txt")
	final := corpusFile(t, "shanghai-putuo-czj-2024.layout.txt")
	cases := []struct {
		name string
		args []string
		code int
		out  string // in stdout or stderr
	}{
		{"budget of another year", []string{"lint", "--with", budgetPDF, final}, 1, // 1: the budget's own growth error (a defect of the document)
			"warning budget.final.year 预算: the budget is of 2026, the 决算 of 2024"},
		{"swapped", []string{"lint", "--with", final, budgetPDF}, 2, "--with names a 预算, but this report is a 决算"},
		{"two finals", []string{"lint", "--with", budgetPDF}, 2, "usage: fiscal lint --with BUDGET FINAL"},
		{"with and joined", []string{"lint", "--joined", "--with", budgetPDF, final}, 2, "cannot be combined"},
		{"joined one part", []string{"lint", "--joined", final}, 2, "usage:"},
		{"missing budget", []string{"lint", "--with", filepath.Join(t.TempDir(), "none.pdf"), final}, 2, "none.pdf"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCmd(c.args...)
			assert.Equal(t, c.code, code, errOut)
			assert.Contains(t, out+errOut, c.out)
		})
	}
}

// TestLintPartsFound: a 决算 whose tables and 情况说明 are published as two
// files, given in either order without --joined, is read as one report
// (tables first): the errors are the whole report's (Putuo: 0.3万元 for
// 2961.68 and 71.73% for 71.65%), and stderr says the files were joined.
// Two whole reports are still two.
func TestLintPartsFound(t *testing.T) {
	whole := corpusFile(t, "shanghai-putuo-czj-2024.layout.txt")
	data, err := os.ReadFile(whole)
	require.NoError(t, err)
	text := string(data)
	at := strings.LastIndex(text, "第三部分")
	at = strings.LastIndex(text[:at], "\n") + 1
	require.Positive(t, at)
	tables, narrative := writeParts(t, text, at, "tables.txt", "narrative.txt")
	for _, order := range [][]string{{narrative, tables}, {tables, narrative}} {
		code, out, errOut := runCmd(append([]string{"lint"}, order...)...)
		assert.Equal(t, 1, code, errOut)
		assert.Contains(t, errOut, "parts of one report")
		assert.Equal(t, []string{"narr.amount", "narr.share"}, errorRules(out))
		assert.Contains(t, out, "read 9 of 9 tables")
	}
	code, out, _ := runCmd("lint", whole, whole)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "2 reports")
}

// TestLintBudgetPartsFound: a budget published as two files, its 编制说明
// (cover, contents, 主要职能, 名词解释 and the 说明 with every narrative
// figure) and its tables: `fiscal lint narrative tables` reads them as one
// report and finds the whole report's errors (the 编制说明 alone was "not a
// readable report" and its true narrative errors were lost).
func TestLintBudgetPartsFound(t *testing.T) {
	whole := corpusFile(t, "shanghai-putuo-sfj-2026-unit-budget.layout.txt")
	data, err := os.ReadFile(whole)
	require.NoError(t, err)
	text := string(data)
	first := strings.Index(text, "财务收支预算总表")
	at := first + strings.Index(text[first+1:], "财务收支预算总表") + 1 // the table's title, after the contents' entry
	at = strings.LastIndex(text[:at], "\n") + 1
	require.Greater(t, at, first)
	narrative, tables := writeParts(t, text, at, "编制说明.txt", "表格.txt")
	_, wholeOut, _ := runCmd("lint", whole)
	want := errorRules(wholeOut)
	slices.Sort(want)
	require.Len(t, want, 9, "the document's defects, found by hand (budget/read_test.go)")
	code, out, errOut := runCmd("lint", narrative, tables)
	assert.Equal(t, 1, code, errOut)
	assert.Contains(t, errOut, "parts of one report")
	got := errorRules(out)
	slices.Sort(got)
	assert.Equal(t, want, got)
	assert.Contains(t, out, "read 9 of 9 tables")
	assert.Contains(t, out, "budget.narrative.growth")
}

// writeParts writes text cut at byte at into two files in a new directory,
// named first and second: the parts of one report published apart.
func writeParts(t *testing.T, text string, at int, first, second string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	a, b := filepath.Join(dir, first), filepath.Join(dir, second)
	require.NoError(t, os.WriteFile(a, []byte(text[:at]), 0o644))
	require.NoError(t, os.WriteFile(b, []byte(text[at:]), 0o644))
	return a, b
}

// errorRules lists the rules of the error findings fiscal lint printed.
func errorRules(out string) []string {
	var rs []string
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 1 && f[0] == "error" {
			rs = append(rs, f[1])
		}
	}
	return rs
}
