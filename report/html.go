package report

import (
	_ "embed"
	"html/template"
	"io"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
)

//go:embed page.html.tmpl
var pageTemplate string

// page is parsed once; a parsed html/template is safe for concurrent use
// and never modified after this.
var page = template.Must(template.New("page").Funcs(template.FuncMap{
	"sevLabel": sevLabel,
	"figures":  figures,
}).Parse(pageTemplate))

// HTML writes one self-contained HTML page (inline CSS and JavaScript, no
// network access) showing the document's tables as read (the eight
// accounts tables and the "三公" table) and the sentences of its text that
// carry figures, with each finding highlighted beside the cell, row, table
// or sentence it concerns. The page has the counts by severity, filters by
// severity and by rule, and a list of the findings in the order given:
// clicking one scrolls to its cell and flashes it. Findings that point at
// nothing shown (a missing table, a line of text not read) are listed in a
// section of their own, so that every finding appears once on the page.
// Everything from the document is escaped (html/template).
func HTML(w io.Writer, doc *disclosure.Document, findings []fiscal.Finding, opt Options) error {
	m := build(doc, findings, opt)
	return page.Execute(w, view{model: m, Severities: severities})
}

// view is the template's data.
type view struct {
	*model
	Severities []string
}

// Notes returns the findings with the given indices.
func (v view) Notes(idx []int) []finding {
	out := make([]finding, 0, len(idx))
	for _, i := range idx {
		out = append(out, v.Findings[i])
	}
	return out
}

// IDs returns the note ids of the findings, space separated.
func (v view) IDs(idx []int) string {
	ids := make([]string, len(idx))
	for i, j := range idx {
		ids[i] = v.Findings[j].ID
	}
	return strings.Join(ids, " ")
}

// Worst returns the most serious severity among the findings, or "".
func (v view) Worst(idx []int) string {
	best := len(severities)
	for _, j := range idx {
		for r, s := range severities {
			if s == v.Findings[j].Sev && r < best {
				best = r
			}
		}
	}
	if best == len(severities) {
		return ""
	}
	return severities[best]
}

func sevLabel(s string) string {
	switch s {
	case "error":
		return "错误 error"
	case "warning":
		return "警告 warning"
	}
	return "提示 info"
}

// figures is the expected/actual/difference line of a finding, or "".
func figures(f fiscal.Finding) string {
	var parts []string
	add := func(name string, x fiscal.Figure) {
		if s := x.String(); s != "" {
			parts = append(parts, name+" "+s)
		}
	}
	add("expected", f.Expected)
	add("printed", f.Actual)
	add("difference", f.Difference)
	add("tolerance", f.Tolerance)
	if len(parts) == 0 {
		return ""
	}
	s := strings.Join(parts, ", ")
	if f.Unit != "" {
		s += " (" + f.Unit + ")"
	}
	if f.WithinRounding {
		s += "; within rounding"
	}
	return s
}
