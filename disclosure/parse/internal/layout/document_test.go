package layout_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/layout"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/cnfiscal/fiscal/threepublic"
)

// TestPutuoDocument checks the parts around the tables: cover, units,
// headings, the 情况说明 paragraphs and the facts they state.
func TestPutuoDocument(t *testing.T) {
	res := layout.Parse(corpus(t, putuoFile))
	doc := res.Document
	assert.Equal(t, "上海市普陀区财政局2024年度部门决算", doc.Title)
	assert.Equal(t, "上海市普陀区财政局", doc.Department)
	assert.Equal(t, 2024, doc.Year)
	assert.Equal(t, []disclosure.CoveredUnit{
		{Name: "上海市普陀区财政局（本级）"},
		{Name: "上海市普陀区财政局财政所", Note: "预算不单列，并入本级"},
		{Name: "上海市普陀区国库收付中心", Note: "预算不单列，并入本级"},
	}, doc.Units)

	// Lines 681, 686–693, 697–700.
	assert.Equal(t, &disclosure.PrintedRunningCost{Amount: c("184.65").OrZero(), Decimals: 2, Line: 681}, doc.RunningCost)
	assert.Equal(t, &procurement.Summary{
		Total: c("251.25"), Goods: c("4.79"), Works: c("0"), Services: c("246.47"),
		Reserved: &procurement.Reservation{ReservedSME: c("246.47"), ReservedMicro: c("0"),
			SMEWonReserved: c("246.47"), MicroWonReserved: c("0"), SMEWonOther: c("4.79")},
		Unit: fiscal.WanYuan, Decimals: 2,
	}, doc.Procurement)
	n := threepublic.CountOf
	assert.Equal(t, &disclosure.Assets{Vehicles: []disclosure.VehicleCount{
		{Category: "共有车辆", Count: n(0)}, {Category: "部级领导干部用车", Count: n(0)},
		{Category: "主要领导干部用车", Count: n(0)}, {Category: "机要通信用车", Count: n(0)},
		{Category: "应急保障用车", Count: n(0)}, {Category: "执法执勤用车", Count: n(0)},
		{Category: "特种专业技术用车", Count: n(0)}, {Category: "离退休干部用车", Count: n(0)},
		{Category: "其他用车", Count: n(0)},
	}, Equipment: n(2), Line: 697}, doc.Assets)
	assert.Equal(t, threepublic.Statistics{}, doc.ThreePublicStatistics, "the report states no 三公 counts")

	// Headings: the parts, 第一部分's two, and those of 第三部分.
	var titles []string
	for _, s := range doc.Sections {
		titles = append(titles, s.Title)
	}
	assert.Equal(t, []string{"第一部分 上海市普陀区财政局概况", "一、主要职能", "二、部门决算单位构成",
		"第二部分 上海市普陀区财政局2024年度部门决算表", "第三部分上海市普陀区财政局2024年度部门决算情况说明",
		"一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明",
		"五、一般公共预算财政拨款支出决算情况说明", "（一）一般公共预算财政拨款支出决算总体情况",
		"（二）一般公共预算财政拨款支出决算结构情况", "（三）一般公共预算财政拨款支出决算具体情况",
		"六、一般公共预算财政拨款基本支出决算情况说明", "七、财政拨款“三公”经费支出决算情况说明",
		"（一）“三公”经费财政拨款支出决算总体情况说明。", "（二）“三公”经费财政拨款支出决算具体情况说明。",
		"八、政府性基金预算财政拨款收入支出决算情况说明", "九、国有资本经营预算财政拨款收入支出决算情况说明",
		"十、预算绩效管理情况", "十一、其他重要事项的情况说明", "（一）机关运行经费支出情况", "（二）政府采购支出情况",
		"（三）国有资产占有使用情况说明", "第四部分 名词解释"}, titles)

	// 名词解释: eleven terms.
	require.Len(t, doc.Glossary, 11)
	assert.Equal(t, disclosure.Term{Term: "财政拨款收入", Line: 702,
		Definition: "指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。"}, doc.Glossary[0])
	assert.Equal(t, "“三公”经费", doc.Glossary[9].Term)
}

// TestPutuoNarrative checks the paragraphs handed to the narrative
// parser, in particular those whose lines pdftotext printed out of order.
func TestPutuoNarrative(t *testing.T) {
	res := layout.Parse(corpus(t, putuoFile))
	para := map[int]string{}
	for _, l := range res.Narrative {
		para[l.N] = l.Text
	}
	for _, tc := range []text.Line{
		{N: 530, Text: "上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。主要原因：基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。"},
		// Line 542 is printed before line 543.
		{N: 543, Text: "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%； 项目支出603.14万元，占20.51%；"},
		// A blank line inside a paragraph (549–551) does not end it.
		{N: 548, Text: "上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。主要原因：基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。"},
		// Lines 567 and 568 swapped.
		{N: 564, Text: "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占15.16%；"},
		// Lines 590 and 591 swapped.
		{N: 588, Text: "4、一般公共服务支出（类）财政事务（款）财政委托业务支出（项）。主要用于：委托中介机构开展各类审计及绩效评价工作。年初预算为450.52万元，支出决算为449.52万元。决算数小于预算数的主要原因：因个别项目评审费未能实施或未来得及支付完毕，于明年重新申请。"},
		// Lines 601 and 602 swapped.
		{N: 599, Text: "6、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于：在职人员的基本养老保险支出。年初预算为161.62万元，支出决算为160.75万元。 决算数小于预算数的主要原因：预算按充分保障预估，实际执行基本贴合预期。"},
		// Three pairs swapped (666/667, 670/671, 674/675).
		{N: 663, Text: "上海市普陀区财政局2024年度预算绩效管理工作开展情况如下：本部门制定了普陀区财政局预算绩效管理实施办法，建立了普陀区财政局预算绩效管理工作机制；实行全过程绩效管理实施情况跟踪：编报绩效目标的2024年度项目4个，涉及预算金额598.42万元；绩效跟踪评价的2024年度项目4个，涉及预算金额598.42万元；绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目0个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个。绩效自评中共发现问题0个，已经完成整改的0个，正在整改的0个）。"},
		{N: 681, Text: "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。主要原因是优化办公环境、提升照明效率，更换了老旧照明设施，导致相关支出略有增加。"},
	} {
		assert.Equal(t, tc.Text, para[tc.N], "paragraph of line %d", tc.N)
	}
	assert.Equal(t, "第三部分上海市普陀区财政局2024年度部门决算情况说明", res.Narrative[0].Text)
	last := res.Narrative[len(res.Narrative)-1]
	assert.True(t, strings.HasPrefix(last.Text, "截至2024年12月31日"), last.Text)
	var order int
	for _, f := range res.Findings {
		if f.Rule == "parse.layout.order" {
			order++
		}
	}
	assert.Equal(t, 7, order, "seven pairs of lines put back in order")
}

// TestPutuoPrefixes parses every prefix of the report: no panic, and the
// lines read never exceed the input.
func TestPutuoPrefixes(t *testing.T) {
	lines := corpus(t, putuoFile)
	for n := 0; n <= len(lines); n++ {
		res := layout.Parse(lines[:n])
		require.NotNil(t, res.Document)
		require.Equal(t, n, res.Stats.Lines)
		for _, f := range res.Findings {
			require.LessOrEqual(t, f.Where.Line, n, "finding beyond the input: %s", f)
		}
	}
}
