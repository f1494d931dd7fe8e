package layout_test

// The tables of shanghai-putuo-czj-2024.layout.txt (上海市普陀区财政局 2024
// 年度部门决算), transcribed by hand from the layout text and checked
// against the PDF's pages 6–19 rendered with pdftoppm. Each row gives the
// line of its first printed token: the line of a figure printed above the
// row's label when there is one.

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/threepublic"
)

const (
	inc = accounts.SideIncome
	exp = accounts.SideExpenditure

	colAmount  = accounts.ColAmount
	colTotal   = accounts.ColTotal
	colApprop  = accounts.ColAppropriation
	colOther   = accounts.ColOtherIncome
	colBasic   = accounts.ColBasic
	colProject = accounts.ColProject
	colGeneral = accounts.ColGeneral
)

type cells = accounts.Cells

func putuoTable(k accounts.TableKind, title string, rows ...accounts.Row) *accounts.Table {
	t := accounts.NewTable(k)
	t.Title = title
	t.Rows = rows
	return t
}

// amount is a single-column row (决算数).
func amount(s string) cells { return cells{colAmount: c(s)} }

func putuoSummary() *accounts.Table {
	var none cells
	return putuoTable(accounts.KindSummary, "收入支出决算总表",
		accounts.Row{Side: inc, Item: accounts.ItemGeneralIncome, Name: "一、一般公共预算财政拨款收入", Line: 135, Cells: amount("2,940.05")},
		accounts.Row{Side: exp, Function: fn("201"), Name: "一、一般公共服务支出", Line: 135, Cells: amount("2,106.66")},
		accounts.Row{Side: inc, Item: accounts.ItemGovFundIncome, Name: "二、政府性基金预算财政拨款收入", Line: 136, Cells: none},
		accounts.Row{Side: exp, Function: fn("202"), Name: "二、外交支出", Line: 136},
		accounts.Row{Side: inc, Item: accounts.ItemStateCapitalIncome, Name: "三、国有资本经营预算财政拨款收入", Line: 137},
		accounts.Row{Side: exp, Function: fn("203"), Name: "三、国防支出", Line: 137},
		accounts.Row{Side: inc, Item: accounts.ItemSuperiorIncome, Name: "四、上级补助收入", Line: 138},
		accounts.Row{Side: exp, Function: fn("204"), Name: "四、公共安全支出", Line: 138},
		accounts.Row{Side: inc, Item: accounts.ItemBusinessIncome, Name: "五、事业收入", Line: 139},
		accounts.Row{Side: exp, Function: fn("205"), Name: "五、教育支出", Line: 139},
		accounts.Row{Side: inc, Item: accounts.ItemOperatingIncome, Name: "六、经营收入", Line: 140},
		accounts.Row{Side: exp, Function: fn("206"), Name: "六、科学技术支出", Line: 140},
		accounts.Row{Side: inc, Item: accounts.ItemAffiliatedIncome, Name: "七、附属单位上缴收入", Line: 141},
		accounts.Row{Side: exp, Function: fn("207"), Name: "七、文化旅游体育与传媒支出", Line: 141},
		accounts.Row{Side: inc, Item: accounts.ItemOtherIncome, Name: "八、其他收入", Line: 142, Cells: amount("6.20")},
		accounts.Row{Side: exp, Function: fn("208"), Name: "八、社会保障和就业支出", Line: 142, Cells: amount("326.71")},
		accounts.Row{Side: exp, Function: fn("210"), Name: "九、卫生健康支出", Line: 143, Cells: amount("60.99")},
		accounts.Row{Side: exp, Function: fn("211"), Name: "十、节能环保支出", Line: 144},
		accounts.Row{Side: exp, Function: fn("212"), Name: "十一、城乡社区支出", Line: 145},
		accounts.Row{Side: exp, Function: fn("213"), Name: "十二、农林水支出", Line: 146},
		accounts.Row{Side: exp, Function: fn("214"), Name: "十三、交通运输支出", Line: 147},
		accounts.Row{Side: exp, Function: fn("215"), Name: "十四、资源勘探工业信息等支出", Line: 148},
		accounts.Row{Side: exp, Function: fn("216"), Name: "十五、商业服务业等支出", Line: 149},
		accounts.Row{Side: exp, Function: fn("217"), Name: "十六、金融支出", Line: 150},
		accounts.Row{Side: exp, Function: fn("219"), Name: "十七、援助其他地区支出", Line: 151},
		accounts.Row{Side: exp, Function: fn("220"), Name: "十八、自然资源海洋气象等支出", Line: 152},
		accounts.Row{Side: exp, Function: fn("221"), Name: "十九、住房保障支出", Line: 153, Cells: amount("445.69")},
		accounts.Row{Side: exp, Function: fn("222"), Name: "二十、粮油物资储备支出", Line: 154},
		accounts.Row{Side: exp, Function: fn("223"), Name: "二十一、国有资本经营预算支出", Line: 155},
		accounts.Row{Side: exp, Function: fn("224"), Name: "二十二、灾害防治及应急管理支出", Line: 156},
		accounts.Row{Side: exp, Function: fn("229"), Name: "二十三、其他支出", Line: 157},
		accounts.Row{Side: exp, Function: fn("231"), Name: "二十四、债务还本支出", Line: 158},
		accounts.Row{Side: exp, Function: fn("232"), Name: "二十五、债务付息支出", Line: 159},
		accounts.Row{Side: exp, Function: fn("234"), Name: "二十六、抗疫特别国债安排的支出", Line: 160},
		accounts.Row{Side: inc, Item: accounts.ItemIncomeTotal, Name: "本年收入合计", Line: 161, Cells: amount("2,946.25")},
		accounts.Row{Side: exp, Item: accounts.ItemExpenditureTotal, Name: "本年支出合计", Line: 161, Cells: amount("2,940.05")},
		accounts.Row{Side: inc, Item: accounts.ItemNonAppropriationSurplus, Name: "使用非财政拨款结余（含专用结余）", Line: 162},
		accounts.Row{Side: exp, Item: accounts.ItemSurplusDistribution, Name: "结余分配", Line: 162},
		accounts.Row{Side: inc, Item: accounts.ItemOpening, Name: "年初结转和结余", Line: 163, Cells: amount("49.14")},
		accounts.Row{Side: exp, Item: accounts.ItemClosing, Name: "年末结转和结余", Line: 163, Cells: amount("55.34")},
		accounts.Row{Side: inc, Item: accounts.ItemGrandTotal, Name: "总计", Line: 164, Cells: amount("2,995.39")},
		accounts.Row{Side: exp, Item: accounts.ItemGrandTotal, Name: "总计", Line: 164, Cells: amount("2,995.39")},
	)
}

// three is a row of 本年收入合计 / 财政拨款收入 / 其他收入.
func incomeCells(total, approp, other string) cells {
	cs := cells{colTotal: c(total), colApprop: c(approp)}
	if other != "" {
		cs[colOther] = c(other)
	}
	return cs
}

func putuoIncome() *accounts.Table {
	return putuoTable(accounts.KindIncome, "收入决算表",
		accounts.Row{Item: accounts.ItemTotal, Name: "合计", Line: 175, Cells: incomeCells("2,946.25", "2,940.05", "6.20")},
		accounts.Row{Function: fn("201"), Name: "一般公共服务支出", Line: 179, Cells: incomeCells("2,112.86", "2,106.66", "6.20")},
		accounts.Row{Function: fn("20106"), Name: "财政事务", Line: 180, Cells: incomeCells("2,112.86", "2,106.66", "6.20")},
		accounts.Row{Function: fn("2010601"), Name: "行政运行", Line: 181, Cells: incomeCells("1,511.90", "1,511.89", "0.01")},
		accounts.Row{Function: fn("2010602"), Name: "一般行政管理事务", Line: 182, Cells: incomeCells("16.19", "10.00", "6.19")},
		accounts.Row{Function: fn("2010607"), Name: "信息化建设", Line: 183, Cells: incomeCells("135.25", "135.25", "")},
		accounts.Row{Function: fn("2010608"), Name: "财政委托业务支出", Line: 184, Cells: incomeCells("449.52", "449.52", "")},
		accounts.Row{Function: fn("208"), Name: "社会保障和就业支出", Line: 185, Cells: incomeCells("326.72", "326.72", "")},
		accounts.Row{Function: fn("20805"), Name: "行政事业单位养老支出", Line: 186, Cells: incomeCells("326.72", "326.72", "")},
		accounts.Row{Function: fn("2080501"), Name: "行政单位离退休", Line: 187, Cells: incomeCells("84.65", "84.65", "")},
		accounts.Row{Function: fn("2080505"), Name: "机关事业单位基本养老保险缴费支出", Line: 189, Cells: incomeCells("160.75", "160.75", "")},
		accounts.Row{Function: fn("2080506"), Name: "机关事业单位职业年金缴费支出", Line: 193, Cells: incomeCells("80.38", "80.38", "")},
		accounts.Row{Function: fn("2080599"), Name: "其他行政事业单位养老支出", Line: 196, Cells: incomeCells("0.94", "0.94", "")},
		accounts.Row{Function: fn("210"), Name: "卫生健康支出", Line: 197, Cells: incomeCells("60.99", "60.99", "")},
		accounts.Row{Function: fn("21011"), Name: "行政事业单位医疗", Line: 198, Cells: incomeCells("60.99", "60.99", "")},
		accounts.Row{Function: fn("2101101"), Name: "行政单位医疗", Line: 199, Cells: incomeCells("60.99", "60.99", "")},
		accounts.Row{Function: fn("221"), Name: "住房保障支出", Line: 200, Cells: incomeCells("445.69", "445.69", "")},
		accounts.Row{Function: fn("22102"), Name: "住房改革支出", Line: 201, Cells: incomeCells("445.69", "445.69", "")},
		accounts.Row{Function: fn("2210201"), Name: "住房公积金", Line: 202, Cells: incomeCells("187.19", "187.19", "")},
		accounts.Row{Function: fn("2210203"), Name: "购房补贴", Line: 203, Cells: incomeCells("258.50", "258.50", "")},
	)
}

// spent is a row of 合计 / 基本支出 / 项目支出 (blank when "").
func spent(total, basic, project string) cells {
	cs := cells{colTotal: c(total)}
	if basic != "" {
		cs[colBasic] = c(basic)
	}
	if project != "" {
		cs[colProject] = c(project)
	}
	return cs
}

func putuoExpenditure() *accounts.Table {
	return putuoTable(accounts.KindExpenditure, "支出决算表",
		accounts.Row{Item: accounts.ItemTotal, Name: "合计", Line: 213, Cells: spent("2,940.05", "2,336.91", "603.14")},
		accounts.Row{Function: fn("201"), Name: "一般公共服务支出", Line: 217, Cells: spent("2,106.66", "1,503.52", "603.14")},
		accounts.Row{Function: fn("20106"), Name: "财政事务", Line: 219, Cells: spent("2,106.66", "1,503.52", "603.14")},
		accounts.Row{Function: fn("2010601"), Name: "行政运行", Line: 221, Cells: spent("1,511.89", "1,503.52", "8.37")},
		accounts.Row{Function: fn("2010602"), Name: "一般行政管理事务", Line: 223, Cells: spent("10.00", "", "10.00")},
		accounts.Row{Function: fn("2010607"), Name: "信息化建设", Line: 224, Cells: spent("135.25", "", "135.25")},
		accounts.Row{Function: fn("2010608"), Name: "财政委托业务支出", Line: 226, Cells: spent("449.52", "", "449.52")},
		accounts.Row{Function: fn("208"), Name: "社会保障和就业支出", Line: 228, Cells: spent("326.72", "326.72", "")},
		accounts.Row{Function: fn("20805"), Name: "行政事业单位养老支出", Line: 229, Cells: spent("326.72", "326.72", "")},
		accounts.Row{Function: fn("2080501"), Name: "行政单位离退休", Line: 230, Cells: spent("84.65", "84.65", "")},
		accounts.Row{Function: fn("2080505"), Name: "机关事业单位基本养老保险缴费支出", Line: 232, Cells: spent("160.75", "160.75", "")},
		accounts.Row{Function: fn("2080506"), Name: "机关事业单位职业年金缴费支出", Line: 236, Cells: spent("80.38", "80.38", "")},
		accounts.Row{Function: fn("2080599"), Name: "其他行政事业单位养老支出", Line: 239, Cells: spent("0.94", "0.94", "")},
		accounts.Row{Function: fn("210"), Name: "卫生健康支出", Line: 240, Cells: spent("60.99", "60.99", "")},
		accounts.Row{Function: fn("21011"), Name: "行政事业单位医疗", Line: 241, Cells: spent("60.99", "60.99", "")},
		accounts.Row{Function: fn("2101101"), Name: "行政单位医疗", Line: 242, Cells: spent("60.99", "60.99", "")},
		accounts.Row{Function: fn("221"), Name: "住房保障支出", Line: 243, Cells: spent("445.69", "445.69", "")},
		accounts.Row{Function: fn("22102"), Name: "住房改革支出", Line: 244, Cells: spent("445.69", "445.69", "")},
		accounts.Row{Function: fn("2210201"), Name: "住房公积金", Line: 245, Cells: spent("187.19", "187.19", "")},
		accounts.Row{Function: fn("2210203"), Name: "购房补贴", Line: 246, Cells: spent("258.50", "258.50", "")},
	)
}

// general is a 财政拨款总表 expenditure row: 合计 and 一般公共预算财政拨款.
func general(s string) cells { return cells{colTotal: c(s), colGeneral: c(s)} }

func putuoAppropriationSummary() *accounts.Table {
	open := accounts.ItemOpening
	return putuoTable(accounts.KindAppropriationSummary, "财政拨款收入支出决算总表",
		accounts.Row{Side: inc, Item: accounts.ItemGeneral, Name: "一、一般公共预算财政拨款", Line: 258, Cells: amount("2,940.05")},
		accounts.Row{Side: exp, Function: fn("201"), Name: "一、一般公共服务支出", Line: 259, Cells: general("2,106.66")},
		accounts.Row{Side: inc, Item: accounts.ItemGovFund, Name: "二、政府性基金预算财政拨款", Line: 260},
		accounts.Row{Side: exp, Function: fn("202"), Name: "二、外交支出", Line: 261},
		accounts.Row{Side: inc, Item: accounts.ItemStateCapital, Name: "三、国有资本经营预算财政拨款", Line: 263},
		accounts.Row{Side: exp, Function: fn("203"), Name: "三、国防支出", Line: 264},
		accounts.Row{Side: exp, Function: fn("204"), Name: "四、公共安全支出", Line: 266},
		accounts.Row{Side: exp, Function: fn("205"), Name: "五、教育支出", Line: 267},
		accounts.Row{Side: exp, Function: fn("206"), Name: "六、科学技术支出", Line: 268},
		accounts.Row{Side: exp, Function: fn("207"), Name: "七、文化旅游体育与传媒支出", Line: 269},
		accounts.Row{Side: exp, Function: fn("208"), Name: "八、社会保障和就业支出", Line: 271, Cells: general("326.71")},
		accounts.Row{Side: exp, Function: fn("210"), Name: "九、卫生健康支出", Line: 272, Cells: general("60.99")},
		accounts.Row{Side: exp, Function: fn("211"), Name: "十、节能环保支出", Line: 273},
		accounts.Row{Side: exp, Function: fn("212"), Name: "十一、城乡社区支出", Line: 274},
		accounts.Row{Side: exp, Function: fn("213"), Name: "十二、农林水支出", Line: 275},
		accounts.Row{Side: exp, Function: fn("214"), Name: "十三、交通运输支出", Line: 276},
		accounts.Row{Side: exp, Function: fn("215"), Name: "十四、资源勘探工业信息等支出", Line: 277},
		accounts.Row{Side: exp, Function: fn("216"), Name: "十五、商业服务业等支出", Line: 279},
		accounts.Row{Side: exp, Function: fn("217"), Name: "十六、金融支出", Line: 280},
		accounts.Row{Side: exp, Function: fn("219"), Name: "十七、援助其他地区支出", Line: 281},
		accounts.Row{Side: exp, Function: fn("220"), Name: "十八、自然资源海洋气象等支出", Line: 282},
		accounts.Row{Side: exp, Function: fn("221"), Name: "十九、住房保障支出", Line: 284, Cells: general("445.69")},
		accounts.Row{Side: exp, Function: fn("222"), Name: "二十、粮油物资储备支出", Line: 285},
		accounts.Row{Side: exp, Function: fn("223"), Name: "二十一、国有资本经营预算支出", Line: 286},
		accounts.Row{Side: exp, Function: fn("224"), Name: "二十二、灾害防治及应急管理支出", Line: 288},
		accounts.Row{Side: exp, Function: fn("229"), Name: "二十三、其他支出", Line: 290},
		accounts.Row{Side: exp, Function: fn("231"), Name: "二十四、债务还本支出", Line: 291},
		accounts.Row{Side: exp, Function: fn("232"), Name: "二十五、债务付息支出", Line: 292},
		accounts.Row{Side: exp, Function: fn("234"), Name: "二十六、抗疫特别国债安排的支出", Line: 293},
		// 本年收入合计's figure and 本年支出合计's 合计 are printed on the
		// line above their labels (295); 一般公共预算财政拨款 on the label's.
		accounts.Row{Side: inc, Item: accounts.ItemIncomeTotal, Name: "本年收入合计", Line: 295, Cells: amount("2,940.05")},
		accounts.Row{Side: exp, Item: accounts.ItemExpenditureTotal, Name: "本年支出合计", Line: 295, Cells: general("2,940.05")},
		accounts.Row{Side: inc, Item: open, Name: "年初财政拨款结转和结余", Line: 297, Cells: amount("21.63")},
		accounts.Row{Side: exp, Item: accounts.ItemClosing, Name: "年末财政拨款结转和结余", Line: 297, Cells: general("21.63")},
		accounts.Row{Side: inc, Under: open, Item: accounts.ItemGeneral, Name: "一、一般公共预算财政拨款", Line: 298, Cells: amount("21.63")},
		accounts.Row{Side: inc, Under: open, Item: accounts.ItemGovFund, Name: "二、政府性基金预算财政拨款", Line: 299},
		accounts.Row{Side: inc, Under: open, Item: accounts.ItemStateCapital, Name: "三、国有资本经营预算财政拨款", Line: 301},
		accounts.Row{Side: inc, Item: accounts.ItemGrandTotal, Name: "总计", Line: 303, Cells: amount("2,961.68")},
		accounts.Row{Side: exp, Item: accounts.ItemGrandTotal, Name: "总计", Line: 303, Cells: general("2,961.68")},
	)
}

func putuoGeneralBudget() *accounts.Table {
	return putuoTable(accounts.KindGeneralBudget, "一般公共预算财政拨款支出决算表",
		accounts.Row{Function: fn("201"), Name: "一般公共服务支出", Line: 312, Cells: spent("2,106.66", "1,503.52", "603.14")},
		accounts.Row{Function: fn("20106"), Name: "财政事务", Line: 313, Cells: spent("2,106.66", "1,503.52", "603.14")},
		accounts.Row{Function: fn("2010601"), Name: "行政运行", Line: 314, Cells: spent("1,511.89", "1,503.52", "8.37")},
		accounts.Row{Function: fn("2010602"), Name: "一般行政管理事务", Line: 315, Cells: spent("10.00", "", "10.00")},
		accounts.Row{Function: fn("2010607"), Name: "信息化建设", Line: 316, Cells: spent("135.25", "", "135.25")},
		accounts.Row{Function: fn("2010608"), Name: "财政委托业务支出", Line: 317, Cells: spent("449.52", "", "449.52")},
		accounts.Row{Function: fn("208"), Name: "社会保障和就业支出", Line: 318, Cells: spent("326.72", "326.72", "")},
		accounts.Row{Function: fn("20805"), Name: "行政事业单位养老支出", Line: 319, Cells: spent("326.72", "326.72", "")},
		accounts.Row{Function: fn("2080501"), Name: "行政单位离退休", Line: 320, Cells: spent("84.65", "84.65", "")},
		accounts.Row{Function: fn("2080505"), Name: "机关事业单位基本养老保险缴费支出", Line: 321, Cells: spent("160.75", "160.75", "")},
		accounts.Row{Function: fn("2080506"), Name: "机关事业单位职业年金缴费支出", Line: 322, Cells: spent("80.38", "80.38", "")},
		accounts.Row{Function: fn("2080599"), Name: "其他行政事业单位养老支出", Line: 323, Cells: spent("0.94", "0.94", "")},
		accounts.Row{Function: fn("210"), Name: "卫生健康支出", Line: 324, Cells: spent("60.99", "60.99", "")},
		accounts.Row{Function: fn("21011"), Name: "行政事业单位医疗", Line: 325, Cells: spent("60.99", "60.99", "")},
		accounts.Row{Function: fn("2101101"), Name: "行政单位医疗", Line: 326, Cells: spent("60.99", "60.99", "")},
		accounts.Row{Function: fn("221"), Name: "住房保障支出", Line: 327, Cells: spent("445.69", "445.69", "")},
		accounts.Row{Function: fn("22102"), Name: "住房改革支出", Line: 328, Cells: spent("445.69", "445.69", "")},
		accounts.Row{Function: fn("2210201"), Name: "住房公积金", Line: 329, Cells: spent("187.19", "187.19", "")},
		accounts.Row{Function: fn("2210203"), Name: "购房补贴", Line: 330, Cells: spent("258.50", "258.50", "")},
		accounts.Row{Item: accounts.ItemTotal, Name: "合计", Line: 331, Cells: spent("2,940.05", "2,336.91", "603.14")},
	)
}

// e is a row of the 基本支出 table: code, name, line of its first token,
// and 决算数 ("" when blank).
func e(code, name string, line int, amt string) accounts.Row {
	r := accounts.Row{Economic: eco(code), Name: name, Line: line}
	if amt != "" {
		r.Cells = amount(amt)
	}
	return r
}

// putuoBasic lists the rows in printed order: line by line, the left half
// (301, 303) before the right (302, 310) on a shared line. A figure
// printed on the line above its code puts the row on that line.
func putuoBasic() *accounts.Table {
	return putuoTable(accounts.KindBasicExpenditure, "一般公共预算财政拨款基本支出决算表",
		e("301", "工资福利支出", 341, "2,082.85"),
		e("302", "商品和服务支出", 341, "171.07"),
		e("30101", "基本工资", 344, "262.33"),
		e("30201", "办公费", 344, "21.21"),
		e("30102", "津贴补贴", 348, "1,238.58"),
		e("30202", "印刷费", 349, "7.61"),
		e("30103", "奖金", 353, ""),
		e("30203", "咨询费", 353, ""),
		e("30204", "手续费", 356, "0.09"),
		e("30106", "伙食补助费", 357, ""),
		e("30107", "绩效工资", 360, ""),
		e("30205", "水费", 360, ""),
		e("30108", "机关事业单位基本养老保险缴费", 363, "160.75"),
		e("30206", "电费", 364, ""),
		e("30109", "职业年金缴费", 368, "80.38"),
		e("30207", "邮电费", 368, "4.88"),
		e("30110", "职工基本医疗保险缴费", 372, "60.99"),
		e("30208", "取暖费", 373, ""),
		e("30111", "公务员医疗补助缴费", 376, ""),
		e("30209", "物业管理费", 376, ""),
		e("30112", "其他社会保障缴费", 379, "1.61"),
		e("30211", "差旅费", 379, "1.20"),
		e("30113", "住房公积金", 383, "187.19"),
		e("30212", "因公出国（境）费用", 384, ""), // letter-spaced "因 公 出 国 （ 境 ） 费" + "用"
		e("30213", "维修（护）费", 388, "2.83"),
		e("30114", "医疗费", 389, ""),
		e("30199", "其他工资福利支出", 392, "91.03"),
		e("30214", "租赁费", 393, ""),
		e("303", "对个人和家庭的补助", 396, "69.41"),
		e("30215", "会议费", 397, ""),
		e("30216", "培训费", 400, "4.05"),
		e("30301", "离休费", 401, ""),
		e("30302", "退休费", 404, "69.10"),
		e("30217", "公务接待费", 405, ""),
		e("30303", "退职（役）费", 408, ""),
		e("30218", "专用材料费", 408, ""),
		e("30304", "抚恤金", 411, ""),
		e("30224", "被装购置费", 411, ""),
		e("30305", "生活补助", 412, ""), // page 17: the right half moves three columns left
		e("30225", "专用燃料费", 412, ""),
		e("30226", "劳务费", 415, "2.01"),
		e("30307", "医疗费补助", 416, ""),
		e("30308", "助学金", 419, ""),
		e("30227", "委托业务费", 419, ""),
		e("30309", "奖励金", 422, "0.31"),
		e("30228", "工会经费", 422, "24.42"),
		e("30229", "福利费", 426, "42.77"),
		e("30310", "个人农业生产补贴", 427, ""),
		e("30311", "代缴社会保险费", 430, ""),
		e("30231", "公务用车运行维护费", 430, ""), // letter-spaced, wrapped
		e("30239", "其他交通费用", 434, "48.49"),
		e("30399", "其他对个人和家庭的补助", 435, ""),
		e("30240", "税金及附加费用", 438, ""),
		e("30299", "其他商品和服务支出", 441, "11.53"), // letter-spaced, wrapped
		e("310", "资本性支出", 446, "13.58"),
		e("31001", "房屋建筑物购建", 450, ""),
		e("31002", "办公设备购置", 453, "13.58"),
		e("31003", "专用设备购置", 457, ""),
		e("31007", "信息网络及软件购置更新", 460, ""),
		e("31013", "公务用车购置", 463, ""),
		e("31019", "其他交通工具购置", 466, ""),
		e("31021", "文物和陈列品购置", 469, ""),
		e("31022", "无形资产购置", 472, ""),
		e("31099", "其他资本性支出", 475, ""),
		accounts.Row{Item: accounts.ItemPersonnelTotal, Name: "人员经费合计", Line: 477, Cells: amount("2,152.26")},
		accounts.Row{Item: accounts.ItemPublicTotal, Name: "公用经费合计", Line: 477, Cells: amount("184.65")},
	)
}

// putuoFund is one of the two empty fund tables: a 合计 row without
// figures, 本年支出's sub-column printed 小计, and the 注 that says the
// table has no data.
func putuoFund(k accounts.TableKind, title string, line int, statement string) *accounts.Table {
	t := putuoTable(k, title, accounts.Row{Item: accounts.ItemTotal, Name: "合计", Line: line})
	t.Headers = map[accounts.Column]string{accounts.ColExpenditure: "小计"}
	t.Notes = []string{"注：" + statement}
	t.EmptyStatement = statement
	return t
}

func putuoTables() *accounts.Tables {
	return &accounts.Tables{
		Summary:              putuoSummary(),
		Income:               putuoIncome(),
		Expenditure:          putuoExpenditure(),
		AppropriationSummary: putuoAppropriationSummary(),
		GeneralBudget:        putuoGeneralBudget(),
		BasicExpenditure:     putuoBasic(),
		GovFund: putuoFund(accounts.KindGovFund, "政府性基金预算财政拨款收入支出决算表", 505,
			"上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。"),
		StateCapital: putuoFund(accounts.KindStateCapital, "国有资本经营预算财政拨款收入支出决算表", 521,
			"上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。"),
	}
}

// putuoThreePublic is the "三公" table (line 491): 0.95 budgeted in 合计
// and 公务接待费, nothing spent.
func putuoThreePublic() *threepublic.Table {
	return &threepublic.Table{
		Title: "财政拨款“三公”经费支出决算表", Unit: fiscal.WanYuan, Decimals: 2, Line: 491,
		Budget: threepublic.Figures{Total: c("0.95"), Reception: c("0.95")},
	}
}
