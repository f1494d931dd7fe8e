package reader

import (
	"regexp"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// SummaryProfiles returns the profiles of the two-sided 决算 tables: the
// 收入支出决算总表 and the 财政拨款收入支出决算总表.
func SummaryProfiles() []*profile.Table {
	one := []profile.Column{{ID: "amount", Headers: []string{"决算数", "金额"}}}
	return []*profile.Table{
		{
			ID: "final.summary", Family: profile.Final, Key: profile.KeyNamed,
			// Several provinces' templates print the title without 总;
			// "拨款" rules out the end of a fund's title wrapped onto a
			// second line ("政府性基金预算财" / "政拨款收入支出决算表"),
			// the income sources a header cell before the 支出决算表's
			// title ("其他收入" / "支出决算表").
			Titles:  []string{"收入支出决算总表", "收入支出决算表"},
			Exclude: []string{"财政拨款", "预算", "拨款", "其他收入", "事业收入", "经营收入", "上缴收入", "补助收入"},
			Sides:   []profile.Side{{ID: "income", Columns: one}, {ID: "expenditure", Columns: one}},
		},
		{
			ID: "final.appropriation-summary", Family: profile.Final, Key: profile.KeyNamed,
			Titles: []string{"财政拨款收入支出决算总表", "财政拨款收入支出决算表"},
			// One fund's 收入支出决算表 is another table.
			Exclude: []string{"预算表", "一般公共预算", "政府性基金", "国有资本"},
			Sides: []profile.Side{
				{ID: "income", Columns: one},
				{ID: "expenditure", Columns: []profile.Column{
					{ID: "total", Headers: []string{"合计", "小计"}},
					{ID: "general", Headers: []string{"一般公共预算财政拨款"}, UsedIf: "一般公共预算财政拨款"},
					{ID: "gov-fund", Headers: []string{"政府性基金预算财政拨款"}, UsedIf: "政府性基金预算财政拨款"},
					{ID: "state-capital", Headers: []string{"国有资本经营预算财政拨款"}, Optional: true, UsedIf: "国有资本经营预算财政拨款"},
				}, Identities: []profile.Identity{{Total: "total", Parts: []string{"general", "gov-fund", "state-capital"}}}},
			},
		},
	}
}

var reTrailingParen = regexp.MustCompile(`[（(][^（()）]*[）)]\s*$`)

// labeler identifies the labels of the two-sided tables: named rows
// through accounts.ItemOfName, expenditure 类 rows through the catalog.
type labeler struct {
	fn    *classify.Catalog[classify.FunctionKind]
	cache map[labelKey]labelled // labels already identified, for this reading
}

type labelKey struct{ profile, label string }

type labelled struct {
	code, named string
	sides       []string
}

func (lb labeler) label(p *profile.Table, label string) (code, named string, sides []string) {
	k := labelKey{p.ID, label}
	if v, ok := lb.cache[k]; ok {
		return v.code, v.named, v.sides
	}
	code, named, sides = lb.identify(p, label)
	if lb.cache != nil {
		lb.cache[k] = labelled{code, named, sides}
	}
	return code, named, sides
}

func (lb labeler) identify(p *profile.Table, label string) (code, named string, sides []string) {
	k := finalKinds[p.ID]
	it, ok := accounts.ItemOfName(k, label)
	if !ok {
		if t := reTrailingParen.ReplaceAllString(label, ""); t != label && t != "" {
			it, ok = accounts.ItemOfName(k, t)
		}
	}
	if ok {
		switch it {
		case accounts.ItemGrandTotal:
			return "", it.Name(), []string{"income", "expenditure"}
		case accounts.ItemExpenditureTotal, accounts.ItemSurplusDistribution, accounts.ItemClosing:
			return "", it.Name(), []string{"expenditure"}
		case accounts.ItemTotal, accounts.ItemPersonnelTotal, accounts.ItemPublicTotal:
			return "", "", nil
		case accounts.ItemGeneral, accounts.ItemGovFund, accounts.ItemStateCapital:
			// Under 年初 (income) or 年末 (expenditure) 结转和结余, or the
			// income rows of the 财政拨款总表.
			return "", it.Name(), []string{"income", "expenditure"}
		}
		return "", it.Name(), []string{"income"}
	}
	if lb.fn != nil {
		for _, e := range lb.fn.FindByName(tables.StripNumbering(label)) {
			if e.Code.Level() == classify.Class {
				return e.Code.String(), "", []string{"expenditure"}
			}
		}
	}
	return "", "", nil
}

// summaryTable converts a two-sided grid to an accounts.Table.
func summaryTable(g *profile.Grid) (*accounts.Table, bool) {
	k, ok := finalKinds[g.Profile.ID]
	if !ok {
		return nil, false
	}
	t := accounts.NewTable(k)
	t.Title, t.Number, t.Unit, t.EmptyStatement = g.Title, g.Number, unitOrDefault(g.Unit), g.Empty
	if g.DecimalsKnown {
		t.Decimals = g.Decimals
	}
	under := map[accounts.Side]accounts.Item{}
	for _, r := range g.Rows {
		row := accounts.Row{Name: r.Label, Line: r.Line}
		switch r.Side {
		case "income":
			row.Side = accounts.SideIncome
		case "expenditure":
			row.Side = accounts.SideExpenditure
		}
		if r.Code != "" {
			c, err := classify.ParseFunction(r.Code)
			if err != nil {
				continue
			}
			row.Function = c
		} else {
			it, ok := accounts.ItemOfName(k, r.Named)
			if !ok {
				continue
			}
			switch it {
			case accounts.ItemOpening, accounts.ItemClosing:
				under[row.Side] = it
			case accounts.ItemGeneral, accounts.ItemGovFund, accounts.ItemStateCapital:
				if u := under[row.Side]; u != 0 {
					row.Under = u
				} else if row.Side == accounts.SideExpenditure {
					continue
				}
			}
			row.Item = it
		}
		for id, cell := range r.Cells {
			col := finalColumns[id]
			if id == "amount" {
				col = accounts.ColAmount
			}
			if col != 0 {
				row.Cells[col] = cell
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t, true
}

// incomeEvidence turns the 总表's income rows into the 收入决算表's total
// row: the figures each column of the 收入决算表 must show.
func incomeEvidence(summary *profile.Grid, income *profile.Table) profile.Grid {
	get := func(name string) fiscal.Cell {
		for _, r := range summary.Rows {
			if r.Side == "income" && r.Named == name {
				return r.Cells["amount"]
			}
		}
		return fiscal.Cell{}
	}
	cells := map[string]fiscal.Cell{"total": get(accounts.ItemIncomeTotal.Name())}
	var approp fiscal.Amount
	any := false
	for _, it := range []accounts.Item{accounts.ItemGeneralIncome, accounts.ItemGovFundIncome, accounts.ItemStateCapitalIncome} {
		if a, ok := get(it.Name()).Amount(); ok {
			approp, _ = approp.Add(a)
			any = true
		}
	}
	if any {
		cells["appropriation"] = fiscal.Present(approp)
	}
	for id, it := range map[string]accounts.Item{"superior": accounts.ItemSuperiorIncome, "business": accounts.ItemBusinessIncome,
		"operating": accounts.ItemOperatingIncome, "affiliated": accounts.ItemAffiliatedIncome, "other": accounts.ItemOtherIncome} {
		cells[id] = get(it.Name())
	}
	return profile.Grid{Profile: &profile.Table{ID: "evidence.summary-income"}, Rows: []profile.Row{{Named: "total", Cells: cells}}}
}

// fundEvidence gives the total row of a fund's table (政府性基金 or 国有资本
// 经营: 年初结转和结余, 本年收入, 本年支出, 年末结转和结余) from the
// 财政拨款收入支出决算总表, which prints the same money: the fund's income
// line, its lines under 年初 and 年末 财政拨款结转和结余, and its column of
// 本年支出合计 — each only where that row was read with certainty. The
// evidence only chooses among the assignments a row's identities allow.
func fundEvidence(ap *tables.Table, fund string) profile.Grid {
	out := profile.Grid{Profile: &profile.Table{ID: "evidence.appropriation-" + fund}}
	if ap == nil || ap.Reason != "" {
		return out
	}
	t, ok := summaryTable(&ap.Grid)
	if !ok {
		return out
	}
	certain := map[int]bool{} // lines of rows read with certainty
	for _, r := range ap.Rows {
		if !r.Ambiguous {
			certain[r.Line] = true
		}
	}
	var income, item accounts.Item
	var col accounts.Column
	switch fund {
	case "gov-fund":
		income, item, col = accounts.ItemGovFundIncome, accounts.ItemGovFund, accounts.ColGovFund
	case "state-capital":
		income, item, col = accounts.ItemStateCapitalIncome, accounts.ItemStateCapital, accounts.ColStateCapital
	default:
		return out
	}
	cells := map[string]fiscal.Cell{}
	put := func(id string, r *accounts.Row, ok bool, c accounts.Column) {
		if ok && certain[r.Line] {
			if v := r.Cell(c); !v.IsAbsent() {
				cells[id] = v
			}
		}
	}
	// The fund's income line: "二、政府性基金预算财政拨款" in this table,
	// "…收入" where a report words it as the 总表 does.
	r, ok := t.Named(accounts.SideIncome, item)
	if !ok {
		r, ok = t.Named(accounts.SideIncome, income)
	}
	put("income", r, ok, accounts.ColAmount)
	r, ok = t.Sub(accounts.SideIncome, accounts.ItemOpening, item)
	put("opening", r, ok, accounts.ColAmount)
	r, ok = t.Sub(accounts.SideExpenditure, accounts.ItemClosing, item)
	put("closing", r, ok, accounts.ColTotal)
	r, ok = t.Named(accounts.SideExpenditure, accounts.ItemExpenditureTotal)
	put("expenditure", r, ok, col)
	if len(cells) > 0 {
		out.Rows = []profile.Row{{Named: "total", Cells: cells}}
	}
	return out
}
