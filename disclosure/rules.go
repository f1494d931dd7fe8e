package disclosure

import "github.com/cnfiscal/fiscal"

var (
	ruleAmount     = fiscal.NewRule("narr.amount", "A figure the narrative repeats equals its source", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleShare      = fiscal.NewRule("narr.share", "A share equals the recomputed ratio at the printed precision", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleGrowth     = fiscal.NewRule("narr.growth", "A growth rate equals change / (current − change) at the printed precision", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleGrowthZero = fiscal.NewRule("narr.growth-undefined", "A growth rate against a prior-year figure of 0 is undefined", fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleCompletion = fiscal.NewRule("narr.completion", "A completion rate equals actual / budget at the printed precision", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleWord       = fiscal.NewRule("narr.word", "A comparison word (增加/减少/持平/大于/小于) matches the sign of what it compares", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleUnresolved = fiscal.NewRule("narr.unresolved", "A narrative figure points at a part the document lacks, or cannot be read", fiscal.ScopeNarrative, fiscal.SeverityWarning)
	rulePrior      = fiscal.NewRule("narr.prior", "The prior-year figure implied by a change (较上年增加/减少) equals last year's report", fiscal.ScopeCrossYear, fiscal.SeverityError)
	ruleExplained  = fiscal.NewRule("disc.explained-name", "A 功能分类 code explained in the 名词解释 is named as the catalog and the tables name it", fiscal.ScopeCrossPart, fiscal.SeverityWarning)
	ruleDeptForm   = fiscal.NewRule("disc.department-form", "The 部门整体绩效自评表's 基本支出总额 and 项目支出总额 equal the 支出决算表", fiscal.ScopeCrossPart, fiscal.SeverityError)
)

// Rules returns the rules of this package (the narrative and cross-part
// rules); [Document.Check] also runs those of accounts, threepublic,
// procurement and perf.
func Rules() []fiscal.Rule {
	return append([]fiscal.Rule{ruleAmount, ruleShare, ruleGrowth, ruleGrowthZero, ruleCompletion, ruleWord, ruleUnresolved, rulePrior, ruleExplained, ruleDeptForm}, reviewerRules()...)
}
