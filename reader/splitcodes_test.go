package reader_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/reader"
)

// The probe's case 206: a workbook printing 类, 款 and 项 in columns of
// their own, stored as numbers (款 "03" kept as 3, 项 "01" as 1). Every 款
// and 项 row was read under its 类 (201), ambiguous. By hand: 201 = 20103 =
// 2010301 + 2010350 (100.00 + 20.00 = 120.00), each row 合计 = 基本支出.
func TestSplitCodesStoredAsNumbers(t *testing.T) {
	lines := cellLines(
		[]string{"一般公共预算财政拨款支出决算表"},
		[]string{"单位：万元"},
		[]string{"类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"},
		[]string{"", "", "", "合计", "120.00", "120.00", ""},
		[]string{"201", "", "", "一般公共服务支出", "120.00", "120.00", ""},
		[]string{"201", "3", "", "政府办公厅（室）及相关机构事务", "120.00", "120.00", ""},
		[]string{"201", "3", "1", "行政运行", "100.00", "100.00", ""},
		[]string{"201", "3", "50", "事业运行", "20.00", "20.00", ""},
	)
	ts, cov := reader.FinalTables(lines)
	tb := ts.Get(accounts.KindGeneralBudget)
	require.NotNil(t, tb)
	got := map[string]string{}
	for _, r := range tb.Rows {
		if r.Function.Valid() {
			got[r.Function.String()] = r.Cells[accounts.ColTotal].Format(fiscal.TableFormat())
		}
	}
	assert.Equal(t, map[string]string{"201": "120.00", "20103": "120.00", "2010301": "100.00", "2010350": "20.00"}, got)
	for _, c := range cov {
		if c.Profile == "final.general-budget" {
			assert.Zero(t, c.Ambiguous)
		}
	}
}
