package narrative

import (
	"fmt"
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
	"github.com/cnfiscal/fiscal/perf"
)

var ruleUnattributed = fiscal.Rule{
	ID:       "parse.narrative.unattributed",
	Title:    "Every figure of the 情况说明 is attributed to a table cell, a part of the document or a figure printed in the narrative",
	Scope:    fiscal.ScopeParse,
	Severity: fiscal.SeverityWarning,
}

// Rules returns the rules of the narrative reader.
func Rules() []fiscal.Rule { return []fiscal.Rule{ruleUnattributed} }

// Result is what [Extract] reads from a 情况说明.
type Result struct {
	Statements []disclosure.Statement
	// Findings are the figures that could not be attributed (rule
	// parse.narrative.unattributed), each with its line and sentence.
	Findings []fiscal.Finding
	Stats    Stats
	// Checks are the findings of the checks of the narrative's words
	// ([disclosure.CheckNarrativeText]) on the paragraphs.
	Checks []fiscal.Finding
	// Paragraphs are the narrative's paragraphs and headings as read, each
	// with the heading it is under.
	Paragraphs []disclosure.Paragraph
}

// Stats count the figures of a narrative and what became of them. Every
// figure seen is made into statements, used as a printed input of another
// statement, ignored, or unattributed.
type Stats struct {
	Figures      int `json:"figures"`      // figures seen: amounts, percentages, counts
	Statements   int `json:"statements"`   // statements made
	Inputs       int `json:"inputs"`       // figures used only as printed inputs (a 项's 年初预算数)
	Ignored      int `json:"ignored"`      // thresholds and performance indicator results
	Unattributed int `json:"unattributed"` // figures reported as findings
}

// sentence is a sentence being read, with its line.
type sentence struct {
	line int
	text string
	// printed is the text as printed, before lists were given their
	// units and changes put before their rates ("" when the same).
	printed string
}

// quoted is the sentence as printed, for the statements and findings.
func (st sentence) quoted() string {
	if st.printed != "" {
		return st.printed
	}
	return st.text
}

// pending is a statement whose Of is known only at the end of its
// section: the total 年初预算 (the sum of the items' printed below it), and
// the 外宾 and 国内 parts of 公务接待费 (each the whole less the other).
type pending struct {
	index int
	fig   *figure
	st    sentence
	subj  *subject // the subject, where the statement needs it
}

type extractor struct {
	// head is the subject the current sentence states first, prevHead
	// the sentence before's: "本年支出合计2940.05万元，其中…项目支出603.14
	// 万元。与上年相比，减少63.14万元" is the total's change, not the last
	// part's.
	head, prevHead *subject
	// listTotal is the total a list of its parts follows ("本年支出合计
	// 2940.05万元，其中：基本支出…；项目支出603.14万元，占20.51%。"), while
	// the sentence that lists them goes on over clauses ending in "；", and
	// in the sentence after it: a change opening that sentence is the
	// total's; opening a clause of the list, it may be the total's or the
	// last part's.
	listTotal *subject
	// inList is set while a list's sentence goes on (the clause before
	// ended in "；").
	inList bool
	// opening is set while the sentence's first figure is read.
	opening bool
	// priorOpened is set when the sentence opens with an earlier year's
	// figure ("2023年度本年收入合计3009.39万元，本年支出合计3003.19万元"): the
	// year governs the clauses after it that name none; priorName is the
	// name the year qualifies.
	priorOpened bool
	priorName   string
	// sentenceText is the sentence being read.
	sentenceText string
	// priorFig is an earlier year's figure printed before a change
	// ("较2023年度3052.34万元减少…"), until the change reads it.
	priorFig *figure

	doc       *disclosure.Document
	funcs     *funcIndex
	forms     []perf.ProjectForm
	summaries map[int]int // index of a summary paragraph in lines → form, or −1

	ctx     context
	section string

	out     []disclosure.Statement
	owner   []*figure
	dropped []bool
	found   []fiscal.Finding
	figs    []*figure

	// the paragraph
	subj        *subject
	class       classify.Function
	indicators  bool   // a paragraph of indicator results: no statements
	project     bool   // a project summary paragraph
	para        string // the paragraph being read
	paraAt      int    // where in it the sentence being read starts
	inSummaries bool   // a project summary has been read in this section

	// the section
	totals            []pending
	items             []*figure // printed 年初预算数 of items
	loose             []*figure // printed figures awaiting a statement that uses them
	foreign, domestic []pending
	foreignFigure     *figure
	domesticFigure    *figure
	foreignIsIncluded bool // 国内公务接待支出 X万元（含外宾接待支出 Y万元）
	// itemsActual and itemsBudget are the items of the section with a
	// 支出决算数 and with a 年初预算数 read: the total's 年初预算 is their
	// sum only when every item with the one has the other.
	itemsActual, itemsBudget map[*subject]bool
}

// Extract reads the statements of a 情况说明. lines are the narrative's
// lines with their source line numbers (for a layout text, the caller
// joins wrapped lines into paragraphs and gives each paragraph the number
// of its first line). doc is the document as parsed so far: its tables,
// "三公" table, 政府采购 figures and performance forms decide which cell a
// named 类/款/项 or a project summary refers to; doc may be nil. Extract
// never panics; a figure it cannot attribute becomes a finding rather
// than being dropped.
func Extract(lines []text.Line, doc *disclosure.Document) Result {
	x := &extractor{doc: doc, funcs: newFuncIndex(doc), forms: projectForms(doc), summaries: map[int]int{}}
	x.matchSummaries(lines)
	var paras []disclosure.Paragraph
	for i, l := range lines {
		t := trimText(l.Text)
		if t == "" {
			continue
		}
		if isHeading(t) && len(scan(t)) == 0 {
			x.heading(t)
			paras = append(paras, disclosure.Paragraph{Line: l.N, Section: x.section, Text: t, Heading: true})
			continue
		}
		if h, rest, ok := headingPrefix(t); ok {
			x.heading(h)
			paras = append(paras, disclosure.Paragraph{Line: l.N, Section: x.section, Text: h, Heading: true})
			t = rest
		}
		paras = append(paras, disclosure.Paragraph{Line: l.N, Section: x.section, Text: t})
		x.paragraph(i, l.N, t)
	}
	x.flush()
	r := x.result()
	r.Paragraphs = paras
	// The checks of the narrative's words run here, where the words are:
	// a Document keeps only the figures.
	checked := &disclosure.Document{Narrative: r.Statements}
	if doc != nil {
		c := *doc
		c.Narrative = r.Statements
		checked = &c
	}
	r.Checks = disclosure.CheckNarrativeText(checked, paras)
	return r
}

// heading ends a section and opens the next.
func (x *extractor) heading(t string) {
	x.flush()
	// A sentence's subject never carries over a heading: a change that
	// names nothing is not bound to the last section's total.
	x.head, x.prevHead, x.listTotal, x.inList = nil, nil, nil, false
	x.section = t
	x.ctx = contextOf(t, x.ctx)
}

// matchSummaries pairs the project summaries with the forms.
func (x *extractor) matchSummaries(lines []text.Line) {
	var names []string
	var at []int
	for i, l := range lines {
		n, ok := summaryName(trimText(l.Text))
		switch {
		case !ok:
		case len(names) == maxSummaries:
			x.summaries[i] = -1 // no report has so many: left unmatched
		default:
			names = append(names, n)
			at = append(at, i)
		}
	}
	for k, f := range matchProjects(names, x.forms) {
		x.summaries[at[k]] = f
	}
}

// paragraph reads a paragraph. A paragraph that names no subject of its
// own continues the one before it (a layout text breaks paragraphs at
// page ends); a heading ends the subject.
//
// A project summary's figures are its form's; the paragraphs after it up
// to the next summary or heading quote indicator results (主要产出和效益),
// which are no statements.
func (x *extractor) paragraph(idx, n int, t string) {
	x.indicators, x.project = false, false
	if f, ok := x.summaries[idx]; ok {
		x.project, x.inSummaries = true, true
		name, _ := summaryName(t)
		s := newSubject(name)
		if f >= 0 {
			p := x.forms[f].Project
			s.of = []disclosure.Ref{disclosure.PartRef(disclosure.PartProject, p+"/执行数")}
			s.budget = []disclosure.Ref{disclosure.PartRef(disclosure.PartProject, p+"/预算数")}
		} else {
			s.noField = "no project self-evaluation form has this name"
		}
		x.subj = s
	} else if x.ctx == ctxProjects || x.inSummaries {
		x.indicators = true
	}
	x.para, x.paraAt = t, 0
	for _, s := range splitSentences(t) {
		if i := strings.Index(t[x.paraAt:], s); i >= 0 {
			x.paraAt += i
		}
		if hasAlternatives(s) {
			// "增加（减少）56.95万元": the template's alternatives left
			// in. Which direction is meant is unknown, and the figure
			// is no total either; the placeholder is the text checks'
			// to report.
			continue
		}
		if h, rest, ok := itemHeadingWithColon(s); ok {
			// "1.一般公共服务(类)人大事务(款)行政运行(项):年初预算为…":
			// the item's name, then what it states (Sichuan's template).
			x.sentence(sentence{line: n, text: h})
			x.paraAt += len(s) - len(rest)
			s = rest
		}
		x.sentence(sentence{line: n, text: s})
	}
}

// itemHeadingWithColon splits a sentence that begins with a 功能分类
// item's name ending in its level's marker and a colon ("…行政运行(项):")
// into the name and what follows the colon.
func itemHeadingWithColon(s string) (heading, rest string, ok bool) {
	if h, r, ok := codedHeadingWithColon(s); ok {
		return h, r, true
	}
	if !strings.Contains(s, "项") && !strings.Contains(s, "款") && !strings.Contains(s, "类") {
		return "", "", false
	}
	for _, m := range markerRE.FindAllStringSubmatchIndex(s, -1) {
		if m[1] > maxName {
			break
		}
		after := s[m[1]:]
		for _, colon := range []string{":", "："} {
			if r, found := strings.CutPrefix(after, colon); found && r != "" {
				return s[:m[1]], r, true
			}
		}
	}
	return "", "", false
}

// codedHeadingRE is an item's name ending in its 功能分类 code in
// brackets, then a colon: "（1）行政单位离退休（2080501）：".
var codedHeadingRE = regexp.MustCompile(`^[^，。；,;：:]{1,60}?[（(]2[0-9]{2}(?:[0-9]{2}){0,2}[）)][:：]`)

// namedHeadingRE is an item's name, numbered or not, its code before it or
// not, then a colon and the budget or the 决算 it states:
// "（1）行政单位离退休：年初预算为…", "2080501行政单位离退休：支出决算…".
var namedHeadingRE = regexp.MustCompile(`^(?:[（(][0-9一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、])?[ \x{3000}]*(?:2[0-9]{2}(?:[0-9]{2}){0,2})?[^0-9，。；,;：:（）()、 \x{3000}]{2,30}[:：](?:年初预算|调整预算|调整后预算|全年预算|预算数|支出决算|决算数|决算为)`)

// codedHeadingWithColon splits a sentence that begins with an item's name
// ending in its code in brackets, or followed by the budget or the 决算 it
// states, and a colon into the name and what follows the colon.
func codedHeadingWithColon(s string) (heading, rest string, ok bool) {
	if !strings.Contains(s, "：") && !strings.Contains(s, ":") {
		return "", "", false
	}
	m := codedHeadingRE.FindStringIndex(s)
	if m == nil {
		if m = namedHeadingRE.FindStringIndex(s); m != nil {
			colon := strings.IndexAny(s, ":：")
			_, size := utf8.DecodeRuneInString(s[colon:])
			m[1] = colon + size
		}
	}
	if m == nil || m[1] >= len(s) {
		return "", "", false
	}
	colon := strings.LastIndexAny(s[:m[1]], ":：")
	return s[:colon], s[m[1]:], true
}

// alternativeRE matches a direction word followed by the template's
// alternative in parentheses: "增加（减少）", "增长(下降)".
var alternativeRE = regexp.MustCompile(`(?:增加|减少|增长|下降|上升|降低)[（(](?:增加|减少|增长|下降|上升|降低)[）)]`)

// hasAlternatives reports whether a sentence prints a direction word with
// the template's alternative.
func hasAlternatives(s string) bool {
	return mayHaveAlternative(s) && alternativeRE.MatchString(s)
}

// mayHaveAlternative reports whether an opening bracket in s is followed
// by the first character of a direction word, as in every match of
// alternativeRE (guards_test.go compares). The brackets are looked for by
// their bytes, one form at a time.
func mayHaveAlternative(s string) bool {
	return bracketBeforeDirection(s, "（") || bracketBeforeDirection(s, "(")
}

// bracketBeforeDirection reports whether open is followed in s by 增, 减,
// 下, 上 or 降.
func bracketBeforeDirection(s, open string) bool {
	for {
		i := strings.Index(s, open)
		if i < 0 {
			return false
		}
		s = s[i+len(open):]
		if len(s) >= 3 {
			switch s[:3] {
			case "增", "减", "下", "上", "降":
				return true
			}
		}
	}
}

// knownFieldRE matches names of amounts the 情况说明 gives shares of: a
// name of these not understood where it stands is not the subject before
// it.
var knownFieldRE = regexp.MustCompile(`基本支出|项目支出|人员经费|公用经费|收入|支出`)

// listRE is a number printed without its unit before another that has
// one, in a list: "各是2995.39、2995.39万元", "各下降1.87%、1.87%".
var listRE = regexp.MustCompile(`([0-9][0-9,]*(?:\.[0-9]+)?)(、|，|,|和|及|与)([0-9][0-9,]*(?:\.[0-9]+)?)(万元|亿元|元|%|％)`)

// expandLists gives every number of a list its unit: "2995.39、2995.39万元"
// reads "2995.39万元、2995.39万元".
func expandLists(s string) string {
	for range 8 {
		if !mayHaveList(s) {
			break
		}
		t := listRE.ReplaceAllStringFunc(s, func(m string) string {
			g := listRE.FindStringSubmatch(m)
			if g[2] == "," && !strings.Contains(g[1], ".") {
				return m // "2,940.05万元": a thousands separator, not a list
			}
			return g[1] + g[4] + g[2] + g[3] + g[4]
		})
		if t == s {
			break
		}
		s = t
	}
	return s
}

// rateFirstRE is a growth rate followed by its change in brackets:
// "比上年下降2.91%（减少43.21万元）".
var rateFirstRE = regexp.MustCompile(`(增长|上升|下降|降低)(了)?([0-9]+(?:\.[0-9]+)?)(%|％)[（(](增加|减少)(了)?([0-9][0-9,]*(?:\.[0-9]+)?)(万元|亿元|元)[）)]`)

// changeBeforeRate puts a change printed in brackets after its growth rate
// before it, as the rate's change is read: "下降2.91%（减少43.21万元）"
// reads "减少43.21万元，下降2.91%". A change whose direction is not the
// rate's is left as printed.
func changeBeforeRate(s string) string {
	if !strings.Contains(s, "增加") && !strings.Contains(s, "减少") {
		return s
	}
	return rateFirstRE.ReplaceAllStringFunc(s, func(m string) string {
		g := rateFirstRE.FindStringSubmatch(m)
		up := g[1] == "增长" || g[1] == "上升"
		if up != (g[5] == "增加") {
			return m
		}
		return g[5] + g[7] + g[8] + "，" + g[1] + g[3] + g[4]
	})
}

// listSeparators are the separators of listRE.
var listSeparators = [...]string{"、", "，", ",", "和", "及", "与"}

// mayHaveList reports whether s holds one of listRE's separators with an
// ASCII digit or comma just before it and an ASCII digit just after it,
// as every match of listRE does (guards_test.go compares): most sentences
// hold separators, few between two numbers.
func mayHaveList(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != ',' {
			continue
		}
		rest := s[i+1:]
		for _, sep := range listSeparators {
			if len(rest) > len(sep) && rest[len(sep)] >= '0' && rest[len(sep)] <= '9' && strings.HasPrefix(rest, sep) {
				return true
			}
		}
	}
	return false
}

// followList notes, before the sentence next is read, whether the
// sentence just read (x.sentenceText, its head x.head) opened a list of a
// total's parts ("…合计2940.05万元，其中：…"), or next opens one after a
// total in the clause before ("本年收入合计2946.25万元；其中：…"), and whether
// next goes on the same sentence (the one before ended in "；").
func (x *extractor) followList(next string) {
	last := x.sentenceText
	if last == "" {
		return
	}
	if i := strings.Index(last, "其中"); i > 0 && x.head != nil && strings.ContainsAny(last[:i], "0123456789") {
		x.listTotal = x.head
	}
	x.inList = strings.HasSuffix(last, "；") || strings.HasSuffix(last, ";")
	if x.inList && x.head != nil && strings.HasPrefix(strings.TrimLeft(next, " \u3000"), "其中") {
		x.listTotal = x.head
	}
}

// listNames splits the names before 分别 ("人员经费和公用经费") into the
// names the figures after it are of, in order.
func listNames(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == '和' || r == '、' || r == '及' || r == '与' || r == '，' || r == ','
	})
}

// sentence reads the events of a sentence in order.
func (x *extractor) sentence(st sentence) {
	x.followList(st.text)
	if x.head != nil {
		x.prevHead = x.head
	}
	if !x.inList && x.listTotal != nil {
		// The sentence after a list of parts: its total is what it
		// continues from.
		x.prevHead, x.listTotal = x.listTotal, nil
	}
	x.head = nil
	if t := changeBeforeRate(expandLists(st.text)); t != st.text {
		st.printed, st.text = st.text, t
	}
	x.sentenceText = st.text
	x.priorOpened, x.priorName = false, ""
	evs := scan(st.text)
	if len(evs) == 0 {
		// "1、一般公共服务支出（类）财政事务（款）行政运行（项）。" names the
		// subject of the sentences after it; a phrase that names no code
		// leaves them without one rather than with the last.
		if _, _, _, ok := functionTable(x.ctx); ok && len(st.text) <= maxName && (markerRE.MatchString(st.text) || numberingRE.MatchString(st.text)) {
			// A numbered item heading in another form ("行政运行（2010601）",
			// "一般公共服务支出-财政事务-行政运行", "“行政运行”科目") names
			// the item too; one that names nothing known leaves the
			// sentences after it without a subject, not with the last.
			name := x.cleanName(st.text)
			c, ok := x.funcs.phrase(st.text)
			if !ok {
				c, ok = x.headingCode(name)
			}
			if ok {
				x.setSubject(x.functionSubject(c, name))
			} else {
				x.subj = unheld(name, "no 功能分类 code is named "+name)
			}
		}
		return
	}
	prev := 0
	listLead, listAt := "", 0 // the lead of a list's first figure, and the figure's place in it
	var names []string        // the names a 分别 of the sentence gives its figures to
	// ofName is the lead of the list's k-th figure under 分别: its name,
	// then what the lead says after 分别 ("分别占本年支出合计的").
	ofName := func(lead string, k int) string {
		before, after, ok := strings.Cut(lead, "分别")
		if !ok {
			return lead
		}
		if ns := listNames(before); len(ns) > 1 {
			names = ns
		}
		if k < len(names) {
			return names[k] + strings.TrimPrefix(strings.TrimPrefix(after, "为"), "是")
		}
		return lead
	}
	unitOwned := false // the sentence has turned to one of the department's units
	others := -1       // whether the sentence names a unit other than the department (-1: not yet known)
	compared := ""     // the text of a comparison just read ("决算数小于预算数")
	lastLead := ""     // the lead of the last figure
	for _, ev := range evs {
		if ev.start < prev {
			continue
		}
		window := st.text[prev:ev.start]
		lead := clip(leadOf(window))
		x.opening = prev == 0
		if !unitOwned && (mayOwnUnit(window) || mayNameUnit(window)) {
			if others < 0 {
				others = 0
				if x.namesOtherUnit(st.text) {
					others = 1
				}
			}
			unitOwned = x.ownedByUnit(window, others == 1)
		}
		if unitOwned && ev.kind == evFigure && (ev.fig.unit == unitMoney || ev.fig.unit == unitPercent) && x.ctx != ctxGlossary && !x.indicators && !ev.fig.bad {
			// "其中：机关本级本年支出合计2500.00万元，所属事业单位…": a
			// unit's figures; the tables print the department's.
			prev = ev.end
			x.figs = append(x.figs, ev.fig)
			ev.fig.line, ev.fig.sentence = st.line, st.text
			x.unattributed(st, ev.fig, x.cleanName(lead), "a figure of one of the department's units (本级, 所属单位, a unit by name): the tables print the department's")
			continue
		}
		if ev.kind == evFigure && compared != "" && strings.Trim(window, "数为是 \u3000") == "" {
			// "决算数小于预算数63.87万元": the difference the comparison
			// before it states.
			lead = compared + strings.TrimSpace(window)
		} else if sep := strings.Trim(window, "、，,和及与 \u3000"); sep == "" && prev > 0 && listLead != "" {
			// The next figure of a list: "各减少56.95万元、56.95万元" is
			// two changes; "人员经费和公用经费分别为2152.26万元和184.65万元"
			// gives each name its figure.
			listAt++
			lead = ofName(listLead, listAt)
		} else {
			listLead, listAt = lead, 0
			lead = ofName(lead, 0)
		}
		prev = ev.end
		compared = ""
		if ev.kind == evCompare {
			compared = st.text[ev.start:ev.end]
		}
		if ev.kind == evFigure && ev.fig.unit == unitPercent && strings.TrimSpace(window) == "的" && budgetInsideRE.MatchString(lastLead) {
			// "完成全年预算47.44万元的201.6%": the rate of the budget stated
			// inside the phrase.
			lead = lastLead + "的"
		}
		if ev.kind == evFigure {
			lastLead = lead
		}
		switch ev.kind {
		case evFigure:
			x.figure(st, ev.fig, lead, window)
		case evFlat:
			x.flat(st, lead, window)
		case evCompare:
			x.compare(st, ev.word, lead, window)
		}
	}
}

// unitOwnerRE marks text naming one of a department's units rather than
// the department: 机关本级, 局本级, "（本级）", 所属/下属/二级 单位 (not
// 本级财政, the money's source).
var unitOwnerRE = regexp.MustCompile(`本级(?:本年|年度|全年|收入|支出|[)）]|决算|[0-9])|(?:所属|下属|二级)(?:行政)?(?:事业)?(?:单位|机构|中心)`)

// unitNameRE is a unit named before what it states: "区国库收付中心本年支出".
var unitNameRE = regexp.MustCompile(`(\p{Han}{2,20}?(?:中心|站|院|馆|队|所))(?:本级)?(?:本年|年度|全年|收入|支出)`)

// ownedByUnit reports whether the text before a figure names one of the
// department's units: by a word (本级, 所属单位), or by a name that is not
// the department's own (when the report names its department).
func (x *extractor) ownedByUnit(window string, others bool) bool {
	window = withoutScope(window, others)
	// Each expression runs only where a byte test every match passes has
	// passed (guards_test.go compares): most texts before a figure name
	// no unit.
	if mayOwnUnit(window) && unitOwnerRE.MatchString(window) {
		return true
	}
	return x.namesUnit(window)
}

// namesUnit reports whether s names a unit that is not the department
// (when the report names its department): "区国库收付中心本年支出".
func (x *extractor) namesUnit(s string) bool {
	if x.doc == nil || x.doc.Department == "" || !mayNameUnit(s) {
		return false
	}
	for _, m := range unitNameRE.FindAllStringSubmatch(s, -1) {
		name := m[1]
		if !strings.Contains(x.doc.Department, name) && !strings.Contains(name, x.doc.Department) && !strings.HasPrefix(name, "本") {
			return true
		}
	}
	return false
}

// scopeRE is a bracket describing what the department comprises
// ("本部门（含局机关本级及所属单位）"): the department, not a unit of it.
// selfLevelRE is "（本级）" after a name: the department itself, unless the
// sentence goes on to name another unit ("XX局（本级）…，XX中心…").
var (
	scopeRE     = regexp.MustCompile(`[（(][^（()）]*含[^（()）]*[)）]`)
	selfLevelRE = regexp.MustCompile(`[（(](?:机关|局|单位|部门)?本级[)）]`)
)

// withoutScope removes from s the brackets that name the department's
// own scope, and "（本级）" unless the sentence names other units.
func withoutScope(s string, others bool) string {
	if !strings.Contains(s, "（") && !strings.Contains(s, "(") {
		return s
	}
	s = scopeRE.ReplaceAllString(s, "")
	if !others {
		s = selfLevelRE.ReplaceAllString(s, "")
	}
	return s
}

// namesOtherUnit reports whether a sentence, the department's scope
// brackets aside, names a part of the department (所属, 下属, 二级 单位) or
// a unit by a name that is not the department's.
func (x *extractor) namesOtherUnit(text string) bool {
	text = withoutScope(text, true)
	if (strings.Contains(text, "所属") || strings.Contains(text, "下属") || strings.Contains(text, "二级")) && unitOwnerRE.MatchString(text) {
		return true
	}
	return x.namesUnit(text)
}

// mayOwnUnit reports whether s holds 本级, 所属, 下属 or 二级, one of
// which every match of unitOwnerRE holds.
func mayOwnUnit(s string) bool {
	return strings.Contains(s, "本级") || strings.Contains(s, "所属") || strings.Contains(s, "下属") || strings.Contains(s, "二级")
}

// unitFollowers are what unitNameRE's unit name is followed by.
var unitFollowers = [...]string{"本年", "年度", "全年", "收入", "支出"}

// mayNameUnit reports whether s holds 中心, 站, 院, 馆, 队 or 所 followed,
// after 本级 or nothing, by one of unitFollowers, as every match of
// unitNameRE does. The last character of the unit's word is found by its
// bytes (心 E5 BF 83, 站 E7 AB 99, 院 E9 99 A2, 馆 E9 A6 86, 队 E9 98 9F, 所
// E6 89 80).
func mayNameUnit(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		switch s[i] {
		case 0xE5, 0xE6, 0xE7, 0xE9:
		default:
			continue
		}
		switch c := s[i : i+3]; c {
		case "心":
			if !strings.HasSuffix(s[:i], "中") {
				continue
			}
		case "站", "院", "馆", "队", "所":
		default:
			continue
		}
		rest := strings.TrimPrefix(s[i+3:], "本级")
		for _, f := range unitFollowers {
			if strings.HasPrefix(rest, f) {
				return true
			}
		}
	}
	return false
}

// textBefore returns the paragraph's text before figure f of sentence st,
// at most maxName bytes of it (from a rune boundary).
func (x *extractor) textBefore(st sentence, f *figure) string {
	end := x.paraAt + f.start
	if end > len(x.para) || !strings.HasPrefix(x.para[x.paraAt:], st.text) {
		return clip(st.text[:f.start])
	}
	return clip(x.para[:end])
}

// maxName bounds the words read before a figure (in bytes): a name is
// never longer, and reading no more keeps the reader linear on any input.
const maxName = 600

// clip keeps the last maxName bytes of a lead, from a rune boundary.
func clip(lead string) string {
	if len(lead) <= maxName {
		return lead
	}
	i := len(lead) - maxName
	for i < len(lead) && !utf8.RuneStart(lead[i]) {
		i++
	}
	return lead[i:]
}

// setSubject makes s the subject of the clauses that follow, keeping the
// current one (and what has been printed for it) when s is the same.
func (x *extractor) setSubject(s *subject) *subject {
	if s == nil {
		return x.subj
	}
	if s.sameAs(x.subj) {
		return x.subj
	}
	x.subj = s
	if s.class.Valid() {
		x.class = s.class
	}
	return s
}

// subjectOf returns the subject named by name (or, when name names
// nothing, by the whole lead: 一般公共预算财政拨款支出决算), else the current
// one, else the context's default.
func (x *extractor) subjectOf(name, lead, window string) *subject {
	if n := x.cleanName(name); n != "" {
		for _, n := range []string{n, x.cleanName(lead)} {
			if s := x.resolve(n, window); s != nil {
				return x.setSubject(s)
			}
		}
	}
	if x.subj != nil {
		return x.subj
	}
	return x.setSubject(x.defaultSubject())
}

var (
	changeRE = guard(`(?:各)?(增加|减少|增长|下降|降低|上升|节约|超出)(?:了)?$`, endsWithOneOf("加少长降低升约出了"))
	growthRE = guard(`(增长|下降|减少|增加|降低|上升|增幅|降幅|涨幅|减幅)(?:率)?(?:了)?(?:幅度)?(?:为|是|达)?$`, endsWithOneOf("长降少加低升了度为是幅达率"))
	budgetRE = guard(`(?:年初预算|全年预算|调整后预算|预算)(?:数|金额)?(?:为|是)?$`, endsWithOneOf("算数额为是"))
	// diffBudgetRE ends the words of the 决算's difference from the budget
	// ("决算数小于预算数", "支出决算大于年初预算").
	diffBudgetRE = regexp.MustCompile(`(?:决算数?|决算)?(大于|小于|高于|低于|超过|超出|少于|多于)(?:年初|全年)?预算(?:数)?(?:为|是)?$`)
	// adjustedRE ends the words of a budget adjusted during the year
	// (调整预算, 调整后预算): not the 年初预算 the tables print.
	adjustedRE   = regexp.MustCompile(`(?:调整预算|调整后预算|调整后的预算)(?:数|金额)?(?:为|是)?$`)
	actualRE     = guard(`(?:支出)?(?:决算|执行)(?:数)?(?:为|是)?$`, endsWithOneOf("算行数为是"))
	completionRE = guard(`完成(?:了)?(?:年初|全年|调整后的|调整后|调整)?(?:预算|计划)(?:数)?的?$|(?:预算)?执行率(?:为|达)?$|(?:为|占)(?:年初|全年|调整后的|调整后|调整)?预算(?:数)?的$`, endsWithOneOf("算划数的率为达"))
	baseRE       = guard(`(?:较|比|与|同)?(?:上年度|上一年度|上年|去年同期|去年|同期|[0-9０-９]{4}年度|[0-9０-９]{4}年)(?:相比|比较)?[，,]?(?:各)?`, containsOneOf("年", "同期"))
	budgetBaseRE = guard(`(?:较|比|与)?(?:年初|全年)?预算(?:数)?(?:相比)?[，,]?`, containsOneOf("预算"))
	// lastYearClauseRE ends a clause comparing with last year
	// ("收入支出总体与上年相比").
	lastYearClauseRE = regexp.MustCompile(`(?:较|比|与|同)(?:上年度|上一年度|上年|去年同期|去年|[0-9０-９]{4}年度?)(?:相比|比较)?$`)
	lastYearRE       = guard(`上年|上一年|去年|同期|[0-9０-９]{4}年度?相比|[较比与][0-9０-９]{4}年`, containsOneOf("年", "同期"))
	// budgetWordRE names the budget as the base of a comparison; 一般公共
	// 预算 alone does not.
	budgetWordRE = guard(`(?:比|较|与|超)(?:年初|全年|调整后)?预算|年初预算|全年预算|预算数|预决算`, containsOneOf("预算", "预决算"))
	scoreRE      = guard(`(?:得分|分数|评分)(?:为|是)?$`, endsWithOneOf("分数为是"))
	// priorFigureRE ends the words before an earlier year's figure:
	// "由2023年的3003.19万元减少至…", "比上年度决算数3003.19万元减少…".
	priorFigureRE = guard(`(?:由|从|比|较|与)(?:上年度?|上一年度?|去年|[0-9０-９]{4}年度?)(?:决算|预算执行)?(?:数)?(?:的)?(?:为)?$`, endsWithOneOf("年度算数的为"))
	// floorRE ends the words of a target (不少于50家, 不低于90%), not a result.
	floorRE = guard(`(?:不少于|不低于|不超过|不高于|不多于|少于|多于|超过)$`, endsWithOneOf("于过"))
)

// figure reads one figure of a sentence: lead is the words just before
// it (after the last clause break), window all the text since the event
// before it.
func (x *extractor) figure(st sentence, f *figure, lead, window string) {
	if f.unit == unitScore && !scoreRE.MatchString(lead) {
		return // 分 of something else: not a figure
	}
	f.line, f.sentence = st.line, st.text
	x.figs = append(x.figs, f)
	rest := after(st.text, f)
	switch {
	case x.ctx == ctxGlossary || x.indicators:
		x.ignore(f)
		return
	case isThreshold(rest) || f.unit != unitMoney && floorRE.MatchString(lead):
		x.ignore(f)
		return
	case f.bad:
		x.unattributed(st, f, x.cleanName(lead), "the figure does not read as a number")
		return
	case f.unit == unitCount || f.unit == unitScore:
		var of disclosure.Ref
		if x.ctx == ctxThree && f.unit == unitCount {
			of = threePublicCount(f, x.textBefore(st, f), lead)
		}
		x.emit(st, f, disclosure.KindCount, x.cleanName(lead), "", of, disclosure.Ref{})
		return
	}
	switch {
	case x.project:
	case x.ctx == ctxPerf:
		x.perfFigure(st, f, lead, window)
		return
	case x.ctx == ctxAssets:
		x.unattributed(st, f, x.cleanName(lead), "国有资产占用 states counts, not amounts")
		return
	}
	if f.unit == unitMoney {
		x.money(st, f, lead, window)
	} else {
		x.percent(st, f, lead, window)
	}
}

// money reads an amount: a change against last year or the budget, a
// 年初预算数, a 决算数 or a plain amount.
func (x *extractor) money(st sentence, f *figure, lead, window string) {
	if l, ok := signedChange(lead); ok {
		lead = l
	} else if l != lead {
		x.unattributed(st, f, x.cleanName(l), "a negative figure after a word of decrease")
		return
	}
	if approximate(lead) {
		// "近3000万元", "超过400万元的项目": a round figure or a bound, not
		// an amount of the report.
		x.ignore(f)
		return
	}
	if priorFigureRE.MatchString(lead) {
		// An earlier year's figure, given beside the change: not this
		// year's (last year's report would say it); the change after it
		// checks it ([extractor.priorStated]).
		x.ignore(f)
		x.priorFig = f
		return
	}
	if m := diffBudgetRE.FindStringSubmatchIndex(lead); m != nil {
		// "决算数小于预算数53.87万元" (Gansu): the 决算 less the budget,
		// not a budget figure.
		word := "增加"
		switch lead[m[2]:m[3]] {
		case "小于", "低于", "少于":
			word = "减少"
		}
		x.vsBudget(st, f, word, budgetBaseRE.ReplaceAllString(lead[:m[0]], ""), lead, window)
		return
	}
	if m := changeRE.FindStringSubmatchIndex(lead); m != nil {
		word, rest := lead[m[2]:m[3]], lead[:m[0]]
		budget := budgetWordRE.MatchString(rest) || budgetWordRE.MatchString(window) && !lastYearRE.MatchString(window)
		if budget {
			x.vsBudget(st, f, word, budgetBaseRE.ReplaceAllString(rest, ""), lead, window)
		} else {
			x.change(st, f, word, baseRE.ReplaceAllString(rest, ""), lead, window)
		}
		return
	}
	if x.ctx == ctxProcure {
		// 面向中小企业预留…预算金额 is a reservation figure, not a budget.
		if field := reservationField(normalize(window)); field != "" {
			x.amount(st, f, x.setSubject(procure(field)), lead)
			return
		}
	}
	if m := budgetRE.FindStringIndex(lead); m != nil {
		x.budget(st, f, lead[:m[0]], lead, window)
		return
	}
	if m := actualRE.FindStringIndex(lead); m != nil {
		s := x.subjectOf(lead[:m[0]], lead, window)
		x.amount(st, f, s, lead)
		return
	}
	prior := x.priorYearClause(lead)
	if prior && x.opening {
		x.priorOpened, x.priorName = true, strings.TrimSpace(priorYearLeadRE.ReplaceAllString(strings.TrimSpace(lead), ""))
	}
	if prior || x.governedByPriorYear(lead) {
		// "2023年度收入支出总计3052.34万元", "上年收入支出总计…": last
		// year's figure; the subject it names goes on (", 2024年度2940.05
		// 万元").
		if n := x.cleanName(lead); n != "" {
			if r := x.resolve(n, window); r != nil {
				x.setSubject(r)
			}
		}
		x.ignore(f)
		return
	}
	var s *subject
	if part, ok := afterUsedFor(lead); ok {
		// "机关运行经费主要用于办公费15.20万元": the figure is the
		// component's, named after 主要用于 or 包括, not the subject's.
		if n := x.cleanName(part); n != "" {
			if r := x.resolve(n, window); r != nil {
				x.amount(st, f, x.itemOfHead(r, window), lead)
				return
			}
		}
		x.unattributed(st, f, x.cleanName(part), "a component of what the sentence is about, which the document does not print")
		return
	}
	if n := x.cleanName(lead); n != "" {
		if r := x.resolve(n, window); r != nil {
			if x.fundFlow(st, f, lead, r) {
				return
			}
			s = x.setSubject(x.itemOfHead(x.itemSplit(n, r), window))
		}
	}
	if s == nil && x.ctx == ctxProcure {
		s = x.resolve("", window) // the 预留 figures name themselves clauses before
	}
	if s == nil {
		name := x.cleanName(lead)
		why := fmt.Sprintf("no table cell or part is named %q here", name)
		x.unattributed(st, f, name, why)
		if name != "" && (x.opening && listItemRE.MatchString(window) || x.ctx == ctxThree) {
			// A list's item: a change stated after it ("1.一般公共服务支出
			// 2106.66万元：主要用于…。较上年减少63.14万元") is this figure's,
			// not the subject's before it (the list's head). So in the
			// "三公" section, of what it names besides the "三公"
			// ("培训费支出4.05万元，比上年增加0.50万元"): not the 三公's.
			x.subj = unheld(name, why)
		}
		return
	}
	x.amount(st, f, s, lead)
}

// itemSplit is the subject of 基本支出 or 项目支出 in a sentence whose head
// is a 功能分类 item ("行政运行（2010601）支出决算1511.89万元，其中：基本支出
// 1511.89万元，项目支出0万元"): the item's own split, its row's column, not
// the table's; else r.
func (x *extractor) itemSplit(name string, r *subject) *subject {
	h := x.head
	if h == nil || h == r {
		return r
	}
	col := accounts.ColBasic
	switch normalize(name) {
	case "基本支出":
	case "项目支出":
		col = accounts.ColProject
	default:
		return r
	}
	ref, ok := itemTotal(h)
	if !ok {
		return r
	}
	ref.Column = col
	return newSubject(h.name+"："+name, ref)
}

// itemTotal returns the ref of a subject that is one 功能分类 item's 合计
// in a table that prints its 基本支出 and 项目支出 beside it (the 支出决算表,
// the 一般公共预算财政拨款支出决算表).
func itemTotal(s *subject) (disclosure.Ref, bool) {
	if !s.item || len(s.of) != 1 {
		return disclosure.Ref{}, false
	}
	ref := s.of[0]
	ok := ref.Function.Valid() && ref.Column == accounts.ColTotal && (ref.Table == accounts.KindGeneralBudget || ref.Table == accounts.KindExpenditure)
	return ref, ok
}

// itemOfHead is the subject of a 功能分类 item listed under the sentence's
// 基本支出 or 项目支出 ("项目支出603.14万元，主要用于：行政运行8.37万元、…",
// "项目支出中，行政运行8.37万元"): the item's row's 基本支出 or 项目支出
// column, not its 合计; else r.
func (x *extractor) itemOfHead(r *subject, window string) *subject {
	if r == nil {
		return r
	}
	ref, ok := itemTotal(r)
	if !ok {
		return r
	}
	col := accounts.Column(0)
	if h := x.head; h != nil && h != r && len(h.of) == 1 {
		if hr := h.of[0]; hr.Item == accounts.ItemTotal && !hr.Function.Valid() && hr.Table == ref.Table && hr.Side == ref.Side &&
			(hr.Column == accounts.ColBasic || hr.Column == accounts.ColProject) {
			col = hr.Column
		}
	}
	// "项目支出中，行政运行8.37万元": the words before the item say so.
	switch {
	case col != 0:
	case strings.Contains(window, "项目支出中"):
		col = accounts.ColProject
	case strings.Contains(window, "基本支出中"):
		col = accounts.ColBasic
	default:
		return r
	}
	ref.Column = col
	u := newSubject(r.name, ref) // not an item of the section's sum of 年初预算
	u.class = r.class
	return u
}

// budgetInsideRE ends the lead of a budget stated inside a completion
// phrase: "完成全年预算" before "47.44万元的201.6%".
var budgetInsideRE = regexp.MustCompile(`完成(?:了)?(?:年初|全年|调整后的|调整后|调整)?(?:预算|计划)(?:数)?$`)

// listItemRE opens a numbered item of a list: "1.", "2、", "（三）".
var listItemRE = regexp.MustCompile(`^\s*(?:[0-9]{1,2}[.、．]|[（(][一二三四五六七八九十0-9]{1,3}[)）])`)

// priorYearLeadRE opens a clause about an earlier year: a year, or 上年;
// after a heading run into the clause ("（一）机关运行经费支出情况2023年度…").
var priorYearLeadRE = regexp.MustCompile(`^(?:[（(][一二三四五六七八九十]+[）)][^0-9，,。]{0,30}?情况)?(?:([0-9]{4})年度?|上年度?|上一年度?|去年)`)

// priorYearClause reports whether a clause names an earlier year than the
// document's at its start ("2023年度收入支出总计", "上年收入支出总计") and
// compares nothing (a clause with 比, 较, 与 or 相比 is a comparison).
func (x *extractor) priorYearClause(lead string) bool {
	m := priorYearLeadRE.FindStringSubmatch(lead)
	if m == nil || strings.ContainsAny(lead, "比较与") {
		return false
	}
	if rest := lead[len(m[0]):]; strings.HasPrefix(rest, "结转") || strings.HasPrefix(rest, "结余") {
		return false // 上年结转资金: this year's income from last year's money
	}
	if m[1] == "" {
		return true // 上年, 去年
	}
	y, err := strconv.Atoi(m[1])
	return err == nil && x.doc != nil && x.doc.Year > 0 && y < x.doc.Year
}

// governedByPriorYear reports whether a later clause of a sentence that
// opened with an earlier year's figure is of that year too: it names no
// year, compares nothing, and does not set 本年 against the year's name
// ("上年收入合计3009.39万元，本年收入合计2946.25万元" is this year's; in
// "2023年度本年收入合计3009.39万元，本年支出合计3003.19万元" 本年 is the
// tables' name, as after the year).
func (x *extractor) governedByPriorYear(lead string) bool {
	if !x.priorOpened || x.opening || strings.ContainsAny(lead, "比较与") || yearWordRE.MatchString(lead) {
		return false
	}
	n := strings.TrimLeft(lead, "，,、；;：: \u3000")
	return !strings.HasPrefix(n, "本年") || strings.HasPrefix(x.priorName, "本年")
}

// yearWordRE names a year: a number of one, 上年, 本年度, 今年, 去年.
var yearWordRE = regexp.MustCompile(`[0-9]{4}年|上年|上一年|去年|今年|本年度|当年`)

// signedChange reads a change printed as a negative figure, as reports
// filled from a spreadsheet write it ("增加-56.95万元", "增减变化-56.95万元",
// "增长-1.87%"): the lead with its word of increase (or of change) made
// the word of decrease, and true. A lead with no minus at its end is
// returned as it is, with true; one whose minus follows a word of
// decrease ("减少-56.95") or none, without the minus and false.
func signedChange(lead string) (string, bool) {
	l := strings.TrimRight(lead, "-－−")
	if l == lead {
		return lead, true
	}
	for _, w := range []struct{ from, to string }{
		{"增减变化率", "下降"}, {"增减变化", "减少"}, {"增减额", "减少"}, {"变化率", "下降"}, {"增长率", "下降"},
		{"增加额", "减少"}, {"增加", "减少"}, {"增长", "下降"}, {"上升", "下降"}, {"变化", "减少"},
	} {
		if strings.HasSuffix(l, w.from) {
			return strings.TrimSuffix(l, w.from) + w.to, true
		}
	}
	return l, false
}

// flowNames are what a 收入支出 summary lists: the department's in the
// 收入支出决算总表, a fund's when a fund is named before them.
var flowNames = []string{"年初结转和结余", "年末结转和结余", "本年收入合计", "本年支出合计", "本年收入", "本年支出", "使用非财政拨款结余", "结余分配"}

// fundFlow reads a figure of a fund's own summary ("一般公共预算财政拨款
// 收支。2024年度一般公共预算财政拨款年初结转和结余21.63万元，本年收入…",
// the Guangdong form): a flow named after the fund at the sentence's start
// is the fund's, not the department's: when it would be compared with the
// 收入支出决算总表, it is said as not compared instead.
func (x *extractor) fundFlow(st sentence, f *figure, lead string, r *subject) bool {
	department := false // r is a figure of the department's 收入支出决算总表
	for _, ref := range r.of {
		department = department || ref.Table == accounts.KindSummary
	}
	if !department {
		return false // the fund's own table holds it (政府性基金, 国有资本经营)
	}
	name := normalize(x.cleanName(lead))
	flow := false
	for _, n := range flowNames {
		if strings.HasSuffix(name, n) {
			flow = true
			break
		}
	}
	if !flow {
		return false
	}
	before := x.sentenceText
	if i := strings.Index(before, f.text); i >= 0 {
		before = before[:i]
	}
	before = strings.ReplaceAll(before, "非财政拨款", "") // 使用非财政拨款结余: the department's
	for _, fund := range []string{"一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款", "财政拨款"} {
		if strings.Contains(before, fund) && !strings.Contains(name, "财政拨款") || strings.Contains(name, fund) && name != fund {
			x.unattributed(st, f, x.cleanName(lead), "a fund's own "+name+", which the summary tables print only for the department")
			return true
		}
	}
	return false
}

// approximate reports whether the words before a figure make it a round
// figure or a bound (近, 约, 超过, 逾, 不足, …).
func approximate(lead string) bool {
	for _, w := range []string{"将近", "接近", "近", "大约", "约", "超过", "逾", "不足", "不到", "高于", "低于", "多于", "少于"} {
		if strings.HasSuffix(lead, w) {
			return true
		}
	}
	return false
}

// afterUsedFor returns the name after the last 主要用于, 用于 or 包括 of a
// lead ("机关运行经费主要用于办公费" → "办公费"), when one follows it.
func afterUsedFor(lead string) (string, bool) {
	best := -1
	word := ""
	for _, w := range []string{"主要用于", "用于", "包括"} {
		if i := strings.LastIndex(lead, w); i > best {
			best, word = i, w
		}
	}
	if best < 0 {
		return "", false
	}
	part := strings.TrimLeft(lead[best+len(word):], "：:"+clauseBreaks+" \u3000")
	return part, part != ""
}

// amount states that f repeats the subject's value.
func (x *extractor) amount(st sentence, f *figure, s *subject, lead string) {
	switch {
	case s == nil:
		x.unattributed(st, f, x.cleanName(lead), "the sentence names nothing the figure could repeat")
		return
	case s.noField != "":
		s.printedFig = f
		x.unattributed(st, f, x.subjectText(s, lead), s.noField)
		return
	case s.special != "":
		x.reception(st, f, s, lead)
		return
	case len(s.of) == 0:
		x.unattributed(st, f, x.subjectText(s, lead), "nothing in the document holds it")
		return
	}
	for _, r := range s.of {
		x.emit(st, f, disclosure.KindAmount, x.subjectText(s, lead), "", r, disclosure.Ref{})
	}
	if x.head == nil {
		x.head = s
	}
	s.actual = f
	if s.item {
		if x.itemsActual == nil {
			x.itemsActual = map[*subject]bool{}
		}
		x.itemsActual[s] = true
	}
}

// reception handles 外宾接待支出 and 国内公务接待支出, parts of the 公务接待费
// the "三公" table does not split: each is the whole less the other (when
// printed), known at the end of the section.
func (x *extractor) reception(st sentence, f *figure, s *subject, lead string) {
	if s.special == "外宾" && strings.Contains(lead, "含") {
		x.foreignIsIncluded = true
		x.unattributed(st, f, x.subjectText(s, lead), "the \"三公\" table does not split 外宾接待 from 公务接待费")
		return
	}
	i := x.emit(st, f, disclosure.KindAmount, x.subjectText(s, lead), "", s.of[0], disclosure.Ref{})
	p := pending{index: i, fig: f, st: st}
	if s.special == "外宾" {
		x.foreign, x.foreignFigure = append(x.foreign, p), f
	} else {
		x.domestic, x.domesticFigure = append(x.domestic, p), f
	}
}

// change reads "较上年度增加1154.49万元": a change of the subject against
// last year.
func (x *extractor) change(st sentence, f *figure, word, name, lead, window string) {
	if x.cleanName(name) == "" {
		// "收入支出总体与上年相比，减少56.95万元": the subject is named in
		// the clause before, with the comparison.
		pre := strings.TrimRight(strings.TrimSuffix(window, lead), "，,"+" \u3000")
		if m := lastYearClauseRE.FindStringIndex(pre); m != nil && m[1] == len(pre) {
			name = leadOf(pre[:m[0]])
		}
	}
	if x.cleanName(name) == "" && x.opening && x.inList && x.listTotal != nil && x.listTotal != x.prevHead {
		// "…；项目支出603.14万元，占20.51%；较上年减少63.14万元": the list's
		// total's change, or its last part's.
		x.unattributed(st, f, x.cleanName(lead), "a change after a list of parts: of their total or of the last part")
		x.subj = nil
		return
	}
	if x.cleanName(name) == "" && x.opening && x.prevHead != nil && x.prevHead.noField == "" && len(x.prevHead.of) > 0 {
		// A sentence opening with the change names nothing: it is the
		// change of what the sentence before stated first (its total),
		// not of the last part listed after 其中.
		x.subj = x.prevHead
	}
	s := x.subjectOf(name, "", window)
	if s == nil || len(s.of) == 0 || s.noField != "" {
		x.unattributed(st, f, x.cleanName(lead), "a change of nothing the sentence names")
		return
	}
	for _, r := range s.of {
		x.emit(st, f, disclosure.KindChange, x.subjectText(s, lead), word, r, disclosure.Ref{})
	}
	s.change = f
	x.priorStated(st, s, f, word)
}

// priorStated checks last year's figure printed before a change of the
// same sentence ("2995.39万元，较2023年度3062.34万元减少56.95万元"): it is
// this year's figure less an increase, or plus a decrease.
func (x *extractor) priorStated(st sentence, s *subject, change *figure, word string) {
	p := x.priorFig
	x.priorFig = nil
	if p == nil || p.sentence != st.text || s.actual == nil || s.actual.sentence != st.text {
		return
	}
	sg, ok := disclosure.Sign(word)
	if !ok || sg == 0 {
		return
	}
	diff := negated(change)
	if sg < 0 {
		diff = printed(change)
	}
	p.made, p.resolved, p.ignored = 0, false, false
	x.emit(st, p, disclosure.KindAmount, s.name+"：上年数", "", disclosure.SumRef(printed(s.actual), diff), disclosure.Ref{})
}

// vsBudget reads "比年初预算数增加16.06万元": with the 决算数 and 年初预算数
// printed, the amount is their difference; without, only its word can be
// checked.
func (x *extractor) vsBudget(st sentence, f *figure, word, name, lead, window string) {
	s := x.subjectOf(name, "", window)
	if s == nil {
		x.unattributed(st, f, x.cleanName(lead), "a difference from the budget of nothing the sentence names")
		return
	}
	if s.actual != nil && s.budgetFig != nil {
		s.actual.used, s.budgetFig.used = true, true
		// The amount is printed without its sign: 决算 − 预算 for 增加,
		// 预算 − 决算 for 减少 ("比年初预算减少53.87万元").
		diff := disclosure.SumRef(printed(s.actual), negated(s.budgetFig))
		if sg, ok := disclosure.Sign(word); ok && sg < 0 {
			diff = disclosure.SumRef(printed(s.budgetFig), negated(s.actual))
		}
		x.emit(st, f, disclosure.KindAmount, x.subjectText(s, lead), word, diff, disclosure.Ref{})
	} else {
		x.emit(st, f, disclosure.KindChange, x.subjectText(s, lead), word, disclosure.Ref{}, disclosure.Ref{})
	}
	s.vsBudget, s.change, s.vsWord = f, f, word
}

// budget reads a 年初预算数 / 全年预算数: a cell where the document has
// budgets (三公, a project's form), else a printed figure that the total's
// 年初预算 adds up, or that a completion rate or comparison uses.
func (x *extractor) budget(st sentence, f *figure, name, lead, window string) {
	s := x.subjectOf(strings.TrimSuffix(strings.TrimSuffix(name, "调整后"), "调整"), "", window)
	switch {
	case s == nil:
		x.unattributed(st, f, x.cleanName(lead), "a budget of nothing the sentence names")
		return
	case s.noField != "":
		x.unattributed(st, f, x.subjectText(s, lead), s.noField)
		return
	case adjustedRE.MatchString(lead) || strings.Contains(lead, "全年预算") && len(s.budget) == 0:
		// "调整预算为2950.00万元": the budget after the year's changes,
		// which no table prints; a completion rate may use it.
		s.adjusted = f
		x.unattributed(st, f, x.subjectText(s, lead), "a budget adjusted during the year, which no table prints")
		return
	case len(s.budget) > 0:
		for _, r := range s.budget {
			x.emit(st, f, disclosure.KindAmount, x.subjectText(s, lead), "", r, disclosure.Ref{})
		}
	case s.total:
		i := x.emit(st, f, disclosure.KindAmount, x.subjectText(s, lead), "", disclosure.Ref{}, disclosure.Ref{})
		x.totals = append(x.totals, pending{index: i, fig: f, st: st, subj: s})
	default:
		if s.item {
			if x.itemsBudget == nil {
				x.itemsBudget = map[*subject]bool{}
			}
			x.itemsBudget[s] = true
			x.items = append(x.items, f)
		}
		x.loose = append(x.loose, f)
	}
	s.budgetFig = f
}

// percent reads a percentage: a growth rate (增长21.3%, over the change
// printed before it), a share (占本年收入97.4%) or a completion rate
// (完成年初预算的107.5%).
func (x *extractor) percent(st sentence, f *figure, lead, window string) {
	if l, ok := signedChange(lead); ok {
		lead = l
	} else if l != lead {
		x.unattributed(st, f, x.cleanName(l), "a negative rate after a word of decrease")
		return
	}
	if m := growthRE.FindStringSubmatchIndex(lead); m != nil {
		word := lead[m[2]:m[3]]
		switch word {
		case "增幅", "涨幅":
			word = "增长" // "增加1084.32万元，增幅20.4%"
		case "降幅", "减幅":
			word = "下降"
		}
		s := x.subjectOf(baseRE.ReplaceAllString(lead[:m[0]], ""), "", window)
		if s == nil || s.change == nil || len(s.of) == 0 {
			x.unattributed(st, f, x.cleanName(lead), "a growth rate with no change printed before it")
			return
		}
		s.change.used = true
		for _, r := range s.of {
			x.emit(st, f, disclosure.KindGrowth, x.subjectText(s, lead), word, r, printed(s.change))
		}
		return
	}
	if m := completionRE.FindStringIndex(lead); m != nil && (strings.HasPrefix(lead[m[0]:], "为") || strings.HasPrefix(lead[m[0]:], "占")) {
		// "支出决算为2940.05万元，为年初预算的98.20%", "占年初预算的…": a
		// completion rate, not a share.
		x.completion(st, f, lead[:m[0]], lead, window)
		return
	}
	if i := strings.LastIndex(lead, "占"); i >= 0 {
		x.share(st, f, lead[:i], lead[i+len("占"):], lead, window)
		return
	}
	if m := completionRE.FindStringIndex(lead); m != nil {
		x.completion(st, f, lead[:m[0]], lead, window)
		return
	}
	x.unattributed(st, f, x.cleanName(lead), "a percentage that is no share, growth or completion rate")
}

var denTrimRE = regexp.MustCompile(`(?:的)?(?:比重|比例|比)?(?:为|是|达)?的?$`)

// share reads "占…的Y%": num and den are the words before and after 占;
// a share with no whole named is of the context's.
func (x *extractor) share(st sentence, f *figure, num, den, lead, window string) {
	var s *subject
	named := false
	if n := x.cleanName(num); n != "" {
		if r := x.resolve(n, window); r != nil {
			s = x.setSubject(r)
		} else {
			// A name the context does not know ("基本支出" in the 总体
			// 情况) is not the subject before it.
			named = knownFieldRE.MatchString(n)
		}
	}
	if s == nil && !named {
		s = x.subj
	}
	if s != nil && s.unstated {
		f.resolved, f.ignored = true, true // the template's entry; nothing to check it with
		return
	}
	if s != nil && s.noField != "" && s.printedFig != nil && s.printedFig.sentence == st.text {
		// A figure no table holds, printed in the sentence, over a whole
		// the sentence names that one does: "涉及一般公共预算当年财政拨款
		// 598.42万元，占一般公共预算项目支出总额的99.22%".
		if d := x.cleanName(denTrimRE.ReplaceAllString(trimText(den), "")); d != "" {
			if ds := x.resolveDenominator(d, window); ds != nil && len(ds.of) == 1 && ds.noField == "" {
				x.emit(st, f, disclosure.KindShare, x.subjectText(s, lead), "", printed(s.printedFig), ds.of[0])
				return
			}
		}
	}
	if s == nil || len(s.of) == 0 || s.noField != "" {
		x.unattributed(st, f, x.cleanName(lead), "a share of nothing the sentence names")
		return
	}
	over, ok := x.denominator()
	if d := x.cleanName(denTrimRE.ReplaceAllString(trimText(den), "")); d != "" {
		ok = false
		if ds := x.resolveDenominator(d, window); ds != nil && len(ds.of) > 0 && ds.noField == "" {
			over, ok = ds.of[0], true
		}
	}
	if !ok {
		x.unattributed(st, f, x.subjectText(s, lead), fmt.Sprintf("a share of an unknown whole %q", trimText(den)))
		return
	}
	for _, r := range s.of {
		x.emit(st, f, disclosure.KindShare, x.subjectText(s, lead), "", r, over)
	}
}

// resolveDenominator resolves the whole a share is of, without making it
// the subject.
func (x *extractor) resolveDenominator(name, window string) *subject {
	keep, class := x.subj, x.class
	s := x.resolve(name, window)
	x.subj, x.class = keep, class
	return s
}

// completion reads "完成年初预算的Z%": the subject's value over its budget
// (a cell, the printed 年初预算数, or the one a printed 比年初预算增加 implies).
func (x *extractor) completion(st sentence, f *figure, name, lead, window string) {
	s := x.subjectOf(name, "", window)
	if s == nil || len(s.of) == 0 || s.noField != "" {
		x.unattributed(st, f, x.cleanName(lead), "a completion rate of nothing the sentence names")
		return
	}
	var over []disclosure.Ref
	// Of the adjusted budget when it says so, or says 完成预算 with an
	// adjusted budget stated (the writer states it for this rate); of the
	// 年初预算 when it says 年初.
	adjustedBase := strings.Contains(lead, "调整") || !strings.Contains(lead, "年初") && s.adjusted != nil
	switch {
	case adjustedBase && s.adjusted != nil:
		// "完成调整预算的99.66%": of the adjusted budget.
		s.adjusted.used = true
		over = []disclosure.Ref{printed(s.adjusted)}
	case adjustedBase:
		x.unattributed(st, f, x.subjectText(s, lead), "a completion rate of an adjusted budget that is not printed")
		return
	case len(s.budget) > 0:
		over = s.budget
	case s.budgetFig != nil:
		s.budgetFig.used = true
		over = []disclosure.Ref{printed(s.budgetFig)}
	case s.actual != nil && s.vsBudget != nil:
		b, err := s.actual.amount.Sub(signed(s.vsWord, s.vsBudget.amount))
		if err != nil {
			x.unattributed(st, f, x.subjectText(s, lead), err.Error())
			return
		}
		s.actual.used, s.vsBudget.used = true, true
		over = []disclosure.Ref{disclosure.PrintedRef(b, max(s.actual.decimals, s.vsBudget.decimals))}
	default:
		x.unattributed(st, f, x.subjectText(s, lead), "a completion rate with no budget printed or in the document")
		return
	}
	for i, r := range s.of {
		x.emit(st, f, disclosure.KindCompletion, x.subjectText(s, lead), "", r, over[min(i, len(over)-1)])
	}
}

// flat reads a 持平 printed without a figure: a change of 0 against last
// year, or (against the budget) a comparison.
func (x *extractor) flat(st sentence, lead, window string) {
	if budgetWordRE.MatchString(lead) {
		x.compare(st, "持平", lead, window)
		return
	}
	s := x.subjectOf(baseRE.ReplaceAllString(lead, ""), "", window)
	if s == nil || len(s.of) == 0 || s.noField != "" {
		return
	}
	for _, r := range s.of {
		x.emit(st, nil, disclosure.KindChange, x.subjectText(s, lead), "持平", r, disclosure.Ref{})
	}
}

// compare reads "支出决算数大于年初预算数": the subject's value against its
// budget, as cells where the document has budgets, else as printed.
func (x *extractor) compare(st sentence, word, lead, window string) {
	s := x.subjectOf(lead, "", window)
	if s == nil || s.noField != "" {
		return
	}
	switch {
	case len(s.budget) > 0 && len(s.of) > 0:
		for i, r := range s.of {
			x.emit(st, nil, disclosure.KindCompare, x.subjectText(s, lead), word, r, s.budget[min(i, len(s.budget)-1)])
		}
	case s.actual != nil && s.budgetFig != nil:
		s.actual.used, s.budgetFig.used = true, true
		x.emit(st, nil, disclosure.KindCompare, x.subjectText(s, lead), word, printed(s.actual), printed(s.budgetFig))
	}
}

// perfBudgetRE names the budget of the evaluated projects (涉及预算金额).
var perfBudgetRE = guard(`预算(?:金额|数|资金)|年初预算|全年预算`, containsOneOf("预算"))

// perfFigure reads an amount or a percentage of the 预算绩效 paragraphs:
// the money of the evaluated projects and its share; other percentages
// are indicator results.
func (x *extractor) perfFigure(st sentence, f *figure, lead, window string) {
	n := normalize(lead)
	if f.unit == unitPercent {
		if i := strings.LastIndex(lead, "占"); i >= 0 {
			x.share(st, f, lead[:i], lead[i+len("占"):], lead, window)
			return
		}
		x.ignore(f)
		return
	}
	var s *subject
	switch {
	case perfBudgetRE.MatchString(n):
		if len(x.forms) == 0 {
			x.unattributed(st, f, x.cleanName(lead), "the document has no project self-evaluation forms whose 预算数 it could add up")
			return
		}
		before := st.text
		if i := strings.Index(before, lead); i >= 0 {
			before = before[:i+len(lead)]
		}
		if nb := normalize(before); !strings.Contains(nb, "自评") && (strings.Contains(nb, "绩效目标") || strings.Contains(nb, "跟踪") || strings.Contains(nb, "监控")) {
			// "编报绩效目标的项目4个，涉及预算金额…", "绩效跟踪评价的项目…":
			// the budgets of other sets of projects than those
			// self-evaluated, at other times of the year.
			x.unattributed(st, f, x.cleanName(lead), "the projects with performance targets or monitored during the year, not the self-evaluated ones")
			return
		}
		if n, ok := projectCount(before); ok && n != len(x.forms) {
			// "项目4个，涉及预算金额…" with one form printed: the forms are
			// not all the projects the sentence counts.
			x.unattributed(st, f, x.cleanName(lead), fmt.Sprintf("the sentence counts %d projects and %d self-evaluation forms were read", n, len(x.forms)))
			return
		}
		s = newSubject("项目预算数", disclosure.PartRef(disclosure.PartProjects, "预算数"))
	case isProjectPart(normalize(x.cleanName(lead))) || isCostItem(normalize(x.cleanName(lead))):
		// "信息化建设项目支出135.25万元": one project's spending;
		// "信息化运维费支出30.00万元": one cost.
		s = unheld(x.cleanName(lead), whyProjectPart)
	case strings.Contains(st.text, "整体") && (strings.Contains(n, "资金") || strings.Contains(n, "金额") || strings.Contains(n, "支出")):
		// "部门整体支出绩效自评，涉及资金2940.05万元": the department's
		// whole spending (基本 and 项目), not 项目支出.
		s = unheld("部门整体支出资金", "the money of the department's whole spending evaluated, which may be its 本年支出 or its 财政拨款 spending")
	case (strings.Contains(n, "资金") || strings.Contains(n, "金额") || strings.Contains(n, "支出")) && evaluatedSubset(normalize(st.text)):
		// "组织对4个项目开展了绩效自评，涉及…598.42万元": the money of the
		// projects evaluated, a part of 项目支出.
		s = unheld("评价项目资金", "the money of the projects evaluated, a part of 项目支出 that no table prints")
	case strings.Contains(n, "资金") || strings.Contains(n, "金额") || strings.Contains(n, "支出"):
		s = newSubject("项目支出", t03(accounts.ColProject))
	default:
		u := unheld(x.cleanName(lead), "an amount of the 预算绩效 paragraphs of no known kind")
		u.printedFig = f
		x.subj = u // a share after it is of it
		x.unattributed(st, f, x.cleanName(lead), u.noField)
		return
	}
	x.amount(st, f, x.setSubject(s), lead)
}

// isCostItem reports whether a name is one cost (…费, …费支出): a part of
// 项目支出, not all of it.
func isCostItem(n string) bool {
	n = strings.TrimSuffix(n, "支出")
	return strings.HasSuffix(n, "费") && n != "费"
}

// evaluatedSubsetRE names the projects an evaluation covers when they are
// some of them: a number of projects, a project by name, or a kind of
// evaluation made of few (部门评价, 重点评价).
var evaluatedSubsetRE = regexp.MustCompile(`对[0-9]+个(?:重点)?项目|对"[^"]+"|部门评价|重点评价|财政评价|重点绩效评价|选取|抽取|重点项目`)

// evaluatedSubset reports whether a 预算绩效 sentence is about some of the
// projects rather than all ("全面开展", "全部项目", "所有项目").
func evaluatedSubset(s string) bool {
	s = strings.NewReplacer("“", `"`, "”", `"`).Replace(s)
	if strings.Contains(s, "全面") || strings.Contains(s, "全部") || strings.Contains(s, "所有") {
		return false
	}
	return evaluatedSubsetRE.MatchString(s)
}

// emit appends a statement of figure f (nil for a 持平 or a comparison).
func (x *extractor) emit(st sentence, f *figure, k disclosure.StatementKind, subject, word string, of, over disclosure.Ref) int {
	fig := ""
	switch {
	case f != nil:
		fig = f.text
		f.made++
	case k == disclosure.KindChange:
		fig = "0万元" // 持平: no change
	}
	x.out = append(x.out, disclosure.Statement{Line: st.line, Section: x.section, Text: st.quoted(), Subject: subject,
		Figure: fig, Kind: k, Word: word, Of: of, Over: over})
	x.owner = append(x.owner, f)
	x.dropped = append(x.dropped, false)
	return len(x.out) - 1
}

// drop removes a statement that could not be completed.
func (x *extractor) drop(i int) {
	x.dropped[i] = true
	if f := x.owner[i]; f != nil {
		f.made--
	}
}

// ignore records a figure that is no statement: a threshold, an
// indicator result.
func (x *extractor) ignore(f *figure) { f.resolved, f.ignored = true, true }

// unattributed reports a figure that no statement could be made of.
func (x *extractor) unattributed(st sentence, f *figure, subject, reason string) {
	f.resolved, f.reported = true, true
	w := fiscal.Where{Part: "情况说明", Row: subject, Text: st.quoted(), Line: st.line}
	x.found = append(x.found, ruleUnattributed.Finding(w, "%s %q: %s", orDash(subject), f.text, reason))
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// itemsCover reports whether the items read add up to at least the
// total's 支出决算数: else an item was not read, and the items' 年初预算数
// are not the total's either.
func (x *extractor) itemsCover(total *subject) bool {
	if total == nil || len(x.itemsActual) == 0 {
		return true
	}
	// The total's 支出决算数 as the narrative prints it, else as its table
	// does.
	var want fiscal.Amount
	switch {
	case total.actual != nil:
		want = total.actual.amount
	case len(total.of) == 1 && x.doc != nil:
		v, err := x.doc.Resolve(total.of[0])
		if err != nil || !v.Present {
			return true
		}
		want = v.Amount
	default:
		return true
	}
	var sum fiscal.Amount
	for s := range x.itemsActual {
		var err error
		if sum, err = sum.Add(s.actual.amount); err != nil {
			return false
		}
	}
	// Short of it: an item not read (its 年初预算 is missing from the sum
	// too). Beyond it, the items the narrative names are its own
	// statements to check, not a reading that lost one.
	short, err := want.Sub(sum)
	return err != nil || short.Cmp(fiscal.AmountTolerance(len(x.itemsActual), fiscal.WanYuan, 2)) <= 0
}

// makeWhole reports whether two parts' figures add up to what ref
// resolves to in the document (true where it cannot be resolved: nothing
// is known against them).
func (x *extractor) makeWhole(ref disclosure.Ref, a, b *figure) bool {
	if x.doc == nil {
		return true
	}
	v, err := x.doc.Resolve(ref)
	if err != nil || !v.Present {
		return true
	}
	sum, err := a.amount.Add(b.amount)
	return err != nil || v.Amount == sum
}

// dropNestedItems leaves out of the sum of the items' 年初预算 the items
// stated under another item stated ("1.一般公共服务支出（类）。年初预算为…
// 其中：（1）…行政运行（项）。年初预算为…"): the 类 holds them.
func (x *extractor) dropNestedItems() {
	code := func(s *subject) classify.Function {
		if len(s.of) == 1 {
			return s.of[0].Function
		}
		return classify.Function{}
	}
	var codes []classify.Function
	for s := range x.itemsActual {
		codes = append(codes, code(s))
	}
	for s := range x.itemsBudget {
		codes = append(codes, code(s))
	}
	nested := func(s *subject) bool {
		c := code(s)
		if !c.Valid() {
			return false
		}
		for _, p := range codes {
			if p.Valid() && p.Level() < c.Level() {
				if a, ok := c.At(p.Level()); ok && a == p {
					return true
				}
			}
		}
		return false
	}
	for s := range x.itemsActual {
		if nested(s) {
			delete(x.itemsActual, s)
		}
	}
	for s := range x.itemsBudget {
		if nested(s) {
			delete(x.itemsBudget, s)
			x.items = slices.DeleteFunc(x.items, func(f *figure) bool { return f == s.budgetFig })
		}
	}
}

// flush completes the statements of a section: the total 年初预算 as the
// sum of its items', the parts of 公务接待费, and reports the printed
// figures nothing used.
func (x *extractor) flush() {
	x.dropNestedItems()
	var items []disclosure.Ref
	for _, it := range x.items {
		items = append(items, printed(it))
	}
	missing := 0 // items with a 支出决算数 read but no 年初预算数
	for s := range x.itemsActual {
		if !x.itemsBudget[s] {
			missing++
		}
	}
	for _, p := range x.totals {
		if len(items) == 0 {
			x.drop(p.index)
			x.unattributed(p.st, p.fig, x.out[p.index].Subject, "a total 年初预算 with no itemised 年初预算数 to add up")
			continue
		}
		if missing > 0 {
			x.drop(p.index)
			x.unattributed(p.st, p.fig, x.out[p.index].Subject, fmt.Sprintf("a total 年初预算 whose items' 年初预算数 were not all read (%d of %d items without one)", missing, len(x.itemsActual)))
			continue
		}
		if !x.itemsCover(p.subj) {
			x.drop(p.index)
			x.unattributed(p.st, p.fig, x.out[p.index].Subject, "a total 年初预算 whose items' 支出决算数, as read, do not add up to its own: an item was not read")
			continue
		}
		for _, it := range x.items {
			it.used = true
		}
		x.out[p.index].Of = disclosure.SumRef(items...)
	}
	for _, p := range x.foreign {
		if x.domesticFigure != nil && !x.foreignIsIncluded && !x.makeWhole(x.out[p.index].Of, x.domesticFigure, p.fig) {
			// "国内公务接待支出36.47万元…；外事接待支出0万元" against a
			// whole of 34.67: the 国内 part, checked against the whole
			// less the 外宾 part, is the one finding of the defect, not
			// also the 外宾 part beside it.
			x.drop(p.index)
			x.ignore(p.fig)
			continue
		}
		if x.domesticFigure == nil {
			x.drop(p.index)
			x.unattributed(p.st, p.fig, x.out[p.index].Subject, "外宾接待 is not a column of the \"三公\" table, and no 国内公务接待 is printed to take from 公务接待费")
			continue
		}
		x.domesticFigure.used = true
		x.out[p.index].Of = disclosure.SumRef(x.out[p.index].Of, negated(x.domesticFigure))
	}
	for _, p := range x.domestic {
		if f := x.foreignFigure; f != nil && !f.amount.IsZero() && !x.foreignIsIncluded {
			f.used = true
			x.out[p.index].Of = disclosure.SumRef(x.out[p.index].Of, negated(f))
		}
	}
	for _, f := range x.loose {
		if !f.used && f.made == 0 && !f.resolved {
			x.unattributed(sentence{line: f.line, text: f.sentence}, f, "", "a printed 年初预算 that no table holds and no statement uses")
		}
	}
	x.totals, x.items, x.loose, x.foreign, x.domestic = nil, nil, nil, nil, nil
	x.itemsActual, x.itemsBudget = nil, nil
	x.subj, x.class, x.inSummaries = nil, classify.Function{}, false
	x.foreignFigure, x.domesticFigure, x.foreignIsIncluded = nil, nil, false
}

// result reports what no statement used and counts the figures.
func (x *extractor) result() Result {
	var r Result
	for _, f := range x.figs {
		if f.made == 0 && !f.used && !f.resolved {
			x.unattributed(sentence{line: f.line, text: f.sentence}, f, "", "no statement was made of it")
		}
	}
	// The statements not dropped, moved to the front of x.out (no longer
	// needed) rather than copied, one by one, into a slice grown for them.
	n := 0
	for i := range x.out {
		if !x.dropped[i] {
			x.out[n] = x.out[i]
			n++
		}
	}
	if n > 0 {
		r.Statements = x.out[:n:n]
	}
	r.Findings = x.found
	r.Stats.Figures = len(x.figs)
	r.Stats.Statements = len(r.Statements)
	for _, f := range x.figs {
		switch {
		case f.reported:
			r.Stats.Unattributed++
		case f.ignored:
			r.Stats.Ignored++
		case f.made == 0 && f.used:
			r.Stats.Inputs++
		}
	}
	return r
}

// printed is a ref to a figure printed in the narrative.
func printed(f *figure) disclosure.Ref { return disclosure.PrintedRef(f.amount, f.decimals) }

// negated is a ref to a printed figure with its sign changed, to take it
// from a sum.
func negated(f *figure) disclosure.Ref {
	n, err := f.amount.Neg()
	if err != nil {
		n = fiscal.Amount{}
	}
	return disclosure.PrintedRef(n, f.decimals)
}

// signed gives a printed change the sign of its word.
func signed(word string, a fiscal.Amount) fiscal.Amount {
	if sg, ok := disclosure.Sign(word); ok && sg < 0 {
		if n, err := a.Neg(); err == nil {
			return n
		}
	}
	return a
}

// subjectText describes what a statement is of, in the sentence's words.
func (x *extractor) subjectText(s *subject, lead string) string {
	c := x.cleanName(lead)
	switch {
	case s == nil:
		return c
	case c == "":
		return s.name
	case strings.Contains(normalize(c), normalize(s.name)):
		return c
	case strings.Contains(normalize(s.name), normalize(c)):
		return s.name
	}
	return s.name + "：" + c
}

// projectCountRE finds a count of projects: "项目4个", "4个项目".
var projectCountRE = regexp.MustCompile(`项目\s*(\d+)\s*个|(\d+)\s*个\s*(?:重点)?项目`)

// projectCount returns the last count of projects in s (the one nearest
// the figure that follows it).
func projectCount(s string) (int, bool) {
	ms := projectCountRE.FindAllStringSubmatch(s, -1)
	if len(ms) == 0 {
		return 0, false
	}
	m := ms[len(ms)-1]
	d := m[1]
	if d == "" {
		d = m[2]
	}
	n, err := strconv.Atoi(d)
	return n, err == nil
}
