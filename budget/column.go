package budget

// Column IDs. A row's figures are keyed by these IDs, the same IDs the
// profiles ([Profiles]) give their columns. The two-sided summary tables
// key the figures of each side by a side prefix: "income" for the 收入 side,
// "expenditure…" for the 支出 side (by 功能分类), "use…" for the 支出用途
// side of the 12-table layout.
const (
	ColAmount        = "amount"        // 预算数, 金额: the single figure column
	ColTotal         = "total"         // 合计
	ColAppropriation = "appropriation" // 财政拨款收入 (财政拨款)
	ColBusiness      = "business"      // 事业收入
	ColOperating     = "operating"     // 事业单位经营收入
	ColOther         = "other"         // 其他收入
	ColBasic         = "basic"         // 基本支出
	ColProject       = "project"       // 项目支出
	ColPersonnel     = "personnel"     // 人员经费
	ColPublic        = "public"        // 公用经费
	ColGeneral       = "general"       // 一般公共预算
	ColFund          = "fund"          // 政府性基金预算
	ColCapital       = "capital"       // 国有资本经营预算

	// The two-sided summary tables.
	ColIncome               = "income"                // 收入 side: 预算数
	ColExpenditure          = "expenditure"           // 支出 side: 预算数 or 合计
	ColExpenditureBasic     = "expenditure.basic"     // 支出 side: 基本支出
	ColExpenditurePersonnel = "expenditure.personnel" // 支出 side: 基本支出 人员经费
	ColExpenditurePublic    = "expenditure.public"    // 支出 side: 基本支出 公用经费
	ColExpenditureProject   = "expenditure.project"   // 支出 side: 项目支出
	ColExpenditureGeneral   = "expenditure.general"   // 支出 side: 一般公共预算
	ColExpenditureFund      = "expenditure.fund"      // 支出 side: 政府性基金预算
	ColExpenditureCapital   = "expenditure.capital"   // 支出 side: 国有资本经营预算
	ColUse                  = "use"                   // 支出用途 side: 金额
	ColExpenditureReserve   = "reserve"               // 单位预留机动经费 (支出预算总表 of the 12-table layout)
	ColCarryForward         = "carry-forward"         // 结转下年资金
	ColCarryOverIncome      = "carry-over"            // 上年结转 (收入总表 of the national template)
	ColRemitted             = "remitted"              // 上缴上级支出 (支出总表 of the national template)
	ColOperatingSpending    = "operating-spending"    // 事业单位经营支出 (支出总表 of the national template)
	ColSubsidiary           = "subsidiary"            // 对附属单位补助支出 (支出总表 of the national template)
	ColThreePublicTotal     = "three-public"          // "三公"经费 合计
	ColAbroad               = "abroad"                // 因公出国(境)费
	ColVehicle              = "vehicle"               // 公务用车购置及运行费 小计
	ColVehiclePurchase      = "vehicle.purchase"      // 公务用车购置费
	ColVehicleRunning       = "vehicle.running"       // 公务用车运行(维护)费
	ColReception            = "reception"             // 公务接待费
	ColRunningCosts         = "running-costs"         // 机关运行经费
	ColMeeting              = "meeting"               // 会议费
	ColThreePublicAll       = "three-public.all"      // 合计 of "三公", 会议费 and 培训费 (12-table layout)
	ColTraining             = "training"              // 培训费
	ColChange               = "change"                // 增减额: the 预算数 less the 上年执行数
	ColChangeRate           = "change-rate"           // 增减率（%）: a percentage, not an amount
)

// Side is the side of a two-sided summary table a row stands on.
type Side uint8

// Sides.
const (
	SideMain        Side = iota // a one-sided table
	SideIncome                  // 收入
	SideExpenditure             // 支出 (by 功能分类)
	SideUse                     // 支出用途 (基本支出, 项目支出, …)
)

// String returns "", "收入", "支出" or "支出用途".
func (s Side) String() string {
	switch s {
	case SideIncome:
		return "收入"
	case SideExpenditure:
		return "支出"
	case SideUse:
		return "支出用途"
	}
	return ""
}

// sideOf returns the side a column ID belongs to.
func sideOf(col string) Side {
	switch {
	case col == ColIncome:
		return SideIncome
	case col == ColExpenditure || len(col) > 12 && col[:12] == "expenditure.":
		return SideExpenditure
	case col == ColUse:
		return SideUse
	}
	return SideMain
}
