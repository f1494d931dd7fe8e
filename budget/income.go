package budget

import (
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// ruleIncomeSources checks a 收入预算总表 printed by source.
var ruleIncomeSources = fiscal.NewRule("budget.income.sources",
	"收入预算总表 by source (12-table layout): 收入总计 = Σ the funds' 小计; each 小计 = Σ the sources under it", fiscal.ScopeInTable, fiscal.SeverityError)

// isBySource reports whether a 收入预算总表 lists income sources by label
// over one 金额 column (the 12-table layout) rather than 功能分类 rows over
// source columns.
func isBySource(t *Table) bool {
	if t == nil || hasFunctionRows(t) {
		return false
	}
	return printed(t, ColAmount)
}

// isSubtotal reports whether a row is a fund's 小计.
func isSubtotal(r *Row) bool { return strings.HasSuffix(NormalizeLabel(r.Label), "小计") }

// incomeBySource checks a 收入预算总表 by source: 收入总计 equals the sum
// of the funds' 小计 (一般公共预算资金, 政府性基金, 财政专户管理资金,
// 其他资金, 上年结转和结余资金), and each 小计 the sources printed after it
// up to the next 小计 (the layout prints a fund's 小计 above its sources;
// "其中：" lines are parts of the line above, not summed). Sources left
// blank are no rows, so a fund whose 小计 is blank ends at the next 小计
// printed: a 小计 is checked only when it prints a figure.
func (k *checker) incomeBySource(t *Table) {
	var total *Row
	var subs []ref
	for i := range t.Rows {
		r := &t.Rows[i]
		switch {
		case r.Item == ItemIncomeTotal && total == nil:
			total = r
		case isSubtotal(r):
			subs = append(subs, ref{t: t, r: r, col: ColAmount})
		}
	}
	if total == nil || len(subs) == 0 {
		k.skip(ruleIncomeSources, "%s prints no 收入总计 or no 小计 with a figure", t.Title)
		return
	}
	if total != &t.Rows[0] {
		k.skip(ruleIncomeSources, "%s: 收入总计 is not its first row (not read in print order)", t.Title)
		return
	}
	k.equal(ruleIncomeSources, ref{t: t, r: total, col: ColAmount}, subs)
	for i := range t.Rows {
		if !isSubtotal(&t.Rows[i]) {
			continue
		}
		var parts []ref
		for j := i + 1; j < len(t.Rows) && !isSubtotal(&t.Rows[j]); j++ {
			if r := &t.Rows[j]; r.Item != ItemIncomeTotal && !strings.HasPrefix(classify.NormalizeName(r.Label), "其中") {
				parts = append(parts, ref{t: t, r: r, col: ColAmount})
			}
		}
		if len(parts) > 0 {
			k.equal(ruleIncomeSources, ref{t: t, r: &t.Rows[i], col: ColAmount}, parts)
		}
	}
}

// incomeBySourceCross compares a 收入预算总表 by source with the summary:
// its 收入总计 and the sources both print (事业收入, 其他收入, …).
func (k *checker) incomeBySourceCross(s, in *Table) {
	for i := range in.Rows {
		r := &in.Rows[i]
		if r.Item == 0 || r.Cell(ColAmount).IsAbsent() {
			continue
		}
		if sr := s.Named(SideIncome, r.Item); sr != nil {
			k.same(ruleCrossIncome, ref{t: in, r: r, col: ColAmount}, ref{t: s, r: sr, col: ColIncome})
		}
	}
}
