package accounts

import (
	"slices"
	"strconv"

	"github.com/cnfiscal/fiscal/classify"
)

func itoa(n int) string { return strconv.Itoa(n) }

// cross checks the identities between tables.
func (k *checker) cross(ts *Tables) {
	k.crossSummary(ts)
	k.crossAppropriation(ts)
	if g, b := ts.GeneralBudget, ts.BasicExpenditure; g != nil && b != nil {
		k.equal(ruleXGeneralBasic, k.named(g, SideMain, ItemTotal, ColBasic), []term{
			k.named(b, SideMain, ItemPersonnelTotal, ColAmount), k.named(b, SideMain, ItemPublicTotal, ColAmount)})
	}
}

func (k *checker) crossSummary(ts *Tables) {
	s := ts.Summary
	if s == nil {
		return
	}
	in := func(it Item) term { return k.named(s, SideIncome, it, ColAmount) }
	if inc := ts.Income; inc != nil {
		total := func(c Column) term { return k.named(inc, SideMain, ItemTotal, c) }
		k.equal(ruleXSummaryIncome, total(ColAppropriation), []term{in(ItemGeneralIncome), in(ItemGovFundIncome), in(ItemStateCapitalIncome)})
		for _, p := range []struct {
			it Item
			c  Column
		}{{ItemSuperiorIncome, ColSuperior}, {ItemBusinessIncome, ColBusiness}, {ItemOperatingIncome, ColOperating},
			{ItemAffiliatedIncome, ColAffiliated}, {ItemOtherIncome, ColOtherIncome}, {ItemIncomeTotal, ColTotal}} {
			k.equal(ruleXSummaryIncome, total(p.c), []term{in(p.it)})
		}
	}
	if exp := ts.Expenditure; exp != nil {
		k.equal(ruleXSummaryExp, k.named(exp, SideMain, ItemTotal, ColTotal), []term{k.named(s, SideExpenditure, ItemExpenditureTotal, ColAmount)})
		for _, c := range k.classesOf(s, exp) {
			k.equal(ruleXSummaryExp, k.fnTerm(exp, SideMain, c, ColTotal), []term{k.fnTerm(s, SideExpenditure, c, ColAmount)})
		}
	}
	if ap := ts.AppropriationSummary; ap != nil {
		for _, p := range []struct{ s, a Item }{{ItemGeneralIncome, ItemGeneral}, {ItemGovFundIncome, ItemGovFund}, {ItemStateCapitalIncome, ItemStateCapital}} {
			k.equal(ruleXSummaryAp, k.named(ap, SideIncome, p.a, ColAmount), []term{in(p.s)})
		}
		if inc := ts.Income; inc != nil {
			k.equal(ruleXIncomeAp, k.named(ap, SideIncome, ItemIncomeTotal, ColAmount), []term{k.named(inc, SideMain, ItemTotal, ColAppropriation)})
		}
	}
}

// classesOf returns the 类 printed in either table (the summary's side of
// expenditure, the detail table's main side), in order. The result is the
// checker's scratch space, valid until the next call.
func (k *checker) classesOf(summary, detail *Table) []classify.Function {
	out := k.classes[:0]
	add := func(t *Table, s Side) {
		for i := range t.Rows {
			if r := &t.Rows[i]; isRowOf(r, s, classify.Class) && !slices.Contains(out, r.Function) {
				out = append(out, r.Function)
			}
		}
	}
	add(summary, SideExpenditure)
	add(detail, SideMain)
	k.classes = out
	return out
}

func (k *checker) crossAppropriation(ts *Tables) {
	ap := ts.AppropriationSummary
	if ap == nil {
		return
	}
	s := SideExpenditure
	if g := ts.GeneralBudget; g != nil {
		k.equal(ruleXApGeneral, k.named(g, SideMain, ItemTotal, ColTotal), []term{k.named(ap, s, ItemExpenditureTotal, ColGeneral)})
		for _, c := range k.classesOf(ap, g) {
			k.equal(ruleXApGeneral, k.fnTerm(g, SideMain, c, ColTotal), []term{k.fnTerm(ap, s, c, ColGeneral)})
		}
	}
	for _, f := range []struct {
		t    *Table
		item Item
		col  Column
	}{{ts.GovFund, ItemGovFund, ColGovFund}, {ts.StateCapital, ItemStateCapital, ColStateCapital}} {
		if f.t == nil {
			continue
		}
		rule := ruleXApGovFund
		if f.t.Kind == KindStateCapital {
			rule = ruleXApStateCapital
		}
		total := func(c Column) term { return k.named(f.t, SideMain, ItemTotal, c) }
		k.equal(rule, total(ColExpenditure), []term{k.named(ap, s, ItemExpenditureTotal, f.col)})
		for _, c := range k.classesOf(ap, f.t) {
			k.equal(rule, k.fnTerm(f.t, SideMain, c, ColExpenditure), []term{k.fnTerm(ap, s, c, f.col)})
		}
		if f.t.prints(SideMain, ColIncome) {
			k.equal(rule, total(ColIncome), []term{k.named(ap, SideIncome, f.item, ColAmount)})
		}
		if f.t.prints(SideMain, ColOpening) {
			k.equal(rule, total(ColOpening), []term{sub(ap, SideIncome, ItemOpening, f.item, ColAmount)})
		}
		if f.t.prints(SideMain, ColClosing) {
			k.equal(rule, total(ColClosing), []term{k.named(ap, s, ItemClosing, f.col)})
		}
	}
}
