package profile_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// A profile describes a table as data: its title variants, its columns
// with their header variants, how its rows are keyed, and the identities
// that bind its columns. The reader finds the table by MatchTitle on a
// normalised title line and fills the columns by their IDs.
func Example() {
	t := &profile.Table{
		ID:     "example.expenditure",
		Family: profile.Final,
		Titles: []string{"支出决算表", "部门支出决算表"},
		Key:    profile.KeyFunction,
		Columns: []profile.Column{
			{ID: "total", Headers: []string{"本年支出合计", "合计"}},
			{ID: "basic", Headers: []string{"基本支出"}},
			{ID: "project", Headers: []string{"项目支出"}},
		},
		Identities: []profile.Identity{{Total: "total", Parts: []string{"basic", "project"}}},
		Unit:       fiscal.WanYuan,
	}
	fmt.Println(t.Family, t.MatchTitle("2024年度部门支出决算表"), t.MatchTitle("收入决算表"))
	fmt.Println("项目支出 is column", t.Column("project"), "of", len(t.Columns))
	// Output:
	// 决算 true false
	// 项目支出 is column 2 of 3
}
