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

// appendSources compares 预算数 and 执行数 with the sum of the source rows
// under them ([RuleBudgetSources]). A sum above the total is an error
// whenever it is printed; a sum below it only when every source row
// prints its figure (a blank source may be one the extraction dropped).
// It reports whether a finding was made.
func appendSources(fs []fiscal.Finding, f *ProjectForm, w fiscal.Where) ([]fiscal.Finding, bool) {
	if len(f.Sources) == 0 {
		return fs, false
	}
	found := false
	for _, col := range [...]struct {
		name  string
		total Money
		get   func(*Source) Money
	}{
		{"预算数", f.Budget, func(s *Source) Money { return s.Budget }},
		{"执行数", f.Spent, func(s *Source) Money { return s.Spent }},
	} {
		if trimSpace(col.total.Text) == "" {
			continue
		}
		var sum, tol fiscal.Amount
		printed, all, overflow := 0, true, false
		for i := range f.Sources {
			m := col.get(&f.Sources[i])
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
		fd, ok := rule(RuleBudgetSources).CompareAmounts(cw, "年度资金总额 "+col.name+" against the sum of its sources", sum, col.total.Amount, tol, fiscal.TableFormat())
		if !ok {
			continue
		}
		if found {
			// One row, one defect: the 执行数 is told in the 预算数's
			// finding.
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
// these as not run, never as passed.
func Unchecked(projects []ProjectForm, dept *DepartmentForm, o CheckOptions) map[string]string {
	out := map[string]string{}
	if len(projects) == 0 {
		for _, id := range []string{RuleRatePrinted, RuleSpentOverBudget, RuleRateLow, RuleCostSpent, RuleProjectTotal, RuleScorePrinted, RuleScoreSum, RuleBudgetSources} {
			out[id] = "no 项目支出绩效自评表 was read"
		}
		if dept == nil {
			for _, id := range []string{RuleActualHigh, RuleTargetImpossible, RuleUnitMismatch, RuleLevel, RuleBlank, RuleMalformed} {
				out[id] = "no performance self-evaluation form was read"
			}
		}
		return out
	}
	rate, sum, sources, scores := false, false, false, false
	for i := range projects {
		f := &projects[i]
		if trimSpace(f.Rate) != "" && trimSpace(f.Budget.Text) != "" && trimSpace(f.Spent.Text) != "" {
			rate = true
		}
		if _, ok := scoreParts(f); ok {
			sum = true
		}
		for _, s := range f.Sources {
			if trimSpace(s.Budget.Text) != "" || trimSpace(s.Spent.Text) != "" {
				sources = true
			}
		}
		if trimSpace(f.Total) != "" {
			scores = true
		}
		for _, r := range f.Rows {
			if trimSpace(r.Score) != "" {
				scores = true
			}
		}
	}
	if !rate {
		out[RuleRatePrinted] = "no form prints 预算数, 执行数 and 执行率 together"
	}
	if !sum {
		out[RuleScoreSum] = "no form prints a 总分 with the 得分 of 预算执行 and of every indicator"
	}
	if !sources {
		out[RuleBudgetSources] = "no form prints the sources of its 年度资金总额 with figures"
	}
	switch {
	case o.Scheme == nil:
		out[RuleScorePrinted] = "no scoring scheme was given to recompute the scores"
	case !scores:
		out[RuleScorePrinted] = "no form prints 得分 or 总分"
	}
	return out
}
