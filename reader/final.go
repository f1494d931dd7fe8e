package reader

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// Column IDs of the 决算 profiles, each the accounts column it fills.
var finalColumns = map[string]accounts.Column{
	"amount":        accounts.ColAmount,
	"total":         accounts.ColTotal,
	"appropriation": accounts.ColAppropriation,
	"superior":      accounts.ColSuperior,
	"business":      accounts.ColBusiness,
	"operating":     accounts.ColOperating,
	"affiliated":    accounts.ColAffiliated,
	"other":         accounts.ColOtherIncome,
	"basic":         accounts.ColBasic,
	"project":       accounts.ColProject,
	"remitted":      accounts.ColRemitted,
	"operating-exp": accounts.ColOperatingExp,
	"subsidiary":    accounts.ColSubsidiary,
	"general":       accounts.ColGeneral,
	"gov-fund":      accounts.ColGovFund,
	"state-capital": accounts.ColStateCapital,
	"opening":       accounts.ColOpening,
	"income":        accounts.ColIncome,
	"expenditure":   accounts.ColExpenditure,
	"closing":       accounts.ColClosing,
}

var totalRow = profile.NamedRow{Key: "total", Labels: []string{"合计", "总计", "小计"}}

// FinalProfiles returns the profiles of the 决算 tables with coded rows:
// 收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表, 基本支出决算表,
// 政府性基金 and 国有资本经营 tables. Titles and headers cover the national
// (Shanghai) and Hubei (公开01–09) families and the 2025 11-table sets.
func FinalProfiles() []*profile.Table {
	fund := []profile.Column{
		{ID: "opening", Headers: []string{"年初结转和结余"}},
		{ID: "income", Headers: []string{"本年收入"}},
		{ID: "expenditure", Headers: []string{"本年支出", "小计", "合计"}},
		{ID: "basic", Headers: []string{"基本支出"}},
		{ID: "project", Headers: []string{"项目支出"}},
		{ID: "closing", Headers: []string{"年末结转和结余"}},
	}
	fundIDs := []profile.Identity{
		{Total: "expenditure", Parts: []string{"basic", "project"}},
		{Total: "closing", Parts: []string{"opening", "income"}, Minus: []string{"expenditure"}},
	}
	return []*profile.Table{
		{
			ID: "final.income", Family: profile.Final, Key: profile.KeyFunction,
			// "收入决算总表" in some provinces (Shaanxi); the two 收入支出
			// summaries are other tables.
			Titles:  []string{"收入决算表", "收入决算总表"},
			Exclude: []string{"预算", "收入支出"},
			Columns: []profile.Column{
				{ID: "total", Headers: []string{"本年收入合计", "合计"}},
				{ID: "appropriation", Headers: []string{"财政拨款收入"}},
				{ID: "superior", Headers: []string{"上级补助收入"}, Optional: true},
				{ID: "business", Headers: []string{"事业收入"}},
				{ID: "operating", Headers: []string{"经营收入"}, Optional: true},
				{ID: "affiliated", Headers: []string{"附属单位上缴收入"}, Optional: true},
				{ID: "other", Headers: []string{"其他收入"}},
			},
			Identities: []profile.Identity{{Total: "total", Parts: []string{"appropriation", "superior", "business", "operating", "affiliated", "other"}}},
			Named:      []profile.NamedRow{totalRow},
			Evidence:   []string{"evidence.summary-income"},
		},
		{
			ID: "final.expenditure", Family: profile.Final, Key: profile.KeyFunction,
			Titles:  []string{"支出决算表", "支出决算总表"},
			Exclude: []string{"三公", "项目支出决算", "预算", "收入支出", "基本支出", "财政拨款"},
			Columns: []profile.Column{
				{ID: "total", Headers: []string{"本年支出合计", "合计"}},
				{ID: "basic", Headers: []string{"基本支出"}},
				{ID: "project", Headers: []string{"项目支出"}},
				{ID: "remitted", Headers: []string{"上缴上级支出"}, Optional: true},
				{ID: "operating-exp", Headers: []string{"经营支出"}, Optional: true},
				{ID: "subsidiary", Headers: []string{"对附属单位补助支出"}, Optional: true},
			},
			Identities: []profile.Identity{{Total: "total", Parts: []string{"basic", "project", "remitted", "operating-exp", "subsidiary"}}},
			Named:      []profile.NamedRow{totalRow},
			Evidence:   []string{"final.general-budget", "final.gov-fund", "final.state-capital"},
		},
		{
			ID: "final.general-budget", Family: profile.Final, Key: profile.KeyFunction,
			Titles:  []string{"一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算明细表"},
			Exclude: []string{"基本支出", "三公"},
			Columns: []profile.Column{
				{ID: "total", Headers: []string{"合计", "小计"}},
				{ID: "basic", Headers: []string{"基本支出"}},
				{ID: "project", Headers: []string{"项目支出"}},
			},
			Identities: []profile.Identity{{Total: "total", Parts: []string{"basic", "project"}}},
			Named:      []profile.NamedRow{totalRow},
			Evidence:   []string{"final.expenditure"},
		},
		{
			ID: "final.basic-expenditure", Family: profile.Final, Key: profile.KeyEconomic,
			Titles:  []string{"一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算明细表", "基本支出决算表", "基本支出决算明细表"},
			Exclude: []string{"预算表"},
			Columns: []profile.Column{{ID: "amount", Headers: []string{"决算数", "金额"}}},
			Named: []profile.NamedRow{
				{Key: "personnel", Labels: []string{"人员经费合计", "人员经费"}},
				{Key: "public", Labels: []string{"公用经费合计", "公用经费"}},
				totalRow,
			},
		},
		{
			ID: "final.gov-fund", Family: profile.Final, Key: profile.KeyFunction,
			Titles:     []string{"政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款支出决算表"},
			Columns:    fund,
			Identities: fundIDs,
			Named:      []profile.NamedRow{totalRow},
			Evidence:   []string{"final.expenditure", "evidence.appropriation-gov-fund"},
		},
		{
			ID: "final.state-capital", Family: profile.Final, Key: profile.KeyFunction,
			Titles:     []string{"国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表"},
			Columns:    fund,
			Identities: fundIDs,
			Named:      []profile.NamedRow{totalRow},
			Evidence:   []string{"final.expenditure", "evidence.appropriation-state-capital"},
		},
	}
}

// finalKinds maps the 决算 profiles to the accounts tables they fill.
var finalKinds = map[string]accounts.TableKind{
	"final.summary":               accounts.KindSummary,
	"final.income":                accounts.KindIncome,
	"final.expenditure":           accounts.KindExpenditure,
	"final.appropriation-summary": accounts.KindAppropriationSummary,
	"final.general-budget":        accounts.KindGeneralBudget,
	"final.basic-expenditure":     accounts.KindBasicExpenditure,
	"final.gov-fund":              accounts.KindGovFund,
	"final.state-capital":         accounts.KindStateCapital,
}

// accountsTable converts a grid of coded rows to an accounts.Table.
func accountsTable(g *profile.Grid) (*accounts.Table, bool) {
	k, ok := finalKinds[g.Profile.ID]
	if !ok {
		return nil, false
	}
	t := accounts.NewTable(k)
	t.Title = g.Title
	t.Number = g.Number
	t.Unit = g.Unit
	if g.DecimalsKnown {
		t.Decimals = g.Decimals
	}
	t.EmptyStatement = g.Empty
	for _, r := range g.Rows {
		row := accounts.Row{Name: r.Label, Line: r.Line}
		switch {
		case r.Named == "total":
			row.Item = accounts.ItemTotal
		case r.Named == "personnel":
			row.Item = accounts.ItemPersonnelTotal
		case r.Named == "public":
			row.Item = accounts.ItemPublicTotal
		case g.Profile.Key == profile.KeyFunction:
			if c, err := classify.ParseFunction(r.Code); err == nil {
				row.Function = c
			} else {
				row.Code = r.Code
			}
		case g.Profile.Key == profile.KeyEconomic:
			if c, err := classify.ParseEconomic(r.Code); err == nil {
				row.Economic = c
			} else {
				row.Code = r.Code
			}
		}
		for id, cell := range r.Cells {
			if col, ok := finalColumns[id]; ok {
				row.Cells[col] = cell
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t, true
}

// unitOrDefault returns u, or 万元 when u is unset.
func unitOrDefault(u fiscal.Unit) fiscal.Unit {
	if u.Valid() {
		return u
	}
	return fiscal.WanYuan
}

// FinalKind returns the accounts table a 决算 profile fills.
func FinalKind(profileID string) (accounts.TableKind, bool) {
	k, ok := finalKinds[profileID]
	return k, ok
}
