package tables

import "github.com/cnfiscal/fiscal/reader/profile"

func testProfiles() []*profile.Table {
	total := profile.NamedRow{Key: "total", Labels: []string{"合计", "总计", "小计"}}
	return []*profile.Table{
		{ID: "income", Key: profile.KeyFunction, Titles: []string{"收入决算表"}, Exclude: []string{"总表"},
			Columns:    []profile.Column{{ID: "total"}, {ID: "appropriation"}, {ID: "superior", Optional: true}, {ID: "business"}, {ID: "operating", Optional: true}, {ID: "affiliated", Optional: true}, {ID: "other"}},
			Identities: []profile.Identity{{Total: "total", Parts: []string{"appropriation", "superior", "business", "operating", "affiliated", "other"}}},
			Named:      []profile.NamedRow{total}},
		{ID: "expenditure", Key: profile.KeyFunction, Titles: []string{"支出决算表"}, Exclude: []string{"三公", "总表", "基本支出", "财政拨款"},
			Columns:    []profile.Column{{ID: "total"}, {ID: "basic"}, {ID: "project"}, {ID: "remitted", Optional: true}, {ID: "operating", Optional: true}, {ID: "subsidiary", Optional: true}},
			Identities: []profile.Identity{{Total: "total", Parts: []string{"basic", "project", "remitted", "operating", "subsidiary"}}},
			Named:      []profile.NamedRow{total}},
		{ID: "general", Key: profile.KeyFunction, Titles: []string{"一般公共预算财政拨款支出决算表"}, Exclude: []string{"基本支出"},
			Columns:    []profile.Column{{ID: "total"}, {ID: "basic"}, {ID: "project"}},
			Identities: []profile.Identity{{Total: "total", Parts: []string{"basic", "project"}}},
			Named:      []profile.NamedRow{total}},
		{ID: "basic", Key: profile.KeyEconomic, Titles: []string{"基本支出决算表", "基本支出决算明细表"},
			Columns: []profile.Column{{ID: "amount"}},
			Named:   []profile.NamedRow{{Key: "personnel", Labels: []string{"人员经费合计", "人员经费"}}, {Key: "public", Labels: []string{"公用经费合计", "公用经费"}}, total}},
	}
}
