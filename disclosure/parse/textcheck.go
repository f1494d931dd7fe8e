package parse

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

func rule(id, title string, sev fiscal.Severity) fiscal.Rule {
	return fiscal.Rule{ID: id, Title: title, Scope: fiscal.ScopeText, Severity: sev}
}

var (
	rulePlaceholder = rule("text.placeholder", "Template placeholders present (XX, ××, 某某, “增加（减少）”-style alternatives, drafting notes)", fiscal.SeverityError)
	ruleYear        = rule("text.year", "Years in headings and dates match the report year (截至YYYY年12月31日)", fiscal.SeverityError)
	ruleDepartment  = rule("text.department", "The department's name is the same in the title, the tables and the narrative", fiscal.SeverityWarning)
	rulePunctuation = rule("text.punctuation", "Doubled punctuation (。。，，；；)", fiscal.SeverityWarning)
	ruleSections    = rule("text.sections", "Required parts and tables are present (概况, the nine tables, 情况说明, 名词解释)", fiscal.SeverityError)
	ruleUnreadPart  = rule("parse.unread-part", "A part whose title is in the text but which could not be read (its checks did not run)", fiscal.SeverityInfo)
	ruleNone        = rule("text.none-stated", "A part the narrative says the department does not have (无…) is empty in the tables", fiscal.SeverityError)
)

// TextRules returns the rules that only the text of a document can carry.
func TextRules() []fiscal.Rule {
	return []fiscal.Rule{rulePlaceholder, ruleYear, ruleDepartment, rulePunctuation, ruleSections, ruleUnreadPart, ruleNone}
}

var (
	// placeholderRE finds template placeholders: runs of X, ×, 某某, and the
	// template's "增加（减少）" alternatives and drafting notes.
	placeholderRE = regexp.MustCompile(`(?:[XＸ]{2,}|×{2,}|某某|。{3,}|…+|（增长）|（下降）|（增加）|（减少）|（大于）|（小于）|\(增长\)|\(下降\)|\(增加\)|\(减少\)|\(大于\)|\(小于\)|如持平作持平表述|不涉及的不列|按上述格式依次说明)`)
	asOfRE        = regexp.MustCompile(`截至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日`)
	yearRE        = regexp.MustCompile(`(\d{4})\s*年度?`)
	doubledRE     = regexp.MustCompile(`([。，；、：！？])([。，；、：！？]*)`)
	spaceRE       = regexp.MustCompile(`[ \t\x{3000}]+`)
)

// CheckText runs the text rules on the lines of a document whose parsed
// form is doc (doc.Year and doc.Department may be zero when not found).
func CheckText(lines []text.Line, doc *disclosure.Document) []fiscal.Finding {
	var out []fiscal.Finding
	// One finding per kind of placeholder, at its first line, counting the
	// others: a template's "XX" left in on ninety lines is one defect.
	type seen struct {
		first fiscal.Finding
		lines []int
	}
	var kinds []string
	placeholders := map[string]*seen{}
	for _, l := range lines {
		t := l.Text
		w := fiscal.Where{Line: l.N}
		for _, m := range placeholderMatches(t) {
			if strings.HasPrefix(m, "…") && isDotLeader(t, m) {
				// A table of contents: "一、部门主要职能 ………… 3".
				continue
			}
			k := placeholderKind(m)
			if p, ok := placeholders[k]; ok {
				if p.lines[len(p.lines)-1] != l.N {
					p.lines = append(p.lines, l.N)
				}
				continue
			}
			w.Text = m
			placeholders[k] = &seen{rulePlaceholder.Finding(w, "template placeholder %q left in: %s", m, strings.TrimSpace(t)), []int{l.N}}
			kinds = append(kinds, k)
		}
		if doc.Year > 0 && strings.Contains(t, "截至") {
			for _, m := range asOfRE.FindAllStringSubmatch(t, -1) {
				if y, _ := strconv.Atoi(m[1]); y != doc.Year {
					w.Text = m[0]
					f := ruleYear.Finding(w, "%q in a %d report", m[0], doc.Year)
					f.Expected, f.Actual = fiscal.FigureOf(decimalOf(doc.Year)), fiscal.FigureOf(decimalOf(y))
					out = append(out, f)
				}
			}
		}
		if !hasMarkPair(t) {
			continue
		}
		for _, m := range doubledRE.FindAllStringSubmatch(t, -1) {
			// Exactly two of the same mark: three or more are a placeholder
			// ("。。。"), reported above; two different marks are common.
			if m[2] != m[1] {
				continue
			}
			w.Text = m[0]
			out = append(out, rulePunctuation.Finding(w, "doubled punctuation %q", m[0]))
		}
	}
	out = append(out, checkHeadings(doc)...)
	out = append(out, checkDepartment(doc)...)
	out = append(out, checkRequired(doc, lines...)...)
	out = append(out, checkNoneStated(lines, doc)...)
	for _, k := range kinds {
		p := placeholders[k]
		f := p.first
		if n := len(p.lines); n > 1 {
			f.Message += fmt.Sprintf(" (and on %d more lines: %s)", n-1, fewLines(p.lines[1:]))
		}
		out = append(out, f)
	}
	return out
}

// placeholderMatches is placeholderRE.FindAllString(t, -1), the
// expression run only on a line that holds one of the characters or words
// every alternative of it needs (the expression ran on every line and was
// most of the text checks' time).
func placeholderMatches(t string) []string {
	if !mayHavePlaceholder(t) {
		return nil
	}
	return placeholderRE.FindAllString(t, -1)
}

// mayHavePlaceholder reports, in one pass over t, whether placeholderRE
// may match: an X, Ｘ, × or …, 某某, 。。。, a closing bracket after 增长,
// 下降, 增加, 减少, 大于 or 小于, or one of the drafting notes.
//
// The characters are found by their first two bytes at once, not by
// decoding every rune: each begins with a lead byte, which no other
// character holds inside it, so a byte-by-byte scan finds exactly where a
// rune-by-rune scan would (speed_internal_test.go compares the two), and
// continuation bytes (80–BF), most of a Chinese text, are passed at once.
func mayHavePlaceholder(t string) bool {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c < 0x80 {
			if c == 'X' || c == ')' && endsWithChangeWord(t[:i]) {
				return true
			}
			continue
		}
		if c < 0xC0 || i+1 >= len(t) {
			continue // a continuation byte, or a lead byte with nothing after it
		}
		switch uint16(c)<<8 | uint16(t[i+1]) {
		case 0xEFBC:
			switch {
			case strings.HasPrefix(t[i+2:], "\xb8"): // Ｘ
				return true
			case strings.HasPrefix(t[i+2:], "\x89"): // ）
				if endsWithChangeWord(t[:i]) {
					return true
				}
			}
		case 0xC397: // ×
			return true
		case 0xE280:
			if strings.HasPrefix(t[i+2:], "\xa6") { // …
				return true
			}
		case 0xE69F:
			if strings.HasPrefix(t[i+2:], "\x90") && strings.HasPrefix(t[i+3:], "某") { // 某某
				return true
			}
		case 0xE68C:
			if strings.HasPrefix(t[i:], "按上述格式依次说明") {
				return true
			}
		case 0xE380:
			if strings.HasPrefix(t[i+2:], "\x82") && strings.HasPrefix(t[i+3:], "。。") { // 。。。
				return true
			}
		case 0xE5A6:
			if strings.HasPrefix(t[i:], "如持平作持平表述") {
				return true
			}
		case 0xE4B8:
			if strings.HasPrefix(t[i:], "不涉及的不列") {
				return true
			}
		}
	}
	return false
}

// endsWithChangeWord reports whether s ends with one of the words of the
// template's bracketed alternatives.
func endsWithChangeWord(s string) bool {
	if len(s) < 6 {
		return false
	}
	switch s[len(s)-6:] {
	case "增长", "下降", "增加", "减少", "大于", "小于":
		return true
	}
	return false
}

// hasMarkPair reports whether two of doubledRE's marks (。，；、：！？, each
// three bytes) stand side by side in t: a doubled mark needs them.
func hasMarkPair(t string) bool {
	prev := -10
	for i := 0; i+3 <= len(t); {
		if i+8 <= len(t) && !markLeadIn8(t, i) {
			i += 8 // no mark begins in these eight bytes
			continue
		}
		if c := t[i]; c != 0xE3 && c != 0xEF { // the lead bytes of the marks
			i++
			continue
		}
		if isMark(t[i : i+3]) {
			if prev == i-3 {
				return true
			}
			prev = i
			i += 3
			continue
		}
		i++
	}
	return false
}

// markLeadIn8 reports whether one of the eight bytes of t from i is E3 or
// EF, a lead byte of the marks, tested on the eight at once: most text
// is ideographs, led by E4–E9 (TestMarkPairWords).
func markLeadIn8(t string, i int) bool {
	w := uint64(t[i]) | uint64(t[i+1])<<8 | uint64(t[i+2])<<16 | uint64(t[i+3])<<24 |
		uint64(t[i+4])<<32 | uint64(t[i+5])<<40 | uint64(t[i+6])<<48 | uint64(t[i+7])<<56
	return hasByte(w, 0xE3) || hasByte(w, 0xEF)
}

// hasByte reports whether one of the eight bytes of w is b: a byte of
// w ^ b·0x0101… is zero, which the borrow of a subtraction shows.
func hasByte(w uint64, b byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := w ^ (ones * uint64(b))
	return (x-ones)&^x&highs != 0
}

func isMark(s string) bool {
	switch s {
	case "。", "，", "；", "、", "：", "！", "？":
		return true
	}
	return false
}

// checkHeadings compares the years in the document's headings with the
// report year: a heading of 第二部分/第三部分 naming another year is a
// leftover from last year's report.
func checkHeadings(doc *disclosure.Document) []fiscal.Finding {
	if doc.Year == 0 {
		return nil
	}
	var out []fiscal.Finding
	for _, s := range doc.Sections {
		if !strings.HasPrefix(strings.TrimSpace(s.Title), "第") {
			continue
		}
		for _, m := range yearRE.FindAllStringSubmatch(spaceRE.ReplaceAllString(s.Title, ""), -1) {
			if y, _ := strconv.Atoi(m[1]); y != doc.Year {
				out = append(out, ruleYear.Finding(fiscal.Where{Line: s.Line, Text: s.Title}, "heading names %d in a %d report", y, doc.Year))
			}
		}
	}
	return out
}

// checkDepartment compares the department named by each table with the
// document's.
func checkDepartment(doc *disclosure.Document) []fiscal.Finding {
	if doc.Department == "" || doc.Tables == nil {
		return nil
	}
	want := spaceRE.ReplaceAllString(doc.Department, "")
	var out []fiscal.Finding
	for _, t := range doc.Tables.All() {
		got := spaceRE.ReplaceAllString(t.Department, "")
		if got != "" && got != want && !strings.Contains(got, want) {
			out = append(out, ruleDepartment.Finding(fiscal.Where{Table: t.Kind.Title(), Part: t.Number, Text: t.Department},
				"the table names the department %q; the report is %q's", t.Department, doc.Department))
		}
	}
	return out
}

// checkRequired reports missing parts: the nine tables, the 情况说明, the
// 名词解释 and the 部门概况. When the text is given, a part the document
// lacks but whose title stands in the text was not read rather than left
// out: that is said as info (rule parse.unread-part), not as a missing part.
//
// Where no table at all was read, a 目录's entry is no table: a table the
// 目录 lists but the report does not print is missing. (Where some were,
// an entry stands for a table printed but not read, its title broken over
// lines, say; and a part's entry for a part whose heading was not found.)
// Where the report says its tables are published apart ("报表详见附件",
// an attachment's file named), a missing table is said as info: its
// checks did not run.
func checkRequired(doc *disclosure.Document, lines ...text.Line) []fiscal.Finding {
	var out []fiscal.Finding
	var contents map[int]bool
	if noTableRead(doc) {
		contents = contentsLines(lines)
	}
	apart := tablesApart(lines)
	missing := func(what string, inText func(string) bool) {
		table := strings.HasSuffix(what, "表")
		if apart != nil && table {
			out = append(out, ruleUnreadPart.Finding(fiscal.Where{Part: what, Line: apart.N, Text: text.Trim(apart.Text)},
				"%s is not in the text: the report says its tables are published apart (line %d); its checks did not run", what, apart.N))
			return
		}
		for _, l := range lines {
			if table && contents[l.N] {
				continue
			}
			t := text.Trim(l.Text)
			if utf8.RuneCountInString(t) <= 60 && inText(t) {
				out = append(out, ruleUnreadPart.Finding(fiscal.Where{Part: what, Line: l.N},
					"%s is in the text (line %d) but could not be read: its checks did not run", what, l.N))
				return
			}
		}
		out = append(out, ruleSections.Finding(fiscal.Where{Part: what}, "the report has no %s", what))
	}
	for _, k := range accounts.Kinds() {
		if doc.Tables == nil || doc.Tables.Get(k) == nil {
			missing(k.Title(), func(t string) bool {
				if kk, ok := accounts.KindOfTitle(t); ok && kk == k {
					return true
				}
				// The table printed with its fund's income too (the 2025
				// 一般公共预算财政拨款收入支出决算表 for the 支出决算表):
				// there, in a form not read.
				kk, ok := accounts.KindOfTitle(strings.Replace(t, "收入支出决算", "支出决算", 1))
				return ok && kk == k && strings.Contains(t, "收入支出决算")
			})
		}
	}
	if doc.ThreePublic == nil {
		missing("财政拨款“三公”经费支出决算表", func(t string) bool {
			return strings.Contains(t, "三公") && strings.Contains(t, "表") && !strings.Contains(t, "。")
		})
	}
	has := func(words ...string) bool {
		for _, s := range doc.Sections {
			for _, w := range words {
				if strings.Contains(s.Title, w) {
					return true
				}
			}
		}
		return false
	}
	heading := func(word string) func(string) bool {
		return func(t string) bool { return strings.Contains(t, word) && !strings.ContainsAny(t, "。；，") }
	}
	if !has("情况说明") {
		missing("情况说明", heading("情况说明"))
	}
	if !has("名词解释") && len(doc.Glossary) == 0 {
		missing("名词解释", heading("名词解释"))
	}
	if !has("概况") {
		missing("部门概况", heading("概况"))
	}
	return out
}

// noTableRead reports whether a document holds none of the nine tables.
func noTableRead(doc *disclosure.Document) bool {
	if doc.ThreePublic != nil {
		return false
	}
	for _, k := range accounts.Kinds() {
		if doc.Tables != nil && doc.Tables.Get(k) != nil {
			return false
		}
	}
	return true
}

// contentsLines returns the line numbers of a 目录's entries: from a 目录
// heading to where its first entry is printed again as the body's heading
// (by its "第一部分" where it has one), at most 120 lines; none where the
// entry is not found again.
func contentsLines(lines []text.Line) map[int]bool {
	for i, l := range lines {
		if !isContentsHeading(l.Text) {
			continue
		}
		key := ""
		for j := i + 1; j < len(lines) && j <= i+120; j++ {
			k := contentsKey(lines[j].Text)
			switch {
			case k == "":
				continue
			case key == "":
				key = k
			case k == key:
				out := map[int]bool{}
				for _, c := range lines[i:j] {
					out[c.N] = true
				}
				return out
			}
		}
		return nil
	}
	return nil
}

// contentsKey is what a 目录 entry and its heading share: its "第一部分"
// where it begins with one, else its words without blanks, leaders and
// page number.
func contentsKey(s string) string {
	s = strings.Join(strings.Fields(s), "")
	if m := partNumberRE.FindString(s); m != "" {
		return m
	}
	return strings.TrimRight(s, ".…·-—0123456789")
}

// partNumberRE begins a part's heading: "第一部分".
var partNumberRE = regexp.MustCompile(`^第[一二三四五六七八九十0-9]{1,3}部分`)

// tablesApart returns the line saying the report's tables are published
// apart from its text ("报表详见附件", "部门决算公开表见附件", an attachment's
// file: "附件：XX单位2023年度决算报表.xls"), or nil.
func tablesApart(lines []text.Line) *text.Line {
	for i, l := range lines {
		t := strings.Join(strings.Fields(l.Text), "")
		if !strings.Contains(t, "附件") || utf8.RuneCountInString(t) > 80 {
			continue
		}
		if tablesApartRE.MatchString(t) {
			return &lines[i]
		}
	}
	return nil
}

// tablesApartRE is a statement that the tables are in an attachment.
var tablesApartRE = regexp.MustCompile(`(?:报表|决算表|公开表|附表|表格)[^。；]{0,10}(?:详见|见|参见|请见|查阅)[^。；]{0,6}附件|^附件[0-9一二三四五六七八九十]*[：:].{0,60}(?:报表|决算表|公开表).{0,20}\.(?:xlsx?|XLSX?|pdf|PDF|docx?|zip|rar)`)

// noneRE finds the narrative's statements that the department has none of
// a kind of money: "本单位当年无国有资本经营预算财政拨款支出", "2024年度无
// “三公”经费财政拨款支出".
var noneRE = regexp.MustCompile(`(?:无|没有)(“?三公”?经费|政府性基金预算财政拨款|国有资本经营预算财政拨款)`)

// checkNoneStated compares "无…" statements with the tables they speak of.
func checkNoneStated(lines []text.Line, doc *disclosure.Document) []fiscal.Finding {
	var out []fiscal.Finding
	for _, l := range lines {
		if !holdsNone(l.Text) {
			continue // what noneRE begins with
		}
		// Table notes ("无…的，仍保留该表格式") are instructions, not statements.
		if strings.Contains(l.Text, "仍保留") || strings.Contains(l.Text, "作下述说明") {
			continue
		}
		for _, m := range noneRE.FindAllStringSubmatch(l.Text, -1) {
			var total fiscal.Amount
			var where string
			switch {
			case strings.Contains(m[1], "三公"):
				if doc.ThreePublic == nil {
					continue
				}
				total, where = doc.ThreePublic.Actual.Total.OrZero(), "财政拨款“三公”经费支出决算表 决算数 合计"
			case strings.HasPrefix(m[1], "政府性基金"):
				total, where = fundTotal(doc, accounts.KindGovFund), accounts.KindGovFund.Title()
			default:
				total, where = fundTotal(doc, accounts.KindStateCapital), accounts.KindStateCapital.Title()
			}
			if total.IsZero() {
				continue
			}
			f := ruleNone.Finding(fiscal.Where{Part: "情况说明", Line: l.N, Text: strings.TrimSpace(l.Text)},
				"the narrative says there is no %s, but %s prints %s", m[1], where, total.Format(fiscal.TableFormat()))
			f.Expected, f.Actual, f.Unit = fiscal.AmountFigure(fiscal.Amount{}, fiscal.WanYuan, 2), fiscal.AmountFigure(total, fiscal.WanYuan, 2), "万元"
			out = append(out, f)
		}
	}
	return out
}

// holdsNone reports whether s holds 无 or 没有 followed by what noneRE
// names after it (“三公, 三公, 政府性基金预算财政拨款, 国有资本经营预算财政拨款),
// as every match does: both words begin with the byte E6, looked for by
// IndexByte, and most lines that say 无 say it of something else.
func holdsNone(s string) bool {
	for {
		i := strings.IndexByte(s, 0xE6)
		if i < 0 {
			return false
		}
		s = s[i:]
		rest, ok := strings.CutPrefix(s, "无")
		if !ok {
			rest, ok = strings.CutPrefix(s, "没有")
		}
		if ok && (strings.HasPrefix(rest, "三公") || strings.HasPrefix(rest, "“三公") ||
			strings.HasPrefix(rest, "政府性基金预算财政拨款") || strings.HasPrefix(rest, "国有资本经营预算财政拨款")) {
			return true
		}
		s = s[1:]
	}
}

// fundTotal is the largest figure of a fund table's 合计 row (本年收入,
// 本年支出, balances): any non-zero figure contradicts "无".
func fundTotal(doc *disclosure.Document, k accounts.TableKind) fiscal.Amount {
	if doc.Tables == nil || doc.Tables.Get(k) == nil {
		return fiscal.Amount{}
	}
	t := doc.Tables.Get(k)
	r, ok := t.Named(accounts.SideMain, accounts.ItemTotal)
	if !ok {
		return fiscal.Amount{}
	}
	var best fiscal.Amount
	for _, c := range t.ColumnsOf(accounts.SideMain) {
		a, _ := r.Cell(c).OrZero().Abs()
		if a.Cmp(best) > 0 {
			best = a
		}
	}
	return best
}

// isDotLeader reports whether a run of "…" in line leads from an entry to
// its page number, as in a table of contents: a long run, or text before
// it and only a page number (or nothing, the number being on the next
// line) after it.
func isDotLeader(line, run string) bool {
	if utf8.RuneCountInString(run) >= 8 {
		// A run this long leads to a page number on another line (a
		// contents page extracted without layout); a placeholder is a
		// few dots in a sentence.
		return true
	}
	i := strings.Index(line, run)
	before := strings.TrimSpace(line[:i])
	after := strings.Trim(strings.TrimSpace(line[i+len(run):]), "…．.·- 　")
	if before == "" && after == "" {
		return false
	}
	for _, r := range after {
		if r < '0' || r > '9' {
			return false
		}
	}
	return utf8.RuneCountInString(run) >= 3
}

// placeholderKind groups placeholders: any run of X (XX, XXX, ＸＸ) is one
// kind, any run of … another, each word its own.
func placeholderKind(m string) string {
	switch {
	case strings.Trim(m, "XＸ") == "":
		return "X"
	case strings.Trim(m, "…") == "":
		return "…"
	case strings.Trim(m, "×") == "":
		return "×"
	case strings.Trim(m, "。") == "":
		return "。"
	}
	return m
}

// fewLines lists at most five line numbers.
func fewLines(ns []int) string {
	var parts []string
	for i, n := range ns {
		if i == 5 {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, strconv.Itoa(n))
	}
	return strings.Join(parts, ", ")
}
