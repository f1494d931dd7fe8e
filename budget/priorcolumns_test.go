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

// TestGeneralFunctionWithPriorYear: a 一般公共预算支出表 printing last
// year's 执行数 before this year's 合计/基本支出/项目支出 and the 增减额 and
// 增减率 after them (the probe's case 208: the 执行数 was read as the 合计,
// every row uncertain, no check). Figures by hand: 201 = 20103 = 2010301
// 60.00 (基本支出 50.00 + 项目支出 10.00) + 2010302 40.00 (项目支出);
// 执行数 90.00 = 54.00 + 36.00; 增减额 = 合计 − 执行数 (10.00 = 6.00 + 4.00),
// 增减率 11.11 in every row (a rate, which does not add up). Read, the table
// is certain and adds up; 2010301's 基本支出 typed 51.00, its row (60.00 ≠
// 51.00 + 10.00) and its 款 (20103 基本支出 50.00 ≠ 51.00) fail, as in the
// table without those columns.
func TestGeneralFunctionWithPriorYear(t *testing.T) {
	const table = `成华区档案局2024年部门预算
第二部分 部门预算表
                              2024年一般公共预算支出表
                                                                                      单位：万元
科目编码   科目名称             2023年执行数   2024年预算数                  2024年预算数比2023年执行数增减
                                                合计   基本支出   项目支出         增减额   增减率（%）
     201   一般公共服务支出            90.00   100.00      50.00      50.00          10.00        11.11
   20103   政府办公厅（室）及相关机构事务  90.00   100.00  50.00      50.00          10.00        11.11
 2010301   行政运行                    54.00    60.00      50.00      10.00           6.00        11.11
 2010302   一般行政管理事务            36.00    40.00       0.00      40.00           4.00        11.11
           合计                        90.00   100.00      50.00      50.00          10.00        11.11
`
	read := func(text string) (uncertain []string, errs []string) {
		r, err := parse.Parse([]byte(text))
		require.NoError(t, err)
		for _, f := range r.Check(disclosure.CheckOptions{}) {
			if f.Severity == fiscal.SeverityError && f.Rule != "text.sections" {
				errs = append(errs, f.Rule+" "+f.Where.Row+" "+f.Where.Column)
			}
		}
		return r.Coverage.Uncertain, errs
	}
	uncertain, errs := read(table)
	assert.Empty(t, uncertain)
	assert.Empty(t, errs)

	wrong := strings.Replace(table, "54.00    60.00      50.00", "54.00    60.00      51.00", 1)
	require.NotEqual(t, table, wrong)
	uncertain, errs = read(wrong)
	assert.Empty(t, uncertain)
	assert.ElementsMatch(t, []string{
		"budget.columns 2010301 合计",
		"budget.hierarchy 20103 基本支出",
	}, errs)
}
