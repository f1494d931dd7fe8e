package accounts_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

func ExampleLedger_Tables() {
	l := accounts.NewLedger("某某局", 2024)
	office, _ := l.AddEntity(accounts.Entity{Name: "某某局本级", Type: accounts.Administrative})
	code := classify.MustParse[classify.FunctionKind]("2010399")
	_ = l.AddIncome(accounts.Income{Entity: office, Source: accounts.SourceGeneral, Function: code, Amount: fiscal.MustParseAmount("1234567.89", fiscal.Yuan)})
	_ = l.AddExpense(accounts.Expense{Entity: office, Function: code, Economic: classify.MustParse[classify.EconomicKind]("30101"),
		Nature: accounts.NaturePersonnel, Source: accounts.SourceGeneral, Amount: fiscal.MustParseAmount("1234567.89", fiscal.Yuan)})

	ts, err := l.Tables(accounts.DeriveOptions{}) // 万元 at two decimals
	if err != nil {
		panic(err)
	}
	row, _ := ts.GeneralBudget.FunctionRow(accounts.SideMain, code)
	fmt.Println(row.Name, row.Cell(accounts.ColBasic).Format(fiscal.TableFormat()))
	fmt.Println(len(ts.Check(accounts.CheckOptions{})), "findings")
	// Output:
	// 其他政府办公厅（室）及相关机构事务支出 123.46
	// 0 findings
}

func ExampleTables_Check() {
	// A published 收入决算表 whose 合计 does not add up.
	t := accounts.NewTable(accounts.KindIncome)
	c := func(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }
	t.Add(
		accounts.Row{Item: accounts.ItemTotal, Cells: accounts.Cells{accounts.ColTotal: c("6,577.03"), accounts.ColAppropriation: c("6,402.44"), accounts.ColOtherIncome: c("174.60")}},
		accounts.Row{Function: classify.MustParse[classify.FunctionKind]("201"), Cells: accounts.Cells{accounts.ColTotal: c("6,577.04"), accounts.ColAppropriation: c("6,402.44"), accounts.ColOtherIncome: c("174.60")}},
	)
	for _, f := range accounts.CheckTable(t, accounts.CheckOptions{}) {
		fmt.Println(f.Rule, f.WithinRounding, f.Expected, f.Actual, f.Tolerance)
	}
	// Output:
	// acc.income.row true 6577.04 6577.03 0.015
	// acc.income.total true 6577.04 6577.03 0.01
}

func ExampleTables_AppendCheck() {
	// The findings of two checks gathered in one slice, sorted once.
	t := accounts.NewTable(accounts.KindIncome)
	c := func(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }
	t.Add(
		accounts.Row{Item: accounts.ItemTotal, Cells: accounts.Cells{accounts.ColTotal: c("6,577.03"), accounts.ColAppropriation: c("6,402.44"), accounts.ColOtherIncome: c("174.60")}},
		accounts.Row{Function: classify.MustParse[classify.FunctionKind]("201"), Cells: accounts.Cells{accounts.ColTotal: c("6,577.04"), accounts.ColAppropriation: c("6,402.44"), accounts.ColOtherIncome: c("174.60")}},
	)
	ts := &accounts.Tables{Income: t}
	all := []fiscal.Finding{{Rule: "other.rule", Severity: fiscal.SeverityError, Message: "a finding of another check"}}
	all = ts.AppendCheck(all, accounts.CheckOptions{})
	fiscal.SortFindings(all)
	for _, f := range all {
		fmt.Println(f.Severity, f.Rule)
	}
	// Output:
	// error other.rule
	// info acc.income.row
	// info acc.income.total
}
