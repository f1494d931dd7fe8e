package forms

import (
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/perf"
)

// Rule IDs of the findings of [Parse]. Every one is of scope
// [fiscal.ScopeParse].
const (
	RuleUnread    = "parse.form.unread"    // a non-empty cell of a form that no field takes
	RuleMissing   = "parse.form.missing"   // a part of the form not printed (a truncated form)
	RuleRow       = "parse.form.row"       // a row whose cells do not line up with its header
	RuleMoney     = "parse.form.money"     // a figure of money that cannot be read
	RuleDuplicate = "parse.form.duplicate" // a field, or the department form, printed twice
	RuleUnknown   = "parse.form.unknown"   // a table called a 自评表 that is neither kind of form
	RuleText      = "parse.form.text"      // a paragraph cutting a form in two
	RuleUnit      = "parse.form.unit"      // no unit of money printed: 万元 assumed
)

// rules returns the rules; a function, so that no caller can change them.
func rules() []fiscal.Rule {
	return []fiscal.Rule{
		{ID: RuleUnread, Title: "every non-empty cell of a self-evaluation form is read into a field", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning},
		{ID: RuleMissing, Title: "a self-evaluation form prints each of its parts", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning},
		{ID: RuleRow, Title: "a row of a form has as many cells as its header", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning},
		{ID: RuleMoney, Title: "预算数, 执行数 and the department's totals read as money", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning},
		{ID: RuleDuplicate, Title: "a field of a form, and the department form, are printed once", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning},
		{ID: RuleUnknown, Title: "a table called a 自评表 is a project or a department form", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning},
		{ID: RuleText, Title: "no paragraph cuts a form in two", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityWarning},
		{ID: RuleUnit, Title: "a form names its unit of money (万元 is assumed)", Scope: fiscal.ScopeParse, Severity: fiscal.SeverityInfo},
	}
}

// Rules lists the rules of the findings of [Parse], in a new slice.
func Rules() []fiscal.Rule { return rules() }

// rule returns the rule with the given ID.
func rule(id string) fiscal.Rule {
	for _, r := range rules() {
		if r.ID == id {
			return r
		}
	}
	return fiscal.Rule{ID: id, Scope: fiscal.ScopeParse}
}

// Result is what [Parse] read: the forms, in the order printed, and what it
// could not read.
type Result struct {
	Department *perf.DepartmentForm // the 部门整体绩效自评表, nil when none is printed
	Projects   []perf.ProjectForm   // the 项目支出绩效自评表
	Findings   []fiscal.Finding     // what could not be read, in the order met
	Stats      Stats                // what was read and what was not
}

// Stats counts what [Parse] read and what it could not.
type Stats struct {
	Seen   int // tables that are forms or are called a 自评表, read or not
	Forms  int // forms read, the department form included
	Rows   int // indicator rows read
	Cells  int // non-empty cells read: values, labels, headers and notes
	Unread int // cells, paragraphs and tables that could not be read; each is a finding
}

// Parse reads the 绩效自评表 in lines of a word-processor text export (the
// attachments part of a report, or the whole report). It never panics:
// whatever it cannot read becomes a [fiscal.Finding] (scope
// [fiscal.ScopeParse], rule IDs "parse.form.*", with Where.Line and
// Where.Text) — nothing is dropped silently. Tables that are not forms are
// left to other readers.
func Parse(lines []text.Line) Result {
	return parseSegments(splitTitles(splitSegments(splitBlocks(lines))))
}

// parseSegments reads the forms in tables, whichever text they came from.
func parseSegments(segs []*segment) Result {
	var res Result
	var last *reader // the form read last, which a cut table may continue
	for _, s := range segs {
		k := classify(s)
		if k != kindNone {
			res.Stats.Seen++
		}
		switch k {
		case kindProject, kindDepartment:
			if last != nil {
				last.finish()
			}
			last = newReader(&res, k, s)
			last.read(s.blocks)
		case kindUnknown:
			if last != nil {
				last.finish()
				last = nil
			}
			where := fiscal.Where{Part: "绩效自评表", Line: s.blocks[0].line()}
			if i := firstRow(s.blocks); i >= 0 {
				b := s.blocks[i]
				where.Line, where.Text = b.cells[b.first()].line, b.cells[b.first()].text
			}
			if t := s.heading; t != nil {
				where.Line, where.Text = t.N, text.Trim(t.Text)
			}
			res.finding(RuleUnknown, where, "a table called a 自评表 that is neither a project nor a department form")
			res.Stats.Unread++
		default:
			if last != nil && !last.complete && continues(s) {
				for _, l := range s.free {
					if text.Trim(l.Text) == "" {
						continue
					}
					last.findingAt(RuleText, l.N, text.Trim(l.Text), "", "a paragraph inside the form; it is not read")
					res.Stats.Unread++
				}
				last.read(s.blocks)
				continue
			}
			if last != nil {
				last.finish()
				last = nil
			}
		}
	}
	if last != nil {
		last.finish()
	}
	return res
}

// finding appends a finding of rule id.
func (res *Result) finding(id string, w fiscal.Where, format string, args ...any) {
	res.Findings = append(res.Findings, rule(id).Finding(w, format, args...))
}

// kind is what a table is.
type kind uint8

const (
	kindNone       kind = iota // not a form
	kindProject                // a 项目支出绩效自评表
	kindDepartment             // a 部门整体绩效自评表
	kindUnknown                // called a 自评表, but neither
)

// classify tells what a table is from its labels, its headers and the
// words of its heading and title.
func classify(s *segment) kind {
	var labels [fName + 1]bool
	evidence := false // the table shows it is a self-evaluation
	var words string
	if s.heading != nil {
		words = norm(s.heading.Text)
	}
	if i := firstRow(s.blocks); i >= 0 {
		if t, ok := titleOf(s.blocks[i]); ok {
			words += norm(t)
		}
	}
	for _, b := range s.blocks {
		if b.isHdr && b.hdr.actual >= 0 {
			evidence = true
		}
		for _, c := range b.cells {
			labels[c.f] = true
			if c.f == fBudget {
				for _, c := range b.cells {
					if strings.Contains(norm(c.text), "执行数") {
						evidence = true
					}
				}
			}
		}
	}
	if strings.Contains(words, "自评") {
		evidence = true
	}
	dept := labels[fBasic] || labels[fProjectSpending]
	switch {
	case dept && labels[fProject] && evidence:
		// Both kinds' labels: the heading and title decide.
		if strings.Contains(words, "部门整体") {
			return kindDepartment
		}
		return kindProject
	case dept && evidence:
		return kindDepartment
	case labels[fProject] && evidence:
		return kindProject
	case !strings.Contains(words, "自评表"):
		return kindNone
	case strings.Contains(words, "部门整体"):
		return kindDepartment
	case strings.Contains(words, "项目"):
		return kindProject
	}
	return kindUnknown
}

// firstRow returns the index of the first row with text, or -1.
func firstRow(bs []*block) int {
	for i, b := range bs {
		if !b.empty() {
			return i
		}
	}
	return -1
}

// continues reports whether a table that is no form by itself carries on
// the form above it: it holds the form's later labels (偏差, 改进, 总分,
// 备注), an indicator header, or its first row is shaped as an indicator
// row (blank or 年度绩效指标 first, four cells or more).
func continues(s *segment) bool {
	i := firstRow(s.blocks)
	if i < 0 {
		return false
	}
	for _, b := range s.blocks {
		if b.isHdr {
			return true
		}
		for _, c := range b.cells {
			switch c.f {
			case fDeviation, fImprovement, fTotal, fNote:
				return true
			}
		}
	}
	b := s.blocks[i]
	if len(b.cells) < 4 {
		return false
	}
	return b.cells[0].text == "" || b.cells[0].f == fGroup
}
