package layout

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// Result is what [Parse] reads from a report.
type Result struct {
	// Document holds the title, department and year, the units
	// (部门决算单位构成), the eight financial tables and the "三公" table,
	// the section headings, the 名词解释, and the facts the 情况说明 states
	// (三公 statistics, 机关运行经费, 政府采购, 国有资产占用). Its Narrative
	// is left empty: the statements are read from Result.Narrative by
	// another parser.
	Document *disclosure.Document
	// Narrative is the 情况说明 as logical paragraphs: the lines of each
	// paragraph joined (no space between Chinese pieces), numbered with
	// the paragraph's first line. Headings are paragraphs of their own.
	Narrative []text.Line
	// Findings say what could not be read (scope parse, rule IDs
	// parse.layout.*), each with the line and its text.
	Findings []fiscal.Finding
	Stats    Stats
	// Forms are the lines of the performance self-evaluation forms
	// (绩效自评表) printed after the tables, for package forms to read;
	// nil when the report prints none (see forms.go).
	Forms []text.Line
}

// Stats count what Parse read and what it could not.
type Stats struct {
	Lines       int // lines in the input
	Tables      int // tables read, of the nine
	Rows        int // table rows read
	Cells       int // table cells read (printed figures, blanks excluded)
	Paragraphs  int // paragraphs of the 情况说明
	UnreadLines int // lines (or parts of lines) that could not be read, each the subject of a finding
	UnreadCells int // figures that could not be placed in a cell, each the subject of a finding
}

// Parse reads pdftotext -layout text of a report. It never panics;
// whatever it cannot read becomes a finding (scope parse) with the line
// number and text: nothing is dropped silently.
func Parse(lines []text.Line) Result {
	p := newParser(lines)
	p.run()
	return p.res
}

type zone uint8

const (
	zoneCover zone = iota
	zoneTOC
	zoneOverview  // 第一部分 概况
	zoneTables    // 第二部分 决算表
	zoneNarrative // 第三部分 情况说明
	zoneGlossary  // 第四部分 名词解释
	zoneOther     // a part this parser does not read (附件, …)
)

type parser struct {
	lines []text.Line
	res   Result
	doc   *disclosure.Document
	zones []zone
	used  []bool // lines read into the document (or reported)
	fn    *classify.Catalog[classify.FunctionKind]
	eco   *classify.Catalog[classify.EconomicKind]

	parts  []int     // part number of each line's heading (第三部分 → 3), or 0
	chunkC [][]chunk // chunks of each line, once computed
	bodyC  [][]chunk
	items  map[itemKey]itemVal
}

type itemKey struct {
	k     accounts.TableKind
	s     accounts.Side
	label string
}

type itemVal struct {
	it accounts.Item
	ok bool
}

func newParser(lines []text.Line) *parser {
	p := &parser{lines: lines, doc: &disclosure.Document{}}
	p.res.Document = p.doc
	p.res.Stats.Lines = len(lines)
	p.zones = make([]zone, len(lines))
	p.used = make([]bool, len(lines))
	p.parts = make([]int, len(lines))
	p.chunkC = make([][]chunk, len(lines))
	p.bodyC = make([][]chunk, len(lines))
	p.items = map[itemKey]itemVal{}
	for i, l := range lines {
		p.parts[i] = partNumber(l.Text)
		if p.parts[i] == 0 && i+1 < len(lines) {
			// A part's name wrapped onto the next line ("三、XX局2024年度
			// 部门决算情况" then "说明").
			if next := text.Trim(lines[i+1].Text); next != "" && utf8.RuneCountInString(next) <= 6 {
				p.parts[i] = partNumber(text.Trim(l.Text) + next)
			}
		}
	}
	return p
}

func (p *parser) run() {
	p.cover()
	p.catalogs()
	p.segment()
	p.forms()
	p.readTables()
	p.overview()
	p.narrative()
	p.glossary()
	p.leftovers()
}

// catalogs picks the embedded catalogs of the report's year (2024 when
// the year is unknown or older).
func (p *parser) catalogs() {
	ed := 2024
	for _, e := range classify.Editions() {
		if e <= p.doc.Year && e > ed {
			ed = e
		}
	}
	if cs, err := classify.Embedded(ed); err == nil {
		p.fn, p.eco = cs.Function, cs.Economic
	}
}

func (p *parser) text(i int) string {
	if i < 0 || i >= len(p.lines) {
		return ""
	}
	return p.lines[i].Text
}

func (p *parser) where(i int) fiscal.Where {
	if i < 0 || i >= len(p.lines) {
		return fiscal.Where{}
	}
	return fiscal.Where{Line: p.lines[i].N, Text: strings.TrimFunc(p.lines[i].Text, isSpaceRune)}
}

func (p *parser) add(f fiscal.Finding) { p.res.Findings = append(p.res.Findings, f) }

// unreadLine reports line i as not read.
func (p *parser) unreadLine(r fiscal.Rule, i int, w fiscal.Where, format string, args ...any) {
	if w.Line == 0 {
		w = p.where(i)
	}
	p.add(r.Finding(w, format, args...))
	p.res.Stats.UnreadLines++
	if i >= 0 && i < len(p.used) {
		p.used[i] = true
	}
}

var reYearTitle = regexp.MustCompile(`((?:19|20)\d\d)\s*年度?\s*部门决算`)

// cover reads the title, department and year from the first lines: the
// line with "XXXX年度部门决算", and the department before it on the same
// or the previous line.
func (p *parser) cover() {
	limit := min(len(p.lines), 15)
	for i := 0; i < limit; i++ {
		t := text.Trim(p.text(i))
		m := reYearTitle.FindStringSubmatchIndex(t)
		if m == nil {
			continue
		}
		p.doc.Year, _ = strconv.Atoi(t[m[2]:m[3]])
		dept := text.Trim(t[:m[0]])
		start := i
		if dept == "" {
			for j := i - 1; j >= 0; j-- {
				if s := text.Trim(p.text(j)); s != "" {
					dept, start = s, j
					break
				}
			}
		}
		p.doc.Department = dept
		var pieces []string
		for j := start; j <= i; j++ {
			pieces = append(pieces, p.text(j))
			p.used[j] = true
		}
		p.doc.Title = joinPieces(pieces)
		break
	}
	if p.doc.Year == 0 || p.doc.Department == "" {
		w := fiscal.Where{}
		if len(p.lines) > 0 {
			w = p.where(0)
		}
		p.add(ruleTitle.Finding(w, "no cover line \"<部门>XXXX年度部门决算\" in the first %d lines: title, department or year unknown", limit))
	}
}

// partNumber returns the number of a part heading (第三部分 → 3, "三、…
// 部门决算情况说明" → 3, "名词解释" alone → its usual place), or 0.
func partNumber(s string) int { return text.PartHeading(s) }

func zoneOfHeading(s string) zone {
	t := squeeze(s)
	switch {
	case strings.Contains(t, "名词"):
		return zoneGlossary
	case strings.Contains(t, "概况"):
		return zoneOverview
	case strings.Contains(t, "表"):
		return zoneTables
	case strings.Contains(t, "情况"), strings.Contains(t, "说明"):
		return zoneNarrative
	}
	return zoneOther
}

// segment finds the table of contents and the parts (第X部分) and marks
// every line with its zone.
func (p *parser) segment() {
	body := 0
	for i := range p.lines {
		if squeeze(p.text(i)) == "目录" {
			// The contents list the parts in order; the body begins where a
			// part heading comes a second time.
			maxSeen := 0
			var heads []int
			body = len(p.lines)
			for j := i + 1; j < len(p.lines); j++ {
				n := p.parts[j]
				if n == 0 {
					continue
				}
				heads = append(heads, j)
				if n <= maxSeen {
					body = j
					break
				}
				maxSeen = n
			}
			if body == len(p.lines) && len(heads) > 0 && (len(heads) == 1 || p.textLinesBetween(heads[0], heads[1]) >= 10 || p.contentsBefore(i, heads[0])) {
				// No part came twice, and the parts after 目录 stand
				// apart, or the contents end before the first of them
				// (entries with page numbers, the part no entry): the
				// contents list no parts (tables and items only), and
				// the body begins at the first part.
				body = heads[0]
			}
			for j := 0; j < i; j++ {
				p.zones[j] = zoneCover
			}
			for j := i; j < body; j++ {
				p.zones[j] = zoneTOC
				p.used[j] = true
			}
			break
		}
	}
	cur := zoneTables // text before any part heading: tables may still be read
	if body == 0 {
		// No contents: the cover is what comes before the first part
		// heading or table title.
		for i := range p.lines {
			if p.parts[i] > 0 || p.titleKind(i) != titleNone {
				break
			}
			p.zones[i] = zoneCover
			body = i + 1
		}
	}
	for i := body; i < len(p.lines); i++ {
		if t := squeeze(p.text(i)); cur == zoneOverview && partNumber(t) == 0 && (strings.HasSuffix(t, "部门决算表") || strings.HasSuffix(t, "部门决算报表")) {
			// The tables part titled without its number ("上海市 XX 局 2024
			// 年度部门决算表").
			cur = zoneTables
			p.section(collapse(p.text(i)), i)
			p.used[i] = true
		}
		if p.parts[i] > 0 {
			h := p.text(i)
			if i+1 < len(p.lines) && p.parts[i+1] == 0 {
				// A heading wrapped onto the next line: "第三部分 XX 局 2024
				// 年度部门决算" then "情况说明", or "第三部分" alone.
				next := text.Trim(p.text(i + 1))
				n := utf8.RuneCountInString(next)
				switch {
				case indent(p.text(i+1)) >= 6 && n <= 6:
					h += p.text(i + 1)
				case zoneOfHeading(h) == zoneOther && n > 0 && (n <= 8 || utf8.RuneCountInString(squeeze(h)) <= 6 && n <= 40):
					h += next
				}
			}
			cur = zoneOfHeading(h)
			if cur == zoneTables || cur == zoneOther {
				p.section(collapse(h), i)
				p.used[i] = true
			}
		}
		p.zones[i] = cur
	}
	for i := 0; i < len(p.lines); i++ {
		if p.zones[i] == zoneCover && !p.used[i] && !isBlankLine(p.text(i)) {
			p.used[i] = true // cover text besides the title: nothing to read
		}
	}
}

// contentsBefore reports whether the lines between the 目录 at i and the
// part heading at j are contents entries ("收入决算表……4", "收入决算表   4")
// and the heading is none: the contents end before it.
func (p *parser) contentsBefore(i, j int) bool {
	if isContentsEntry(p.text(j)) {
		return false
	}
	entries := 0
	for k := i + 1; k < j; k++ {
		switch s := p.text(k); {
		case isBlankLine(s):
		case isContentsEntry(s):
			entries++
		default:
			return false
		}
	}
	return entries >= 2
}

// contentsEntryRE matches a contents entry: a title, then a page number
// after a leader of dots, after spaces, or after one space where the
// title ends as a table's or a part's does ("收入决算表 4").
var contentsEntryRE = regexp.MustCompile(`\S(?:\s*[…．.·]{2,}\s*|\s{2,}|(?:表|说明|解释|概况|情况)\s+)[-—]?\s*\d{1,3}\s*[-—]?$`)

// isContentsEntry reports whether a line is a contents entry.
func isContentsEntry(s string) bool { return contentsEntryRE.MatchString(text.Trim(s)) }

// textLinesBetween counts the lines between i and j that are not blank.
func (p *parser) textLinesBetween(i, j int) int {
	n := 0
	for k := i + 1; k < j; k++ {
		if !isBlankLine(p.text(k)) {
			n++
		}
	}
	return n
}

// chunksOf returns the chunks of line i.
func (p *parser) chunksOf(i int) []chunk {
	if p.chunkC[i] == nil {
		p.chunkC[i] = chunks(p.lines[i], i)
		if p.chunkC[i] == nil {
			p.chunkC[i] = []chunk{}
		}
	}
	return p.chunkC[i]
}

// itemOf is [itemOf], remembered.
func (p *parser) itemOf(k accounts.TableKind, s accounts.Side, label string) (accounts.Item, bool) {
	key := itemKey{k, s, label}
	if v, ok := p.items[key]; ok {
		return v.it, v.ok
	}
	it, ok := itemOf(k, s, label)
	p.items[key] = itemVal{it, ok}
	return it, ok
}

// section records a heading.
func (p *parser) section(title string, i int) {
	p.doc.Sections = append(p.doc.Sections, disclosure.Section{Title: title, Line: p.lines[i].N})
}

// collapse trims s and turns runs of spaces into one.
func collapse(s string) string { return strings.Join(strings.FieldsFunc(s, isSpaceRune), " ") }

// leftovers reports the lines no part of the parser read, and puts the
// sections in order.
func (p *parser) leftovers() {
	slices.SortStableFunc(p.doc.Sections, func(a, b disclosure.Section) int { return a.Line - b.Line })
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := p.where(start)
		first, last := p.lines[start].N, p.lines[end-1].N
		what := map[zone]string{zoneOverview: "第一部分 (概况)", zoneTables: "the tables part", zoneNarrative: "the 情况说明",
			zoneGlossary: "the 名词解释", zoneOther: "a part this parser does not model", zoneCover: "the cover", zoneTOC: "the contents"}[p.zones[start]]
		n := 0
		for j := start; j < end; j++ {
			if !isBlankLine(p.text(j)) {
				n++
			}
		}
		if p.zones[start] == zoneOverview || p.zones[start] == zoneOther {
			p.add(rulePart.Finding(w, "lines %d–%d of %s (%d lines of text) are not modelled and not read", first, last, what, n))
		} else {
			p.add(ruleLine.Finding(w, "lines %d–%d of %s (%d lines of text) belong to no table, paragraph or heading", first, last, what, n))
		}
		p.res.Stats.UnreadLines += n
		start = -1
	}
	for i := range p.lines {
		unread := !p.used[i] && !isBlankLine(p.text(i))
		switch {
		case unread && start >= 0 && p.zones[i] == p.zones[start]:
		case unread:
			flush(i)
			start = i
		case isBlankLine(p.text(i)) && start >= 0:
		default:
			flush(i)
		}
	}
	flush(len(p.lines))
}

// amountUnit reads "单位：万元" / "金额单位：元" anywhere in s.
func amountUnit(s string) (fiscal.Unit, bool) {
	t := squeeze(s)
	k := strings.Index(t, "单位")
	if k < 0 {
		return 0, false
	}
	rest := strings.TrimLeft(t[k+len("单位"):], ":：")
	for _, u := range []struct {
		s string
		u fiscal.Unit
	}{{"万元", fiscal.WanYuan}, {"亿元", fiscal.YiYuan}, {"元", fiscal.Yuan}} {
		if strings.HasPrefix(rest, u.s) {
			return u.u, true
		}
	}
	return 0, false
}

// parseFigure reads a figure in unit u, reporting a figure that is not an
// amount.
func (p *parser) parseFigure(c chunk, u fiscal.Unit, table string) (fiscal.Cell, int, bool) {
	cell, err := fiscal.ParseCell(c.text, u)
	if err != nil {
		w := p.where(c.i)
		w.Table, w.Text = table, c.text
		p.add(ruleCell.Finding(w, "%q is not an amount: %v", c.text, err))
		p.res.Stats.UnreadCells++
		return fiscal.Cell{}, 0, false
	}
	dec := 0
	if _, frac, ok := strings.Cut(c.text, "."); ok {
		dec = len(frac)
	}
	return cell, dec, true
}

func (p *parser) cellFinding(c chunk, table, format string, args ...any) {
	w := p.where(c.i)
	w.Table, w.Text = table, c.text
	p.add(ruleCell.Finding(w, format, args...))
	p.res.Stats.UnreadCells++
}
