package duckbench

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// Ledger returns a ledger of n expense entries spread over 200 项, 40
// economic 款, six natures and eight sources, and n/4 income entries: the
// ledger of the accounts package's BenchmarkRollup1M (bigLedger there), by
// the same formula.
func Ledger(n int) (*accounts.Ledger, error) {
	l := accounts.NewLedger("bench", 2024)
	id, err := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	if err != nil {
		return nil, err
	}
	var fns []classify.Function
	for i := range 200 {
		c, err := classify.ParseFunction(fmt.Sprintf("%03d%02d%02d", 201+i%30, 1+i%7, 1+i/7%50))
		if err != nil {
			return nil, err
		}
		fns = append(fns, c)
	}
	var ecs []classify.Economic
	for i := range 40 {
		c, err := classify.ParseEconomic(fmt.Sprintf("%03d%02d", 301+i%3, 1+i))
		if err != nil {
			return nil, err
		}
		ecs = append(ecs, c)
	}
	for i := range n {
		e := accounts.Expense{Entity: id, Function: fns[i%len(fns)], Nature: accounts.Nature(1 + i%6), Source: accounts.FundSource(1 + i%8), Amount: fiscal.Fen(int64(i%100000 + 1))}
		if i%3 == 0 {
			e.Economic = ecs[i%len(ecs)]
		}
		if err := l.AddExpense(e); err != nil {
			return nil, err
		}
		if i%4 == 0 {
			if err := l.AddIncome(accounts.Income{Entity: id, Source: accounts.FundSource(1 + i%8), Function: fns[i%len(fns)], Amount: fiscal.Fen(int64(i))}); err != nil {
				return nil, err
			}
		}
	}
	return l, nil
}

// Entry is a ledger entry as the plain loop and DuckDB take it: the
// function code's digits, source and nature (0 for an income) and the
// amount in fen.
type Entry struct {
	Function uint32
	Source   int8
	Nature   int8
	Fen      int64
}

// Entries returns the ledger's incomes and expenses as Entries.
func Entries(l *accounts.Ledger) (incomes, expenses []Entry) {
	for in := range l.Incomes() {
		incomes = append(incomes, Entry{Function: in.Function.Uint32(), Source: int8(in.Source), Fen: in.Amount.Fen()})
	}
	for e := range l.Expenses() {
		expenses = append(expenses, Entry{Function: e.Function.Uint32(), Source: int8(e.Source), Nature: int8(e.Nature), Fen: e.Amount.Fen()})
	}
	return incomes, expenses
}
