package budget_test

import (
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNationalIncomeHierarchy: the national 部门收入总表's hierarchy (类 =
// Σ 款 = Σ 项) is checked in its own columns (上年结转, each fund's 拨款),
// not only in those the general 收入预算总表 shares with it (合计, 事业收入,
// …). Figures by hand: 201 150.00 = 20103 100.00 (2010301 60.00 + 2010302
// 40.00) + 20106 50.00 (2010601 50.00), all 一般公共预算拨款收入. The 款
// 20103's 一般公共预算拨款收入 typed 110.00: its row (合计 100.00 ≠ 110.00),
// the 类 201 (150.00 ≠ 110.00 + 50.00) and the 款 itself (110.00 ≠ 60.00 +
// 40.00) fail, where only the row's was found: one figure, one error at
// it (the 款's own sum; the other two are info, the same defect).
func TestNationalIncomeHierarchy(t *testing.T) {
	const table = chengHuaHead + nationalIncomeHeader + `     201   一般公共服务支出         150.00                           150.00
   20103   政府办公厅（室）及相关机构事务  100.00                  100.00
 2010301   行政运行                  60.00                            60.00
 2010302   一般行政管理事务          40.00                            40.00
   20106   财政事务                  50.00                            50.00
 2010601   行政运行                  50.00                            50.00
           合计                     150.00                           150.00
`
	errs := func(text string) []string {
		r, err := parse.Parse([]byte(text))
		require.NoError(t, err)
		require.Empty(t, r.Coverage.Uncertain)
		var out []string
		for _, f := range r.Check(disclosure.CheckOptions{}) {
			if f.Severity == fiscal.SeverityError && f.Rule != "text.sections" {
				out = append(out, f.Rule+" "+f.Where.Row+" "+f.Where.Column)
			}
		}
		return out
	}
	assert.Empty(t, errs(table))
	wrong := strings.Replace(table, "100.00                  100.00", "100.00                  110.00", 1)
	require.NotEqual(t, table, wrong)
	assert.ElementsMatch(t, []string{
		"budget.hierarchy 20103 一般公共预算",
	}, errs(wrong))
}
