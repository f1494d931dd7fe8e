package tables

import (
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/stretchr/testify/assert"
)

// A table given with its cells whose header names its columns in another
// order than the profile's, over two rows (a group's 小计 under its name),
// is read by the names: a 合计 row spanning the code and name cells as one
// is aligned on the right, and a row whose trailing empty cells were
// dropped keeps its figures where they stand. Before, the figures filled
// the profile's columns in print order (项目支出 read as 基本支出).
func TestCellsByHeader(t *testing.T) {
	p := &profile.Table{ID: "spending", Key: profile.KeyFunction, Titles: []string{"支出预算表"},
		Columns: []profile.Column{{ID: "total", Headers: []string{"合计"}}, {ID: "basic", Headers: []string{"基本支出"}},
			{ID: "project", Headers: []string{"项目支出"}}},
		Identities: []profile.Identity{{Total: "total", Parts: []string{"basic", "project"}}},
		Named:      []profile.NamedRow{{Key: "total", Labels: []string{"合计"}}}}
	lines := []Line{
		{N: 1, Text: "支出预算表"},
		{N: 2, Cells: []string{"科目编码", "科目名称", "合计", "项目支出", "基本支出", ""}},
		{N: 3, Cells: []string{"", "", "", "", "小计", "人员经费"}},
		{N: 4, Cells: []string{"合计", "300.00", "100.00", "200.00", "150.00"}},
		{N: 5, Cells: []string{"201", "一般公共服务支出", "300.00", "100.00", "200.00", "150.00"}},
		{N: 6, Cells: []string{"20101", "人大事务", "100.00", "100.00"}},
		{N: 7, Cells: []string{"20102", "政协事务", "200.00", "", "200.00", "0.00"}},
	}
	got := Read(lines, []*profile.Table{p}, Options{})
	assert.Len(t, got, 1)
	assert.Equal(t, []string{
		"total total=300.00 basic=200.00 project=100.00 ?", // 人员经费 150.00, kept aside: its sums are not known
		"201 total=300.00 basic=200.00 project=100.00 ?",
		"20101 total=100.00 project=100.00",
		"20102 total=200.00 basic=200.00",
	}, rowsOf(got[0]))
}

// FuzzReadCells: lines of cells ('|' between cells) under profiles whose
// columns have headers and classes, in blocks or not, one-sided and
// two-sided: no panic, every row on a line of the input.
func FuzzReadCells(f *testing.F) {
	for _, s := range []string{
		"支出预算表\n科目编码|科目名称|合计|项目支出|基本支出|\n|||||小计|人员经费\n合计|300.00|100.00|200.00|150.00\n201|一般公共服务支出|300.00|100.00|200.00|150.00\n20101|人大事务|100.00|100.00",
		"基本支出决算表\n人员经费|||公用经费\n科目编码|科目名称|决算数|科目编码|科目名称|决算数\n301|工资福利支出|1.00|302|商品和服务支出|2.00\n人员经费合计||1.00|公用经费合计||2.00",
		"基本支出表\n科目编码 科目名称 合计 人员经费 公用经费\n301 工资福利支出 1.00 1.00\n302 商品和服务支出 2.00 2.00",
		"收入支出决算总表\n项目|金额|项目|合计|乙|甲\n一般公共预算财政拨款收入|5.00|一般公共服务支出|5.00|0.00|5.00\n总计|5.00|总计|5.00|0.00|5.00",
		"收入支出决算总表\n行次|项目|金额|项目|合计|乙|甲\n1|本年收入合计|5.00|本年支出合计|5.00||5.00",
	} {
		f.Add(s)
	}
	sides := &profile.Table{ID: "summary-headed", Key: profile.KeyNamed, Titles: []string{"收入支出决算总表"},
		Sides: []profile.Side{{ID: "income", Columns: []profile.Column{{ID: "amount", Headers: []string{"金额"}}}},
			{ID: "expenditure", Columns: []profile.Column{{ID: "total", Headers: []string{"合计"}}, {ID: "a", Headers: []string{"甲"}}, {ID: "b", Headers: []string{"乙"}}}}}}
	spending := &profile.Table{ID: "spending", Key: profile.KeyFunction, Titles: []string{"支出预算表"},
		Columns: []profile.Column{{ID: "total", Headers: []string{"合计"}}, {ID: "basic", Headers: []string{"基本支出"}},
			{ID: "project", Headers: []string{"项目支出"}}, {ID: "capital", Headers: []string{"国有资本"}, Optional: true, Headed: true}},
		Identities: []profile.Identity{{Total: "total", Parts: []string{"basic", "project", "capital"}}},
		Named:      []profile.NamedRow{{Key: "total", Labels: []string{"合计"}}}}
	basic := &profile.Table{ID: "basic-classes", Key: profile.KeyEconomic, Titles: []string{"基本支出表"},
		Columns: []profile.Column{{ID: "total", Headers: []string{"合计"}}, {ID: "personnel", Headers: []string{"人员经费"}, Optional: true, Classes: []string{"301", "303"}},
			{ID: "public", Headers: []string{"公用经费"}, Optional: true, Classes: []string{"302", "310"}}},
		Identities: []profile.Identity{{Total: "total", Parts: []string{"personnel", "public"}, Partial: true}},
		Named:      []profile.NamedRow{{Key: "total", Labels: []string{"合计"}}}}
	profs := append(testProfiles(), spending, basic, sides)
	f.Fuzz(func(t *testing.T, s string) {
		ls := strings.Split(s, "\n")
		var lines []Line
		for i, l := range ls {
			line := Line{N: i + 1, Text: l}
			if strings.Contains(l, "|") {
				line.Cells = strings.Split(l, "|")
			}
			lines = append(lines, line)
		}
		for _, tb := range Read(lines, profs, Options{Label: testLabel}) {
			for _, r := range tb.Rows {
				if r.Line < 1 || r.Line > len(ls) {
					t.Fatalf("row line %d outside the input (%d lines)", r.Line, len(ls))
				}
			}
		}
	})
}
