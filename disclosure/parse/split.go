package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// splitReports reads lines that may hold several reports one after
// another (a 部门决算 followed by its units' 单位决算, a 部门预算 and its
// units' 单位预算, two downloads joined): each is read by part on its own
// lines; the first is the result, the others are in its Coverage.Parts
// (where each begins) and are checked with it, each against its own
// tables. Their findings, coverage and counts are the result's too.
// count says how many tables lines hold, read with certainty.
func splitReports(ls []text.Line, tl []tables.Line, count func([]tables.Line) int, part func([]text.Line, []tables.Line) *Result) *Result {
	cut := nextReport(ls, tl, count)
	if cut <= 0 {
		return part(ls, tl)
	}
	tcut := tableCut(tl, ls[cut].N)
	r := part(ls[:cut], tl[:tcut])
	rest := splitReports(ls[cut:], tl[tcut:], count, part)
	r.absorb(rest, ls[cut].N)
	return r
}

// absorb takes the report rest, read from the same file after r from
// line on, into r: its findings, coverage and counts, and rest itself
// (with the reports it absorbed) to be checked with r.
func (r *Result) absorb(rest *Result, line int) {
	title := ""
	if rest.Document != nil {
		title = rest.Document.Title
	}
	c := &r.Coverage
	if c.own == nil {
		c.own = slices.Clone(r.Findings)
	}
	c.Parts = append(append(c.Parts, ReportPart{Line: line, Title: title, Tables: rest.Stats.Tables}), rest.Coverage.Parts...)
	r.Findings = append(r.Findings, rest.Findings...)
	fiscal.SortFindings(r.Findings)
	c.Tables = append(c.Tables, rest.Coverage.Tables...)
	c.Uncertain = append(c.Uncertain, rest.Coverage.Uncertain...)
	c.Unread = append(c.Unread, rest.Coverage.Unread...)
	c.Unmodelled = append(c.Unmodelled, rest.Coverage.Unmodelled...)
	c.Skipped = append(c.Skipped, rest.Coverage.Skipped...)
	r.Stats.Tables += rest.Stats.Tables
	r.Stats.Rows += rest.Stats.Rows
	r.Stats.Cells += rest.Stats.Cells
	r.Stats.Narrative += rest.Stats.Narrative
	r.Stats.Forms += rest.Stats.Forms
	r.Stats.Unread += rest.Stats.Unread
	r.Stats.Unresolved += rest.Stats.Unresolved
	r.Stats.Lines += rest.Stats.Lines
	c.others = append(append(c.others, rest), rest.Coverage.others...)
	rest.Coverage.others = nil
}

// tableCut is the index of the first table line on or after line n.
func tableCut(tl []tables.Line, n int) int {
	i := 0
	for i < len(tl) && tl[i].N < n {
		i++
	}
	return i
}

// nextReport finds where a second report begins in a report's lines (0
// when none does): the cover above a second 目录, at least 40 lines after
// the first, or above a second 第一部分 heading (a report joined without
// its 目录), where the lines before it and the lines from it each hold
// tables of their own (two at least, as count reads them) — a 目录
// continued on its next page, or the body's 第一部分 after the 目录's, has
// none before it.
func nextReport(ls []text.Line, tl []tables.Line, count func([]tables.Line) int) int {
	contents, firstPart := -1, -1
	for i, l := range ls {
		var first *int
		switch {
		case isContentsHeading(l.Text):
			first = &contents
		case firstPartRE.MatchString(l.Text):
			first = &firstPart
		default:
			continue
		}
		if *first < 0 {
			*first = i
			continue
		}
		if ls[i].N-ls[*first].N < 40 {
			continue
		}
		cut := coverStart(ls, i)
		tcut := tableCut(tl, ls[cut].N)
		if count(tl[:tcut]) >= 2 && count(tl[tcut:]) >= 2 {
			return cut
		}
	}
	return 0
}

// firstPartRE is a report's first part's heading ("第一部分 XX局概况",
// "第一部分" on its own line).
var firstPartRE = regexp.MustCompile(`^\s*第\s*[一1]\s*部\s*分`)

// isContentsHeading reports whether a line is a 目录 heading ("目 录").
func isContentsHeading(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 24 {
		return false
	}
	return strings.Join(strings.Fields(s), "") == "目录"
}

// coverStart walks back from a 目录 or 第一部分 heading over its cover (the
// report's title, "预算单位：…"): blank lines and short lines without a
// sentence's end or a figure other than a year ("2026年") unless they end
// as a report's title does (…决算, …预算), at most eight.
func coverStart(ls []text.Line, at int) int {
	cut := at
	for j := at - 1; j >= 0 && at-j <= 8; j-- {
		t := strings.TrimSpace(ls[j].Text)
		title := strings.HasSuffix(t, "决算") || strings.HasSuffix(t, "预算") // "示例市第1100局2024年度部门决算"
		if t != "" && (utf8.RuneCountInString(t) > 30 || strings.ContainsAny(t, "。；;") || !title && strings.ContainsAny(coverYearRE.ReplaceAllString(t, ""), "0123456789")) {
			break
		}
		if t != "" {
			cut = j
		}
	}
	return cut
}

// coverYearRE is a year as a cover prints it.
var coverYearRE = regexp.MustCompile(`(?:19|20)[0-9]{2}年`)

// finalTablesRead counts the 决算 tables read from lines with rows and no
// reason against them.
func finalTablesRead(tl []tables.Line) int {
	_, cov := reader.FinalTables(tl)
	n := 0
	for _, c := range cov {
		if c.Found && c.Reason == "" && c.Rows > 0 {
			n++
		}
	}
	return n
}

// parseFinal reads a 决算 report from its lines (parseFlow), or the
// several a file holds one after another, each on its own.
func parseFinal(ls []text.Line, tl []tables.Line, format Format) *Result {
	return splitReports(ls, tl, finalTablesRead, func(ls []text.Line, tl []tables.Line) *Result {
		return parseFlow(ls, tl, format)
	})
}
