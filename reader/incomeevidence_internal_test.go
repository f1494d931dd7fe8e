package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// TestIncomeEvidenceFromCertainRows: the 总表's income rows tell the
// 收入决算表's 合计 row which column each figure is in, but only those read
// with certainty. A figure the reader placed by guess (the probe's case
// 189: pdfplumber text, the 财政拨款收入's wrapped label unjoined, its
// 8413.95 given to 上级补助收入) is no evidence: it put the 收入决算表's
// 财政拨款收入 under 上级补助收入, and the 情况说明's 财政拨款收入 was a
// false error.
func TestIncomeEvidenceFromCertainRows(t *testing.T) {
	amount := func(s string) map[string]fiscal.Cell {
		return map[string]fiscal.Cell{"amount": fiscal.Present(fiscal.MustParseAmount(s, fiscal.WanYuan))}
	}
	summary := &profile.Grid{Rows: []profile.Row{
		{Side: "income", Named: accounts.ItemSuperiorIncome.Name(), Cells: amount("8413.95"), Ambiguous: true},
		{Side: "income", Named: accounts.ItemBusinessIncome.Name(), Cells: amount("34.91")},
		{Side: "income", Named: accounts.ItemIncomeTotal.Name(), Cells: amount("8485.60")},
	}}
	g := incomeEvidence(summary, nil)
	cells := g.Rows[0].Cells
	assert.True(t, cells["superior"].IsAbsent())
	for col, want := range map[string]string{"business": "34.91", "total": "8485.60"} {
		got, ok := cells[col].Amount()
		assert.True(t, ok, col)
		assert.Equal(t, fiscal.MustParseAmount(want, fiscal.WanYuan), got, col)
	}
}
