package accounts

// appropriationFunds are the three 财政拨款 funds: the income row, the
// expenditure column.
var appropriationFunds = [...]struct {
	item Item
	col  Column
}{{ItemGeneral, ColGeneral}, {ItemGovFund, ColGovFund}, {ItemStateCapital, ColStateCapital}}

// appropriationSummary checks the 财政拨款收入支出决算总表.
func (k *checker) appropriationSummary(t *Table) {
	in := func(it Item) term { return k.named(t, SideIncome, it, ColAmount) }
	var funds, openings [len(appropriationFunds)]term
	hasOpeningRows := false
	for i, f := range appropriationFunds {
		funds[i] = in(f.item)
		o := sub(t, SideIncome, ItemOpening, f.item, ColAmount)
		hasOpeningRows = hasOpeningRows || o.r != nil
		openings[i] = o
	}
	k.equal(ruleApIncome, in(ItemIncomeTotal), funds[:])
	if hasOpeningRows {
		k.equal(ruleApOpening, in(ItemOpening), openings[:])
	}
	k.equal(ruleApIncomeGrand, in(ItemGrandTotal), []term{in(ItemIncomeTotal), in(ItemOpening)})

	s := SideExpenditure
	k.rowSum(ruleApRow, t, s, ColTotal, colsApExpenditure[1:], func(r *Row) bool { return r.Under == 0 })
	k.classTotal(ruleApExpTotal, t, s, k.named(t, s, ItemExpenditureTotal, 0))
	var closings [len(appropriationFunds)]term
	hasClosingRows := false
	for i, f := range appropriationFunds {
		c := sub(t, s, ItemClosing, f.item, ColTotal)
		hasClosingRows = hasClosingRows || c.r != nil
		closings[i] = c
	}
	if hasClosingRows {
		k.equal(ruleApClosing, k.named(t, s, ItemClosing, ColTotal), closings[:])
	}
	for _, c := range t.columnsOf(s) {
		k.equal(ruleApExpGrand, k.named(t, s, ItemGrandTotal, c), []term{k.named(t, s, ItemExpenditureTotal, c), k.named(t, s, ItemClosing, c)})
	}
	k.equal(ruleApBalance, k.named(t, s, ItemGrandTotal, ColTotal), []term{in(ItemGrandTotal)})

	// Per fund: 本年收入 + 年初 = 本年支出 + 年末. Where the 年末 row splits
	// into sub-rows instead of columns, the fund's 年末 is its sub-row. When
	// a non-zero 年初 is not split by fund, the check cannot be made.
	if !hasOpeningRows && !in(ItemOpening).cell().OrZero().IsZero() {
		return
	}
	for i, f := range appropriationFunds {
		closing := k.named(t, s, ItemClosing, f.col)
		if hasClosingRows && closing.cell().IsAbsent() {
			closing = closings[i]
		}
		k.equal(ruleApFund, in(f.item), []term{k.named(t, s, ItemExpenditureTotal, f.col), closing, minus(openings[i])})
	}
}
