package reader

import (
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// TableCoverage says what was read of one expected table.
type TableCoverage struct {
	Profile   string `json:"profile"`        // the profile ID ("final.income")
	Title     string `json:"title"`          // the title as printed, or the profile's first title when not found
	Found     bool   `json:"found"`          // the title was found
	Line      int    `json:"line,omitempty"` // the title's line
	Rows      int    `json:"rows"`           // rows read
	Ambiguous int    `json:"ambiguous"`      // rows whose figures fit more than one assignment: no error is raised from them
	// AmbiguousRows are those rows' keys: the code of a coded row, the
	// named row's key ("total") of another.
	AmbiguousRows []string `json:"ambiguous_rows,omitempty"`
	ByPrior       int      `json:"by_prior"`         // rows placed in the usual columns among several fitting assignments
	Unread        []int    `json:"unread,omitempty"` // lines whose figures could not be placed
	Reason        string   `json:"reason,omitempty"` // why the table could not be read, when it was found but not read
}

// FinalTables reads the eight 决算 tables from lines of any extraction:
// the two-sided summaries first (the 总表's income rows then say which
// columns of the 收入决算表 are used), then the coded tables. Tables with
// ambiguous rows are returned with their most likely figures; the
// coverage says which.
func FinalTables(lines []tables.Line) (*accounts.Tables, []TableCoverage) {
	cats := NewestCatalogs()
	fn := cats.Function
	lb := labeler{fn: fn, cache: map[labelKey]labelled{}}
	opts := tables.Options{Label: lb.label, Validate: validSummary(cats)}
	if fn != nil {
		eco := cats.Economic
		opts.Name = func(key profile.RowKey, code string) string {
			switch key {
			case profile.KeyFunction:
				if c, err := classify.ParseFunction(code); err == nil {
					return fn.Name(c)
				}
			case profile.KeyEconomic:
				if c, err := classify.ParseEconomic(code); err == nil && eco != nil {
					return eco.Name(c)
				}
			}
			return ""
		}
	}
	ts := &accounts.Tables{}
	var cov []TableCoverage
	add := func(read []*tables.Table) {
		for _, t := range read {
			c := TableCoverage{Profile: t.Profile.ID, Title: t.Title, Found: true, Line: t.Line,
				Rows: len(t.Rows), Ambiguous: t.Ambiguous(), AmbiguousRows: t.AmbiguousRows(), ByPrior: t.ByPrior, Unread: t.Unread, Reason: t.Reason}
			cov = append(cov, c)
			if t.Reason != "" {
				continue
			}
			var at *accounts.Table
			var ok bool
			if len(t.Profile.Sides) > 0 {
				at, ok = summaryTable(&t.Grid)
			} else {
				at, ok = accountsTable(&t.Grid)
			}
			if ok {
				ts.Set(at)
			}
		}
	}
	coded := FinalProfiles()
	sopts := opts
	sopts.Others = coded
	summaries := tables.Read(lines, SummaryProfiles(), sopts)
	for _, s := range summaries {
		switch s.Profile.ID {
		case "final.summary":
			for _, p := range coded {
				if p.ID == "final.income" {
					opts.Evidence = append(opts.Evidence, incomeEvidence(&s.Grid, p))
				}
			}
		case "final.appropriation-summary":
			opts.Evidence = append(opts.Evidence, fundEvidence(s, "gov-fund"), fundEvidence(s, "state-capital"))
		}
	}
	read := onePerProfile(tables.Read(lines, coded, opts))
	for _, s := range summaries {
		if s.Profile.ID == "final.appropriation-summary" {
			settleAppropriation(s, read)
		}
	}
	add(summaries)
	add(read)
	// Expected tables not found.
	seen := map[string]bool{}
	for _, c := range cov {
		seen[c.Profile] = true
	}
	for _, p := range append(SummaryProfiles(), coded...) {
		if !seen[p.ID] {
			cov = append(cov, TableCoverage{Profile: p.ID, Title: p.Titles[0]})
		}
	}
	return ts, cov
}

// onePerProfile keeps, of the tables read under one profile, the one whose
// rows carry most codes of the profile's classification. Some sets print
// two tables whose titles the profile matches (Sichuan's 13 tables: the
// 一般公共预算财政拨款支出决算表 by 功能分类 and the …支出决算明细表 by 经济
// 分类; a 国有资本经营 收入支出 table and a 支出 table): the other is not this
// table. Continuation pages are joined before this.
func onePerProfile(read []*tables.Table) []*tables.Table {
	best := map[string]int{} // profile ID → index in out
	var out []*tables.Table
	for _, t := range read {
		i, seen := best[t.Profile.ID]
		if !seen {
			best[t.Profile.ID] = len(out)
			out = append(out, t)
			continue
		}
		if keyRows(t) > keyRows(out[i]) {
			out[i] = t
		}
	}
	return out
}

// keyRows counts the rows of a table read (not unread) whose code is one
// of its profile's classification.
func keyRows(t *tables.Table) int {
	if t.Reason != "" {
		return -1
	}
	n := 0
	for _, r := range t.Rows {
		if r.Code == "" {
			continue
		}
		var err error
		switch t.Profile.Key {
		case profile.KeyFunction:
			_, err = classify.ParseFunction(r.Code)
		case profile.KeyEconomic:
			_, err = classify.ParseEconomic(r.Code)
		}
		if err == nil {
			n++
		}
	}
	return n
}

// NewestCatalogs returns the embedded catalogs of the newest edition (nil
// catalogs when they cannot be loaded: names are then not checked).
func NewestCatalogs() classify.Catalogs {
	eds := classify.Editions()
	if len(eds) == 0 {
		return classify.Catalogs{}
	}
	c, err := classify.Embedded(eds[len(eds)-1])
	if err != nil {
		return classify.Catalogs{}
	}
	return c
}

// validSummary returns whether a two-sided table as read satisfies its
// own identities: no error finding of the accounts checks about it.
func validSummary(cats classify.Catalogs) func(g *profile.Grid) bool {
	opts := accounts.CheckOptions{Functions: cats.Function, Economics: cats.Economic}
	return func(g *profile.Grid) bool {
		t, ok := summaryTable(g)
		if !ok {
			return false
		}
		ts := &accounts.Tables{}
		ts.Set(t)
		// A sum over the 类 rows depends on where an ambiguous row's
		// figures go (2,000.00 under 合计 and one fund: which fund?): it
		// cannot judge a reading holding one.
		ambiguous := slices.ContainsFunc(g.Rows, func(r profile.Row) bool { return r.Ambiguous })
		for _, f := range ts.Check(opts) {
			if f.Severity != fiscal.SeverityError || strings.HasPrefix(f.Rule, "acc.structure") {
				continue
			}
			if ambiguous && (f.Rule == accounts.RuleAppropriationExpenditureTotal || f.Rule == accounts.RuleSummaryExpenditureTotal) {
				continue
			}
			return false
		}
		return true
	}
}
