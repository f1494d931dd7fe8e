package wordtext

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// Result is what [Parse] reads from a word-processor text export.
type Result struct {
	// Document holds the tables, the "三公" table and statistics, 机关运行经费,
	// 政府采购 (with the shares it prints), 国有资产占用, the units, the
	// title, department and year, the 名词解释 and the section headings.
	// Narrative and Performance are left nil for the narrative extractor
	// and the forms parser.
	Document *disclosure.Document
	// Narrative are the lines of the 情况说明 (第三部分), its heading
	// included, as printed.
	Narrative []text.Line
	// Forms are the lines of the attachments (附件) that hold the
	// performance self-evaluation forms (绩效自评表), their heading included.
	Forms []text.Line
	// Findings say what could not be read (scope parse), each with its
	// line and text.
	Findings []fiscal.Finding
	Stats    Stats
}

// Stats count what the parser read and what it could not place.
type Stats struct {
	Tables int `json:"tables"` // tables identified (of the nine)
	Rows   int `json:"rows"`   // table rows read (the "三公" table's figures row included)
	Cells  int `json:"cells"`  // figures read into table cells (blank cells not counted)
	Unread int `json:"unread"` // lines and cells that could not be placed; each is reported by a finding
}

// partKind says what a part (第X部分) of the report holds.
type partKind uint8

const (
	partNone        partKind = iota // before the first part heading, or a report without parts
	partOverview                    // 部门概况
	partTables                      // 部门决算报表
	partNarrative                   // 情况说明
	partOther                       // 其他需要说明的情况, or a part not recognised
	partGlossary                    // 名词解释
	partAttachments                 // 附件: the performance forms
)

// part is a run of lines: the heading's index (-1 for partNone) and the
// lines after it up to the next heading, as indices [start, end).
type part struct {
	kind       partKind
	heading    int
	start, end int
}

// parser holds the state of one Parse call.
type parser struct {
	lines []text.Line
	parts []part
	doc   *disclosure.Document
	res   *Result
	cat   *classify.Catalog[classify.FunctionKind] // for 类 names; nil when unavailable
	// consumed marks the line indices that belong to a table.
	consumed []bool
	index    *functionIndex // the tables' codes, built when first needed
}

// Parse reads a word-processor text export. It never panics; whatever it
// cannot read becomes a Finding (scope parse, rule IDs "parse.*", with
// Where.Line and Where.Text): nothing is dropped silently.
func Parse(lines []text.Line) Result {
	res := Result{Document: &disclosure.Document{}}
	p := &parser{lines: lines, doc: res.Document, res: &res, consumed: make([]bool, len(lines))}
	p.splitParts()
	p.readTitle()
	p.loadCatalog()
	p.readSections()
	p.readTables()
	p.checkTitle()
	p.readUnits()
	p.collectParts()
	p.readFacts()
	p.readGlossary()
	return res
}

// partHeading matches a part heading: 第一部分, 第六部分  附件.
var partHeading = regexp.MustCompile(`^第[一二三四五六七八九十]+部分`)

// isPartHeading reports whether a line is a part heading.
func isPartHeading(s string) bool {
	t := text.Trim(s)
	return strings.HasPrefix(t, "第") && partHeading.MatchString(t) && utf8.RuneCountInString(t) <= 80 || text.PartHeading(t) > 0
}

// kindOfPart tells what a part holds from its heading.
func kindOfPart(heading string) partKind {
	h := text.Trim(heading)
	switch {
	case strings.Contains(h, "名词解释"):
		return partGlossary
	case strings.Contains(h, "报表"), strings.Contains(h, "决算表"), strings.Contains(h, "公开表"):
		return partTables
	case strings.Contains(h, "附件"), strings.Contains(h, "附表"):
		return partAttachments
	case strings.Contains(h, "情况说明") && !strings.Contains(h, "其他"):
		return partNarrative
	case strings.Contains(h, "概况"):
		return partOverview
	}
	return partOther
}

// splitParts divides the lines at the part headings.
func (p *parser) splitParts() {
	cur := part{kind: partNone, heading: -1}
	for i, l := range p.lines {
		if isPartHeading(l.Text) {
			cur.end = i
			if cur.heading >= 0 || cur.end > cur.start {
				p.parts = append(p.parts, cur)
			}
			cur = part{kind: kindOfPart(l.Text), heading: i, start: i + 1}
		}
	}
	cur.end = len(p.lines)
	if cur.heading >= 0 || cur.end > cur.start {
		p.parts = append(p.parts, cur)
	}
}

// partsOf returns the parts of a kind, in order.
func (p *parser) partsOf(k partKind) []part {
	var out []part
	for _, pt := range p.parts {
		if pt.kind == k {
			out = append(out, pt)
		}
	}
	return out
}

// hasPart reports whether the report has a part of kind k.
func (p *parser) hasPart(k partKind) bool { return len(p.partsOf(k)) > 0 }

// loadCatalog picks the embedded 功能分类 catalog of the report's year, or
// the earliest edition for a year not embedded.
func (p *parser) loadCatalog() {
	eds := classify.Editions()
	ed := eds[0]
	for _, e := range eds {
		if e == p.doc.Year {
			ed = e
		}
	}
	if cats, err := classify.Embedded(ed); err == nil {
		p.cat = cats.Function
	}
}

// collectParts hands the narrative and the attachments to their parsers.
func (p *parser) collectParts() {
	for _, pt := range p.parts {
		var dst *[]text.Line
		switch pt.kind {
		case partNarrative:
			dst = &p.res.Narrative
		case partAttachments:
			dst = &p.res.Forms
		default:
			continue
		}
		*dst = append(*dst, p.lines[pt.heading:pt.end]...)
	}
}

// finding records a finding and counts n unread lines or cells.
func (p *parser) finding(f fiscal.Finding, unread int) {
	p.res.Findings = append(p.res.Findings, f)
	p.res.Stats.Unread += unread
}

// isBlankLine reports whether a line is empty: no tab and nothing but
// spaces.
func isBlankLine(l text.Line) bool { return !text.IsCell(l) && text.Trim(l.Text) == "" }

// norm folds a name for comparison: width, spaces and quotes do not
// matter.
func norm(s string) string {
	s = classify.NormalizeName(s)
	// The replacer copies every text: one without a quote (", ', or
	// “”‘’, E2 80 98–9D) is returned as it is.
	if strings.IndexByte(s, '"') < 0 && strings.IndexByte(s, '\'') < 0 && !strings.Contains(s, "\xe2\x80") {
		return s
	}
	return quoteStripper.Replace(s)
}

var quoteStripper = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "", "'", "")

// keyOf names a row in findings.
func keyOf(r *accounts.Row) string {
	if r == nil {
		return ""
	}
	return r.Key()
}
