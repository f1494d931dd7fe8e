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

// nationalIncomePair is a national template's 部门收支总表 and 部门收入总表,
// figures by hand: 本年收入合计 110.00 (一般公共预算拨款收入 100.00 + 事业收入
// 10.00), 上年结转 5.00, 收入总计 115.00; the 收入总表 prints the 上年结转
// as a source, so its 合计 is 115.00 = 5.00 + 100.00 + 10.00.
const nationalIncomePair = `成华区档案局2024年部门预算
第二部分 部门预算表
                               2024年部门收支总表
                                                                        单位：万元
            收入                                    支出
            项目                预算数              项目             预算数
一、一般公共预算拨款收入          100.00   一、一般公共服务支出        115.00
二、政府性基金预算拨款收入
三、国有资本经营预算拨款收入
四、事业收入                       10.00
五、事业单位经营收入
六、其他收入
本年收入合计                      110.00   本年支出合计                115.00
上年结转                            5.00   年终结转结余
收入总计                          115.00   支出总计                    115.00

                                      2024年部门收入总表
                                                                                                   单位：万元
科目编码   科目名称                   合计     上年结转   一般公共预算拨款收入   政府性基金预算拨款收入   事业收入   事业单位经营收入   其他收入
     201   一般公共服务支出         115.00         5.00                 100.00                               10.00
   20103   政府办公厅（室）及相关机构事务  115.00   5.00                 100.00                               10.00
 2010301   行政运行                 115.00         5.00                 100.00                               10.00
           合计                     115.00         5.00                 100.00                               10.00
`

// TestNationalIncomeTotalHoldsCarryOver: the national 部门收入总表's 合计
// holds the 上年结转, so it is the 部门收支总表's 收入总计, not its 本年收入合计
// (the probe's case 193: a false error of the carry-over's size), and its
// 上年结转 is the summary's. Its 上年结转 typed 6.00 in every row (合计
// 116.00, the table adding up in itself): both comparisons fail, against
// 115.00 and 5.00.
func TestNationalIncomeTotalHoldsCarryOver(t *testing.T) {
	crossErrors := func(text string) []string {
		r, err := parse.Parse([]byte(text))
		require.NoError(t, err)
		var out []string
		for _, f := range r.Check(disclosure.CheckOptions{}) {
			if f.Severity == fiscal.SeverityError {
				require.Equal(t, "budget.cross.income", f.Rule, f.Message)
				out = append(out, f.Where.Column+" "+f.Expected.String())
			}
		}
		return out
	}
	assert.Empty(t, crossErrors(nationalIncomePair))
	wrong := strings.ReplaceAll(nationalIncomePair, "115.00         5.00", "116.00         6.00")
	wrong = strings.ReplaceAll(wrong, "115.00   5.00", "116.00   6.00")
	assert.ElementsMatch(t, []string{"合计 115.00", "上年结转 5.00"}, crossErrors(wrong))
}
