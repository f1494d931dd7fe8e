package accounts

import (
	"slices"
	"strconv"
	"sync"

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
// lacks the row) and a column. The row a missing row would have had is
// kept as data (side, item, under, fn), and its key is only spelled out
// when a finding names it.
type term struct {
	t           *Table
	r           *Row
	c           Column
	side        Side
	item, under Item
	fn          classify.Function
	neg         bool // subtract rather than add (年末 = 年初 + 收入 − 支出)
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

// missingKey is the key of the row a term names when the table lacks it.
func (x term) missingKey() string {
	switch {
	case x.item != 0 && x.under != 0:
		return sideKey(x.side, x.under.Name()+"/"+x.item.Name())
	case x.item != 0:
		return sideKey(x.side, x.item.Name())
	case x.fn.Valid():
		return sideKey(x.side, x.fn.String())
	}
	return ""
}

func (x term) where() fiscal.Where {
	w := fiscal.Where{Table: x.t.Kind.Title(), Part: x.t.Number, Column: x.t.ColumnName(x.c)}
	if x.r != nil {
		w.Row, w.Line = x.r.Key(), x.r.Line
	} else {
		w.Row = x.missingKey()
	}
	return w
}

func (x term) label() string { return string(x.appendLabel(nil)) }

// appendLabel appends "收入决算表 2010301 本年收入合计" (the column only when
// the table prints more than one on the row's side).
func (x term) appendLabel(b []byte) []byte {
	b = append(b, x.t.Kind.Title()...)
	b = append(b, ' ')
	b = x.appendKey(b)
	if cols := x.t.columnsOf(x.r.side()); len(cols) > 1 {
		b = append(b, ' ')
		b = append(b, x.t.ColumnName(x.c)...)
	}
	return b
}

// appendKey appends keyOf(x).
func (x term) appendKey(b []byte) []byte {
	if x.r == nil {
		return append(b, x.missingKey()...)
	}
	return x.r.appendKey(b)
}

func (r *Row) side() Side {
	if r == nil {
		return SideMain
	}
	return r.Side
}

// checker holds the findings of one run and scratch space that the rules
// reuse, so that checking a table allocates only for what it finds.
type checker struct {
	out []fiscal.Finding
	opt CheckOptions

	terms, terms2, terms3 []term
	classes               []classify.Function
	econs                 []classify.Economic
	next                  []int32
	heads, tails          []int32 // the first and last row of each class (basic)
	namedRows             [KindStateCapital + 1]namedIndex
	fnRows                [KindStateCapital + 1]fnIndex
	first                 rowSet // the first child of a code, by its digits
	seen, present         rowSet
	// nameOK holds, for this check, a printed name that catalogName
	// found to be the catalog's for a functional code (the code's digits
	// → an index in okNames): the same code printed with the same name
	// in another table is not looked up again.
	nameOK  rowSet
	okNames []string
}

// rowSet maps small non-zero-able keys to row indices: an open-addressing
// table the checker reuses from table to table.
type rowSet struct {
	keys []uint64 // key + 1 by slot, 0 when empty; len is a power of two
	vals []int32
}

// reset empties the set, sized for n keys.
func (s *rowSet) reset(n int) {
	size := 16
	for size < n+n/2 { // at most two thirds full
		size *= 2
	}
	if len(s.keys) < size {
		s.keys, s.vals = make([]uint64, size), make([]int32, size)
		return
	}
	clear(s.keys)
}

func (s *rowSet) slot(k uint64) int {
	mask := uint64(len(s.keys) - 1)
	j := (k * 0x9E3779B97F4A7C15) >> 20 & mask
	for s.keys[j] != 0 && s.keys[j] != k+1 {
		j = (j + 1) & mask
	}
	return int(j)
}

// get returns the value of k.
func (s *rowSet) get(k uint64) (int32, bool) {
	j := s.slot(k)
	return s.vals[j], s.keys[j] != 0
}

// put sets the value of k; the set must have been reset for at least as
// many keys as are put.
func (s *rowSet) put(k uint64, v int32) {
	j := s.slot(k)
	s.keys[j], s.vals[j] = k+1, v
}

// grow sizes the scratch space for the largest table, at once.
func (k *checker) grow(ts *Tables) {
	n, all := 0, 0
	for kd := KindSummary; kd <= KindStateCapital; kd++ {
		if t := ts.Get(kd); t != nil {
			n = max(n, len(t.Rows))
			all += len(t.Rows)
		}
	}
	k.nameOK.reset(all)
	k.okNames = k.okNames[:0]
	// terms2 and terms3 (the 基本支出 table's 人员经费 and 公用经费 parts)
	// grow as they are used.
	k.terms = slices.Grow(k.terms[:0], n)
	k.classes, k.econs, k.next = slices.Grow(k.classes[:0], n), slices.Grow(k.econs[:0], n), slices.Grow(k.next[:0], n)
	k.present.reset(n)
	k.seen.reset(n)
	for i := range k.namedRows {
		k.namedRows[i].t = nil // indexes are per check: a table may change between checks
		k.fnRows[i].t = nil
	}
}

// take returns an empty scratch slice of terms; give it back with
// k.terms = ps[:0] once the terms are no longer used.
func (k *checker) take() []term { return k.terms[:0] }

// equal checks that the printed cell at equals the sum of the printed
// parts. Absent cells count as zero; when every cell is absent there is
// nothing to check. The tolerance is that of len(present parts) figures
// printed at the tables' precision. The sum is exact integer arithmetic;
// the finding's text is built only when the check fails.
func (k *checker) equal(rule fiscal.Rule, at term, parts []term) {
	atCell := at.cell()
	total, anyPresent := atCell.OrZero().Fen(), !atCell.IsAbsent()
	var sum int64
	n := 0
	for i := range parts {
		c := parts[i].cell()
		if c.IsAbsent() {
			continue
		}
		anyPresent = true
		n++
		a := c.OrZero().Fen()
		var ok bool
		if parts[i].neg {
			ok = a != -a || a == 0 // -MinInt64 overflows
			a = -a
		} else {
			ok = true
		}
		s := sum + a
		if !ok || (sum^s)&(a^s) < 0 {
			k.overflow(rule, at, parts)
			return
		}
		sum = s
	}
	if !anyPresent || sum == total {
		return
	}
	k.mismatch(rule, at, parts, n, fiscal.Fen(sum), fiscal.Fen(total))
}

// cellSum adds printed cells as equal adds the parts of an identity (none
// subtracted), so that a loop can tell that an identity holds before it
// spells out its terms: agrees is true exactly when equal would find
// nothing, and false for a sum that overflows (equal reports it).
type cellSum struct {
	sum      int64
	any      bool
	overflow bool
}

func (s *cellSum) add(c fiscal.Cell) {
	if c.IsAbsent() {
		return
	}
	s.any = true
	a := c.OrZero().Fen()
	t := s.sum + a
	if (s.sum^t)&(a^t) < 0 {
		s.overflow = true
	}
	s.sum = t
}

// agrees reports whether the cell at equals the sum (absent cells count as
// zero; nothing present is nothing to check).
func (s *cellSum) agrees(at fiscal.Cell) bool {
	if s.overflow {
		return false
	}
	return !s.any && at.IsAbsent() || s.sum == at.OrZero().Fen()
}

// overflow reports a sum that does not fit, with the error the amount
// arithmetic gives.
func (k *checker) overflow(rule fiscal.Rule, at term, parts []term) {
	var sum fiscal.Amount
	for _, p := range parts {
		c := p.cell()
		if c.IsAbsent() {
			continue
		}
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
}

// mismatch builds the finding of a failed identity.
func (k *checker) mismatch(rule fiscal.Rule, at term, parts []term, n int, sum, total fiscal.Amount) {
	tol := fiscal.AmountTolerance(n, at.t.Unit, at.t.Decimals)
	for _, x := range parts {
		if t := fiscal.AmountTolerance(n, x.t.Unit, x.t.Decimals); t.Cmp(tol) > 0 {
			tol = t
		}
	}
	var buf [256]byte
	what := appendDescription(buf[:0], at, parts)
	if f, found := rule.CompareAmountsText(at.where(), what, sum, total, tol, fiscal.Format{Unit: unitOf(at.t), Decimals: at.t.Decimals}); found {
		f.Cells = cellsOf(at, parts)
		k.out = append(k.out, f)
	}
}

// cellsOf returns where the cells of an identity are printed: at first
// (the figure judged), then each part printed (a part left blank, or a
// row the table lacks, was not read).
func cellsOf(at term, parts []term) []fiscal.Where {
	out := make([]fiscal.Where, 1, 1+len(parts))
	out[0] = at.where()
	for i := range parts {
		if parts[i].r != nil && !parts[i].cell().IsAbsent() {
			out = append(out, parts[i].where())
		}
	}
	return out
}

func unitOf(t *Table) fiscal.Unit {
	if t.Unit.Valid() {
		return t.Unit
	}
	return fiscal.WanYuan
}

// appendDescription appends what is compared to b: "收入决算表 合计 本年收入合计
// against 2010301 + 2010302".
func appendDescription(b []byte, at term, parts []term) []byte {
	b = at.appendLabel(b)
	switch {
	case len(parts) > 6:
		b = append(b, " against the sum of "...)
		b = strconv.AppendInt(b, int64(len(parts)), 10)
		return append(b, " rows"...)
	case len(parts) == 1:
		b = append(b, " against "...)
		return parts[0].appendLabel(b)
	case len(parts) == 0:
		return append(b, " against "...)
	}
	b = append(b, " against"...)
	for i, p := range parts {
		if p.neg {
			b = append(b, " −"...)
		} else if i > 0 {
			b = append(b, " +"...)
		}
		b = append(b, ' ')
		switch {
		case p.t == at.t && p.r == at.r:
			b = append(b, at.t.ColumnName(p.c)...)
		case p.t == at.t && p.c == at.c:
			b = p.appendKey(b)
		default:
			b = p.appendLabel(b)
		}
	}
	return b
}

func keyOf(x term) string {
	if x.r == nil {
		return x.missingKey()
	}
	return x.r.Key()
}

// Check runs every rule of this package on the tables present (in-table
// identities, structure, and identities across tables) and returns the
// findings in a stable order.
//
// Sums are exact integer arithmetic on the printed cells, and rows are
// matched by their codes and items, not by text; a finding's text is built
// only for a rule that fails, so checking tables that add up allocates
// little.
func (ts *Tables) Check(opt CheckOptions) []fiscal.Finding {
	k := ts.run(opt)
	// The findings leave the scratch space in a slice of their own size.
	out := opt.Policy.Apply(append(make([]fiscal.Finding, 0, len(k.out)), k.out...))
	k.release()
	fiscal.SortFindings(out)
	return out
}

// AppendCheck appends the findings of [Tables.Check] to dst and returns
// the extended slice: the same findings, with opt.Policy applied, but in
// the order the rules found them, not sorted. A caller that gathers the
// findings of several checks in one slice sorts them once
// ([fiscal.SortFindings] is stable: the whole sorted gives the order it
// gives with these findings sorted first).
func (ts *Tables) AppendCheck(dst []fiscal.Finding, opt CheckOptions) []fiscal.Finding {
	k := ts.run(opt)
	n := len(dst)
	dst = append(dst, k.out...)
	k.release()
	if len(opt.Policy) > 0 {
		for i := n; i < len(dst); i++ {
			if s, ok := opt.Policy[dst[i].Rule]; ok {
				dst[i].Severity = s
			}
		}
	}
	return dst
}

// run runs every rule on the tables present with a checker from the
// pool, its findings in k.out in the order found; the caller releases k.
func (ts *Tables) run(opt CheckOptions) *checker {
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
	k := checkers.Get().(*checker)
	k.opt = opt
	k.grow(ts)
	for kd := KindSummary; kd <= KindStateCapital; kd++ {
		if t := ts.Get(kd); t != nil {
			k.table(t)
		}
	}
	k.cross(ts)
	return k
}

// checkers holds checkers' scratch space between runs of [Tables.Check]:
// a pool of buffers, holding no findings and nothing a caller sees.
var checkers = sync.Pool{New: func() any { return new(checker) }}

// release returns k to the pool, keeping its scratch space but nothing
// of the tables it checked.
func (k *checker) release() {
	clear(k.out)
	k.out, k.opt = k.out[:0], CheckOptions{}
	for i := range k.namedRows {
		k.namedRows[i].t = nil
		k.fnRows[i].t = nil
	}
	clear(k.okNames)
	k.okNames = k.okNames[:0]
	clearTerms(k.terms[:cap(k.terms)])
	clearTerms(k.terms2[:cap(k.terms2)])
	clearTerms(k.terms3[:cap(k.terms3)])
	k.terms, k.terms2, k.terms3 = k.terms[:0], k.terms2[:0], k.terms3[:0]
	checkers.Put(k)
}

// clearTerms clears the terms a check wrote into s. Every use of the
// scratch slices appends from their start, and every term written names
// its table, so what a check wrote is the run of terms with a table at
// the start of s; the rest is zero already. (Clearing the whole capacity,
// pointers and all, cost 2–3 % of a check.)
func clearTerms(s []term) {
	n := 0
	for n < len(s) && (s[n].t != nil || s[n].r != nil) {
		n++
	}
	clear(s[:n])
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

// named is the free function named for the tables of this check, the
// rows found through an index of the table's named rows built once per
// table (the first row of each side and item, as Table.Named finds it).
func (k *checker) named(t *Table, s Side, it Item, c Column) term {
	if s > SideExpenditure || it >= numItems || t.Kind < KindSummary || t.Kind > KindStateCapital || len(t.Rows) >= 1<<15 {
		return named(t, s, it, c)
	}
	x := &k.namedRows[t.Kind]
	if x.t != t {
		x.t = t
		clear(x.rows[:])
		for i := len(t.Rows) - 1; i >= 0; i-- {
			if r := &t.Rows[i]; r.Under == 0 && r.Side <= SideExpenditure && r.Item < numItems {
				x.rows[r.Side][r.Item] = int16(i + 1)
			}
		}
	}
	var r *Row
	if i := x.rows[s][it]; i > 0 {
		r = &t.Rows[i-1]
	}
	return term{t: t, r: r, c: c, side: s, item: it}
}

// namedIndex holds a table's named rows (Under 0): the index + 1 of the
// first row of each side and item, 0 when there is none.
type namedIndex struct {
	t    *Table
	rows [SideExpenditure + 1][numItems]int16
}

// named returns a term for a named row (a missing row gives an absent cell).
func named(t *Table, s Side, it Item, c Column) term {
	r, _ := t.Named(s, it)
	return term{t: t, r: r, c: c, side: s, item: it}
}

func sub(t *Table, s Side, under, it Item, c Column) term {
	r, _ := t.Sub(s, under, it)
	return term{t: t, r: r, c: c, side: s, item: it, under: under}
}

// fnIndex holds a table's rows of functional codes for one check: the
// index of the first row of each side and code.
type fnIndex struct {
	t    *Table
	rows rowSet
}

// fnTerm is the free function fnTerm for the tables of this check, the
// row found through an index of the table's coded rows built once per
// table (the first row of the side and code, as Table.FunctionRow finds
// it), not by a scan of the table for each code.
func (k *checker) fnTerm(t *Table, s Side, code classify.Function, c Column) term {
	if !code.Valid() || t.Kind < KindSummary || t.Kind > KindStateCapital {
		return fnTerm(t, s, code, c)
	}
	x := &k.fnRows[t.Kind]
	if x.t != t {
		x.t = t
		x.rows.reset(len(t.Rows))
		for i := len(t.Rows) - 1; i >= 0; i-- { // the first row of a code put last
			if r := &t.Rows[i]; r.Function.Valid() {
				x.rows.put(sideCode{r.Side, r.Function.Uint32()}.key(), int32(i))
			}
		}
	}
	var r *Row
	if i, ok := x.rows.get(sideCode{s, code.Uint32()}.key()); ok {
		r = &t.Rows[i]
	}
	return term{t: t, r: r, c: c, side: s, fn: code}
}

func fnTerm(t *Table, s Side, code classify.Function, c Column) term {
	r, _ := t.FunctionRow(s, code)
	return term{t: t, r: r, c: c, side: s, fn: code}
}

func sideKey(s Side, k string) string {
	if s == SideMain {
		return k
	}
	return s.String() + "/" + k
}

func rowTerm(t *Table, r *Row, c Column) term { return term{t: t, r: r, c: c} }

// isRowOf reports whether r is a coded row of side s at level l (类, 款, 项).
func isRowOf(r *Row, s Side, l classify.Level) bool {
	return r.Side == s && r.Function.Valid() && r.Function.Level() == l
}

// rowSum checks, for every row of side s, that column total equals the sum
// of the part columns the table prints.
func (k *checker) rowSum(rule fiscal.Rule, t *Table, s Side, total Column, parts []Column, rows func(*Row) bool) {
	if !t.prints(s, total) {
		return
	}
	var buf [numColumns]Column
	cols := buf[:0]
	for _, c := range parts {
		if t.prints(s, c) {
			cols = append(cols, c)
		}
	}
	var tbuf [numColumns]term
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Side != s || !rows(r) {
			continue
		}
		var sum cellSum
		for _, c := range cols {
			sum.add(r.Cell(c))
		}
		if sum.agrees(r.Cell(total)) {
			continue // the terms are spelled out only for a finding
		}
		ps := tbuf[:0]
		for _, c := range cols {
			ps = append(ps, rowTerm(t, r, c))
		}
		k.equal(rule, rowTerm(t, r, total), ps)
	}
}

// hierarchy checks, for every printed column, that each 类 equals the sum
// of its 款 and each 款 the sum of its 项 (only where the table prints the
// children). Children are linked by index (first child of a code, next
// sibling of a row) in scratch space the checker reuses.
func (k *checker) hierarchy(rule fiscal.Rule, t *Table, s Side) {
	k.first.reset(len(t.Rows))
	k.next = slices.Grow(k.next[:0], len(t.Rows))[:len(t.Rows)]
	for i := len(t.Rows) - 1; i >= 0; i-- {
		r := &t.Rows[i]
		k.next[i] = -1
		if r.Side != s || !r.Function.Valid() {
			continue
		}
		if p, ok := r.Function.Parent(); ok {
			if f, ok := k.first.get(uint64(p.Uint32())); ok {
				k.next[i] = f
			}
			k.first.put(uint64(p.Uint32()), int32(i))
		}
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Side != s || !r.Function.Valid() {
			continue
		}
		first, ok := k.first.get(uint64(r.Function.Uint32()))
		if !ok {
			continue
		}
		for _, c := range t.columnsOf(s) {
			var sum cellSum
			for j := first; j >= 0; j = k.next[j] {
				sum.add(t.Rows[j].Cell(c))
			}
			if sum.agrees(r.Cell(c)) {
				continue
			}
			ps := k.take()
			for j := first; j >= 0; j = k.next[j] {
				ps = append(ps, rowTerm(t, &t.Rows[j], c))
			}
			k.equal(rule, rowTerm(t, r, c), ps)
			k.terms = ps[:0]
		}
	}
}

// classTotal checks that the total row equals the sum of the 类 rows, per
// column.
func (k *checker) classTotal(rule fiscal.Rule, t *Table, s Side, total term) {
	for _, c := range t.columnsOf(s) {
		at := total
		at.c = c
		var sum cellSum
		for i := range t.Rows {
			if r := &t.Rows[i]; isRowOf(r, s, classify.Class) {
				sum.add(r.Cell(c))
			}
		}
		if sum.agrees(at.cell()) {
			continue
		}
		ps := k.take()
		for i := range t.Rows {
			if r := &t.Rows[i]; isRowOf(r, s, classify.Class) {
				ps = append(ps, rowTerm(t, r, c))
			}
		}
		k.equal(rule, at, ps)
		k.terms = ps[:0]
	}
}
