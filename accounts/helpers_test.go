package accounts_test

import (
	"slices"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
)

// w is a printed 万元 cell; "" is blank.
func w(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }

// check runs every rule on the given tables.
func check(ts ...*accounts.Table) []fiscal.Finding {
	all := &accounts.Tables{}
	for _, t := range ts {
		all.Set(t)
	}
	return all.Check(accounts.CheckOptions{})
}

// ruleIDs lists the distinct rule IDs of the findings, sorted.
func ruleIDs(fs []fiscal.Finding) []string {
	var ids []string
	for _, f := range fs {
		if !slices.Contains(ids, f.Rule) {
			ids = append(ids, f.Rule)
		}
	}
	slices.Sort(ids)
	return ids
}

// only returns the findings of one rule.
func only(fs []fiscal.Finding, rule string) []fiscal.Finding {
	var out []fiscal.Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

func table(k accounts.TableKind, rows ...accounts.Row) *accounts.Table {
	t := accounts.NewTable(k)
	t.Rows = rows
	return t
}
