package layout_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/layout"
)

const templateFile = "shanghai-template-2024.layout.txt"

// TestTemplate reads the blank 2024 template: nine tables without
// figures, placeholder names kept, no error.
func TestTemplate(t *testing.T) {
	res := layout.Parse(corpus(t, templateFile))
	doc := res.Document
	for _, f := range res.Findings {
		assert.NotEqual(t, fiscal.SeverityError, f.Severity, "%s", f)
	}
	assert.Equal(t, "上海市 XX 局", doc.Department)
	assert.Equal(t, 2024, doc.Year)
	require.Len(t, doc.Units, 8)
	assert.Equal(t, "上海市 XX 局（本级）", doc.Units[0].Name)
	assert.Equal(t, "。。。", doc.Units[7].Name, "a placeholder unit wrapped over two lines")

	require.NotNil(t, doc.Tables)
	require.Len(t, doc.Tables.All(), 8)
	require.NotNil(t, doc.ThreePublic)
	assert.Equal(t, 9, res.Stats.Tables)
	assert.Zero(t, res.Stats.Cells, "the template prints no figure")
	for _, tb := range doc.Tables.All() {
		assert.True(t, tb.IsEmpty(), tb.Title)
		assert.NotEmpty(t, tb.Rows, tb.Title)
		assert.Nil(t, tb.Columns, "%s: every standard column found", tb.Title)
	}
	rows := func(k accounts.TableKind) []string {
		var out []string
		for _, r := range doc.Tables.Get(k).Rows {
			out = append(out, r.Key()+" "+r.Name)
		}
		return out
	}
	// The example rows, the "…" placeholders (a code cell of three "…"
	// lines), and 20799, whose name wraps around its code line.
	assert.Equal(t, []string{"合计 合计", "205 教育支出", "20502 普通教育", "2050205 高等教育", "… …",
		"207 文化旅游体育与传媒支出", "20799 其他文化旅游体育与传媒支出", "……… …"}, rows(accounts.KindIncome))
	assert.Equal(t, rows(accounts.KindIncome), rows(accounts.KindExpenditure))
	// 一般公共预算: 207's name is printed above and below its code line.
	assert.Equal(t, []string{"205 教育支出", "20502 普通教育", "2050205 高等教育", "… …",
		"207 文化旅游体育与传媒支出", "20799 其他文化旅游体育与传媒支出", "……… …", "合计 合计"}, rows(accounts.KindGeneralBudget))
	gb := doc.Tables.GeneralBudget.Rows
	assert.Equal(t, 265, gb[4].Line, "207 begins on the line of its first piece")

	basic := doc.Tables.BasicExpenditure
	require.Len(t, basic.Rows, 67, "65 codes and the two totals")
	names := map[string]string{}
	for _, r := range basic.Rows {
		names[r.Key()] = r.Name
	}
	assert.Equal(t, "机关事业单位基本养老保险缴费", names["30108"], "wrapped around its code line")
	assert.Equal(t, "邮电费", names["30207"], "code glued to its name")
	assert.Equal(t, "信息网络及软件购置更新", names["31007"])
	assert.Equal(t, "公用经费合计", names["公用经费合计"])

	gf := doc.Tables.GovFund
	assert.Equal(t, map[accounts.Column]string{accounts.ColExpenditure: "合计"}, gf.Headers)
	assert.Equal(t, []string{"注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。"}, gf.Notes)
	assert.Equal(t, "上海市 XX 局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。", gf.EmptyStatement)
	assert.Equal(t, []string{"注：本表反映部门本年度“三公”经费支出预决算情况。"}, doc.ThreePublic.Notes)

	// Placeholders in the 情况说明 are reported, not read as figures.
	assert.Nil(t, doc.RunningCost)
	assert.Nil(t, doc.Procurement)
	assert.Nil(t, doc.Assets)
	placeholders := 0
	for _, f := range res.Findings {
		if f.Rule == "parse.layout.figure" {
			placeholders++
		}
	}
	assert.Greater(t, placeholders, 10)
	assert.Len(t, doc.Glossary, 11)
}
