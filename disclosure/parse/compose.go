package parse

import (
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/cnfiscal/fiscal/reader/tables"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/forms"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/layout"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/narrative"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/wordtext"
)

// Rules returns every rule of the parsers: what could not be read (scope
// parse) and what only the text carries (scope text).
func Rules() []fiscal.Rule {
	var out []fiscal.Rule
	out = append(out, wordtext.Rules()...)
	out = append(out, layout.Rules()...)
	out = append(out, forms.Rules()...)
	out = append(out, narrative.Rules()...)
	out = append(out, TextRules()...)
	return dedupe(out)
}

func dedupe(rs []fiscal.Rule) []fiscal.Rule {
	seen := map[string]bool{}
	var out []fiscal.Rule
	for _, r := range rs {
		if !seen[r.ID] {
			seen[r.ID] = true
			out = append(out, r)
		}
	}
	return out
}

// wordTableRules are the word-text reader's findings about a table's
// reading: a table package reader read instead is not concerned by them.
var wordTableRules = map[string]bool{
	"parse.table.unit": true, "parse.table.columns": true, "parse.table.norows": true, "parse.row.width": true,
	"parse.row.key": true, "parse.row.unnamed": true, "parse.row.seq": true, "parse.cell": true,
}

// ParseWordText reads a word processor's text export of a report (one
// table cell per line, cells starting with a tab): the tables, the parts,
// the performance forms and the narrative statements. Where the word-text
// reader could not read a table (a finding about a table's reading), the
// tables are read again by package reader and each it reads with
// certainty is taken. A file holding several reports one after another
// has each read on its own (as [ParseLayout] does).
func ParseWordText(data []byte) *Result {
	ls := lines(data)
	return splitReports(ls, tableLines(ls), finalTablesRead, func(ls []text.Line, _ []tables.Line) *Result {
		return parseWordText(ls)
	})
}

// parseWordText reads one report of a word processor's text export.
func parseWordText(ls []text.Line) *Result {
	w := wordtext.Parse(ls)
	doc := w.Document
	r := &Result{Format: FormatWordText, Kind: KindFinal, Document: doc}
	var replaced map[string]bool
	if tableTrouble(w.Findings) {
		// The word-text reader could not read some table: package reader
		// reads them all again, and its certain tables are taken.
		replaced = readerFirst(doc, tableLines(ls), &r.Coverage)
	} else {
		r.Coverage.Tables = coverageOf(doc.Tables)
	}
	if doc.Tables != nil {
		r.Coverage.Tables = append(r.Coverage.Tables, threePublicCoverage(doc, ls))
	}
	for _, f := range w.Findings {
		if wordTableRules[f.Rule] && replaced[f.Where.Table] {
			continue
		}
		r.Findings = append(r.Findings, f)
	}
	f := forms.Parse(w.Forms)
	if f.Department != nil || len(f.Projects) > 0 {
		doc.Performance = &disclosure.Performance{Department: f.Department, Projects: f.Projects}
	}
	r.Findings = append(r.Findings, f.Findings...)
	r.finish(ls, w.Narrative)
	return r
}

// ParseLayout reads pdftotext -layout text of a report: its tables by
// package reader (rows by code or label, figures by identity and by the
// columns the spacing keeps), its parts, narrative and facts by the layout
// reader, as [ParseFlow] does. (The layout reader's own table reading, by
// column positions, is no longer used: the table reader reads the corpus
// reports as well — the Putuo 基本支出 table's two blocks side by side
// included — and says where it is unsure.)
func ParseLayout(data []byte) *Result {
	ls := lines(data)
	return parseFinal(ls, tableLines(ls), FormatLayout)
}

// tableTrouble reports whether a format's reader said it could not read a
// table, or a row or cell of one.
func tableTrouble(fs []fiscal.Finding) bool {
	for _, f := range fs {
		if wordTableRules[f.Rule] && f.Severity != fiscal.SeverityInfo {
			return true
		}
	}
	return false
}

// coverageOf lists the eight tables as a format's own reader read them.
func coverageOf(ts *accounts.Tables) []reader.TableCoverage {
	var out []reader.TableCoverage
	for _, p := range append(reader.SummaryProfiles(), reader.FinalProfiles()...) {
		c := reader.TableCoverage{Profile: p.ID, Title: p.Titles[0]}
		if k, ok := reader.FinalKind(p.ID); ok && ts != nil {
			if t := ts.Get(k); t != nil {
				c.Title, c.Found, c.Rows = t.Title, true, len(t.Rows)
			}
		}
		out = append(out, c)
	}
	return out
}

// readerFirst reads the 决算 tables again with package reader (rows by
// code or label, figures by identity and position) and takes every table
// it reads with certainty in place of the one a format's own reader gave
// (keeping that one's number, department and row names); the others stay
// as that reader read them. It fills the coverage and returns the titles
// of the tables replaced (their old reader's findings no longer apply).
func readerFirst(doc *disclosure.Document, tl []tables.Line, cov *Coverage) map[string]bool {
	replaced := map[string]bool{}
	if doc.Tables == nil {
		return replaced
	}
	ts, tcov := reader.FinalTables(tl)
	for _, c := range tcov {
		k, ok := reader.FinalKind(c.Profile)
		if !ok || !c.Found || c.Reason != "" || c.Ambiguous > 0 || len(c.Unread) > 0 || ts.Get(k) == nil {
			// The format's own reader's table.
			if ok {
				if old := doc.Tables.Get(k); old != nil {
					c = reader.TableCoverage{Profile: c.Profile, Title: old.Title, Found: true, Line: c.Line, Rows: len(old.Rows)}
				}
			}
			cov.Tables = append(cov.Tables, c)
			continue
		}
		cov.Tables = append(cov.Tables, c)
		t := ts.Get(k)
		if old := doc.Tables.Get(k); old != nil && sameValues(t, old) {
			// Both read the same money: the format's reader also knows
			// which blank cells print a 0.
			replaced[old.Title] = true
			continue
		}
		if old := doc.Tables.Get(k); old != nil {
			replaced[old.Title] = true
			t.Number, t.Department = old.Number, old.Department
			keepNames(t, old)
		} else {
			// A title the format's reader does not know ("支出决算总表"):
			// its findings about the missing table do not apply.
			replaced[k.Title()] = true
		}
		doc.Tables.Set(t)
	}
	return replaced
}

// sameValues reports whether two readings of a table hold the same rows
// with the same amounts (a blank and a printed 0 alike).
func sameValues(a, b *accounts.Table) bool {
	if len(a.Rows) != len(b.Rows) {
		return false
	}
	for i := range a.Rows {
		ra, rb := &a.Rows[i], &b.Rows[i]
		if ra.Key() != rb.Key() {
			return false
		}
		for c := range ra.Cells {
			if ra.Cells[c].OrZero() != rb.Cells[c].OrZero() {
				return false
			}
		}
	}
	return true
}

// threePublicCoverage returns the coverage entry of the "三公" table the
// format's own reader read or, when it read none, the one package reader
// reads by its headers and sums (which then becomes the document's).
func threePublicCoverage(doc *disclosure.Document, ls []text.Line) reader.TableCoverage {
	if old := doc.ThreePublic; old != nil {
		return reader.TableCoverage{Profile: reader.ThreePublicProfile, Title: old.Title, Found: true, Line: old.Line, Rows: 1}
	}
	tp, c := reader.ThreePublicTable(tableLines(ls)) // the lines converted only when read
	doc.ThreePublic = tp
	return c
}

// finish extracts the narrative statements from the narrative's lines,
// drops the template's placeholder rows from the tables, runs the text
// checks, counts, and sorts the findings.
func (r *Result) finish(ls, narrativeLines []text.Line) {
	doc := r.Document
	n := narrative.Extract(narrativeLines, doc)
	doc.Narrative = n.Statements
	r.Findings = append(r.Findings, n.Findings...)
	r.Findings = append(r.Findings, n.Checks...) // the narrative text checks (disclosure.CheckNarrativeText)
	dropPlaceholderRows(doc)
	r.Findings = append(r.Findings, CheckText(ls, doc)...)
	if a := tablesApart(ls); a != nil {
		r.Coverage.apart = a.N
	}
	r.Stats = countDocument(doc)
	r.Stats.Lines = len(ls)
	for _, f := range r.Findings {
		switch {
		case f.Rule == "parse.narrative.unattributed":
			r.Stats.Unresolved++
		case strings.HasPrefix(f.Rule, "parse."):
			r.Stats.Unread++
		}
	}
	fiscal.SortFindings(r.Findings)
}

// dropPlaceholderRows removes rows whose code is a template placeholder
// ("…", "………"): they are not rows of a report, and the text check reports
// the placeholder.
func dropPlaceholderRows(doc *disclosure.Document) {
	if doc.Tables == nil {
		return
	}
	for _, t := range doc.Tables.All() {
		kept := t.Rows[:0]
		for _, row := range t.Rows {
			if row.Code != "" && strings.Trim(row.Code, "….。 ") == "" && row.Item == 0 {
				continue
			}
			kept = append(kept, row)
		}
		t.Rows = kept
	}
}

// keepNames gives the rows of t the names and 行次 the format's own reader
// read for the same rows in old (the layout reader places the pieces of a
// wrapped name by their columns, which text without positions cannot),
// and t the notes, printed columns and headers of old.
func keepNames(t, old *accounts.Table) {
	type printed struct {
		name string
		seq  int
	}
	rows := map[string]printed{}
	for i := range old.Rows {
		rows[old.Rows[i].Key()] = printed{old.Rows[i].Name, old.Rows[i].Seq}
	}
	for i := range t.Rows {
		if p, ok := rows[t.Rows[i].Key()]; ok {
			if p.name != "" {
				t.Rows[i].Name = p.name
			}
			if t.Rows[i].Seq == 0 {
				t.Rows[i].Seq = p.seq
			}
		}
	}
	// What the table prints besides its rows: its notes, the columns it
	// prints and their headers as printed.
	if t.Notes == nil {
		t.Notes = old.Notes
	}
	if t.Columns == nil {
		t.Columns = old.Columns
	}
	if t.Headers == nil {
		t.Headers = old.Headers
	}
}
