package reader

import (
	"maps"
	"slices"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// fundSources are the tables that itemise each fund column of the
// 财政拨款收入支出决算总表's expenditure side, and the column of each that
// holds the fund's spending.
var fundSources = []struct{ column, profile, source string }{
	{"general", "final.general-budget", "total"},
	{"gov-fund", "final.gov-fund", "expenditure"},
	{"state-capital", "final.state-capital", "expenditure"},
}

// settleAppropriation settles the ambiguous expenditure rows of the
// 财政拨款收入支出决算总表 (a 类 row or 本年支出合计 whose figures fit more
// than one fund column: 2,000.00 under 合计 and under one fund) from the
// tables that itemise each fund: the same 类 row of the 一般公共预算, 政府性
// 基金 and 国有资本经营 tables. A fund table read with certainty (an empty
// one is certain) fixes its column (a row it lacks is 0); the others leave
// theirs open. A row is settled only when exactly one placement of its
// printed figures has 合计 = the sum of the funds and agrees with every
// fixed column; otherwise it stays ambiguous. It returns how many rows it
// settled.
func settleAppropriation(ap *tables.Table, read []*tables.Table) int {
	if ap == nil || ap.Reason != "" {
		return 0
	}
	var sources [3]*tables.Table
	for i, f := range fundSources {
		for _, t := range read {
			if t.Profile.ID == f.profile && t.Reason == "" && t.Ambiguous() == 0 && len(t.Unread) == 0 {
				sources[i] = t
			}
		}
	}
	settled := 0
	for i := range ap.Rows {
		r := &ap.Rows[i]
		if !r.Ambiguous || r.Side != "expenditure" {
			continue
		}
		var match func(*profile.Row) bool
		switch {
		case r.Code != "":
			match = func(x *profile.Row) bool { return x.Code == r.Code }
		case r.Named == accounts.ItemExpenditureTotal.Name():
			match = func(x *profile.Row) bool { return x.Named == "total" }
		default:
			continue
		}
		// What the certain fund tables say, by fund column (-1: open).
		var known [3]int64
		for k, f := range fundSources {
			known[k] = -1
			if t := sources[k]; t != nil {
				known[k] = 0
				for j := range t.Rows {
					if match(&t.Rows[j]) {
						known[k] = t.Rows[j].Cells[f.source].OrZero().Fen()
					}
				}
			}
		}
		if cells, ok := placeFunds(r.Cells, known); ok {
			r.Cells, r.Ambiguous = cells, false
			settled++
		}
	}
	// A row printing only zeros reads the same wherever they go; 总计 is
	// then 本年支出合计 + 年末结转和结余, fund by fund, once both are settled.
	var spent, closing *profile.Row
	for i := range ap.Rows {
		r := &ap.Rows[i]
		if r.Side != "expenditure" {
			continue
		}
		if r.Ambiguous && onlyZeros(r.Cells) {
			r.Ambiguous = false
			settled++
		}
		switch r.Named {
		case accounts.ItemExpenditureTotal.Name():
			spent = r
		case accounts.ItemClosing.Name():
			closing = r
		}
	}
	if spent != nil && closing != nil && !spent.Ambiguous && !closing.Ambiguous {
		for i := range ap.Rows {
			r := &ap.Rows[i]
			if r.Side != "expenditure" || r.Named != accounts.ItemGrandTotal.Name() || !r.Ambiguous {
				continue
			}
			var known [3]int64
			for k, f := range fundSources {
				known[k] = spent.Cells[f.column].OrZero().Fen() + closing.Cells[f.column].OrZero().Fen()
			}
			if cells, ok := placeFunds(r.Cells, known); ok {
				r.Cells, r.Ambiguous = cells, false
				settled++
			}
		}
	}
	return settled
}

// onlyZeros reports whether a row prints figures and all are 0.
func onlyZeros(cells map[string]fiscal.Cell) bool {
	any := false
	for _, c := range cells {
		if a, ok := c.Amount(); ok {
			if !a.IsZero() {
				return false
			}
			any = true
		}
	}
	return any
}

// placeFunds places a row's printed figures in 合计 and the three fund
// columns: the one placement where 合计 is the funds' sum and each known
// fund (not -1) holds its amount. Printed zeros go to fund columns left
// empty.
func placeFunds(printed map[string]fiscal.Cell, known [3]int64) (map[string]fiscal.Cell, bool) {
	var figs, zeros []fiscal.Cell
	for _, c := range printed {
		if a, ok := c.Amount(); ok {
			if a.IsZero() {
				zeros = append(zeros, c)
			} else {
				figs = append(figs, c)
			}
		}
	}
	slices.SortFunc(figs, func(a, b fiscal.Cell) int { return a.OrZero().Cmp(b.OrZero()) })
	columns := []string{"total", "general", "gov-fund", "state-capital"}
	var found map[string]fiscal.Cell
	n := 0
	used := make([]bool, len(columns))
	assign := make([]int, len(figs))
	var rec func(i int)
	rec = func(i int) {
		if i == len(figs) {
			var v [4]int64
			for fi, ci := range assign {
				v[ci] = figs[fi].OrZero().Fen()
			}
			if v[0] != v[1]+v[2]+v[3] {
				return
			}
			for k := range known {
				if known[k] >= 0 && known[k] != v[k+1] {
					return
				}
			}
			cells := map[string]fiscal.Cell{}
			for fi, ci := range assign {
				cells[columns[ci]] = figs[fi]
			}
			if found == nil || !maps.Equal(found, cells) {
				n++
				found = cells
			}
			return
		}
		for ci := range columns {
			if !used[ci] {
				used[ci] = true
				assign[i] = ci
				rec(i + 1)
				used[ci] = false
			}
		}
	}
	rec(0)
	if n != 1 || len(figs) == 0 {
		return nil, false
	}
	for _, z := range zeros {
		for _, c := range columns[1:] {
			if _, ok := found[c]; !ok {
				found[c] = z
				break
			}
		}
	}
	return found, true
}
