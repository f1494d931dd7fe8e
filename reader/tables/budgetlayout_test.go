package tables

import (
	"testing"

	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The 12-table budget layout prints 金额 alone under a profile whose
// 基本支出 and 项目支出 columns are optional: a partial identity binds only
// the rows printing a part.
func budgetFunctionProfile(partial, oneRow bool) *profile.Table {
	return &profile.Table{ID: "budget.function", Key: profile.KeyFunction, Titles: []string{"支出预算表"},
		Columns: []profile.Column{{ID: "total", Headers: []string{"合计", "金额"}},
			{ID: "basic", Headers: []string{"基本支出"}, Optional: true}, {ID: "project", Headers: []string{"项目支出"}, Optional: true}},
		Identities: []profile.Identity{{Total: "total", Parts: []string{"basic", "project"}, Partial: partial}},
		Named:      []profile.NamedRow{{Key: "total", Labels: []string{"合计"}}},
		OneRow:     oneRow}
}

func readWith(t *testing.T, text string, p *profile.Table) *Table {
	t.Helper()
	got := Read(linesOf(text), []*profile.Table{p}, Options{})
	require.Len(t, got, 1)
	return got[0]
}

func TestReadPartialIdentityTotalAlone(t *testing.T) {
	// Each row prints its 金额 only; the next table's number and the page
	// number after the note are no figures of the last row.
	text := "公开 05 表\n财政拨款支出预算表\n单位：万元\n功能科目编码    功能科目名称     金额\n" +
		"          合计                37.00\n204       公共安全支出          37.00\n20405     法院                37.00\n" +
		"2040501   行政运行            30.00\n2040502   一般行政管理事务      7.00\n注：“科目编码”为必填项。\n\n          10\n公开 06 表"
	for _, partial := range []bool{true, false} {
		tb := readWith(t, text, budgetFunctionProfile(partial, false))
		want := []string{"total total=37.00", "204 total=37.00", "20405 total=37.00", "2040501 total=30.00", "2040502 total=7.00"}
		// Without partial identities blank parts count as zero and no
		// reading fits; the rows are read as the table prints them all
		// the same (the 合计 like its coded rows), for the checks to
		// report the difference.
		assert.Equal(t, want, rowsOf(tb), "partial %v", partial)
	}
}

func TestReadOneRowTableWithRows(t *testing.T) {
	// A OneRow profile (one unlabelled row of figures) meeting a table
	// that prints coded rows reads them as usual.
	p := budgetFunctionProfile(true, true)
	text := "支出预算表\n单位：万元\n   合计    基本支出   项目支出\n204 公共安全支出 37.00 30.00 7.00\n" +
		"                   一般行政管理事务\n2040502  7.00  7.00\n2040501 行政运行 30.00 30.00"
	tb := readWith(t, text, p)
	assert.Equal(t, []string{"204 total=37.00 basic=30.00 project=7.00", "2040502 total=7.00 project=7.00", "2040501 total=30.00 basic=30.00"}, rowsOf(tb))
	// The table printing one row of figures with no label.
	tb = readWith(t, "支出预算表\n单位：万元\n   合计    基本支出   项目支出\n\n   37.00   30.00   7.00\n", p)
	require.Len(t, tb.Rows, 1)
	assert.Equal(t, OneRowKey, tb.Rows[0].Named)
	assert.Equal(t, "total=37.00 basic=30.00 project=7.00", cells(p, tb.Rows[0]))
}

func TestReadHeaderRepeatedIsNoBlock(t *testing.T) {
	// The column headers repeated on the table's second page name 合计
	// away from the line's start: no second block of rows.
	text := "支出预算表\n单位：万元\n            功能分类科目名称   合计     基本支出   项目支出\n" +
		"204       公共安全支出     37.00     30.00     7.00\n2040501   行政运行        30.00     30.00     0.00\n" +
		"            功能分类科目名称   合计     基本支出   项目支出\n2040502   一般行政管理事务   7.00      0.00     7.00\n" +
		"          合计            37.00     30.00     7.00"
	tb := readWith(t, text, budgetFunctionProfile(true, false))
	assert.Empty(t, tb.Reason)
	assert.Equal(t, []string{"204 total=37.00 basic=30.00 project=7.00", "2040501 total=30.00 basic=30.00 project=0.00",
		"2040502 total=7.00 basic=0.00 project=7.00", "total total=37.00 basic=30.00 project=7.00"}, rowsOf(tb))
}
