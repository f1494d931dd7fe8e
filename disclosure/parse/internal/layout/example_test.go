package layout_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/layout"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// A table as pdftotext -layout prints it: split 类/款/项 codes, a name
// wrapped below its code line, and a figure printed on the line above its
// row.
func ExampleParse() {
	src := `
                 一般公共预算财政拨款支出决算表
                                                   单位：万元
      项目               合计     基本支出    项目支出
类    款   项  科目名称
201            一般公共服务支出   12.00      10.00      2.00
201   06       财政事务           12.00      10.00      2.00
201   06   01                     10.00      10.00
               行政运行
                                                      2.00
201   06   02  一般行政管理事务    2.00
               合计               12.00      10.00      2.00
`
	res := layout.Parse(text.Split([]byte(src)))
	t := res.Document.Tables.GeneralBudget
	for _, r := range t.Rows {
		fmt.Printf("line %d %s %s:", r.Line, r.Key(), r.Name)
		for _, c := range t.ColumnsOf(r.Side) {
			if a, ok := r.Cells[c].Amount(); ok {
				fmt.Printf(" %s=%s", t.ColumnName(c), a.Format(fiscal.TableFormat()))
			}
		}
		fmt.Println()
	}
	// Output:
	// line 6 201 一般公共服务支出: 合计=12.00 基本支出=10.00 项目支出=2.00
	// line 7 20106 财政事务: 合计=12.00 基本支出=10.00 项目支出=2.00
	// line 8 2010601 行政运行: 合计=10.00 基本支出=10.00
	// line 10 2010602 一般行政管理事务: 合计=2.00 项目支出=2.00
	// line 12 合计 合计: 合计=12.00 基本支出=10.00 项目支出=2.00
}
