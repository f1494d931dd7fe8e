package parse

import (
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/cnfiscal/fiscal/threepublic"
)

// RuleRun says whether a rule could run on a report: a rule whose inputs
// (a table, the "三公" table, the narrative, last year's report) were not
// read did not run, and Reason says why. A rule that ran on a table the
// coverage lists as uncertain ran, but its findings are lowered to info.
type RuleRun struct {
	Rule   string `json:"rule"`
	Ran    bool   `json:"ran"`
	Reason string `json:"reason,omitempty"`
}

// FinalRules returns the rules [Result.Check] runs on a 决算: those of
// packages accounts (on published tables: not the ledger rules), threepublic,
// procurement, perf and disclosure.
func FinalRules() []fiscal.Rule {
	var out []fiscal.Rule
	for _, r := range accounts.Rules() {
		if !strings.HasPrefix(r.ID, "acc.ledger.") {
			out = append(out, r)
		}
	}
	out = append(out, threepublic.Rules()...)
	out = append(out, procurement.Rules()...)
	out = append(out, perf.Rules()...)
	out = append(out, disclosure.Rules()...)
	return out
}

// crossTables are the two tables each cross-table rule of package accounts
// compares.
var crossTables = map[string][2]accounts.TableKind{
	"acc.cross.summary-income":             {accounts.KindSummary, accounts.KindIncome},
	"acc.cross.summary-expenditure":        {accounts.KindSummary, accounts.KindExpenditure},
	"acc.cross.summary-appropriation":      {accounts.KindSummary, accounts.KindAppropriationSummary},
	"acc.cross.income-appropriation":       {accounts.KindIncome, accounts.KindAppropriationSummary},
	"acc.cross.appropriation-general":      {accounts.KindAppropriationSummary, accounts.KindGeneralBudget},
	"acc.cross.appropriation-govfund":      {accounts.KindAppropriationSummary, accounts.KindGovFund},
	"acc.cross.appropriation-statecapital": {accounts.KindAppropriationSummary, accounts.KindStateCapital},
	"acc.cross.general-basic":              {accounts.KindGeneralBudget, accounts.KindBasicExpenditure},
}

// tableFamilies maps the in-table rule families of package accounts to their
// table.
var tableFamilies = map[string]accounts.TableKind{
	"acc.summary.":      accounts.KindSummary,
	"acc.income.":       accounts.KindIncome,
	"acc.expenditure.":  accounts.KindExpenditure,
	"acc.approp.":       accounts.KindAppropriationSummary,
	"acc.general.":      accounts.KindGeneralBudget,
	"acc.basic.":        accounts.KindBasicExpenditure,
	"acc.govfund.":      accounts.KindGovFund,
	"acc.statecapital.": accounts.KindStateCapital,
}

// ruleRuns says, for every rule of a 决算, whether its inputs were read.
func ruleRuns(doc *disclosure.Document, c *Coverage, opts disclosure.CheckOptions) []RuleRun {
	table := func(k accounts.TableKind) string {
		switch {
		case c.unread[k]:
			return k.Title() + " could not be read"
		case doc.Tables == nil || doc.Tables.Get(k) == nil:
			return k.Title() + " not found"
		}
		return ""
	}
	anyTable := func() string {
		if doc.Tables == nil || len(doc.Tables.All()) == 0 {
			return "no table was read"
		}
		return ""
	}
	threePublic := func() string {
		switch {
		case doc.ThreePublic != nil:
			return ""
		case c.unreadTP:
			return "the \"三公\" table could not be read"
		}
		return "no \"三公\" table was found"
	}
	narrative := func() string {
		if len(doc.Narrative) == 0 {
			return "no narrative figure was read"
		}
		return ""
	}
	var out []RuleRun
	for _, r := range FinalRules() {
		id := r.ID
		why := ""
		switch {
		case strings.HasPrefix(id, "acc.structure."):
			why = anyTable()
		case strings.HasPrefix(id, "acc.cross."):
			if pair, ok := crossTables[id]; ok {
				if why = table(pair[0]); why == "" {
					why = table(pair[1])
				}
			} else {
				why = "its tables are not known to the coverage"
			}
		case strings.HasPrefix(id, "acc."):
			why = "its table is not known to the coverage"
			for prefix, k := range tableFamilies {
				if strings.HasPrefix(id, prefix) {
					why = table(k)
				}
			}
		case id == "tp.basic-items":
			if why = threePublic(); why == "" {
				why = table(accounts.KindBasicExpenditure)
			}
		case strings.HasPrefix(id, "tp.running."):
			switch {
			case doc.RunningCost == nil:
				why = "the narrative states no 机关运行经费"
			case id != "tp.running.within" && !doc.RunningCost.ClaimsEqualsPublic:
				// The equality (and the units it applies to) is checked
				// where the narrative claims it.
				why = "the narrative does not say that 机关运行经费 equals the 公用经费"
			default:
				why = table(accounts.KindBasicExpenditure)
			}
		case strings.HasPrefix(id, "tp."):
			why = threePublic()
		case strings.HasPrefix(id, "proc."):
			if doc.Procurement == nil {
				why = "no 政府采购 figures were read"
			}
		case strings.HasPrefix(id, "perf."), id == "disc.department-form":
			if doc.Performance == nil {
				why = "no performance self-evaluation form was read"
			} else if r, ok := perf.Unchecked(doc.Performance.Projects, doc.Performance.Department, opts.Perf)[id]; ok {
				why = r // a rule no form read lets run (forms issue 11)
			} else if id == "disc.department-form" {
				why = doc.DepartmentFormUnchecked()
			}
		case id == "narr.prior":
			if opts.Previous == nil {
				why = "last year's report was not given"
			}
		case id == "disc.explained-name":
			if len(doc.Explained) == 0 {
				why = "the 名词解释 explains no 功能分类 code"
			}
		case strings.HasPrefix(id, "narr."), strings.HasPrefix(id, "disc."):
			why = narrative()
		default:
			why = "not known to the coverage"
		}
		out = append(out, RuleRun{Rule: id, Ran: why == "", Reason: why})
	}
	return out
}
