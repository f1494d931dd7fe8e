package layout_test

import (
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/layout"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// formLines is a project self-evaluation form as page text, 9 lines.
var formLines = []string{
	"                    项目支出绩效自评表",
	"                      （2024年度）",
	"  项目名称      设备维修项目",
	"  项目资金                      年初预算数  全年预算数  全年执行数  分值  执行率    得分",
	"  （万元）  年度资金总额：      100         120         118.5       10    98.75%    9.88",
	"  绩效指标  一级指标  二级指标  三级指标      年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施",
	"            产出指标  数量指标  维修次数      ≥12次       12次        20    20",
	"            满意度指标 服务对象满意度指标 职工满意度 ≥90%  92%         70    70",
	"  总分                                                                100   99.88",
}

// TestFormsHandedOver appends a form to the Putuo report right after its
// 名词解释, with no heading of its own: its lines go to Result.Forms, and
// none is reported as a line of the 名词解释 or read as a term.
func TestFormsHandedOver(t *testing.T) {
	base := corpus(t, putuoFile)
	before := layout.Parse(base)
	var b strings.Builder
	for _, l := range base {
		b.WriteString(l.Text + "\n")
	}
	n := len(base)
	b.WriteString("\n" + strings.Join(formLines, "\n") + "\n")
	res := layout.Parse(text.Split([]byte(b.String())))
	require.Len(t, res.Forms, len(formLines))
	assert.Equal(t, n+2, res.Forms[0].N, "from the title")
	assert.Equal(t, strings.TrimSpace(formLines[8]), strings.TrimSpace(res.Forms[8].Text))
	assert.Equal(t, len(before.Findings), len(res.Findings), "no finding about the form's lines")
	assert.Equal(t, before.Document.Explained, res.Document.Explained)
	assert.Empty(t, before.Forms, "the report alone prints no form")
}

// TestFormsEndAtNarrative: a form printed inside the 情况说明 ends at the
// next numbered heading, whose text stays narrative.
func TestFormsEndAtNarrative(t *testing.T) {
	ls := append([]string{"第三部分 2024年度部门决算情况说明", "  七、预算绩效情况说明"}, formLines...)
	ls = append(ls, "  八、其他重要事项的情况说明", "  本部门无其他重要事项。")
	res := layout.Parse(text.Split([]byte(strings.Join(ls, "\n"))))
	require.Len(t, res.Forms, len(formLines))
	assert.Equal(t, 3, res.Forms[0].N)
	assert.Equal(t, 11, res.Forms[len(res.Forms)-1].N)
}

// TestDepartmentFormHandedOver: a 部门整体支出绩效自评表 whose first label
// within reach of its title is its 部门（单位）名称 (full-width brackets)
// and whose 绩效指标 come later than formLook lines is handed over.
func TestDepartmentFormHandedOver(t *testing.T) {
	ls := []string{
		"第四部分 名词解释",
		"  一、基本支出：指为保障机构正常运转的支出。",
		"              部门整体支出绩效自评表",
		"                                （2024年度）",
		"   部门（单位）名称        测试局",
		"                           年初预算数     全年预算数     全年执行数    分值    执行率    得分",
		"   年度预算执行情况（万元）",
		"     年度资金总额           3,043.06      3,043.06      2,940.05      10     96.61%    9.66",
		"     其中：财政拨款         3,043.06      3,043.06      2,940.05",
		"           上年结转             0.00          0.00          0.00",
		"           其他资金             0.00          0.00          0.00",
		"     按支出性质分：",
		"           基本支出         2,439.40      2,439.40      2,336.91",
		"           项目支出           603.66        603.66        603.14",
		"   绩效指标  一级指标  二级指标  三级指标       年度指标值   实际完成值   分值   得分",
	}
	res := layout.Parse(text.Split([]byte(strings.Join(ls, "\n"))))
	require.Len(t, res.Forms, len(ls)-2)
	assert.Equal(t, 3, res.Forms[0].N)
}

// TestFormUnderAnnexHeading: "附件" with the form's title under it is read
// as a part heading naming a 表 (the tables' zone). A form printed there
// as page text (its rows of figures on one line) is handed over, up to
// the next table's title; one printed one cell a line (a word
// processor's export without its tabs) is not: page text's reader
// cannot read it.
func TestFormUnderAnnexHeading(t *testing.T) {
	base := corpus(t, putuoFile)
	var b strings.Builder
	for _, l := range base {
		b.WriteString(l.Text + "\n")
	}
	n := len(base)
	page := b.String() + "\f\n   附件\n" + strings.Join(formLines, "\n") + "\n                一般公共预算财政拨款项目支出决算表\n   科目编码  科目名称  合计\n"
	res := layout.Parse(text.Split([]byte(page)))
	require.Len(t, res.Forms, len(formLines))
	assert.Equal(t, n+3, res.Forms[0].N, "from the title")

	var cells []string
	for _, l := range formLines {
		cells = append(cells, strings.Fields(l)...)
	}
	oneCell := b.String() + "\f\n   附件\n" + strings.Join(cells, "\n") + "\n"
	assert.Empty(t, layout.Parse(text.Split([]byte(oneCell))).Forms)
}

// TestFormsEndAtOtherTable: forms end at another table's title; a piece
// of a wrapped indicator name ending in 表 ("报表") does not end them.
func TestFormsEndAtOtherTable(t *testing.T) {
	ls := append([]string{"第三部分 2024年度部门决算情况说明", "  七、预算绩效情况说明"}, formLines[:7]...)
	ls = append(ls, "                        报表")
	ls = append(ls, formLines[7:]...)
	ls = append(ls, "              一般公共预算财政拨款项目支出决算表", "  科目编码  科目名称  合计")
	res := layout.Parse(text.Split([]byte(strings.Join(ls, "\n"))))
	require.Len(t, res.Forms, len(formLines)+1)
	assert.Equal(t, 3, res.Forms[0].N)
}
