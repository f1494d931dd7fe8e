package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/internal/corpustest"
)

func TestCodeDiff(t *testing.T) {
	code, out, errOut := runCmd("code", "--diff", "2024", "2025")
	require.Equal(t, 0, code, errOut)
	// The six additions of 财预〔2025〕41号, typed from the notice.
	for _, want := range []string{
		"add\tfunction\t2170404\t中央金融机构注资特别国债支出\t[official: 财预〔2025〕41号]",
		"add\tfunction\t22911\t中央金融机构注资特别国债财务基金支出",
		"add\tfunction\t23107\t中央金融机构注资特别国债还本支出",
		"add\trevenue\t1030184\t中央金融机构注资特别国债财务基金收入",
		"add\trevenue\t1050303\t抗疫特别国债收入",
		"add\trevenue\t1050305\t中央金融机构注资特别国债收入",
	} {
		assert.Contains(t, out, want+"")
	}
	assert.Equal(t, 6, strings.Count(out, "\n"))
	code, out, errOut = runCmd("code", "--diff", "2025", "2026", "--json")
	require.Equal(t, 0, code, errOut)
	var d diffResult
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	assert.Equal(t, diffResult{From: 2025, To: 2026}.From, d.From)
	assert.Empty(t, d.Changes, "no 2026 change is known")
	code, _, _ = runCmd("code", "--diff", "2024", "1999")
	assert.Equal(t, 2, code)
	code, _, _ = runCmd("code", "--diff", "2024")
	assert.Equal(t, 2, code)
}

func TestCodeStats(t *testing.T) {
	code, out, errOut := runCmd("code", "--stats")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "edition\tscheme\tlevel\tentries\tofficial\tprinted\tpattern\trecalled\n")
	// 2024 类: 30, of which 26 printed in the 收入支出决算总表 and 4 recalled (209, 227, 230, 233).
	assert.Contains(t, out, "2024\tfunction\t类\t30\t0\t26\t0\t4\n")
	code, out, errOut = runCmd("code", "--stats", "--json")
	require.Equal(t, 0, code, errOut)
	var rows []statsRow
	require.NoError(t, json.Unmarshal([]byte(out), &rows))
	require.Len(t, rows, 12, "3 editions × 4 schemes")
	for _, r := range rows {
		n := 0
		for _, m := range r.Levels {
			for _, v := range m {
				n += v
			}
		}
		assert.Equal(t, r.Total, n, "%d %s", r.Edition, r.Scheme)
	}
}

func TestCodeJSONBasis(t *testing.T) {
	code, out, errOut := runCmd("code", "--json", "--edition", "2025", "2170404", "207", "2080505")
	require.Equal(t, 0, code, errOut)
	var got []codeResult
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got, 3)
	assert.Equal(t, "official", got[0].Basis)
	assert.Equal(t, "财预〔2025〕41号", got[0].Where)
	assert.Equal(t, 2025, got[0].Edition)
	require.NotEmpty(t, got[1].Aliases)
	assert.Equal(t, "文化体育与传媒支出", got[1].Aliases[0].Name)
	assert.Equal(t, "08", got[1].COFOG[:2])
	assert.Equal(t, "printed", got[2].Basis)
	assert.GreaterOrEqual(t, got[2].Seen, 2)
}

func TestCatalogHarvest(t *testing.T) {
	dir := t.TempDir()
	// A layout-style report text with one known pair, one pair under a
	// former name, one code the catalog lacks, one code printed with a
	// sibling's name, and a wrapped name fragment.
	text := strings.Join([]string{
		"2080505   机关事业单位基本养老保险缴费支出      12.00",
		"207       文化体育与传媒支出                    3.00",
		"2010397   某某专项                              1.00",
		"2080506   行政单位离退休                        2.00",
		"20799     体育与传媒支                          1.00",
		"",
	}, "\n")
	p := filepath.Join(dir, "r.txt")
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	code, out, errOut := runCmd("catalog", "harvest", "--edition", "2024", p)
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3, out)
	assert.True(t, strings.HasPrefix(lines[0], "2010397\t某某专项\tnot in the catalog\t1\t"), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "207\t文化体育与传媒支出\tformer name\t1\t"), lines[1])
	assert.True(t, strings.HasPrefix(lines[2], "2080506\t行政单位离退休\tanother code's name\t1\t"), lines[2])
	assert.Contains(t, lines[2], "name of 2080501")

	code, out, errOut = runCmd("catalog", "harvest", "--all", "--json", "--edition", "2024", p, p)
	require.Equal(t, 0, code, errOut)
	var pairs []harvestPair
	require.NoError(t, json.Unmarshal([]byte(out), &pairs))
	require.Len(t, pairs, 4, "the fragment is dropped")
	assert.Equal(t, "2080505", pairs[2].Code)
	assert.Equal(t, "matches", pairs[2].Verdict)
	assert.Equal(t, 1, pairs[2].Reports, "one file, given twice")

	code, _, _ = runCmd("catalog")
	assert.Equal(t, 2, code)
	code, _, _ = runCmd("catalog", "harvest")
	assert.Equal(t, 2, code)
	code, _, errOut = runCmd("catalog", "harvest", filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "missing.txt")
}

// TestCatalogHarvestCorpus: every code–name pair the corpus reports print
// resolves, except the two of the 2019 Jiangsu budget that the 2024-based
// catalog cannot hold (a 款 renamed in 2018, a 项 removed since).
func TestCatalogHarvestCorpus(t *testing.T) {
	dir := corpustest.Dir()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		corpustest.Missing(t, "corpus not found at "+dir)
	}
	code, out, errOut := runCmd(append([]string{"catalog", "harvest"}, files...)...)
	require.Equal(t, 0, code, errOut)
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		f := strings.Split(l, "\t")
		got = append(got, f[0]+" "+f[2])
	}
	assert.Equal(t, []string{"20805 former name", "2080504 not in the catalog"}, got)
}
