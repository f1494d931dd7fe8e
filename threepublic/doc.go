// Package threepublic models "三公"经费 (因公出国（境）费, 公务用车购置及运行费,
// 公务接待费) and 机关运行经费.
//
// # "三公"经费
//
// [Expenses] are the four amounts of one column; [Table] is the 财政拨款
// "三公"经费支出决算表 with its 预算数 and 决算数, as printed or derived
// ([Derive]). [FromLedger] computes the amounts from a department's ledger
// by economic code (30212, 31013, 30231, 30217 by default; 30913 can be
// added) over 基本 and 项目 支出, with a configurable fund scope ([Config]).
// [Compare] lines the figures up against the budget and last year
// (completion rate, change, growth rate), and [Statistics] holds the counts
// that must accompany them.
//
// # 机关运行经费
//
// [RunningCostFromLedger] sums the 一般公共预算财政拨款 基本支出 of 行政单位
// and 参照公务员法管理事业单位 under a configurable economic code set
// ([RunningCostConfig]); for other 事业单位 it is not applicable, and the
// result says so.
//
// # Checks
//
// [Table.Check] (合计 and 小计 identities), [Table.CheckBasicItems] (the
// matching items of the 基本支出决算表 cannot exceed the "三公" figures),
// [CheckStatistics] (statistics present when amounts are not zero; the
// average reception cost per person, as information) and
// [CheckRunningCost] (机关运行经费 against 公用经费 where they must agree).
// [Rules] lists them.
package threepublic
