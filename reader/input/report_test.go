package input_test

import (
	"os"
	"testing"

	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLooksLikeFiscalReport(t *testing.T) {
	for _, name := range []string{daye, putuo, "shanghai-template-2024.layout.txt", "shanghai-putuo-sfj-2026-budget.layout.txt",
		"shanghai-putuo-sfj-2026-unit-budget.layout.txt", "shanghai-czj-2025-unit-budget.layout.txt", "jiangsu-gaoyuan-2019-budget.layout.txt"} {
		assert.True(t, input.LooksLikeFiscalReport(corpus(t, name)), name)
	}
	licence, err := os.ReadFile("../../LICENSE")
	require.NoError(t, err)
	for _, c := range []struct {
		name string
		text string
		want bool
	}{
		{"the repository's licence", string(licence), false},
		{"Chinese prose", "今天天气很好，我们去公园散步，看到很多人在跑步。", false},
		{"prose on income", "他的收入不高，但生活很快乐，每月花费不到三千元。", false},
		{"random bytes", string(randomBytes(2000, 9)), false},
		{"a one-line summary with money", "2024年度部门决算：本年支出合计6577.03万元。", true},
		{"a table without units but with codes", "预算支出表\n201 一般公共服务支出\n20103 政府办公厅", true},
		{"budget words and no money", "部门预算 收入 支出", false},
	} {
		assert.Equal(t, c.want, input.LooksLikeFiscalReport([]byte(c.text)), c.name)
	}
}

func TestKindOf(t *testing.T) {
	for _, c := range []struct {
		name string
		want input.ReportKind
	}{
		{daye, input.KindFinalAccounts},
		{putuo, input.KindFinalAccounts},
		{"shanghai-template-2024.layout.txt", input.KindFinalAccounts},
		{"shanghai-putuo-sfj-2026-budget.layout.txt", input.KindBudget},
		{"shanghai-putuo-sfj-2026-unit-budget.layout.txt", input.KindBudget},
		{"shanghai-czj-2025-unit-budget.layout.txt", input.KindBudget},
		{"jiangsu-gaoyuan-2019-budget.layout.txt", input.KindBudget},
	} {
		assert.Equal(t, c.want, input.KindOf(corpus(t, c.name)), c.name)
	}
	for _, c := range []struct {
		text string
		want input.ReportKind
	}{
		{"一般公共预算财政拨款支出决算表", input.KindFinalAccounts},
		{"一般公共预算财政拨款基本支出决算（明细）表", input.KindFinalAccounts},
		{"部门收支预算总表", input.KindBudget},
		{"完成年初预算的95%", input.KindUnknown},
		{"收支预算总表 收入支出决算总表", input.KindUnknown},
	} {
		assert.Equal(t, c.want, input.KindOf([]byte(c.text)), c.text)
	}
}
