package parse

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/forms"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/layout"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// isAligned reports whether text keeps its columns aligned with runs of
// spaces (reader/tables.IsAligned).
func isAligned(ls []text.Line) bool { return tables.IsAligned(tableLines(ls)) }

// tableRules are the layout parser's rules about tables: on text without
// column positions the tables are read by package reader instead, so
// these findings do not apply.
var tableRules = map[string]bool{
	"parse.layout.table.missing": true, "parse.layout.table.duplicate": true, "parse.layout.table.unit": true,
	"parse.layout.columns": true, "parse.layout.row.key": true, "parse.layout.cell": true, "parse.layout.line": true,
	"parse.layout.threepublic": true,
}

var (
	ruleFlowTable = fiscal.NewRule("parse.flow.table",
		"a table found but not read: its rows cannot be told apart without column positions",
		fiscal.ScopeParse, fiscal.SeverityWarning)
	ruleFlowUnread = fiscal.NewRule("parse.flow.figures",
		"figures of a table that could not be placed in a row",
		fiscal.ScopeParse, fiscal.SeverityWarning)
	ruleFlowThree = fiscal.NewRule("parse.flow.threepublic",
		"the \"三公\" table is found but not read (its figures fit more than one placement in its columns, or its columns are not the template's): its checks did not run",
		fiscal.ScopeParse, fiscal.SeverityInfo)
)

// FlowRules returns the rules of reading text without column positions.
func FlowRules() []fiscal.Rule { return []fiscal.Rule{ruleFlowTable, ruleFlowUnread, ruleFlowThree} }

// ParseFlow reads page text whose columns are not aligned: spacing
// collapsed to one space, empty cells dropped, names wrapped onto the
// lines around their row, one cell a line (pdftotext -raw or default,
// pdfplumber, text copied from a viewer or a web page). The tables are
// read by package reader (rows by code or label, figures assigned to
// columns by the tables' identities); the parts, the narrative and the
// facts as for layout text. Figures that fit more than one column are kept
// and listed in the result's Coverage; [Result.Check] reports no error
// from a table holding such rows.
func ParseFlow(data []byte) *Result {
	ls := lines(data)
	return parseFinal(ls, tableLines(ls), FormatFlow)
}

// parseFlow reads a 决算 report from its lines: tl for the tables (with
// their cells where the format gives them), ls for the rest.
func parseFlow(ls []text.Line, tl []tables.Line, format Format) *Result {
	l := layout.Parse(ls)
	doc := l.Document
	r := &Result{Format: format, Kind: KindFinal, Document: doc}
	for _, f := range l.Findings {
		if !tableRules[f.Rule] {
			r.Findings = append(r.Findings, f)
		}
	}
	if len(l.Forms) > 0 {
		r.takeForms(forms.ParsePage(l.Forms)) // the 绩效自评表 after the tables
	}
	ts, cov := reader.FinalTables(tl)
	notInContents(cov, ls)
	doc.Tables = ts
	r.Coverage.Tables = cov
	r.Coverage.Unmodelled = unmodelled(tl, append(reader.SummaryProfiles(), reader.FinalProfiles()...))
	for _, c := range cov {
		if c.Reason != "" {
			r.Findings = append(r.Findings, ruleFlowTable.Finding(fiscal.Where{Part: "表", Table: c.Title, Line: c.Line},
				"%s: %s", c.Title, c.Reason))
		}
		if len(c.Unread) > 0 {
			r.Findings = append(r.Findings, ruleFlowUnread.Finding(fiscal.Where{Part: "表", Table: c.Title, Line: c.Unread[0]},
				"%s: figures on %s could not be placed in a row", c.Title, lineList(c.Unread)))
		}
		r.Coverage.note(c)
	}
	// The layout reader places the "三公" figures by their columns, which
	// this text does not keep: package reader reads the table by its
	// headers, and by its sums where blank cells were dropped.
	basic := ts.Get(accounts.KindBasicExpenditure)
	if r.Coverage.uncertain[accounts.KindBasicExpenditure] || r.Coverage.unread[accounts.KindBasicExpenditure] {
		basic = nil
	}
	tp, tpCov := reader.ThreePublicTableWith(tl, basic)
	if tp != nil && doc.ThreePublic != nil {
		tp.Number, tp.Department, tp.Notes, tp.EmptyStatement = doc.ThreePublic.Number, doc.ThreePublic.Department, doc.ThreePublic.Notes, doc.ThreePublic.EmptyStatement
	}
	wasRead := doc.ThreePublic != nil
	doc.ThreePublic = tp
	r.Coverage.Tables = append(r.Coverage.Tables, tpCov)
	if tp == nil && (wasRead || tpCov.Found) {
		why := tpCov.Reason
		if why == "" {
			why = "it is not found"
		}
		r.Coverage.unreadTP = true
		if tpCov.Found {
			r.Coverage.Unread = append(r.Coverage.Unread, tpCov.Title)
		}
		r.Findings = append(r.Findings, ruleFlowThree.Finding(fiscal.Where{Part: "表", Table: tpCov.Title, Line: tpCov.Line},
			"the \"三公\" table is not read: %s", why))
	}
	r.finish(ls, l.Narrative)
	return r
}

// notInContents marks the tables found only as a 目录's entries, with no
// row, as not found: the entry is no table (a report listing its tables
// in its 目录 but printing none).
func notInContents(cov []reader.TableCoverage, ls []text.Line) {
	var contents map[int]bool
	for i, c := range cov {
		if !c.Found || c.Rows > 0 {
			continue
		}
		if contents == nil {
			contents = contentsLines(ls)
		}
		if contents[c.Line] {
			title := c.Title
			for _, p := range append(reader.SummaryProfiles(), reader.FinalProfiles()...) {
				if p.ID == c.Profile && len(p.Titles) > 0 {
					title = p.Titles[0] // the table's name, not the 目录's numbered entry
				}
			}
			cov[i] = reader.TableCoverage{Profile: c.Profile, Title: title}
		}
	}
}

// lineList says "line 5" or "lines 5, 7 and 9".
func lineList(ns []int) string {
	if len(ns) == 1 {
		return fmt.Sprintf("line %d", ns[0])
	}
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return "lines " + strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// unmodelled returns the titles of the tables the lines print that no
// profile describes, leaving out the parts read otherwise: the "三公" table
// and the performance forms.
func unmodelled(tl []tables.Line, profs []*profile.Table) []string {
	var out []string
	for _, t := range tables.OtherTables(tl, profs) {
		if !strings.Contains(t, "三公") && !strings.Contains(t, "绩效") {
			out = append(out, t)
		}
	}
	return out
}
