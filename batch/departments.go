package batch

import (
	"context"
	"fmt"
	"iter"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
)

// Department is one department's final accounts as entries, the form in
// which a finance system exports them.
type Department struct {
	Name     string // 部门
	Year     int
	Entities []accounts.Entity // 单位; entries refer to them by index
	Incomes  []accounts.Income
	Expenses []accounts.Expense
	Balances []accounts.Balance
	// NonAppropriationSurplusUsed is 使用非财政拨款结余; SurplusDistribution
	// is 结余分配.
	NonAppropriationSurplusUsed, SurplusDistribution fiscal.Amount
}

// Result is what checking one department gave.
type Result struct {
	Index      int    // the department's position in the input, from 0
	Department string // its name
	Year       int
	Findings   []fiscal.Finding
	// Err is set when the department could not be built or checked (an
	// entry the ledger rejects, a check that panicked); Findings is then
	// nil.
	Err error
}

// LedgerOptions configures [Departments] and [Ledgers].
type LedgerOptions struct {
	Options
	// Tables also derives the eight tables from each ledger and runs
	// accounts' table rules on them; the ledger's own rules always run.
	Tables   bool
	Derive   accounts.DeriveOptions
	Accounts accounts.CheckOptions
}

// PanicError is the error of a department whose check panicked: the batch
// goes on with the others.
type PanicError struct {
	Index int // the department's position in the input
	Value any // what was passed to panic
}

// Error says which department panicked and with what.
func (e *PanicError) Error() string {
	return fmt.Sprintf("batch: department %d: check panicked: %v", e.Index, e.Value)
}

// numbered pairs an item with its position.
type numbered[T any] struct {
	i int
	v T
}

func number[T any](in iter.Seq[T]) iter.Seq[numbered[T]] {
	return func(yield func(numbered[T]) bool) {
		i := 0
		for v := range in {
			if !yield(numbered[T]{i, v}) {
				return
			}
			i++
		}
	}
}

// guard runs check, turning a panic into the result's error.
func guard(r *Result, check func() ([]fiscal.Finding, error)) {
	defer func() {
		if v := recover(); v != nil {
			r.Findings, r.Err = nil, &PanicError{Index: r.Index, Value: v}
		}
	}()
	r.Findings, r.Err = check()
}

// Departments builds each department's ledger and checks it, on all cores,
// yielding results in input order. Each worker builds into one ledger that
// it empties ([accounts.Ledger.Reset]) for the next department, so building
// allocates nothing once the ledger has grown to the largest department.
func Departments(ctx context.Context, in iter.Seq[Department], opt LedgerOptions) iter.Seq2[Result, error] {
	return Map(ctx, number(in), opt.Options,
		func() *accounts.Ledger { return accounts.NewLedger("", 0) },
		func(_ context.Context, l *accounts.Ledger, d numbered[Department]) Result {
			r := Result{Index: d.i, Department: d.v.Name, Year: d.v.Year}
			guard(&r, func() ([]fiscal.Finding, error) {
				if err := build(l, &d.v); err != nil {
					return nil, err
				}
				return checkLedger(l, &opt)
			})
			return r
		})
}

// build fills l with the department's entries.
func build(l *accounts.Ledger, d *Department) error {
	l.Reset(d.Name, d.Year)
	for _, e := range d.Entities {
		if _, err := l.AddEntity(e); err != nil {
			return err
		}
	}
	if err := l.AddIncomes(d.Incomes); err != nil {
		return err
	}
	if err := l.AddExpenses(d.Expenses); err != nil {
		return err
	}
	for _, b := range d.Balances {
		if err := l.AddBalance(b); err != nil {
			return err
		}
	}
	l.SetNonAppropriationSurplusUsed(d.NonAppropriationSurplusUsed)
	l.SetSurplusDistribution(d.SurplusDistribution)
	return nil
}

func checkLedger(l *accounts.Ledger, opt *LedgerOptions) ([]fiscal.Finding, error) {
	out := l.Check()
	if !opt.Tables {
		return out, nil
	}
	ts, err := l.Tables(opt.Derive)
	if err != nil {
		return out, err
	}
	out = append(out, ts.Check(opt.Accounts)...)
	fiscal.SortFindings(out)
	return out, nil
}

// Ledgers checks ledgers already built, on all cores, yielding results in
// input order. A ledger is only read.
func Ledgers(ctx context.Context, in iter.Seq[*accounts.Ledger], opt LedgerOptions) iter.Seq2[Result, error] {
	return Map(ctx, number(in), opt.Options,
		func() struct{} { return struct{}{} },
		func(_ context.Context, _ struct{}, l numbered[*accounts.Ledger]) Result {
			r := Result{Index: l.i}
			guard(&r, func() ([]fiscal.Finding, error) {
				r.Department, r.Year = l.v.Department, l.v.Year
				return checkLedger(l.v, &opt)
			})
			return r
		})
}

// DocumentOptions configures [Documents].
type DocumentOptions struct {
	Options
	Check disclosure.CheckOptions
}

// Documents runs every rule on each document ([disclosure.Document.Check]),
// on all cores, yielding results in input order. A document is only read.
func Documents(ctx context.Context, in iter.Seq[*disclosure.Document], opt DocumentOptions) iter.Seq2[Result, error] {
	return Map(ctx, number(in), opt.Options,
		func() struct{} { return struct{}{} },
		func(_ context.Context, _ struct{}, d numbered[*disclosure.Document]) Result {
			r := Result{Index: d.i}
			guard(&r, func() ([]fiscal.Finding, error) {
				r.Department, r.Year = d.v.Department, d.v.Year
				return d.v.Check(opt.Check), nil
			})
			return r
		})
}
