package threepublic

import "github.com/cnfiscal/fiscal"

var (
	ruleTotal       = fiscal.NewRule("tp.table.total", "\"三公\"表: 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费, for 预算数 and 决算数", fiscal.ScopeInTable, fiscal.SeverityError)
	ruleVehicles    = fiscal.NewRule("tp.table.vehicles", "\"三公\"表: 公务用车购置及运行费 = 购置费 + 运行费, for 预算数 and 决算数", fiscal.ScopeInTable, fiscal.SeverityError)
	ruleBasicItems  = fiscal.NewRule("tp.basic-items", "\"三公\" 决算数 covers the matching items of the 基本支出决算表 (30212, 30217, 30231, 31013)", fiscal.ScopeCrossTable, fiscal.SeverityError)
	ruleStatistics  = fiscal.NewRule("tp.statistics", "\"三公\" amounts come with their statistics (团组, 人次, 车辆, 批次), and statistics with amounts", fiscal.ScopeCrossPart, fiscal.SeverityWarning)
	ruleAverage     = fiscal.NewRule("tp.reception.average", "Average 国内公务接待 cost per person (information)", fiscal.ScopeCrossPart, fiscal.SeverityInfo)
	ruleRunning     = fiscal.NewRule("tp.running.public", "机关运行经费 agrees with 公用经费 where every unit is 行政 or 参公 and the code sets match", fiscal.ScopeCrossPart, fiscal.SeverityWarning)
	ruleRunningNone = fiscal.NewRule("tp.running.applicable", "机关运行经费 is stated only for departments with 行政 or 参公 units", fiscal.ScopeCrossPart, fiscal.SeverityWarning)
	ruleRunningPart = fiscal.NewRule("tp.running.within", "机关运行经费 does not exceed the 公用经费 of the 一般公共预算财政拨款基本支出决算表 it is part of", fiscal.ScopeCrossPart, fiscal.SeverityError)
)

// Rules returns every rule of this package.
func Rules() []fiscal.Rule {
	return []fiscal.Rule{ruleTotal, ruleVehicles, ruleBasicItems, ruleStatistics, ruleAverage, ruleRunning, ruleRunningNone, ruleRunningPart}
}
