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

// nationalAppropriationCarry is a national budget's 财政拨款收支总表 and
// 部门收入总表 with a 上年结转 of 财政拨款 money, figures by hand: 本年收入
// 100.00 (一般公共预算拨款), 上年结转 5.00, 收入总计 105.00 = 支出总计 =
// 201 65.00 + 205 40.00. The 收入总表 prints the carry on 201: 201 65.00 =
// 上年结转 5.00 + 一般公共预算拨款收入 60.00; 205 40.00; 合计 105.00 = 5.00 +
// 100.00.
const nationalAppropriationCarry = chengHuaHead + nationalIncomeHeader + `     201   一般公共服务支出          65.00         5.00                  60.00
     205   教育支出                  40.00                               40.00
           合计                     105.00         5.00                 100.00

                                   2024年财政拨款收支总表
                                                                                         单位：万元
收入                                    支出
项目                         预算数     项目                     合计       一般公共预算   政府性基金预算   国有资本经营预算
一、本年收入                   100.00   一、一般公共服务支出        65.00          65.00
（一）一般公共预算拨款         100.00   二、教育支出                40.00          40.00
（二）政府性基金预算拨款
（三）国有资本经营预算拨款
二、上年结转                     5.00
收入总计                       105.00   支出总计                   105.00         105.00
`

// TestNationalAppropriationWithCarryOver: the national 财政拨款收支总表's
// 支出 by 类 spends the year's funds and the 上年结转 it prints under "二、
// 上年结转" (the probe's case 204: compared with the 收入总表's funds alone,
// a false error the size of the carry). Where the 收入总表's 上年结转 (5.00)
// is the 财政拨款's (5.00), its column is added by 类: no error on the
// consistent pair; the carry printed on 205 instead of 201 (each row and
// the 合计 still adding up) makes both 类 differ (201: 60.00 against 65.00,
// 205: 45.00 against 40.00). Where the 收入总表's 上年结转 holds another
// carry as well (8.00: 3.00 of 事业收入 carried over), which 类 the
// 财政拨款's is on is not known: no comparison, the coverage says so.
func TestNationalAppropriationWithCarryOver(t *testing.T) {
	read := func(text string) (errs []string, skipped []string) {
		r, err := parse.Parse([]byte(text))
		require.NoError(t, err)
		for _, f := range r.Check(disclosure.CheckOptions{}) {
			if f.Severity == fiscal.SeverityError && f.Rule != "text.sections" {
				errs = append(errs, f.Rule+" "+f.Where.Row+" "+f.Expected.String())
			}
		}
		for _, s := range r.Coverage.Skipped {
			if strings.HasPrefix(s, "budget.cross.appropriation") && strings.Contains(s, "上年结转") {
				skipped = append(skipped, s)
			}
		}
		return errs, skipped
	}
	errs, skipped := read(nationalAppropriationCarry)
	assert.Empty(t, errs)
	assert.Empty(t, skipped)

	moved := strings.Replace(nationalAppropriationCarry,
		"     201   一般公共服务支出          65.00         5.00                  60.00\n     205   教育支出                  40.00                               40.00",
		"     201   一般公共服务支出          60.00                               60.00\n     205   教育支出                  45.00         5.00                  40.00", 1)
	require.NotEqual(t, nationalAppropriationCarry, moved)
	errs, _ = read(moved)
	assert.ElementsMatch(t, []string{
		"budget.cross.appropriation 支出/201 60.00",
		"budget.cross.appropriation 支出/205 45.00",
	}, errs)

	// 3.00 of 事业收入 carried over on 201 as well: 201 68.00 = 8.00 + 60.00,
	// 合计 108.00 = 8.00 + 100.00.
	other := strings.Replace(nationalAppropriationCarry,
		"     201   一般公共服务支出          65.00         5.00",
		"     201   一般公共服务支出          68.00         8.00", 1)
	other = strings.Replace(other, "           合计                     105.00         5.00", "           合计                     108.00         8.00", 1)
	errs, skipped = read(other)
	assert.Empty(t, errs)
	assert.Len(t, skipped, 1)
}
