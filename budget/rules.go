package budget

import "github.com/cnfiscal/fiscal"

// The rules of this package. IDs are stable: findings carry them and
// callers override severities by them.
var (
	ruleParseTable = fiscal.NewRule("budget.parse.table", "a table handed over by the reader could not be placed", fiscal.ScopeParse, fiscal.SeverityWarning)
	ruleParseRow   = fiscal.NewRule("budget.parse.row", "a row could not be placed in its table", fiscal.ScopeParse, fiscal.SeverityWarning)
	ruleParseCode  = fiscal.NewRule("budget.parse.code", "a classification code could not be read", fiscal.ScopeParse, fiscal.SeverityWarning)
	ruleParseClass = fiscal.NewRule("budget.parse.class", "a 支出 line of a summary table names no known 类", fiscal.ScopeParse, fiscal.SeverityInfo)

	ruleBalance     = fiscal.NewRule("budget.summary.balance", "收入总计 equals 支出总计 in each summary table", fiscal.ScopeInTable, fiscal.SeverityError)
	ruleIncomeSum   = fiscal.NewRule("budget.summary.income", "the income lines of a summary table add up (财政拨款 = Σ funds; 合计 = Σ sources)", fiscal.ScopeInTable, fiscal.SeverityError)
	ruleExpendSum   = fiscal.NewRule("budget.summary.expenditure", "the 支出 lines of a summary table add up to its 支出 total, column by column", fiscal.ScopeInTable, fiscal.SeverityError)
	ruleColumns     = fiscal.NewRule("budget.columns", "fund-source and nature columns add up in each row (合计 = Σ parts)", fiscal.ScopeInTable, fiscal.SeverityError)
	ruleHierarchy   = fiscal.NewRule("budget.hierarchy", "功能分类 hierarchy: 类 = Σ 款 = Σ 项, 合计 = Σ 类", fiscal.ScopeInTable, fiscal.SeverityError)
	ruleEconomic    = fiscal.NewRule("budget.economic", "经济分类 hierarchy: 类 = Σ 款, 合计 = Σ 类", fiscal.ScopeInTable, fiscal.SeverityError)
	ruleThreePublic = fiscal.NewRule("budget.threepublic", "\"三公\" total = its items; 公务用车购置及运行费 = 购置 + 运行", fiscal.ScopeInTable, fiscal.SeverityError)
	ruleCrossIncome = fiscal.NewRule("budget.cross.income", "收入预算总表 agrees with the summary table's income lines", fiscal.ScopeCrossTable, fiscal.SeverityError)
	ruleCrossExpend = fiscal.NewRule("budget.cross.expenditure", "支出预算总表 agrees with the summary table's 支出 lines and with 收入预算总表", fiscal.ScopeCrossTable, fiscal.SeverityError)
	ruleCrossApprop = fiscal.NewRule("budget.cross.appropriation", "财政拨款收支预算总表 agrees with the summary table and with the fund tables", fiscal.ScopeCrossTable, fiscal.SeverityError)
	ruleCrossBasic  = fiscal.NewRule("budget.cross.basic", "the 基本支出 经济分类 table agrees with the 基本支出 column of the 一般公共预算 table", fiscal.ScopeCrossTable, fiscal.SeverityError)
	ruleRunning     = fiscal.NewRule("budget.cross.running", "机关运行经费 does not exceed the 公用经费 of the 基本支出 table", fiscal.ScopeCrossTable, fiscal.SeverityError)
	ruleFinal       = fiscal.NewRule("budget.final", "the 决算's 年初预算 figures equal the published budget", fiscal.ScopeCrossYear, fiscal.SeverityError)
	ruleFinalYear   = fiscal.NewRule("budget.final.year", "a 决算 is compared with the budget of its own year", fiscal.ScopeCrossYear, fiscal.SeverityWarning)
)

// Rules returns the rules of this package, in a stable order (the table
// rules, then [NarrativeRules]).
func Rules() []fiscal.Rule {
	return append([]fiscal.Rule{ruleParseTable, ruleParseRow, ruleParseCode, ruleParseClass,
		ruleBalance, ruleIncomeSum, ruleExpendSum, ruleColumns, ruleHierarchy, ruleEconomic, ruleThreePublic, ruleProcurement, ruleIncomeSources,
		ruleCrossIncome, ruleCrossExpend, ruleCrossApprop, ruleCrossBasic, ruleRunning, ruleFinal, ruleFinalYear}, NarrativeRules()...)
}
