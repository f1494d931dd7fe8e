package wordtext

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

var (
	// numberedHeading matches "五、…", "（一）…", "(一)…".
	numberedHeading = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))`)
	// templateHeading matches the headings of the 情况说明 that reports
	// print without their number: "收入决算情况说明", "一般公共预算财政拨款支出
	// 决算结构情况".
	templateHeading = regexp.MustCompile(`(?:情况说明|决算(?:总体|结构|具体)情况)$`)
	// reportTitle matches the report's title: "大冶市…局2024年度部门决算".
	reportTitle = regexp.MustCompile(`^(.*?)(\d{4})\s*年度?\s*部门决算`)
	// partPrefix matches the "第二部分：" before a part's name.
	partPrefix = regexp.MustCompile(`^第[一二三四五六七八九十]+部分[\s\x{3000}:：、]*`)
)

// isHeading reports whether a paragraph is a section heading: short,
// without sentence punctuation, numbered (五、 （一）) or worded as the
// template's headings are.
func isHeading(l text.Line) bool {
	if text.IsCell(l) {
		return false
	}
	t := text.Trim(l.Text)
	if t == "" || utf8.RuneCountInString(t) > 40 || strings.ContainsAny(t, "。，,；;：:") {
		return false
	}
	return numberedHeading.MatchString(t) || templateHeading.MatchString(t)
}

// readSections records the part headings and the headings of the 概况 and
// 情况说明 parts, in order.
func (p *parser) readSections() {
	for _, pt := range p.parts {
		if pt.heading >= 0 {
			l := p.lines[pt.heading]
			p.doc.Sections = append(p.doc.Sections, disclosure.Section{Title: text.Trim(l.Text), Line: l.N})
		}
		if pt.kind != partOverview && pt.kind != partNarrative {
			continue
		}
		for _, l := range p.lines[pt.start:pt.end] {
			if isHeading(l) {
				p.doc.Sections = append(p.doc.Sections, disclosure.Section{Title: text.Trim(l.Text), Line: l.N})
			}
		}
	}
}

// readTitle reads the report's title, department and year: from a title
// line before the first part ("…2024年度部门决算"), or else from the first
// part heading that names them ("第二部分：…2024年度部门决算报表").
func (p *parser) readTitle() {
	set := func(m []string) {
		p.doc.Title = text.Trim(m[0])
		p.doc.Department = text.Trim(m[1])
		p.doc.Year, _ = strconv.Atoi(m[2])
	}
	for _, pt := range p.parts {
		if pt.kind != partNone {
			continue
		}
		for i, l := range p.lines[pt.start:pt.end] {
			if i >= 30 {
				break
			}
			t := text.Trim(l.Text)
			if m := reportTitle.FindStringSubmatch(t); m != nil && utf8.RuneCountInString(t) <= 60 && !strings.ContainsAny(t, "。，,；;") {
				set(m)
				p.doc.Title = t
				return
			}
		}
	}
	for _, pt := range p.parts {
		if pt.heading < 0 {
			continue
		}
		t := partPrefix.ReplaceAllString(text.Trim(p.lines[pt.heading].Text), "")
		if m := reportTitle.FindStringSubmatch(t); m != nil {
			set(m)
			return
		}
	}
}

// checkTitle completes the department from the tables when no title named
// it, and reports what is still missing.
func (p *parser) checkTitle() {
	if p.doc.Department == "" && p.doc.Tables != nil {
		for _, t := range p.doc.Tables.All() {
			if t.Department != "" {
				p.doc.Department = t.Department
				break
			}
		}
	}
	var missing []string
	if p.doc.Title == "" {
		missing = append(missing, "title")
	}
	if p.doc.Department == "" {
		missing = append(missing, "department")
	}
	if p.doc.Year == 0 {
		missing = append(missing, "year")
	}
	if len(missing) > 0 && len(p.lines) > 0 {
		p.finding(ruleTitle.Finding(fiscal.Where{Line: p.lines[0].N, Text: text.Trim(p.lines[0].Text)},
			"no %s found (want a title or a part heading such as \"…2024年度部门决算\")", strings.Join(missing, ", ")), 0)
	}
}
