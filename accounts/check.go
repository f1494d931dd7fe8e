package accounts

import (
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// CheckOptions configures [Tables.Check].
type CheckOptions struct {
	// Functions and Economics are the catalogs codes are checked against;
	// nil means the embedded 2024 catalogs.
	Functions *classify.Catalog[classify.FunctionKind]
	Economics *classify.Catalog[classify.EconomicKind]
	// Policy overrides rule severities.
	Policy fiscal.Policy
}

// term is one printed cell of a check: a table, a row (nil when the table
// lacks the row; key names it then) and a column.
type term struct {
	t   *Table
	r   *Row
	c   Column
	key string
	neg bool // subtract rather than add (年末 = 年初 + 收入 − 支出)
}

func (x term) cell() fiscal.Cell {
	if x.r == nil {
		return fiscal.Cell{}
	}
	return x.r.Cell(x.c)
}

func minus(x term) term {
	x.neg = !x.neg
	return x
}

func (x term) where() fiscal.Where {
	w := fiscal.Where{Table: x.t.Kind.Title(), Part: x.t.Number, Column: x.t.ColumnName(x.c)}
	if x.r != nil {
		w.Row, w.Line = x.r.Key(), x.r.Line
	} else {
		w.Row = x.key
	}
	return w
}

func (x term) label() string {
	name := x.key
	if x.r != nil {
		name = x.r.Key()
	}
	s := x.t.Kind.Title() + " " + name
	if cols := x.t.ColumnsOf(x.r.side()); len(cols) > 1 {
		s += " " + x.t.ColumnName(x.c)
	}
	return s
}

func (r *Row) side() Side {
	if r == nil {
		return SideMain
	}
	return r.Side
}

type checker struct {
	out []fiscal.Finding
	opt CheckOptions
}

// equal checks that the printed cell at equals the sum of the printed
// parts. Absent cells count as zero; when every cell is absent there is
// nothing to check. The tolerance is that of len(present parts) figures
// printed at the tables' precision.
func (k *checker) equal(rule fiscal.Rule, at term, parts []term) {
	total, anyPresent := at.cell().OrZero(), !at.cell().IsAbsent()
	var sum fiscal.Amount
	n := 0
	tol := fiscal.Amount{}
	for _, p := range parts {
		c := p.cell()
		if c.IsAbsent() {
			continue
		}
		anyPresent = true
		n++
		a := c.OrZero()
		var err error
		if p.neg {
			a, err = a.Neg()
		}
		if err == nil {
			sum, err = sum.Add(a)
		}
		if err != nil {
			k.out = append(k.out, rule.Finding(at.where(), "sum of the parts overflows: %v", err))
			return
		}
	}
	if !anyPresent || sum == total {
		return
	}
	for _, x := range append([]term{at}, parts...) {
		if t := fiscal.AmountTolerance(n, x.t.Unit, x.t.Decimals); t.Cmp(tol) > 0 {
			tol = t
		}
	}
	what := describe(at, parts)
	if f, found := rule.CompareAmounts(at.where(), what, sum, total, tol, fiscal.Format{Unit: unitOf(at.t), Decimals: at.t.Decimals}); found {
		k.out = append(k.out, f)
	}
}

func unitOf(t *Table) fiscal.Unit {
	if t.Unit.Valid() {
		return t.Unit
	}
	return fiscal.WanYuan
}

// describe says what is compared: "收入决算表 合计 本年收入合计 = Σ 3 类 rows".
func describe(at term, parts []term) string {
	if len(parts) == 1 {
		return at.label() + " against " + parts[0].label()
	}
	var names []string
	for i, p := range parts {
		if p.neg {
			names = append(names, "−")
		} else if i > 0 {
			names = append(names, "+")
		}
		switch {
		case p.t == at.t && p.r == at.r:
			names = append(names, at.t.ColumnName(p.c))
		case p.t == at.t && p.c == at.c:
			names = append(names, keyOf(p))
		default:
			names = append(names, p.label())
		}
	}
	if len(parts) > 6 {
		return fmt.Sprintf("%s against the sum of %d rows", at.label(), len(parts))
	}
	return at.label() + " against " + strings.TrimPrefix(strings.Join(names, " "), "+ ")
}

func keyOf(x term) string {
	if x.r == nil {
		return x.key
	}
	return x.r.Key()
}

// Check runs every rule of this package on the tables present (in-table
// identities, structure, and identities across tables) and returns the
// findings in a stable order.
func (ts *Tables) Check(opt CheckOptions) []fiscal.Finding {
	if opt.Functions == nil || opt.Economics == nil {
		if cats, err := classify.Embedded(2024); err == nil {
			if opt.Functions == nil {
				opt.Functions = cats.Function
			}
			if opt.Economics == nil {
				opt.Economics = cats.Economic
			}
		}
	}
	k := &checker{opt: opt}
	for _, t := range ts.All() {
		k.table(t)
	}
	k.cross(ts)
	out := opt.Policy.Apply(k.out)
	fiscal.SortFindings(out)
	return out
}

// CheckTable runs the structure and in-table rules of one table.
func CheckTable(t *Table, opt CheckOptions) []fiscal.Finding {
	return (&Tables{}).withTable(t).Check(opt)
}

func (ts *Tables) withTable(t *Table) *Tables {
	ts.Set(t)
	return ts
}

func (k *checker) table(t *Table) {
	k.structure(t)
	switch t.Kind {
	case KindSummary:
		k.summary(t)
	case KindIncome:
		k.incomeTable(t)
	case KindExpenditure:
		k.expenditureTable(t)
	case KindAppropriationSummary:
		k.appropriationSummary(t)
	case KindGeneralBudget:
		k.generalBudget(t)
	case KindBasicExpenditure:
		k.basic(t)
	case KindGovFund, KindStateCapital:
		k.fund(t)
	}
}

// named returns a term for a named row (a missing row gives an absent cell).
func named(t *Table, s Side, it Item, c Column) term {
	r, _ := t.Named(s, it)
	return term{t: t, r: r, c: c, key: sideKey(s, it.Name())}
}

func sub(t *Table, s Side, under, it Item, c Column) term {
	r, _ := t.Sub(s, under, it)
	return term{t: t, r: r, c: c, key: sideKey(s, under.Name()+"/"+it.Name())}
}

func fnTerm(t *Table, s Side, code classify.Function, c Column) term {
	r, _ := t.FunctionRow(s, code)
	return term{t: t, r: r, c: c, key: sideKey(s, code.String())}
}

func sideKey(s Side, k string) string {
	if s == SideMain {
		return k
	}
	return s.String() + "/" + k
}

func rowTerm(t *Table, r *Row, c Column) term { return term{t: t, r: r, c: c} }

// rowsOf returns the coded rows of side s at a level (类, 款, 项).
func rowsOf(t *Table, s Side, l classify.Level) []*Row {
	var out []*Row
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Side == s && r.Function.Valid() && r.Function.Level() == l {
			out = append(out, r)
		}
	}
	return out
}

// rowSum checks, for every row of side s, that column total equals the sum
// of the part columns the table prints.
func (k *checker) rowSum(rule fiscal.Rule, t *Table, s Side, total Column, parts []Column, rows func(*Row) bool) {
	if !t.Prints(s, total) {
		return
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Side != s || !rows(r) {
			continue
		}
		var ps []term
		for _, c := range parts {
			if t.Prints(s, c) {
				ps = append(ps, rowTerm(t, r, c))
			}
		}
		k.equal(rule, rowTerm(t, r, total), ps)
	}
}

// hierarchy checks, for every printed column, that each 类 equals the sum
// of its 款 and each 款 the sum of its 项 (only where the table prints the
// children).
func (k *checker) hierarchy(rule fiscal.Rule, t *Table, s Side) {
	children := map[classify.Function][]*Row{}
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Side != s || !r.Function.Valid() {
			continue
		}
		if p, ok := r.Function.Parent(); ok {
			children[p] = append(children[p], r)
		}
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		kids := children[r.Function]
		if r.Side != s || !r.Function.Valid() || len(kids) == 0 {
			continue
		}
		for _, c := range t.ColumnsOf(s) {
			var ps []term
			for _, kid := range kids {
				ps = append(ps, rowTerm(t, kid, c))
			}
			k.equal(rule, rowTerm(t, r, c), ps)
		}
	}
}

// classTotal checks that the total row equals the sum of the 类 rows, per
// column.
func (k *checker) classTotal(rule fiscal.Rule, t *Table, s Side, total term) {
	classes := rowsOf(t, s, classify.Class)
	for _, c := range t.ColumnsOf(s) {
		var ps []term
		for _, r := range classes {
			ps = append(ps, rowTerm(t, r, c))
		}
		at := total
		at.c = c
		k.equal(rule, at, ps)
	}
}
