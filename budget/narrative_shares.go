package budget

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/internal/wan"
)

var (
	ruleNarrUses = fiscal.NewRule("budget.narrative.uses",
		"the 基本支出, 项目支出 and 单位预留机动经费 stated for the whole 支出预算 equal the 支出预算总表's, the 人员经费 and 公用经费 the 基本支出 table's, and the 财政拨款收入 stated by fund the 财政拨款收支预算总表's", fiscal.ScopeNarrative, fiscal.SeverityError)
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
			}{{SubjectBasic, ColBasic}, {SubjectProject, ColProject}, {SubjectReserve, ColExpenditureReserve}} {
				for _, s := range n.All(m.s) {
					if !tot.Cell(m.col).IsAbsent() {
						k.compareStated(ruleNarrUses, s, ref{t: ex, r: tot, col: m.col})
					}
				}
			}
		}
	} else if n.Get(SubjectBasic) != nil || n.Get(SubjectProject) != nil {
		k.skippedID(ruleNarrUses.ID, KindExpenditure.Title()+" not found")
	}
	k.basicParts(n, ts)
	if t := ts.Get(KindGeneralFunction); t != nil && t.Total() != nil && !t.Total().Cell(ColProject).IsAbsent() {
		// The 一般公共预算's 项目支出, stated as the split of its spending.
		for _, s := range n.All(SubjectGeneralProject) {
			k.compareStated(ruleNarrUses, s, ref{t: t, r: t.Total(), col: ColProject})
		}
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

// basicParts compares the 人员经费 and 公用经费 stated, and the 一般公共预算
// 基本支出 itself, with the totals of the 基本支出 tables (一般公共预算 and
// 财政拨款): with either when they agree; when they differ the statement
// may be of either, and is not compared.
func (k *checker) basicParts(n *Narrative, ts *Tables) {
	for _, m := range []struct {
		s   Subject
		col string
	}{{SubjectPersonnel, ColPersonnel}, {SubjectPublic, ColPublic}, {SubjectGeneralBasic, ColTotal}} {
		sts := n.All(m.s)
		if m.s == SubjectGeneralBasic {
			// A unit's, the 本级's or last year's ("其中：XX中心一般公共
			// 预算基本支出…", "上年一般公共预算基本支出…") is not the table's;
			// the split of the 一般公共预算 spending stated is.
			sts = slices.DeleteFunc(sts, func(s *Statement) bool { return !s.split && !ownTotal(s.clause, k.year) })
		}
		if len(sts) == 0 {
			continue
		}
		var at *ref
		agree := true
		for _, kd := range []TableKind{KindGeneralBasic, KindAppropriationBasic} {
			t := ts.Get(kd)
			if t == nil || t.Total() == nil {
				continue
			}
			x := ref{t: t, r: t.Total(), col: m.col}
			if t.Total().Cell(m.col).IsAbsent() {
				r, ok := byEconomicClass(t, m.col)
				if !ok {
					continue
				}
				x = ref{t: t, r: r, col: ColTotal}
			}
			if at == nil {
				at = &x
			} else if x.cell().OrZero() != at.cell().OrZero() {
				agree = false
			}
		}
		switch {
		case at == nil:
			k.skippedID(ruleNarrUses.ID, "no 基本支出 table with a "+columnName(m.col)+" total was read")
		case agree:
			for _, st := range sts {
				k.compareStated(ruleNarrUses, st, *at)
			}
		}
	}
}

// byEconomicClass derives a 基本支出 table's 人员经费 or 公用经费 from its
// 经济分类 类 when it prints no such column: 人员经费 is 工资福利支出 (301)
// and 对个人和家庭的补助 (303), 公用经费 the rest of the total. It needs
// 301 and every row it sums read with certainty.
func byEconomicClass(t *Table, col string) (*Row, bool) {
	tot := t.Total()
	total, ok := tot.Cell(ColTotal).Amount()
	if !ok || tot.Ambiguous {
		return nil, false
	}
	var personnel fiscal.Amount
	found := false
	for _, code := range []string{"301", "303"} {
		c, err := classify.ParseEconomic(code)
		if err != nil {
			return nil, false
		}
		r := t.EconomicRow(c)
		if r == nil {
			continue
		}
		a, ok := r.Cell(ColTotal).Amount()
		if !ok || r.Ambiguous {
			return nil, false
		}
		personnel, _ = personnel.Add(a)
		found = found || code == "301"
	}
	if !found {
		return nil, false
	}
	if col == ColPersonnel {
		return &Row{Label: "301+303", Cells: map[string]fiscal.Cell{ColTotal: fiscal.Present(personnel)}, Line: tot.Line}, true
	}
	public, err := total.Sub(personnel)
	if err != nil {
		return nil, false
	}
	return &Row{Label: "合计−301−303", Cells: map[string]fiscal.Cell{ColTotal: fiscal.Present(public)}, Line: tot.Line}, true
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
		if (s.Subject == SubjectProcurementSME || s.Subject == SubjectProcurementSmall) && k.wrongStated[s.Subject] {
			continue // more than what it is reserved from: found already
		}
		if s.Subject == SubjectProcurementSmall && s.ShareOver == SubjectProcurementSME {
			// "预留给小微企业…，占…%" of the whole 政府采购预算.
			if from := reservedFrom(n, i); from != nil {
				if whole := reservedFrom(n, slices.Index(ptrs(n), from)); whole != nil && k.shareOfFits(s.Share, s.Amount, s.Decimals, whole) {
					continue
				}
			}
			if k.shareFits(n, ts, s.Share, s.Amount, s.Decimals, SubjectProcurement) {
				continue
			}
		}
		if s.whole.s != 0 && (s.shareUnnamed || s.ShareOver == s.whole.s) {
			// "收入预算…，其中：一般公共预算拨款收入…，占99.29%": of the
			// total the sentence lists it after (not checked where that
			// total is not, being another year's).
			if whole := s.whole.statement(n); whole != nil {
				own := k.tableAmounts[s]
				k.shareOfListed(fiscal.Where{Part: "编制说明", Row: s.Subject.String(), Column: "占", Line: s.Line},
					s.Subject.String(), s.Share, s.Amount, s.Decimals, own, whole)
			}
			continue
		}
		if s.shareUnnamed && slices.ContainsFunc(shareTotals[s.Subject], func(over Subject) bool {
			return k.shareFits(n, ts, s.Share, s.Amount, s.Decimals, over)
		}) {
			// "一般公共预算拨款收入900万元，占90%" of the whole 收入预算, not
			// the 财政拨款收入.
			continue
		}
		if a, ok := k.tableAmounts[s]; ok && k.shareFits(n, ts, s.Share, a, s.Decimals, s.ShareOver) {
			// The amount is mistyped (an error of its own) and the share
			// is right over the table's figure: one defect, one finding.
			continue
		}
		w := fiscal.Where{Part: "编制说明", Row: s.Subject.String(), Column: "占", Line: s.Line}
		if s.Subject == SubjectProcurementSME || s.Subject == SubjectProcurementSmall {
			// Of the whole stated right before it, where the reserves are
			// stated more than once (the department's, a unit's).
			if from := reservedFrom(n, i); from != nil && from.Subject == s.ShareOver {
				k.shareOf(w, s.Subject.String(), s.Share, s.Amount, s.Decimals, from)
				continue
			}
		}
		k.share(n, ts, w, s.Subject.String(), s.Share, s.Amount, s.Decimals, s.ShareOver)
	}
	for _, src := range n.Sources {
		whole := src.whole.statement(n)
		if src.Share == "" || whole == nil {
			continue
		}
		var own fiscal.Amount
		if t, ok := sourceRef(src, ts); ok {
			if a, ok := t.cell().Amount(); ok {
				own = a
			}
		}
		k.shareOfListed(fiscal.Where{Part: "编制说明", Row: src.Item.Name(), Column: "占", Line: src.Line},
			src.Item.Name(), src.Share, src.Amount, src.Decimals, own, whole)
	}
	for _, it := range n.Items {
		if it.Share == "" || k.wrongItems[itemKey(it)] {
			continue
		}
		w := fiscal.Where{Part: "编制说明", Row: it.Code.String(), Column: "占", Line: it.Line}
		over := it.ShareOver
		if over == 0 {
			// "公共安全支出（204）8726.73万元，占90.64%": of the total its
			// section is about, which it does not name; a share right over
			// any of an item's totals is no error, one right over none is
			// reported over the first stated or printed.
			over = 0
			for _, s := range itemTotals {
				if _, _, ok := k.totalOf(n, ts, s); !ok {
					continue
				}
				if over == 0 {
					over = s
				}
				if k.shareFits(n, ts, it.Share, it.Amount, it.Decimals, s) {
					over = 0
					break
				}
			}
			if over == 0 {
				continue
			}
		}
		k.share(n, ts, w, it.Code.String(), it.Share, it.Amount, it.Decimals, over)
	}
}

// share checks a share stated beside a figure (amount at decimals, of
// what) against the figure over the total it is of.
func (k *checker) share(n *Narrative, ts *Tables, w fiscal.Where, what, share string, amount fiscal.Amount, decimals int, over Subject) {
	den, dd, ok := k.totalOf(n, ts, over)
	if !ok {
		k.skippedID(ruleNarrShare.ID, "the "+over.String()+" a share is of is neither stated nor printed")
		return
	}
	p, err := fiscal.ParsePercent(share + "%")
	if err != nil {
		return
	}
	if pd, pdd, ok := k.printedTotal(ts, over); ok && pd != den {
		// The total stated differs from the table's (an error of its
		// own): a share right over the table's figure is no error.
		tol := wan.Half(min(decimals, pdd))
		if _, found := ruleNarrShare.ComparePercent(w, "", p, amount, pd, tol); !found {
			return
		}
	}
	// Half a unit of the coarser figure's last digit.
	tol := wan.Half(min(decimals, dd))
	desc := fmt.Sprintf("%s %s万元 over %s %s万元", what, fiscal.AmountFigure(amount, fiscal.WanYuan, decimals),
		over, fiscal.AmountFigure(den, fiscal.WanYuan, dd))
	if f, found := ruleNarrShare.ComparePercent(w, desc, p, amount, den, tol); found {
		k.out = append(k.out, f)
	}
}

// shareFits reports whether a share is right for amount over the total it
// is of, within half a unit of the coarser figure's last digit.
func (k *checker) shareFits(n *Narrative, ts *Tables, share string, amount fiscal.Amount, decimals int, over Subject) bool {
	den, dd, ok := k.totalOf(n, ts, over)
	p, err := fiscal.ParsePercent(share + "%")
	if !ok || err != nil {
		return false
	}
	_, found := ruleNarrShare.ComparePercent(fiscal.Where{}, "", p, amount, den, wan.Half(min(decimals, dd)))
	return !found
}

// totalOf returns the figure of subject s as the 编制说明 states it, or
// else as the tables print it, with its decimals.
func (k *checker) totalOf(n *Narrative, ts *Tables, s Subject) (fiscal.Amount, int, bool) {
	if st := n.Get(s); st != nil {
		return st.Amount, st.Decimals, true
	}
	return k.printedTotal(ts, s)
}

// printedTotal is the total s as the tables print it (in 万元, at the
// table's decimals), when they do.
func (k *checker) printedTotal(ts *Tables, s Subject) (fiscal.Amount, int, bool) {
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
	case SubjectGeneral:
		if t = ts.Get(KindGeneralFunction); t != nil {
			if r = t.Total(); r != nil {
				a, ok := r.Cell(ColTotal).Amount()
				if !ok || r.Ambiguous {
					return fiscal.Amount{}, 0, false
				}
				d := t.Decimals + (fiscal.WanYuan.MaxDecimals() - t.Unit.MaxDecimals())
				return a, min(d, fiscal.WanYuan.MaxDecimals()), true
			}
		}
	case SubjectAppropriationIncome:
		if t = ts.Get(KindSummary); t != nil {
			r = t.Named(SideIncome, ItemAppropriation)
		}
		if r == nil {
			// The national 部门收支总表 prints no 财政拨款收入 row: the
			// funds' of the 财政拨款收支总表 summed.
			return fundsIncome(ts.Get(KindAppropriationSummary))
		}
	case SubjectThreePublic:
		if t = ts.Get(KindThreePublic); t != nil {
			if r = threePublicRow(t); r != nil {
				a, ok := r.Cell(ColThreePublicTotal).Amount()
				if !ok || r.Ambiguous {
					return fiscal.Amount{}, 0, false
				}
				d := t.Decimals + (fiscal.WanYuan.MaxDecimals() - t.Unit.MaxDecimals())
				return a, min(d, fiscal.WanYuan.MaxDecimals()), true
			}
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
	for i := range n.Statements {
		s := &n.Statements[i]
		if s.Rate == "" || !s.HasChange {
			continue
		}
		if a, ok := k.tableAmounts[s]; ok && k.rateFits(*s, a) {
			// The figure is mistyped (an error of its own) and the rate is
			// right for the table's: one defect, one finding.
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

// rateFits reports whether the rate stated beside s is right for the
// figure a in place of s's own (the change stated kept).
func (k *checker) rateFits(s Statement, a fiscal.Amount) bool {
	prior, err := a.Sub(s.Change)
	if err != nil {
		return false
	}
	k2 := &checker{}
	hp := new(big.Rat).Add(halfUnit(s.Decimals), halfUnit(s.ChangeDecimals))
	k2.growthWithin(fiscal.Where{}, s.Rate, s.RateNegative, prior, max(s.Decimals, s.ChangeDecimals), hp, a, s.Decimals, halfUnit(s.Decimals))
	return len(k2.out) == 0
}

// ptrs returns a pointer to each of n's statements, in order.
func ptrs(n *Narrative) []*Statement {
	out := make([]*Statement, len(n.Statements))
	for i := range n.Statements {
		out[i] = &n.Statements[i]
	}
	return out
}

// shareTotals are the other totals a share stated beside a figure with
// no total named may be of, besides the usual one [overSubject] gives: a
// fund's of the whole budget as well as of the 财政拨款, a 基本支出's or
// 项目支出's of the 一般公共预算 or 财政拨款 spending its section is about.
var shareTotals = map[Subject][]Subject{
	SubjectGeneralIncome: {SubjectIncome}, SubjectFundIncome: {SubjectIncome}, SubjectCapitalIncome: {SubjectIncome},
	SubjectGeneral: {SubjectExpenditure}, SubjectFund: {SubjectExpenditure}, SubjectCapital: {SubjectExpenditure},
	SubjectBasic: {SubjectGeneral, SubjectAppropriation}, SubjectProject: {SubjectGeneral, SubjectAppropriation},
}

// shareOf checks a share stated beside a figure against the figure over
// the statement of its whole.
func (k *checker) shareOf(w fiscal.Where, what, share string, amount fiscal.Amount, decimals int, of *Statement) {
	p, err := fiscal.ParsePercent(share + "%")
	if err != nil {
		return
	}
	desc := fmt.Sprintf("%s %s万元 over %s %s万元", what, fiscal.AmountFigure(amount, fiscal.WanYuan, decimals),
		of.Subject, fiscal.AmountFigure(of.Amount, fiscal.WanYuan, of.Decimals))
	if f, found := ruleNarrShare.ComparePercent(w, desc, p, amount, of.Amount, wan.Half(min(decimals, of.Decimals))); found {
		k.out = append(k.out, f)
	}
}

// shareOfListed checks a share stated beside a figure listed after a
// total (amount at decimals) against the figure over that total, whole.
// Where either figure is mistyped (an error of its own; own and the
// whole's table figure, zero when not known) and the share is right over
// the table's, it is no error: one defect, one finding.
func (k *checker) shareOfListed(w fiscal.Where, what, share string, amount fiscal.Amount, decimals int, own fiscal.Amount, whole *Statement) {
	amounts, wholes := []fiscal.Amount{amount}, []*Statement{whole}
	if !own.IsZero() && own != amount {
		amounts = append(amounts, own)
	}
	if a, ok := k.tableAmounts[whole]; ok {
		printed := *whole
		printed.Amount = a
		wholes = append(wholes, &printed)
	}
	for _, a := range amounts {
		for _, of := range wholes {
			if k.shareOfFits(share, a, decimals, of) {
				return
			}
		}
	}
	k.shareOf(w, what, share, amount, decimals, whole)
}

// shareOfFits reports whether a share is right for amount over the
// statement of its whole.
func (k *checker) shareOfFits(share string, amount fiscal.Amount, decimals int, of *Statement) bool {
	p, err := fiscal.ParsePercent(share + "%")
	if err != nil {
		return false
	}
	_, found := ruleNarrShare.ComparePercent(fiscal.Where{}, "", p, amount, of.Amount, wan.Half(min(decimals, of.Decimals)))
	return !found
}

// fundsIncome is the 财政拨款收入 of the 财政拨款收支预算总表 t: its
// 一般公共预算, 政府性基金 and 国有资本经营预算 income rows (the year's, the
// first of each name) summed, in 万元 at the table's decimals; not when
// it prints no 一般公共预算 row or a row read uncertain.
func fundsIncome(t *Table) (fiscal.Amount, int, bool) {
	if t == nil || t.Named(SideIncome, ItemGeneral) == nil {
		return fiscal.Amount{}, 0, false
	}
	var sum fiscal.Amount
	for _, it := range []Item{ItemGeneral, ItemFund, ItemCapital} {
		r := t.Named(SideIncome, it)
		if r == nil {
			continue
		}
		a, ok := r.Cell(ColIncome).Amount()
		if r.Ambiguous || !ok && !r.Cell(ColIncome).IsAbsent() {
			return fiscal.Amount{}, 0, false
		}
		var err error
		if sum, err = sum.Add(a); err != nil {
			return fiscal.Amount{}, 0, false
		}
	}
	d := t.Decimals + (fiscal.WanYuan.MaxDecimals() - t.Unit.MaxDecimals()) // in 万元
	return sum, min(d, fiscal.WanYuan.MaxDecimals()), true
}
