package reader_test

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// printed returns the 支出决算表 of a made-up department as page text
// whose spacing is lost (one space between cells, empty cells dropped), as
// pdftotext -raw or a copy from a viewer gives it: 1,000.00 万元 of 基本支出
// under 2010601 and 180.00 of 项目支出 under 2010602.
func printed() string {
	l := accounts.NewLedger("示例市示例局", 2024)
	e, _ := l.AddEntity(accounts.Entity{Name: "示例局本级", Type: accounts.Administrative})
	fn := classify.MustParse[classify.FunctionKind]
	eco := classify.MustParse[classify.EconomicKind]
	wan := func(s string) fiscal.Amount { return fiscal.MustParseAmount(s, fiscal.WanYuan) }
	g := accounts.SourceGeneral
	_ = l.AddIncome(accounts.Income{Entity: e, Source: g, Function: fn("2010601"), Amount: wan("1000.00")})
	_ = l.AddIncome(accounts.Income{Entity: e, Source: g, Function: fn("2010602"), Amount: wan("180.00")})
	_ = l.AddExpense(accounts.Expense{Entity: e, Source: g, Function: fn("2010601"), Economic: eco("30101"), Nature: accounts.NaturePersonnel, Amount: wan("1000.00")})
	_ = l.AddExpense(accounts.Expense{Entity: e, Source: g, Function: fn("2010602"), Nature: accounts.NatureProject, Amount: wan("180.00")})
	ts, err := l.Tables(accounts.DeriveOptions{})
	if err != nil {
		panic(err)
	}
	var b bytes.Buffer
	if err := disclosure.RenderTable(&b, ts.Expenditure); err != nil {
		panic(err)
	}
	return regexp.MustCompile(`[ \t]+`).ReplaceAllString(b.String(), " ")
}

// FinalTables finds the 决算 tables in lines of any extraction and places
// the figures of each row by the table's identities when the columns are
// lost: here 合计 = 基本支出 + 项目支出 tells which of the two columns a
// lone figure belongs to. The five rows are 类 201, 款 20106, 项 2010601
// and 2010602, and 合计.
func ExampleFinalTables() {
	var lines []tables.Line
	for i, t := range strings.Split(printed(), "\n") {
		lines = append(lines, tables.Line{N: i + 1, Text: t})
	}
	ts, cov := reader.FinalTables(lines)
	for _, c := range cov {
		if c.Found {
			fmt.Println(c.Title, "rows:", c.Rows, "ambiguous:", c.Ambiguous)
		}
	}
	cell := func(c fiscal.Cell) string {
		if c.IsAbsent() {
			return "blank"
		}
		return c.Format(fiscal.TableFormat())
	}
	for _, code := range []string{"2010601", "2010602"} {
		r, _ := ts.Expenditure.FunctionRow(accounts.SideMain, classify.MustParse[classify.FunctionKind](code))
		fmt.Println(code, "基本支出", cell(r.Cell(accounts.ColBasic)), "项目支出", cell(r.Cell(accounts.ColProject)))
	}
	// Output:
	// 支出决算表 rows: 5 ambiguous: 0
	// 2010601 基本支出 1000.00 项目支出 blank
	// 2010602 基本支出 blank 项目支出 180.00
}
