package budget_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func profileOf(t *testing.T, id string) *profile.Table {
	for _, p := range budget.Profiles() {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("no profile %s", id)
	return nil
}

// TestProfilesMatchCorpusTitles: each title printed in the corpus budgets
// (normalised: spaces removed) matches exactly one profile, of the right
// kind.
func TestProfilesMatchCorpusTitles(t *testing.T) {
	titles := map[string]budget.TableKind{
		"2026年部门财务收支预算总表":              budget.KindSummary,
		"2025年预算单位财务收支预算总表":            budget.KindSummary,
		"收支预算总表":                       budget.KindSummary,
		"2026年部门收入预算总表":                budget.KindIncome,
		"2026年部门支出预算总表":                budget.KindExpenditure,
		"2026年部门财政拨款收支预算总表":            budget.KindAppropriationSummary,
		"2026年部门一般公共预算支出功能分类预算表":       budget.KindGeneralFunction,
		"一般公共预算支出预算表（功能科目）":            budget.KindGeneralFunction,
		"2026年部门政府性基金预算支出功能分类预算表":      budget.KindFundFunction,
		"政府性基金预算财政拨款支出预算表":             budget.KindFundFunction,
		"2026年部门国有资本经营预算支出功能分类预算表":     budget.KindCapitalFunction,
		"2026年部门一般公共预算基本支出部门预算经济分类预算表": budget.KindGeneralBasic,
		"一般公共预算基本支出预算表（经济科目）":          budget.KindGeneralBasic,
		"2026年部门“三公”经费和机关运行经费预算表":      budget.KindThreePublic,
		"“三公”经费、会议费、培训费支出预算表":          budget.KindThreePublic,
		"财政拨款支出预算表（功能科目）":              budget.KindAppropriationFunction,
		"财政拨款基本支出预算表（经济科目）":            budget.KindAppropriationBasic,
		"一般公共预算机关运行经费支出预算表":            budget.KindRunningCosts,
		"政府采购支出预算表":                    budget.KindProcurement,
	}
	for title, want := range titles {
		var got []string
		for _, p := range budget.Profiles() {
			if p.MatchTitle(title) {
				got = append(got, p.ID)
			}
		}
		require.Len(t, got, 1, "%s: %v", title, got)
		k, err := budget.ParseKind(got[0])
		require.NoError(t, err)
		assert.Equal(t, want, k, title)
	}
}

// TestFromGrids: grids as the reader hands them over (a few rows of the
// Putuo 2026 tables, by hand) become the model; rows that cannot be placed
// are kept and reported.
func TestFromGrids(t *testing.T) {
	y := func(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.Yuan) }
	grids := []profile.Grid{
		{Profile: profileOf(t, "budget.summary"), Title: "2026年部门财务收支预算总表", Unit: fiscal.Yuan, Rows: []profile.Row{
			{Label: "一、财政拨款收入", Cells: map[string]fiscal.Cell{"income": y("96,282,213.44")}, Line: 10},
			{Label: "一、公共安全支出", Cells: map[string]fiscal.Cell{"expenditure": y("87,267,272.44")}, Line: 10},
			{Label: "1. 一般公共预算", Cells: map[string]fiscal.Cell{"income": y("96,282,213.44")}, Line: 11},
			{Label: "二、社会保障和就业支出", Cells: map[string]fiscal.Cell{"expenditure": y("9,014,941.00")}, Line: 11},
			{Label: "收入总计", Cells: map[string]fiscal.Cell{"income": y("96,282,213.44")}, Line: 20},
			{Label: "支出总计", Cells: map[string]fiscal.Cell{"expenditure": y("96,282,213.44")}, Line: 20},
			{Label: "某某收入", Cells: map[string]fiscal.Cell{"income": y("1.00"), "expenditure": y("2.00")}, Line: 21},
		}},
		{Profile: profileOf(t, "budget.general-function"), Title: "一般公共预算支出功能分类预算表", Unit: fiscal.Yuan, Rows: []profile.Row{
			{Code: "2040601", Label: "行政运行", Cells: map[string]fiscal.Cell{"total": y("16726725.44"), "basic": y("16726725.44"), "project": y("0.00")}},
			{Code: "20X", Label: "坏代码", Cells: map[string]fiscal.Cell{"total": y("1.00")}},
			{Label: "合计", Cells: map[string]fiscal.Cell{"total": y("16726725.44"), "basic": y("16726725.44"), "project": y("0.00")}},
		}},
		{Profile: &profile.Table{ID: "final.summary", Family: profile.Final}, Title: "收入支出决算总表"},
	}
	ts, fs := budget.FromGrids(grids)
	s := ts.Get(budget.KindSummary)
	require.NotNil(t, s)
	require.Len(t, s.Rows, 7, "no row dropped")
	assert.Equal(t, budget.ItemAppropriation, s.Rows[0].Item)
	assert.Equal(t, budget.SideIncome, s.Rows[0].Side)
	assert.Equal(t, "204", s.Rows[1].Function.String())
	assert.Equal(t, budget.ItemGeneral, s.Rows[2].Item)
	assert.Equal(t, "208", s.Rows[3].Function.String())
	assert.True(t, s.Rows[6].Ambiguous)
	assert.Equal(t, 2, s.Decimals)

	g := ts.Get(budget.KindGeneralFunction)
	require.NotNil(t, g)
	require.Len(t, g.Rows, 3)
	assert.Equal(t, "20X", g.Rows[1].Code)
	assert.Equal(t, budget.ItemGrandTotal, g.Rows[2].Item)

	assert.ElementsMatch(t, []string{"budget.parse.row", "budget.parse.code", "budget.parse.table"}, ruleIDs(fs))
	checked, _ := ts.Check(budget.CheckOptions{})
	assert.False(t, fiscal.HasErrors(checked), "%v", checked)
}
