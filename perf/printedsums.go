package perf

import (
	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
)

// The checks of this file compare figures a form prints with each other,
// not with a recomputation: they need no scoring scheme and no judgement.

// appendScoreSum compares the printed 总分 with the printed 得分 of the
// budget-execution row and of every indicator added up ([RuleScoreSum]).
// It runs only when the form prints a 总分 and every indicator row prints
// a 得分 that reads as a number; a row or total that does not read is
// left to the other checks (a check that cannot run says nothing here:
// [Unchecked] says so for the document).
func appendScoreSum(fs []fiscal.Finding, f *ProjectForm, w fiscal.Where) []fiscal.Finding {
	parts, ok := scoreParts(f)
	if !ok {
		return fs
	}
	total, err := ParseDecimal(f.Total)
	if err != nil {
		return fs
	}
	sum := decimal.Zero
	for _, p := range parts {
		sum = sum.Add(p)
	}
	d := decimalsOf(f.Total)
	w.Row, w.Column, w.Text = "总分", "得分", f.Total
	want := sum.Round(int32(d))
	tol := decimal.Zero
	if sum.Exponent() < -int32(d) {
		// The parts are printed to more decimals than the total: it may
		// round their sum.
		tol = decimal.New(5, -int32(d)-1)
	}
	if fd, found := rule(RuleScoreSum).CompareDecimals(w, "总分 against 预算执行 得分 + Σ indicator 得分", want, total, tol, "分", d); found {
		fs = append(fs, fd)
	}
	return fs
}

// scoreParts returns the printed 得分 that add up to the 总分 (the budget
// row's, when printed, then each indicator's), and whether the sum can be
// checked: a 总分 printed, the budget row's 得分 and every indicator's
// printed as a number.
func scoreParts(f *ProjectForm) ([]decimal.Decimal, bool) {
	if trimSpace(f.Total) == "" || len(f.Rows) == 0 {
		return nil, false
	}
	parts := make([]decimal.Decimal, 0, len(f.Rows)+1)
	// The budget's 得分 is part of the 总分 on every layout that prints a
	// 总分 (national, Sichuan); without it (not printed, or not read) the
	// sum is not checked.
	d, err := ParseDecimal(trimSpace(f.BudgetScore))
	if err != nil {
		return nil, false
	}
	parts = append(parts, d)
	for _, r := range f.Rows {
		s := trimSpace(r.Score)
		if s == "" {
			return nil, false
		}
		d, err := ParseDecimal(s)
		if err != nil {
			return nil, false
		}
		parts = append(parts, d)
	}
	return parts, true
}

// appendSources compares 年初预算数, 预算数 and 执行数 with the sum of the
// source rows under them ([RuleBudgetSources]). A sum above the total is
// an error whenever it is printed; a sum below it only when every source
// row prints its figure (a blank source may be one the extraction
// dropped). It reports whether a finding was made.
func appendSources(fs []fiscal.Finding, f *ProjectForm, w fiscal.Where) ([]fiscal.Finding, bool) {
	return appendParts(fs, f, f.Sources, w, "its sources")
}

// appendParts compares the 年度资金总额 row of f (its 年初预算数, 预算数 and
// 执行数) with the sum of parts, the rows splitting it one way (by source
// of funds, or by kind of spending), named what in the message; one
// finding for the row, naming every column that does not add up. It
// reports whether a finding was made.
func appendParts(fs []fiscal.Finding, f *ProjectForm, parts []Source, w fiscal.Where, what string) ([]fiscal.Finding, bool) {
	if len(parts) == 0 {
		return fs, false
	}
	found := false
	for _, col := range [...]struct {
		name  string
		total Money
		get   func(*Source) Money
	}{
		{"年初预算数", f.Initial, func(s *Source) Money { return s.Initial }},
		{"预算数", f.Budget, func(s *Source) Money { return s.Budget }},
		{"执行数", f.Spent, func(s *Source) Money { return s.Spent }},
	} {
		if trimSpace(col.total.Text) == "" {
			continue
		}
		var sum, tol fiscal.Amount
		printed, all, overflow := 0, true, false
		for i := range parts {
			m := col.get(&parts[i])
			if trimSpace(m.Text) == "" {
				all = false
				continue
			}
			printed++
			var e1, e2 error
			sum, e1 = sum.Add(m.Amount)
			tol, e2 = tol.Add(m.HalfUnit())
			overflow = overflow || e1 != nil || e2 != nil
		}
		if printed == 0 || overflow {
			continue
		}
		tol, e1 := tol.Add(col.total.HalfUnit())
		diff, e2 := sum.Sub(col.total.Amount)
		abs, e3 := diff.Abs()
		if e1 != nil || e2 != nil || e3 != nil || abs.Cmp(tol) <= 0 {
			continue
		}
		if diff.Sign() < 0 && !all {
			continue
		}
		cw := w
		cw.Row, cw.Column, cw.Text = "年度资金总额", col.name, col.total.Text
		fd, ok := rule(RuleBudgetSources).CompareAmounts(cw, "年度资金总额 "+col.name+" against the sum of "+what, sum, col.total.Amount, tol, fiscal.TableFormat())
		if !ok {
			continue
		}
		if found {
			// One row, one defect: the other columns are told in the
			// first one's finding.
			last := &fs[len(fs)-1]
			last.Message += "; and " + fd.Message
			continue
		}
		fs, found = append(fs, fd), true
	}
	return fs, found
}

// Unchecked says, for the rules of this package that no form of a
// document lets run, why: the rule ID with the reason. A rule that runs
// on at least one form is not listed. o is the options the checks run
// with ([RuleScorePrinted] needs a scheme). A caller's coverage lists
// these as not run, never as passed. The department form's budget block
// counts as a form's for the rules it runs ([RuleRatePrinted],
// [RuleBudgetSources], [RuleScorePoints], [RuleScoreRate], [RuleScoreSum]).
func Unchecked(projects []ProjectForm, dept *DepartmentForm, o CheckOptions) map[string]string {
	out := map[string]string{}
	if len(projects) == 0 && dept == nil {
		for _, id := range []string{RuleRatePrinted, RuleSpentOverBudget, RuleRateLow, RuleCostSpent, RuleProjectTotal, RuleScorePrinted, RuleScoreSum, RuleBudgetSources, RuleScorePoints, RuleScoreRate} {
			out[id] = "no 项目支出绩效自评表 was read"
		}
		for _, id := range []string{RuleActualHigh, RuleTargetImpossible, RuleUnitMismatch, RuleLevel, RuleBlank, RuleMalformed} {
			out[id] = "no performance self-evaluation form was read"
		}
		return out
	}
	var c coverage
	for i := range projects {
		c.add(&projects[i])
	}
	if dept != nil {
		pf := dept.budgetForm()
		c.add(&pf)
		for _, u := range dept.Uses {
			if trimSpace(u.Initial.Text) != "" || trimSpace(u.Budget.Text) != "" || trimSpace(u.Spent.Text) != "" {
				c.sources = true
			}
		}
	}
	if len(projects) == 0 {
		for _, id := range []string{RuleCostSpent, RuleProjectTotal} {
			out[id] = "no 项目支出绩效自评表 was read"
		}
		if !c.budget {
			for _, id := range []string{RuleSpentOverBudget, RuleRateLow} {
				out[id] = "the 部门整体绩效自评表 prints no 全年预算数 and 全年执行数"
			}
		}
	}
	if !c.rate {
		out[RuleRatePrinted] = "no form prints 预算数, 执行数 and 执行率 together"
	}
	if !c.sum {
		out[RuleScoreSum] = "no form prints a 总分 with the 得分 of 预算执行 and of every indicator"
	}
	if !c.sources {
		out[RuleBudgetSources] = "no form prints the sources of its 年度资金总额 with figures"
	}
	if !c.points {
		out[RuleScorePoints] = "no form prints a 得分 beside its 分值"
	}
	if !c.byRate {
		out[RuleScoreRate] = "no form says that its budget 得分 is 执行率 × 分值 (a 得分计算方法 or a note), or none prints that 得分 and 分值"
	}
	switch {
	case o.Scheme == nil:
		out[RuleScorePrinted] = "no scoring scheme was given to recompute the scores"
	case !c.scores:
		out[RuleScorePrinted] = "no form prints 得分 or 总分"
	}
	return out
}

// coverage is what the forms of a document print that the checks need.
type coverage struct {
	budget, rate, sum, sources, scores, points, byRate bool
}

// add notes what f prints.
func (c *coverage) add(f *ProjectForm) {
	if trimSpace(f.Budget.Text) != "" && trimSpace(f.Spent.Text) != "" {
		c.budget = true
	}
	if trimSpace(f.Rate) != "" && trimSpace(f.Budget.Text) != "" && trimSpace(f.Spent.Text) != "" {
		c.rate = true
	}
	if _, ok := scoreParts(f); ok {
		c.sum = true
	}
	for _, s := range f.Sources {
		if trimSpace(s.Initial.Text) != "" || trimSpace(s.Budget.Text) != "" || trimSpace(s.Spent.Text) != "" {
			c.sources = true
		}
	}
	if trimSpace(f.Total) != "" {
		c.scores = true
	}
	budgetPoints := trimSpace(f.BudgetPoints) != "" && trimSpace(f.BudgetScore) != ""
	if budgetPoints {
		c.points = true
		if ScoredByRate(f.ScoreMethod) {
			if _, _, _, ok := rateBounds(f); ok {
				c.byRate = true
			}
		}
	}
	for _, r := range f.Rows {
		if trimSpace(r.Score) != "" {
			c.scores = true
			if trimSpace(r.Points) != "" {
				c.points = true
			}
		}
	}
}
