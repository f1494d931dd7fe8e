package export_test

import (
	"bytes"
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/export"
	"github.com/parquet-go/parquet-go"
)

// A ledger to Parquet and back: amounts are int64 fen.
func ExampleWriteLedger() {
	l := accounts.NewLedger("某某局", 2024)
	id, _ := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	_ = l.AddIncome(accounts.Income{Entity: id, Source: accounts.SourceGeneral, Function: fn("2010101"), Amount: fiscal.Fen(123456)})
	_ = l.AddExpense(accounts.Expense{Entity: id, Function: fn("2010101"), Nature: accounts.NatureProject, Source: accounts.SourceGeneral, Amount: fiscal.Fen(100000)})

	var buf bytes.Buffer
	if err := export.WriteLedger(&buf, l); err != nil {
		fmt.Println(err)
		return
	}
	rows, _ := parquet.Read[export.EntryRow](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	for _, r := range rows {
		fmt.Println(r.Kind, r.Function, r.Source, r.AmountFen)
	}
	// Output:
	// income 2010101 一般公共预算财政拨款 123456
	// expense 2010101 一般公共预算财政拨款 100000
}

func ExampleFormatOf() {
	f, err := export.FormatOf("results.parquet")
	fmt.Println(f, err)
	_, err = export.FormatOf("results.txt")
	fmt.Println(err)
	// Output:
	// parquet <nil>
	// export: results.txt: the extension names no format (want .csv, .json or .parquet)
}
