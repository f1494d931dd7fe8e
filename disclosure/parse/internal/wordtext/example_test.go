package wordtext_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/wordtext"
)

// Example reads a 一般公共预算财政拨款支出决算表 as a word processor exports
// it: one cell a line, each starting with a tab, rows between blank lines.
func Example() {
	export := "第二部分：测试局2024年度部门决算报表\n\n" +
		"\t一般公共预算财政拨款支出决算表\n\n\t公开05表\n\n\t部门：测试局\n\t金额单位：万元\n\n" +
		"\t功能分类科目编码\n\t科目名称\n\t小计\n\t基本支出\n\t项目支出\n\n" +
		"\t栏次\n\t1\n\t2\n\t3\n\n" +
		"\t合计\n\t3.00\n\t1.00\n\t2.00\n\n" +
		"\t201\n\t一般公共服务支出\n\t3.00\n\t1.00\n\t2.00\n\n" +
		"\t注：本表反映部门本年度一般公共预算财政拨款支出情况。\n"
	res := wordtext.Parse(text.Split([]byte(export)))
	t := res.Document.Tables.GeneralBudget
	fmt.Println(res.Document.Department, res.Document.Year, t.Number, t.Title)
	fmt.Println("header of 合计:", t.ColumnName(accounts.ColTotal))
	f := fiscal.Format{Unit: t.Unit, Decimals: t.Decimals, Suffix: true}
	for _, r := range t.Rows {
		fmt.Printf("line %d %s: %s = %s + %s\n", r.Line, r.Key(),
			r.Cell(accounts.ColTotal).Format(f), r.Cell(accounts.ColBasic).Format(f), r.Cell(accounts.ColProject).Format(f))
	}
	fmt.Println(len(res.Findings), "findings")
	// Output:
	// 测试局 2024 公开05表 一般公共预算财政拨款支出决算表
	// header of 合计: 小计
	// line 21 合计: 3.00万元 = 1.00万元 + 2.00万元
	// line 26 201: 3.00万元 = 1.00万元 + 2.00万元
	// 0 findings
}
