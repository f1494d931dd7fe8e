// Code generated from a hand-checked transcription of the Daye 2024 report. Edit only
// against the report: each row gives the line it is printed on.

package daye2024

import "github.com/cnfiscal/fiscal/accounts"

// summary returns 公开01表 收入支出决算总表 as published (report line 32).
func summary() *accounts.Table {
	t := table(accounts.KindSummary, "收入支出决算总表", "公开01表", "注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。")
	t.Rows = []accounts.Row{
		{Side: accounts.SideIncome, Item: accounts.ItemGeneralIncome, Name: "一、一般公共预算财政拨款收入", Seq: 1, Line: 57, Cells: accounts.Cells{accounts.ColAmount: c("4402.44")}},
		{Side: accounts.SideExpenditure, Function: fn("201"), Name: "一、一般公共服务支出", Seq: 32, Line: 60, Cells: accounts.Cells{accounts.ColAmount: c("4573.00")}},
		{Side: accounts.SideIncome, Item: accounts.ItemGovFundIncome, Name: "二、政府性基金预算财政拨款收入", Seq: 2, Line: 64, Cells: accounts.Cells{accounts.ColAmount: c("2000.00")}},
		{Side: accounts.SideExpenditure, Function: fn("202"), Name: "二、外交支出", Seq: 33, Line: 67, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Item: accounts.ItemStateCapitalIncome, Name: "三、国有资本经营预算财政拨款收入", Seq: 3, Line: 71, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("203"), Name: "三、国防支出", Seq: 34, Line: 74, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Item: accounts.ItemSuperiorIncome, Name: "四、上级补助收入", Seq: 4, Line: 78, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("204"), Name: "四、公共安全支出", Seq: 35, Line: 81, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Item: accounts.ItemBusinessIncome, Name: "五、事业收入", Seq: 5, Line: 85, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("205"), Name: "五、教育支出", Seq: 36, Line: 88, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Item: accounts.ItemOperatingIncome, Name: "六、经营收入", Seq: 6, Line: 92, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("206"), Name: "六、科学技术支出", Seq: 37, Line: 95, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Item: accounts.ItemAffiliatedIncome, Name: "七、附属单位上缴收入", Seq: 7, Line: 99, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("207"), Name: "七、文化旅游体育与传媒支出", Seq: 38, Line: 102, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Item: accounts.ItemOtherIncome, Name: "八、其他收入", Seq: 8, Line: 106, Cells: accounts.Cells{accounts.ColAmount: c("174.60")}},
		{Side: accounts.SideExpenditure, Function: fn("208"), Name: "八、社会保障和就业支出", Seq: 39, Line: 109, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("210"), Name: "九、卫生健康支出", Seq: 40, Line: 116, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("211"), Name: "十、节能环保支出", Seq: 41, Line: 123, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("212"), Name: "十一、城乡社区支出", Seq: 42, Line: 130, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("213"), Name: "十二、农林水支出", Seq: 43, Line: 137, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("214"), Name: "十三、交通运输支出", Seq: 44, Line: 144, Cells: accounts.Cells{accounts.ColAmount: c("4.03")}},
		{Side: accounts.SideExpenditure, Function: fn("215"), Name: "十四、资源勘探工业信息等支出", Seq: 45, Line: 151, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("216"), Name: "十五、商业服务业等支出", Seq: 46, Line: 158, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("217"), Name: "十六、金融支出", Seq: 47, Line: 165, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("219"), Name: "十七、援助其他地区支出", Seq: 48, Line: 172, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("220"), Name: "十八、自然资源海洋气象等支出", Seq: 49, Line: 179, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("221"), Name: "十九、住房保障支出", Seq: 50, Line: 186, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("222"), Name: "二十、粮油物资储备支出", Seq: 51, Line: 193, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("223"), Name: "二十一、国有资本经营预算支出", Seq: 52, Line: 200, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("224"), Name: "二十二、灾害防治及应急管理支出", Seq: 53, Line: 207, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("229"), Name: "二十三、其他支出", Seq: 54, Line: 214, Cells: accounts.Cells{accounts.ColAmount: c("2000.00")}},
		{Side: accounts.SideExpenditure, Function: fn("231"), Name: "二十四、债务还本支出", Seq: 55, Line: 221, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("232"), Name: "二十五、债务付息支出", Seq: 56, Line: 228, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("234"), Name: "二十六、抗疫特别国债安排的支出", Seq: 57, Line: 235, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Item: accounts.ItemIncomeTotal, Name: "本年收入合计", Seq: 27, Line: 239, Cells: accounts.Cells{accounts.ColAmount: c("6577.03")}},
		{Side: accounts.SideExpenditure, Item: accounts.ItemExpenditureTotal, Name: "本年支出合计", Seq: 58, Line: 242, Cells: accounts.Cells{accounts.ColAmount: c("6577.03")}},
		{Side: accounts.SideIncome, Item: accounts.ItemNonAppropriationSurplus, Name: "使用非财政拨款结余", Seq: 28, Line: 246, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Item: accounts.ItemSurplusDistribution, Name: "结余分配", Seq: 59, Line: 249, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Item: accounts.ItemOpening, Name: "年初结转和结余", Seq: 29, Line: 253, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Item: accounts.ItemClosing, Name: "年末结转和结余", Seq: 60, Line: 256, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Item: accounts.ItemGrandTotal, Name: "总计", Seq: 31, Line: 267, Cells: accounts.Cells{accounts.ColAmount: c("6577.03")}},
		{Side: accounts.SideExpenditure, Item: accounts.ItemGrandTotal, Name: "总计", Seq: 62, Line: 270, Cells: accounts.Cells{accounts.ColAmount: c("6577.03")}},
	}
	return t
}

// income returns 公开02表 收入决算表 as published (report line 282).
func income() *accounts.Table {
	t := table(accounts.KindIncome, "收入决算表", "公开02表", "注：本表反映部门本年度取得的各项收入情况。")
	t.Rows = []accounts.Row{
		{Item: accounts.ItemTotal, Name: "合计", Line: 358, Cells: accounts.Cells{accounts.ColTotal: c("6,577.03"), accounts.ColAppropriation: c("6,402.44"), accounts.ColOtherIncome: c("174.60")}},
		{Function: fn("201"), Name: "一般公共服务支出", Line: 367, Cells: accounts.Cells{accounts.ColTotal: c("4,573.01"), accounts.ColAppropriation: c("4,402.44"), accounts.ColOtherIncome: c("170.57")}},
		{Function: fn("20103"), Name: "政府办公厅（室）及相关机构事务", Line: 377, Cells: accounts.Cells{accounts.ColTotal: c("4,556.95"), accounts.ColAppropriation: c("4,386.38"), accounts.ColOtherIncome: c("170.57")}},
		{Function: fn("2010399"), Name: "其他政府办公厅（室）及相关机构事务支出", Line: 387, Cells: accounts.Cells{accounts.ColTotal: c("4,556.95"), accounts.ColAppropriation: c("4,386.38"), accounts.ColOtherIncome: c("170.57")}},
		{Function: fn("20113"), Name: "商贸事务", Line: 397, Cells: accounts.Cells{accounts.ColTotal: c("16.06"), accounts.ColAppropriation: c("16.06")}},
		{Function: fn("2011308"), Name: "招商引资", Line: 407, Cells: accounts.Cells{accounts.ColTotal: c("16.06"), accounts.ColAppropriation: c("16.06")}},
		{Function: fn("214"), Name: "交通运输支出", Line: 417, Cells: accounts.Cells{accounts.ColTotal: c("4.03"), accounts.ColOtherIncome: c("4.03")}},
		{Function: fn("21401"), Name: "公路水路运输", Line: 427, Cells: accounts.Cells{accounts.ColTotal: c("4.03"), accounts.ColOtherIncome: c("4.03")}},
		{Function: fn("2140199"), Name: "其他公路水路运输支出", Line: 437, Cells: accounts.Cells{accounts.ColTotal: c("4.03"), accounts.ColOtherIncome: c("4.03")}},
		{Function: fn("229"), Name: "其他支出", Line: 447, Cells: accounts.Cells{accounts.ColTotal: c("2,000.00"), accounts.ColAppropriation: c("2,000.00")}},
		{Function: fn("22904"), Name: "其他政府性基金及对应专项债务收入安排的支出", Line: 457, Cells: accounts.Cells{accounts.ColTotal: c("2,000.00"), accounts.ColAppropriation: c("2,000.00")}},
		{Function: fn("2290402"), Name: "其他地方自行试点项目收益专项债券收入安排的支出", Line: 467, Cells: accounts.Cells{accounts.ColTotal: c("2,000.00"), accounts.ColAppropriation: c("2,000.00")}},
	}
	return t
}

// expenditure returns 公开03表 支出决算表 as published (report line 481).
func expenditure() *accounts.Table {
	t := table(accounts.KindExpenditure, "支出决算表", "公开03表", "注：本表反映部门本年度各项支出情况。")
	t.Rows = []accounts.Row{
		{Item: accounts.ItemTotal, Name: "合计", Line: 545, Cells: accounts.Cells{accounts.ColTotal: c("6,577.03"), accounts.ColBasic: c("1,281.34"), accounts.ColProject: c("5,295.70")}},
		{Function: fn("201"), Name: "一般公共服务支出", Line: 553, Cells: accounts.Cells{accounts.ColTotal: c("4,573.01"), accounts.ColBasic: c("1,277.31"), accounts.ColProject: c("3,295.70")}},
		{Function: fn("20103"), Name: "政府办公厅（室）及相关机构事务", Line: 562, Cells: accounts.Cells{accounts.ColTotal: c("4,556.95"), accounts.ColBasic: c("1,277.31"), accounts.ColProject: c("3,279.64")}},
		{Function: fn("2010399"), Name: "其他政府办公厅（室）及相关机构事务支出", Line: 571, Cells: accounts.Cells{accounts.ColTotal: c("4,556.95"), accounts.ColBasic: c("1,277.31"), accounts.ColProject: c("3,279.64")}},
		{Function: fn("20113"), Name: "商贸事务", Line: 580, Cells: accounts.Cells{accounts.ColTotal: c("16.06"), accounts.ColProject: c("16.06")}},
		{Function: fn("2011308"), Name: "招商引资", Line: 589, Cells: accounts.Cells{accounts.ColTotal: c("16.06"), accounts.ColProject: c("16.06")}},
		{Function: fn("214"), Name: "交通运输支出", Line: 598, Cells: accounts.Cells{accounts.ColTotal: c("4.03"), accounts.ColBasic: c("4.03")}},
		{Function: fn("21401"), Name: "公路水路运输", Line: 607, Cells: accounts.Cells{accounts.ColTotal: c("4.03"), accounts.ColBasic: c("4.03")}},
		{Function: fn("2140199"), Name: "其他公路水路运输支出", Line: 616, Cells: accounts.Cells{accounts.ColTotal: c("4.03"), accounts.ColBasic: c("4.03")}},
		{Function: fn("229"), Name: "其他支出", Line: 625, Cells: accounts.Cells{accounts.ColTotal: c("2,000.00"), accounts.ColProject: c("2,000.00")}},
		{Function: fn("22904"), Name: "其他政府性基金及对应专项债务收入安排的支出", Line: 634, Cells: accounts.Cells{accounts.ColTotal: c("2,000.00"), accounts.ColProject: c("2,000.00")}},
		{Function: fn("2290402"), Name: "其他地方自行试点项目收益专项债券收入安排的支出", Line: 643, Cells: accounts.Cells{accounts.ColTotal: c("2,000.00"), accounts.ColProject: c("2,000.00")}},
	}
	return t
}

// appropriationSummary returns 公开04表 财政拨款收入支出决算总表 as published (report line 655).
func appropriationSummary() *accounts.Table {
	t := table(accounts.KindAppropriationSummary, "财政拨款收入支出决算总表", "公开04表", "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。")
	t.Rows = []accounts.Row{
		{Side: accounts.SideIncome, Item: accounts.ItemGeneral, Name: "一、一般公共预算财政拨款", Seq: 1, Line: 702, Cells: accounts.Cells{accounts.ColAmount: c("4,402.44")}},
		{Side: accounts.SideExpenditure, Function: fn("201"), Name: "一、一般公共服务支出", Seq: 33, Line: 705, Cells: accounts.Cells{accounts.ColTotal: c("4,402.44"), accounts.ColGeneral: c("4,402.44")}},
		{Side: accounts.SideIncome, Item: accounts.ItemGovFund, Name: "二、政府性基金预算财政拨款", Seq: 2, Line: 712, Cells: accounts.Cells{accounts.ColAmount: c("2,000.00")}},
		{Side: accounts.SideExpenditure, Function: fn("202"), Name: "二、外交支出", Seq: 34, Line: 715, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Item: accounts.ItemStateCapital, Name: "三、国有资本经营财政拨款", Seq: 3, Line: 722, Cells: accounts.Cells{accounts.ColAmount: c("0")}},
		{Side: accounts.SideExpenditure, Function: fn("203"), Name: "三、国防支出", Seq: 35, Line: 725, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("204"), Name: "四、公共安全支出", Seq: 36, Line: 735, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("205"), Name: "五、教育支出", Seq: 37, Line: 745, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("206"), Name: "六、科学技术支出", Seq: 38, Line: 755, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("207"), Name: "七、文化旅游体育与传媒支出", Seq: 39, Line: 765, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("208"), Name: "八、社会保障和就业支出", Seq: 40, Line: 775, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("210"), Name: "九、卫生健康支出", Seq: 41, Line: 785, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("211"), Name: "十、节能环保支出", Seq: 42, Line: 795, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("212"), Name: "十一、城乡社区支出", Seq: 43, Line: 805, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("213"), Name: "十二、农林水支出", Seq: 44, Line: 815, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("214"), Name: "十三、交通运输支出", Seq: 45, Line: 825, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("215"), Name: "十四、资源勘探工业信息等支出", Seq: 46, Line: 835, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("216"), Name: "十五、商业服务业等支出", Seq: 47, Line: 845, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("217"), Name: "十六、金融支出", Seq: 48, Line: 855, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("219"), Name: "十七、援助其他地区支出", Seq: 49, Line: 865, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("220"), Name: "十八、自然资源海洋气象等支出", Seq: 50, Line: 875, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("221"), Name: "十九、住房保障支出", Seq: 51, Line: 885, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("222"), Name: "二十、粮油物资储备支出", Seq: 52, Line: 895, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("223"), Name: "二十一、国有资本经营预算支出", Seq: 53, Line: 905, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("224"), Name: "二十二、灾害防治及应急管理支出", Seq: 54, Line: 915, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("229"), Name: "二十三、其他支出", Seq: 55, Line: 925, Cells: accounts.Cells{accounts.ColTotal: c("2,000.00"), accounts.ColGovFund: c("2,000.00")}},
		{Side: accounts.SideExpenditure, Function: fn("231"), Name: "二十四、债务还本支出", Seq: 56, Line: 935, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("232"), Name: "二十五、债务付息支出", Seq: 57, Line: 945, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Function: fn("234"), Name: "二十六、抗疫特别国债安排的支出", Seq: 58, Line: 955, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Item: accounts.ItemIncomeTotal, Name: "本年收入合计", Seq: 27, Line: 962, Cells: accounts.Cells{accounts.ColAmount: c("6,402.44")}},
		{Side: accounts.SideExpenditure, Item: accounts.ItemExpenditureTotal, Name: "本年支出合计", Seq: 59, Line: 965, Cells: accounts.Cells{accounts.ColTotal: c("6,402.44"), accounts.ColGeneral: c("4,402.44"), accounts.ColGovFund: c("2,000.00"), accounts.ColStateCapital: c("0")}},
		{Side: accounts.SideIncome, Item: accounts.ItemOpening, Name: "年初财政拨款结转和结余", Seq: 28, Line: 972, Cells: accounts.Cells{}},
		{Side: accounts.SideExpenditure, Item: accounts.ItemClosing, Name: "年末财政拨款结转和结余", Seq: 60, Line: 975, Cells: accounts.Cells{accounts.ColGovFund: c("0"), accounts.ColStateCapital: c("0")}},
		{Side: accounts.SideIncome, Under: accounts.ItemOpening, Item: accounts.ItemGeneral, Name: "一般公共预算财政拨款", Seq: 29, Line: 982, Cells: accounts.Cells{}},
		{Side: accounts.SideIncome, Under: accounts.ItemOpening, Item: accounts.ItemGovFund, Name: "政府性基金预算财政拨款", Seq: 30, Line: 992, Cells: accounts.Cells{accounts.ColAmount: c("0")}},
		{Side: accounts.SideIncome, Under: accounts.ItemOpening, Item: accounts.ItemStateCapital, Name: "国有资本经营预算财政拨款", Seq: 31, Line: 1002, Cells: accounts.Cells{accounts.ColAmount: c("0")}},
		{Side: accounts.SideIncome, Item: accounts.ItemGrandTotal, Name: "总计", Seq: 32, Line: 1012, Cells: accounts.Cells{accounts.ColAmount: c("6,402.44")}},
		{Side: accounts.SideExpenditure, Item: accounts.ItemGrandTotal, Name: "总计", Seq: 64, Line: 1015, Cells: accounts.Cells{accounts.ColTotal: c("6,402.44"), accounts.ColGeneral: c("4,402.44"), accounts.ColGovFund: c("2,000.00"), accounts.ColStateCapital: c("0")}},
	}
	return t
}

// generalBudget returns 公开05表 一般公共预算财政拨款支出决算表 as published (report line 1025).
func generalBudget() *accounts.Table {
	t := table(accounts.KindGeneralBudget, "一般公共预算财政拨款支出决算表", "公开05表", "注：本表反映部门本年度一般公共预算财政拨款支出情况。")
	t.Headers = map[accounts.Column]string{accounts.ColTotal: "小计"}
	t.Rows = []accounts.Row{
		{Item: accounts.ItemTotal, Name: "合计", Line: 1067, Cells: accounts.Cells{accounts.ColTotal: c("4,402.44"), accounts.ColBasic: c("1,106.74"), accounts.ColProject: c("3,295.70")}},
		{Function: fn("201"), Name: "一般公共服务支出", Line: 1072, Cells: accounts.Cells{accounts.ColTotal: c("4,402.44"), accounts.ColBasic: c("1,106.74"), accounts.ColProject: c("3,295.70")}},
		{Function: fn("20103"), Name: "政府办公厅（室）及相关机构事务", Line: 1078, Cells: accounts.Cells{accounts.ColTotal: c("4,386.38"), accounts.ColBasic: c("1,106.74"), accounts.ColProject: c("3,279.64")}},
		{Function: fn("2010399"), Name: "其他政府办公厅（室）及相关机构事务支出", Line: 1084, Cells: accounts.Cells{accounts.ColTotal: c("4,386.38"), accounts.ColBasic: c("1,106.74"), accounts.ColProject: c("3,279.64")}},
		{Function: fn("20113"), Name: "商贸事务", Line: 1090, Cells: accounts.Cells{accounts.ColTotal: c("16.06"), accounts.ColProject: c("16.06")}},
		{Function: fn("2011308"), Name: "招商引资", Line: 1096, Cells: accounts.Cells{accounts.ColTotal: c("16.06"), accounts.ColProject: c("16.06")}},
	}
	return t
}

// basicExpenditure returns 公开06表 一般公共预算财政拨款基本支出决算明细表 as published (report line 1105).
func basicExpenditure() *accounts.Table {
	t := table(accounts.KindBasicExpenditure, "一般公共预算财政拨款基本支出决算明细表", "公开06表", "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")
	t.Rows = []accounts.Row{
		{Economic: eco("301"), Name: "工资福利支出", Line: 1138, Cells: accounts.Cells{accounts.ColAmount: c("972.54")}},
		{Economic: eco("302"), Name: "商品和服务支出", Line: 1141, Cells: accounts.Cells{accounts.ColAmount: c("116.92")}},
		{Economic: eco("307"), Name: "债务利息及费用支出", Line: 1144, Cells: accounts.Cells{}},
		{Economic: eco("30101"), Name: "基本工资", Line: 1148, Cells: accounts.Cells{accounts.ColAmount: c("208.26")}},
		{Economic: eco("30201"), Name: "办公费", Line: 1151, Cells: accounts.Cells{accounts.ColAmount: c("3.29")}},
		{Economic: eco("30701"), Name: "国内债务付息", Line: 1154, Cells: accounts.Cells{}},
		{Economic: eco("30102"), Name: "津贴补贴", Line: 1158, Cells: accounts.Cells{accounts.ColAmount: c("73.83")}},
		{Economic: eco("30202"), Name: "印刷费", Line: 1161, Cells: accounts.Cells{accounts.ColAmount: c("0.29")}},
		{Economic: eco("30702"), Name: "国外债务付息", Line: 1164, Cells: accounts.Cells{}},
		{Economic: eco("30103"), Name: "奖金", Line: 1168, Cells: accounts.Cells{accounts.ColAmount: c("291.06")}},
		{Economic: eco("30203"), Name: "咨询费", Line: 1171, Cells: accounts.Cells{}},
		{Economic: eco("310"), Name: "资本性支出", Line: 1174, Cells: accounts.Cells{accounts.ColAmount: c("7.74")}},
		{Economic: eco("30106"), Name: "伙食补助费", Line: 1178, Cells: accounts.Cells{}},
		{Economic: eco("30204"), Name: "手续费", Line: 1181, Cells: accounts.Cells{}},
		{Economic: eco("31001"), Name: "房屋建筑物购建", Line: 1184, Cells: accounts.Cells{}},
		{Economic: eco("30107"), Name: "绩效工资", Line: 1188, Cells: accounts.Cells{accounts.ColAmount: c("104.72")}},
		{Economic: eco("30205"), Name: "水费", Line: 1191, Cells: accounts.Cells{accounts.ColAmount: c("0.11")}},
		{Economic: eco("31002"), Name: "办公设备购置", Line: 1194, Cells: accounts.Cells{accounts.ColAmount: c("7.74")}},
		{Economic: eco("30108"), Name: "机关事业单位基本养老保险缴费", Line: 1198, Cells: accounts.Cells{accounts.ColAmount: c("100.03")}},
		{Economic: eco("30206"), Name: "电费", Line: 1201, Cells: accounts.Cells{accounts.ColAmount: c("1.18")}},
		{Economic: eco("31003"), Name: "专用设备购置", Line: 1204, Cells: accounts.Cells{}},
		{Economic: eco("30109"), Name: "职业年金缴费", Line: 1208, Cells: accounts.Cells{accounts.ColAmount: c("6.08")}},
		{Economic: eco("30207"), Name: "邮电费", Line: 1211, Cells: accounts.Cells{accounts.ColAmount: c("0.02")}},
		{Economic: eco("31005"), Name: "基础设施建设", Line: 1214, Cells: accounts.Cells{}},
		{Economic: eco("30110"), Name: "职工基本医疗保险缴费", Line: 1218, Cells: accounts.Cells{accounts.ColAmount: c("60.72")}},
		{Economic: eco("30208"), Name: "取暖费", Line: 1221, Cells: accounts.Cells{}},
		{Economic: eco("31006"), Name: "大型修缮", Line: 1224, Cells: accounts.Cells{}},
		{Economic: eco("30111"), Name: "公务员医疗补助缴费", Line: 1228, Cells: accounts.Cells{accounts.ColAmount: c("36.96")}},
		{Economic: eco("30209"), Name: "物业管理费", Line: 1231, Cells: accounts.Cells{}},
		{Economic: eco("31007"), Name: "信息网络及软件购置更新", Line: 1234, Cells: accounts.Cells{}},
		{Economic: eco("30112"), Name: "其他社会保障缴费", Line: 1238, Cells: accounts.Cells{accounts.ColAmount: c("5.83")}},
		{Economic: eco("30211"), Name: "差旅费", Line: 1241, Cells: accounts.Cells{accounts.ColAmount: c("10.05")}},
		{Economic: eco("31008"), Name: "物资储备", Line: 1244, Cells: accounts.Cells{}},
		{Economic: eco("30113"), Name: "住房公积金", Line: 1248, Cells: accounts.Cells{accounts.ColAmount: c("85.06")}},
		{Economic: eco("30212"), Name: "因公出国（境）费用", Line: 1251, Cells: accounts.Cells{}},
		{Economic: eco("31009"), Name: "土地补偿", Line: 1254, Cells: accounts.Cells{}},
		{Economic: eco("30114"), Name: "医疗费", Line: 1258, Cells: accounts.Cells{}},
		{Economic: eco("30213"), Name: "维修（护）费", Line: 1261, Cells: accounts.Cells{}},
		{Economic: eco("31010"), Name: "安置补助", Line: 1264, Cells: accounts.Cells{}},
		{Economic: eco("30199"), Name: "其他工资福利支出", Line: 1268, Cells: accounts.Cells{}},
		{Economic: eco("30214"), Name: "租赁费", Line: 1271, Cells: accounts.Cells{}},
		{Economic: eco("31011"), Name: "地上附着物和青苗补偿", Line: 1274, Cells: accounts.Cells{}},
		{Economic: eco("303"), Name: "对个人和家庭的补助", Line: 1278, Cells: accounts.Cells{accounts.ColAmount: c("9.55")}},
		{Economic: eco("30215"), Name: "会议费", Line: 1281, Cells: accounts.Cells{accounts.ColAmount: c("0.46")}},
		{Economic: eco("31012"), Name: "拆迁补偿", Line: 1284, Cells: accounts.Cells{}},
		{Economic: eco("30301"), Name: "离休费", Line: 1288, Cells: accounts.Cells{}},
		{Economic: eco("30216"), Name: "培训费", Line: 1291, Cells: accounts.Cells{accounts.ColAmount: c("0.33")}},
		{Economic: eco("31013"), Name: "公务用车购置", Line: 1294, Cells: accounts.Cells{}},
		{Economic: eco("30302"), Name: "退休费", Line: 1298, Cells: accounts.Cells{accounts.ColAmount: c("9.55")}},
		{Economic: eco("30217"), Name: "公务接待费", Line: 1301, Cells: accounts.Cells{accounts.ColAmount: c("1.71")}},
		{Economic: eco("31019"), Name: "其他交通工具购置", Line: 1304, Cells: accounts.Cells{}},
		{Economic: eco("30303"), Name: "退职（役）费", Line: 1308, Cells: accounts.Cells{}},
		{Economic: eco("30218"), Name: "专用材料费", Line: 1311, Cells: accounts.Cells{}},
		{Economic: eco("31021"), Name: "文物和陈列品购置", Line: 1314, Cells: accounts.Cells{}},
		{Economic: eco("30304"), Name: "抚恤金", Line: 1318, Cells: accounts.Cells{}},
		{Economic: eco("30224"), Name: "被装购置费", Line: 1321, Cells: accounts.Cells{}},
		{Economic: eco("31022"), Name: "无形资产购置", Line: 1324, Cells: accounts.Cells{}},
		{Economic: eco("30305"), Name: "生活补助", Line: 1328, Cells: accounts.Cells{}},
		{Economic: eco("30225"), Name: "专用燃料费", Line: 1331, Cells: accounts.Cells{}},
		{Economic: eco("31099"), Name: "其他资本性支出", Line: 1334, Cells: accounts.Cells{}},
		{Economic: eco("30306"), Name: "救济费", Line: 1338, Cells: accounts.Cells{}},
		{Economic: eco("30226"), Name: "劳务费", Line: 1341, Cells: accounts.Cells{accounts.ColAmount: c("2.12")}},
		{Economic: eco("399"), Name: "其他支出", Line: 1344, Cells: accounts.Cells{}},
		{Economic: eco("30307"), Name: "医疗费补助", Line: 1348, Cells: accounts.Cells{}},
		{Economic: eco("30227"), Name: "委托业务费", Line: 1351, Cells: accounts.Cells{accounts.ColAmount: c("25.11")}},
		{Economic: eco("39906"), Name: "赠予", Line: 1354, Cells: accounts.Cells{}},
		{Economic: eco("30308"), Name: "助学金", Line: 1358, Cells: accounts.Cells{}},
		{Economic: eco("30228"), Name: "工会经费", Line: 1361, Cells: accounts.Cells{accounts.ColAmount: c("23.85")}},
		{Economic: eco("39907"), Name: "国家赔偿费用支出", Line: 1364, Cells: accounts.Cells{}},
		{Economic: eco("30309"), Name: "奖励金", Line: 1368, Cells: accounts.Cells{}},
		{Economic: eco("30229"), Name: "福利费", Line: 1371, Cells: accounts.Cells{}},
		{Economic: eco("39908"), Name: "对民间非营利组织和群众性自治组织补贴", Line: 1374, Cells: accounts.Cells{}},
		{Economic: eco("30310"), Name: "个人农业生产补贴", Line: 1378, Cells: accounts.Cells{}},
		{Economic: eco("30231"), Name: "公务用车运行维护费", Line: 1381, Cells: accounts.Cells{}},
		{Economic: eco("39999"), Name: "其他支出", Line: 1384, Cells: accounts.Cells{}},
		{Economic: eco("30311"), Name: "代缴社会保险费", Line: 1388, Cells: accounts.Cells{}},
		{Economic: eco("30239"), Name: "其他交通费用", Line: 1391, Cells: accounts.Cells{accounts.ColAmount: c("13.69")}},
		{Economic: eco("30399"), Name: "其他对个人和家庭的补助", Line: 1398, Cells: accounts.Cells{}},
		{Economic: eco("30240"), Name: "税金及附加费用", Line: 1401, Cells: accounts.Cells{}},
		{Economic: eco("30299"), Name: "其他商品和服务支出", Line: 1411, Cells: accounts.Cells{accounts.ColAmount: c("34.70")}},
		{Item: accounts.ItemPersonnelTotal, Name: "人员经费合计", Line: 1418, Cells: accounts.Cells{accounts.ColAmount: c("982.08")}},
		{Item: accounts.ItemPublicTotal, Name: "公用经费合计", Line: 1420, Cells: accounts.Cells{accounts.ColAmount: c("124.66")}},
	}
	return t
}

// govFund returns 公开07表 政府性基金预算财政拨款收入支出决算表 as published (report line 1429).
func govFund() *accounts.Table {
	t := table(accounts.KindGovFund, "政府性基金预算财政拨款收入支出决算表", "公开07表", "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。")
	t.Headers = map[accounts.Column]string{accounts.ColExpenditure: "小计"}
	t.Rows = []accounts.Row{
		{Item: accounts.ItemTotal, Name: "合计", Line: 1489, Cells: accounts.Cells{accounts.ColIncome: c("2,000.00"), accounts.ColExpenditure: c("2,000.00"), accounts.ColProject: c("2,000.00")}},
		{Function: fn("229"), Name: "其他支出", Line: 1497, Cells: accounts.Cells{accounts.ColIncome: c("2,000.00"), accounts.ColExpenditure: c("2,000.00"), accounts.ColProject: c("2,000.00")}},
		{Function: fn("22904"), Name: "其他政府性基金及对应专项债务收入安排的支出", Line: 1506, Cells: accounts.Cells{accounts.ColIncome: c("2,000.00"), accounts.ColExpenditure: c("2,000.00"), accounts.ColProject: c("2,000.00")}},
		{Function: fn("2290402"), Name: "其他地方自行试点项目收益专项债券收入安排的支出", Line: 1515, Cells: accounts.Cells{accounts.ColIncome: c("2,000.00"), accounts.ColExpenditure: c("2,000.00"), accounts.ColProject: c("2,000.00")}},
	}
	return t
}

// stateCapital returns 公开08表 国有资本经营预算财政拨款支出决算表 as published (report line 1529).
func stateCapital() *accounts.Table {
	t := table(accounts.KindStateCapital, "国有资本经营预算财政拨款支出决算表", "公开08表", "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。")
	t.Columns = accounts.HubeiStateCapitalColumns()
	t.Headers = map[accounts.Column]string{accounts.ColExpenditure: "合计"}
	t.EmptyStatement = "本单位无此项内容，故本表无数据。"
	t.Rows = []accounts.Row{
		{Item: accounts.ItemTotal, Name: "合计", Line: 1567, Cells: accounts.Cells{}},
	}
	return t
}
