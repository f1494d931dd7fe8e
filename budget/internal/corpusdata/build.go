package corpusdata

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/classify"
)

// tb builds one table: cols are the column IDs of the figures given to
// each row, in print order; "" is a blank cell.
type tb struct {
	t    *budget.Table
	cols []string
}

func table(k budget.TableKind, title string, u fiscal.Unit, decimals int, cols ...string) *tb {
	return &tb{t: &budget.Table{Kind: k, Title: title, Unit: u, Decimals: decimals}, cols: cols}
}

func (b *tb) cells(vals []string) map[string]fiscal.Cell {
	m := map[string]fiscal.Cell{}
	for i, v := range vals {
		if v != "" {
			m[b.cols[i]] = fiscal.MustParseCell(v, b.t.Unit)
		}
	}
	return m
}

// fn adds a 功能分类 row.
func (b *tb) fn(code, label string, vals ...string) *tb {
	b.t.Rows = append(b.t.Rows, budget.Row{Function: classify.MustParse[classify.FunctionKind](code), Label: label, Cells: b.cells(vals)})
	return b
}

// eco adds a 经济分类 row.
func (b *tb) eco(code, label string, vals ...string) *tb {
	b.t.Rows = append(b.t.Rows, budget.Row{Economic: classify.MustParse[classify.EconomicKind](code), Label: label, Cells: b.cells(vals)})
	return b
}

// total adds the 合计 row.
func (b *tb) total(vals ...string) *tb {
	b.t.Rows = append(b.t.Rows, budget.Row{Item: budget.ItemGrandTotal, Label: "合计", Cells: b.cells(vals)})
	return b
}

// labelled adds a row known by its label alone (a line of the 政府采购
// table: its 品目, 项目 and 经济科目 or purchase and 采购组织形式, each
// cell's text as printed, cells separated by a space, a name wrapped over
// lines written whole).
func (b *tb) labelled(label string, vals ...string) *tb {
	b.t.Rows = append(b.t.Rows, budget.Row{Label: label, Cells: b.cells(vals)})
	return b
}

// plain adds a row with neither code nor name (the single figure row of
// the "三公" table).
func (b *tb) plain(vals ...string) *tb {
	b.t.Rows = append(b.t.Rows, budget.Row{Cells: b.cells(vals)})
	return b
}

// side adds a named or 类 line of a summary table: one figure per column
// given in cols.
func (b *tb) side(s budget.Side, it budget.Item, fc, label string, cols []string, vals ...string) *tb {
	r := budget.Row{Side: s, Item: it, Label: label, Cells: map[string]fiscal.Cell{}}
	if fc != "" {
		r.Function = classify.MustParse[classify.FunctionKind](fc)
	}
	for i, v := range vals {
		if v != "" {
			r.Cells[cols[i]] = fiscal.MustParseCell(v, b.t.Unit)
		}
	}
	b.t.Rows = append(b.t.Rows, r)
	return b
}

func (b *tb) empty(s string) *tb {
	b.t.Empty = s
	return b
}

func tables(ts ...*tb) *budget.Tables {
	out := &budget.Tables{}
	for _, t := range ts {
		out.Set(t.t)
	}
	return out
}
