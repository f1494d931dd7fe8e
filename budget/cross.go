package budget

import "github.com/cnfiscal/fiscal"

// cross checks that the tables agree with each other. Each comparison runs
// only where both tables are present; otherwise it is listed as skipped.
func (k *checker) cross(ts *Tables) {
	s, in, ex := ts.Get(KindSummary), ts.Get(KindIncome), ts.Get(KindExpenditure)
	ap, gf, gb := ts.Get(KindAppropriationSummary), ts.Get(KindGeneralFunction), ts.Get(KindGeneralBasic)
	ff, cf := ts.Get(KindFundFunction), ts.Get(KindCapitalFunction)

	need := func(rule interfaceRule, a, b *Table, ka, kb TableKind) bool {
		switch {
		case a == nil && b == nil:
			k.skippedID(rule, ka.Title()+" and "+kb.Title()+" not found")
		case a == nil:
			k.skippedID(rule, ka.Title()+" not found")
		case b == nil:
			k.skippedID(rule, kb.Title()+" not found")
		default:
			return true
		}
		return false
	}

	// 收入预算总表 合计 ↔ the summary's income lines (function-keyed income tables only).
	if need(ruleCrossIncome.ID, s, in, KindSummary, KindIncome) {
		if isBySource(in) {
			k.incomeBySourceCross(s, in)
		} else if tot := in.Total(); tot != nil {
			sub := s.Named(SideIncome, ItemIncomeSubtotal)
			if sub == nil && zeroOrAbsent(s.Named(SideIncome, ItemCarryOver), ColIncome) {
				sub = s.Named(SideIncome, ItemIncomeTotal)
			}
			if hasColumn(in, ColCarryOverIncome) {
				// The national 收入总表 prints the 上年结转 as a source: its
				// 合计 is the 收入总计, not the 本年收入合计.
				sub = s.Named(SideIncome, ItemIncomeTotal)
				if r := s.Named(SideIncome, ItemCarryOver); r != nil {
					k.same(ruleCrossIncome, ref{t: in, r: tot, col: ColCarryOverIncome}, ref{t: s, r: r, col: ColIncome})
				}
			}
			if sub != nil {
				k.same(ruleCrossIncome, ref{t: in, r: tot, col: ColTotal}, ref{t: s, r: sub, col: ColIncome})
			}
			for _, m := range []struct {
				col string
				it  Item
			}{{ColAppropriation, ItemAppropriation}, {ColBusiness, ItemBusiness}, {ColOperating, ItemOperating}, {ColOther, ItemOther}} {
				if r := s.Named(SideIncome, m.it); r != nil {
					if m.col == ColAppropriation && !hasColumn(in, ColAppropriation) {
						// The national 收入总表 prints each fund's 拨款.
						k.equal(ruleCrossIncome, ref{t: s, r: r, col: ColIncome}, appropriationParts(in, tot))
						continue
					}
					k.same(ruleCrossIncome, ref{t: in, r: tot, col: m.col}, ref{t: s, r: r, col: ColIncome})
				}
			}
		} else {
			k.skippedID(ruleCrossIncome.ID, in.Title+": no 合计 row")
		}
	}

	// 支出预算总表 ↔ the summary's 类 lines; 收入预算总表 ↔ 支出预算总表 by code.
	if need(ruleCrossExpend.ID, s, ex, KindSummary, KindExpenditure) {
		classes := classRows(s)
		if !hasFunctionRows(ex) {
			// The 12-table layout may print the 支出预算总表 as its 合计
			// alone: its totals are compared below.
			classes = nil
			k.skippedID(ruleCrossExpend.ID, ex.Title+" prints no 功能分类 rows")
		}
		for _, r := range classes {
			if !r.Function.Valid() {
				continue
			}
			er := ex.FunctionRow(SideMain, r.Function)
			k.same(ruleCrossExpend, ref{t: s, r: r, col: ColExpenditure}, ref{t: ex, r: er, col: ColTotal, key: r.Function.String()})
			if printed(s, ColExpenditureProject) {
				k.same(ruleCrossExpend, ref{t: s, r: r, col: ColExpenditureProject}, ref{t: ex, r: er, col: ColProject, key: r.Function.String()})
			}
		}
		if tot := ex.Total(); tot != nil {
			if at := namedAny(s, ItemExpenditureSubtotal, SideExpenditure, SideUse); at != nil {
				k.same(ruleCrossExpend, ref{t: ex, r: tot, col: ColTotal}, ref{t: s, r: at, col: figureCol(at)})
			} else if at := namedAny(s, ItemExpenditureTotal, SideExpenditure, SideUse); at != nil && zeroOrAbsent(namedAny(s, ItemCarryForward, SideExpenditure, SideUse), ColExpenditure) {
				k.same(ruleCrossExpend, ref{t: ex, r: tot, col: ColTotal}, ref{t: s, r: at, col: figureCol(at)})
			}
			for _, m := range []struct {
				col string
				it  Item
			}{{ColBasic, ItemBasic}, {ColProject, ItemProject}, {ColExpenditureReserve, ItemReserve}} {
				if r := namedAny(s, m.it, SideUse, SideExpenditure); r != nil {
					k.same(ruleCrossExpend, ref{t: ex, r: tot, col: m.col}, ref{t: s, r: r, col: figureCol(r)})
				}
			}
		}
	}
	if in != nil && ex != nil {
		k.sameByCode(ruleCrossExpend, in, ColTotal, ex, ColTotal)
	}

	// 财政拨款收支预算总表 ↔ summary; ↔ fund tables; ↔ 收入预算总表.
	if need(ruleCrossApprop.ID, ap, s, KindAppropriationSummary, KindSummary) {
		for _, it := range []Item{ItemGeneral, ItemFund, ItemCapital} {
			a, b := ap.Named(SideIncome, it), s.Named(SideIncome, it)
			if a != nil && b != nil {
				k.same(ruleCrossApprop, ref{t: ap, r: a, col: ColIncome}, ref{t: s, r: b, col: ColIncome})
			}
		}
		if b := s.Named(SideIncome, ItemAppropriation); b != nil && zeroOrAbsent(ap.Named(SideIncome, ItemCarryOver), ColIncome) {
			if a := ap.Named(SideIncome, ItemIncomeTotal); a != nil {
				k.same(ruleCrossApprop, ref{t: ap, r: a, col: ColIncome}, ref{t: s, r: b, col: ColIncome})
			}
		}
	}
	if ap != nil {
		for _, m := range []struct {
			col  string
			kind TableKind
			t    *Table
		}{{ColExpenditureGeneral, KindGeneralFunction, gf}, {ColExpenditureFund, KindFundFunction, ff}, {ColExpenditureCapital, KindCapitalFunction, cf}} {
			if m.t == nil {
				k.skippedID(ruleCrossApprop.ID, m.kind.Title()+" not found")
				continue
			}
			if !printed(ap, m.col) {
				if printed(m.t, ColTotal) {
					k.skippedID(ruleCrossApprop.ID, ap.Title+" prints no "+columnName(m.col)+" column")
				}
				continue
			}
			for _, r := range classRows(ap) {
				if r.Function.Valid() {
					k.same(ruleCrossApprop, ref{t: ap, r: r, col: m.col}, ref{t: m.t, r: m.t.FunctionRow(SideMain, r.Function), col: ColTotal, key: r.Function.String()})
				}
			}
			if tot := m.t.Total(); tot != nil {
				if at := namedAny(ap, ItemExpenditureTotal, SideExpenditure); at != nil {
					k.same(ruleCrossApprop, ref{t: m.t, r: tot, col: ColTotal}, ref{t: ap, r: at, col: m.col})
				}
			}
		}
		// With no carry-over, a fund's table spends what the fund brings
		// in (the 12-table layout prints no fund column on the 支出 side).
		for _, m := range []struct {
			t  *Table
			it Item
		}{{gf, ItemGeneral}, {ff, ItemFund}, {cf, ItemCapital}} {
			if m.t == nil {
				continue
			}
			if a, tot := ap.Named(SideIncome, m.it), m.t.Total(); a != nil && tot != nil && zeroOrAbsent(ap.Named(SideIncome, ItemCarryOver), ColIncome) {
				k.same(ruleCrossApprop, ref{t: m.t, r: tot, col: ColTotal}, ref{t: ap, r: a, col: ColIncome})
			}
		}
		if in != nil {
			withCarry, reason := appropriationCarry(ap, in)
			if reason != "" {
				k.skippedID(ruleCrossApprop.ID, reason)
			}
			for _, r := range classRows(ap) {
				if !r.Function.Valid() || reason != "" {
					continue
				}
				if !hasColumn(in, ColAppropriation) {
					parts := appropriationParts(in, in.FunctionRow(SideMain, r.Function))
					if withCarry {
						parts = append(parts, ref{t: in, r: in.FunctionRow(SideMain, r.Function), col: ColCarryOverIncome})
					}
					k.equal(ruleCrossApprop, ref{t: ap, r: r, col: ColExpenditure}, parts)
					continue
				}
				k.same(ruleCrossApprop, ref{t: ap, r: r, col: ColExpenditure}, ref{t: in, r: in.FunctionRow(SideMain, r.Function), col: ColAppropriation, key: r.Function.String()})
			}
		}
		if af := ts.Get(KindAppropriationFunction); af != nil {
			if tot, at := af.Total(), namedAny(ap, ItemExpenditureTotal, SideExpenditure, SideUse); tot != nil && at != nil {
				k.same(ruleCrossApprop, ref{t: af, r: tot, col: ColTotal}, ref{t: ap, r: at, col: figureCol(at)})
			}
		}
		if ab := ts.Get(KindAppropriationBasic); ab != nil {
			if tot, at := ab.Total(), namedAny(ap, ItemBasic, SideUse, SideExpenditure); tot != nil && at != nil {
				k.same(ruleCrossApprop, ref{t: ab, r: tot, col: ColTotal}, ref{t: ap, r: at, col: figureCol(at)})
			}
		}
	}

	// 基本支出 经济分类 ↔ 一般公共预算 table's 基本支出.
	if need(ruleCrossBasic.ID, gb, gf, KindGeneralBasic, KindGeneralFunction) {
		if a, b := gb.Total(), gf.Total(); a != nil && b != nil && printed(gf, ColBasic) {
			k.same(ruleCrossBasic, ref{t: gb, r: a, col: ColTotal}, ref{t: gf, r: b, col: ColBasic})
		} else {
			k.skippedID(ruleCrossBasic.ID, gf.Title+" prints no 基本支出 total")
		}
	}
}

type interfaceRule = string

// hasColumn reports whether any row of t prints a figure in column col.
func hasColumn(t *Table, col string) bool {
	for _, r := range t.Rows {
		if !r.Cell(col).IsAbsent() {
			return true
		}
	}
	return false
}

// appropriationCarry tells how the 财政拨款收支总表's 支出 by 类 compares
// with the 收入总表's funds. With no 上年结转 on its 收入 side, it spends the
// year's funds alone (withCarry false). With one, it spends the carry too:
// the 收入总表's 上年结转 column is added where that column is all 财政拨款
// money, its 合计 being the 财政拨款收支总表's 上年结转 (withCarry true);
// where the 收入总表 prints no such column, or a carry other than the
// 财政拨款's (事业收入 carried over), the 财政拨款's carry by 类 is not known
// and reason says why the comparison does not run.
func appropriationCarry(ap, in *Table) (withCarry bool, reason string) {
	carry := ap.Named(SideIncome, ItemCarryOver)
	if zeroOrAbsent(carry, ColIncome) {
		return false, ""
	}
	tot := in.Total()
	if hasColumn(in, ColAppropriation) || !hasColumn(in, ColCarryOverIncome) || tot == nil || tot.Cell(ColCarryOverIncome).IsAbsent() {
		return false, ap.Title + " prints a 上年结转 that " + in.Title + " does not print by 类: its 支出 by 类 not compared with the funds"
	}
	a, b := carry.Cell(ColIncome).OrZero(), tot.Cell(ColCarryOverIncome).OrZero()
	d, err := a.Sub(b)
	if err == nil {
		d, err = d.Abs()
	}
	x, y := ref{t: ap, r: carry, col: ColIncome}, ref{t: in, r: tot, col: ColCarryOverIncome}
	if err != nil || d.Cmp(tolerance(1, x, y)) > 0 {
		return false, ap.Title + "'s 上年结转 is not " + in.Title + "'s (a carry-over other than the 财政拨款's): the 财政拨款's carry by 类 is not known, its 支出 by 类 not compared with the funds"
	}
	return true, ""
}

// appropriationParts are the 财政拨款 of row r of a 收入总表 that prints it
// by fund (the national template's): 一般公共预算, 政府性基金 and 国有资本
// 经营预算 拨款.
func appropriationParts(in *Table, r *Row) []ref {
	var out []ref
	for _, col := range []string{ColGeneral, ColFund, ColCapital} {
		out = append(out, ref{t: in, r: r, col: col})
	}
	return out
}

func (k *checker) skippedID(rule, reason string) {
	k.skipped = append(k.skipped, Skipped{Rule: rule, Reason: reason})
}

func zeroOrAbsent(r *Row, col string) bool {
	if r == nil {
		return true
	}
	return r.Cell(col).OrZero().IsZero()
}

// sameByCode compares a column of two function-keyed tables code by code,
// for the codes printed in both.
func (k *checker) sameByCode(rule fiscal.Rule, a *Table, ca string, b *Table, cb string) {
	for i := range a.Rows {
		ra := &a.Rows[i]
		if !ra.Function.Valid() {
			continue
		}
		if rb := b.FunctionRow(SideMain, ra.Function); rb != nil {
			k.same(rule, ref{t: a, r: ra, col: ca}, ref{t: b, r: rb, col: cb})
		}
	}
	if ta, tb := a.Total(), b.Total(); ta != nil && tb != nil {
		k.same(rule, ref{t: a, r: ta, col: ca}, ref{t: b, r: tb, col: cb})
	}
}

// runningCosts checks the 机关运行经费 of the "三公" table against the
// 公用经费 of the 基本支出 经济分类 table: 机关运行经费 is the 日常公用经费 of
// 行政 and 参公 units, so it can not exceed the 公用经费 (error); it is less
// where the budget includes other 事业单位 (info).
func (k *checker) runningCosts(ts *Tables) {
	tp, gb := ts.Get(KindThreePublic), ts.Get(KindGeneralBasic)
	if tp == nil || gb == nil {
		k.skippedID(ruleRunning.ID, "“三公”经费和机关运行经费预算表 or 一般公共预算基本支出经济分类预算表 not found")
		return
	}
	tot := gb.Total()
	if tot == nil || tot.Cell(ColPublic).IsAbsent() {
		k.skippedID(ruleRunning.ID, gb.Title+" prints no 公用经费 total")
		return
	}
	for i := range tp.Rows {
		r := &tp.Rows[i]
		if r.Cell(ColRunningCosts).IsAbsent() {
			continue
		}
		at, pub := ref{t: tp, r: r, col: ColRunningCosts}, ref{t: gb, r: tot, col: ColPublic}
		if r.Cell(ColRunningCosts).OrZero().Cmp(tot.Cell(ColPublic).OrZero()) > 0 {
			k.equal(ruleRunning, at, []ref{pub})
			continue
		}
		// Not more than 公用经费: report a difference beyond rounding as info.
		n := len(k.out)
		k.equal(ruleRunning, at, []ref{pub})
		for j := n; j < len(k.out); j++ {
			if !k.out[j].WithinRounding {
				k.out[j].Severity = fiscal.SeverityInfo
				k.out[j].Message += " (less than 公用经费: expected where the budget includes units other than 行政 and 参公 units)"
			}
		}
	}
}

// hasFunctionRows reports whether a table prints a row keyed by a 功能分类
// code.
func hasFunctionRows(t *Table) bool {
	for i := range t.Rows {
		if t.Rows[i].Function.Valid() {
			return true
		}
	}
	return false
}
