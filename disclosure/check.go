package disclosure

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/cnfiscal/fiscal/threepublic"
	"strconv"
	"strings"
)

// CheckOptions configures [Document.Check].
type CheckOptions struct {
	// Previous is last year's document, for the cross-year checks; nil
	// skips them.
	Previous *Document
	Accounts accounts.CheckOptions
	Perf     perf.CheckOptions
	// Policy overrides rule severities, for every package's rules.
	Policy fiscal.Policy
}

// Check runs every rule on the document: the tables' structure and
// identities (package accounts), the "三公" table and its statistics, 机关运行
// 经费 against 公用经费, 政府采购, the performance forms and their totals
// against the tables, and every narrative statement against its source
// (and against last year's report when given). Findings come sorted.
func (d *Document) Check(opt CheckOptions) []fiscal.Finding {
	// Every check appends to one slice, on the stack while the findings
	// fit, copied once into the result (a finding is a few hundred bytes:
	// no slice of each check's own, joined after).
	var buf [128]fiscal.Finding
	all := buf[:0]
	if d.Tables != nil {
		// Not sorted on their own: the whole is sorted at the end.
		all = d.Tables.AppendCheck(all, opt.Accounts)
	}
	if t := d.ThreePublic; t != nil {
		all = append(all, t.Check()...)
		if d.Tables != nil {
			all = append(all, t.CheckBasicItems(d.Tables.BasicExpenditure)...)
		}
		all = append(all, threepublic.CheckStatistics(t.Actual.Expenses(), d.ThreePublicStatistics, fiscal.Where{Part: "情况说明", Row: "“三公”经费"})...)
	}
	if rc := d.RunningCost; rc != nil && d.Tables != nil && d.Tables.BasicExpenditure != nil {
		b := d.Tables.BasicExpenditure
		if row, ok := b.Named(accounts.SideMain, accounts.ItemPublicTotal); ok && !row.Cell(accounts.ColAmount).IsAbsent() {
			all = append(all, threepublic.CheckRunningCostWithin(rc.Amount, rc.Decimals, row.Cell(accounts.ColAmount).OrZero(), b.Decimals,
				fiscal.Where{Part: "情况说明", Row: "机关运行经费", Line: rc.Line})...)
		}
	}
	if rc := d.RunningCost; rc != nil && rc.ClaimsEqualsPublic && d.Tables != nil && d.Tables.BasicExpenditure != nil {
		b := d.Tables.BasicExpenditure
		if row, ok := b.Named(accounts.SideMain, accounts.ItemPublicTotal); ok {
			all = append(all, threepublic.CheckRunningCost(rc.Amount, rc.Decimals, row.Cell(accounts.ColAmount).OrZero(), b.Decimals,
				d.runningCostApplies(), fiscal.Where{Part: "情况说明", Row: "机关运行经费", Line: rc.Line})...)
		}
	}
	if p := d.Procurement; p != nil {
		s := *p
		if d.narrativeCovers(PartProcurement) {
			// The narrative's statements check the printed shares; once
			// is enough.
			s.SMEShare, s.MicroShareOfTotal, s.MicroShareOfSME = nil, nil, nil
			s.GoodsSMEShare, s.WorksSMEShare, s.ServicesSMEShare = nil, nil, nil
		}
		all = append(all, s.Check(fiscal.Where{Part: "情况说明 政府采购"})...)
	}
	if pf := d.Performance; pf != nil {
		all = perf.AppendCheckProjects(all, pf.Projects, opt.Perf)
		if pf.Department != nil {
			all = perf.AppendCheckDepartment(all, pf.Department, opt.Perf)
		}
		if exp := d.expenditureTotal(); exp != nil && len(pf.Projects) > 0 {
			v := exp.Cell(accounts.ColProject)
			total := perf.CheckProjectTotal(pf.Projects, v.OrZero(), fiscal.Where{Table: accounts.KindExpenditure.Title(), Part: d.Tables.Expenditure.Number, Row: "合计", Column: "项目支出", Line: exp.Line})
			if len(total) > 0 && !d.formsAreAll() && formsSpent(pf.Projects).Cmp(v.OrZero()) < 0 {
				// The report does not say that every project was evaluated
				// ("选取3个重点项目开展绩效自评", "对3个项目开展绩效自评", or
				// nothing): the forms' 执行数 are a part of 项目支出, no
				// more than it.
				total = nil
			}
			all = append(all, total...)
			if pf.Department != nil {
				all = append(all, d.checkDepartmentForm(*pf.Department, exp)...)
			}
		}
	}
	all = append(all, d.checkExplained(opt.Accounts.Functions)...)
	// The amounts of the narrative are read once, for the statements'
	// checks and the reviewer's (a stack buffer for a report's usual count).
	var amountBuf [256]statedAmount
	amounts := d.readAmounts(amountBuf[:0])
	var projects projectIndex // the project forms by name, for the statements
	var (
		fixes map[string]statedFix // amounts the narrative states that their tables print otherwise
		rates []int32              // the statements of rates found wrong, and their findings' indices
	)
	for i := range d.Narrative {
		s := &d.Narrative[i]
		n := len(all)
		all = d.appendStatement(all, s, i, opt.Previous, amounts, &projects)
		for j := n; j < len(all); j++ {
			if !all[j].Expected.IsZero() && all[j].Cells == nil {
				all[j].Cells = d.cellsOf(s)
			}
			if all[j].Severity != fiscal.SeverityInfo && (s.Kind == KindShare || s.Kind == KindCompletion || s.Kind == KindGrowth) {
				rates = append(rates, int32(i), int32(j))
			}
		}
		fixes = noteStated(fixes, s, i, amounts, all[n:])
	}
	for k := 0; k+1 < len(rates) && len(fixes) > 0; k += 2 {
		// A rate computed from the amount the narrative states beside it,
		// where the table's cell is the defect (its own check finds the
		// narrative's figure): the rate is right; the cell is wrong once,
		// reported by the table's check. (Where the table's figures agree
		// and the narrative's amount is wrong, a rate computed from it is
		// a wrong figure printed too, and stays.)
		s, f := &d.Narrative[rates[k]], &all[rates[k+1]]
		fix, ref, ok := d.holdsOverStated(s, fixes)
		if !ok {
			continue
		}
		if cell := d.appendRefCells(nil, ref); len(cell) == 1 && tableSays(all, cell[0], fix.amount, fix.decimals) {
			f.Severity = fiscal.SeverityInfo
			f.Message += "; it holds over the " + fix.text + " the narrative states (line " + strconv.Itoa(fix.line) +
				"), which the table's own check finds for " + cell[0].String() + ": the same defect as the table's"
		}
	}
	all = d.appendReviewer(all, amounts)
	if len(all) == 0 {
		return nil
	}
	// The policy applied in place (what Policy.Apply does to a copy), then
	// each finding moved once, in order, into a slice of their own.
	for i := range all {
		if s, ok := opt.Policy[all[i].Rule]; ok {
			all[i].Severity = s
		}
	}
	return fiscal.AppendSorted(make([]fiscal.Finding, 0, len(all)), all)
}

// runningCostApplies reports whether 机关运行经费 applies: some unit is 行政
// or 参公, or no unit's type is stated (the narrative's claim stands).
func (d *Document) runningCostApplies() bool {
	known := false
	for _, u := range d.Units {
		switch u.Type {
		case accounts.Administrative, accounts.CivilServiceManaged:
			return true
		case accounts.Institution:
			known = true
		}
	}
	return !known
}

// formsSpent is the sum of the project forms' 执行数.
func formsSpent(forms []perf.ProjectForm) fiscal.Amount {
	var sum fiscal.Amount
	for i := range forms { // by index: a form is large
		sum, _ = sum.Add(forms[i].Spent.Amount)
	}
	return sum
}

// formsAreAll reports whether the narrative says that every project was
// evaluated, so that the forms' 执行数 add up to 项目支出: a sentence about
// the evaluation (自评, 评价) saying 全面, 全部 or 所有 (or 占…项目支出…的
// 100%), and not naming selected projects (重点项目, 选取, 抽取, 部分项目).
func (d *Document) formsAreAll() bool {
	prev := ""
	for i := range d.Narrative {
		t := d.Narrative[i].Text
		if t == prev {
			continue // a sentence shared by consecutive statements, read once
		}
		prev = t
		if !mentionsEvaluation(t) {
			continue
		}
		selected := false
		for _, w := range []string{"重点项目", "选取", "抽取", "部分项目"} {
			selected = selected || strings.Contains(t, w)
		}
		all := strings.Contains(t, "全面") || strings.Contains(t, "全部") || strings.Contains(t, "所有") ||
			strings.Contains(t, "项目支出") && (strings.Contains(t, "100%") || strings.Contains(t, "100％"))
		if all && !selected {
			return true
		}
	}
	return false
}

// mentionsEvaluation reports whether t holds 自评 or 评价: a 评 (E8 AF 84)
// found by its last byte, which is rarer in Chinese text than its first,
// with 自 before it or 价 after it (the bytes strings.Contains compares).
func mentionsEvaluation(t string) bool {
	for i := 0; ; {
		j := strings.IndexByte(t[i:], 0x84)
		if j < 0 {
			return false
		}
		k := i + j // the last byte of a 评 at k−2
		if k >= 2 && t[k-2] == 0xE8 && t[k-1] == 0xAF && (strings.HasSuffix(t[:k-2], "自") || strings.HasPrefix(t[k+1:], "价")) {
			return true
		}
		i = k + 1
	}
}

// expenditureTotal returns the 合计 row of the 支出决算表.
func (d *Document) expenditureTotal() *accounts.Row {
	if d.Tables == nil || d.Tables.Expenditure == nil {
		return nil
	}
	r, ok := d.Tables.Expenditure.Named(accounts.SideMain, accounts.ItemTotal)
	if !ok {
		return nil
	}
	return r
}

// DepartmentFormUnchecked says why the department form's 基本支出 and
// 项目支出 cannot be compared with the 支出决算表 (disc.department-form),
// when a form and the table were read: "" when they can.
func (d *Document) DepartmentFormUnchecked() string {
	exp := d.expenditureTotal()
	if d.Performance == nil || d.Performance.Department == nil || exp == nil {
		return ""
	}
	return departmentFormScope(*d.Performance.Department, exp, d.Tables.Expenditure.Decimals)
}

// departmentFormScope says why a department form printing a budget block
// covers other money than the 支出决算表's 基本支出 and 项目支出, or "":
// its 基本支出 and 项目支出 are its block's, of the money the form covers,
// which may be less than the department's (财政拨款 only). They are
// compared only when its 全年执行数 is the table's 基本支出 + 项目支出.
func departmentFormScope(f perf.DepartmentForm, exp *accounts.Row, decimals int) string {
	if len(f.Uses) == 0 || f.Spent.Text == "" {
		return ""
	}
	both, err := exp.Cell(accounts.ColBasic).OrZero().Add(exp.Cell(accounts.ColProject).OrZero())
	tol, _ := half(decimalsOf(f.Spent.Text)).Add(half(decimals))
	diff, err2 := f.Spent.Amount.Sub(both)
	dist, err3 := diff.Abs()
	if err != nil || err2 != nil || err3 != nil || dist.Cmp(tol) > 0 {
		return "the 部门整体绩效自评表's 全年执行数 " + f.Spent.Text + " is not the 支出决算表's 基本支出 + 项目支出: the form covers other money"
	}
	return ""
}

// checkDepartmentForm compares the department form's 基本支出总额 and 项目支出
// 总额 with the 支出决算表's 合计 row.
func (d *Document) checkDepartmentForm(f perf.DepartmentForm, exp *accounts.Row) []fiscal.Finding {
	var out []fiscal.Finding
	t := d.Tables.Expenditure
	if departmentFormScope(f, exp, t.Decimals) != "" {
		return nil
	}
	for _, p := range []struct {
		name string
		m    perf.Money
		col  accounts.Column
	}{{"基本支出总额", f.BasicSpending, accounts.ColBasic}, {"项目支出总额", f.ProjectSpending, accounts.ColProject}} {
		if p.m.Text == "" {
			continue
		}
		w := f.Where()
		w.Row, w.Text = p.name, p.m.Text
		dp := decimalsOf(p.m.Text)
		tol, _ := half(dp).Add(half(t.Decimals))
		if fd, ok := ruleDeptForm.CompareAmounts(w, "部门整体绩效自评表 "+p.name+" against 支出决算表 合计 "+t.ColumnName(p.col),
			exp.Cell(p.col).OrZero(), p.m.Amount, tol, fiscal.Format{Unit: fiscal.WanYuan, Decimals: max(dp, t.Decimals)}); ok {
			out = append(out, fd)
		}
	}
	return out
}

// checkExplained compares the 类, 款 and 项 names the 名词解释 gives each
// code with the catalog's (nil: the embedded 2024 catalog).
func (d *Document) checkExplained(cat *classify.Catalog[classify.FunctionKind]) []fiscal.Finding {
	if len(d.Explained) == 0 {
		return nil
	}
	if cat == nil {
		cats, err := classify.Embedded(2024)
		if err != nil {
			return nil
		}
		cat = cats.Function
	}
	var out []fiscal.Finding
	for _, e := range d.Explained {
		for i, a := range append(e.Function.Ancestors(), e.Function) {
			if i >= len(e.Names) || e.Names[i] == "" {
				continue
			}
			want, ok := cat.Lookup(a)
			// Equal names normalise equal: most are printed as the catalog
			// spells them, and are not normalised.
			if !ok || want.Name == e.Names[i] || classify.NormalizeName(want.Name) == classify.NormalizeName(e.Names[i]) {
				continue
			}
			out = append(out, ruleExplained.Finding(fiscal.Where{Part: "名词解释", Row: a.String(), Text: e.Names[i], Line: e.Line},
				"%s %s is called %q (%s); the catalog and the tables name it %q", a.Level(), a, e.Names[i], a.Level(), want.Name))
		}
	}
	return out
}

// narrativeCovers reports whether a narrative share points into part p.
func (d *Document) narrativeCovers(p Part) bool {
	for i := range d.Narrative {
		if s := &d.Narrative[i]; s.Kind == KindShare && (s.Of.Part == p || s.Over.Part == p) {
			return true
		}
	}
	return false
}
