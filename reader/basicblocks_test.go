package reader_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/cnfiscal/fiscal/reader/source"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// basicBlocks is a national 一般公共预算财政拨款基本支出决算表 typed by hand
// in its three blocks (科目编码, 科目名称, 决算数 for 人员经费, then twice
// for 公用经费), one table row a line; "" an empty cell. The last row's
// labels span their blocks' code and name cells (公用经费合计 also the
// second block's 决算数 and the third's code and name).
// 人员经费合计 170.00 = 301 150.00 + 303 20.00; 公用经费合计 35.00 = 302
// 30.00 + 307 0.00 + 310 5.00 + 399 0.00.
var basicBlocks = [][]string{
	{"301", "工资福利支出", "150.00", "302", "商品和服务支出", "30.00", "307", "债务利息及费用支出", "0.00"},
	{"30101", "基本工资", "100.00", "30201", "办公费", "10.00", "30701", "国内债务付息", "0.00"},
	{"30102", "津贴补贴", "50.00", "30211", "差旅费", "20.00", "310", "资本性支出", "5.00"},
	{"303", "对个人和家庭的补助", "20.00", "", "", "", "31002", "办公设备购置", "5.00"},
	{"30302", "退休费", "20.00", "", "", "", "399", "其他支出", "0.00"},
}

// basicWant is what each row of basicBlocks holds, by hand.
var basicWant = map[string]string{
	"301": "150.00", "30101": "100.00", "30102": "50.00", "303": "20.00", "30302": "20.00",
	"302": "30.00", "30201": "10.00", "30211": "20.00",
	"307": "0.00", "30701": "0.00", "310": "5.00", "31002": "5.00", "399": "0.00",
	"人员经费合计": "170.00", "公用经费合计": "35.00",
}

// basicRead returns the amounts of the 基本支出 table read from lines, by
// code or total's name, and its coverage.
func basicRead(t *testing.T, lines []tables.Line) (map[string]string, reader.TableCoverage) {
	t.Helper()
	ts, cov := reader.FinalTables(lines)
	var c reader.TableCoverage
	for _, x := range cov {
		if x.Profile == "final.basic-expenditure" {
			c = x
		}
	}
	tb := ts.Get(accounts.KindBasicExpenditure)
	require.NotNil(t, tb, "%+v", c)
	got := map[string]string{}
	for _, r := range tb.Rows {
		key := r.Economic.String()
		switch r.Item {
		case accounts.ItemPersonnelTotal:
			key = "人员经费合计"
		case accounts.ItemPublicTotal:
			key = "公用经费合计"
		}
		got[key] = r.Cells[accounts.ColAmount].Format(fiscal.TableFormat())
	}
	return got, c
}

// The probe's case 175: the national 基本支出决算表 printed as three blocks
// side by side is read into one economic row a code, with its two totals,
// from a web page, from a workbook's cells (trailing empty cells dropped),
// and from pdftotext -layout text with the totals' labels centred over
// their cells. Before, the table given with its cells was not read ("two
// blocks of rows side by side"), and in layout text 公用经费合计 standing
// over the second block with its figure in the third was uncertain.
func TestBasicExpenditureThreeBlocks(t *testing.T) {
	t.Run("html", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("<p>一般公共预算财政拨款基本支出决算表</p><p>单位：万元</p><table>\n")
		b.WriteString(`<tr><th colspan="3">人员经费</th><th colspan="6">公用经费</th></tr>` + "\n<tr>")
		for range 3 {
			b.WriteString("<th>科目编码</th><th>科目名称</th><th>决算数</th>")
		}
		b.WriteString("</tr>\n")
		for _, r := range basicBlocks {
			b.WriteString("<tr>")
			for _, c := range r {
				fmt.Fprintf(&b, "<td>%s</td>", c)
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString(`<tr><td colspan="2">人员经费合计</td><td>170.00</td><td colspan="5">公用经费合计</td><td>35.00</td></tr></table>`)
		lines, err := source.HTML([]byte(b.String()), source.DefaultLimits())
		require.NoError(t, err)
		got, cov := basicRead(t, lines)
		assert.Equal(t, basicWant, got)
		assert.Zero(t, cov.Ambiguous)
		assert.Empty(t, cov.Reason)
	})
	t.Run("workbook cells", func(t *testing.T) {
		rows := [][]string{{"一般公共预算财政拨款基本支出决算表"}, {"单位：万元"},
			{"人员经费", "", "", "公用经费"},
			{"科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"}}
		rows = append(rows, basicBlocks...)
		rows = append(rows, []string{"人员经费合计", "", "170.00", "公用经费合计", "", "", "", "", "35.00"})
		got, cov := basicRead(t, cellLines(rows...))
		assert.Equal(t, basicWant, got)
		assert.Zero(t, cov.Ambiguous)
	})
	t.Run("layout", func(t *testing.T) {
		text := `                           一般公共预算财政拨款基本支出决算表
                                                                                                          单位：万元
                 人员经费                                                         公用经费
科目编码  科目名称                决算数  科目编码  科目名称            决算数  科目编码  科目名称              决算数
301       工资福利支出            150.00  302       商品和服务支出       30.00  307       债务利息及费用支出      0.00
30101     基本工资                100.00  30201     办公费               10.00  30701     国内债务付息            0.00
30102     津贴补贴                 50.00  30211     差旅费               20.00  310       资本性支出              5.00
303       对个人和家庭的补助       20.00                                        31002     办公设备购置            5.00
30302     退休费                   20.00                                        399       其他支出                0.00
     人员经费合计                 170.00                    公用经费合计                                         35.00`
		got, cov := basicRead(t, textLines(text))
		assert.Equal(t, basicWant, got)
		assert.Zero(t, cov.Ambiguous)
	})
}
