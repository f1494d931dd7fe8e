package budget

import (
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/internal/wan"
)

// The narrative rules.
var (
	ruleNarrTotal = fiscal.NewRule("budget.narrative.total",
		"a total the 编制说明 states equals its table (收入/支出预算, 财政拨款, each fund)", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleNarrFunds = fiscal.NewRule("budget.narrative.funds",
		"财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营预算, and so do the changes stated beside them", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleNarrThreePublic = fiscal.NewRule("budget.narrative.threepublic",
		"the \"三公\" figures stated add up (total = items, 公务用车 = 购置 + 运行, for the figures and their changes) and equal the table", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleNarrRunning = fiscal.NewRule("budget.narrative.running",
		"the 机关运行经费 stated equals the table's and does not exceed the 公用经费 of the 基本支出 table", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleNarrItem = fiscal.NewRule("budget.narrative.item",
		"a 功能分类 item's amount equals its table row and the budget-year figure stated with it", fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleNarrGrowth = fiscal.NewRule("budget.narrative.growth",
		"a growth rate stated equals the one recomputed from the figures beside it; against a zero base no rate is stated", fiscal.ScopeNarrative, fiscal.SeverityError)
	ruleNarrYear = fiscal.NewRule("budget.narrative.year",
		"a change is stated against an earlier year's budget, not the budget year's own", fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleNarrReason = fiscal.NewRule("budget.narrative.reason",
		"a reason announced (主要原因是) is given", fiscal.ScopeNarrative, fiscal.SeverityWarning)
	ruleNarrProcurement = fiscal.NewRule("budget.narrative.procurement",
		"the 政府采购预算 stated equals 货物 + 工程 + 服务 stated beside it (is not less than those stated), and the 政府采购支出预算表 where one is published; the share reserved for 中小企业 is not more than it, and the 小微企业's not more than the 中小企业's", fiscal.ScopeNarrative, fiscal.SeverityError)
)

// NarrativeRules returns the rules of [CheckNarrative], in a stable order.
func NarrativeRules() []fiscal.Rule {
	return []fiscal.Rule{ruleNarrTotal, ruleNarrFunds, ruleNarrThreePublic, ruleNarrRunning,
		ruleNarrItem, ruleNarrGrowth, ruleNarrYear, ruleNarrReason, ruleNarrProcurement, ruleNarrUses, ruleNarrShare,
		ruleProjectAnnual, ruleProjectPeriod, ruleProjectSources, ruleProjectCost, ruleProjectTotal,
		ruleIndicatorBlank, ruleIndicatorTarget, ruleIndicatorLevel}
}

// narrativeTable stands for the 编制说明 in a check: figures in 万元 at the
// decimals each statement prints.
func narrativeTable(decimals int) *Table {
	if decimals < 0 {
		// A figure in 亿元 coarser than 1 万元 ("1.06亿元"): its decimals
		// of 亿元.
		return &Table{Title: "编制说明", Unit: fiscal.YiYuan, Decimals: decimals + 4}
	}
	return &Table{Title: "编制说明", Unit: fiscal.WanYuan, Decimals: decimals}
}

// stated is a reference to a narrative figure.
func stated(label string, a fiscal.Amount, decimals, line int) ref {
	return ref{t: narrativeTable(decimals), r: &Row{Label: label, Line: line, Cells: map[string]fiscal.Cell{ColAmount: fiscal.Present(a)}}, col: ColAmount}
}

// CheckNarrative checks what the 编制说明 n states against itself and
// against the tables ts of the same budget of year year (0 when unknown):
// totals, the funds and their changes, the "三公" figures and 机关运行经费,
// the 功能分类 items with their growth rates, the year compared with, and
// reasons announced but not given. A figure printed in 万元 is compared
// with the table at the narrative's precision (half a unit of its last
// digit, more where it is a sum). Checks that cannot run (a table or a
// statement missing) are returned as skipped.
func CheckNarrative(n *Narrative, ts *Tables, year int, opt CheckOptions) ([]fiscal.Finding, []Skipped) {
	k := &checker{year: year}
	if ts == nil {
		ts = &Tables{}
	}
	if year == 0 {
		year = yearOfTables(ts)
	}
	if n != nil && year > 0 && slices.ContainsFunc(n.Statements, func(s Statement) bool { return s.Year > 0 && s.Year < year }) {
		// "2025年“三公”经费预算数为11.11万元" in the 2026 budget: last
		// year's budget, not this one's.
		cur := *n
		cur.Statements = slices.DeleteFunc(slices.Clone(n.Statements), func(s Statement) bool { return s.Year > 0 && s.Year < year })
		n = &cur
	}
	if n != nil && year > 0 && slices.ContainsFunc(n.Items, func(it FunctionItem) bool { return it.Year > 0 && it.Year != year }) {
		// "行政运行（项）2025年预算数为…": another year's.
		cur := *n
		cur.Items = slices.DeleteFunc(slices.Clone(n.Items), func(it FunctionItem) bool { return it.Year > 0 && it.Year != year })
		n = &cur
	}
	if n != nil && len(n.NamedItems) > 0 {
		// The items stated by name, with the code of their table row.
		if resolved := resolveNamedItems(n.NamedItems, ts); len(resolved) > 0 {
			cur := *n
			cur.Items = append(slices.Clone(n.Items), resolved...)
			n = &cur
		}
	}
	if n == nil || len(n.Statements) == 0 && len(n.Items) == 0 && len(n.Projects) == 0 && len(n.Parts) == 0 && len(n.Sources) == 0 {
		k.skippedID(ruleNarrTotal.ID, "no figure of the 编制说明 was read")
		return nil, k.skipped
	}
	k.narrativeTotals(n, ts, year)
	k.narrativeFunds(n)
	k.narrativeThreePublic(n, ts)
	k.narrativeRunning(n, ts)
	k.narrativeItems(n, ts)
	k.narrativeProcurement(n, ts)
	k.narrativeUses(n, ts)
	k.narrativeCostParts(n, ts)
	k.narrativeSources(n, ts)
	k.narrativeShares(n, ts)
	k.narrativeRates(n)
	k.narrativeProjects(n, ts, year)
	// One finding per year wrongly compared with, at its first statement.
	wrong := map[int]int{}
	var first []Statement
	for _, s := range n.Statements {
		if year > 0 && s.HasChange && s.ComparedYear >= year {
			if wrong[s.ComparedYear] == 0 {
				first = append(first, s)
			}
			wrong[s.ComparedYear]++
		}
	}
	for _, s := range first {
		k.out = append(k.out, ruleNarrYear.Finding(fiscal.Where{Part: "编制说明", Row: s.Subject.String(), Line: s.Line},
			"the %d budget's figures are compared with the %d budget (%d statements, the first %s): a budget compares with an earlier year's",
			year, s.ComparedYear, wrong[s.ComparedYear], fiscal.Quote(s.Text, 80)))
	}
	for _, l := range n.EmptyReasons {
		k.out = append(k.out, ruleNarrReason.Finding(fiscal.Where{Part: "编制说明", Line: l}, "a reason is announced (主要原因是) but none is given"))
	}
	out := opt.Policy.Apply(oneForBoth(k.out, n))
	fiscal.SortFindings(out)
	return out, k.skipped
}

// oneForBoth makes one finding of the two one figure of 收入 and 支出
// together gives when it is wrong as both ("收支总预算9682.22万元" against
// a 收入总计 and a 支出总计 of 9628.22): the 收入预算's, naming the 支出预算.
func oneForBoth(fs []fiscal.Finding, n *Narrative) []fiscal.Finding {
	lines := map[int]bool{}
	for _, s := range n.Statements {
		if s.both {
			lines[s.Line] = true
		}
	}
	if len(lines) == 0 {
		return fs
	}
	income, expenditure := SubjectIncome.String(), SubjectExpenditure.String()
	key := func(f fiscal.Finding) string { return f.Rule + "|" + strconv.Itoa(f.Where.Line) }
	rows := map[string]map[string]bool{} // the rows found wrong, by rule and line
	for _, f := range fs {
		if lines[f.Where.Line] {
			if rows[key(f)] == nil {
				rows[key(f)] = map[string]bool{}
			}
			rows[key(f)][f.Where.Row] = true
		}
	}
	var out []fiscal.Finding
	for _, f := range fs {
		twins := lines[f.Where.Line] && rows[key(f)][income] && rows[key(f)][expenditure]
		switch {
		case twins && f.Where.Row == expenditure:
			continue
		case twins && f.Where.Row == income:
			f.Message += "; the same figure is the " + expenditure + "'s"
		}
		out = append(out, f)
	}
	return out
}

// compareStated checks a stated figure against a table cell (the
// narrative rounds it to its own decimals).
func (k *checker) compareStated(rule fiscal.Rule, s *Statement, at ref) {
	if at.r == nil || at.cell().IsAbsent() {
		return
	}
	before := len(k.out)
	k.sameRounded(rule, stated(s.Subject.String(), s.Amount, s.Decimals, s.Line), s.Decimals, at)
	for _, f := range k.out[before:] {
		if f.Severity == fiscal.SeverityError {
			if k.wrongStated == nil {
				k.wrongStated = map[Subject]bool{}
			}
			k.wrongStated[s.Subject] = true
			if a, ok := at.cell().Amount(); ok {
				if k.tableAmounts == nil {
					k.tableAmounts = map[*Statement]fiscal.Amount{}
				}
				k.tableAmounts[s] = a
			}
		}
	}
}

// sameRounded compares a figure the narrative prints in 万元 at decimals
// with a table cell: equal when the cell, rounded half-up to those
// decimals, is the printed figure; otherwise as [checker.same] does.
func (k *checker) sameRounded(rule fiscal.Rule, at ref, decimals int, other ref) {
	a, aok := at.cell().Amount()
	b, bok := other.cell().Amount()
	if aok && bok {
		if r, err := wan.Round(b, decimals); err == nil && r == a {
			return
		}
	}
	k.same(rule, at, other)
}

// narrativeTotals compares every statement of a total with its table:
// the 编制说明 restates its totals section after section ("支出预算…",
// "五、一般公共预算支出情况说明 2026年一般公共预算支出…"), and a restatement
// may be the one mistyped.
func (k *checker) narrativeTotals(n *Narrative, ts *Tables, year int) {
	// The first statement of a total is the department's; a later one
	// only where its clause names no unit, part or other year
	// ("其中：XX中心2026年支出预算…", "上年支出预算…").
	all := func(s Subject) []*Statement {
		sts := n.All(s)
		for i := len(sts) - 1; i > 0; i-- {
			if !ownTotal(sts[i].clause, year) {
				sts = slices.Delete(sts, i, i+1)
			}
		}
		return sts
	}
	sm, ap := ts.Get(KindSummary), ts.Get(KindAppropriationSummary)
	if sm == nil {
		k.skippedID(ruleNarrTotal.ID, KindSummary.Title()+" not found")
	} else {
		for _, s := range all(SubjectIncome) {
			r := sm.Named(SideIncome, ItemIncomeTotal)
			if s.current {
				r = currentTotal(sm, SubjectIncome)
			}
			if r != nil {
				k.compareStated(ruleNarrTotal, s, ref{t: sm, r: r, col: ColIncome})
			}
		}
		for _, s := range all(SubjectExpenditure) {
			r := namedAny(sm, ItemExpenditureTotal, SideExpenditure, SideUse)
			if s.current {
				r = currentTotal(sm, SubjectExpenditure)
			}
			if r != nil {
				k.compareStated(ruleNarrTotal, s, ref{t: sm, r: r, col: figureCol(r)})
			}
		}
		for _, s := range all(SubjectAppropriationIncome) {
			if r := sm.Named(SideIncome, ItemAppropriation); r != nil {
				k.compareStated(ruleNarrTotal, s, ref{t: sm, r: r, col: ColIncome})
			} else {
				// The national 部门收支总表 prints the funds, no 财政拨款收入.
				k.skippedID(ruleNarrTotal.ID, "the "+SubjectAppropriationIncome.String()+" stated: "+KindSummary.Title()+" prints no such row")
				break
			}
		}
	}
	if ap != nil {
		for _, s := range all(SubjectAppropriation) {
			if r := namedAny(ap, ItemExpenditureTotal, SideExpenditure, SideUse); r != nil {
				k.compareStated(ruleNarrTotal, s, ref{t: ap, r: r, col: figureCol(r)})
			}
		}
	} else if n.Get(SubjectAppropriation) != nil {
		k.skippedID(ruleNarrTotal.ID, "the "+SubjectAppropriation.String()+" stated: "+KindAppropriationSummary.Title()+" not found")
	}
	for _, m := range []struct {
		s Subject
		k TableKind
	}{{SubjectGeneral, KindGeneralFunction}, {SubjectFund, KindFundFunction}, {SubjectCapital, KindCapitalFunction}} {
		t := ts.Get(m.k)
		if t == nil {
			if n.Get(m.s) != nil {
				k.skippedID(ruleNarrTotal.ID, "the "+m.s.String()+" stated: "+m.k.Title()+" not found")
			}
			continue
		}
		for i, s := range all(m.s) {
			if tot := t.Total(); tot != nil && !tot.Cell(ColTotal).IsAbsent() {
				k.compareStated(ruleNarrTotal, s, ref{t: t, r: tot, col: ColTotal})
			} else if i == 0 && t.IsEmpty() && !s.Amount.IsZero() {
				k.out = append(k.out, ruleNarrTotal.Finding(fiscal.Where{Part: "编制说明", Row: s.Subject.String(), Line: s.Line},
					"%s stated as %s 万元, but %s prints no figure", s.Subject, fiscal.AmountFigure(s.Amount, fiscal.WanYuan, s.Decimals), t.Title))
			}
		}
	}
}

// ownTotal reports whether a restated total's clause is about the
// department's own budget of the year: no 其中, 本级, a unit (…中心, 所属
// 单位), last year's or an adjusted budget, or a year other than year
// (when it is known).
func ownTotal(clause string, year int) bool {
	for _, w := range []string{"其中", "本级", "所属", "下属", "上年", "去年", "调整", "中心", "站", "院", "馆", "队"} {
		if strings.Contains(clause, w) {
			return false
		}
	}
	for _, m := range statedYearsRE.FindAllStringSubmatch(clause, -1) {
		if y, _ := strconv.Atoi(m[1]); year != 0 && y != year {
			return false
		}
	}
	return true
}

// statedYearsRE is a year in a clause.
var statedYearsRE = regexp.MustCompile(`((?:19|20)[0-9]{2})年`)

// narrativeFunds: 财政拨款 = Σ funds, for the figures and for the changes.
func (k *checker) narrativeFunds(n *Narrative) {
	ap := n.Get(SubjectAppropriation)
	if ap == nil {
		return
	}
	var parts, changes []ref
	allChanges := true
	for _, s := range []Subject{SubjectGeneral, SubjectFund, SubjectCapital} {
		st := n.Get(s)
		if st == nil {
			continue
		}
		parts = append(parts, stated(st.Subject.String(), st.Amount, st.Decimals, st.Line))
		switch {
		case st.HasChange:
			changes = append(changes, stated(st.Subject.String()+"的变动", st.Change, st.ChangeDecimals, st.Line))
		case !st.Amount.IsZero():
			allChanges = false // a fund with money and no change stated
		}
	}
	if len(parts) == 0 {
		k.skippedID(ruleNarrFunds.ID, "no fund's 支出预算 stated beside 财政拨款支出预算")
		return
	}
	for _, s := range []Subject{SubjectAppropriation, SubjectGeneral, SubjectFund, SubjectCapital} {
		if k.wrongStated[s] {
			// A figure the tables contradict, found already: the sum it
			// takes part in would make the right ones wrong.
			return
		}
	}
	k.equal(ruleNarrFunds, stated(ap.Subject.String(), ap.Amount, ap.Decimals, ap.Line), parts)
	if ap.HasChange && allChanges && len(changes) > 0 {
		k.equal(ruleNarrFunds, stated(ap.Subject.String()+"的变动", ap.Change, ap.ChangeDecimals, ap.Line), changes)
	}
}

// narrativeThreePublic checks the "三公" figures stated: against the
// table, and against each other (the total is the sum of its items).
func (k *checker) narrativeThreePublic(n *Narrative, ts *Tables) {
	// The table first: a stated figure the table contradicts is one
	// finding, and the stated sums it takes part in are not checked
	// again (a mistyped item would make the right total wrong).
	wrong := k.threePublicTable(n, ts)
	if tot := n.Get(SubjectThreePublic); tot != nil {
		k.threePublicSums(n, tot, wrong)
	}
}

// threePublicTable compares the "三公" figures stated with the table's,
// and returns the subjects a statement of which the table contradicts.
func (k *checker) threePublicTable(n *Narrative, ts *Tables) map[Subject]bool {
	wrong := map[Subject]bool{}
	tp := ts.Get(KindThreePublic)
	mentioned := false
	for _, s := range n.Statements {
		switch s.Subject {
		case SubjectThreePublic, SubjectAbroad, SubjectVehicle, SubjectVehiclePurchase, SubjectVehicleRunning, SubjectReception:
			mentioned = true
		}
	}
	if !mentioned {
		return wrong
	}
	if tp == nil || len(tp.Rows) == 0 {
		k.skippedID(ruleNarrThreePublic.ID, "the \"三公\" table was not read: the stated figures are not compared with it")
		return wrong
	}
	row := threePublicRow(tp)
	if row == nil {
		return wrong
	}
	cols := map[Subject]string{SubjectThreePublic: ColThreePublicTotal, SubjectAbroad: ColAbroad, SubjectVehicle: ColVehicle,
		SubjectVehiclePurchase: ColVehiclePurchase, SubjectVehicleRunning: ColVehicleRunning, SubjectReception: ColReception}
	if splitUncertain(row) {
		// One of 购置费 and 运行费 blank, the other the whole 公务用车:
		// where the figure stands was read from spacing the extraction may
		// have moved; the stated split is checked by its sum only.
		delete(cols, SubjectVehiclePurchase)
		delete(cols, SubjectVehicleRunning)
		k.skippedID(ruleNarrThreePublic.ID, "the \"三公\" table prints one of 公务用车购置费 and 运行费 blank: the stated split is not compared with it")
	}
	// Every statement of an item, not only the first: the Jiangsu
	// template states each item twice (its share, then its change).
	for i := range n.Statements {
		st := &n.Statements[i]
		if col, ok := cols[st.Subject]; ok {
			before := len(k.out)
			k.compareStated(ruleNarrThreePublic, st, ref{t: tp, r: row, col: col})
			for _, f := range k.out[before:] {
				if f.Severity == fiscal.SeverityError {
					wrong[st.Subject] = true
				}
			}
		}
	}
	return wrong
}

// splitUncertain reports whether a "三公" row prints one of 公务用车购置费
// and 运行费 blank and the other equal to 公务用车购置及运行费.
func splitUncertain(row *Row) bool {
	p, r, v := row.Cell(ColVehiclePurchase), row.Cell(ColVehicleRunning), row.Cell(ColVehicle)
	if p.IsAbsent() == r.IsAbsent() || v.IsAbsent() {
		return false
	}
	printed := p
	if p.IsAbsent() {
		printed = r
	}
	a, ok1 := printed.Amount()
	b, ok2 := v.Amount()
	return ok1 && ok2 && a == b && !a.IsZero()
}

// threePublicSums checks the "三公" figures stated against each other:
// the total is the sum of its items, 公务用车 of 购置 and 运行, for the
// figures and their changes; not a sum with a figure the table
// contradicts (wrong), found already.
func (k *checker) threePublicSums(n *Narrative, tot *Statement, wrong map[Subject]bool) {
	items := []Subject{SubjectAbroad, SubjectVehicle, SubjectReception}
	for _, s := range append(items, SubjectThreePublic) {
		if wrong[s] {
			items = nil // the total's sum holds a figure found wrong
		}
	}
	var parts, changes []ref
	allChanges := tot.HasChange
	for _, s := range items {
		st := n.Get(s)
		if st == nil {
			continue
		}
		parts = append(parts, stated(st.Subject.String(), st.Amount, st.Decimals, st.Line))
		if st.HasChange {
			changes = append(changes, stated(st.Subject.String()+"的变动", st.Change, st.ChangeDecimals, st.Line))
		} else {
			allChanges = false
		}
	}
	if len(items) > 0 && len(parts) == len(items) {
		k.equal(ruleNarrThreePublic, stated(tot.Subject.String(), tot.Amount, tot.Decimals, tot.Line), parts)
		if allChanges {
			k.equal(ruleNarrThreePublic, stated(tot.Subject.String()+"的变动", tot.Change, tot.ChangeDecimals, tot.Line), changes)
		}
	}
	if v, p, r := n.Get(SubjectVehicle), n.Get(SubjectVehiclePurchase), n.Get(SubjectVehicleRunning); v != nil && p != nil && r != nil &&
		!wrong[SubjectVehicle] && !wrong[SubjectVehiclePurchase] && !wrong[SubjectVehicleRunning] {
		k.equal(ruleNarrThreePublic, stated(v.Subject.String(), v.Amount, v.Decimals, v.Line),
			[]ref{stated(p.Subject.String(), p.Amount, p.Decimals, p.Line), stated(r.Subject.String(), r.Amount, r.Decimals, r.Line)})
	}
}

// narrativeRunning: the 机关运行经费 stated against the "三公" table's, or
// against the 公用经费 of the 基本支出 table (not more than it).
func (k *checker) narrativeRunning(n *Narrative, ts *Tables) {
	st := n.Get(SubjectRunningCosts)
	if st == nil {
		return
	}
	if tp := ts.Get(KindThreePublic); tp != nil {
		if row := threePublicRow(tp); row != nil && !row.Cell(ColRunningCosts).IsAbsent() {
			k.compareStated(ruleNarrRunning, st, ref{t: tp, r: row, col: ColRunningCosts})
			return
		}
	}
	gb := ts.Get(KindGeneralBasic)
	if gb == nil || gb.Total() == nil || gb.Total().Cell(ColPublic).IsAbsent() {
		k.skippedID(ruleNarrRunning.ID, "neither the \"三公\" table's 机关运行经费 nor a 公用经费 total was read")
		return
	}
	pub := ref{t: gb, r: gb.Total(), col: ColPublic}
	at := stated(st.Subject.String(), st.Amount, st.Decimals, st.Line)
	n0 := len(k.out)
	k.sameRounded(ruleNarrRunning, at, st.Decimals, pub)
	if st.Amount.Cmp(pub.cell().OrZero()) <= 0 {
		for j := n0; j < len(k.out); j++ {
			if !k.out[j].WithinRounding {
				k.out[j].Severity = fiscal.SeverityInfo
				k.out[j].Message += " (less than 公用经费: expected where the budget includes units other than 行政 and 参公 units)"
			}
		}
	}
}

// narrativeItems checks each 功能分类 item against its row in the fund
// tables, against the budget-year figure stated with it, and its growth.
func (k *checker) narrativeItems(n *Narrative, ts *Tables) {
	for _, it := range n.Items {
		w := fiscal.Where{Part: "编制说明", Row: it.Code.String(), Line: it.Line}
		at := stated(it.Code.String()+" 预算", it.Amount, it.Decimals, it.Line)
		// The item's row: 财政拨款 by 功能分类, the fund tables summed.
		var rows []ref
		for _, kd := range []TableKind{KindGeneralFunction, KindFundFunction, KindCapitalFunction, KindAppropriationFunction} {
			if t := ts.Get(kd); t != nil {
				if r := t.FunctionRow(SideMain, it.Code); r != nil && !r.Cell(ColTotal).IsAbsent() {
					rows = append(rows, ref{t: t, r: r, col: ColTotal})
					if kd == KindAppropriationFunction {
						rows = rows[len(rows)-1:]
						break
					}
				}
			}
		}
		if it.Code.Level() == classify.Class && len(rows) > 0 && k.classOfAllSpending(ts, it) {
			// A 类 stated as its whole 支出预算 (all sources), not the
			// 财政拨款 part: it agrees with the 支出预算总表.
			rows = nil
		}
		n0 := len(k.out)
		k.itemAgainstTable(at, it.Decimals, rows)
		if hasError(k.out[n0:]) {
			if k.wrongItems == nil {
				k.wrongItems = map[string]bool{}
			}
			k.wrongItems[itemKey(it)] = true
		}
		if it.Planned != nil && *it.Planned != it.Amount {
			planned := stated(it.Code.String()+" 预算安排", *it.Planned, it.PlannedDecimals, it.Line)
			if k2 := (&checker{}); len(rows) > 0 {
				// The table decides which of the two is wrong: the 预算安排
				// figure, when it disagrees with the table, is reported
				// against it (the item's amount, above).
				k2.itemAgainstTable(planned, it.PlannedDecimals, rows)
				k.out = append(k.out, k2.out...)
			} else {
				k.same(ruleNarrItem, at, planned)
			}
		}
		k.narrativeItemSplit(it, ts)
		if it.HasGrowth && it.Prior == nil && it.Change != nil && !k.wrongItems[itemKey(it)] {
			k.namedGrowth(w, it)
		}
		if it.HasGrowth && it.Prior != nil {
			// The rate may have been computed from the item's amount or
			// from the 预算安排 figure when the two differ (reported
			// above): a rate that fits either is not reported again.
			planned, pd := it.Amount, it.Decimals
			if it.Planned != nil {
				planned, pd = *it.Planned, it.PlannedDecimals
			}
			n0 := len(k.out)
			k.growth(w, it, *it.Prior, it.PriorDecimals, planned, pd)
			if len(k.out) > n0 && it.Planned != nil && *it.Planned != it.Amount {
				k2 := &checker{}
				k2.growth(w, it, *it.Prior, it.PriorDecimals, it.Amount, it.Decimals)
				if len(k2.out) == 0 {
					k.out = k.out[:n0]
				}
			}
		}
	}
}

// itemKey names an item of the 编制说明 by its line and code.
func itemKey(it FunctionItem) string { return strconv.Itoa(it.Line) + "/" + it.Code.String() }

// hasError reports whether any of fs is an error.
func hasError(fs []fiscal.Finding) bool {
	for _, f := range fs {
		if f.Severity == fiscal.SeverityError {
			return true
		}
	}
	return false
}

// itemAgainstTable compares a figure stated for a 功能分类 item with its
// row (or rows, one per fund table, summed); a difference is an error.
func (k *checker) itemAgainstTable(at ref, decimals int, rows []ref) {
	n0 := len(k.out)
	switch {
	case len(rows) == 1:
		k.sameRounded(ruleNarrItem, at, decimals, rows[0])
	case len(rows) > 1:
		k.equal(ruleNarrItem, at, rows)
	}
	for j := n0; j < len(k.out); j++ {
		if k.out[j].Severity == ruleNarrItem.Severity {
			k.out[j].Severity = fiscal.SeverityError // a figure against its table
		}
	}
}

// classOfAllSpending reports whether a 类 item's amount is the 支出预算总表's
// 合计 for the class, rounded as stated: the statement is about the whole
// 支出预算 rather than its 财政拨款 part.
func (k *checker) classOfAllSpending(ts *Tables, it FunctionItem) bool {
	t := ts.Get(KindExpenditure)
	if t == nil {
		return false
	}
	r := t.FunctionRow(SideMain, it.Code)
	if r == nil {
		return false
	}
	a, ok := r.Cell(ColTotal).Amount()
	if !ok {
		return false
	}
	rounded, err := a.Round(fiscal.WanYuan, it.Decimals)
	return err == nil && rounded == it.Amount
}

// growth checks a stated growth rate against (b − a) / a, allowing for
// the rounding of a and b (half a unit of their last printed digits) and
// of the rate itself. A rate against a zero base is an error, and so is
// a rate outside the range the rounding allows.
func (k *checker) growth(w fiscal.Where, it FunctionItem, a fiscal.Amount, ad int, b fiscal.Amount, bd int) {
	k.growthWithin(w, it.Growth, it.GrowthNegative, a, ad, halfUnit(ad), b, bd, halfUnit(bd))
}

// halfUnit is half a unit of the d-th decimal.
func halfUnit(d int) *big.Rat {
	if d < 0 {
		// Coarser than the unit: 5 for −1, 50 for −2.
		return new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(5), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-d-1)), nil)), big.NewInt(1))
	}
	return new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Mul(big.NewInt(2), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil)))
}

// growthWithin is [checker.growth] for a rate growth (negative: 减少,
// 下降) from a to b, printed at ad and bd decimals and off by at most ha
// and hb.
func (k *checker) growthWithin(w fiscal.Where, growth string, negative bool, a fiscal.Amount, ad int, ha *big.Rat, b fiscal.Amount, bd int, hb *big.Rat) {
	if a.IsZero() {
		k.out = append(k.out, ruleNarrGrowth.Finding(w, "a growth of %s%% is stated against a previous figure of 0: growth from a zero base is not a percentage", growth))
		return
	}
	rate, ok := new(big.Rat).SetString(growth)
	if !ok {
		return
	}
	if negative {
		rate.Neg(rate)
	}
	rd := 0
	for i, c := range growth {
		if c == '.' {
			rd = len(growth) - i - 1
		}
	}
	half := halfUnit
	wan := func(x fiscal.Amount) *big.Rat {
		return new(big.Rat).SetFrac(big.NewInt(x.Fen()), big.NewInt(fiscal.WanYuan.Fen()))
	}
	ra, rb := wan(a), wan(b)
	pct := func(a, b *big.Rat) *big.Rat {
		r := new(big.Rat).Sub(b, a)
		r.Quo(r, a)
		return r.Mul(r, big.NewRat(100, 1))
	}
	// The extremes of (b − a)/a over the rounding of a and b.
	lo, hi := (*big.Rat)(nil), (*big.Rat)(nil)
	for _, da := range []*big.Rat{new(big.Rat).Neg(ha), ha} {
		for _, db := range []*big.Rat{new(big.Rat).Neg(hb), hb} {
			x := new(big.Rat).Add(ra, da)
			if x.Sign() <= 0 {
				continue
			}
			p := pct(x, new(big.Rat).Add(rb, db))
			if lo == nil || p.Cmp(lo) < 0 {
				lo = p
			}
			if hi == nil || p.Cmp(hi) > 0 {
				hi = p
			}
		}
	}
	if lo == nil {
		return
	}
	hr := half(rd)
	if new(big.Rat).Add(rate, hr).Cmp(lo) >= 0 && new(big.Rat).Sub(rate, hr).Cmp(hi) <= 0 {
		return
	}
	actual := pct(ra, rb)
	f := ruleNarrGrowth.Finding(w, "growth stated as %s%% but %s → %s gives %s%%", signed(growth, negative),
		fiscal.AmountFigure(a, fiscal.WanYuan, ad), fiscal.AmountFigure(b, fiscal.WanYuan, bd), actual.FloatString(max(rd, 2)))
	// Beyond the range above no figure the printed ones round from gives
	// the printed rate: an error, as the 决算's narr.growth is, however
	// near (a half-point band had let a rate copied from the line above
	// pass as a warning: '77.99万元 … 91.97万元 … 增加17.66%' for 17.93 % in
	// the Putuo budget). As there too, a rate off by one unit of its last
	// digit beyond the range, in the direction of the figures, is a
	// warning: truncated, or rounded the wrong way.
	unit := new(big.Rat).Add(hr, new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(rd)), nil)))
	if rate.Sign() == actual.Sign() && new(big.Rat).Add(rate, unit).Cmp(lo) >= 0 && new(big.Rat).Sub(rate, unit).Cmp(hi) <= 0 {
		f.Severity = fiscal.SeverityWarning
		f.Message += "; off by one unit of the last printed digit (truncated or rounded the wrong way)"
	}
	k.out = append(k.out, f)
}

func signed(g string, neg bool) string {
	if neg {
		return fmt.Sprintf("−%s", g)
	}
	return "+" + g
}

var yearRE = regexp.MustCompile(`(20\d\d)年`)

// yearOfTables is the budget year the tables' titles print ("2026年部门
// 财务收支预算总表"), or 0 when they disagree or print none.
func yearOfTables(ts *Tables) int {
	y := 0
	for _, t := range ts.All() {
		m := yearRE.FindStringSubmatch(t.Title)
		if m == nil {
			continue
		}
		v, _ := strconv.Atoi(m[1])
		if y != 0 && v != y {
			return 0
		}
		y = v
	}
	return y
}
