package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/export"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// variant is one distinct report content, copied n times into the
// directory under test.
type variant struct {
	name string
	data []byte
	n    int
}

// reportDir writes the variants into a new directory, in subdirectories
// of 100 files, and returns it.
func reportDir(t *testing.T, vs []variant) string {
	t.Helper()
	dir := t.TempDir()
	k := 0
	for _, v := range vs {
		for i := range v.n {
			sub := filepath.Join(dir, fmt.Sprintf("batch%02d", k/100))
			require.NoError(t, os.MkdirAll(sub, 0o755))
			require.NoError(t, os.WriteFile(filepath.Join(sub, fmt.Sprintf("%s-%03d", v.name, i)), v.data, 0o644))
			k++
		}
	}
	// A hidden file is not a report of the directory.
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".DS_Store"), []byte{0, 1, 2}, 0o644))
	return dir
}

// dayeJSON is the Daye document in the library's JSON form, as department
// name, one 公开01 figure changed when tweak is set.
func dayeJSON(t *testing.T, name string, tweak bool) []byte {
	return dayeJSONOf(t, daye2024.Document(), name, tweak)
}

// dayeTablesJSON is dayeJSON with the eight tables alone: a small report,
// quick to check.
func dayeTablesJSON(t *testing.T, name string, tweak bool) []byte {
	return dayeJSONOf(t, &disclosure.Document{Year: 2024, Tables: daye2024.Tables()}, name, tweak)
}

func dayeJSONOf(t *testing.T, d *disclosure.Document, name string, tweak bool) []byte {
	d.Department = name
	if tweak {
		r, ok := d.Tables.Summary.Named(accounts.SideIncome, accounts.ItemOtherIncome)
		require.True(t, ok)
		r.Cells[accounts.ColAmount] = fiscal.Present(fiscal.Fen(123_456_789))
	}
	b, err := json.Marshal(d)
	require.NoError(t, err)
	return b
}

// lintVariants are 1,000 reports: eight JSON documents of distinct
// departments (four whole, four of the tables alone), the Putuo layout text, the Daye word text, six copies of a
// 预算 report (read by the budget profiles), and 14 that are not readable
// reports (empty, binary).
func lintVariants(t *testing.T) []variant {
	putuo, err := os.ReadFile(corpusFile(t, "shanghai-putuo-czj-2024.layout.txt"))
	require.NoError(t, err)
	daye, err := os.ReadFile(corpusFile(t, "000_a6b8f70e670f2841.txt"))
	require.NoError(t, err)
	budget, err := os.ReadFile(corpusFile(t, "jiangsu-gaoyuan-2019-budget.layout.txt"))
	require.NoError(t, err)
	var vs []variant
	for i := range 8 {
		data, n := dayeJSON(t, fmt.Sprintf("测试部门%d", i), i%2 == 1), 40
		if i >= 4 {
			data, n = dayeTablesJSON(t, fmt.Sprintf("测试部门%d", i), i%2 == 1), 185
		}
		vs = append(vs, variant{fmt.Sprintf("json%d", i), data, n})
	}
	return append(vs,
		variant{"putuo", putuo, 60},
		variant{"daye", daye, 20},
		variant{"empty", nil, 8},
		variant{"binary", []byte("\x00\x01\x02\x03PK\x03\x04garbage\xff\xfe"), 6},
		variant{"budget", budget, 6},
	)
}

// TestLintDirCSV lints a directory of 1,000 generated reports to CSV: the
// file has the header row and one row per finding, the count derived by
// linting each distinct report once on its own (the single-file path) and
// multiplying by its copies.
func TestLintDirCSV(t *testing.T) {
	vs := lintVariants(t)
	dir := reportDir(t, vs)
	wantRows, wantRead, wantErrors := 0, 0, 0
	byDept := map[string]int{}
	for _, v := range vs {
		p := filepath.Join(t.TempDir(), v.name)
		require.NoError(t, os.WriteFile(p, v.data, 0o644))
		r, err := readReport(p)
		if err != nil {
			continue
		}
		fs := lintFindings(r)
		wantRows += v.n * len(fs)
		wantRead += v.n
		if len(fs) > 0 {
			byDept[r.Document.Department] += v.n * len(fs) // a report with no finding has no row
		}
		for _, f := range fs {
			if f.Severity == fiscal.SeverityError {
				wantErrors += v.n
			}
		}
	}
	require.Equal(t, 986, wantRead)
	require.NotZero(t, wantRows)

	out := filepath.Join(t.TempDir(), "results.csv")
	code, stdout, stderr := runCmd("lint", "--out", out, dir)
	assert.Equal(t, 1, code, stderr) // the Daye reports have error findings
	assert.Empty(t, stderr, "no progress bar when stderr is not a terminal")
	assert.Contains(t, stdout, fmt.Sprintf("1000 reports: 986 read (决算 json 900, 决算 layout 60, 决算 word-text 20, 预算 layout 6), 14 not readable; %d findings, %d errors\n", wantRows, wantErrors))
	assert.Contains(t, stdout, "findings by rule and severity:\n")
	assert.Contains(t, stdout, fmt.Sprintf("findings written to %s (%d rows)", out, wantRows))
	assert.Equal(t, 14, strings.Count(stdout, "/batch"), "each unreadable report is listed with its reason")
	assert.Contains(t, stdout, "empty-000: ")

	b, err := os.ReadFile(out)
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(b, []byte("\ufeff")), "a byte-order mark, so that spreadsheets read UTF-8")
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, []string{"report", "department", "year", "rule", "severity", "within_rounding", "part", "table", "row", "column",
		"line", "text", "expected", "actual", "difference", "tolerance", "unit", "message"}, recs[0])
	require.Len(t, recs, 1+wantRows)
	gotDept := map[string]int{}
	for _, rec := range recs[1:] {
		gotDept[rec[1]]++
		assert.True(t, strings.HasPrefix(rec[0], dir), rec[0])
	}
	assert.Equal(t, byDept, gotDept)
	assert.Contains(t, gotDept, "测试部门3")
}

// TestLintDirFormats: JSON and Parquet results and the JSON summary, on a
// small directory and on files given one by one.
func TestLintDirFormats(t *testing.T) {
	dir := reportDir(t, []variant{{"a", dayeJSON(t, "甲", false), 3}, {"b", dayeJSON(t, "乙", true), 2}, {"x", nil, 1}})
	one := filepath.Join(dir, "batch00", "a-000")
	r, err := readReport(one)
	require.NoError(t, err)
	perA := len(lintFindings(r))
	r, err = readReport(filepath.Join(dir, "batch00", "b-000"))
	require.NoError(t, err)
	perB := len(lintFindings(r))
	assert.Greater(t, perB, perA, "the changed figure adds findings")

	pq := filepath.Join(t.TempDir(), "results.parquet")
	code, stdout, stderr := runCmd("lint", "--json", "--out", pq, dir)
	assert.Equal(t, 1, code, stderr)
	var s summary
	require.NoError(t, json.Unmarshal([]byte(stdout), &s))
	assert.Equal(t, 6, s.Reports)
	assert.Equal(t, 5, s.Read)
	assert.Equal(t, map[string]int{"决算 json": 5}, s.ByKind)
	require.Len(t, s.NotReadable, 1)
	assert.Equal(t, 3*perA+2*perB, s.Rows)
	n := 0
	for _, c := range s.ByRule {
		n += c.Count
	}
	assert.Equal(t, s.Findings, n)
	rows, err := parquet.ReadFile[export.FindingRow](pq)
	require.NoError(t, err)
	assert.Len(t, rows, 3*perA+2*perB)

	js := filepath.Join(t.TempDir(), "results.json")
	code, _, stderr = runCmd("lint", "--out", js, one, filepath.Join(dir, "batch00", "b-000"))
	assert.Equal(t, 1, code, stderr)
	b, err := os.ReadFile(js)
	require.NoError(t, err)
	var got []export.FindingRow
	require.NoError(t, json.Unmarshal(b, &got))
	require.Len(t, got, perA+perB)
	assert.Equal(t, "甲", got[0].Department)
	assert.Equal(t, int32(2024), got[0].Year)
	assert.Equal(t, "乙", got[len(got)-1].Department, "results in input order")
}

func TestLintDirUsage(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"lint", "--out", "results.xlsx", dir},
		{"lint", "--format", "html", dir},
		{"lint", dir, "-"},
	} {
		code, _, stderr := runCmd(args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.Contains(t, stderr, "usage: fiscal lint", "%v", args)
	}
	// An empty directory: nothing readable.
	code, stdout, _ := runCmd("lint", dir)
	assert.Equal(t, 2, code)
	assert.Contains(t, stdout, "0 reports: 0 read")
	// A missing path among several is listed as not readable.
	code, stdout, _ = runCmd("lint", dir, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 2, code)
	assert.Contains(t, stdout, "missing.txt: no such file or directory")
}
