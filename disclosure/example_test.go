package disclosure_test

import (
	"os"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
)

// RenderTable writes a table in its published layout, as fixed-width text
// aligned for Chinese characters, to any io.Writer.
func ExampleRenderTable() {
	fn := classify.MustParse[classify.FunctionKind]
	wan := func(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }
	t := accounts.NewTable(accounts.KindGeneralBudget)
	t.Number = "表五"
	t.Add(
		accounts.Row{Function: fn("2010601"), Name: "行政运行", Cells: accounts.Cells{accounts.ColTotal: wan("1000.00"), accounts.ColBasic: wan("1000.00")}},
	)
	if err := disclosure.RenderTable(os.Stdout, t); err != nil {
		panic(err)
	}
	// Output:
	// 一般公共预算财政拨款支出决算表
	// 表五
	// 金额单位：万元
	// 科目编码  科目名称     合计  基本支出  项目支出
	// 2010601   行政运行  1000.00   1000.00
}
