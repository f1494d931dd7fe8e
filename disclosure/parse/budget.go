package parse

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/layout"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// ReportKind says whether a report is a 决算 or a 预算: the reader/input
// kind, so that the two packages name one thing once. A Result's Kind is
// always KindFinal or KindBudget.
type ReportKind = input.ReportKind

// Report kinds.
const (
	KindFinal  = input.KindFinalAccounts // 决算: final accounts
	KindBudget = input.KindBudget        // 预算: a budget
)

var ruleBudgetTable = fiscal.NewRule("parse.budget.table",
	"a budget table found but not read (its checks did not run)",
	fiscal.ScopeParse, fiscal.SeverityInfo)

// BudgetRules returns the rules of reading a budget.
func BudgetRules() []fiscal.Rule { return []fiscal.Rule{ruleBudgetTable} }

// ParseBudget reads the text of a 预算 report, in any extraction: its
// tables by the budget profiles ([budget.Profiles]), each found by its
// title and read by package reader/tables, then built into [budget.Tables].
// The 决算 checks do not apply to it; [Result.Check] runs the budget's own
// identities. Tables found but not read (a two-sided summary, the "三公"
// table) are in the coverage and said as info.
func ParseBudget(data []byte) *Result {
	ls := lines(data)
	f := FormatLayout
	if !isAligned(ls) {
		f = FormatFlow
	}
	return parseBudget(ls, tableLines(ls), f)
}

// parseBudget reads a 预算 report from its lines: tl for the tables, ls
// for the rest. A file that holds a second report after the first (a
// 部门预算 followed by its units' 单位预算) is read as so many reports
// (splitReports), each checked on its own.
func parseBudget(ls []text.Line, tl []tables.Line, format Format) *Result {
	return splitReports(ls, tl, readTables, func(ls []text.Line, tl []tables.Line) *Result {
		return parseBudgetPart(ls, tl, format)
	})
}

// readTables counts the budget tables read from lines.
func readTables(tl []tables.Line) int {
	n := 0
	for _, t := range tables.Read(tl, budgetProfiles(), budgetOptions()) {
		if t.Reason == "" && len(t.Rows) > 0 {
			n++
		}
	}
	return n
}

// parseBudgetPart reads one 预算 report from its lines.
func parseBudgetPart(ls []text.Line, tl []tables.Line, format Format) *Result {
	l := layout.Parse(ls)
	doc := &disclosure.Document{Title: l.Document.Title, Department: l.Document.Department, Year: l.Document.Year}
	r := &Result{Format: format, Kind: KindBudget, Document: doc}
	read := tables.Read(tl, budgetProfiles(), budgetOptions())
	r.Coverage.Unmodelled = unmodelled(tl, budgetProfiles())
	var grids []profile.Grid
	for _, t := range read {
		c := reader.TableCoverage{Profile: t.Profile.ID, Title: t.Title, Found: true, Line: t.Line,
			Rows: len(t.Rows), Ambiguous: t.Ambiguous(), ByPrior: t.ByPrior, Unread: t.Unread, Reason: t.Reason}
		r.Coverage.Tables = append(r.Coverage.Tables, c)
		if c.Ambiguous > 0 || len(c.Unread) > 0 {
			// budget's checks raise no error from an ambiguous row.
			r.Coverage.Uncertain = append(r.Coverage.Uncertain, c.Title)
		}
		if c.Reason != "" {
			r.Findings = append(r.Findings, ruleBudgetTable.Finding(fiscal.Where{Part: "表", Table: t.Title, Line: t.Line},
				"%s: %s", t.Title, c.Reason))
			continue
		}
		grids = append(grids, t.Grid)
	}
	bt, fs := budget.FromGrids(grids)
	r.Budget = bt
	r.Findings = append(r.Findings, fs...)
	// The 编制说明 against itself and the tables (package budget's rules).
	narr := budget.ReadNarrative(textByLine(ls))
	r.Stats.Narrative = narr.Figures()
	nfs, nskipped := budget.CheckNarrative(narr, bt, doc.Year, budget.CheckOptions{})
	r.Findings = append(r.Findings, nfs...)
	for _, s := range nskipped {
		r.Coverage.Skipped = append(r.Coverage.Skipped, s.Rule+": "+s.Reason)
	}
	for _, f := range CheckText(ls, doc) {
		// Only what the text itself carries applies to a budget: the
		// 决算 parts and tables it is checked for are not a budget's.
		if f.Rule == rulePlaceholder.ID || f.Rule == rulePunctuation.ID {
			r.Findings = append(r.Findings, f)
		}
	}
	r.Stats.Lines = len(ls)
	for _, t := range read {
		if t.Reason == "" && len(t.Rows) > 0 {
			r.Stats.Tables++
			r.Stats.Rows += len(t.Rows)
		}
	}
	fiscal.SortFindings(r.Findings)
	return r
}

// tableLines converts text lines for package reader/tables.
func tableLines(ls []text.Line) []tables.Line {
	out := make([]tables.Line, len(ls))
	for i, x := range ls {
		out[i] = tables.Line{N: x.N, Text: x.Text}
	}
	return out
}

// textByLine returns the text of each line at its number (line n at
// index n-1).
func textByLine(ls []text.Line) []string {
	var out []string
	for _, l := range ls {
		for len(out) < l.N {
			out = append(out, "")
		}
		if l.N > 0 {
			out[l.N-1] = l.Text
		}
	}
	return out
}

// isBudget reports whether decoded text is a 预算 report.
func isBudget(data []byte) bool { return input.KindOf(data) == input.KindBudget }

// budgetFindings are the budget's checks, with the checks that could not
// run kept in the coverage.
func (r *Result) budgetFindings() []fiscal.Finding {
	fs, skipped := r.Budget.Check(budget.CheckOptions{})
	for _, s := range skipped {
		r.Coverage.Skipped = append(r.Coverage.Skipped, s.Rule+": "+s.Reason)
	}
	// The other reports of the same file, each against its own tables.
	for _, p := range r.Coverage.others {
		pfs, pskipped := p.Budget.Check(budget.CheckOptions{})
		fs = append(fs, pfs...)
		for _, s := range pskipped {
			r.Coverage.Skipped = append(r.Coverage.Skipped, s.Rule+": "+s.Reason)
		}
	}
	return fs
}

// budgetProfiles are the budget tables' profiles, the two-sided summaries
// with their 收入 and 支出 halves spelt out.
func budgetProfiles() []*profile.Table {
	two := budget.TwoSidedProfiles()
	ids := map[string]bool{}
	for _, p := range two {
		ids[p.ID] = true
	}
	var out []*profile.Table
	for _, p := range budget.Profiles() {
		if !ids[p.ID] {
			out = append(out, p)
		}
	}
	return append(out, two...)
}

// budgetOptions identify the labels of the two-sided summaries (items and
// 功能分类 类 names), once per reading.
func budgetOptions() tables.Options {
	fn := reader.NewestCatalogs().Function
	type labelled struct {
		code, key string
		sides     []string
	}
	cache := map[string]labelled{}
	return tables.Options{
		Label: func(_ *profile.Table, label string) (string, string, []string) {
			if v, ok := cache[label]; ok {
				return v.code, v.key, v.sides
			}
			code, key, sides := budget.LabelSides(fn, label)
			cache[label] = labelled{code, key, sides}
			return code, key, sides
		},
		// A reading of a two-sided summary holds when the budget's own
		// checks find no error in it.
		Validate: func(g *profile.Grid) bool {
			bt, _ := budget.FromGrids([]profile.Grid{*g})
			fs, _ := bt.Check(budget.CheckOptions{})
			for _, f := range fs {
				if f.Severity == fiscal.SeverityError {
					return false
				}
			}
			return true
		},
	}
}
