package layout_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/layout"
)

const putuoFile = "shanghai-putuo-czj-2024.layout.txt"

// TestPutuoTables reads the nine tables of the Putuo report and compares
// every figure, name, code and line with the hand transcription.
func TestPutuoTables(t *testing.T) {
	res := layout.Parse(corpus(t, putuoFile))
	doc := res.Document
	require.NotNil(t, doc.Tables)
	want := putuoTables()
	for _, k := range accounts.Kinds() {
		t.Run(k.String(), func(t *testing.T) {
			got := doc.Tables.Get(k)
			require.NotNil(t, got)
			w := want.Get(k)
			require.Equal(t, len(w.Rows), len(got.Rows), "rows")
			for i := range w.Rows {
				assert.Equal(t, w.Rows[i], got.Rows[i], "row %d (%s)", i, w.Rows[i].Key())
			}
			assert.Equal(t, w, got)
		})
	}
	assert.Equal(t, putuoThreePublic(), doc.ThreePublic)
	assert.Equal(t, 9, res.Stats.Tables)
	assert.Zero(t, res.Stats.UnreadCells)
	for _, f := range res.Findings {
		assert.Equal(t, fiscal.SeverityInfo, f.Severity, "%s", f)
	}
}

// TestPutuoChecks runs the tables' checks on what was read: the report's
// known inconsistencies come out, each within rounding.
func TestPutuoChecks(t *testing.T) {
	res := layout.Parse(corpus(t, putuoFile))
	fs := res.Document.Tables.Check(accounts.CheckOptions{})
	for _, f := range fs {
		t.Log(f)
	}
	find := func(rule, expected, actual string) *fiscal.Finding {
		for i := range fs {
			if fs[i].Rule == rule && fs[i].Expected.String() == expected && fs[i].Actual.String() == actual {
				return &fs[i]
			}
		}
		return nil
	}
	// 收入决算表: the 类 rows sum to 2946.26, the 合计 row prints 2946.25.
	f := find("acc.income.total", "2946.26", "2946.25")
	require.NotNil(t, f, "收入决算表 合计 against Σ 类")
	assert.True(t, f.WithinRounding)
	// 社会保障和就业支出 is 326.71 in the 总表, 326.72 in the detail tables.
	f = find("acc.cross.summary-expenditure", "326.71", "326.72")
	require.NotNil(t, f, "收入支出决算总表 208 against 支出决算表")
	assert.True(t, f.WithinRounding)
	assert.False(t, fiscal.HasErrors(fs), "no error beyond rounding")
}
