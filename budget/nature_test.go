package budget_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNatureSettlesBasicRows: a 基本支出 row printing 合计 and one part,
// the other blank, fits 人员经费 and 公用经费 alike by the sums; its 经济分类
// 类 decides (301 and 303 人员经费, 302 and 310 公用经费) when the 合计 row
// then equals the 类 rows' sum in both columns, and not otherwise.
func TestNatureSettlesBasicRows(t *testing.T) {
	p := profileOf(t, "budget."+budget.KindGeneralBasic.String())
	cell := func(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.Yuan) }
	// Each ambiguous part was read in the wrong column (as the reader's
	// first candidate may put it).
	row := func(code, col, v string) profile.Row {
		return profile.Row{Code: code, Cells: map[string]fiscal.Cell{budget.ColTotal: cell(v), col: cell(v)}, Ambiguous: true}
	}
	grid := func(totalPersonnel string) profile.Grid {
		return profile.Grid{Profile: p, Title: "基本支出", Unit: fiscal.Yuan, Rows: []profile.Row{
			row("301", budget.ColPublic, "100"),
			row("30101", budget.ColPublic, "100"),
			row("302", budget.ColPersonnel, "30"),
			row("30201", budget.ColPersonnel, "30"),
			row("303", budget.ColPublic, "7"),
			row("310", budget.ColPersonnel, "5"),
			{Named: "total", Label: "合计", Cells: map[string]fiscal.Cell{
				budget.ColTotal: cell("142"), budget.ColPersonnel: cell(totalPersonnel), budget.ColPublic: cell("35")}},
		}}
	}
	ts, _ := budget.FromGrids([]profile.Grid{grid("107")})
	tb := ts.Get(budget.KindGeneralBasic)
	require.NotNil(t, tb)
	want := map[string]string{"301": budget.ColPersonnel, "30101": budget.ColPersonnel, "302": budget.ColPublic,
		"30201": budget.ColPublic, "303": budget.ColPersonnel, "310": budget.ColPublic}
	for _, r := range tb.Rows {
		if col, ok := want[r.Key()]; ok {
			assert.False(t, r.Ambiguous, r.Key())
			assert.False(t, r.Cell(col).IsAbsent(), "%s %s", r.Key(), col)
			assert.Len(t, r.Cells, 2, r.Key())
		}
	}
	// A 合计 whose 人员经费 is not the 类 rows' sum (107) beyond rounding: the rows stay
	// as read, ambiguous.
	ts, _ = budget.FromGrids([]profile.Grid{grid("120")})
	for _, r := range ts.Get(budget.KindGeneralBasic).Rows {
		if _, ok := want[r.Key()]; ok {
			assert.True(t, r.Ambiguous, r.Key())
		}
	}
}
