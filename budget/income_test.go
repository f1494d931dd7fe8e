package budget_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/stretchr/testify/assert"
)

// incomeBySource builds a 收入预算总表 of the 12-table layout by hand:
// 收入总计 120.00 = 小计 100.00 (一般公共预算资金: 公共财政拨款 90.00 +
// 专项收入 10.00) + 小计 20.00 (其他资金: 事业收入 15.00 + 其他收入 5.00),
// and a 其中 line under 其他收入 that is not summed. figures replaces the
// figure of a row by its index.
func incomeBySource(figures map[int]string) *budget.Tables {
	rows := []struct{ label, fig string }{
		{"收入总计", "120.00"}, {"小计", "100.00"}, {"公共财政拨款（补助）资金", "90.00"}, {"专项收入", "10.00"},
		{"小计", "20.00"}, {"事业收入", "15.00"}, {"其他收入", "5.00"}, {"其中：动用上年结转和结余资金", "3.00"},
	}
	t := &budget.Table{Kind: budget.KindIncome, Title: "收入预算总表", Unit: fiscal.WanYuan, Decimals: 2}
	for i, r := range rows {
		fig := r.fig
		if f, ok := figures[i]; ok {
			fig = f
		}
		row := budget.Row{Label: r.label, Cells: map[string]fiscal.Cell{budget.ColAmount: fiscal.MustParseCell(fig, fiscal.WanYuan)}}
		if r.label == "收入总计" {
			row.Item = budget.ItemIncomeTotal
		}
		t.Rows = append(t.Rows, row)
	}
	return (&budget.Tables{}).Set(t)
}

func TestIncomeBySource(t *testing.T) {
	errorsOf := func(ts *budget.Tables) []string {
		fs, _ := ts.Check(budget.CheckOptions{})
		var out []string
		for _, f := range fs {
			if f.Severity == fiscal.SeverityError {
				out = append(out, f.Rule+" "+f.Where.Row)
			}
		}
		return out
	}
	assert.Empty(t, errorsOf(incomeBySource(nil)))
	// The 其中 line is part of 其他收入, not a source: any figure passes.
	assert.Empty(t, errorsOf(incomeBySource(map[int]string{7: "4.00"})))
	assert.Equal(t, []string{"budget.income.sources 收入总计"}, errorsOf(incomeBySource(map[int]string{0: "121.00"})))
	assert.Equal(t, []string{"budget.income.sources 小计"}, errorsOf(incomeBySource(map[int]string{3: "11.00"})))
	assert.Equal(t, []string{"budget.income.sources 小计"}, errorsOf(incomeBySource(map[int]string{5: "16.00"})))
	// Both the 小计 and 收入总计 disagree when a 小计 is mistyped.
	assert.ElementsMatch(t, []string{"budget.income.sources 收入总计", "budget.income.sources 小计"},
		errorsOf(incomeBySource(map[int]string{1: "101.00"})))
}
