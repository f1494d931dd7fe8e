package daye2024

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/cnfiscal/fiscal/threepublic"
)

// ThreePublic returns 公开09表 财政拨款“三公”经费支出决算表 as published
// (figures on report lines 1637–1648: 预算数 合计 and 公务接待费 1.71, 决算数
// 合计 and 公务接待费 1.71, every other cell blank).
func ThreePublic() *threepublic.Table {
	return &threepublic.Table{
		Title: "财政拨款“三公”经费支出决算表", Number: "公开09表", Department: Department,
		Unit: fiscal.WanYuan, Decimals: 2, Line: 1637,
		Budget: threepublic.Figures{Total: c("1.71"), Reception: c("1.71")},
		Actual: threepublic.Figures{Total: c("1.71"), Reception: c("1.71")},
		Notes:  []string{"注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。"},
	}
}

// ThreePublicStatistics returns the statistics the narrative gives with the
// "三公" figures (report lines 1723–1735): no groups abroad, no vehicles
// bought or held, no foreign guests, 9 domestic groups with 124 persons.
func ThreePublicStatistics() threepublic.Statistics {
	n := threepublic.CountOf
	return threepublic.Statistics{
		AbroadGroups: n(0), AbroadPersons: n(0), // line 1723
		VehiclesPurchased: n(0),                                                 // line 1727
		VehiclesHeld:      n(0),                                                 // line 1729
		ForeignBatches:    n(0), ForeignPersons: n(0), ForeignReception: c("0"), // line 1733
		ReceptionBatches: n(9), ReceptionPersons: n(124), // line 1735
	}
}

// RunningCost is the 机关运行经费 paragraph (report line 1739): 124.6 万元,
// 18.7 万元 more than 年初预算 (117.7% of it), 3.86 万元 less than last year
// (下降3%).
type RunningCost struct {
	Amount          fiscal.Amount // 124.6
	Decimals        int           // printed with 1 decimal
	AboveBudget     fiscal.Amount // 比年初预算增加 18.7
	Completion      fiscal.Percent
	BelowLastYear   fiscal.Amount // 较上年度减少 3.86
	DeclineRate     fiscal.Percent
	ClaimsEqualsPub bool // "与部门决算中行政单位和参照公务员法管理事业单位财政拨款基本支出中公用经费之和一致"
	Line            int
}

// RunningCostStated returns the 机关运行经费 figures as printed.
func RunningCostStated() RunningCost {
	return RunningCost{
		Amount: fiscal.Wan("124.6"), Decimals: 1,
		AboveBudget: fiscal.Wan("18.7"), Completion: pct("117.7%"),
		BelowLastYear: fiscal.Wan("3.86"), DeclineRate: pct("3%"),
		ClaimsEqualsPub: true, Line: 1739,
	}
}

// Procurement returns the 政府采购 paragraph (report line 1743).
func Procurement() procurement.Summary {
	p := func(s string) *fiscal.Percent { v := pct(s); return &v }
	return procurement.Summary{
		Total: c("3846.29"), Goods: c("30.31"), Works: c("20.9"), Services: c("3795.08"),
		SME: c("0"), Micro: c("0"),
		SMEShare: p("0%"), MicroShareOfTotal: p("0%"), MicroShareOfSME: p("0%"),
		GoodsSMEShare: p("0%"), WorksSMEShare: p("0%"), ServicesSMEShare: p("0%"),
		Unit: fiscal.WanYuan, Decimals: 2,
	}
}

func pct(s string) fiscal.Percent {
	p, err := fiscal.ParsePercent(s)
	if err != nil {
		panic(err)
	}
	return p
}
