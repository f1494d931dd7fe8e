package tables_test

import (
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// Read finds a table by its profile and places each row's figures. Here
// the text lost its column positions and its empty cells: the row of
// 2010601 prints two figures for three columns, 1,000.00 twice, which fit
// 合计 = 基本支出 + 项目支出 as 合计 and 基本支出 or as 合计 and 项目支出.
// The hierarchy decides: the 款 20106 above it prints 基本支出 1,000.00 and
// 项目支出 180.00, and its 项 rows add up to it column by column only when
// 2010601's figure is 基本支出 and 2010602's is 项目支出. No row is left
// ambiguous.
func ExampleRead() {
	expenditure := &profile.Table{
		ID:     "example.expenditure",
		Family: profile.Final,
		Titles: []string{"支出决算表"},
		Key:    profile.KeyFunction,
		Columns: []profile.Column{
			{ID: "total", Headers: []string{"合计"}},
			{ID: "basic", Headers: []string{"基本支出"}},
			{ID: "project", Headers: []string{"项目支出"}},
		},
		Identities: []profile.Identity{{Total: "total", Parts: []string{"basic", "project"}}},
		Named:      []profile.NamedRow{{Key: "total", Labels: []string{"合计"}}},
		Unit:       fiscal.WanYuan,
	}
	text := `支出决算表
单位：万元
科目编码 科目名称 合计 基本支出 项目支出
201 一般公共服务支出 1180.00 1000.00 180.00
20106 财政事务 1180.00 1000.00 180.00
2010601 行政运行 1000.00 1000.00
2010602 一般行政管理事务 180.00 180.00
合计 1180.00 1000.00 180.00`
	var lines []tables.Line
	for i, t := range strings.Split(text, "\n") {
		lines = append(lines, tables.Line{N: i + 1, Text: t})
	}
	for _, t := range tables.Read(lines, []*profile.Table{expenditure}, tables.Options{}) {
		fmt.Println(t.Title, t.Unit, "ambiguous rows:", t.Ambiguous())
		for _, r := range t.Rows {
			key := r.Code
			if key == "" {
				key = r.Named
			}
			var cells []string
			for _, c := range []string{"total", "basic", "project"} {
				if v, ok := r.Cells[c]; ok && !v.IsAbsent() {
					cells = append(cells, c+"="+v.Format(fiscal.TableFormat()))
				}
			}
			fmt.Println(key, strings.Join(cells, " "))
		}
	}
	// Output:
	// 支出决算表 万元 ambiguous rows: 0
	// 201 total=1180.00 basic=1000.00 project=180.00
	// 20106 total=1180.00 basic=1000.00 project=180.00
	// 2010601 total=1000.00 basic=1000.00
	// 2010602 total=180.00 project=180.00
	// total total=1180.00 basic=1000.00 project=180.00
}
