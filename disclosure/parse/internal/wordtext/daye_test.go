package wordtext_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/wordtext"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/internal/daye2024"
)

// corpusFile returns the path of a corpus file (internal/corpustest:
// $FISCAL_CORPUS, else ../shared/corpus beside the repository), skipping
// the test when it is absent and failing when FISCAL_REQUIRE_CORPUS is set.
func corpusFile(t testing.TB, name string) string {
	t.Helper()
	return corpustest.Path(t, name)
}

const dayeFile = "000_a6b8f70e670f2841.txt"

// dayeLines returns the Daye report's lines.
func dayeLines(t testing.TB) []text.Line {
	t.Helper()
	data, err := os.ReadFile(corpusFile(t, dayeFile))
	require.NoError(t, err)
	return text.Split(data)
}

// TestDaye checks that the Daye report parses to the hand-checked typed
// values of internal/daye2024.
func TestDaye(t *testing.T) {
	ls := dayeLines(t)
	res := wordtext.Parse(ls)
	doc := res.Document
	require.NotNil(t, doc)
	want := daye2024.Document()
	wantTables := daye2024.Tables()

	require.NotNil(t, doc.Tables)
	for _, k := range []struct {
		name string
		got  any
		want any
	}{
		{"公开01 收入支出决算总表", doc.Tables.Summary, wantTables.Summary},
		{"公开02 收入决算表", doc.Tables.Income, wantTables.Income},
		{"公开03 支出决算表", doc.Tables.Expenditure, wantTables.Expenditure},
		{"公开04 财政拨款收入支出决算总表", doc.Tables.AppropriationSummary, wantTables.AppropriationSummary},
		{"公开05 一般公共预算财政拨款支出决算表", doc.Tables.GeneralBudget, wantTables.GeneralBudget},
		{"公开06 基本支出决算明细表", doc.Tables.BasicExpenditure, wantTables.BasicExpenditure},
		{"公开07 政府性基金", doc.Tables.GovFund, wantTables.GovFund},
		{"公开08 国有资本经营", doc.Tables.StateCapital, wantTables.StateCapital},
		{"公开09 三公", doc.ThreePublic, daye2024.ThreePublic()},
		{"三公 statistics", doc.ThreePublicStatistics, daye2024.ThreePublicStatistics()},
		{"机关运行经费", doc.RunningCost, want.RunningCost},
		{"政府采购 (printed shares included)", doc.Procurement, ptr(daye2024.Procurement())},
		{"国有资产占用", doc.Assets, want.Assets},
		{"units", doc.Units, want.Units},
		{"glossary", doc.Glossary, want.Glossary},
		{"explained codes", doc.Explained, want.Explained},
		{"sections", doc.Sections, want.Sections},
		{"department", doc.Department, want.Department},
		{"year", doc.Year, want.Year},
		{"title", doc.Title, want.Title},
	} {
		assert.Equal(t, k.want, k.got, k.name)
	}
	assert.Equal(t, wantTables, doc.Tables, "all eight tables")
	assert.Nil(t, doc.Narrative, "narrative statements are the narrative extractor's")
	assert.Nil(t, doc.Performance, "performance forms are the forms parser's")

	assert.Empty(t, res.Findings, "findings on the Daye report")
	rows, cells := 1, 4 // the "三公" figures row: four figures
	for _, tb := range wantTables.All() {
		rows += len(tb.Rows)
		for _, r := range tb.Rows {
			for _, c := range r.Cells {
				if !c.IsAbsent() {
					cells++
				}
			}
		}
	}
	assert.Equal(t, wordtext.Stats{Tables: 9, Rows: rows, Cells: cells, Unread: 0}, res.Stats)

	// The narrative is 第三部分, the forms 第六部分 to the end.
	require.NotEmpty(t, res.Narrative)
	assert.Equal(t, 1653, res.Narrative[0].N)
	assert.Equal(t, 2097, res.Narrative[len(res.Narrative)-1].N)
	require.NotEmpty(t, res.Forms)
	assert.Equal(t, 2145, res.Forms[0].N)
	assert.Equal(t, len(ls), res.Forms[len(res.Forms)-1].N)
}

func ptr[T any](v T) *T { return &v }
