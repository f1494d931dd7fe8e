package parse

import (
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/reader"
)

// Coverage says what a reader read of the expected tables.
type Coverage struct {
	// Tables has one entry per expected table, found or not.
	Tables []reader.TableCoverage `json:"tables,omitempty"`
	// Uncertain lists the titles of tables holding rows whose figures fit
	// more than one column: no error is raised about them.
	Uncertain []string `json:"uncertain,omitempty"`
}

// Check returns every finding of the report: what could not be read, the
// text checks and the document's checks. A finding about a table listed
// as uncertain in the coverage (or comparing against one) is lowered to
// info and says why: its figures may sit in another column than the one
// assumed.
func (r *Result) Check(opts disclosure.CheckOptions) []fiscal.Finding {
	out := slices.Clone(r.Findings)
	for _, f := range r.Document.Check(opts) {
		if r.uncertain(f) {
			f.Severity = fiscal.SeverityInfo
			f.Message += " (not certain: " + strings.Join(r.Coverage.Uncertain, ", ") + " holds figures that fit more than one column)"
		}
		out = append(out, f)
	}
	fiscal.SortFindings(out)
	return out
}

// uncertain reports whether a finding concerns an uncertain table.
func (r *Result) uncertain(f fiscal.Finding) bool {
	if f.Severity == fiscal.SeverityInfo {
		return false
	}
	for _, t := range r.Coverage.Uncertain {
		if f.Where.Table == t || strings.Contains(f.Message, t) {
			return true
		}
	}
	return false
}
