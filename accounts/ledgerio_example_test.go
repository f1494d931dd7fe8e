package accounts_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// A ledger exported as CSV, one row per entry, is read into a Ledger and
// rolled up; a mistake is reported with its line and column.
func ExampleReadLedgerCSV() {
	const file = `entity,entity_type,entry,source,function,economic,nature,amount
某局本级,行政单位,income,一般公共预算财政拨款,2010101,,,"1,200.50"
某局本级,,expense,一般公共预算财政拨款,2010101,30101,人员经费,800.00
某局本级,,expense,一般公共预算财政拨款,2010101,30201,公用经费,400.50
`
	l, err := accounts.ReadLedgerCSV(strings.NewReader(file), accounts.LedgerReadOptions{File: "ledger.csv", Department: "某局", Year: 2024})
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := l.Rollup()
	if err != nil {
		fmt.Println(err)
		return
	}
	code := classify.MustParse[classify.FunctionKind]("201")
	fmt.Println("201 income:", t.Income(code, accounts.AllSources))
	fmt.Println("201 basic:", t.Expense(code, accounts.AllSources, accounts.Basic))

	_, err = accounts.ReadLedgerCSV(strings.NewReader(strings.Replace(file, "30201", "302", 1)), accounts.LedgerReadOptions{File: "ledger.csv"})
	var fe *accounts.LedgerFileError
	if errors.As(err, &fe) {
		fmt.Printf("line %d, column %s: %q\n", fe.Row, fe.Column, fe.Value)
	}
	// Output:
	// 201 income: 1200.50
	// 201 basic: 1200.50
	// line 4, column economic: "302"
}

// A ledger written as CSV lists its units, then its entries.
func ExampleWriteLedgerCSV() {
	l := accounts.NewLedger("某局", 2024)
	id, _ := l.AddEntity(accounts.Entity{Name: "某局本级", Type: accounts.Administrative})
	_ = l.AddIncome(accounts.Income{Entity: id, Source: accounts.SourceGeneral, Function: classify.MustParse[classify.FunctionKind]("2010101"), Amount: yuan("1000")})
	_ = accounts.WriteLedgerCSV(os.Stdout, l)
	// Output:
	// department,year,entity,entity_type,entry,source,function,economic,nature,amount,opening,closing
	// 某局,2024,某局本级,行政单位,entity,,,,,,,
	// 某局,2024,某局本级,,income,一般公共预算财政拨款,2010101,,,1000.00,,
}
