package disclosure

import "github.com/cnfiscal/fiscal"

// The checks a reviewer makes beyond the identities (issue 13): each rule's
// title says what it checks; the doc comment of the function that runs it
// says which inputs it needs. A check whose inputs are missing returns
// nothing: it has not run, which is not the same as having passed.
var (
	ruleDirectionConflict = fiscal.NewRule("narr.direction-conflict",
		"One figure is not said both to be unchanged (持平) and to have changed, or to have risen and fallen, against last year",
		fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleChangeSum = fiscal.NewRule("disc.3p.change-sum",
		"The stated change of the \"三公\" total equals the sum of the stated changes of 因公出国（境）费, 公务用车购置及运行费 and 公务接待费 (and the vehicle total that of 购置费 and 运行费)",
		fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleFunctionName = fiscal.NewRule("narr.function-name",
		"A 类/款/项 named in the narrative carries the name the tables and the catalog give its code (not another code's, not an earlier edition's)",
		fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleDoubledWord = fiscal.NewRule("narr.doubled-word",
		"A comparison word is not printed twice (下降下降, 增加增加)",
		fiscal.ScopeText, fiscal.SeverityWarning)
	ruleAlternatives = fiscal.NewRule("narr.alternatives",
		"The template's alternatives are not left in with a slash (增加/减少, 增长/下降, 大于/小于)",
		fiscal.ScopeText, fiscal.SeverityError)
	rulePercentSign = fiscal.NewRule("narr.percent-sign",
		"A share, growth or completion rate is printed with its % sign (占41.5 → 占41.5%)",
		fiscal.ScopeText, fiscal.SeverityWarning)
	ruleYearDigits = fiscal.NewRule("narr.year-form",
		"A year is written with four digits and 年 (not 20245年, 202年度, 2024度, 2204年)",
		fiscal.ScopeText, fiscal.SeverityWarning)
	ruleStrayUnit = fiscal.NewRule("narr.stray-unit",
		"A unit of money is not printed without its figure (公务接待费元、)",
		fiscal.ScopeText, fiscal.SeverityWarning)
	ruleReason = fiscal.NewRule("narr.reason",
		"Where the 决算 differs from the 年初预算 or from last year by 10% or more, the paragraph states a reason (主要原因…)",
		fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleFlatReason = fiscal.NewRule("narr.flat-reason",
		"A figure said to be unchanged (持平) is not explained by a rise or a fall (持平。主要原因：…减少支付)",
		fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleThreePublicItems = fiscal.NewRule("disc.3p.items-stated",
		"The \"三公\" narrative states each of 因公出国（境）费, 公务用车购置费, 公务用车运行维护费 and 公务接待费, or says there was none",
		fiscal.ScopeNarrative, fiscal.SeverityWarning)
)

// reviewerRules are the rules of the reviewer's checks, in the order
// [Rules] lists them.
func reviewerRules() []fiscal.Rule {
	return []fiscal.Rule{ruleDirectionConflict, ruleChangeSum, ruleFunctionName, ruleDoubledWord, ruleAlternatives,
		rulePercentSign, ruleYearDigits, ruleStrayUnit, ruleReason, ruleFlatReason, ruleThreePublicItems,
		ruleRepeat, ruleGrowthFromZero, ruleCountAmount}
}

// appendReviewer appends to dst the findings of the reviewer's checks
// that need only the document's statements and tables; those that need the
// narrative's words are [CheckNarrativeText].
//
// amounts are the narrative's amounts as read for the check, or nil.
func (d *Document) appendReviewer(dst []fiscal.Finding, amounts statedAmounts) []fiscal.Finding {
	// The changes are read once for the two checks of changes, into
	// buffers on the stack while they fit.
	var (
		c       statedChanges
		csBuf   [32]changeOf
		keysBuf [32][2]int32
		textBuf [1024]byte
	)
	c.cs, c.keys, c.buf = csBuf[:0], keysBuf[:0], textBuf[:0]
	c = d.readChanges(c, amounts)
	dst = append(dst, c.checkDirections()...)
	dst = append(dst, c.checkThreePublicChanges()...)
	dst = append(dst, d.checkFunctionNames()...)
	dst = append(dst, d.checkRepeats(amounts)...)
	dst = append(dst, d.checkCountAmounts()...)
	return append(dst, d.checkGrowthOwnFigures()...)
}

// sameWordClass reports whether two comparison words are alternatives of
// one another: both words of change (增加, 减少, 增长, 下降, 上升, 降低) or
// both words of comparison (大于, 小于, 高于, 低于). A change followed by a
// comparison is ordinary Chinese, not a template left in: 增长低于预期
// (growth below what was expected), 下降高于全市平均.
func sameWordClass(a, b string) bool {
	comparison := func(w string) bool { return w == "大于" || w == "小于" || w == "高于" || w == "低于" }
	return comparison(a) == comparison(b)
}
