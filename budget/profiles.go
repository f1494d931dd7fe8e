package budget

import (
	"slices"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// Profiles returns the profile of every budget table kind, as data: title
// variants (部门 and 单位 budgets, Shanghai and provincial wording), columns
// in print order with their header variants, how rows are keyed, the
// row-wise identities, and the default unit. Each call returns fresh
// values; the caller may change them.
//
// Titles are matched on the normalised title line (contains), so "2026年
// 部门财务收支预算总表" and "2025年预算单位财务收支预算总表" both match
// "财务收支预算总表". Profiles are listed so that a title matches exactly one
// of them: more specific titles carry Exclude entries for the general ones.
//
// The two-sided summary tables (财务收支预算总表, 财政拨款收支预算总表) print
// a 收入 side and a 支出 side on one line; a reader hands each side's item
// over as its own [profile.Row], its figures keyed by the side's column IDs
// ([ColIncome] for the 收入 side, [ColExpenditure] and "expenditure.…" for
// the 支出 side, [ColUse] for the 支出用途 side of the 12-table layout).
func Profiles() []*profile.Table {
	ps := profiles()
	// A budget table may print a total with its parts' columns left out
	// (the 12-table layout's 金额, the Shanghai 部门 summary's 预算数): its
	// identities bind the rows that print a part, as [Tables.Check] does.
	for _, p := range ps {
		for i := range p.Identities {
			p.Identities[i].Partial = true
		}
	}
	return ps
}

func profiles() []*profile.Table {
	total := []string{"合计", "小计", "总计"}
	// The 功能分类 tables of one fund's spending: 合计 (or 金额 alone),
	// 基本支出, 项目支出.
	spending := func() []profile.Column {
		return []profile.Column{
			{ID: ColTotal, Headers: append([]string{"合计", "金额"}, total[1:]...)},
			{ID: ColBasic, Headers: []string{"基本支出"}, Optional: true},
			{ID: ColProject, Headers: []string{"项目支出"}, Optional: true},
		}
	}
	spendingIdentities := func() []profile.Identity {
		return []profile.Identity{{Total: ColTotal, Parts: []string{ColBasic, ColProject}}}
	}
	// The 支出预算总表's columns: 合计, 基本支出, 项目支出.
	expenditure := func() []profile.Column {
		return []profile.Column{
			{ID: ColTotal, Headers: total},
			{ID: ColBasic, Headers: []string{"基本支出"}},
			{ID: ColProject, Headers: []string{"项目支出"}},
		}
	}
	// The words of the other spending tables' titles that hold "支出预算总表".
	otherSpending := func() []string {
		return []string{"财政拨款", "一般公共预算", "政府性基金", "国有资本", "财务收支", "收支预算", "三公", "政府采购", "机关运行"}
	}
	functionKey := profile.KeyFunction
	// The total row of a coded table ("合计"): named so that the reader
	// keeps it apart from the last coded row and settles the columns the
	// table uses from it.
	named := func() []profile.NamedRow {
		return []profile.NamedRow{{Key: "total", Labels: []string{"合计", "总计"}}}
	}
	// The 收入预算总表 (Shanghai, Jiangsu); the national 收入总表 reads its
	// rows when its own columns leave every row uncertain.
	income := &profile.Table{
		ID: "budget." + KindIncome.String(), Family: profile.Budget,
		Titles:  []string{"收入预算总表", "收入预算表"},
		Exclude: []string{"财政拨款", "财务收支", "收支预算"},
		Key:     functionKey,
		Named:   named(),
		Columns: []profile.Column{
			{ID: ColTotal, Headers: append([]string{"合计", "金额"}, total[1:]...)},
			{ID: ColAppropriation, Headers: []string{"财政拨款收入", "财政拨款", "一般公共预算"}},
			{ID: ColBusiness, Headers: []string{"事业收入"}, Optional: true},
			{ID: ColOperating, Headers: []string{"事业单位经营收入", "经营收入"}, Optional: true},
			{ID: ColOther, Headers: []string{"其他收入"}, Optional: true},
		},
		Identities: []profile.Identity{
			{Total: ColTotal, Parts: []string{ColAppropriation, ColBusiness, ColOperating, ColOther}},
		},
		Evidence: []string{"budget." + KindExpenditure.String(), "budget." + KindExpenditure.String() + ".shanghai"},
		Unit:     fiscal.WanYuan,
		// The 12-table layout's: income sources by label (收入总计,
		// each fund's 小计 and items) over one 金额 column.
		Alternative: &profile.Table{
			ID: "budget." + KindIncome.String() + ".sources", Family: profile.Budget,
			Titles:  []string{"收入预算总表", "收入预算表", "收入总表"},
			Exclude: []string{"财政拨款", "财务收支", "收支预算"},
			Key:     profile.KeyLabel,
			Columns: []profile.Column{{ID: ColAmount, Headers: []string{"金额", "预算数"}}},
			Unit:    fiscal.WanYuan,
		},
	}
	return []*profile.Table{
		{
			// The Shanghai 单位预算: 预算数 over 合计, 基本支出 (a header over
			// 人员经费 and 公用经费, printed or not) and 项目支出.
			ID: "budget." + KindSummary.String() + ".unit", Family: profile.Budget,
			Titles:  []string{"单位财务收支预算总表"},
			Exclude: []string{"财政拨款"},
			Key:     profile.KeyNamed,
			Columns: []profile.Column{
				{ID: ColIncome, Headers: []string{"预算数", "金额", "本年收入"}},
				{ID: ColExpenditure, Headers: []string{"合计", "预算数", "金额", "本年支出"}},
				{ID: ColExpenditureBasic, Headers: []string{"基本支出"}, Optional: true},
				{ID: ColExpenditurePersonnel, Headers: []string{"人员经费"}},
				{ID: ColExpenditurePublic, Headers: []string{"公用经费"}},
				{ID: ColExpenditureProject, Headers: []string{"项目支出"}},
			},
			// 基本支出 = 人员经费 + 公用经费 is not listed: a blank 基本支出
			// over printed parts is the usual print, not a misfit.
			Identities: []profile.Identity{
				{Total: ColExpenditure, Parts: []string{ColExpenditurePersonnel, ColExpenditurePublic, ColExpenditureProject}},
			},
			Unit: fiscal.WanYuan,
		},
		{
			ID: "budget." + KindSummary.String(), Family: profile.Budget,
			// "部门收支总体情况表": the older national template's, still
			// printed by several provinces (Heilongjiang, Xinjiang).
			Titles:  []string{"财务收支预算总表", "收支预算总表", "收支总表", "收支总体情况表"},
			Exclude: []string{"财政拨款", "单位财务收支预算总表"},
			Key:     profile.KeyNamed,
			Columns: []profile.Column{
				{ID: ColIncome, Headers: []string{"预算数", "金额", "本年收入"}},
				{ID: ColExpenditure, Headers: []string{"预算数", "合计", "金额", "本年支出"}},
				{ID: ColExpenditureBasic, Headers: []string{"基本支出"}, Optional: true},
				{ID: ColExpenditurePersonnel, Headers: []string{"人员经费"}, Optional: true},
				{ID: ColExpenditurePublic, Headers: []string{"公用经费"}, Optional: true},
				{ID: ColExpenditureProject, Headers: []string{"项目支出"}, Optional: true},
				{ID: ColUse, Headers: []string{"金额"}, Optional: true},
			},
			Identities: []profile.Identity{
				{Total: ColExpenditure, Parts: []string{ColExpenditureBasic, ColExpenditureProject}},
				{Total: ColExpenditureBasic, Parts: []string{ColExpenditurePersonnel, ColExpenditurePublic}},
			},
			Unit: fiscal.WanYuan,
		},
		income,
		{
			// The Shanghai 部门预算 and 单位预算 (部门支出预算总表, 预算单位
			// 支出预算总表): 合计, 基本支出 and 项目支出 only.
			ID: "budget." + KindExpenditure.String() + ".shanghai", Family: profile.Budget,
			Titles:     []string{"部门支出预算总表", "单位支出预算总表"},
			Exclude:    otherSpending(),
			Key:        functionKey,
			Named:      named(),
			Columns:    expenditure(),
			Identities: []profile.Identity{{Total: ColTotal, Parts: []string{ColBasic, ColProject}}},
			Evidence:   []string{"budget." + KindGeneralFunction.String(), "budget." + KindFundFunction.String(), "budget." + KindCapitalFunction.String(), "budget." + KindIncome.String()},
			Unit:       fiscal.WanYuan,
		},
		{
			ID: "budget." + KindExpenditure.String(), Family: profile.Budget,
			Titles:  []string{"支出预算总表", "支出预算表"},
			Exclude: append(otherSpending(), "部门支出预算总表", "单位支出预算总表"),
			Key:     functionKey,
			Named:   named(),
			Columns: append(expenditure(),
				profile.Column{ID: ColExpenditureReserve, Headers: []string{"单位预留机动经费", "预留机动经费"}, Optional: true},
				profile.Column{ID: ColCarryForward, Headers: []string{"结转下年资金", "结转下年"}, Optional: true}),
			Identities: []profile.Identity{
				{Total: ColTotal, Parts: []string{ColBasic, ColProject, ColExpenditureReserve, ColCarryForward}},
			},
			Evidence: []string{"budget." + KindGeneralFunction.String(), "budget." + KindFundFunction.String(), "budget." + KindCapitalFunction.String(), "budget." + KindAppropriationFunction.String(), "budget." + KindIncome.String()},
			Unit:     fiscal.WanYuan,
			// The 12-table layout may print the table as one row of
			// figures with no code or label: the table's 合计.
			OneRow: true,
		},
		{
			// The national template's 部门收入总表 (财政部's form): 上年结转
			// and each fund's 拨款 in place of one 财政拨款收入 column. Its
			// 合计 holds the 上年结转: it is the 收入总计, not the 本年收入合计.
			// The 国有资本经营预算拨款收入 column is printed by some
			// editions and not others: read where its header is.
			ID: "budget." + KindIncome.String() + ".national", Family: profile.Budget,
			Titles:  []string{"部门收入总表", "单位收入总表", "收入总表", "收入总体情况表"},
			Exclude: []string{"财政拨款", "财务收支", "收支", "预算"},
			Key:     functionKey,
			Named:   named(),
			Columns: []profile.Column{
				{ID: ColTotal, Headers: append([]string{"合计", "金额"}, total[1:]...)},
				{ID: ColCarryOverIncome, Headers: []string{"上年结转"}, Optional: true},
				{ID: ColGeneral, Headers: []string{"一般公共预算拨款", "一般公共预算拨款收入", "一般公共预算"}},
				{ID: ColFund, Headers: []string{"政府性基金预算拨款", "政府性基金预算拨款收入", "政府性基金"}, Optional: true},
				{ID: ColCapital, Headers: []string{"国有资本经营预算拨款", "国有资本经营预算拨款收入", "国有资本经营预算"}, Optional: true, Headed: true},
				{ID: ColBusiness, Headers: []string{"事业收入"}, Optional: true},
				{ID: ColOperating, Headers: []string{"事业单位经营收入", "经营收入"}, Optional: true},
				{ID: ColOther, Headers: []string{"其他收入"}, Optional: true},
			},
			Identities: []profile.Identity{
				{Total: ColTotal, Parts: []string{ColCarryOverIncome, ColGeneral, ColFund, ColCapital, ColBusiness, ColOperating, ColOther}},
			},
			Evidence: []string{"budget." + KindExpenditure.String(), "budget." + KindExpenditure.String() + ".national"},
			Unit:     fiscal.WanYuan,
			// A 收入总表 under the national title printing the Shanghai
			// columns (财政拨款收入, 事业收入, …).
			Alternative: income,
		},
		{
			// The national template's 部门支出总表 (财政部's form): the
			// 支出决算表's columns, 上缴上级支出, 事业单位经营支出 and 对附属
			// 单位补助支出 after 基本支出 and 项目支出.
			ID: "budget." + KindExpenditure.String() + ".national", Family: profile.Budget,
			Titles:  []string{"部门支出总表", "单位支出总表", "支出总表", "支出总体情况表"},
			Exclude: append(otherSpending(), "预算"),
			Key:     functionKey,
			Named:   named(),
			Columns: append(expenditure(),
				profile.Column{ID: ColRemitted, Headers: []string{"上缴上级支出"}, Optional: true},
				profile.Column{ID: ColOperatingSpending, Headers: []string{"事业单位经营支出", "经营支出"}, Optional: true},
				profile.Column{ID: ColSubsidiary, Headers: []string{"对附属单位补助支出"}, Optional: true}),
			Identities: []profile.Identity{
				{Total: ColTotal, Parts: []string{ColBasic, ColProject, ColRemitted, ColOperatingSpending, ColSubsidiary}},
			},
			Evidence: []string{"budget." + KindGeneralFunction.String(), "budget." + KindFundFunction.String(), "budget." + KindCapitalFunction.String(), "budget." + KindIncome.String()},
			Unit:     fiscal.WanYuan,
		},
		{
			ID: "budget." + KindAppropriationSummary.String(), Family: profile.Budget,
			Titles: []string{"财政拨款收支预算总表", "财政拨款收支总表", "财政拨款收支总体情况表"},
			Key:    profile.KeyNamed,
			Columns: []profile.Column{
				{ID: ColIncome, Headers: []string{"预算数", "金额"}},
				{ID: ColExpenditure, Headers: []string{"合计", "预算数", "金额"}},
				// A fund's column holds money only where its income line
				// does, and where it does it is no rarely used column: a
				// row of 合计 and one fund's figure fits either fund with
				// money.
				{ID: ColExpenditureGeneral, Headers: []string{"一般公共预算", "一般公共预算财政拨款"}, Optional: true, UsedIf: ItemGeneral.Name()},
				{ID: ColExpenditureFund, Headers: []string{"政府性基金预算", "政府性基金预算财政拨款"}, Optional: true, UsedIf: ItemFund.Name()},
				{ID: ColExpenditureCapital, Headers: []string{"国有资本经营预算", "国有资本经营预算财政拨款"}, Optional: true, UsedIf: ItemCapital.Name()},
				{ID: ColUse, Headers: []string{"金额"}, Optional: true},
			},
			Identities: []profile.Identity{
				{Total: ColExpenditure, Parts: []string{ColExpenditureGeneral, ColExpenditureFund, ColExpenditureCapital}},
			},
			Unit: fiscal.WanYuan,
		},
		{
			ID: "budget." + KindGeneralFunction.String(), Family: profile.Budget,
			// "一般公共预算支出情况表（功能科目）" (the older national
			// template), "一般公共预算财政拨款支出表" (Beijing); the
			// same title with 经济科目 is another table.
			Titles: []string{"一般公共预算支出功能分类预算表", "一般公共预算支出预算表", "一般公共预算支出表",
				"一般公共预算支出情况表", "一般公共预算财政拨款支出表", "一般公共预算财政拨款支出预算表", "一般公共预算支出总表"},
			Exclude: []string{"基本支出", "三公", "机关运行", "经济科目", "经济分类"},
			Key:     functionKey,
			Named:   named(),
			// Some print last year's 执行数 before the year's columns and
			// the 增减额 and 增减率 after them: the last two are read only
			// under their headers, bound by no identity. The 执行数 has
			// no column: in page text a row of it is uncertain, as its
			// place (before or after the year's columns) is the header's
			// to tell, not the profile's.
			Columns: append(spending(),
				profile.Column{ID: ColChange, Headers: []string{"增减额"}, Optional: true, Headed: true},
				profile.Column{ID: ColChangeRate, Headers: []string{"增减率", "增减率(%)", "增减率%"}, Optional: true, Headed: true}),
			Identities: spendingIdentities(),
			Evidence:   []string{"budget." + KindExpenditure.String(), "budget." + KindExpenditure.String() + ".shanghai", "budget." + KindAppropriationFunction.String()},
			Unit:       fiscal.WanYuan,
		},
		{
			ID: "budget." + KindGeneralBasic.String(), Family: profile.Budget,
			Titles: []string{"一般公共预算基本支出部门预算经济分类预算表", "一般公共预算基本支出经济分类预算表",
				"一般公共预算基本支出预算表", "一般公共预算基本支出表", "一般公共预算基本支出情况表",
				"一般公共预算财政拨款基本支出表", "一般公共预算财政拨款基本支出预算表"},
			Key:   profile.KeyEconomic,
			Named: named(),
			Columns: []profile.Column{
				{ID: ColTotal, Headers: []string{"合计", "基本支出", "金额", "小计"}},
				{ID: ColPersonnel, Headers: []string{"人员经费"}, Optional: true, Classes: classesOf(personnelClasses)},
				{ID: ColPublic, Headers: []string{"公用经费"}, Optional: true, Classes: classesOf(publicClasses)},
			},
			Identities: []profile.Identity{{Total: ColTotal, Parts: []string{ColPersonnel, ColPublic}}},
			Evidence:   []string{"budget." + KindAppropriationBasic.String()},
			Unit:       fiscal.WanYuan,
		},
		{
			ID: "budget." + KindFundFunction.String(), Family: profile.Budget,
			Titles: []string{"政府性基金预算支出功能分类预算表", "政府性基金预算财政拨款支出预算表",
				"政府性基金财政拨款支出预算表", "政府性基金预算支出预算表", "政府性基金预算支出表",
				"政府性基金预算支出情况表", "政府性基金预算财政拨款支出表", "政府性基金支出预算表"},
			Key:        functionKey,
			Named:      named(),
			Columns:    spending(),
			Identities: spendingIdentities(),
			Evidence:   []string{"budget." + KindExpenditure.String(), "budget." + KindExpenditure.String() + ".shanghai"},
			Unit:       fiscal.WanYuan,
		},
		{
			ID: "budget." + KindCapitalFunction.String(), Family: profile.Budget,
			Titles: []string{"国有资本经营预算支出功能分类预算表", "国有资本经营预算财政拨款支出预算表",
				"国有资本经营预算支出预算表", "国有资本经营预算支出表",
				"国有资本经营预算支出情况表", "国有资本经营预算财政拨款支出表"},
			Key:        functionKey,
			Named:      named(),
			Columns:    spending(),
			Identities: spendingIdentities(),
			Evidence:   []string{"budget." + KindExpenditure.String(), "budget." + KindExpenditure.String() + ".shanghai"},
			Unit:       fiscal.WanYuan,
		},
		{
			ID: "budget." + KindThreePublic.String(), Family: profile.Budget,
			Titles: []string{"“三公”经费和机关运行经费预算表", "\"三公\"经费和机关运行经费预算表",
				"三公经费和机关运行经费预算表", "“三公”经费支出预算表", "\"三公\"经费支出预算表",
				"“三公”经费预算表", "\"三公\"经费预算表", "三公经费预算表", "三公经费支出预算表"},
			Exclude: []string{"会议费", "培训费"},
			Key:     profile.KeyNamed,
			Columns: []profile.Column{
				{ID: ColThreePublicTotal, Headers: []string{"合计", "小计"}},
				{ID: ColAbroad, Headers: []string{"因公出国(境)费", "因公出国(境)费用"}},
				{ID: ColReception, Headers: []string{"公务接待费"}},
				{ID: ColVehicle, Headers: []string{"小计", "公务用车购置及运行费", "公务用车购置及运行维护费"}},
				{ID: ColVehiclePurchase, Headers: []string{"购置费", "公务用车购置费"}},
				{ID: ColVehicleRunning, Headers: []string{"运行费", "公务用车运行费", "公务用车运行维护费", "运行维护费"}},
				{ID: ColRunningCosts, Headers: []string{"机关运行经费预算数", "机关运行经费"}, Optional: true},
			},
			Identities: threePublicIdentities(),
			Unit:       fiscal.WanYuan,
			OneRow:     true,
		},
		{
			// The national template's (财政部): no 机关运行经费 column, the
			// 公务接待费 after the 公务用车 columns.
			ID: "budget." + KindThreePublic.String() + ".national", Family: profile.Budget,
			Titles: []string{"一般公共预算“三公”经费支出表", "一般公共预算\"三公\"经费支出表", "一般公共预算三公经费支出表",
				"一般公共预算“三公”经费支出预算表", "一般公共预算\"三公\"经费支出预算表", "一般公共预算三公经费支出预算表",
				"财政拨款“三公”经费支出表", "财政拨款\"三公\"经费支出表",
				"一般公共预算“三公”经费支出情况表", "一般公共预算\"三公\"经费支出情况表", "财政拨款“三公”经费支出情况表", "财政拨款\"三公\"经费支出情况表"},
			Exclude: []string{"会议费", "培训费", "决算"},
			Key:     profile.KeyNamed,
			Columns: []profile.Column{
				{ID: ColThreePublicTotal, Headers: []string{"合计", "小计"}},
				{ID: ColAbroad, Headers: []string{"因公出国(境)费", "因公出国(境)费用"}},
				{ID: ColVehicle, Headers: []string{"小计", "公务用车购置及运行费", "公务用车购置及运行维护费"}},
				{ID: ColVehiclePurchase, Headers: []string{"购置费", "公务用车购置费"}},
				{ID: ColVehicleRunning, Headers: []string{"运行费", "公务用车运行费", "公务用车运行维护费", "运行维护费"}},
				{ID: ColReception, Headers: []string{"公务接待费"}},
			},
			Identities: threePublicIdentities(),
			Unit:       fiscal.WanYuan,
			OneRow:     true,
		},
		{
			// The 12-table layout: a grand total over "三公", 会议费 and 培训费,
			// and the 三公 items in another order.
			ID: "budget." + KindThreePublic.String() + ".meetings", Family: profile.Budget,
			Titles: []string{"“三公”经费、会议费、培训费支出预算表", "\"三公\"经费、会议费、培训费支出预算表",
				"三公经费、会议费、培训费支出预算表", "“三公”经费、会议费、培训费预算表", "\"三公\"经费、会议费、培训费预算表"},
			Key: profile.KeyNamed,
			Columns: []profile.Column{
				{ID: ColThreePublicAll, Headers: []string{"合计"}},
				{ID: ColThreePublicTotal, Headers: []string{"小计", "“三公”经费"}},
				{ID: ColAbroad, Headers: []string{"因公出国(境)费", "因公出国(境)费用"}},
				{ID: ColVehicle, Headers: []string{"小计", "公务用车购置及运行维护费", "公务用车购置及运行费"}},
				{ID: ColVehiclePurchase, Headers: []string{"公务用车购置费", "购置费"}},
				{ID: ColVehicleRunning, Headers: []string{"公务用车运行维护费", "运行维护费", "运行费"}},
				{ID: ColReception, Headers: []string{"公务接待费"}},
				{ID: ColMeeting, Headers: []string{"会议费"}},
				{ID: ColTraining, Headers: []string{"培训费"}},
			},
			Identities: append([]profile.Identity{
				{Total: ColThreePublicAll, Parts: []string{ColThreePublicTotal, ColMeeting, ColTraining}},
			}, threePublicIdentities()...),
			Unit:   fiscal.WanYuan,
			OneRow: true,
		},
		{
			ID: "budget." + KindAppropriationFunction.String(), Family: profile.Budget,
			Titles:  []string{"财政拨款支出预算表（功能科目）", "财政拨款支出预算表(功能科目)", "财政拨款支出预算表"},
			Exclude: []string{"基本支出", "经济科目", "一般公共预算", "政府性基金", "国有资本"},
			Key:     functionKey,
			Named:   named(),
			Columns: []profile.Column{
				{ID: ColTotal, Headers: []string{"金额", "合计"}},
				{ID: ColBasic, Headers: []string{"基本支出"}, Optional: true},
				{ID: ColProject, Headers: []string{"项目支出"}, Optional: true},
			},
			Identities: []profile.Identity{{Total: ColTotal, Parts: []string{ColBasic, ColProject}}},
			Evidence:   []string{"budget." + KindGeneralFunction.String(), "budget." + KindExpenditure.String()},
			Unit:       fiscal.WanYuan,
		},
		{
			ID: "budget." + KindAppropriationBasic.String(), Family: profile.Budget,
			Titles:  []string{"财政拨款基本支出预算表"},
			Exclude: []string{"一般公共预算"},
			Key:     profile.KeyEconomic,
			Named:   named(),
			Columns: []profile.Column{
				{ID: ColTotal, Headers: []string{"金额", "合计", "基本支出"}},
				{ID: ColPersonnel, Headers: []string{"人员经费"}, Optional: true, Classes: classesOf(personnelClasses)},
				{ID: ColPublic, Headers: []string{"公用经费"}, Optional: true, Classes: classesOf(publicClasses)},
			},
			Identities: []profile.Identity{{Total: ColTotal, Parts: []string{ColPersonnel, ColPublic}}},
			Evidence:   []string{"budget." + KindGeneralBasic.String()},
			Unit:       fiscal.WanYuan,
		},
		{
			ID: "budget." + KindRunningCosts.String(), Family: profile.Budget,
			Titles:  []string{"机关运行经费支出预算表", "机关运行经费预算表"},
			Exclude: []string{"三公"},
			Key:     profile.KeyEconomic,
			Named:   named(),
			Columns: []profile.Column{{ID: ColTotal, Headers: []string{"机关运行经费支出", "金额", "合计"}}},
			Unit:    fiscal.WanYuan,
		},
		{
			ID: "budget." + KindProcurement.String(), Family: profile.Budget,
			Titles: []string{"政府采购支出预算表", "政府采购预算表"},
			Key:    profile.KeyLabel,
			Columns: []profile.Column{
				{ID: ColTotal, Headers: []string{"总计", "合计", "金额"}},
			},
			Unit: fiscal.WanYuan,
		},
	}
}

// classesOf lists the 经济分类 类 of a set (personnelClasses or
// publicClasses), in order: a column's Classes.
func classesOf(set map[string]bool) []string {
	var out []string
	for c := range set {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

func threePublicIdentities() []profile.Identity {
	return []profile.Identity{
		{Total: ColThreePublicTotal, Parts: []string{ColAbroad, ColVehicle, ColReception}},
		{Total: ColVehicle, Parts: []string{ColVehiclePurchase, ColVehicleRunning}},
	}
}
