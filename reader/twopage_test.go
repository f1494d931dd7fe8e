package reader_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/reader"
)

// The probe's case 199: a 财政拨款收入支出决算总表 in layout text continued on
// a second page, whose page number, title and header are printed again and
// whose columns pdftotext places elsewhere. The header's column names
// (一般公共预算财政拨款 …) were read as the fund rows under 年末结转和结余,
// empty, and the closing balance 5.00 no longer added up (a false
// acc.approp.closing). By hand: the expenditure side prints 201, 208,
// 本年支出合计, 年末结转和结余 and 总计, none of them split into fund rows.
func TestAppropriationSummaryOverTwoPages(t *testing.T) {
	text := `                                 财政拨款收入支出决算总表
                                                                                              单位：万元
            收入                                   支出
            项目                决算数             项目              合计     一般公共预算财政拨款   政府性基金预算财政拨款   国有资本经营预算财政拨款
一、一般公共预算财政拨款          100.00   一、一般公共服务支出        60.00                  60.00
二、政府性基金预算财政拨款                 二、社会保障和就业支出      40.00                  40.00
三、国有资本经营预算财政拨款
本年收入合计                      100.00   本年支出合计               100.00                 100.00
年初财政拨款结转和结余              5.00   年末财政拨款结转和结余       5.00                   5.00
一、一般公共预算财政拨款            5.00

- 3 -
财政拨款收入支出决算总表
                                                                                     单位：万元
            收入                          支出
            项目                决算数    项目     合计     一般公共预算财政拨款   政府性基金预算财政拨款   国有资本经营预算财政拨款
二、政府性基金预算财政拨款
三、国有资本经营预算财政拨款
总计                              105.00   总计    105.00                 105.00
`
	ts, _ := reader.FinalTables(textLines(text))
	tb := ts.Get(accounts.KindAppropriationSummary)
	require.NotNil(t, tb)
	got := map[string]string{}
	for _, r := range tb.Rows {
		if r.Side == accounts.SideExpenditure {
			got[r.Key()] = r.Cells[accounts.ColTotal].Format(fiscal.TableFormat()) + " " + r.Cells[accounts.ColGeneral].Format(fiscal.TableFormat())
		}
	}
	assert.Equal(t, map[string]string{
		"支出/201": "60.00 60.00", "支出/208": "40.00 40.00", "支出/本年支出合计": "100.00 100.00",
		"支出/年末结转和结余": "5.00 5.00", "支出/总计": "105.00 105.00",
	}, got)
}
