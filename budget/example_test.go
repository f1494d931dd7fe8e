package budget_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/classify"
)

// A 一般公共预算 table whose 合计 row does not add up.
func ExampleTables_Check() {
	fn := classify.MustParse[classify.FunctionKind]
	w := func(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }
	t := budget.NewTable(budget.KindGeneralFunction, fiscal.WanYuan).Add(
		budget.Row{Function: fn("204"), Cells: map[string]fiscal.Cell{budget.ColTotal: w("300.00"), budget.ColBasic: w("100.00"), budget.ColProject: w("200.00")}},
		budget.Row{Item: budget.ItemGrandTotal, Cells: map[string]fiscal.Cell{budget.ColTotal: w("310.00"), budget.ColBasic: w("100.00"), budget.ColProject: w("200.00")}},
	)
	findings, skipped := (&budget.Tables{}).Set(t).Check(budget.CheckOptions{})
	for _, f := range findings {
		fmt.Println(f.Rule, f.Severity, f.Difference)
	}
	fmt.Println(len(skipped) > 0)
	// Output:
	// budget.columns error 10.00
	// budget.hierarchy error 10.00
	// true
}
