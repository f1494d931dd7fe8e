package accounts

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKindOfTitle: titles as printed by other provinces name the tables;
// titles of other tables that hold a table's title behind a narrowing word
// (机关运行经费, 项目, 会议费, 政府采购) name none.
func TestKindOfTitle(t *testing.T) {
	for title, want := range map[string]TableKind{
		"收入支出决算总表":            KindSummary,
		"表三 支出决算表":            KindExpenditure,
		"某某局2024年度支出决算表":      KindExpenditure,
		"收入决算表":               KindIncome,
		"一般公共预算财政拨款支出决算表":     KindGeneralBudget,
		"一般公共预算财政拨款基本支出决算明细表": KindBasicExpenditure,
		"财政拨款收入支出决算总表":        KindAppropriationSummary,
		"政府性基金预算财政拨款收入支出决算表":  KindGovFund,
		"机关运行经费支出决算表":         0,
		"一般公共预算财政拨款项目支出决算表":   0,
		"会议费、培训费支出决算表":        0,
		"政府采购支出决算表":           0,
		"财政拨款“三公”经费支出决算表":     0,
	} {
		k, ok := KindOfTitle(title)
		assert.Equal(t, want, k, title)
		assert.Equal(t, want != 0, ok, title)
	}
}
