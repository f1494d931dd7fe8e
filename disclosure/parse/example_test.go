package parse_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
)

// madeUp returns the tables of a made-up department as a report prints
// them: 1,500.00 万元 of 一般公共预算 received, 1,480.00 spent (1,000.00 on
// staff, 300.00 on running costs, 180.00 on a project), 20.00 carried
// over.
func madeUp() []byte {
	l := accounts.NewLedger("示例市示例局", 2024)
	e, _ := l.AddEntity(accounts.Entity{Name: "示例局本级", Type: accounts.Administrative})
	fn := classify.MustParse[classify.FunctionKind]
	eco := classify.MustParse[classify.EconomicKind]
	wan := func(s string) fiscal.Amount { return fiscal.MustParseAmount(s, fiscal.WanYuan) }
	g := accounts.SourceGeneral
	_ = l.AddIncome(accounts.Income{Entity: e, Source: g, Function: fn("2010601"), Amount: wan("1500.00")})
	for _, x := range []accounts.Expense{
		{Entity: e, Source: g, Function: fn("2010601"), Economic: eco("30101"), Nature: accounts.NaturePersonnel, Amount: wan("1000.00")},
		{Entity: e, Source: g, Function: fn("2010601"), Economic: eco("30201"), Nature: accounts.NaturePublic, Amount: wan("300.00")},
		{Entity: e, Source: g, Function: fn("2010601"), Nature: accounts.NatureProject, Amount: wan("180.00")},
	} {
		_ = l.AddExpense(x)
	}
	_ = l.AddBalance(accounts.Balance{Entity: e, Source: g, Function: fn("2010601"), Closing: wan("20.00")})
	ts, err := l.Tables(accounts.DeriveOptions{})
	if err != nil {
		panic(err)
	}
	var b bytes.Buffer
	b.WriteString("示例市示例局2024年度部门决算\n\n第二部分 部门决算表\n\n")
	doc := &disclosure.Document{Department: l.Department, Year: 2024, Tables: ts}
	if err := doc.RenderTables(&b); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// Parse reads a report whatever its format (here page text with aligned
// columns, as pdftotext -layout prints it); Check then gives every
// finding: what could not be read, the text checks and the document's own.
func ExampleParse() {
	r, err := parse.Parse(madeUp())
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Kind, r.Format)
	exp := r.Document.Tables.Expenditure
	total, _ := exp.Named(accounts.SideMain, accounts.ItemTotal)
	fmt.Println("支出决算表 合计:", total.Cell(accounts.ColTotal).Format(fiscal.TableFormat()))
	// The tables add up; what the made-up report lacks is the rest of a
	// 部门决算: its text parts and the "三公" table.
	for _, f := range r.Check(disclosure.CheckOptions{}) {
		if f.Severity == fiscal.SeverityError {
			fmt.Println(f)
		}
	}
	// Output:
	// 决算 layout
	// 支出决算表 合计: 1480.00
	// error text.sections 财政拨款“三公”经费支出决算表: the report has no 财政拨款“三公”经费支出决算表
	// error text.sections 情况说明: the report has no 情况说明
	// error text.sections 名词解释: the report has no 名词解释
	// error text.sections 部门概况: the report has no 部门概况
}

// Lint is the one call from a report's bytes to its findings: it reads
// within limits, tells the format from the content, parses, checks, and
// says what was read and which rules ran.
func ExampleLint() {
	rep, err := parse.Lint(context.Background(), bytes.NewReader(madeUp()), parse.LintOptions{Source: "made-up.txt"})
	if err != nil {
		panic(err)
	}
	fmt.Println(rep.Kind, rep.Format, "errors:", rep.Errors())
	read := 0
	for _, t := range rep.Coverage.Tables {
		if t.Found && t.Reason == "" {
			read++
		}
	}
	ran := 0
	for _, x := range rep.Coverage.Rules {
		if x.Ran {
			ran++
		}
	}
	// The eight tables are read, not the "三公" table the report lacks;
	// the 48 rules of the eight tables ran, those of the narrative, the
	// "三公" table and the forms did not (there are none).
	fmt.Println("tables read:", read, "of", len(rep.Coverage.Tables))
	fmt.Println("rules ran:", ran)
	// Output:
	// 决算 layout errors: true
	// tables read: 8 of 9
	// rules ran: 48
}
