package accounts

import "github.com/cnfiscal/fiscal"

func rule(id, title string, scope fiscal.Scope, sev fiscal.Severity) fiscal.Rule {
	return fiscal.Rule{ID: id, Title: title, Scope: scope, Severity: sev}
}

const (
	errS  = fiscal.SeverityError
	warnS = fiscal.SeverityWarning
)

// The rules of this package. Their IDs are stable: findings, tests and
// users' severity policies refer to them.
var (
	ruleCode      = rule("acc.structure.code", "A printed code is not a code of the table's classification", fiscal.ScopeStructure, errS)
	ruleOrphan    = rule("acc.structure.orphan", "A 款 or 项 row is printed without its parent row", fiscal.ScopeStructure, errS)
	ruleDuplicate = rule("acc.structure.duplicate", "A row is printed twice", fiscal.ScopeStructure, errS)
	ruleUnknown   = rule("acc.structure.unknown", "A code is not in the classification catalog", fiscal.ScopeStructure, warnS)
	ruleName      = rule("acc.structure.name", "A code is printed with a name other than the catalog's", fiscal.ScopeStructure, warnS)
	ruleEmpty     = rule("acc.structure.empty", "An empty table lacks its statement, or a table with data carries one", fiscal.ScopeStructure, warnS)

	ruleSummaryIncome      = rule("acc.summary.income-total", "收入支出决算总表: 本年收入合计 = Σ income rows", fiscal.ScopeInTable, errS)
	ruleSummaryExpenditure = rule("acc.summary.expenditure-total", "收入支出决算总表: 本年支出合计 = Σ 类 rows", fiscal.ScopeInTable, errS)
	ruleSummaryIncomeGrand = rule("acc.summary.income-grand-total", "收入支出决算总表: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", fiscal.ScopeInTable, errS)
	ruleSummaryExpGrand    = rule("acc.summary.expenditure-grand-total", "收入支出决算总表: 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", fiscal.ScopeInTable, errS)
	ruleSummaryBalance     = rule("acc.summary.balance", "收入支出决算总表: 收入总计 = 支出总计", fiscal.ScopeInTable, errS)

	ruleIncomeRow       = rule("acc.income.row", "收入决算表: 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入, per row", fiscal.ScopeInTable, errS)
	ruleIncomeHierarchy = rule("acc.income.hierarchy", "收入决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleIncomeTotal     = rule("acc.income.total", "收入决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleExpRow       = rule("acc.expenditure.row", "支出决算表: 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出, per row", fiscal.ScopeInTable, errS)
	ruleExpHierarchy = rule("acc.expenditure.hierarchy", "支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleExpTotal     = rule("acc.expenditure.total", "支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleApIncome      = rule("acc.approp.income-total", "财政拨款收入支出决算总表: 本年收入合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款", fiscal.ScopeInTable, errS)
	ruleApOpening     = rule("acc.approp.opening", "财政拨款收入支出决算总表: 年初财政拨款结转和结余 = Σ its three funds", fiscal.ScopeInTable, errS)
	ruleApIncomeGrand = rule("acc.approp.income-grand-total", "财政拨款收入支出决算总表: 收入总计 = 本年收入合计 + 年初财政拨款结转和结余", fiscal.ScopeInTable, errS)
	ruleApRow         = rule("acc.approp.row", "财政拨款收入支出决算总表: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款, per expenditure row", fiscal.ScopeInTable, errS)
	ruleApExpTotal    = rule("acc.approp.expenditure-total", "财政拨款收入支出决算总表: 本年支出合计 = Σ 类, per column", fiscal.ScopeInTable, errS)
	ruleApClosing     = rule("acc.approp.closing", "财政拨款收入支出决算总表: 年末财政拨款结转和结余 = Σ its three funds", fiscal.ScopeInTable, errS)
	ruleApExpGrand    = rule("acc.approp.expenditure-grand-total", "财政拨款收入支出决算总表: 支出总计 = 本年支出合计 + 年末财政拨款结转和结余, per column", fiscal.ScopeInTable, errS)
	ruleApBalance     = rule("acc.approp.balance", "财政拨款收入支出决算总表: 收入总计 = 支出总计", fiscal.ScopeInTable, errS)
	ruleApFund        = rule("acc.approp.fund-balance", "财政拨款收入支出决算总表: per fund, 年初 + 本年收入 = 本年支出 + 年末", fiscal.ScopeInTable, errS)

	ruleGeneralRow       = rule("acc.general.row", "一般公共预算财政拨款支出决算表: 合计 = 基本支出 + 项目支出, per row", fiscal.ScopeInTable, errS)
	ruleGeneralHierarchy = rule("acc.general.hierarchy", "一般公共预算财政拨款支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleGeneralTotal     = rule("acc.general.total", "一般公共预算财政拨款支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleBasicHierarchy = rule("acc.basic.hierarchy", "基本支出决算表: 经济分类 类 = Σ 款", fiscal.ScopeInTable, errS)
	ruleBasicPersonnel = rule("acc.basic.personnel", "基本支出决算表: 人员经费合计 = 301 + 303", fiscal.ScopeInTable, errS)
	ruleBasicPublic    = rule("acc.basic.public", "基本支出决算表: 公用经费合计 = 302 + 307 + 309 + 310 + 399 (those printed)", fiscal.ScopeInTable, errS)

	ruleGovFundRow       = rule("acc.govfund.row", "政府性基金预算财政拨款收入支出决算表: 本年支出 = 基本支出 + 项目支出, per row", fiscal.ScopeInTable, errS)
	ruleGovFundBalance   = rule("acc.govfund.balance", "政府性基金预算财政拨款收入支出决算表: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余, per row", fiscal.ScopeInTable, errS)
	ruleGovFundHierarchy = rule("acc.govfund.hierarchy", "政府性基金预算财政拨款收入支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleGovFundTotal     = rule("acc.govfund.total", "政府性基金预算财政拨款收入支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleStateRow       = rule("acc.statecapital.row", "国有资本经营预算财政拨款支出决算表: 本年支出 = 基本支出 + 项目支出, per row", fiscal.ScopeInTable, errS)
	ruleStateBalance   = rule("acc.statecapital.balance", "国有资本经营预算财政拨款收入支出决算表: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余, per row", fiscal.ScopeInTable, errS)
	ruleStateHierarchy = rule("acc.statecapital.hierarchy", "国有资本经营预算财政拨款支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleStateTotal     = rule("acc.statecapital.total", "国有资本经营预算财政拨款支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleXSummaryIncome  = rule("acc.cross.summary-income", "收入支出决算总表 income rows = 收入决算表 合计 row", fiscal.ScopeCrossTable, errS)
	ruleXSummaryExp     = rule("acc.cross.summary-expenditure", "收入支出决算总表 类 rows and 本年支出合计 = 支出决算表 本年支出合计", fiscal.ScopeCrossTable, errS)
	ruleXSummaryAp      = rule("acc.cross.summary-appropriation", "收入支出决算总表 财政拨款 income rows = 财政拨款收入支出决算总表 income rows", fiscal.ScopeCrossTable, errS)
	ruleXIncomeAp       = rule("acc.cross.income-appropriation", "收入决算表 合计 财政拨款收入 = 财政拨款收入支出决算总表 本年收入合计", fiscal.ScopeCrossTable, errS)
	ruleXApGeneral      = rule("acc.cross.appropriation-general", "财政拨款收入支出决算总表 一般公共预算 column = 一般公共预算财政拨款支出决算表", fiscal.ScopeCrossTable, errS)
	ruleXApGovFund      = rule("acc.cross.appropriation-govfund", "财政拨款收入支出决算总表 政府性基金 figures = 政府性基金预算财政拨款收入支出决算表", fiscal.ScopeCrossTable, errS)
	ruleXApStateCapital = rule("acc.cross.appropriation-statecapital", "财政拨款收入支出决算总表 国有资本经营 figures = 国有资本经营预算财政拨款支出决算表", fiscal.ScopeCrossTable, errS)
	ruleXGeneralBasic   = rule("acc.cross.general-basic", "一般公共预算财政拨款支出决算表 合计 基本支出 = 基本支出决算表 人员经费合计 + 公用经费合计", fiscal.ScopeCrossTable, errS)

	ruleLedgerBalance  = rule("acc.ledger.balance", "Ledger: 本年收入 + 使用非财政拨款结余 + 年初结转和结余 = 本年支出 + 结余分配 + 年末结转和结余", fiscal.ScopeInTable, errS)
	ruleLedgerFund     = rule("acc.ledger.fund-balance", "Ledger: per 财政拨款 fund, 年初 + 本年收入 = 本年支出 + 年末", fiscal.ScopeInTable, errS)
	ruleLedgerEconomic = rule("acc.ledger.economic", "Ledger: 一般公共预算财政拨款 基本支出 carries an economic code", fiscal.ScopeStructure, warnS)
	ruleLedgerNature   = rule("acc.ledger.nature", "Ledger: 人员经费 is 301/303 and 公用经费 is the other 类; 财政拨款 is 基本 or 项目 支出", fiscal.ScopeStructure, warnS)
)

// Rules returns every rule of this package: ID, title, scope and default
// severity.
func Rules() []fiscal.Rule {
	return []fiscal.Rule{
		ruleCode, ruleOrphan, ruleDuplicate, ruleUnknown, ruleName, ruleEmpty,
		ruleSummaryIncome, ruleSummaryExpenditure, ruleSummaryIncomeGrand, ruleSummaryExpGrand, ruleSummaryBalance,
		ruleIncomeRow, ruleIncomeHierarchy, ruleIncomeTotal,
		ruleExpRow, ruleExpHierarchy, ruleExpTotal,
		ruleApIncome, ruleApOpening, ruleApIncomeGrand, ruleApRow, ruleApExpTotal, ruleApClosing, ruleApExpGrand, ruleApBalance, ruleApFund,
		ruleGeneralRow, ruleGeneralHierarchy, ruleGeneralTotal,
		ruleBasicHierarchy, ruleBasicPersonnel, ruleBasicPublic,
		ruleGovFundRow, ruleGovFundBalance, ruleGovFundHierarchy, ruleGovFundTotal,
		ruleStateRow, ruleStateBalance, ruleStateHierarchy, ruleStateTotal,
		ruleXSummaryIncome, ruleXSummaryExp, ruleXSummaryAp, ruleXIncomeAp, ruleXApGeneral, ruleXApGovFund, ruleXApStateCapital, ruleXGeneralBasic,
		ruleLedgerBalance, ruleLedgerFund, ruleLedgerEconomic, ruleLedgerNature,
	}
}
