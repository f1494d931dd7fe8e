package budget

import (
	"fmt"
	"math/big"

	"github.com/cnfiscal/fiscal"
)

var (
	ruleNarrUses = fiscal.NewRule("budget.narrative.uses",
		"the 基本支出 and 项目支出 stated for the whole 支出预算 equal the 支出预算总表's, and the 财政拨款收入 stated by fund the 财政拨款收支预算总表's", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleNarrShare = fiscal.NewRule("budget.narrative.share",
		"a share stated beside a figure (占X%) equals the figure over the total it is of, at the printed decimals", fiscal.ScopeNarrative, fiscal.SeverityError)
)

// narrativeUses compares the 基本支出 and 项目支出 stated for the whole
// 支出预算 with the 支出预算总表's 合计 row, and the 财政拨款收入 stated by
// fund with the 财政拨款收支预算总表 (or the 财务收支预算总表).
func (k *checker) narrativeUses(n *Narrative, ts *Tables) {
	if ex := ts.Get(KindExpenditure); ex != nil {
		if tot := ex.Total(); tot != nil {
			for _, m := range []struct {
				s   Subject
				col string
			}{{SubjectBasic, ColBasic}, {SubjectProject, ColProject}} {
				if s := n.Get(m.s); s != nil {
					k.compareStated(ruleNarrUses, s, ref{t: ex, r: tot, col: m.col})
				}
			}
		}
	} else if n.Get(SubjectBasic) != nil || n.Get(SubjectProject) != nil {
		k.skippedID(ruleNarrUses.ID, KindExpenditure.Title()+" not found")
	}
	for _, m := range []struct {
		s  Subject
		it Item
	}{{SubjectGeneralIncome, ItemGeneral}, {SubjectFundIncome, ItemFund}, {SubjectCapitalIncome, ItemCapital}} {
		s := n.Get(m.s)
		if s == nil {
			continue
		}
		for _, kd := range []TableKind{KindAppropriationSummary, KindSummary} {
			if t := ts.Get(kd); t != nil {
				if r := t.Named(SideIncome, m.it); r != nil && !r.Cell(ColIncome).IsAbsent() {
					k.compareStated(ruleNarrUses, s, ref{t: t, r: r, col: ColIncome})
					break
				}
			}
		}
	}
}

// narrativeShares checks each share stated beside a figure against the
// figure over the total it is of: the total as the 编制说明 states it, or
// as the tables print it.
func (k *checker) narrativeShares(n *Narrative, ts *Tables) {
	for i := range n.Statements {
		s := &n.Statements[i]
		if s.Share == "" {
			continue
		}
		den, dd, ok := k.totalOf(n, ts, s.ShareOver)
		w := fiscal.Where{Part: "编制说明", Row: s.Subject.String(), Column: "占", Line: s.Line}
		if !ok {
			k.skippedID(ruleNarrShare.ID, "the "+s.ShareOver.String()+" a share is of is neither stated nor printed")
			continue
		}
		p, err := fiscal.ParsePercent(s.Share + "%")
		if err != nil {
			continue
		}
		// Half a unit of the coarser figure's last digit.
		tol := fiscal.AmountTolerance(0, fiscal.WanYuan, min(s.Decimals, dd))
		what := fmt.Sprintf("%s %s万元 over %s %s万元", s.Subject, fiscal.AmountFigure(s.Amount, fiscal.WanYuan, s.Decimals),
			s.ShareOver, fiscal.AmountFigure(den, fiscal.WanYuan, dd))
		if f, found := ruleNarrShare.ComparePercent(w, what, p, s.Amount, den, tol); found {
			k.out = append(k.out, f)
		}
	}
}

// totalOf returns the figure of subject s as the 编制说明 states it, or
// else as the tables print it, with its decimals.
func (k *checker) totalOf(n *Narrative, ts *Tables, s Subject) (fiscal.Amount, int, bool) {
	if st := n.Get(s); st != nil {
		return st.Amount, st.Decimals, true
	}
	var r *Row
	var t *Table
	switch s {
	case SubjectExpenditure:
		if t = ts.Get(KindSummary); t != nil {
			r = namedAny(t, ItemExpenditureTotal, SideExpenditure, SideUse)
		}
	case SubjectIncome:
		if t = ts.Get(KindSummary); t != nil {
			r = t.Named(SideIncome, ItemIncomeTotal)
		}
	case SubjectAppropriation:
		if t = ts.Get(KindAppropriationSummary); t != nil {
			r = namedAny(t, ItemExpenditureTotal, SideExpenditure, SideUse)
		}
	case SubjectAppropriationIncome:
		if t = ts.Get(KindSummary); t != nil {
			r = t.Named(SideIncome, ItemAppropriation)
		}
	}
	if r == nil || r.Ambiguous {
		return fiscal.Amount{}, 0, false
	}
	a, ok := r.Cell(figureCol(r)).Amount()
	if !ok {
		return fiscal.Amount{}, 0, false
	}
	d := t.Decimals + (fiscal.WanYuan.MaxDecimals() - t.Unit.MaxDecimals()) // in 万元
	return a, min(d, fiscal.WanYuan.MaxDecimals()), true
}

// narrativeRates checks the growth rate printed after a stated change
// ("比2025年预算减少0.15万元，下降3.06%") against the change over the
// earlier figure (the figure less the change).
func (k *checker) narrativeRates(n *Narrative) {
	for _, s := range n.Statements {
		if s.Rate == "" || !s.HasChange {
			continue
		}
		prior, err := s.Amount.Sub(s.Change)
		if err != nil {
			continue
		}
		w := fiscal.Where{Part: "编制说明", Row: s.Subject.String(), Line: s.Line}
		// The earlier figure is off by the rounding of both printed
		// figures.
		hp := new(big.Rat).Add(halfUnit(s.Decimals), halfUnit(s.ChangeDecimals))
		k.growthWithin(w, s.Rate, s.RateNegative, prior, max(s.Decimals, s.ChangeDecimals), hp, s.Amount, s.Decimals, halfUnit(s.Decimals))
	}
}
