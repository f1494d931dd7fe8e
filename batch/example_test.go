package batch_test

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/batch"
	"github.com/cnfiscal/fiscal/classify"
)

// Departments builds and checks each department on all cores; results come
// in input order.
func ExampleDepartments() {
	f := classify.MustParse[classify.FunctionKind]("2010101")
	dept := func(name string, income, spent int64) batch.Department {
		return batch.Department{
			Name: name, Year: 2024,
			Entities: []accounts.Entity{{Name: name + "本级", Type: accounts.Administrative}},
			Incomes:  []accounts.Income{{Source: accounts.SourceGeneral, Function: f, Amount: fiscal.Fen(income)}},
			Expenses: []accounts.Expense{{Function: f, Nature: accounts.NatureProject, Source: accounts.SourceGeneral, Amount: fiscal.Fen(spent)}},
		}
	}
	in := slices.Values([]batch.Department{dept("甲局", 100_00, 100_00), dept("乙局", 100_00, 90_00), dept("丙局", 5_00, 5_00)})
	for r, err := range batch.Departments(context.Background(), in, batch.LedgerOptions{}) {
		if err != nil {
			fmt.Println(err)
			break
		}
		line := []string{fmt.Sprint(r.Index), r.Department}
		for _, f := range r.Findings {
			line = append(line, f.Rule)
		}
		fmt.Println(strings.Join(line, " "))
	}
	// Output:
	// 0 甲局
	// 1 乙局 acc.ledger.balance acc.ledger.fund-balance
	// 2 丙局
}

// Map is the general form: any items, any function, results in input
// order, with a state per worker.
func ExampleMap() {
	words := slices.Values([]string{"一般", "公共", "预算"})
	for n, err := range batch.Map(context.Background(), words, batch.Options{Workers: 2},
		func() []byte { return nil },
		func(_ context.Context, buf []byte, w string) int { return len([]rune(w)) }) {
		if err != nil {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	// Output: 2 2 2
}
