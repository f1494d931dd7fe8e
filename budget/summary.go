package budget

// incomeParts are the top-level income lines of a summary table: every
// income row except the subtotal, the totals, the carry-over and, when a
// 财政拨款 line is printed, the fund lines under it.
func incomeParts(t *Table) []*Row {
	hasAppropriation := t.Named(SideIncome, ItemAppropriation) != nil
	split := carrySplit(t)
	var out []*Row
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Side != SideIncome || split[r] {
			continue
		}
		switch r.Item {
		case ItemIncomeSubtotal, ItemIncomeTotal, ItemCarryOver, ItemBusinessFund:
			continue
		case ItemGeneral, ItemFund, ItemCapital:
			if hasAppropriation {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// carrySplit are the fund lines printed under the 上年结转 line that
// repeat a fund printed before it: the national 财政拨款收支总表 splits
// its "二、上年结转" by fund as it does its "一、本年收入" ("（一）一般公共
// 预算拨款" under each). They belong to the carry-over, not to the year's
// income.
func carrySplit(t *Table) map[*Row]bool {
	seen := map[Item]bool{}
	var split map[*Row]bool
	after := false
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Side != SideIncome {
			continue
		}
		switch r.Item {
		case ItemCarryOver:
			after = true
		case ItemGeneral, ItemFund, ItemCapital:
			if after && seen[r.Item] {
				if split == nil {
					split = map[*Row]bool{}
				}
				split[r] = true
			}
			seen[r.Item] = true
		case ItemIncomeTotal, ItemIncomeSubtotal:
			after = false
		}
	}
	return split
}

// classRows are the 支出 lines of a summary table by 功能分类 (named or
// not), and useRows the 支出用途 lines.
func classRows(t *Table) []*Row {
	var out []*Row
	for i := range t.Rows {
		if r := &t.Rows[i]; r.Side == SideExpenditure && r.Item == 0 {
			out = append(out, r)
		}
	}
	return out
}

func useRows(t *Table) []*Row {
	var out []*Row
	for i := range t.Rows {
		r := &t.Rows[i]
		if (r.Side == SideUse || r.Side == SideExpenditure) && (r.Item == ItemBasic || r.Item == ItemProject || r.Item == ItemReserve) {
			out = append(out, r)
		}
	}
	return out
}

// namedAny returns the row of item it on the first of the sides that has it.
func namedAny(t *Table, it Item, sides ...Side) *Row {
	for _, s := range sides {
		if r := t.Named(s, it); r != nil {
			return r
		}
	}
	return nil
}

// figure returns the column a named row prints its figure in: the column
// of its side that holds a figure.
func figureCol(r *Row) string {
	if r == nil {
		return ""
	}
	for _, c := range []string{ColIncome, ColExpenditure, ColUse} {
		if !r.Cell(c).IsAbsent() {
			return c
		}
	}
	switch r.Side {
	case SideIncome:
		return ColIncome
	case SideUse:
		return ColUse
	}
	return ColExpenditure
}

func refs(t *Table, rows []*Row, col string) []ref {
	out := make([]ref, len(rows))
	for i, r := range rows {
		out[i] = ref{t: t, r: r, col: col}
	}
	return out
}

func (k *checker) summary(t *Table) {
	// 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营.
	if ap := t.Named(SideIncome, ItemAppropriation); ap != nil {
		var funds []*Row
		for _, it := range []Item{ItemGeneral, ItemFund, ItemCapital} {
			if r := t.Named(SideIncome, it); r != nil {
				funds = append(funds, r)
			}
		}
		if len(funds) > 0 {
			k.equal(ruleIncomeSum, ref{t: t, r: ap, col: ColIncome}, refs(t, funds, ColIncome))
		}
	}
	parts := incomeParts(t)
	sub := t.Named(SideIncome, ItemIncomeSubtotal)
	total := t.Named(SideIncome, ItemIncomeTotal)
	carry := t.Named(SideIncome, ItemCarryOver)
	if split := carrySplit(t); carry != nil && len(split) > 0 {
		// 上年结转 = Σ its funds.
		var rows []*Row
		for i := range t.Rows {
			if split[&t.Rows[i]] {
				rows = append(rows, &t.Rows[i])
			}
		}
		k.equal(ruleIncomeSum, ref{t: t, r: carry, col: ColIncome}, refs(t, rows, ColIncome))
	}
	// 用事业基金弥补收支差额: between 本年收入合计 and 收入总计 (the national
	// template's 收支总表 prints it, 0 or blank for most).
	fund := t.Named(SideIncome, ItemBusinessFund)
	if sub != nil {
		k.equal(ruleIncomeSum, ref{t: t, r: sub, col: ColIncome}, refs(t, parts, ColIncome))
		if total != nil {
			tp := []ref{{t: t, r: sub, col: ColIncome}}
			for _, r := range []*Row{fund, carry} {
				if r != nil {
					tp = append(tp, ref{t: t, r: r, col: ColIncome})
				}
			}
			k.equal(ruleIncomeSum, ref{t: t, r: total, col: ColIncome}, tp)
		}
	} else if total != nil {
		for _, r := range []*Row{fund, carry} {
			if r != nil {
				parts = append(parts, r)
			}
		}
		k.equal(ruleIncomeSum, ref{t: t, r: total, col: ColIncome}, refs(t, parts, ColIncome))
	} else {
		k.skip(ruleIncomeSum, "%s: no 收入总计 line", t.Title)
	}

	// 支出: Σ 类 lines, column by column; Σ 支出用途 lines.
	classes := classRows(t)
	esub := namedAny(t, ItemExpenditureSubtotal, SideExpenditure, SideUse)
	etotal := namedAny(t, ItemExpenditureTotal, SideExpenditure, SideUse)
	fwd := namedAny(t, ItemCarryForward, SideExpenditure, SideUse)
	at := esub
	if at == nil && (fwd == nil || fwd.Cell(figureCol(fwd)).IsAbsent()) {
		at = etotal
	}
	if at != nil && len(classes) > 0 {
		for _, col := range []string{ColExpenditure, ColExpenditureBasic, ColExpenditurePersonnel, ColExpenditurePublic,
			ColExpenditureProject, ColExpenditureGeneral, ColExpenditureFund, ColExpenditureCapital} {
			if !printed(t, col) {
				continue
			}
			atCol := col
			if col == ColExpenditure {
				atCol = figureCol(at)
			}
			k.equal(ruleExpendSum, ref{t: t, r: at, col: atCol}, refs(t, classes, col))
		}
	}
	if uses := useRows(t); len(uses) > 0 && at != nil {
		k.equal(ruleExpendSum, ref{t: t, r: at, col: figureCol(at)}, refs(t, uses, figureCol(uses[0])))
	}
	if esub != nil && etotal != nil {
		tp := []ref{{t: t, r: esub, col: figureCol(esub)}}
		if fwd != nil {
			tp = append(tp, ref{t: t, r: fwd, col: figureCol(fwd)})
		}
		k.equal(ruleExpendSum, ref{t: t, r: etotal, col: figureCol(etotal)}, tp)
	}
	if at == nil && etotal == nil {
		k.skip(ruleExpendSum, "%s: no 支出 total line", t.Title)
	}

	// 收入总计 = 支出总计.
	if total != nil && etotal != nil {
		k.same(ruleBalance, ref{t: t, r: total, col: ColIncome}, ref{t: t, r: etotal, col: figureCol(etotal)})
	} else {
		k.skip(ruleBalance, "%s: 收入总计 or 支出总计 line not found", t.Title)
	}
}
