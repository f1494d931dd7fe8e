package reader_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The probe's cases 188 and 201: a 基本支出决算表 in layout text whose
// totals' labels stand at the code column of their block (a cell spanning
// the code and name columns), left of the codes, which are right-aligned
// (a 类 two columns right of its 款), and whose last block ends in class
// rows printing no figure (310 资本性支出 alone, or a whole third block
// 307/30701/310/399/39999 left blank, as Daye prints it). 公用经费合计
// fell in the block before its codes' and its figure went to a figure-less
// class row: false errors on a consistent report (acc.cross.general-basic,
// acc.basic.*, narr.amount 公用经费).
// By hand: 人员经费合计 150.00 = 301 150.00 = 30101 100.00 + 30102 50.00;
// 公用经费合计 30.00 = 302 30.00 = 30201 10.00 + 30211 20.00; every other
// class row prints nothing.
func TestBasicTotalsAtCodeColumn(t *testing.T) {
	const title = "                           一般公共预算财政拨款基本支出决算表\n" +
		"                                                                                  单位：万元\n"
	printed := map[string]string{
		"301": "150.00", "30101": "100.00", "30102": "50.00",
		"302": "30.00", "30201": "10.00", "30211": "20.00",
		"人员经费合计": "150.00", "公用经费合计": "30.00",
	}
	for _, c := range []struct {
		name, text string
		blank      []string // rows printing no figure
	}{
		{"two blocks, 310 blank", `科目编码       科目名称               决算数      科目编码       科目名称               决算数
         301   工资福利支出           150.00               302   商品和服务支出          30.00
       30101   基本工资               100.00             30201   办公费                  10.00
       30102   津贴补贴                50.00             30211   差旅费                  20.00
                                                           310   资本性支出
人员经费合计                          150.00      公用经费合计                           30.00`, []string{"310"}},
		{"three blocks, third blank", `科目编码       科目名称               决算数      科目编码       科目名称               决算数      科目编码       科目名称               决算数
         301   工资福利支出           150.00               302   商品和服务支出          30.00               307   债务利息及费用支出
       30101   基本工资               100.00             30201   办公费                  10.00             30701   国内债务付息
       30102   津贴补贴                50.00             30211   差旅费                  20.00               310   资本性支出
                                                                                                             399   其他支出
                                                                                                           39999   其他支出
人员经费合计                          150.00      公用经费合计                           30.00`, []string{"307", "30701", "310", "399", "39999"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, cov := basicRead(t, textLines(title+c.text))
			for k, v := range printed {
				assert.Equal(t, v, got[k], k)
			}
			for _, k := range c.blank {
				assert.Contains(t, []string{"", "0.00"}, got[k], k)
			}
			assert.Zero(t, cov.Ambiguous)
		})
	}
}
