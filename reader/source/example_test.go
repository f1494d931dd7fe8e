package source_test

import (
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal/reader/source"
)

// HTML gives a page's headings and paragraphs as lines of text and each
// table row as a line of cells, the empty ones kept, so that the table
// reader places figures by column.
func ExampleHTML() {
	page := `<html><body>
<h2>支出决算表</h2>
<p>单位：万元</p>
<table>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>2010601</td><td>行政运行</td><td>1000.00</td><td>1000.00</td><td></td></tr>
</table>
<script>ignored()</script>
</body></html>`
	lines, err := source.HTML([]byte(page), source.DefaultLimits())
	if err != nil {
		panic(err)
	}
	for _, l := range lines {
		if l.Cells != nil {
			fmt.Printf("%d cells: %s\n", len(l.Cells), strings.Join(l.Cells, "|"))
		} else {
			fmt.Println(l.Text)
		}
	}
	// Output:
	// 支出决算表
	// 单位：万元
	// 5 cells: 科目编码|科目名称|合计|基本支出|项目支出
	// 5 cells: 2010601|行政运行|1000.00|1000.00|
}
