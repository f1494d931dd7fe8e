package accounts

import (
	"slices"
	"strconv"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// Row is one row of a disclosure table. It is keyed by a functional code
// (Function), an economic code (Economic) or a named row (Item, with Under
// for a sub-row such as the 一般公共预算财政拨款 line under
// 年初财政拨款结转和结余), on a Side for the two-sided summary tables.
type Row struct {
	Side     Side              `json:"side,omitempty"`
	Function classify.Function `json:"function,omitzero"` // a 功能分类 row, or zero
	Economic classify.Economic `json:"economic,omitzero"` // a 部门经济分类 row (基本支出决算表), or zero
	Item     Item              `json:"item,omitempty"`    // a named row, or zero
	Under    Item              `json:"under,omitempty"`   // the named row a sub-row belongs to, or zero
	// Code is the printed text of a code that did not parse, for rows read
	// from a document: Function and Economic stay zero and the structure
	// rules report it. Rows whose code parsed leave it empty.
	Code  string `json:"code,omitempty"`
	Name  string `json:"name,omitempty"` // the name or label as printed (科目名称, "一、一般公共预算财政拨款收入")
	Seq   int    `json:"seq,omitempty"`  // 行次 as printed, or 0
	Line  int    `json:"line,omitempty"` // the source line, for rows read from a document, or 0
	Cells Cells  `json:"cells"`
}

// Cell returns the row's cell in column c.
func (r *Row) Cell(c Column) fiscal.Cell {
	if c == 0 || c >= numColumns {
		return fiscal.Cell{}
	}
	return r.Cells[c]
}

// Key returns the row's key as text: the code for a coded row, the
// official name for a named row ("年初结转和结余/一般公共预算财政拨款" for a
// sub-row), with the side for summary tables ("支出/本年支出合计").
func (r *Row) Key() string {
	if r.Side == SideMain {
		switch {
		case r.Function.Valid():
			return r.Function.String()
		case r.Economic.Valid():
			return r.Economic.String()
		case r.Item != 0 && r.Under == 0:
			return r.Item.Name()
		}
	}
	var buf [128]byte
	return string(r.appendKey(buf[:0]))
}

// appendKey appends [Row.Key] to b.
func (r *Row) appendKey(b []byte) []byte {
	if r.Side != SideMain {
		b = append(b, r.Side.String()...)
		b = append(b, '/')
	}
	switch {
	case r.Function.Valid():
		return strconv.AppendUint(b, uint64(r.Function.Uint32()), 10)
	case r.Economic.Valid():
		return strconv.AppendUint(b, uint64(r.Economic.Uint32()), 10)
	case r.Item != 0:
		if r.Under != 0 {
			b = append(b, r.Under.Name()...)
			b = append(b, '/')
		}
		return append(b, r.Item.Name()...)
	case r.Code != "":
		return append(b, r.Code...)
	}
	return append(b, r.Name...)
}

// Table is one disclosure table, derived from a ledger or read as
// published. Figures are Amounts (exact), printed in Unit at Decimals;
// blank cells are absent.
type Table struct {
	Kind       TableKind   `json:"kind"`
	Title      string      `json:"title,omitempty"`      // as printed; TableKind.Title() when derived
	Number     string      `json:"number,omitempty"`     // as printed: "公开01表", "表一"; may be empty
	Department string      `json:"department,omitempty"` // 部门 (编制单位) as printed
	Unit       fiscal.Unit `json:"unit"`
	Decimals   int         `json:"decimals"`
	// Columns lists the columns the table prints, per side; nil means the
	// standard columns of the kind ([StandardColumns]).
	Columns map[Side][]Column `json:"columns,omitempty"`
	// Headers overrides column names as printed ("小计" for ColTotal).
	Headers map[Column]string `json:"headers,omitempty"`
	Rows    []Row             `json:"rows"`
	// EmptyStatement is the printed statement of an empty table, such as
	// "本单位无此项内容，故本表无数据。"
	EmptyStatement string   `json:"empty_statement,omitempty"`
	Notes          []string `json:"notes,omitempty"` // 注 lines as printed
}

// NewTable returns an empty table of kind k in 万元 at two decimals, with
// the standard columns and title.
func NewTable(k TableKind) *Table {
	return &Table{Kind: k, Title: k.Title(), Unit: fiscal.WanYuan, Decimals: 2}
}

// ColumnsOf returns the columns the table prints on side s.
func (t *Table) ColumnsOf(s Side) []Column {
	if cols, ok := t.Columns[s]; ok {
		return cols
	}
	return StandardColumns(t.Kind, s)
}

// Prints reports whether the table prints column c on side s.
func (t *Table) Prints(s Side, c Column) bool { return t.prints(s, c) }

// columnsOf is [Table.ColumnsOf] without copying the standard columns; the
// result must not be modified.
func (t *Table) columnsOf(s Side) []Column {
	if cols, ok := t.Columns[s]; ok {
		return cols
	}
	return standardColumns(t.Kind, s)
}

func (t *Table) prints(s Side, c Column) bool { return slices.Contains(t.columnsOf(s), c) }

// ColumnName returns the name of column c as this table prints it.
func (t *Table) ColumnName(c Column) string {
	if h, ok := t.Headers[c]; ok {
		return h
	}
	if c == ColTotal {
		switch t.Kind {
		case KindIncome:
			return "本年收入合计"
		case KindExpenditure:
			return "本年支出合计"
		}
	}
	return c.Name()
}

// Add appends rows and returns the table, for building tables in code.
func (t *Table) Add(rows ...Row) *Table {
	t.Rows = append(t.Rows, rows...)
	return t
}

// Named returns the named row (Item, not a sub-row) on side s.
func (t *Table) Named(s Side, it Item) (*Row, bool) {
	return t.find(func(r *Row) bool {
		return r.Side == s && r.Item == it && r.Under == 0
	})
}

// Sub returns the sub-row it under the named row under, on side s.
func (t *Table) Sub(s Side, under, it Item) (*Row, bool) {
	return t.find(func(r *Row) bool { return r.Side == s && r.Item == it && r.Under == under })
}

// FunctionRow returns the row of a functional code on side s.
func (t *Table) FunctionRow(s Side, code classify.Function) (*Row, bool) {
	return t.find(func(r *Row) bool { return r.Side == s && r.Function == code })
}

// EconomicRow returns the row of an economic code.
func (t *Table) EconomicRow(code classify.Economic) (*Row, bool) {
	return t.find(func(r *Row) bool { return r.Economic == code })
}

func (t *Table) find(match func(*Row) bool) (*Row, bool) {
	for i := range t.Rows {
		if match(&t.Rows[i]) {
			return &t.Rows[i], true
		}
	}
	return nil, false
}

// IsEmpty reports whether no cell of the table holds a non-zero amount.
func (t *Table) IsEmpty() bool {
	for i := range t.Rows {
		cells := &t.Rows[i].Cells // ranged by index: a range over the array copied it
		for j := range cells {
			if a, ok := cells[j].Amount(); ok && !a.IsZero() {
				return false
			}
		}
	}
	return true
}

// Tables are a department's eight financial disclosure tables. A nil table
// is one the document does not have; checks that need it are skipped.
type Tables struct {
	Summary              *Table `json:"summary,omitempty"`               // 收入支出决算总表
	Income               *Table `json:"income,omitempty"`                // 收入决算表
	Expenditure          *Table `json:"expenditure,omitempty"`           // 支出决算表
	AppropriationSummary *Table `json:"appropriation_summary,omitempty"` // 财政拨款收入支出决算总表
	GeneralBudget        *Table `json:"general_budget,omitempty"`        // 一般公共预算财政拨款支出决算表
	BasicExpenditure     *Table `json:"basic_expenditure,omitempty"`     // 一般公共预算财政拨款基本支出决算表
	GovFund              *Table `json:"gov_fund,omitempty"`              // 政府性基金预算财政拨款收入支出决算表
	StateCapital         *Table `json:"state_capital,omitempty"`         // 国有资本经营预算财政拨款支出决算表
}

// Get returns the table of kind k (nil when absent).
func (ts *Tables) Get(k TableKind) *Table {
	switch k {
	case KindSummary:
		return ts.Summary
	case KindIncome:
		return ts.Income
	case KindExpenditure:
		return ts.Expenditure
	case KindAppropriationSummary:
		return ts.AppropriationSummary
	case KindGeneralBudget:
		return ts.GeneralBudget
	case KindBasicExpenditure:
		return ts.BasicExpenditure
	case KindGovFund:
		return ts.GovFund
	case KindStateCapital:
		return ts.StateCapital
	}
	return nil
}

// Set stores t under its kind.
func (ts *Tables) Set(t *Table) {
	switch t.Kind {
	case KindSummary:
		ts.Summary = t
	case KindIncome:
		ts.Income = t
	case KindExpenditure:
		ts.Expenditure = t
	case KindAppropriationSummary:
		ts.AppropriationSummary = t
	case KindGeneralBudget:
		ts.GeneralBudget = t
	case KindBasicExpenditure:
		ts.BasicExpenditure = t
	case KindGovFund:
		ts.GovFund = t
	case KindStateCapital:
		ts.StateCapital = t
	}
}

// All returns the tables present, in kind order.
func (ts *Tables) All() []*Table {
	var out []*Table
	for _, k := range Kinds() {
		if t := ts.Get(k); t != nil {
			out = append(out, t)
		}
	}
	return out
}

// Clone returns a deep copy of the table.
func (t *Table) Clone() *Table {
	c := *t
	c.Rows = slices.Clone(t.Rows)
	c.Notes = slices.Clone(t.Notes)
	if t.Columns != nil {
		c.Columns = make(map[Side][]Column, len(t.Columns))
		for s, cols := range t.Columns {
			c.Columns[s] = slices.Clone(cols)
		}
	}
	if t.Headers != nil {
		c.Headers = make(map[Column]string, len(t.Headers))
		for k, v := range t.Headers {
			c.Headers[k] = v
		}
	}
	return &c
}

// Clone returns a deep copy of the tables.
func (ts *Tables) Clone() *Tables {
	c := &Tables{}
	for _, t := range ts.All() {
		c.Set(t.Clone())
	}
	return c
}
