package parse

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/reader/tables"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/reader/input"
)

// Format is the form a report comes in.
type Format uint8

// Formats the parsers read.
const (
	FormatUnknown  Format = iota
	FormatWordText        // a word processor's text export: one table cell per line, cells start with a tab
	FormatLayout          // pdftotext -layout text: columns aligned with spaces
	FormatJSON            // the library's own JSON form of a Document
	FormatPDF             // a PDF: convert it with pdftotext -layout first
	FormatFlow            // page text without aligned columns: one space between cells, empty cells dropped, names wrapped
	FormatHTML            // an HTML page: tables as <table> rows
	FormatDOCX            // a word-processor document (DOCX)
	FormatXLSX            // a workbook (XLSX): a sheet per table
)

// String returns "word-text", "layout", "json", "pdf", "page-text",
// "html", "docx", "xlsx" or "unknown".
func (f Format) String() string {
	switch f {
	case FormatWordText:
		return "word-text"
	case FormatLayout:
		return "layout"
	case FormatJSON:
		return "json"
	case FormatPDF:
		return "pdf"
	case FormatFlow:
		return "page-text"
	case FormatHTML:
		return "html"
	case FormatDOCX:
		return "docx"
	case FormatXLSX:
		return "xlsx"
	}
	return "unknown"
}

// Detect tells the format of data: a PDF by its signature, JSON by its
// first character, a word-processor export when at least a tenth of its
// non-blank lines are tab-led cells, layout text when its columns are
// aligned with runs of spaces, page text without positions otherwise.
func Detect(data []byte) Format {
	t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("%PDF-")):
		return FormatPDF
	case bytes.HasPrefix(t, []byte("{")):
		return FormatJSON
	case len(t) == 0:
		return FormatUnknown
	}
	cells, lines := 0, 0
	for rest := data; len(rest) > 0; {
		l := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		lines++
		if l[0] == '\t' {
			cells++
		}
	}
	if cells*10 >= lines && cells > 0 {
		return FormatWordText
	}
	if !isAligned(text.Split(data)) {
		return FormatFlow
	}
	return FormatLayout
}

// Stats count what a parser read and what it could not.
type Stats struct {
	Tables     int `json:"tables"`       // tables identified (of the nine)
	Rows       int `json:"rows"`         // table rows read
	Cells      int `json:"cells"`        // table cells read
	Narrative  int `json:"narrative"`    // narrative figures read as statements
	Forms      int `json:"forms"`        // performance forms read
	Unread     int `json:"unread"`       // lines, cells or figures that could not be read (each is a finding)
	Lines      int `json:"lines"`        // lines in the input
	Unresolved int `json:"unattributed"` // narrative figures that could not be attributed to a source (each is a finding)
}

// Result is a parsed report: the document, what could not be read (as
// findings with their line numbers and text), the text checks, and the
// counts.
type Result struct {
	Format   Format
	Document *disclosure.Document
	// Findings are the parse findings (scope parse: what could not be
	// read) and the text checks (scope text); the document's own checks
	// are Document.Check.
	Findings []fiscal.Finding
	Stats    Stats
	// Coverage says what was read of the tables and which tables hold
	// figures that fit more than one column (filled only by readers that
	// assign figures by identity: FormatFlow, and budgets).
	Coverage Coverage
	// Kind says whether the report is a 决算 or a 预算.
	Kind ReportKind
	// Budget holds a 预算 report's tables (Kind is KindBudget); Document
	// then holds only its title, department and year.
	Budget *budget.Tables
}

// maySource reports whether [input.Sniff] may call data a DOCX, an XLSX
// or an HTML page, the formats parseSource reads: a zip begins with "PK",
// and a page's first character is "<", whose byte 0x3C is in data in
// every encoding Sniff detects (UTF-8, GB18030, UTF-16). Other input, most
// of it, is decoded once by decodeInput rather than sniffed first, whose
// detection of the encoding reads up to 64 KiB
// (TestMaySourceLikeSniff).
func maySource(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK")) || bytes.IndexByte(data, '<') >= 0
}

// ErrUnusable is wrapped by the errors of inputs that are not a report at
// all: empty, not text, a PDF not yet converted, malformed JSON. It is
// [input.ErrNotReadable]; what Parse refuses on decoding is also an
// [*input.NotReadableError] with its reason (errors.As).
var ErrUnusable = input.ErrNotReadable

// Parse reads a report in any format [Detect] recognises except PDF.
// Nothing is dropped silently: what cannot be read becomes a finding. The
// error is for unusable input only. The input is first decoded (UTF-8,
// UTF-16, GB18030) and normalised once by [input.Decode].
func Parse(data []byte) (*Result, error) {
	if maySource(data) {
		if r, ok, err := parseSource(data); ok {
			return r, err
		}
	}
	data, err := decodeInput(data)
	if err != nil {
		return nil, err
	}
	f := Detect(data)
	if (f == FormatLayout || f == FormatFlow || f == FormatWordText) && isBudget(data) {
		return ParseBudget(data), nil
	}
	switch f {
	case FormatJSON:
		return ParseJSON(data)
	case FormatWordText:
		return ParseWordText(data), nil
	case FormatLayout:
		return ParseLayout(data), nil
	case FormatFlow:
		return ParseFlow(data), nil
	case FormatPDF:
		return nil, fmt.Errorf("parse: a PDF must be converted with pdftotext -layout first: %w", ErrUnusable)
	default:
		return nil, fmt.Errorf("parse: empty input: %w", ErrUnusable)
	}
}

// ParseJSON reads the library's own JSON form of a Document (as written by
// encoding/json): writing a Document and reading it back gives an equal
// Document.
func ParseJSON(data []byte) (*Result, error) {
	var doc disclosure.Document
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("parse: JSON document: %v: %w", err, ErrUnusable)
	}
	// The document's own parts are checked for presence; the other text
	// checks need text.
	r := &Result{Format: FormatJSON, Kind: KindFinal, Document: &doc, Findings: checkRequired(&doc)}
	r.Stats = countDocument(&doc)
	return r, nil
}

// countDocument counts tables, rows, cells, statements and forms.
func countDocument(doc *disclosure.Document) Stats {
	var s Stats
	if doc.Tables != nil {
		for _, t := range doc.Tables.All() {
			s.Tables++
			s.Rows += len(t.Rows)
			for i := range t.Rows {
				for _, c := range t.Rows[i].Cells {
					if !c.IsAbsent() {
						s.Cells++
					}
				}
			}
		}
	}
	if doc.ThreePublic != nil {
		s.Tables++
	}
	s.Narrative = len(doc.Narrative)
	if p := doc.Performance; p != nil {
		s.Forms = len(p.Projects)
		if p.Department != nil {
			s.Forms++
		}
	}
	return s
}

// lines is a shared helper: the text's lines.
// lines splits data into its numbered lines, leaving out page numbers
// ("- 3 -", "第3页", "3/25"): they interrupt tables and sentences that go
// on over a page break.
func lines(data []byte) []text.Line {
	running := runningLines(data)
	ls := text.Split(data)
	bare := barePageNumbers(data, ls)
	out := ls[:0]
	for i, l := range ls {
		if pageNumberLike(l.Text) && holdsDigit(l.Text) && mayBePageNumber(l.Text) && isPageNumber(l.Text) || bare[i] {
			continue
		}
		if len(running) > 0 && running[strings.TrimSpace(strings.ReplaceAll(l.Text, "\f", ""))] {
			continue
		}
		out = append(out, l)
	}
	return out
}

// barePageNumbers returns the indexes of the lines of data (split as ls)
// that are page numbers printed bare ("3"): a whole number 1–999 alone on
// its line, in a run of at least three whose numbers go up by one and
// each of which the run holds once. A lone number is most often a figure,
// a code or a code's 款 or 项 printed apart, or a column number, which
// also run by one; so where the text marks its pages (form feeds, as
// pdftotext prints them), a page number is the first or last line of its
// page; where it does not, it stands between blank lines, at least
// pageMinLines and at most pageMaxLines lines after the one before.
func barePageNumbers(data []byte, ls []text.Line) map[int]bool {
	paged := bytes.Count(data, []byte("\f")) >= 2
	var feed map[int]bool // the numbers of the lines holding a form feed
	if paged {
		feed = map[int]bool{}
		n := 1
		for i, c := range data {
			switch {
			case c == '\f':
				feed[n] = true
			case c == '\n', c == '\r' && (i+1 == len(data) || data[i+1] != '\n'):
				n++
			}
		}
	}
	blank := func(i int) bool { return i < 0 || i >= len(ls) || text.Trim(ls[i].Text) == "" }
	// edge reports whether line i is the first or last of its page, blank
	// lines aside.
	edge := func(i int) bool {
		if feed[ls[i].N] {
			return true
		}
		for j := i + 1; ; j++ {
			if j == len(ls) || feed[ls[j].N] {
				return true
			}
			if !blank(j) {
				return false
			}
		}
	}
	type cand struct{ i, n, v, prev, run int }
	var cs []cand
	seen := map[int]int{}
	for i, l := range ls {
		s := text.Trim(l.Text)
		if len(s) == 0 || len(s) > 3 || s[0] < '1' || s[0] > '9' {
			continue
		}
		v := 0
		for j := 0; j < len(s) && v >= 0; j++ {
			if s[j] < '0' || s[j] > '9' {
				v = -1
			} else {
				v = v*10 + int(s[j]-'0')
			}
		}
		if v <= 0 {
			continue
		}
		seen[v]++
		if paged && !edge(i) || !paged && (!blank(i-1) || !blank(i+1)) {
			continue
		}
		c := cand{i: i, n: l.N, v: v, prev: -1, run: 1}
		// The number before it is among the few candidates just before
		// (at most two a page where pages are marked), or within
		// pageMaxLines lines: the search is bounded.
		for j := len(cs) - 1; j >= 0 && (paged && j >= len(cs)-8 || !paged && l.N-cs[j].n <= pageMaxLines); j-- {
			if p := cs[j]; p.v == v-1 && p.run+1 > c.run && (paged || l.N-p.n >= pageMinLines) {
				c.prev, c.run = j, p.run+1
			}
		}
		cs = append(cs, c)
	}
	var out map[int]bool
	for k := range cs {
		if cs[k].run < 3 || seen[cs[k].v] != 1 {
			continue
		}
		run := []int{}
		unique := true
		for j := k; j >= 0; j = cs[j].prev {
			run = append(run, cs[j].i)
			unique = unique && seen[cs[j].v] == 1
		}
		if !unique {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		for _, i := range run {
			out[i] = true
		}
	}
	return out
}

// The fewest and the most lines a page holding a bare page number is
// taken to print, where the text does not mark its pages.
const (
	pageMinLines = 6
	pageMaxLines = 150
)

// pageNumberLike reports whether a line is short enough, blanks aside, to
// be a page number ("- 3 -", "第 3 页 共 25 页"): the test before the
// expression.
func pageNumberLike(s string) bool { return len(strings.TrimSpace(s)) <= 48 }

// mayBePageNumber reports whether s holds what every page number holds
// besides its digits: a dash (-, –, —, or the full-width －), a slash (/,
// ／), 第 or the p of "page" (p, P, ｐ, Ｐ), the characters that become
// those of tables.IsPageNumber's expression once it has folded the line's
// width and case. Most short lines with a digit are table cells holding a
// figure: the expression is not run on them (TestPageNumberNeedsMark).
func mayBePageNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-', '/', 'p', 'P':
			return true
		case 0xE2: // – —
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
				return true
			}
		case 0xEF: // － ／ Ｐ ｐ
			if i+2 < len(s) && (s[i+1] == 0xBC && (s[i+2] == 0x8D || s[i+2] == 0x8F || s[i+2] == 0xB0) || s[i+1] == 0xBD && s[i+2] == 0x90) {
				return true
			}
		case 0xE7: // 第
			if i+2 < len(s) && s[i+1] == 0xAC && s[i+2] == 0xAC {
				return true
			}
		}
	}
	return false
}

// holdsDigit reports whether s holds an ASCII digit or a full-width one
// (U+FF10–U+FF19: EF BC 90–99), one of which every page number holds
// (tables.IsPageNumber's expression asks for a digit of the line folded
// to ASCII): the expression is not run on a line without one.
func holdsDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			return true
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99:
			return true
		}
	}
	return false
}

// runningLines returns the running headers and footers of text whose
// pages are separated by form feeds (as pdftotext prints them): a line
// that opens or closes at least three pages and a third of them. They
// interrupt tables and sentences that go on over a page break.
func runningLines(data []byte) map[string]bool {
	pages := bytes.Split(data, []byte("\f"))
	if len(pages) < 4 {
		return nil
	}
	count := map[string]int{}
	for _, p := range pages {
		var first, last string
		for _, l := range bytes.Split(p, []byte("\n")) {
			if t := strings.TrimSpace(string(l)); t != "" {
				if first == "" {
					first = t
				}
				last = t
			}
		}
		if first != "" {
			count[first]++
			if last != first {
				count[last]++
			}
		}
	}
	out := map[string]bool{}
	for t, n := range count {
		if _, unit := tables.UnitOf(t); unit && len([]rune(t)) <= 20 {
			// "单位：元" opening every page of tables (pdftotext -raw)
			// says the tables' unit: it is no running header.
			continue
		}
		if n >= 3 && n*3 >= len(pages) {
			out[t] = true
		}
	}
	return out
}

// isPageNumber reports whether a line is a page number alone
// (reader/tables.IsPageNumber). A line holding a Chinese character other
// than 第, 页 and 共 is none, and is told so without normalising it: the
// test runs on every line.
func isPageNumber(s string) bool { return !hasOtherHan(s) && tables.IsPageNumber(s) }

// hasOtherHan reports whether s holds a CJK ideograph (U+4E00–U+9FFF)
// other than 第, 页 and 共, which no page number holds.
func hasOtherHan(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0xE4 || c > 0xE9 { // lead bytes of U+4000–U+9FFF
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x4E00 && r <= 0x9FFF && r != '第' && r != '页' && r != '共' {
			return true
		}
		i += size - 1
	}
	return false
}

// summary is a one-line description of the counts, for the command.
func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d tables, %d rows, %d cells, %d narrative figures, %d forms", s.Tables, s.Rows, s.Cells, s.Narrative, s.Forms)
	if s.Unread > 0 || s.Unresolved > 0 {
		fmt.Fprintf(&b, "; %d not read, %d not attributed", s.Unread, s.Unresolved)
	}
	return b.String()
}
