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

// TestGeneralFunctionWithPriorYear: a 一般公共预算支出表 given with its
// cells, printing last year's 执行数 before this year's 合计/基本支出/项目支出
// and the 增减额 and 增减率 after them (the probe's case 208: the 增减率
// under a header naming no column left every row uncertain, no check).
// Figures by hand: 201 = 20103 = 2010301 60.00 (基本支出 50.00 + 项目支出
// 10.00) + 2010302 40.00 (项目支出); 执行数 90.00 = 54.00 + 36.00; 增减额 =
// 合计 − 执行数 (10.00 = 6.00 + 4.00), 增减率 11.11 in every row (a rate,
// which does not add up). Read, the table is certain and adds up;
// 2010301's 基本支出 typed 51.00, its row (60.00 ≠ 51.00 + 10.00) and its
// 款 (20103 基本支出 50.00 ≠ 51.00) fail, as in the table without those
// columns.
func TestGeneralFunctionWithPriorYear(t *testing.T) {
	row := func(code, name, prior, total, basic, project, change string) string {
		return "<tr><td>" + code + "</td><td>" + name + "</td><td>" + prior + "</td><td>" + total + "</td><td>" + basic +
			"</td><td>" + project + "</td><td>" + change + "</td><td>11.11</td></tr>\n"
	}
	table := `<html><head><meta charset="utf-8"><title>成华区档案局</title></head><body>
<h1>成华区档案局 2024年部门预算</h1>
<h2>第二部分 2024年部门预算表</h2>
<h3>2024年一般公共预算支出表</h3><p>单位：万元</p><table border="1">
<tr><th>科目编码</th><th>科目名称</th><th>2023年执行数</th><th>2024年预算数</th><th></th><th></th><th>2024年预算数比2023年执行数增减</th><th></th></tr>
<tr><th></th><th></th><th></th><th>合计</th><th>基本支出</th><th>项目支出</th><th>增减额</th><th>增减率（%）</th></tr>
` + row("201", "一般公共服务支出", "90.00", "100.00", "50.00", "50.00", "10.00") +
		row("20103", "政府办公厅（室）及相关机构事务", "90.00", "100.00", "50.00", "50.00", "10.00") +
		row("2010301", "行政运行", "54.00", "60.00", "50.00", "10.00", "6.00") +
		row("2010302", "一般行政管理事务", "36.00", "40.00", "0.00", "40.00", "4.00") +
		row("合计", "", "90.00", "100.00", "50.00", "50.00", "10.00") + "</table></body></html>\n"
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

	wrong := strings.Replace(table, "<td>54.00</td><td>60.00</td><td>50.00</td>", "<td>54.00</td><td>60.00</td><td>51.00</td>", 1)
	require.NotEqual(t, table, wrong)
	uncertain, errs = read(wrong)
	assert.Empty(t, uncertain)
	assert.ElementsMatch(t, []string{
		"budget.columns 2010301 合计",
		"budget.hierarchy 20103 基本支出",
	}, errs)
}
