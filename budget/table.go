package budget

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// Row is one row of a budget table: keyed by a 功能分类 code (Function), a
// 部门经济分类 code (Economic) or a named row (Item), on a Side in the
// two-sided summary tables. A row whose key could not be read keeps its
// Label (and Code, the printed code text) with every key zero.
type Row struct {
	Side     Side              `json:"side,omitempty"`
	Function classify.Function `json:"function,omitzero"`
	Economic classify.Economic `json:"economic,omitzero"`
	Item     Item              `json:"item,omitempty"`
	// Code is the printed code when it did not parse, else "".
	Code  string `json:"code,omitempty"`
	Label string `json:"label,omitempty"` // the name as printed
	// Cells holds the figures by column ID (ColTotal, ColBasic, …); a
	// column missing from the map is blank.
	Cells map[string]fiscal.Cell `json:"cells"`
	Line  int                    `json:"line,omitempty"`
	// Ambiguous rows had more than one reading; no check raises an error
	// from them.
	Ambiguous bool `json:"ambiguous,omitempty"`
	// Rounded rows print a figure with fewer decimals than their table's
	// others (a total formatted "#,##0"): sums over them allow its
	// rounding, to the unit.
	Rounded bool `json:"rounded,omitempty"`
}

// Cell returns the figure in column col (absent when blank).
func (r *Row) Cell(col string) fiscal.Cell {
	if r == nil {
		return fiscal.Cell{}
	}
	return r.Cells[col]
}

// Key returns the row's key as text: the code, the item's name or the
// label, prefixed by the side in summary tables ("收入/财政拨款收入").
func (r *Row) Key() string {
	var k string
	switch {
	case r.Function.Valid():
		k = r.Function.String()
	case r.Economic.Valid():
		k = r.Economic.String()
	case r.Item != 0:
		k = r.Item.Name()
	case r.Code != "":
		k = r.Code
	default:
		k = r.Label
	}
	if r.Side != SideMain {
		k = r.Side.String() + "/" + k
	}
	return k
}

// Table is one budget table as published: figures exact (fiscal.Amount),
// printed in Unit at Decimals.
type Table struct {
	Kind   TableKind   `json:"kind"`
	Title  string      `json:"title,omitempty"`
	Number string      `json:"number,omitempty"` // "公开 01 表", "1.", or ""
	Unit   fiscal.Unit `json:"unit"`
	// Decimals is the number of decimals the figures are printed with: a
	// table printed to the fen (元 at 2 decimals) is checked exactly; one
	// printed in whole 元 or in 万元 allows for rounding.
	Decimals int   `json:"decimals"`
	Rows     []Row `json:"rows"`
	// Empty is the printed statement of an empty table ("本部门2026年无政府
	// 性基金预算财政拨款安排的预算，故本表为空表").
	Empty string `json:"empty,omitempty"`
	Line  int    `json:"line,omitempty"`
}

// NewTable returns an empty table of kind k in unit u at two decimals.
func NewTable(k TableKind, u fiscal.Unit) *Table {
	return &Table{Kind: k, Title: k.Title(), Unit: u, Decimals: 2}
}

// Add appends rows and returns the table.
func (t *Table) Add(rows ...Row) *Table {
	t.Rows = append(t.Rows, rows...)
	return t
}

// Named returns the first row of item it on side s that prints a figure,
// else the first row of the item.
func (t *Table) Named(s Side, it Item) *Row {
	var blank *Row
	for i := range t.Rows {
		if r := &t.Rows[i]; r.Side == s && r.Item == it {
			if hasFigure(r) {
				return r
			}
			if blank == nil {
				blank = r
			}
		}
	}
	// A label with no figure (a header cell such as "本年收入" read as a
	// row) never hides the row that prints one.
	return blank
}

// hasFigure reports whether a row prints any figure.
func hasFigure(r *Row) bool {
	for _, c := range r.Cells {
		if !c.IsAbsent() {
			return true
		}
	}
	return false
}

// FunctionRow returns the row of code c on side s.
func (t *Table) FunctionRow(s Side, c classify.Function) *Row {
	for i := range t.Rows {
		if r := &t.Rows[i]; r.Side == s && r.Function == c {
			return r
		}
	}
	return nil
}

// EconomicRow returns the row of code c.
func (t *Table) EconomicRow(c classify.Economic) *Row {
	for i := range t.Rows {
		if r := &t.Rows[i]; r.Economic == c {
			return r
		}
	}
	return nil
}

// Total returns the 合计 row of a one-sided table.
func (t *Table) Total() *Row { return t.Named(SideMain, ItemGrandTotal) }

// IsEmpty reports whether the table prints no figure at all.
func (t *Table) IsEmpty() bool {
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			if !c.IsAbsent() {
				return false
			}
		}
	}
	return true
}

// Tables is the set of tables of one budget, at most one per kind (a
// table continued over pages is one table).
type Tables struct {
	byKind [numKinds]*Table
}

// Set puts t in the set, replacing a table of the same kind, and returns
// the set. A table of an invalid kind is ignored.
func (ts *Tables) Set(t *Table) *Tables {
	if t != nil && t.Kind.Valid() {
		ts.byKind[t.Kind] = t
	}
	return ts
}

// Get returns the table of kind k, or nil.
func (ts *Tables) Get(k TableKind) *Table {
	if ts == nil || !k.Valid() {
		return nil
	}
	return ts.byKind[k]
}

// All returns the tables present, in kind order.
func (ts *Tables) All() []*Table {
	var out []*Table
	for _, t := range ts.byKind {
		if t != nil {
			out = append(out, t)
		}
	}
	return out
}

// Document is a published budget: whose it is, which year, and its tables.
type Document struct {
	Level      Level  `json:"level,omitempty"`
	Department string `json:"department,omitempty"` // 预算主管部门 or 预算单位 as printed
	Year       int    `json:"year,omitempty"`
	Tables     *Tables
}
