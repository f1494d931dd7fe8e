package perf

import "github.com/cnfiscal/fiscal"

// Rule IDs of the checks of this package. Findings carry them; a
// [fiscal.Policy] can change their severity.
const (
	RuleRatePrinted      = "perf.rate.printed"      // printed 执行率 against 执行数 / 预算数
	RuleSpentOverBudget  = "perf.spent.over_budget" // 执行数 above 预算数
	RuleRateLow          = "perf.rate.low"          // 执行率 below the threshold
	RuleCostSpent        = "perf.cost.spent"        // Σ 成本 actuals against 执行数
	RuleActualHigh       = "perf.actual.high"       // actual ≥ 130% of target, unexplained
	RuleTargetImpossible = "perf.target.impossible" // a rate target above 100%, or "≥100%"
	RuleUnitMismatch     = "perf.unit.mismatch"     // target and actual in units that do not agree
	RuleProjectTotal     = "perf.project.total"     // Σ project 执行数 against 项目支出
	RuleLevel            = "perf.level.mismatch"    // a 二级 under a 一级 it does not belong to
	RuleBlank            = "perf.cell.blank"        // a target or actual not written
	RuleMalformed        = "perf.text.malformed"    // a figure that cannot be read
	RuleScorePrinted     = "perf.score.printed"     // printed 得分 against the recomputed score
	RuleScoreSum         = "perf.score.sum"         // printed 总分 against the printed 得分 added up
	RuleBudgetSources    = "perf.budget.sources"    // 年度资金总额 against its sources (其中 rows)
	RuleScorePoints      = "perf.score.points"      // a printed 得分 above its 分值
	RuleScoreRate        = "perf.score.rate"        // the budget row's 得分 against 分值 × 执行率, where the form says so
)

// rules returns the rules; a function, so that no caller can change them.
func rules() []fiscal.Rule {
	t := ruleTable()
	return t[:]
}

// ruleTable is the rules as an array value: rule looks one up on every
// finding without allocating.
func ruleTable() [16]fiscal.Rule {
	return [...]fiscal.Rule{
		{ID: RuleRatePrinted, Title: "printed 执行率 equals 执行数 / 预算数 at its printed precision", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityError},
		{ID: RuleSpentOverBudget, Title: "执行数 does not exceed 预算数", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityWarning},
		{ID: RuleRateLow, Title: "执行率 is not below the threshold (60% by default)", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityWarning},
		{ID: RuleCostSpent, Title: "the actuals of the 成本 indicators add up to 执行数", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityWarning},
		{ID: RuleActualHigh, Title: "an actual at 130% of its target or more is explained in 偏差原因", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityWarning},
		{ID: RuleTargetImpossible, Title: "a rate or satisfaction target can be reached (not above 100%, not ≥100%)", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityWarning},
		{ID: RuleUnitMismatch, Title: "target and actual are in units that agree", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityError},
		{ID: RuleProjectTotal, Title: "Σ 执行数 of the project forms equals 项目支出", Scope: fiscal.ScopeCrossPart, Severity: fiscal.SeverityError},
		{ID: RuleLevel, Title: "each 二级 sits under its own 一级", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityWarning},
		{ID: RuleBlank, Title: "every indicator has a target and an actual", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityWarning},
		{ID: RuleMalformed, Title: "a figure on the form can be read", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityWarning},
		{ID: RuleScorePrinted, Title: "printed 得分 and 总分 equal the recomputed scores", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityError},
		{ID: RuleScoreSum, Title: "printed 总分 equals the printed 得分 of 预算执行 and of every indicator added up", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityError},
		{ID: RuleBudgetSources, Title: "年度资金总额 equals the sum of its sources (本年财政拨款, 上年结转, 其他资金 …), and of its uses (基本支出, 项目支出) where printed, in each column", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityError},
		{ID: RuleScorePoints, Title: "a printed 得分 is not above its 分值", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityError},
		{ID: RuleScoreRate, Title: "the budget row's 得分 equals min(执行率, 1) × 分值 where the form says it is so scored", Scope: fiscal.ScopeForm, Severity: fiscal.SeverityError},
	}
}

// Rules lists every rule of the package's checks, in a new slice.
func Rules() []fiscal.Rule { return rules() }

// rule returns the rule with the given ID, from a table made once (read
// only: ruleTable made the whole array on every finding).
func rule(id string) fiscal.Rule {
	for i := range ruleByID {
		if ruleByID[i].ID == id {
			return ruleByID[i]
		}
	}
	return fiscal.Rule{ID: id}
}

var ruleByID = ruleTable()
