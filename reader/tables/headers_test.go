package tables

import (
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
