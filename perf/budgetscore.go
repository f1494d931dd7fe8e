package perf

import (
	"math/big"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
)

// The checks of this file compare a printed 得分 with its 分值, and the
// budget row's 得分 with 分值 × 执行率 where the form says that is how it is
// scored.

// appendPointsAndRate appends the findings of the budget row's 得分: above
// its 分值 ([RuleScorePoints]), else, where the form's ScoreMethod says the
// 得分 is the 执行率 times the 分值, against min(执行率, 1) × 分值 at the
// printed decimals ([RuleScoreRate]).
func appendPointsAndRate(fs []fiscal.Finding, f *ProjectForm, w fiscal.Where) []fiscal.Finding {
	pts, perr := ParseDecimal(trimSpace(f.BudgetPoints))
	sc, serr := ParseDecimal(trimSpace(f.BudgetScore))
	if perr != nil || serr != nil {
		return fs
	}
	w.Row, w.Column, w.Text = "年度资金总额", "得分", f.BudgetScore
	if sc.GreaterThan(pts) {
		return append(fs, scoreAbove(w, sc, pts))
	}
	if !ScoredByRate(f.ScoreMethod) {
		return fs
	}
	lo, mid, hi, ok := rateBounds(f)
	if !ok {
		return fs
	}
	d := decimalsOf(f.BudgetScore)
	p := pts.Rat()
	at := func(r *big.Rat) decimal.Decimal {
		if r.Cmp(big.NewRat(1, 1)) > 0 {
			r = big.NewRat(1, 1)
		}
		if r.Sign() < 0 {
			r = new(big.Rat)
		}
		return roundRat(new(big.Rat).Mul(r, p), d)
	}
	want := at(mid)
	tol := decimal.Max(at(hi).Sub(want), want.Sub(at(lo)))
	what := "得分 against 分值 " + trimSpace(f.BudgetPoints) + " × 执行率"
	if fd, found := rule(RuleScoreRate).CompareDecimals(w, what, want, sc, tol, "分", d); found {
		fs = append(fs, fd)
	}
	return fs
}

// scoreAbove is the finding of a 得分 sc above its 分值 pts at w.
func scoreAbove(w fiscal.Where, sc, pts decimal.Decimal) fiscal.Finding {
	fd := rule(RuleScorePoints).Finding(w, "得分 %s is above its 分值 %s", sc, pts)
	fd.Expected, fd.Actual, fd.Unit = fiscal.FigureOf(pts), fiscal.FigureOf(sc), "分"
	fd.Difference = fiscal.FigureOf(sc.Sub(pts))
	return fd
}

// appendRowPoints appends a [RuleScorePoints] finding for each indicator
// row whose printed 得分 is above its printed 分值 (both read as numbers).
// A row that prints no name, no target or no actual is left out: in page
// text, where blank cells are not printed, its figures may not be in
// their columns (a bare 完成值 "12" before a 分值 "20" with the 得分 blank
// reads as 分值 12, 得分 20, the name and target shifted into the target
// and actual: TestBlankScoreNotAboveItsPoints), and its blank cells are
// [RuleBlank]'s finding.
func appendRowPoints(fs []fiscal.Finding, rows []Row, w fiscal.Where) []fiscal.Finding {
	for i := range rows {
		r := &rows[i]
		if trimSpace(r.Points) == "" || trimSpace(r.Score) == "" || trimSpace(r.Name) == "" || trimSpace(r.Target) == "" || trimSpace(r.Actual) == "" {
			continue
		}
		pts, perr := ParseDecimal(trimSpace(r.Points))
		sc, serr := ParseDecimal(trimSpace(r.Score))
		if perr != nil || serr != nil || !sc.GreaterThan(pts) {
			continue
		}
		rw := w
		rw.Line, rw.Row, rw.Column, rw.Text = r.Line, oneLine(r.Name), "得分", r.Score
		fs = append(fs, scoreAbove(rw, sc, pts))
	}
	return fs
}

// ScoredByRate reports whether a form's word on its budget row's score
// (ProjectForm.ScoreMethod) says that the 得分 is the 执行率 times the 分值:
// it names both and a product ("执行率*该指标分值", "得分=执行率×分值",
// "按执行率乘以分值计算"), and no band or deduction besides ("执行率低于60%
// 不得分", "每低于1%扣0.1分"), whose score the product is not.
func ScoredByRate(method string) bool {
	if !strings.Contains(method, "执行率") || !strings.Contains(method, "分值") {
		return false
	}
	for _, w := range []string{"低于", "不得分", "扣", "以下", "分段", "区间", "未达"} {
		if strings.Contains(method, w) {
			return false
		}
	}
	return strings.ContainsAny(method, "×*＊✕") || strings.Contains(method, "乘")
}

// rateBounds returns the 执行率 of the budget row as a share, with the
// least and the most it can be given the rounding of what it is read from:
// the printed 执行率 where it reads as a percentage, else 执行数 over the
// 全年预算数 (over the 年初预算数 on a form that prints no other budget).
func rateBounds(f *ProjectForm) (lo, mid, hi *big.Rat, ok bool) {
	if t, err := parseTarget(f.Rate); err == nil && !t.Qualitative && t.Measure() == MeasurePercent && t.Comparator == None {
		t.materialize()
		d := decimalsOf(t.NumberText)
		half := decimal.New(5, int32(-d-1)).Rat()
		p := t.Number.Rat()
		hundred := big.NewRat(100, 1)
		mid = new(big.Rat).Quo(p, hundred)
		lo = new(big.Rat).Quo(new(big.Rat).Sub(p, half), hundred)
		hi = new(big.Rat).Quo(new(big.Rat).Add(p, half), hundred)
		return lo, mid, hi, true
	}
	b := f.Budget
	if trimSpace(b.Text) == "" {
		b = f.Initial
	}
	if trimSpace(b.Text) == "" || trimSpace(f.Spent.Text) == "" || b.Amount.Sign() <= 0 {
		return nil, nil, nil, false
	}
	s, bb := f.Spent.Amount.Decimal().Rat(), b.Amount.Decimal().Rat()
	hs, hb := f.Spent.HalfUnit().Decimal().Rat(), b.HalfUnit().Decimal().Rat()
	mid = new(big.Rat).Quo(s, bb)
	lo = new(big.Rat).Quo(new(big.Rat).Sub(s, hs), new(big.Rat).Add(bb, hb))
	hi = mid
	if bl := new(big.Rat).Sub(bb, hb); bl.Sign() > 0 {
		hi = new(big.Rat).Quo(new(big.Rat).Add(s, hs), bl)
	}
	return lo, mid, hi, true
}

// budgetForm is the budget block of a department form as a project form's
// fields, for the checks the two kinds share.
func (d *DepartmentForm) budgetForm() ProjectForm {
	return ProjectForm{
		Line: d.Line, Title: d.Title,
		Initial: d.Initial, Budget: d.Budget, Spent: d.Spent, Rate: d.Rate,
		BudgetPoints: d.BudgetPoints, BudgetScore: d.BudgetScore, ScoreMethod: d.ScoreMethod,
		Sources: d.Sources, Rows: d.Rows, Total: d.Total,
	}
}

// appendDepartmentBudget appends the findings of a department form's
// budget block: its total against its sources and against its uses
// ([RuleBudgetSources]), the printed 执行率 and the checks that go with it
// ([RuleRatePrinted], [RuleSpentOverBudget], [RuleRateLow]) where it
// prints a 全年预算数 and a 全年执行数, and the budget row's 得分.
func appendDepartmentBudget(fs []fiscal.Finding, d *DepartmentForm, w fiscal.Where, o CheckOptions) []fiscal.Finding {
	pf := d.budgetForm()
	n := len(fs)
	fs, srcBad := appendSources(fs, &pf, w)
	m := len(fs)
	fs, useBad := appendParts(fs, &pf, d.Uses, w, "its uses (按支出性质: 基本支出, 项目支出)")
	totalBad := false
	if srcBad && useBad && m == n+1 && len(fs) == m+1 && partsAgree(d.Sources, d.Uses) {
		// The sources and the uses add up to the same figures, which
		// the total is not: the total is the one figure in error.
		fs[n].Message += "; its uses (基本支出, 项目支出) add up to the same as its sources: the 年度资金总额 is the figure in error"
		fs = fs[:m]
		totalBad = true
	}
	if !totalBad && (srcBad || useBad) && rateAgreesWithParts(&pf, d, srcBad, useBad, w, o) {
		// The printed 执行率 is the one of the parts' sums, not of the
		// total's figures: the total is the one figure in error.
		fs[n].Message += "; the printed 执行率 is that of the parts: the 年度资金总额 is the figure in error"
		totalBad = true
	}
	if trimSpace(pf.Budget.Text) != "" && trimSpace(pf.Spent.Text) != "" && !totalBad && !((srcBad || useBad) && pf.Budget.Amount.IsZero()) {
		fs = appendRate(fs, &pf, w, o)
	}
	return appendPointsAndRate(fs, &pf, w)
}

// rateAgreesWithParts reports whether the printed 执行率 of f disagrees
// with its total's 执行数 / 全年预算数 but agrees with the sums of the parts
// that did not add up to the total (the sources where srcBad, else the
// uses), each printed in full.
func rateAgreesWithParts(f *ProjectForm, d *DepartmentForm, srcBad, useBad bool, w fiscal.Where, o CheckOptions) bool {
	if trimSpace(f.Budget.Text) == "" || trimSpace(f.Spent.Text) == "" || trimSpace(f.Rate) == "" {
		return false
	}
	if !rateWrong(f, w, o) {
		return false
	}
	parts := d.Uses
	if srcBad {
		parts = d.Sources
	}
	alt := *f
	changed := false
	for _, c := range [...]struct {
		dst *Money
		get func(*Source) Money
	}{
		{&alt.Budget, func(s *Source) Money { return s.Budget }},
		{&alt.Spent, func(s *Source) Money { return s.Spent }},
	} {
		sum, _, ok := partSum(parts, c.get)
		if !ok || sum == c.dst.Amount {
			continue
		}
		dec := decimalsOf(c.dst.Text)
		*c.dst = Money{Text: sum.DecimalIn(c.dst.Unit).StringFixed(int32(dec)), Amount: sum, Unit: c.dst.Unit}
		changed = true
	}
	return changed && alt.Budget.Amount.Sign() > 0 && !rateWrong(&alt, w, o)
}

// rateWrong reports whether f's printed 执行率 is an error against its
// 执行数 / 预算数.
func rateWrong(f *ProjectForm, w fiscal.Where, o CheckOptions) bool {
	for _, fd := range appendRate(nil, f, w, o) {
		if fd.Rule == RuleRatePrinted && fd.Severity == fiscal.SeverityError {
			return true
		}
	}
	return false
}

// partsAgree reports whether the sums of two splits of a 年度资金总额
// agree within their rounding in every column where both print every
// figure, and there is at least one such column.
func partsAgree(a, b []Source) bool {
	cols := [...]func(*Source) Money{
		func(s *Source) Money { return s.Initial },
		func(s *Source) Money { return s.Budget },
		func(s *Source) Money { return s.Spent },
	}
	compared := false
	for _, get := range cols {
		sa, ta, oka := partSum(a, get)
		sb, tb, okb := partSum(b, get)
		if !oka || !okb {
			continue
		}
		diff, e1 := sa.Sub(sb)
		abs, e2 := diff.Abs()
		tol, e3 := ta.Add(tb)
		if e1 != nil || e2 != nil || e3 != nil || abs.Cmp(tol) > 0 {
			return false
		}
		compared = true
	}
	return compared
}

// partSum adds a column of parts, with the most their rounding can
// account for; false when a part prints no figure in it or the sum
// overflows.
func partSum(parts []Source, get func(*Source) Money) (sum, tol fiscal.Amount, ok bool) {
	for i := range parts {
		m := get(&parts[i])
		if trimSpace(m.Text) == "" {
			return sum, tol, false
		}
		var e1, e2 error
		sum, e1 = sum.Add(m.Amount)
		tol, e2 = tol.Add(m.HalfUnit())
		if e1 != nil || e2 != nil {
			return sum, tol, false
		}
	}
	return sum, tol, len(parts) > 0
}
