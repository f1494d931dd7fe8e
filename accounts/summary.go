package accounts

import "github.com/cnfiscal/fiscal/classify"

// summary checks the 收入支出决算总表.
func (k *checker) summary(t *Table) {
	in := func(it Item) term { return k.named(t, SideIncome, it, ColAmount) }
	out := func(it Item) term { return k.named(t, SideExpenditure, it, ColAmount) }
	var incomes [len(incomeItems)]term
	for i, it := range incomeItems {
		incomes[i] = in(it)
	}
	k.equal(ruleSummaryIncome, in(ItemIncomeTotal), incomes[:])
	classes := k.take()
	for i := range t.Rows {
		if r := &t.Rows[i]; isRowOf(r, SideExpenditure, classify.Class) {
			classes = append(classes, rowTerm(t, r, ColAmount))
		}
	}
	k.equal(ruleSummaryExpenditure, out(ItemExpenditureTotal), classes)
	k.terms = classes[:0]
	k.equal(ruleSummaryIncomeGrand, in(ItemGrandTotal), []term{in(ItemIncomeTotal), in(ItemNonAppropriationSurplus), in(ItemOpening)})
	k.equal(ruleSummaryExpGrand, out(ItemGrandTotal), []term{out(ItemExpenditureTotal), out(ItemSurplusDistribution), out(ItemClosing)})
	k.equal(ruleSummaryBalance, out(ItemGrandTotal), []term{in(ItemGrandTotal)})
}
