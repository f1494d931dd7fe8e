package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/internal/corpustest"
)

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestCodeText(t *testing.T) {
	code, out, errOut := runCmd("code", "2010399", "2290402", "30217")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, `2010399	function	项	其他政府办公厅（室）及相关机构事务支出
  201	一般公共服务支出
  20103	政府办公厅（室）及相关机构事务
2290402	function	项	其他地方自行试点项目收益专项债券收入安排的支出
  229	其他支出
  22904	其他政府性基金及对应专项债务收入安排的支出
30217	economic	款	公务接待费
  302	商品和服务支出
`, out)
}

func TestCodeJSON(t *testing.T) {
	code, out, errOut := runCmd("code", "--json", "201 03 99", "50101")
	require.Equal(t, 0, code, errOut)
	var got []codeResult
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got, 2)
	assert.Equal(t, codeResult{Code: "2010399", Scheme: "function", Level: "项",
		Name: "其他政府办公厅（室）及相关机构事务支出", Edition: 2024,
		Basis: "printed", Seen: 1, Where: "corpus/000_a6b8f70e670f2841.txt", COFOG: "01.1",
		Ancestors: []ancestor{{"201", "一般公共服务支出"}, {"20103", "政府办公厅（室）及相关机构事务"}}}, got[0])
	assert.Equal(t, "gov-economic", got[1].Scheme)
	assert.Contains(t, out, `"ancestors": [`)
}

func TestCodeUnknownAndMalformed(t *testing.T) {
	code, out, errOut := runCmd("code", "2010397", "20x", "--edition", "2024")
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "2010397 (功能分类 项): well-formed but not in the catalog of edition 2024")
	assert.Contains(t, errOut, `"20x" is malformed`)

	code, out, _ = runCmd("code", "--json", "2010397")
	assert.Equal(t, 1, code)
	assert.Equal(t, "[]\n", out, "JSON output stays valid")
}

func TestCodeEdition2025(t *testing.T) {
	code, out, errOut := runCmd("code", "--edition", "2025", "23107", "1050303")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "23107\tfunction\t款\t中央金融机构注资特别国债还本支出")
	assert.Contains(t, out, "10503\t(not in the catalog)")
	code, _, errOut = runCmd("code", "--edition", "1999", "201")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "no embedded edition 1999")
}

func TestUsage(t *testing.T) {
	code, _, errOut := runCmd()
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "usage: fiscal")
	code, _, errOut = runCmd("nope")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown command "nope"`)
	code, _, _ = runCmd("code")
	assert.Equal(t, 2, code)
	code, _, _ = runCmd("code", "--bogus", "201")
	assert.Equal(t, 2, code)
	code, _, _ = runCmd("help")
	assert.Equal(t, 0, code)
	code, out, _ := runCmd("code", "--", "201")
	assert.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "201\t"))
}

func TestRules(t *testing.T) {
	code, out, errOut := runCmd("rules")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "acc.summary.income-total")
	assert.Contains(t, out, "收入支出决算总表: 本年收入合计 = Σ income rows")

	code, out, _ = runCmd("rules", "--json")
	require.Equal(t, 0, code)
	var rules []struct{ ID, Title, Scope, Severity string }
	require.NoError(t, json.Unmarshal([]byte(out), &rules))
	seen := map[string]bool{}
	for _, r := range rules {
		assert.False(t, seen[r.ID], "rule IDs are unique: %s", r.ID)
		seen[r.ID] = true
		assert.NotEmpty(t, r.Title)
		assert.Contains(t, []string{"error", "warning", "info"}, r.Severity)
	}
	assert.True(t, seen["acc.cross.general-basic"])
	// The budget checks' rules, which lint reports, are listed too.
	assert.True(t, seen["budget.narrative.share"])
	assert.True(t, seen["budget.columns"])
	assert.Contains(t, out, `"scope": "cross-table"`)

	code, _, _ = runCmd("rules", "extra")
	assert.Equal(t, 2, code)
}

// corpusFile returns the path of a corpus file (internal/corpustest:
// $FISCAL_CORPUS, else ../shared/corpus beside the repository), skipping
// the test when it is absent and failing when FISCAL_REQUIRE_CORPUS is set.
func corpusFile(t *testing.T, name string) string {
	t.Helper()
	return corpustest.Path(t, name)
}

func TestLint(t *testing.T) {
	daye := corpusFile(t, "000_a6b8f70e670f2841.txt")
	code, out, errOut := runCmd("lint", daye)
	assert.Equal(t, 1, code, errOut)
	assert.Contains(t, out, "error narr.amount")
	assert.Contains(t, out, "决算, word-text: read 9 of 9 tables")
	assert.Contains(t, out, "; 34 performance forms")

	code, out, _ = runCmd("lint", "--json", daye)
	assert.Equal(t, 1, code)
	var rep struct {
		Kind, Format string
		Findings     []map[string]any
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.NotEmpty(t, rep.Findings)
	assert.Equal(t, "决算", rep.Kind)
	assert.Equal(t, "word-text", rep.Format)

	// A document without errors exits 0: the JSON form of a clean one.
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.json")
	require.NoError(t, os.WriteFile(clean, []byte(`{"department":"某局","year":2024}`), 0o644))
	code, out, _ = runCmd("lint", clean)
	assert.Equal(t, 1, code, "a report with no tables lacks required parts: %s", out)
	assert.Contains(t, out, "text.sections")

	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"department":`), 0o644))
	code, _, errOut = runCmd("lint", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "not a readable report")

	code, _, _ = runCmd("lint", filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 2, code)
	code, _, _ = runCmd("lint")
	assert.Equal(t, 2, code)
}

func TestLintPDFWithoutPdftotext(t *testing.T) {
	pdf := corpusFile(t, "shanghai-putuo-czj-2024.pdf")
	t.Setenv("PATH", t.TempDir())
	code, _, errOut := runCmd("lint", pdf)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "poppler-utils")
}

func TestTables(t *testing.T) {
	putuo := corpusFile(t, "shanghai-putuo-czj-2024.layout.txt")
	code, out, errOut := runCmd("tables", putuo)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "收入支出决算总表")
	assert.Contains(t, out, "2946.25")
	code, _, _ = runCmd("tables")
	assert.Equal(t, 2, code)
}

// TestTablesBudget prints a budget's tables as read: the 收入预算总表's
// 行政运行 row as the Putuo 2026 部门预算 prints it (204 06 01, 16726725.44 in
// 合计 and 财政拨款收入, 0.00 in the three other columns).
func TestTablesBudget(t *testing.T) {
	code, out, errOut := runCmd("tables", corpusFile(t, "shanghai-putuo-sfj-2026-budget.layout.txt"))
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "2026年部门收入预算总表\n单位：元\n项目\t合计\t财政拨款收入\t事业收入\t事业单位经营收入\t其他收入\n")
	assert.Contains(t, out, "\n2040601 行政运行\t16726725.44\t16726725.44\t0.00\t0.00\t0.00\n")
}
