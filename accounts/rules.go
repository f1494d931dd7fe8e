package accounts

import "github.com/cnfiscal/fiscal"

const (
	errS  = fiscal.SeverityError
	warnS = fiscal.SeverityWarning
)

// Rule IDs of the checks of this package, one for each rule of [Rules].
// Findings carry them; a [fiscal.Policy] can change their severity.
const (
	RuleStructureCode                      = "acc.structure.code"
	RuleStructureOrphan                    = "acc.structure.orphan"
	RuleStructureDuplicate                 = "acc.structure.duplicate"
	RuleStructureUnknown                   = "acc.structure.unknown"
	RuleStructureName                      = "acc.structure.name"
	RuleStructureEmpty                     = "acc.structure.empty"
	RuleSummaryIncomeTotal                 = "acc.summary.income-total"
	RuleSummaryExpenditureTotal            = "acc.summary.expenditure-total"
	RuleSummaryIncomeGrandTotal            = "acc.summary.income-grand-total"
	RuleSummaryExpenditureGrandTotal       = "acc.summary.expenditure-grand-total"
	RuleSummaryBalance                     = "acc.summary.balance"
	RuleIncomeRow                          = "acc.income.row"
	RuleIncomeHierarchy                    = "acc.income.hierarchy"
	RuleIncomeTotal                        = "acc.income.total"
	RuleExpenditureRow                     = "acc.expenditure.row"
	RuleExpenditureHierarchy               = "acc.expenditure.hierarchy"
	RuleExpenditureTotal                   = "acc.expenditure.total"
	RuleAppropriationIncomeTotal           = "acc.approp.income-total"
	RuleAppropriationOpening               = "acc.approp.opening"
	RuleAppropriationIncomeGrandTotal      = "acc.approp.income-grand-total"
	RuleAppropriationRow                   = "acc.approp.row"
	RuleAppropriationExpenditureTotal      = "acc.approp.expenditure-total"
	RuleAppropriationClosing               = "acc.approp.closing"
	RuleAppropriationExpenditureGrandTotal = "acc.approp.expenditure-grand-total"
	RuleAppropriationBalance               = "acc.approp.balance"
	RuleAppropriationFundBalance           = "acc.approp.fund-balance"
	RuleGeneralRow                         = "acc.general.row"
	RuleGeneralHierarchy                   = "acc.general.hierarchy"
	RuleGeneralTotal                       = "acc.general.total"
	RuleBasicHierarchy                     = "acc.basic.hierarchy"
	RuleBasicPersonnel                     = "acc.basic.personnel"
	RuleBasicPublic                        = "acc.basic.public"
	RuleGovFundRow                         = "acc.govfund.row"
	RuleGovFundBalance                     = "acc.govfund.balance"
	RuleGovFundHierarchy                   = "acc.govfund.hierarchy"
	RuleGovFundTotal                       = "acc.govfund.total"
	RuleStateCapitalRow                    = "acc.statecapital.row"
	RuleStateCapitalBalance                = "acc.statecapital.balance"
	RuleStateCapitalHierarchy              = "acc.statecapital.hierarchy"
	RuleStateCapitalTotal                  = "acc.statecapital.total"
	RuleCrossSummaryIncome                 = "acc.cross.summary-income"
	RuleCrossSummaryExpenditure            = "acc.cross.summary-expenditure"
	RuleCrossSummaryAppropriation          = "acc.cross.summary-appropriation"
	RuleCrossIncomeAppropriation           = "acc.cross.income-appropriation"
	RuleCrossAppropriationGeneral          = "acc.cross.appropriation-general"
	RuleCrossAppropriationGovFund          = "acc.cross.appropriation-govfund"
	RuleCrossAppropriationStateCapital     = "acc.cross.appropriation-statecapital"
	RuleCrossGeneralBasic                  = "acc.cross.general-basic"
	RuleLedgerBalance                      = "acc.ledger.balance"
	RuleLedgerFundBalance                  = "acc.ledger.fund-balance"
	RuleLedgerEconomic                     = "acc.ledger.economic"
	RuleLedgerNature                       = "acc.ledger.nature"
)

// The rules of this package. Their IDs are stable: findings, tests and
// users' severity policies refer to them.
var (
	ruleCode      = fiscal.NewRule(RuleStructureCode, "A printed code is not a code of the table's classification", fiscal.ScopeStructure, errS)
	ruleOrphan    = fiscal.NewRule(RuleStructureOrphan, "A 款 or 项 row is printed without its parent row", fiscal.ScopeStructure, errS)
	ruleDuplicate = fiscal.NewRule(RuleStructureDuplicate, "A row is printed twice", fiscal.ScopeStructure, errS)
	ruleUnknown   = fiscal.NewRule(RuleStructureUnknown, "A code is not in the classification catalog", fiscal.ScopeStructure, warnS)
	ruleName      = fiscal.NewRule(RuleStructureName, "A code is printed with a name other than the catalog's", fiscal.ScopeStructure, warnS)
	ruleEmpty     = fiscal.NewRule(RuleStructureEmpty, "An empty table lacks its statement, or a table with data carries one", fiscal.ScopeStructure, warnS)

	ruleSummaryIncome      = fiscal.NewRule(RuleSummaryIncomeTotal, "收入支出决算总表: 本年收入合计 = Σ income rows", fiscal.ScopeInTable, errS)
	ruleSummaryExpenditure = fiscal.NewRule(RuleSummaryExpenditureTotal, "收入支出决算总表: 本年支出合计 = Σ 类 rows", fiscal.ScopeInTable, errS)
	ruleSummaryIncomeGrand = fiscal.NewRule(RuleSummaryIncomeGrandTotal, "收入支出决算总表: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", fiscal.ScopeInTable, errS)
	ruleSummaryExpGrand    = fiscal.NewRule(RuleSummaryExpenditureGrandTotal, "收入支出决算总表: 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", fiscal.ScopeInTable, errS)
	ruleSummaryBalance     = fiscal.NewRule(RuleSummaryBalance, "收入支出决算总表: 收入总计 = 支出总计", fiscal.ScopeInTable, errS)

	ruleIncomeRow       = fiscal.NewRule(RuleIncomeRow, "收入决算表: 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入, per row", fiscal.ScopeInTable, errS)
	ruleIncomeHierarchy = fiscal.NewRule(RuleIncomeHierarchy, "收入决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleIncomeTotal     = fiscal.NewRule(RuleIncomeTotal, "收入决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleExpRow       = fiscal.NewRule(RuleExpenditureRow, "支出决算表: 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出, per row", fiscal.ScopeInTable, errS)
	ruleExpHierarchy = fiscal.NewRule(RuleExpenditureHierarchy, "支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleExpTotal     = fiscal.NewRule(RuleExpenditureTotal, "支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleApIncome      = fiscal.NewRule(RuleAppropriationIncomeTotal, "财政拨款收入支出决算总表: 本年收入合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款", fiscal.ScopeInTable, errS)
	ruleApOpening     = fiscal.NewRule(RuleAppropriationOpening, "财政拨款收入支出决算总表: 年初财政拨款结转和结余 = Σ its three funds", fiscal.ScopeInTable, errS)
	ruleApIncomeGrand = fiscal.NewRule(RuleAppropriationIncomeGrandTotal, "财政拨款收入支出决算总表: 收入总计 = 本年收入合计 + 年初财政拨款结转和结余", fiscal.ScopeInTable, errS)
	ruleApRow         = fiscal.NewRule(RuleAppropriationRow, "财政拨款收入支出决算总表: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款, per expenditure row", fiscal.ScopeInTable, errS)
	ruleApExpTotal    = fiscal.NewRule(RuleAppropriationExpenditureTotal, "财政拨款收入支出决算总表: 本年支出合计 = Σ 类, per column", fiscal.ScopeInTable, errS)
	ruleApClosing     = fiscal.NewRule(RuleAppropriationClosing, "财政拨款收入支出决算总表: 年末财政拨款结转和结余 = Σ its three funds", fiscal.ScopeInTable, errS)
	ruleApExpGrand    = fiscal.NewRule(RuleAppropriationExpenditureGrandTotal, "财政拨款收入支出决算总表: 支出总计 = 本年支出合计 + 年末财政拨款结转和结余, per column", fiscal.ScopeInTable, errS)
	ruleApBalance     = fiscal.NewRule(RuleAppropriationBalance, "财政拨款收入支出决算总表: 收入总计 = 支出总计", fiscal.ScopeInTable, errS)
	ruleApFund        = fiscal.NewRule(RuleAppropriationFundBalance, "财政拨款收入支出决算总表: per fund, 年初 + 本年收入 = 本年支出 + 年末", fiscal.ScopeInTable, errS)

	ruleGeneralRow       = fiscal.NewRule(RuleGeneralRow, "一般公共预算财政拨款支出决算表: 合计 = 基本支出 + 项目支出, per row", fiscal.ScopeInTable, errS)
	ruleGeneralHierarchy = fiscal.NewRule(RuleGeneralHierarchy, "一般公共预算财政拨款支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleGeneralTotal     = fiscal.NewRule(RuleGeneralTotal, "一般公共预算财政拨款支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleBasicHierarchy = fiscal.NewRule(RuleBasicHierarchy, "基本支出决算表: 经济分类 类 = Σ 款", fiscal.ScopeInTable, errS)
	ruleBasicPersonnel = fiscal.NewRule(RuleBasicPersonnel, "基本支出决算表: 人员经费合计 = 301 + 303", fiscal.ScopeInTable, errS)
	ruleBasicPublic    = fiscal.NewRule(RuleBasicPublic, "基本支出决算表: 公用经费合计 = 302 + 307 + 309 + 310 + 399 (those printed)", fiscal.ScopeInTable, errS)

	ruleGovFundRow       = fiscal.NewRule(RuleGovFundRow, "政府性基金预算财政拨款收入支出决算表: 本年支出 = 基本支出 + 项目支出, per row", fiscal.ScopeInTable, errS)
	ruleGovFundBalance   = fiscal.NewRule(RuleGovFundBalance, "政府性基金预算财政拨款收入支出决算表: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余, per row", fiscal.ScopeInTable, errS)
	ruleGovFundHierarchy = fiscal.NewRule(RuleGovFundHierarchy, "政府性基金预算财政拨款收入支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleGovFundTotal     = fiscal.NewRule(RuleGovFundTotal, "政府性基金预算财政拨款收入支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleStateRow       = fiscal.NewRule(RuleStateCapitalRow, "国有资本经营预算财政拨款支出决算表: 本年支出 = 基本支出 + 项目支出, per row", fiscal.ScopeInTable, errS)
	ruleStateBalance   = fiscal.NewRule(RuleStateCapitalBalance, "国有资本经营预算财政拨款收入支出决算表: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余, per row", fiscal.ScopeInTable, errS)
	ruleStateHierarchy = fiscal.NewRule(RuleStateCapitalHierarchy, "国有资本经营预算财政拨款支出决算表: 类 = Σ 款, 款 = Σ 项, per column", fiscal.ScopeInTable, errS)
	ruleStateTotal     = fiscal.NewRule(RuleStateCapitalTotal, "国有资本经营预算财政拨款支出决算表: 合计 = Σ 类, per column", fiscal.ScopeInTable, errS)

	ruleXSummaryIncome  = fiscal.NewRule(RuleCrossSummaryIncome, "收入支出决算总表 income rows = 收入决算表 合计 row", fiscal.ScopeCrossTable, errS)
	ruleXSummaryExp     = fiscal.NewRule(RuleCrossSummaryExpenditure, "收入支出决算总表 类 rows and 本年支出合计 = 支出决算表 本年支出合计", fiscal.ScopeCrossTable, errS)
	ruleXSummaryAp      = fiscal.NewRule(RuleCrossSummaryAppropriation, "收入支出决算总表 财政拨款 income rows = 财政拨款收入支出决算总表 income rows", fiscal.ScopeCrossTable, errS)
	ruleXIncomeAp       = fiscal.NewRule(RuleCrossIncomeAppropriation, "收入决算表 合计 财政拨款收入 = 财政拨款收入支出决算总表 本年收入合计", fiscal.ScopeCrossTable, errS)
	ruleXApGeneral      = fiscal.NewRule(RuleCrossAppropriationGeneral, "财政拨款收入支出决算总表 一般公共预算 column = 一般公共预算财政拨款支出决算表", fiscal.ScopeCrossTable, errS)
	ruleXApGovFund      = fiscal.NewRule(RuleCrossAppropriationGovFund, "财政拨款收入支出决算总表 政府性基金 figures = 政府性基金预算财政拨款收入支出决算表", fiscal.ScopeCrossTable, errS)
	ruleXApStateCapital = fiscal.NewRule(RuleCrossAppropriationStateCapital, "财政拨款收入支出决算总表 国有资本经营 figures = 国有资本经营预算财政拨款支出决算表", fiscal.ScopeCrossTable, errS)
	ruleXGeneralBasic   = fiscal.NewRule(RuleCrossGeneralBasic, "一般公共预算财政拨款支出决算表 合计 基本支出 = 基本支出决算表 人员经费合计 + 公用经费合计", fiscal.ScopeCrossTable, errS)

	ruleLedgerBalance  = fiscal.NewRule(RuleLedgerBalance, "Ledger: 本年收入 + 使用非财政拨款结余 + 年初结转和结余 = 本年支出 + 结余分配 + 年末结转和结余", fiscal.ScopeInTable, errS)
	ruleLedgerFund     = fiscal.NewRule(RuleLedgerFundBalance, "Ledger: per 财政拨款 fund, 年初 + 本年收入 = 本年支出 + 年末", fiscal.ScopeInTable, errS)
	ruleLedgerEconomic = fiscal.NewRule(RuleLedgerEconomic, "Ledger: 一般公共预算财政拨款 基本支出 carries an economic code", fiscal.ScopeStructure, warnS)
	ruleLedgerNature   = fiscal.NewRule(RuleLedgerNature, "Ledger: 人员经费 is 301/303 and 公用经费 is the other 类; 财政拨款 is 基本 or 项目 支出", fiscal.ScopeStructure, warnS)
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
