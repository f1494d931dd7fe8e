package budget

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
)

// The rules of the projects' 情况说明 and the 绩效目标 statement.
var (
	ruleProjectAnnual = fiscal.NewRule("budget.project.annual",
		"a project's 情况说明 states its amount for the budget year (not only a total over its years, nor another year's)", fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleProjectPeriod = fiscal.NewRule("budget.project.period",
		"a project's 实施周期 includes the budget year", fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleProjectSources = fiscal.NewRule("budget.project.sources",
		"a 绩效目标表's 年度资金总额 equals the sum of the sources it prints (财政拨款, 其他资金 …), and its 项目预算成本构成 合计 the sum of its parts", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleProjectCost = fiscal.NewRule("budget.project.cost",
		"a 绩效目标表's 年度资金总额 does not exceed the cost its own 成本指标 allows (项目总成本 ≤X万元)", fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleIndicatorBlank = fiscal.NewRule("budget.project.indicator.blank",
		"a 绩效目标表 lists indicators, each with its 指标值", fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleIndicatorTarget = fiscal.NewRule("budget.project.indicator.target",
		"a 绩效目标表's 指标值 can be read and reached (a comparator has its number; a rate or satisfaction has its unit and asks no more than 100%)", fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleIndicatorLevel = fiscal.NewRule("budget.project.indicator.level",
		"a 绩效目标表's 二级指标 sits under its own 一级指标 (数量指标 under 产出指标 …)", fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleProjectTotal = fiscal.NewRule("budget.project.total",
		"the amounts stated for projects (each project's, their sum, the 项目预算资金 of the 绩效目标) do not exceed the 项目支出 of the 支出预算总表", fiscal.ScopeNarrative, fiscal.SeverityError)
)

// narrativeProjects checks the projects' 情况说明 of a budget of year
// (0 when unknown) and the 项目预算资金 the 绩效目标 part states, against
// the 项目支出 of the 支出预算总表.
func (k *checker) narrativeProjects(n *Narrative, ts *Tables, year int) {
	if len(n.Projects) == 0 {
		k.skippedID(ruleProjectAnnual.ID, "no project's 情况说明 or 绩效目标表 was found")
	}
	// The 情况说明 and the 绩效目标表 may describe the same projects: each
	// kind is summed on its own.
	var sums [2]struct {
		sum, tol fiscal.Amount
		n, line  int
	}
	for i := range n.Projects {
		p := n.Projects[i]
		p.settle(year)
		w := fiscal.Where{Part: "项目情况说明", Row: p.Name, Line: p.Line}
		kind := 0
		if p.Form != "" {
			w.Part, kind = p.Form, 1
		}
		switch {
		case p.HasAnnual:
			s := &sums[kind]
			s.sum, _ = s.sum.Add(p.Annual)
			t := fiscal.AmountTolerance(0, fiscal.WanYuan, p.AnnualDecimals)
			s.tol, _ = s.tol.Add(t)
			if s.n == 0 {
				s.line = p.Line
			}
			s.n++
			k.projectSources(p, w)
			if p.CostBound != nil {
				over, _ := p.Annual.Sub(*p.CostBound)
				if over.Cmp(fiscal.AmountTolerance(0, fiscal.WanYuan, p.AnnualDecimals)) > 0 {
					w.Line = p.CostLine
					k.out = append(k.out, ruleProjectCost.Finding(w, "%s项目: 年度资金总额 %s 万元, more than its 成本指标 allows (≤%s 万元): an amount over several years given as the year's, or a bound mistyped",
						p.Name, fiscal.AmountFigure(p.Annual, fiscal.WanYuan, p.AnnualDecimals), fiscal.AmountFigure(*p.CostBound, fiscal.WanYuan, 2)))
				}
			}
		case p.Form != "":
			k.skippedID(ruleProjectAnnual.ID, w.Part+" "+p.Name+": no 年度资金总额 was read")
		case p.HasAnnualPart && p.Other != "":
			what := "a total over the project's years"
			if p.OtherYear > 0 {
				what = "the amount of " + strconv.Itoa(p.OtherYear)
			}
			w.Line = p.AnnualLine
			k.out = append(k.out, ruleProjectAnnual.Finding(w,
				"%s项目: the annual part states only %s (%s), not the amount for %s", p.Name, fiscal.Quote(p.Other, 40), what, yearName(year)))
		case p.HasAnnualPart:
			w.Line = p.AnnualLine
			k.out = append(k.out, ruleProjectAnnual.Finding(w, "%s项目: the annual part states no amount", p.Name))
		case !p.anyAmount:
			k.out = append(k.out, ruleProjectAnnual.Finding(w, "%s项目: its 情况说明 states no amount for %s", p.Name, yearName(year)))
		default:
			k.skippedID(ruleProjectAnnual.ID, p.Name+"项目: no part for the year's amount was recognised")
		}
		k.projectIndicators(p, w)
		k.projectParts(p, w)
		if year > 0 && p.PeriodFrom > 0 && (p.PeriodTo > 0 && p.PeriodTo < year || p.PeriodFrom > year) {
			w.Line = p.PeriodLine
			k.out = append(k.out, ruleProjectPeriod.Finding(w, "%s项目: 实施周期 %s does not include %d, the budget's year",
				p.Name, fiscal.Quote(p.Period, 40), year))
		}
	}
	ex := ts.Get(KindExpenditure)
	var tot *Row
	if ex != nil {
		tot = ex.Total()
	}
	if tot == nil || tot.Cell(ColProject).IsAbsent() {
		if sums[0].n+sums[1].n > 0 || n.Get(SubjectTargetFunds) != nil {
			k.skippedID(ruleProjectTotal.ID, "the 项目支出 of the "+KindExpenditure.Title()+" was not read")
		}
		return
	}
	project := ref{t: ex, r: tot, col: ColProject}
	limit, _ := project.cell().Amount()
	// The table's own rounding (a whole-万元 table) is allowed beside the
	// statement's.
	own := tolerance(0, project)
	exceeds := func(a, t fiscal.Amount) bool {
		over, _ := a.Sub(limit)
		t, _ = t.Add(own)
		return over.Cmp(t) > 0
	}
	for kind, s := range sums {
		if s.n > 0 && exceeds(s.sum, s.tol) {
			what, part := "projects described", "项目情况说明"
			if kind == 1 {
				what, part = "projects' 绩效目标表", "绩效目标表"
			}
			k.out = append(k.out, ruleProjectTotal.Finding(fiscal.Where{Part: part, Line: s.line},
				"the %d %s state %s 万元 for the year, more than %s (%s 万元)",
				s.n, what, fiscal.AmountFigure(s.sum, fiscal.WanYuan, 2), project.label(), fiscal.AmountFigure(limit, fiscal.WanYuan, 2)))
		}
	}
	if s := n.Get(SubjectTargetFunds); s != nil && exceeds(s.Amount, fiscal.AmountTolerance(0, fiscal.WanYuan, s.Decimals)) {
		k.out = append(k.out, ruleProjectTotal.Finding(fiscal.Where{Part: "编制说明", Row: s.Subject.String(), Line: s.Line},
			"%s: %s 万元 of projects with 绩效目标, more than %s (%s 万元)",
			fiscal.Quote(s.Text, 60), fiscal.AmountFigure(s.Amount, fiscal.WanYuan, s.Decimals), project.label(), fiscal.AmountFigure(limit, fiscal.WanYuan, 2)))
	}
}

// yearName is "2026", or "the budget year" when it is not known.
func yearName(year int) string {
	if year == 0 {
		return "the budget year"
	}
	return strconv.Itoa(year)
}

// projectSources checks a form's 年度资金总额 against the sum of the
// sources it prints, each at its printed decimals.
func (k *checker) projectSources(p Project, w fiscal.Where) {
	if len(p.Sources) == 0 {
		return
	}
	var sum, tol fiscal.Amount
	labels := make([]string, len(p.Sources))
	for i, s := range p.Sources {
		sum, _ = sum.Add(s.Amount)
		t := fiscal.AmountTolerance(0, fiscal.WanYuan, s.Decimals)
		tol, _ = tol.Add(t)
		labels[i] = s.Label + " " + fiscal.AmountFigure(s.Amount, fiscal.WanYuan, min(s.Decimals, 2)).String()
	}
	t := fiscal.AmountTolerance(0, fiscal.WanYuan, p.AnnualDecimals)
	tol, _ = tol.Add(t)
	diff, _ := sum.Sub(p.Annual)
	if d, _ := diff.Abs(); d.Cmp(tol) <= 0 {
		return
	}
	w.Line = p.AnnualLine
	k.out = append(k.out, ruleProjectSources.Finding(w, "%s项目: 年度资金总额 %s 万元, but its sources add up to %s 万元 (%s)",
		p.Name, fiscal.AmountFigure(p.Annual, fiscal.WanYuan, p.AnnualDecimals), fiscal.AmountFigure(sum, fiscal.WanYuan, 2), strings.Join(labels, " + ")))
}

// projectIndicators checks the indicator rows of a project's 绩效目标表:
// the form lists some, each with a target (where a blank can be told from
// a wrapped name), each target readable and reachable, each 二级 under
// its own 一级 where the row's line prints both.
func (k *checker) projectIndicators(p Project, w fiscal.Where) {
	if p.Form == "" {
		return
	}
	name := w.Part + " " + p.Name
	switch {
	case !p.indicatorHeader:
		k.skippedID(ruleIndicatorBlank.ID, name+": no header over its indicators (一级指标 … 指标值) was recognised")
		return
	case len(p.Indicators) == 0 && p.indicatorsLoose == 0:
		k.out = append(k.out, ruleIndicatorBlank.Finding(w, "%s项目: the form lists no indicator under its header", p.Name))
		return
	}
	if !p.blanksTold {
		k.skippedID(ruleIndicatorBlank.ID, name+": names wrap over lines, so a blank 指标值 cannot be told from a wrapped name")
	}
	if p.indicatorsLoose > 0 {
		k.skippedID(ruleIndicatorTarget.ID, name+": "+strconv.Itoa(p.indicatorsLoose)+" lines under the indicators' header were not placed in a row")
	}
	for _, r := range p.Indicators {
		ind := perf.Resolve([]perf.Row{r})[0]
		at := fiscal.Where{Part: w.Part, Row: p.Name + "项目 " + r.Name, Column: "指标值", Text: r.Target, Line: r.Line}
		if l1, ok := ind.PrintedLevel1(); ok && ind.Category.Level2.Valid() && ind.Category.Level2.Level1() != l1 {
			lw := at
			lw.Column, lw.Text = "二级指标", r.Level2
			k.out = append(k.out, ruleIndicatorLevel.Finding(lw, "%s: 二级 %s belongs to 一级 %s but sits under %s",
				r.Name, ind.Category.Level2.Name(), ind.Category.Level2.Level1().Name(), l1.Name()))
		}
		if r.Target == "" {
			k.out = append(k.out, ruleIndicatorBlank.Finding(at, "%s项目 %s: no 指标值 is written", p.Name, r.Name))
			continue
		}
		t, err := perf.ParseTarget(r.Target)
		switch {
		case errors.Is(err, perf.ErrOperand) || err == nil && t.Qualitative && noNumber(r.Target):
			k.out = append(k.out, ruleIndicatorTarget.Finding(at, "%s项目 %s: 指标值 %s has a comparator but no number", p.Name, r.Name, fiscal.Quote(r.Target, 30)))
		case err != nil || t.Qualitative || !ind.IsRate() && !(strings.Contains(r.Name, "比例") && !strings.Contains(r.Name, "增长")):
			// Not a rate: a 满意度, a name with 率 (not a growth's, a
			// completion's …) or 比例.
		case t.Unit == "" && !t.Number.IsZero() && !(t.Number.LessThan(decimal.NewFromInt(1)) && strings.Contains(t.NumberText, ".")):
			// "调解成功率 ≥95": 95 per cent, or 95 cases? (A fraction,
			// "≥0.05", is a rate as written.)
			k.out = append(k.out, ruleIndicatorTarget.Finding(at, "%s项目 %s: 指标值 %s of a rate has no unit (%%)", p.Name, r.Name, fiscal.Quote(r.Target, 30)))
		case t.Measure() != perf.MeasurePercent:
		case t.Comparator == perf.AtMost || t.Comparator == perf.LessThan || t.Comparator == perf.Within:
		case t.Number.GreaterThan(hundred) || t.Comparator == perf.Between && t.High.GreaterThan(hundred) ||
			t.Comparator == perf.MoreThan && t.Number.Equal(hundred):
			k.out = append(k.out, ruleIndicatorTarget.Finding(at, "%s项目 %s: 指标值 %s asks a rate above 100%%", p.Name, r.Name, fiscal.Quote(r.Target, 30)))
		}
	}
}

// hundred is 100, a rate's ceiling in percent.
var hundred = decimal.NewFromInt(100)

// noNumber reports whether a target is a comparator sign with no number
// after it: only a unit ("≥件", "≥%"), or the template's placeholder left
// in ("≥**场", "≥若干件", "≤XX万元"). A comparator before words is a target
// ("≥上年水平", "≤预算数").
func noNumber(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune("≥≤><=＞＜＝", r) || strings.ContainsAny(s, "0123456789") {
		return false
	}
	rest := s[size:]
	if strings.ContainsAny(rest, "*＊×") || strings.Contains(rest, "若干") || strings.Contains(rest, "XX") || strings.Contains(rest, "xx") {
		return true
	}
	return utf8.RuneCountInString(rest) <= 2 && !strings.Contains(rest, "上年") && !strings.Contains(rest, "预算")
}

// projectParts checks a form's 项目预算成本构成: the parts' 金额 add up to
// its 合计, each at its printed decimals (in the form's unit, printed or
// not: a sum holds in any).
func (k *checker) projectParts(p Project, w fiscal.Where) {
	if len(p.costItems) == 0 {
		return
	}
	var sum, tol fiscal.Amount
	for _, s := range p.costItems {
		sum, _ = sum.Add(s.Amount)
		t := fiscal.AmountTolerance(0, fiscal.WanYuan, s.Decimals)
		tol, _ = tol.Add(t)
	}
	t := fiscal.AmountTolerance(0, fiscal.WanYuan, p.partsDecimals)
	tol, _ = tol.Add(t)
	diff, _ := sum.Sub(p.partsTotal)
	if d, _ := diff.Abs(); d.Cmp(tol) <= 0 {
		return
	}
	unit := ""
	if p.partsInWan {
		unit = " 万元"
	}
	w.Line, w.Column = p.partsLine, "金额"
	k.out = append(k.out, ruleProjectSources.Finding(w, "%s项目: 项目预算成本构成 合计 %s%s, but its %d parts add up to %s%s",
		p.Name, fiscal.AmountFigure(p.partsTotal, fiscal.WanYuan, p.partsDecimals), unit, len(p.costItems), fiscal.AmountFigure(sum, fiscal.WanYuan, 2), unit))
}
