package wordtext_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/wordtext"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/cnfiscal/fiscal/threepublic"
)

// narrative returns a report whose 情况说明 holds the paragraphs given.
func narrative(paras ...string) []string {
	spec := []string{"第三部分：测试局2024年度部门决算情况说明"}
	for _, p := range paras {
		spec = append(spec, p, "")
	}
	return append(spec, "第四部分：名词解释", "一、基本支出：指…。")
}

// TestFactsShanghai reads the narrative facts worded as the Shanghai
// template and the Putuo report word them (shanghai-putuo-czj-2024, lines
// 560–700), with figures filled in where the template has XX.
func TestFactsShanghai(t *testing.T) {
	ls := build(narrative(
		"（二）“三公”经费财政拨款支出决算具体情况说明。",
		"1、因公出国（境）费支出 3.5 万元。全年安排因公出国（境）团组 2 个、累计 5 人次。开支内容包括：考察。",
		"公务用车购置支出为 20 万元。主要用于更新车辆，购置公务用车 1 辆。",
		"公务用车运行维护支出 4 万元。主要用于燃料。2024年，上海市测试局所属各预算单位开支财政拨款的公务用车保有量为 3 辆。",
		"国内公务接待支出 1.2 万（含外宾接待支出 0.5 万元）。主要用于交流，共接待 12 批次、80 人次，其中：接待外宾 2 批次、10 人次。",
		"（一）机关运行经费支出情况",
		"机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。主要原因是优化办公环境。",
		"（二）政府采购支出情况",
		"上海市普陀区财政局2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。",
		"2024年度本部门面向中小企业预留政府采购项目预算金额246.47万元，面向小微企业预留政府采购项目预算金额0万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额246.47万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额0万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额4.79万元。",
		"（三）国有资产占有使用情况说明",
		"截至2024年12月31日，上海市普陀区财政局共有车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆。单价100万元（含）以上设备（不含车辆）2台（套）。",
	)...)
	res := wordtext.Parse(ls)
	doc := res.Document
	assert.Empty(t, res.Findings)
	n := threepublic.CountOf
	assert.Equal(t, threepublic.Statistics{
		AbroadGroups: n(2), AbroadPersons: n(5), VehiclesPurchased: n(1), VehiclesHeld: n(3),
		ReceptionBatches: n(12), ReceptionPersons: n(80), ForeignBatches: n(2), ForeignPersons: n(10),
		ForeignReception: wan("0.5"),
	}, doc.ThreePublicStatistics)
	assert.Equal(t, &disclosure.PrintedRunningCost{Amount: fiscal.Wan("184.65"), Decimals: 2, Line: lineOf(t, ls, "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。主要原因是优化办公环境。")}, doc.RunningCost)
	assert.Equal(t, &procurement.Summary{
		Total: wan("251.25"), Goods: wan("4.79"), Works: wan("0"), Services: wan("246.47"),
		Reserved: &procurement.Reservation{ReservedSME: wan("246.47"), ReservedMicro: wan("0"),
			SMEWonReserved: wan("246.47"), MicroWonReserved: wan("0"), SMEWonOther: wan("4.79")},
		Unit: fiscal.WanYuan, Decimals: 2,
	}, doc.Procurement)
	require.NotNil(t, doc.Assets)
	var cats []string
	for _, v := range doc.Assets.Vehicles {
		cats = append(cats, v.Category)
		assert.Equal(t, n(0), v.Count)
	}
	assert.Equal(t, []string{"共有车辆", "部级领导干部用车", "主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "离退休干部用车", "其他用车"}, cats)
	assert.Equal(t, n(2), doc.Assets.Equipment)
}

// TestFactsAbsent checks that a narrative without the facts leaves them
// unset, and that 名词解释 text is not read for them.
func TestFactsAbsent(t *testing.T) {
	res := wordtext.Parse(build(
		"第三部分：测试局2024年度部门决算情况说明", "上海市测试局2024年度无机关运行经费支出。",
		"第五部分：名词解释", "十一、机关运行经费：指…，机关运行经费支出为5万元的部分。",
	))
	assert.Nil(t, res.Document.RunningCost)
	assert.Nil(t, res.Document.Procurement)
	assert.Nil(t, res.Document.Assets)
	assert.Equal(t, threepublic.Statistics{}, res.Document.ThreePublicStatistics)
	assert.Len(t, res.Document.Glossary, 1)
}

// TestUnits reads the 机构设置 text into units.
func TestUnits(t *testing.T) {
	res := wordtext.Parse(build(
		"第一部分：测试中心概况", "二、机构设置",
		"测试中心部门决算由单位本级2个内设机构和纳入预算汇编范围的1个下属事业单位组成。",
		"2个内设机构具体包括：办公室、业务科。",
		"1个下属事业单位具体包括：甲站。",
	))
	assert.Empty(t, tableFindings(res.Findings))
	assert.Equal(t, []disclosure.CoveredUnit{
		{Name: "测试中心本级", Note: "2个内设机构：办公室、业务科"},
		{Name: "甲站", Type: accounts.Institution},
	}, res.Document.Units, "a 中心 is not known to be a 行政单位")
}

// TestNoParts reads a report without part headings: the tables end at the
// first heading of the text, whose facts are read from the lines outside
// the tables.
func TestNoParts(t *testing.T) {
	ls := build("测试局2024年度部门决算", "",
		"|国有资本经营预算财政拨款支出决算表", "|部门：测试局|金额单位：万元",
		"|项目|本年支出", "|功能分类科目编码|科目名称|合计|基本支出|项目支出", "|栏次|1|2|3", "|合计|||",
		"|注：本表反映部门本年度国有资本经营预算财政拨款支出情况。",
		"十、机关运行经费支出情况说明",
		"2024年度机关运行经费支出为124.6万元，比年初预算增加18.7万元。",
	)
	res := wordtext.Parse(ls)
	assert.Empty(t, res.Findings)
	require.NotNil(t, res.Document.Tables)
	assert.Len(t, res.Document.Tables.StateCapital.Rows, 1)
	require.NotNil(t, res.Document.RunningCost)
	assert.Equal(t, fiscal.Wan("124.6"), res.Document.RunningCost.Amount)
	assert.Equal(t, "测试局2024年度部门决算", res.Document.Title)
	assert.Nil(t, res.Narrative, "no 情况说明 part to hand over")
}
