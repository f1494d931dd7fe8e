package daye2024

import (
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
)

// Narrative returns every figure of the 情况说明 (report lines 1653–2096)
// as a statement pointing at what it claims: the table cell it repeats, the
// numerator and denominator of a share, the actual and budget of a
// completion rate. Each points at the cell the sentence means, even where
// the printed figure is wrong (line 1677 prints 6402.44 for 公开05's
// 4,402.44): finding the difference is the checker's job.
//
// Left out, as not figures of the department's money: the results of
// performance indicators quoted in the 预算绩效 paragraphs and the project
// summaries (工单完成率达100%, 外出招商次数3次, 新增就业岗位280人, …),
// which belong to the self-evaluation forms; and the 100万元 threshold of
// line 1747. The 年初预算数 of the three 项 on lines 1691–1695 have no
// source; they enter as printed figures (the budgets of the completion
// rates and comparisons) and through the sum that line 1689's total makes
// of them.
func Narrative() []disclosure.Statement {
	var out []disclosure.Statement
	add := func(s ...disclosure.Statement) { out = append(out, s...) }

	// 收入支出决算总体情况说明 (line 1654).
	s := sentence{1656, secTotal, "2024年度收、支总计均为6577.03万元，较上年度各增加1154.49万元，增长21.3%，主要原因是我单位本年度新增预算外资金用于支付食堂相关费用及新增专项债资金用于支付大冶城市智能体建设项目（二期）费用。"}
	add(
		s.amount("2024年度收、支总计（收入总计）", "6577.03万元", t01(accounts.SideIncome, accounts.ItemGrandTotal)),
		s.amount("2024年度收、支总计（支出总计）", "6577.03万元", t01(accounts.SideExpenditure, accounts.ItemGrandTotal)),
		s.change("收入总计较上年度增加", "1154.49万元", "增加", t01(accounts.SideIncome, accounts.ItemGrandTotal)),
		s.change("支出总计较上年度增加", "1154.49万元", "增加", t01(accounts.SideExpenditure, accounts.ItemGrandTotal)),
		s.growth("收入总计增长", "21.3%", "增长", t01(accounts.SideIncome, accounts.ItemGrandTotal), printed("1154.49")),
		s.growth("支出总计增长", "21.3%", "增长", t01(accounts.SideExpenditure, accounts.ItemGrandTotal), printed("1154.49")),
	)

	// 收入决算情况说明 (line 1658).
	incomeTotal := t01(accounts.SideIncome, accounts.ItemIncomeTotal)
	s = sentence{1660, secIncome, "2024年度收入合计6577.03万元，较上年度增加1154.49万元，增长21.3%,主要原因是我单位本年度新增预算外资金用于支付食堂相关费用及新增专项债资金用于支付大冶城市智能体建设项目（二期）费用。"}
	add(
		s.amount("2024年度收入合计", "6577.03万元", incomeTotal),
		s.change("收入合计较上年度增加", "1154.49万元", "增加", incomeTotal),
		s.growth("收入合计增长", "21.3%", "增长", incomeTotal, printed("1154.49")),
	)
	for _, x := range []struct {
		text, subject, figure, share string
		col                          accounts.Column
	}{
		{"其中：财政拨款收入6402.44万元，占本年收入97.4%；", "财政拨款收入", "6402.44万元", "97.4%", accounts.ColAppropriation},
		{"上级补助收入0万元，占本年收入0%；", "上级补助收入", "0万元", "0%", accounts.ColSuperior},
		{"事业收入0万元，占本年收入0%；", "事业收入", "0万元", "0%", accounts.ColBusiness},
		{"经营收入0万元，占本年收入0%；", "经营收入", "0万元", "0%", accounts.ColOperating},
		{"附属单位上缴收入0万元，占本年收入0%；", "附属单位上缴收入", "0万元", "0%", accounts.ColAffiliated},
		{"其他收入 174.6万元，占本年收入2.6%。", "其他收入", "174.6万元", "2.6%", accounts.ColOtherIncome},
	} {
		s = sentence{1662, secIncome, x.text}
		add(
			s.amount(x.subject, x.figure, t02(x.col)),
			s.share(x.subject+"占本年收入", x.share, t02(x.col), incomeTotal),
		)
	}

	// 支出决算情况说明 (line 1663).
	expTotal := t01(accounts.SideExpenditure, accounts.ItemExpenditureTotal)
	s = sentence{1665, secExp, "2024年度支出合计6577.03万元，较上年度增加1154.49万元，增长21.3%，主要原因是我单位本年度新增预算外资金用于支付食堂相关费用及新增专项债资金用于支付大冶城市智能体建设项目（二期）费用。"}
	add(
		s.amount("2024年度支出合计", "6577.03万元", expTotal),
		s.change("支出合计较上年度增加", "1154.49万元", "增加", expTotal),
		s.growth("支出合计增长", "21.3%", "增长", expTotal, printed("1154.49")),
	)
	for _, x := range []struct {
		text, subject, figure, share string
		col                          accounts.Column
	}{
		{"其中：基本支出1281.33万元，占本年支出19.5%；", "基本支出", "1281.33万元", "19.5%", accounts.ColBasic},
		{"项目支出5295.7万元，占本年支出80.5%；", "项目支出", "5295.7万元", "80.5%", accounts.ColProject},
		{"上缴上级支出0万元，占本年支出0%；", "上缴上级支出", "0万元", "0%", accounts.ColRemitted},
		{"经营支出0万元，占本年支出0%；", "经营支出", "0万元", "0%", accounts.ColOperatingExp},
		{"对附属单位补助支出0万元，占本年支出0%。", "对附属单位补助支出", "0万元", "0%", accounts.ColSubsidiary},
	} {
		s = sentence{1667, secExp, x.text}
		add(
			s.amount(x.subject, x.figure, t03(x.col)),
			s.share(x.subject+"占本年支出", x.share, t03(x.col), expTotal),
		)
	}

	// 财政拨款收入支出决算总体情况说明 (line 1669).
	apprIn := disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideIncome, accounts.ItemGrandTotal, accounts.ColAmount)
	apprOut := disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideExpenditure, accounts.ItemGrandTotal, accounts.ColTotal)
	s = sentence{1671, secAppr, "2024年度财政拨款收、支总计均为6402.44万元，较上年度各增加1084.32万元，增长20.4%，主要原因是我单位本年度新增专项债资金用于支付大冶城市智能体建设项目（二期）费用。"}
	add(
		s.amount("2024年度财政拨款收、支总计（收入总计）", "6402.44万元", apprIn),
		s.amount("2024年度财政拨款收、支总计（支出总计）", "6402.44万元", apprOut),
		s.change("财政拨款收入总计较上年度增加", "1084.32万元", "增加", apprIn),
		s.change("财政拨款支出总计较上年度增加", "1084.32万元", "增加", apprOut),
		s.growth("财政拨款收入总计增长", "20.4%", "增长", apprIn, printed("1084.32")),
		s.growth("财政拨款支出总计增长", "20.4%", "增长", apprOut, printed("1084.32")),
	)
	general := t04(accounts.ItemGeneral)
	s = sentence{1673, secAppr, "2024年度财政拨款收入中，一般公共预算财政拨款收入4402.44万元，较上年度减少915.68万元，减少17.2%，主要原因是我单位本年度资金较紧张，严格按财政要求提取计划资金。"}
	add(
		s.amount("一般公共预算财政拨款收入", "4402.44万元", general),
		s.change("一般公共预算财政拨款收入较上年度减少", "915.68万元", "减少", general),
		s.growth("一般公共预算财政拨款收入减少", "17.2%", "减少", general, printed("915.68")),
	)
	govFund := t04(accounts.ItemGovFund)
	s = sentence{1673, secAppr, "政府性基金预算财政拨款收入2000万元，较上年度增加2000万元，增加100%，主要原因是我单位本年度新增专项债资金用于支付大冶城市智能体建设项目（二期）。"}
	add(
		s.amount("政府性基金预算财政拨款收入", "2000万元", govFund),
		s.change("政府性基金预算财政拨款收入较上年度增加", "2000万元", "增加", govFund),
		s.growth("政府性基金预算财政拨款收入增加", "100%", "增加", govFund, printed("2000")),
	)
	stateCapital := t04(accounts.ItemStateCapital)
	s = sentence{1673, secAppr, "国有资本经营预算财政拨款收入0万元，较上年度持平，主要原因是我单位无此项内容。"}
	add(
		s.amount("国有资本经营预算财政拨款收入", "0万元", stateCapital),
		s.change("国有资本经营预算财政拨款收入较上年度持平", "0万元", "持平", stateCapital),
	)

	// 五、一般公共预算财政拨款支出决算情况说明 (line 1674). 公开05 has only
	// 201 and its 款/项: the 2000 万元 of 229 is 政府性基金 (公开07), so every
	// 229 figure below points at a row 公开05 lacks (resolving to 0), and
	// every total at 公开05's 4,402.44.
	gb := t05(accounts.ColTotal)
	s = sentence{1677, secGB1, "2024年度一般公共预算财政拨款支出6402.44万元，占本年支出合计的97.4%，较上年度增加1084.32万元，增长20.4%，主要原因是我单位本年度新增专项债资金用于支付大冶城市智能体建设项目（二期）费用。"}
	add(
		s.amount("2024年度一般公共预算财政拨款支出", "6402.44万元", gb),
		s.share("一般公共预算财政拨款支出占本年支出合计的", "97.4%", gb, expTotal),
		s.change("一般公共预算财政拨款支出较上年度增加", "1084.32万元", "增加", gb),
		s.growth("一般公共预算财政拨款支出增长", "20.4%", "增长", gb, printed("1084.32")),
	)
	s = sentence{1681, secGB2, "2024年度一般公共预算财政拨款支出6402.44万元，主要用于以下方面："}
	add(s.amount("2024年度一般公共预算财政拨款支出", "6402.44万元", gb))
	s = sentence{1683, secGB2, "1.一般公共服务支出（类）4402.44万元，占68.8%，主要用于政府办公厅（室）及相关机构事务-其他政府办公厅（室）及相关机构事务4386.38万元，商贸事务-招商引资16.06万元。"}
	add(
		s.amount("一般公共服务支出（类）", "4402.44万元", f05("201")),
		s.share("一般公共服务支出（类）占（一般公共预算财政拨款支出）", "68.8%", f05("201"), gb),
		// 款-项: the 项 2010399 (its 款 20103 prints the same 4,386.38).
		s.amount("政府办公厅（室）及相关机构事务-其他政府办公厅（室）及相关机构事务", "4386.38万元", f05("2010399")),
		s.amount("商贸事务-招商引资", "16.06万元", f05("2011308")),
	)
	s = sentence{1685, secGB2, "2.其他支出（类）2000万元，占31.2%，主要用于其他地方自行试点项目收益专项债券收入安排的支出2000万元。"}
	add(
		s.amount("其他支出（类）", "2000万元", f05("229")),
		s.share("其他支出（类）占（一般公共预算财政拨款支出）", "31.2%", f05("229"), gb),
		s.amount("其他地方自行试点项目收益专项债券收入安排的支出", "2000万元", f05("2290402")),
	)
	s = sentence{1689, secGB3, "2024度一般公共预算财政拨款支出年初预算为4094.32万元，支出决算数为6402.44万元，完成年初预算的156.4%。"}
	add(
		// The total 年初预算 is the sum of the three 项's, printed on lines
		// 1691 (4094.32), 1693 (0) and 1695 (0); no table gives budgets.
		s.amount("一般公共预算财政拨款支出年初预算", "4094.32万元", disclosure.SumRef(printed("4094.32"), printed("0"), printed("0"))),
		s.amount("一般公共预算财政拨款支出决算数", "6402.44万元", gb),
		s.completion("一般公共预算财政拨款支出完成年初预算的", "156.4%", gb, printed("4094.32")),
	)
	// 1691 names the 项 2010399 (公开05: 4,386.38); 4402.44 is its 类 201.
	s = sentence{1691, secGB3, "年初预算数为4094.32万元，支出决算数为4402.44万元，完成年初预算的107.5%，支出决算数大于年初预算数的主要原因是我单位本年度支付以前年度食堂费用。"}
	add(
		s.amount("其他政府办公厅（室）及相关机构事务支出（项）支出决算数", "4402.44万元", f05("2010399")),
		s.completion("其他政府办公厅（室）及相关机构事务支出（项）完成年初预算的", "107.5%", f05("2010399"), printed("4094.32")),
		// The comparison is between the sentence's own figures.
		s.compare("其他政府办公厅（室）及相关机构事务支出（项）支出决算数大于年初预算数", "大于", printed("4402.44"), printed("4094.32")),
	)
	s = sentence{1693, secGB3, "年初预算数为0万元，支出决算数为16.06万元，比年初预算数增加16.06万元，支出决算数大于年初预算数的主要原因是我单位本年度年初未对此项支出做部门预算。"}
	add(
		s.amount("招商引资（项）支出决算数", "16.06万元", f05("2011308")),
		// An increase over the 年初预算, not over last year: the amount is
		// the sentence's 决算数 − 年初预算数 (printed 16.06 and 0); whether
		// the 决算数 matches the table is the statement above.
		s.amountWord("招商引资（项）比年初预算数增加", "16.06万元", "增加", less(printed("16.06"), "0")),
		s.compare("招商引资（项）支出决算数大于年初预算数", "大于", printed("16.06"), printed("0")),
	)
	s = sentence{1695, secGB3, "年初预算数为0万元，支出决算数为2000万元，比年初预算数增加2000万元，支出决算数大于年初预算数的主要原因是我单位本年度年初未对此项支出做部门预算，本年度追加大冶城市智能体建设项目（二期）项目资金。"}
	add(
		s.amount("其他地方自行试点项目收益专项债券收入安排的支出（项）支出决算数", "2000万元", f05("2290402")),
		s.amountWord("其他地方自行试点项目收益专项债券收入安排的支出（项）比年初预算数增加", "2000万元", "增加", less(printed("2000"), "0")),
		s.compare("其他地方自行试点项目收益专项债券收入安排的支出（项）支出决算数大于年初预算数", "大于", printed("2000"), printed("0")),
	)

	// 六、一般公共预算财政拨款基本支出决算情况说明 (line 1697).
	s = sentence{1698, secBasic, "2024年度一般公共预算财政拨款基本支出为1106.74万元，具体支出如下："}
	add(s.amount("2024年度一般公共预算财政拨款基本支出", "1106.74万元", t05(accounts.ColBasic)))
	s = sentence{1700, secBasic, "人员经费982.08万元，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、退休费。"}
	add(s.amount("人员经费", "982.08万元", t06(accounts.ItemPersonnelTotal)))
	s = sentence{1702, secBasic, "公用经费124.66万元，主要包括：办公费、印刷费、水费、电费、邮电费、差旅费、会议费、培训费、公务接待费元、劳务费、委托业务费、工会经费、其他交通费用、其他商品和服务支出。"}
	add(s.amount("公用经费", "124.66万元", t06(accounts.ItemPublicTotal)))

	// 七、政府性基金预算财政拨款收入支出决算情况说明 (line 1704).
	s = sentence{1705, secFund, "2024年度政府性基金预算财政拨款年初结转和结余0万元，本年收入2000万元，本年支出2000万元，年末结转和结余0万元。"}
	add(
		s.amount("政府性基金预算财政拨款年初结转和结余", "0万元", t07(accounts.ColOpening)),
		s.amount("本年收入", "2000万元", t07(accounts.ColIncome)),
		s.amount("本年支出", "2000万元", t07(accounts.ColExpenditure)),
		s.amount("年末结转和结余", "0万元", t07(accounts.ColClosing)),
	)
	s = sentence{1707, secFund, "支出决算为2000万元，主要用于大冶城市智能体建设项目（二期）项目资金。"}
	add(s.amount("其他地方自行试点项目收益专项债券收入安排的支出（项）支出决算", "2000万元",
		disclosure.FunctionCell(accounts.KindGovFund, accounts.SideMain, fn("2290402"), accounts.ColExpenditure)))

	// 八、国有资本经营预算财政拨款支出决算情况说明 (line 1709) has no figure.

	// 财政拨款“三公”经费支出决算情况说明 (line 1713).
	s = sentence{1717, sec3P1, "2024年度财政拨款“三公”经费支出决算数1.71万元，与上年度持平，主要原因是我单位严格按照年初预算来控制公务接待支出数；"}
	add(
		s.amount("2024年度财政拨款“三公”经费支出决算数", "1.71万元", tp("决算数/合计")),
		s.change("“三公”经费支出决算数与上年度持平", "0万元", "持平", tp("决算数/合计")),
	)
	s = sentence{1717, sec3P1, "全年预算数1.71万元，完成全年预算的85.5%，主要原因是我单位严格按照年初预算来控制公务接待支出数。"}
	add(
		s.amount("“三公”经费全年预算数", "1.71万元", tp("预算数/合计")),
		s.completion("“三公”经费完成全年预算的", "85.5%", tp("决算数/合计"), tp("预算数/合计")),
	)
	for _, x := range []struct {
		line           int
		actual, budget string // the two clauses
		name, field    string // as printed; the 三公 field
		figure         string // the 决算数 and the 预算数, printed alike
	}{
		{1721, "1.因公出国（境）费支出决算数0万元，与上年度持平，主要原因是我单位无此项支出；", "全年预算数0万元，完成全年预算的0%，主要原因是我单位无此项支出。", "因公出国（境）费", "因公出国（境）费", "0万元"},
		{1725, "2.公务用车购置及运行费支出决算数为0万元，与上年度持平，主要原因是单位无此项支出；", "全年预算数0万元，完成全年预算的0%，主要原因是单位无此项支出。", "公务用车购置及运行费", "公务用车购置及运行费", "0万元"},
		{1731, "3.公务接待费支出决算数为1.71万元，与上年度持平，主要原因是我单位严格按照年初预算来控制公务接待支出数；", "全年预算数1.71万元，完成全年预算的100%，主要原因是我单位严格按照年初预算来控制公务接待支出数。", "公务接待费", "公务接待费", "1.71万元"},
	} {
		pct := "0%"
		if x.line == 1731 {
			pct = "100%"
		}
		s = sentence{x.line, sec3P2, x.actual}
		add(
			s.amount(x.name+"支出决算数", x.figure, tp("决算数/"+x.field)),
			s.change(x.name+"支出决算数与上年度持平", "0万元", "持平", tp("决算数/"+x.field)),
		)
		s = sentence{x.line, sec3P2, x.budget}
		add(
			s.amount(x.name+"全年预算数", x.figure, tp("预算数/"+x.field)),
			s.completion(x.name+"完成全年预算的", pct, tp("决算数/"+x.field), tp("预算数/"+x.field)),
		)
		if x.line == 1721 {
			s = sentence{1723, sec3P2, "全年支出涉及出国（境）团组0个，累计0人次，主要用于开展以下工作：无。"}
			add(s.countOf("出国（境）团组", "0个", disclosure.CountAbroadGroups), s.countOf("（出国（境））累计人次", "0人次", disclosure.CountAbroadPersons))
		}
	}
	s = sentence{1727, sec3P2, "(1)公务用车购置费支出0万元，完成预算的0%，主要原因是本单位无此项支出。"}
	add(
		s.amount("公务用车购置费支出", "0万元", tp("决算数/公务用车购置费")),
		s.completion("公务用车购置费完成预算的", "0%", tp("决算数/公务用车购置费"), tp("预算数/公务用车购置费")),
	)
	s = sentence{1727, sec3P2, "本年度购置(更新)公务用车 0辆。"}
	add(s.countOf("本年度购置(更新)公务用车", "0辆", disclosure.CountVehiclesPurchased))
	s = sentence{1729, sec3P2, "(2)公务用车运行费支出0万元，完成预算的0%，主要原因是本单位无此项支出。"}
	add(
		s.amount("公务用车运行费支出", "0万元", tp("决算数/公务用车运行费")),
		s.completion("公务用车运行费完成预算的", "0%", tp("决算数/公务用车运行费"), tp("预算数/公务用车运行费")),
	)
	s = sentence{1729, sec3P2, "截至2024年12月31日，开支财政拨款的公务用车保有量 0辆。"}
	add(s.countOf("开支财政拨款的公务用车保有量", "0辆", disclosure.CountVehiclesHeld))
	// 公开09 does not split 公务接待费 into 外宾 and 国内: 外宾 is the whole
	// less the 国内 1.71 printed on line 1735, and 国内 is the whole (外宾 is
	// 0).
	s = sentence{1733, sec3P2, "外宾接待支出0万元，来访对象主要是无，主要是开展以下工作：无。"}
	add(s.amount("外宾接待支出", "0万元", less(tp("决算数/公务接待费"), "1.71")))
	s = sentence{1733, sec3P2, "2024年共接待来访团组0个，接待人数0人次（不包括陪同人员）。"}
	add(s.countOf("（外宾）接待来访团组", "0个", disclosure.CountForeignBatches), s.countOf("（外宾）接待人数（不包括陪同人员）", "0人次", disclosure.CountForeignPersons))
	s = sentence{1735, sec3P2, "国内公务接待支出1.71万元，接待对象主要是招商、上级领导，主要是开展以下工作：客商调研、上级领导工作检查。"}
	add(s.amount("国内公务接待支出", "1.71万元", tp("决算数/公务接待费")))
	s = sentence{1735, sec3P2, "2024年共接待国内来访团组9个，接待人数124人次（不包括陪同人员）。"}
	add(s.countOf("接待国内来访团组", "9个", disclosure.CountReceptionBatches), s.countOf("（国内）接待人数（不包括陪同人员）", "124人次", disclosure.CountReceptionPersons))

	// 十、机关运行经费支出情况说明 (line 1737). The sentence says the figure
	// equals 公用经费, so the amount points at 公开06's 公用经费合计; the rest
	// are of the printed figure itself.
	rc := disclosure.PartRef(disclosure.PartRunningCost, "")
	s = sentence{1739, secRunning, "2024年度机关运行经费支出为124.6万元（与部门决算中行政单位和参照公务员法管理事业单位财政拨款基本支出中公用经费之和一致），比年初预算增加18.7万元，完成年初预算的117.7%，主要原因是我单位本年度支付以前年度食堂费用导致公用经费增加；"}
	add(
		// The claim that 124.6 equals 公用经费 (公开06: 124.66) is the
		// document's RunningCost.ClaimsEqualsPublic, checked once by
		// tp.running.public; the figure itself is the 机关运行经费.
		s.amount("2024年度机关运行经费支出", "124.6万元", disclosure.PartRef(disclosure.PartRunningCost, "")),
		// Against the 年初预算, which is not printed: only the word can be
		// checked. Of is left zero so that no cross-year check compares it
		// with last year's 机关运行经费.
		s.change("机关运行经费比年初预算增加", "18.7万元", "增加", disclosure.Ref{}),
		// The 年初预算 is implied: 124.6 − 18.7 = 105.9.
		s.completion("机关运行经费完成年初预算的", "117.7%", rc, disclosure.PrintedRef(fiscal.Wan("105.9"), 1)),
	)
	s = sentence{1739, secRunning, "较上年度减少3.86万元，下降3%。"}
	add(
		s.change("机关运行经费较上年度减少", "3.86万元", "减少", rc),
		s.growth("机关运行经费下降", "3%", "下降", rc, printed("3.86")),
	)

	// 十一、政府采购支出情况说明 (line 1741).
	s = sentence{1743, secProcurement, "2024年度政府采购支出总额为3846.29万元，其中政府采购货物支出30.31万元、政府采购工程支出20.9万元、政府采购服务支出3795.08万元。"}
	add(
		s.amount("2024年度政府采购支出总额", "3846.29万元", proc("总额")),
		s.amount("政府采购货物支出", "30.31万元", proc("货物")),
		s.amount("政府采购工程支出", "20.9万元", proc("工程")),
		s.amount("政府采购服务支出", "3795.08万元", proc("服务")),
	)
	s = sentence{1743, secProcurement, "授予中小企业合同金额0万元，占政府采购支出总额的0%，其中：授予小微企业合同金额0万元，占政府采购支出总额的0%，占授予中小企业合同金额的0%；"}
	add(
		s.amount("授予中小企业合同金额", "0万元", proc("中小企业")),
		s.share("授予中小企业合同金额占政府采购支出总额的", "0%", proc("中小企业"), proc("总额")),
		s.amount("授予小微企业合同金额", "0万元", proc("小微企业")),
		s.share("授予小微企业合同金额占政府采购支出总额的", "0%", proc("小微企业"), proc("总额")),
		s.share("授予小微企业合同金额占授予中小企业合同金额的", "0%", proc("小微企业"), proc("中小企业")),
	)
	// Line 1743 ("货物采购授予中小企业合同金额占货物支出金额的0%，…") gives
	// shares of each kind's SME amount, which the report states nowhere
	// (nor any report: the national template's sentence): no statement.

	// 十二、国有资产占用情况说明 (line 1745).
	s = sentence{1747, secAssets, "截至2024年12月31日，共有车辆0辆，其中，副省级及以上领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、其他用车0辆，其他用车主要是用于无。"}
	for _, c := range []string{"车辆", "副省级及以上领导干部用车", "主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "其他用车"} {
		add(s.count(c, "0辆"))
	}
	s = sentence{1747, secAssets, "单位价值100万元（含）以上的专用设备0台（套）。"}
	add(s.count("单位价值100万元（含）以上的专用设备", "0台（套）"))

	// 十三、预算绩效情况说明 (line 1749).
	s = sentence{1752, secPerf, "根据预算绩效管理要求，本单位组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目33个，资金5295.7万元，占一般公共预算项目支出总额的100％。"}
	add(
		s.count("（绩效自评）共涉及项目", "33个"),
		// 5295.7 is the 项目支出 of 公开03 (all funds); the forms' 执行数 add
		// up to less, which perf.project.total reports once. The share puts
		// it over the 一般公共预算 项目支出 of 公开05, as the sentence says.
		s.amount("（绩效自评项目）资金", "5295.7万元", t03(accounts.ColProject)),
		s.share("（绩效自评项目资金）占一般公共预算项目支出总额的", "100％", t03(accounts.ColProject), t05(accounts.ColProject)),
	)

	// 部门决算中项目绩效自评结果 (line 1756): each summary against its form.
	for _, p := range projectSummaries {
		name, _, _ := strings.Cut(p.text, "项目绩效自评综述")
		_, name, _ = strings.Cut(name, "、")
		budget := disclosure.PartRef(disclosure.PartProject, p.form+"/预算数")
		spent := disclosure.PartRef(disclosure.PartProject, p.form+"/执行数")
		s = sentence{p.line, secProjects, p.text}
		add(
			s.amount(name+"项目全年预算数", p.budget, budget),
			s.amount(name+"项目执行数", p.spent, spent),
			s.completion(name+"项目完成预算", p.rate, spent, budget),
		)
	}
	return out
}

// Section headings, verbatim (trailing blanks trimmed), with their lines.
const (
	secTotal       = "收入支出决算总体情况说明"            // 1654
	secIncome      = "收入决算情况说明"                // 1658
	secExp         = "支出决算情况说明"                // 1663
	secAppr        = "财政拨款收入支出决算总体情况说明"        // 1669
	secGB1         = "（一）一般公共预算财政拨款支出决算总体情况"   // 1675
	secGB2         = "一般公共预算财政拨款支出决算结构情况"      // 1679
	secGB3         = "（三）一般公共预算财政拨款支出决算具体情况"   // 1687
	secBasic       = "六、一般公共预算财政拨款基本支出决算情况说明"  // 1697
	secFund        = "七、政府性基金预算财政拨款收入支出决算情况说明" // 1704
	sec3P1         = "（一）“三公”经费财政拨款支出决算总体情况说明" // 1715
	sec3P2         = "（二）“三公”经费财政拨款支出决算具体情况说明" // 1719
	secRunning     = "十、机关运行经费支出情况说明"          // 1737
	secProcurement = "十一、政府采购支出情况说明"           // 1741
	secAssets      = "十二、国有资产占用情况说明"           // 1745
	secPerf        = "（一）预算绩效管理工作开展情况"         // 1750
	secProjects    = "部门决算中项目绩效自评结果"           // 1756
)

// projectSummaries are the 33 项目绩效自评综述 (lines 1760–2077), each with
// the 项目名称 of its self-evaluation form (internal/dayedata), in the same
// order.
var projectSummaries = []struct {
	line                int
	text, form          string
	budget, spent, rate string
}{
	{1760, "1、2023-2024年度招商引资工作经费项目绩效自评综述：项目全年预算数为16.24万元，执行数为16.06万元，完成预算99％。", "2023-2024年招商引资工作经费", "16.24万元", "16.06万元", "99％"},
	{1772, "2、2024年12345平台费用项目绩效自评综述：项目全年预算数为5.85万元，执行数为5.85万元，完成预算100％。", "2024年12345平台费用", "5.85万元", "5.85万元", "100％"},
	{1784, "3、2024年便民免费复印照相费用项目绩效自评综述：项目全年预算数为13.22万元，执行数为13.1万元，完成预算99.1％。", "便民免费复印照相费用", "13.22万元", "13.1万元", "99.1％"},
	{1796, "4、2024年度城市数字公共基础设施建设工作技术咨询服务费项目绩效自评综述：项目全年预算数为109.4万元，执行数为109.4万元，完成预算100％。", "2024年城市数字公共基础设施建设工作技术咨询服务费", "109.4万元", "109.4万元", "100％"},
	{1806, "5、2024年度创建全省优化营商环境先行区工作相关经费项目绩效自评综述：项目全年预算数为35万元，执行数为35万元，完成预算100％。", "2024年创建全省优化营商环境先行区工作", "35万元", "35万元", "100％"},
	{1816, "6、2024年大数据和网络中心建设项目绩效自评综述：项目全年预算数为16万元，执行数为16万元，完成预算100％。", "2024年大数据和网络中心建设项目监理", "16万元", "16万元", "100％"},
	{1825, "7、2024年大数据和网络中心建设增补项目绩效自评综述：项目全年预算数为138.62万元，执行数为138.62万元，完成预算100％。", "2024年大数据和网络中心建设项目增补费用", "138.62万元", "138.62万元", "100％"},
	{1834, "8、2024年大数据和网络中心项目绩效自评综述：项目全年预算数为449.4万元，执行数为299.6万元，完成预算66.7％。", "2024年大数据和网络中心项目建设费用", "449.4万元", "299.6万元", "66.7％"},
	{1844, "9、2024年大厅相关保障工作经费项目绩效自评综述：项目全年预算数为93.3万元，执行数为93.3万元，完成预算100％。", "大厅相关保障工作经费", "93.3万元", "93.3万元", "100％"},
	{1853, "10、2024年电梯、空调维修保养费项目绩效自评综述：项目全年预算数为18.3万元，执行数为18.3万元，完成预算100％。", "电梯、空调维修保养费", "18.3万元", "18.3万元", "100％"},
	{1862, "11、2024年度电子政务、网络宽带、短信效能费项目绩效自评综述：项目全年预算数为23万元，执行数为22.68万元，完成预算98.6％。", "2024年电子政务、网络宽带、短信效能费", "23万元", "22.68万元", "98.6％"},
	{1871, "12、2024年度电子政务及网格化管理项目绩效自评综述：项目全年预算数为184.7万元，执行数为184.7万元，完成预算100％。", "2024年电子政务及网格化管理工作经费", "184.7万元", "184.7万元", "100％"},
	{1880, "13、2024年度便民免费邮寄项目绩效自评综述：项目全年预算数为16万元，执行数为15.82万元，完成预算98.88％。", "2024年便民免费邮寄工作经费", "16万元", "15.82万元", "98.88％"},
	{1889, "14、2024年度项目建设推进项目绩效自评综述：项目全年预算数为41.31万元，执行数为41.27万元，完成预算99.9％。", "2024年项目建设推进相关工作费用", "41.31万元", "41.27万元", "99.9％"},
	{1897, "15、2024年度优化经济发展环境工作经费项目绩效自评综述：项目全年预算数为28.5万元，执行数为28.5万元，完成预算100％。", "2024年优化经济发展环境工作经费", "28.5万元", "28.5万元", "100％"},
	{1906, "16、2024年度优化营商环境监测评价分析平台建设费用项目绩效自评综述：项目全年预算数为11.34万元，执行数为11.34万元，完成预算100％。", "2024年优化营商环境监测评价分析平台建设费用", "11.34万元", "11.34万元", "100％"},
	{1915, "17、2024年度大冶城市智能体建设项目绩效自评综述：项目全年预算数为2000万元，执行数为2000万元，完成预算100％。", "大冶城市智能体建设项目（二期）", "2000万元", "2000万元", "100％"},
	{1924, "18、2024年度综窗改革政务服务外包项目绩效自评综述：项目全年预算数为815.9万元，执行数为916.47万元，完成预算112.3％。", "2024年综窗改革政务服务外包人员经费", "815.9万元", "916.47万元", "112.3％"},
	{1934, "19、2024年度公共资源交易监查执法经费项目绩效自评综述：项目全年预算数为12万元，执行数为9.83万元，完成预算83％。", "2024年公共资源交易监查执法经费", "12万元", "9.83万元", "83％"},
	{1944, "20、2024年度公共资源交易培训宣传费项目绩效自评综述：项目全年预算数为9万元，执行数为9万元，完成预算100％。", "2024年公共资源交易培训宣传费", "9万元", "9万元", "100％"},
	{1954, "21、2024年度互联网+监督平台软件、硬件运行维护项目绩效自评综述：项目全年预算数为32.3万元，执行数为14.24万元，完成预算44.1％。", "2024年互联网+监督平台软件、硬件运行维护费", "32.3万元", "14.24万元", "44.1％"},
	{1965, "22、2024年互联网+监督平台软件升级项目绩效自评综述：项目全年预算数为8.2万元，执行数为8.2万元，完成预算100％。", "2024年互联网+监督平台软件升级经费", "8.2万元", "8.2万元", "100％"},
	{1975, "23、2024年民情通平台诉求渠道整合业务费项目绩效自评综述：项目全年预算数为9万元，执行数为9万元，完成预算100％。", "2024年民情通平台诉求渠道整合业务费", "9万元", "9万元", "100％"},
	{1986, "24、2024年民情通热线服务相关费用项目绩效自评综述：项目全年预算数为135万元，执行数为133.9万元，完成预算99.2％。", "2024年民情通热线服务相关费用", "135万元", "133.9万元", "99.2％"},
	{1996, "25、2024年度全市“一张网”项目绩效自评综述：项目全年预算数为45.64万元，执行数为45.63万元，完成预算99.9％。", "2024年全市“一张网”工作经费", "45.64万元", "45.63万元", "99.9％"},
	{2006, "26、2024年度政务中心大厅工作人员餐费项目绩效自评综述：项目全年预算数为33.6万元，执行数为33.6万元，完成预算100％。", "2024年市政务中心大厅工作人员餐费", "33.6万元", "33.6万元", "100％"},
	{2017, "27、2024年优化营商环境专题培训费项目绩效自评综述：项目全年预算数为18.99万元，执行数为18.99万元，完成预算100％。", "2024年优化营商环境专题培训费", "18.99万元", "18.99万元", "100％"},
	{2027, "28、2024年度政企“午茶会”项目绩效自评综述：项目全年预算数为50.77万元，执行数为50.77万元，完成预算100％。", "2024年政企“午茶会”宣传策划活动相关工作经费", "50.77万元", "50.77万元", "100％"},
	{2037, "29、2024年政务大厅水、电、天然气费用项目绩效自评综述：项目全年预算数为234.02万元，执行数为234.02万元，完成预算100％。", "政务大厅水、电、天然气费用", "234.02万元", "234.02万元", "100％"},
	{2047, "30、2024年政务大厅网络及日常办公电子设备运维费项目绩效自评综述：项目全年预算数为39.14万元，执行数为39.14万元，完成预算100％。", "政务大厅网络及日常办公电子设备运维费", "39.14万元", "39.14万元", "100％"},
	{2057, "31、2024年政务服务中心多证合一工作经费项目绩效自评综述：项目全年预算数为12万元，执行数为12万元，完成预算100％。", "政务服务中心多证合一工作经费", "12万元", "12万元", "100％"},
	{2067, "32、2024年中介超市经费项目绩效自评综述：项目全年预算数为650万元，执行数为444.88万元，完成预算68％。", "中介超市(27项行政审批)经费", "650万元", "444.88万元", "68％"},
	{2077, "33、2024年综窗改革工作经费项目绩效自评综述：项目全年预算数为220.9万元，执行数为211.79万元，完成预算95.9％。", "2024年综窗改革工作经费", "220.9万元", "211.79万元", "95.9％"},
}

// sentence is a sentence (or clause) of the narrative with its line and
// heading; its methods make the statements of its figures.
type sentence struct {
	line    int
	section string
	text    string
}

func (s sentence) st(k disclosure.StatementKind, subject, figure, word string, of, over disclosure.Ref) disclosure.Statement {
	return disclosure.Statement{Line: s.line, Section: s.section, Text: s.text, Subject: subject, Figure: figure,
		Kind: k, Word: word, Of: of, Over: over}
}

func (s sentence) amount(subject, figure string, of disclosure.Ref) disclosure.Statement {
	return s.st(disclosure.KindAmount, subject, figure, "", of, disclosure.Ref{})
}

// amountWord is an amount with a comparison word: "比年初预算数增加16.06万元".
func (s sentence) amountWord(subject, figure, word string, of disclosure.Ref) disclosure.Statement {
	return s.st(disclosure.KindAmount, subject, figure, word, of, disclosure.Ref{})
}

func (s sentence) share(subject, figure string, of, over disclosure.Ref) disclosure.Statement {
	return s.st(disclosure.KindShare, subject, figure, "", of, over)
}

func (s sentence) change(subject, figure, word string, of disclosure.Ref) disclosure.Statement {
	return s.st(disclosure.KindChange, subject, figure, word, of, disclosure.Ref{})
}

func (s sentence) growth(subject, figure, word string, of, over disclosure.Ref) disclosure.Statement {
	return s.st(disclosure.KindGrowth, subject, figure, word, of, over)
}

func (s sentence) completion(subject, figure string, of, over disclosure.Ref) disclosure.Statement {
	return s.st(disclosure.KindCompletion, subject, figure, "", of, over)
}

func (s sentence) compare(subject, word string, of, over disclosure.Ref) disclosure.Statement {
	return s.st(disclosure.KindCompare, subject, "", word, of, over)
}

func (s sentence) count(subject, figure string) disclosure.Statement {
	return s.st(disclosure.KindCount, subject, figure, "", disclosure.Ref{}, disclosure.Ref{})
}

// countOf is a "三公" count (团组, 人次, 辆, 批次): what it counts is one of
// disclosure.CountFields.
func (s sentence) countOf(subject, figure, field string) disclosure.Statement {
	return s.st(disclosure.KindCount, subject, figure, "", disclosure.PartRef(disclosure.PartThreePublic, field), disclosure.Ref{})
}

// printed is a 万元 figure printed in the narrative, at its printed decimals.
func printed(s string) disclosure.Ref {
	d := 0
	if _, frac, ok := strings.Cut(s, "."); ok {
		d = len(frac)
	}
	return disclosure.PrintedRef(fiscal.Wan(s), d)
}

// less is r minus a figure printed in the narrative.
func less(r disclosure.Ref, s string) disclosure.Ref {
	p := printed(s)
	n, err := p.Printed.Neg()
	if err != nil {
		panic(err)
	}
	p.Printed = &n
	return disclosure.SumRef(r, p)
}

// t01 is a cell of 公开01 收入支出决算总表.
func t01(side accounts.Side, it accounts.Item) disclosure.Ref {
	return disclosure.Cell(accounts.KindSummary, side, it, accounts.ColAmount)
}

// t02 is a cell of 公开02's 合计 row.
func t02(col accounts.Column) disclosure.Ref {
	return disclosure.Cell(accounts.KindIncome, accounts.SideMain, accounts.ItemTotal, col)
}

// t03 is a cell of 公开03's 合计 row.
func t03(col accounts.Column) disclosure.Ref {
	return disclosure.Cell(accounts.KindExpenditure, accounts.SideMain, accounts.ItemTotal, col)
}

// t04 is an income row of 公开04 财政拨款收入支出决算总表.
func t04(it accounts.Item) disclosure.Ref {
	return disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideIncome, it, accounts.ColAmount)
}

// t05 is a cell of 公开05's 合计 row.
func t05(col accounts.Column) disclosure.Ref {
	return disclosure.Cell(accounts.KindGeneralBudget, accounts.SideMain, accounts.ItemTotal, col)
}

// f05 is the 小计 of a functional row of 公开05.
func f05(code string) disclosure.Ref {
	return disclosure.FunctionCell(accounts.KindGeneralBudget, accounts.SideMain, fn(code), accounts.ColTotal)
}

// t06 is a total of 公开06 (人员经费合计, 公用经费合计).
func t06(it accounts.Item) disclosure.Ref {
	return disclosure.Cell(accounts.KindBasicExpenditure, accounts.SideMain, it, accounts.ColAmount)
}

// t07 is a cell of 公开07's 合计 row.
func t07(col accounts.Column) disclosure.Ref {
	return disclosure.Cell(accounts.KindGovFund, accounts.SideMain, accounts.ItemTotal, col)
}

// tp is a field of the "三公" table: "决算数/合计", "预算数/公务接待费", ….
func tp(field string) disclosure.Ref { return disclosure.PartRef(disclosure.PartThreePublic, field) }

// proc is a field of 政府采购: "总额", "货物", "中小企业", ….
func proc(field string) disclosure.Ref { return disclosure.PartRef(disclosure.PartProcurement, field) }
