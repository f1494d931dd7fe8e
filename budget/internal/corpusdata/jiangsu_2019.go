package corpusdata

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
)

// JiangsuGaoyuan2019 is the 2019 部门预算 of 江苏省高级人民法院 (corpus file
// jiangsu-gaoyuan-2019-budget.pdf), the older provincial 12-table layout,
// figures in 万元 at two decimals, transcribed from pdftotext -layout of the
// PDF (coded rows turned into builder calls line by line, independently of
// package budget's reading, then checked by eye; the two summaries and the
// one-row tables by hand).
//
// Every table. The 收入预算总表 (公开02) lists income sources by label, a
// fund's 小计 above its sources, over one 金额 column: only the lines
// printing a figure are transcribed. The 政府采购支出预算表 (公开12) is
// transcribed by hand, line by line in print order, each row keyed by its
// label. The 支出用途 lines of the summaries (基本支出,
// 项目支出, 单位预留机动经费) stand on the 支出 side, keyed by their item.
// Blank 类 lines of the 收支预算总表 are left out.
func JiangsuGaoyuan2019() *budget.Document {
	w := fiscal.WanYuan
	in, ex := []string{budget.ColIncome}, []string{budget.ColExpenditure}
	I, E := budget.SideIncome, budget.SideExpenditure

	summary := table(budget.KindSummary, "收支预算总表", w, 2).
		side(I, budget.ItemAppropriation, "", "一、财政拨款", in, "37,188.34").
		side(I, budget.ItemGeneral, "", "1.一般公共预算", in, "37,188.34").
		side(I, budget.ItemFund, "", "2.政府性基金预算", in, "").
		side(I, budget.ItemSpecialAccount, "", "二、财政专户管理资金", in, "").
		side(I, budget.ItemOther, "", "三、其他资金", in, "").
		side(E, 0, "204", "四、公共安全支出", ex, "27,488.23").
		side(E, 0, "208", "八、社会保障和就业支出", ex, "2,355.65").
		side(E, 0, "221", "十八、住房保障支出", ex, "7,344.46").
		side(E, budget.ItemBasic, "", "一、基本支出", ex, "21,968.00").
		side(E, budget.ItemProject, "", "二、项目支出", ex, "10,208.94").
		side(E, budget.ItemReserve, "", "三、单位预留机动经费", ex, "5,011.40").
		side(I, budget.ItemIncomeSubtotal, "", "当年收入小计", in, "37,188.34").
		side(E, budget.ItemExpenditureSubtotal, "", "当年支出小计", ex, "37,188.34").
		side(I, budget.ItemCarryOver, "", "上年结转资金", in, "").
		side(E, budget.ItemCarryForward, "", "结转下年资金", ex, "").
		side(I, budget.ItemIncomeTotal, "", "收入合计", in, "37,188.34").
		side(E, budget.ItemExpenditureTotal, "", "支出合计", ex, "37,188.34")

	// 公开03: one row of figures with no label, the table's 合计.
	expenditure := table(budget.KindExpenditure, "支出预算总表", w, 2,
		budget.ColTotal, budget.ColBasic, budget.ColProject, budget.ColExpenditureReserve, budget.ColCarryForward).
		total("37,188.34", "21,968.00", "10,208.94", "5,011.40", "")

	appropriation := table(budget.KindAppropriationSummary, "财政拨款收支预算总表", w, 2).
		side(I, budget.ItemGeneral, "", "一、一般公共预算", in, "37,188.34").
		side(E, budget.ItemBasic, "", "一、基本支出", ex, "21,968.00").
		side(I, budget.ItemFund, "", "二、政府性基金预算", in, "").
		side(E, budget.ItemProject, "", "二、项目支出", ex, "10,208.94").
		side(E, budget.ItemReserve, "", "三、单位预留机动经费", ex, "5,011.40").
		side(I, budget.ItemIncomeTotal, "", "收入合计", in, "37,188.34").
		side(E, budget.ItemExpenditureTotal, "", "支出合计", ex, "37,188.34")

	// 公开05 and 公开07 print the same rows (金额 only).
	functionRows := func(b *tb) *tb {
		return b.
			total("37,188.34").
			fn("204", "公共安全支出", "27,488.23").
			fn("20405", "法院", "27,488.23").
			fn("2040501", "行政运行", "17,279.29").
			fn("2040502", "一般行政管理事务", "5,804.83").
			fn("2040503", "机关服务", "1,400.00").
			fn("2040504", "案件审判", "1,599.11").
			fn("2040505", "案件执行", "775.00").
			fn("2040599", "其他法院支出", "630.00").
			fn("208", "社会保障和就业支出", "2,355.65").
			fn("20805", "行政事业单位离退休", "2,355.65").
			fn("2080504", "未归口管理的行政单位离退休", "417.06").
			fn("2080505", "机关事业单位基本养老保险缴费支出", "1,384.70").
			fn("2080506", "机关事业单位职业年金缴费支出", "553.89").
			fn("221", "住房保障支出", "7,344.46").
			fn("22102", "住房改革支出", "7,344.46").
			fn("2210201", "住房公积金", "1,879.36").
			fn("2210202", "提租补贴", "5,465.10")
	}
	appropriationFunction := functionRows(table(budget.KindAppropriationFunction, "财政拨款支出预算表（功能科目）", w, 2, budget.ColTotal))
	general := functionRows(table(budget.KindGeneralFunction, "一般公共预算支出预算表（功能科目）", w, 2, budget.ColTotal))

	// 公开06 and 公开08 print the same rows (金额, 基本支出 only).
	basicRows := func(b *tb) *tb {
		return b.
			total("21,968.00").
			eco("301", "工资福利支出", "16,324.07").
			eco("30101", "基本工资", "2,827.41").
			eco("30102", "津贴补贴", "8,252.03").
			eco("30103", "奖金", "233.02").
			eco("30107", "绩效工资", "54.01").
			eco("30108", "机关事业单位基本养老保险缴费", "1,384.70").
			eco("30109", "职业年金缴费", "553.89").
			eco("30112", "其他社会保障缴费", "95.89").
			eco("30113", "住房公积金", "1,879.36").
			eco("30114", "医疗费", "338.04").
			eco("30199", "其他工资福利支出", "705.72").
			eco("302", "商品和服务支出", "3,580.05").
			eco("30201", "办公费", "315.00").
			eco("30205", "水费", "34.00").
			eco("30206", "电费", "256.00").
			eco("30207", "邮电费", "125.00").
			eco("30211", "差旅费", "291.00").
			eco("30213", "维修（护）费", "668.00").
			eco("30215", "会议费", "111.30").
			eco("30216", "培训费", "41.37").
			eco("30217", "公务接待费", "41.95").
			eco("30218", "专用材料费", "37.00").
			eco("30228", "工会经费", "506.00").
			eco("30229", "福利费", "111.00").
			eco("30231", "公务用车运行维护费", "266.80").
			eco("30239", "其他交通费用", "613.25").
			eco("30299", "其他商品和服务支出", "162.38").
			eco("303", "对个人和家庭的补助", "2,063.88").
			eco("30301", "离休费", "526.16").
			eco("30302", "退休费", "1,250.63").
			eco("30305", "生活补助", "278.59").
			eco("30307", "医疗费补助", "6.53").
			eco("30309", "奖励金", "1.97")
	}
	appropriationBasic := basicRows(table(budget.KindAppropriationBasic, "财政拨款基本支出预算表（经济科目）", w, 2, budget.ColTotal))
	basic := basicRows(table(budget.KindGeneralBasic, "一般公共预算基本支出预算表（经济科目）", w, 2, budget.ColTotal))

	three := table(budget.KindThreePublic, "“三公”经费、会议费、培训费支出预算表", w, 2,
		budget.ColThreePublicAll, budget.ColThreePublicTotal, budget.ColAbroad, budget.ColVehicle,
		budget.ColVehiclePurchase, budget.ColVehicleRunning, budget.ColReception, budget.ColMeeting, budget.ColTraining).
		plain("2,382.02", "513.75", "160.00", "266.80", "", "266.80", "86.95", "271.02", "1,597.25")

	fund := table(budget.KindFundFunction, "政府性基金预算财政拨款支出预算表", w, 2, budget.ColTotal).total("0")

	running := table(budget.KindRunningCosts, "一般公共预算机关运行经费支出预算表", w, 2, budget.ColTotal).
		total("3,580.05").
		eco("302", "商品和服务支出", "3,580.05").
		eco("30201", "办公费", "315.00").
		eco("30205", "水费", "34.00").
		eco("30206", "电费", "256.00").
		eco("30207", "邮电费", "125.00").
		eco("30211", "差旅费", "291.00").
		eco("30213", "维修（护）费", "668.00").
		eco("30215", "会议费", "111.30").
		eco("30216", "培训费", "41.37").
		eco("30217", "公务接待费", "41.95").
		eco("30218", "专用材料费", "37.00").
		eco("30228", "工会经费", "506.00").
		eco("30229", "福利费", "111.00").
		eco("30231", "公务用车运行维护费", "266.80").
		eco("30239", "其他交通费用", "613.25").
		eco("30299", "其他商品和服务支出", "162.38")

	// 公开02: 收入总计, the 小计 of 一般公共预算资金 and its one source with
	// a figure; every other line is blank.
	income := table(budget.KindIncome, "收入预算总表", w, 2, budget.ColAmount)
	income.t.Rows = append(income.t.Rows, budget.Row{Item: budget.ItemIncomeTotal, Label: "收入总计",
		Cells: income.cells([]string{"37,188.34"})})
	income.labelled("小计", "37,188.34").
		labelled("一般公共预算资金 公共财政拨款（补助）资金", "37,188.34")

	// 公开12: 合计, the 品目大类, under each the 项目 and 经济科目 lines and
	// under those the purchases with their 采购组织形式 (page 16 breaks
	// the table after 互联网信息服务 17.00).
	procurement := table(budget.KindProcurement, "政府采购支出预算表", w, 2, budget.ColTotal).
		total("5,227.59").
		labelled("一、货物 A", "1,637.72").
		labelled("信息网络建设费 信息网络及软件购置更新", "966.50").
		labelled("PC 服务器 政府集中采购", "68.00").
		labelled("台式计算机（20 万以上） 政府集中采购", "99.00").
		labelled("便携式计算机（20 万以上） 政府集中采购", "112.50").
		labelled("计算机软件 政府集中采购", "177.00").
		labelled("其他计算机设备及软件 政府集中采购", "510.00").
		labelled("设备购置费 办公设备购置", "653.22").
		labelled("其他办公设备 分散自行组织", "153.22").
		labelled("其他通用设备 政府集中采购", "500.00").
		labelled("办公设备购置 办公设备购置", "9.00").
		labelled("家具用具 分散自行组织", "9.00").
		labelled("审判专项业务费 印刷费", "9.00").
		labelled("印刷品 分散自行组织", "9.00").
		labelled("二、工程 B", "530.00").
		labelled("商品和服务支出 维修（护）费", "530.00").
		labelled("修缮工程 部门集中采购", "530.00").
		labelled("三、服务 C", "3,059.87").
		labelled("案件审判经费 维修（护）费", "150.00").
		labelled("运行维护服务 分散自行组织", "150.00").
		labelled("会议费", "122.10").
		labelled("会议服务 分散自行组织", "122.10").
		labelled("印刷费", "30.00").
		labelled("印刷和出版服务 分散自行组织", "30.00").
		labelled("审判专项业务费 维修（护）费", "20.00").
		labelled("运行维护服务 分散自行组织", "20.00").
		labelled("会议费", "1.51").
		labelled("会议服务 分散自行组织", "1.51").
		labelled("办公费", "18.00").
		labelled("物业管理服务 分散自行组织", "18.00").
		labelled("案件执行经费 维修（护）费", "100.00").
		labelled("运行维护服务 分散自行组织", "100.00").
		labelled("会议费", "36.11").
		labelled("会议服务 分散自行组织", "36.11").
		labelled("印刷费", "30.00").
		labelled("印刷和出版服务 分散自行组织", "30.00").
		labelled("商品和服务支出 维修（护）费", "137.00").
		labelled("运行维护服务 分散自行组织", "17.00").
		labelled("计算机设备维修和保养服务 分散自行组织", "120.00").
		labelled("邮电费", "17.00").
		labelled("互联网信息服务 分散自行组织", "17.00").
		labelled("会议费", "110.05").
		labelled("会议服务 分散自行组织", "110.05").
		labelled("办公费", "10.00").
		labelled("物业管理服务 分散自行组织", "10.00").
		labelled("网络通讯维护及专用线路租赁费 维修（护）费", "607.10").
		labelled("运行维护服务 部门集中采购", "607.10").
		labelled("租赁费", "370.00").
		labelled("互联网信息服务 部门集中采购", "370.00").
		labelled("江苏法院云平台租赁费 租赁费", "185.00").
		labelled("计算机设备和软件租赁服务 政府集中采购", "185.00").
		labelled("交通运行费 公务用车运行维护费", "110.00").
		labelled("车辆维修和保养服务 分散自行组织", "110.00").
		labelled("物业管理费 租赁费", "180.00").
		labelled("房屋租赁服务 部门集中采购", "180.00").
		labelled("物业管理费", "466.00").
		labelled("物业管理服务 分散自行组织", "36.00").
		labelled("部门集中采购", "430.00").
		labelled("机关后勤保障经费 劳务费", "360.00").
		labelled("其他服务 部门集中采购", "360.00")

	return &budget.Document{
		Level: budget.LevelDepartment, Department: "江苏省高级人民法院", Year: 2019,
		Tables: tables(summary, expenditure, appropriation, appropriationFunction, general, appropriationBasic, basic, three, fund, running, procurement, income),
	}
}
