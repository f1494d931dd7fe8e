package accounts

import "github.com/cnfiscal/fiscal"

const (
	errS  = fiscal.SeverityError
	warnS = fiscal.SeverityWarning
)

// The rules of this package. Their IDs are stable: findings, tests and
// users' severity policies refer to them.
var (
	ruleCode      = fiscal.NewRule("acc.structure.code", "A printed code is not a code of the table's classification", fiscal.ScopeStructure, errS)
	ruleOrphan    = fiscal.NewRule("acc.structure.orphan", "A 款 or 项 row is printed without its parent row", fiscal.ScopeStructure, errS)
	ruleDuplicate = fiscal.NewRule("acc.structure.duplicate", "A row is printed twice", fiscal.ScopeStructure, errS)
	ruleUnknown   = fiscal.NewRule("acc.structure.unknown", "A code is not in the classification catalog", fiscal.ScopeStructure, warnS)
	ruleName      = fiscal.NewRule("acc.structure.name", "A code is printed with a name other than the catalog's", fiscal.ScopeStructure, warnS)
	ruleEmpty     = fiscal.NewRule("acc.structure.empty", "An empty table lacks its statement, or a table with data carries one", fiscal.ScopeStructure, warnS)

	ruleSummaryIncome      = fiscal.NewRule("acc.summary.income-total", "收入支出决算总表: 本年收入合计 = Σ income rows", fiscal.ScopeInTable, errS)
	ruleSummaryExpenditure = fiscal.NewRule("acc.summary.expenditure-total", "收入支出决算总表: 本年支出合计 = Σ 类 rows", fiscal.ScopeInTable, errS)
	ruleSummaryIncomeGrand = fiscal.NewRule("acc.summary.income-grand-total", "收入支出决算总表: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", fiscal.ScopeInTable, errS)
	ruleSummaryExpGrand    = fiscal.NewRule("acc.summary.expenditure-grand-total", "收入支出决算总表: 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", fiscal.ScopeInTable, errS)
	ruleSummaryBalance     = fiscal.NewRule("acc.summary.balance", "收入支出决算总表: 收入总计 = 支出总计", fiscal.ScopeInTable, errS)

	ruleIncomeRow       = fiscal.NewRule("acc.income.row", "收入决算表: 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入, per row", fiscal.ScopeInTable, errS)
	ruleIncomeHierarchy = fiscal.NewRule("acc.income.hierarchy", "收入决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleIncomeTotal     = fiscal.NewRule("acc.income.total", "收入决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleExpRow       = fiscal.NewRule("acc.expenditure.row", "支出决算表: 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出, per row", fiscal.ScopeInTable, errS)
	ruleExpHierarchy = fiscal.NewRule("acc.expenditure.hierarchy", "支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleExpTotal     = fiscal.NewRule("acc.expenditure.total", "支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleApIncome      = fiscal.NewRule("acc.approp.income-total", "财政拨款收入支出决算总表: 本年收入合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款", fiscal.ScopeInTable, errS)
	ruleApOpening     = fiscal.NewRule("acc.approp.opening", "财政拨款收入支出决算总表: 年初财政拨款结转和结余 = Σ its three funds", fiscal.ScopeInTable, errS)
	ruleApIncomeGrand = fiscal.NewRule("acc.approp.income-grand-total", "财政拨款收入支出决算总表: 收入总计 = 本年收入合计 + 年初财政拨款结转和结余", fiscal.ScopeInTable, errS)
	ruleApRow         = fiscal.NewRule("acc.approp.row", "财政拨款收入支出决算总表: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款, per expenditure row", fiscal.ScopeInTable, errS)
	ruleApExpTotal    = fiscal.NewRule("acc.approp.expenditure-total", "财政拨款收入支出决算总表: 本年支出合计 = Σ 类, per column", fiscal.ScopeInTable, errS)
	ruleApClosing     = fiscal.NewRule("acc.approp.closing", "财政拨款收入支出决算总表: 年末财政拨款结转和结余 = Σ its three funds", fiscal.ScopeInTable, errS)
	ruleApExpGrand    = fiscal.NewRule("acc.approp.expenditure-grand-total", "财政拨款收入支出决算总表: 支出总计 = 本年支出合计 + 年末财政拨款结转和结余, per column", fiscal.ScopeInTable, errS)
	ruleApBalance     = fiscal.NewRule("acc.approp.balance", "财政拨款收入支出决算总表: 收入总计 = 支出总计", fiscal.ScopeInTable, errS)
	ruleApFund        = fiscal.NewRule("acc.approp.fund-balance", "财政拨款收入支出决算总表: per fund, 年初 + 本年收入 = 本年支出 + 年末", fiscal.ScopeInTable, errS)

	ruleGeneralRow       = fiscal.NewRule("acc.general.row", "一般公共预算财政拨款支出决算表: 合计 = 基本支出 + 项目支出, per row", fiscal.ScopeInTable, errS)
	ruleGeneralHierarchy = fiscal.NewRule("acc.general.hierarchy", "一般公共预算财政拨款支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleGeneralTotal     = fiscal.NewRule("acc.general.total", "一般公共预算财政拨款支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleBasicHierarchy = fiscal.NewRule("acc.basic.hierarchy", "基本支出决算表: 经济分类 类 = Σ 款", fiscal.ScopeInTable, errS)
	ruleBasicPersonnel = fiscal.NewRule("acc.basic.personnel", "基本支出决算表: 人员经费合计 = 301 + 303", fiscal.ScopeInTable, errS)
	ruleBasicPublic    = fiscal.NewRule("acc.basic.public", "基本支出决算表: 公用经费合计 = 302 + 307 + 309 + 310 + 399 (those printed)", fiscal.ScopeInTable, errS)

	ruleGovFundRow       = fiscal.NewRule("acc.govfund.row", "政府性基金预算财政拨款收入支出决算表: 本年支出 = 基本支出 + 项目支出, per row", fiscal.ScopeInTable, errS)
	ruleGovFundBalance   = fiscal.NewRule("acc.govfund.balance", "政府性基金预算财政拨款收入支出决算表: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余, per row", fiscal.ScopeInTable, errS)
	ruleGovFundHierarchy = fiscal.NewRule("acc.govfund.hierarchy", "政府性基金预算财政拨款收入支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleGovFundTotal     = fiscal.NewRule("acc.govfund.total", "政府性基金预算财政拨款收入支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleStateRow       = fiscal.NewRule("acc.statecapital.row", "国有资本经营预算财政拨款支出决算表: 本年支出 = 基本支出 + 项目支出, per row", fiscal.ScopeInTable, errS)
	ruleStateBalance   = fiscal.NewRule("acc.statecapital.balance", "国有资本经营预算财政拨款收入支出决算表: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余, per row", fiscal.ScopeInTable, errS)
	ruleStateHierarchy = fiscal.NewRule("acc.statecapital.hierarchy", "国有资本经营预算财政拨款支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleStateTotal     = fiscal.NewRule("acc.statecapital.total", "国有资本经营预算财政拨款支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleXSummaryIncome  = fiscal.NewRule("acc.cross.summary-income", "收入支出决算总表 income rows = 收入决算表 合计 row", fiscal.ScopeCrossTable, errS)
	ruleXSummaryExp     = fiscal.NewRule("acc.cross.summary-expenditure", "收入支出决算总表 类 rows and 本年支出合计 = 支出决算表 本年支出合计", fiscal.ScopeCrossTable, errS)
	ruleXSummaryAp      = fiscal.NewRule("acc.cross.summary-appropriation", "收入支出决算总表 财政拨款 income rows = 财政拨款收入支出决算总表 income rows", fiscal.ScopeCrossTable, errS)
	ruleXIncomeAp       = fiscal.NewRule("acc.cross.income-appropriation", "收入决算表 合计 财政拨款收入 = 财政拨款收入支出决算总表 本年收入合计", fiscal.ScopeCrossTable, errS)
	ruleXApGeneral      = fiscal.NewRule("acc.cross.appropriation-general", "财政拨款收入支出决算总表 一般公共预算 column = 一般公共预算财政拨款支出决算表", fiscal.ScopeCrossTable, errS)
	ruleXApGovFund      = fiscal.NewRule("acc.cross.appropriation-govfund", "财政拨款收入支出决算总表 政府性基金 figures = 政府性基金预算财政拨款收入支出决算表", fiscal.ScopeCrossTable, errS)
	ruleXApStateCapital = fiscal.NewRule("acc.cross.appropriation-statecapital", "财政拨款收入支出决算总表 国有资本经营 figures = 国有资本经营预算财政拨款支出决算表", fiscal.ScopeCrossTable, errS)
	ruleXGeneralBasic   = fiscal.NewRule("acc.cross.general-basic", "一般公共预算财政拨款支出决算表 合计 基本支出 = 基本支出决算表 人员经费合计 + 公用经费合计", fiscal.ScopeCrossTable, errS)

	ruleLedgerBalance  = fiscal.NewRule("acc.ledger.balance", "Ledger: 本年收入 + 使用非财政拨款结余 + 年初结转和结余 = 本年支出 + 结余分配 + 年末结转和结余", fiscal.ScopeInTable, errS)
	ruleLedgerFund     = fiscal.NewRule("acc.ledger.fund-balance", "Ledger: per 财政拨款 fund, 年初 + 本年收入 = 本年支出 + 年末", fiscal.ScopeInTable, errS)
	ruleLedgerEconomic = fiscal.NewRule("acc.ledger.economic", "Ledger: 一般公共预算财政拨款 基本支出 carries an economic code", fiscal.ScopeStructure, warnS)
	ruleLedgerNature   = fiscal.NewRule("acc.ledger.nature", "Ledger: 人员经费 is 301/303 and 公用经费 is the other 类; 财政拨款 is 基本 or 项目 支出", fiscal.ScopeStructure, warnS)
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
