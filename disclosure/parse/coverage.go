package parse

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/reader"
)

// Coverage says what a reader read of the expected tables.
type Coverage struct {
	// Tables has one entry per expected table, found or not.
	Tables []reader.TableCoverage `json:"tables,omitempty"`
	// Uncertain lists the titles of tables holding rows whose figures fit
	// more than one column, or figures that could not be placed: no error
	// is raised from them.
	Uncertain []string `json:"uncertain,omitempty"`
	// Unread lists the parts found but not read ("三公" when its columns
	// cannot be told apart): statements that refer to them cannot be
	// checked.
	Unread []string `json:"unread,omitempty"`
	// Unmodelled lists the tables the report prints that no profile
	// describes (a 项目支出决算表, a 机关运行经费 table): found, set aside,
	// not checked.
	Unmodelled []string `json:"unmodelled,omitempty"`
	// Skipped lists the checks that could not run, with the reason
	// ("budget.cross.basic: 基本支出 table not found").
	Skipped []string `json:"skipped,omitempty"`
	// Parts lists the other reports printed in the same file, after the
	// first (a 部门预算 followed by its units' 单位预算): each read and
	// checked on its own.
	Parts []ReportPart `json:"parts,omitempty"`
	// Rules says, once [Result.Check] has run on a 决算, for each of its
	// rules whether it ran or why not.
	Rules []RuleRun `json:"rules,omitempty"`

	// others are the other reports of the same file (a 部门预算's units'
	// 单位预算, a 部门决算's units' 单位决算), each read on its own: their
	// tables are checked with the result's, each against its own.
	others []*Result
	// apart is the line saying the report's tables are published apart
	// from its text ("报表详见附件"), or 0.
	apart int
	// own are the result's own parse findings, apart from the others':
	// kept once the others' are added to its Findings.
	own []fiscal.Finding

	uncertain map[accounts.TableKind]bool
	unread    map[accounts.TableKind]bool
	unreadTP  bool
	// doubt says, of an uncertain table, which rows are in doubt.
	doubt map[accounts.TableKind]rowDoubt
}

// ReportPart is a report printed after another in the same file: the
// line its cover begins on, its title, and how many tables were read.
type ReportPart struct {
	Line   int    `json:"line"`
	Title  string `json:"title,omitempty"`
	Tables int    `json:"tables"`
}

// rowDoubt is what is uncertain in a table: every row (figures that could
// not be placed, most rows ambiguous, an ambiguous named row), or only
// the coded rows listed.
type rowDoubt struct {
	title string // as printed
	whole bool
	codes []string
}

// doubts reports whether a finding of a rule about (or naming) the table
// rests on a row in doubt: the row it is about, or a code its message
// names, and for a sum over rows (a hierarchy, a total) any row above or
// below it (a parent's sum rests on every child, printed in the message or
// not). A finding about a named row (合计, 人员经费合计) or no row rests on
// the whole table.
func (d rowDoubt) doubts(rule, row, message string) bool {
	if d.whole || len(d.codes) > 0 && (row == "" || !isDigit(row[0])) {
		return true
	}
	// The rules that judge one row (its columns; the same row of two
	// tables) rest on that row alone.
	oneRow := strings.HasSuffix(rule, ".row") || strings.HasSuffix(rule, ".balance") || strings.HasPrefix(rule, "acc.cross.")
	for _, c := range d.codes {
		if row == c || containsCode(message, c) || !oneRow && (strings.HasPrefix(row, c) || strings.HasPrefix(c, row)) {
			return true
		}
	}
	return false
}

// containsCode reports whether code stands in s as a whole number, not
// as part of a longer one (22102 in "2210201" is not).
func containsCode(s, code string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], code)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(code)
		if (i == 0 || !isDigit(s[i-1])) && (end == len(s) || !isDigit(s[end])) {
			return true
		}
		from = i + 1
	}
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// note records a table's coverage entry in the sets Check uses.
func (c *Coverage) note(tc reader.TableCoverage) {
	k, ok := reader.FinalKind(tc.Profile)
	if !ok {
		return
	}
	if c.uncertain == nil {
		c.uncertain, c.unread = map[accounts.TableKind]bool{}, map[accounts.TableKind]bool{}
	}
	switch {
	case tc.Found && tc.Reason != "":
		c.unread[k] = true
		c.Unread = append(c.Unread, tc.Title)
	case tc.Ambiguous > 0 || len(tc.Unread) > 0:
		c.uncertain[k] = true
		c.Uncertain = append(c.Uncertain, tc.Title)
		if c.doubt == nil {
			c.doubt = map[accounts.TableKind]rowDoubt{}
		}
		// The whole table is in doubt when figures could not be placed,
		// when a quarter of its rows are ambiguous, or a code comes twice
		// among them (a reading gone wrong, not a row or two left open).
		d := rowDoubt{title: tc.Title, whole: len(tc.Unread) > 0 || tc.Ambiguous*4 > tc.Rows || len(tc.AmbiguousRows) < tc.Ambiguous}
		for _, key := range tc.AmbiguousRows {
			if key == "" || !isDigit(key[0]) || slices.Contains(d.codes, key) {
				d.whole = true // a named row (合计) in doubt, or a code read twice: the table's sums rest on it
			}
			d.codes = append(d.codes, key)
		}
		c.doubt[k] = d
	}
}

// Check returns every finding of the report: what could not be read, the
// text checks and the document's checks. A finding about a table the
// coverage lists as uncertain (or comparing against one, or a narrative
// figure that refers to one) is lowered to info and says why; a narrative
// figure that refers to a part found but not read is info too.
func (r *Result) Check(opts disclosure.CheckOptions) []fiscal.Finding {
	out := slices.Clone(r.Findings)
	if d := r.Document; d != nil && (d.Performance == nil || len(d.Performance.Projects) == 0) {
		// With no project self-evaluation form read, a narrative figure
		// about a project (涉及预算金额, 执行数) has nothing to be checked
		// against: that is a check that could not run, not a suspicion.
		// (A 部门整体 form alone holds no project's money.)
		why := " (no performance form was read)"
		if d.Performance != nil {
			why = " (no project self-evaluation form was read)"
		}
		for i := range out {
			if out[i].Rule == "parse.narrative.unattributed" && out[i].Severity == fiscal.SeverityWarning {
				out[i].Severity = fiscal.SeverityInfo
				out[i].Message += why
			}
		}
	}
	if r.Budget != nil {
		// The budget's checks, and those of its 编制说明 against its
		// tables made when it was read.
		out = append(out, r.budgetFindings()...)
		for i := range out {
			if why := r.unplacedBudget(out[i]); why != "" && out[i].Severity != fiscal.SeverityInfo {
				out[i].Severity = fiscal.SeverityInfo
				out[i].Message += " (not certain: " + why + ")"
			}
		}
		out = oneDefect(out)
		fiscal.SortFindings(out)
		return out
	}
	if r.Coverage.own != nil {
		// The others' findings are theirs to check.
		out = slices.Clone(r.Coverage.own)
	}
	r.Coverage.Rules = ruleRuns(r.Document, &r.Coverage, opts)
	risky := r.riskyLines()
	apart := ""
	if r.Coverage.apart > 0 {
		apart = fmt.Sprintf(" (the report says its tables are published apart, line %d)", r.Coverage.apart)
	}
	for i, f := range out {
		if f.Rule == ruleSections.ID && f.Severity == fiscal.SeverityError {
			// A table the reader found under another title ("收入支出决算表",
			// Yunnan's) but could not read (its rows an image): there,
			// not missing.
			for _, k := range accounts.Kinds() {
				if f.Where.Part == k.Title() && r.Coverage.unread[k] {
					out[i].Severity = fiscal.SeverityInfo
					out[i].Message += " under that title; a table of its kind is found but not read: its checks did not run"
				}
			}
		}
		// A "无…" statement against a table's figure: as doubtful as the
		// table's row.
		if f.Rule == ruleNone.ID {
			if why := r.uncertain(f, nil); why != "" && f.Severity != fiscal.SeverityInfo {
				out[i].Severity = fiscal.SeverityInfo
				out[i].Message += " (not certain: " + why + ")"
			}
		}
	}
	for _, f := range r.Document.Check(opts) {
		if why := r.uncertain(f, risky); why != "" && f.Severity != fiscal.SeverityInfo {
			f.Severity = fiscal.SeverityInfo
			f.Message += " (not certain: " + why + ")"
		}
		if apart != "" && f.Rule == "narr.unresolved" && f.Severity == fiscal.SeverityWarning && strings.Contains(f.Message, "the document has no") {
			// A figure of a table the report prints elsewhere: a check
			// that could not run, not a suspicion.
			f.Severity = fiscal.SeverityInfo
			f.Message += apart
		}
		out = append(out, f)
	}
	out = oneDefect(mergeRepeats(out))
	for _, p := range r.Coverage.others {
		out = append(out, p.Check(opts)...)
	}
	fiscal.SortFindings(out)
	return out
}

// mergeRepeats makes one finding of the findings one printed figure (one
// subject, one sentence) gives against several places that print the same
// other figure ("财政拨款收入
// 支出总计0.3万元" against the 总计 of both sides of the table, 2961.68):
// one wrong figure is one defect. The first keeps its place; its message
// lists the others.
func mergeRepeats(fs []fiscal.Finding) []fiscal.Finding {
	type key struct {
		rule, row, text, expected, actual string
		line                              int
		sev                               fiscal.Severity
	}
	first := map[key]int{}
	out := fs[:0]
	for _, f := range fs {
		if f.Where.Line == 0 || f.Where.Text == "" || f.Expected.IsZero() || f.Actual.IsZero() {
			out = append(out, f)
			continue
		}
		k := key{f.Rule, f.Where.Row, f.Where.Text, f.Expected.String(), f.Actual.String(), f.Where.Line, f.Severity}
		if i, ok := first[k]; ok {
			out[i].Message += "; the same figure also against: " + f.Message
			continue
		}
		first[k] = len(out)
		out = append(out, f)
	}
	return out
}

// unplacedBudget says why a budget finding cannot be trusted: it is about a
// table holding figures the reader could not place in any row (an
// extraction that moved them away from their rows), or most of whose rows
// are ambiguous (then its other rows' figures are guesses too), or "". (A
// few ambiguous rows the budget's checks leave out themselves.)
func (r *Result) unplacedBudget(f fiscal.Finding) string {
	for _, c := range r.Coverage.Tables {
		why := ""
		switch {
		case len(c.Unread) > 0:
			why = c.Title + " holds figures that could not be placed in a row"
		case c.Ambiguous*2 > c.Rows:
			why = c.Title + ": most of its rows' figures fit more than one column"
		default:
			continue
		}
		names := []string{c.Title}
		for _, k := range budget.Kinds() {
			if "budget."+k.String() == c.Profile || strings.HasPrefix(c.Profile, "budget."+k.String()+".") {
				names = append(names, k.Title())
			}
		}
		for _, n := range names {
			if n != "" && (f.Where.Table == n || strings.Contains(f.Message, n)) {
				return why
			}
		}
	}
	return ""
}

// riskyLines returns why the narrative statements that refer to an
// uncertain or unread table or part cannot be trusted, by line and subject
// (riskyKey; "" for a statement that refers to nothing uncertain), and by
// line alone for the lines holding one.
func (r *Result) riskyLines() map[string]string {
	c := &r.Coverage
	if len(c.uncertain) == 0 && len(c.unread) == 0 && !c.unreadTP {
		return nil
	}
	out := map[string]string{}
	var touches func(ref disclosure.Ref) string
	touches = func(ref disclosure.Ref) string {
		switch {
		case ref.Table != 0 && c.uncertain[ref.Table] && c.refInDoubt(ref):
			return ref.Table.Title() + " holds figures that fit more than one column"
		case ref.Table != 0 && c.unread[ref.Table]:
			return ref.Table.Title() + " could not be read"
		case ref.Part == disclosure.PartThreePublic && c.unreadTP:
			return "the \"三公\" table could not be read"
		}
		for _, s := range ref.Sum {
			if w := touches(s); w != "" {
				return w
			}
		}
		return ""
	}
	for _, s := range r.Document.Narrative {
		if s.Line <= 0 {
			continue
		}
		w := touches(s.Of)
		if w == "" {
			w = touches(s.Over)
		}
		// Each statement by its line and subject ("" when it refers to
		// nothing uncertain); the line alone for findings that name no
		// statement of it.
		if _, seen := out[riskyKey(s.Line, s.Subject)]; !seen || w != "" {
			out[riskyKey(s.Line, s.Subject)] = w
		}
		if w != "" {
			out[strconv.Itoa(s.Line)] = w
		}
	}
	return out
}

// riskyKey identifies a narrative statement: its line and subject (a line
// holds several statements; a finding names its statement's subject as
// its row).
func riskyKey(line int, subject string) string { return strconv.Itoa(line) + "|" + subject }

// textRules are the narrative rules that judge the sentence's own words
// and figures, never a table's: a table read with doubt beside it does not
// make them doubtful.
var textRules = map[string]bool{
	"narr.repeat": true, "narr.direction-conflict": true, "narr.doubled-word": true, "narr.alternatives": true,
	"narr.percent-sign": true, "narr.year-form": true, "narr.stray-unit": true,
}

// uncertain says why a finding cannot be trusted, or "".
func (r *Result) uncertain(f fiscal.Finding, risky map[string]string) string {
	if textRules[f.Rule] {
		return ""
	}
	if strings.HasPrefix(f.Rule, "narr.") && f.Where.Line > 0 {
		if w, ok := risky[riskyKey(f.Where.Line, f.Where.Row)]; ok {
			return w
		}
		if w, ok := risky[strconv.Itoa(f.Where.Line)]; ok {
			return w
		}
	}
	for _, k := range accounts.Kinds() {
		if !r.Coverage.uncertain[k] {
			continue
		}
		d, ok := r.Coverage.doubt[k]
		if !ok {
			d = rowDoubt{title: k.Title(), whole: true}
		}
		for _, t := range []string{d.title, k.Title()} {
			if t != "" && (f.Where.Table == t || strings.Contains(f.Message, t)) && d.doubts(f.Rule, f.Where.Row, f.Message) {
				return t + " holds figures that fit more than one column"
			}
		}
	}
	return ""
}

// refInDoubt reports whether a narrative figure's reference rests on a
// row in doubt of its (uncertain) table: its code's row, or, for a named
// row, any row.
func (c *Coverage) refInDoubt(ref disclosure.Ref) bool {
	d, ok := c.doubt[ref.Table]
	switch {
	case !ok || d.whole:
		return true
	case ref.Function.Valid():
		return d.doubts("", ref.Function.String(), "")
	case ref.Economic.Valid():
		return d.doubts("", ref.Economic.String(), "")
	}
	return true // a named row: its sums rest on the table's rows
}

// Summary says in one line what was read and what could not be: "决算,
// page-text: read 7 of 8 tables, 160 rows (2 ambiguous, in 1 table);
// not read: 一般公共预算财政拨款基本支出决算表; 109 narrative figures".
func (r *Result) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s: ", r.Kind, r.Format)
	c := &r.Coverage
	if len(c.Tables) == 0 {
		b.WriteString(r.Stats.String())
		b.WriteString(c.rulesRun())
		return b.String()
	}
	read, rows, ambiguous := 0, 0, 0
	var notRead, missing []string
	for _, t := range c.Tables {
		switch {
		case !t.Found:
			missing = append(missing, t.Title)
		case t.Reason != "":
			notRead = append(notRead, t.Title)
		default:
			read++
			rows += t.Rows
			ambiguous += t.Ambiguous
		}
	}
	if len(c.Parts) > 0 {
		lines := make([]string, len(c.Parts))
		for i, p := range c.Parts {
			lines[i] = strconv.Itoa(p.Line)
		}
		fmt.Fprintf(&b, "%d reports (the next from line %s), each checked on its own; ", len(c.Parts)+1, strings.Join(lines, ", "))
	}
	fmt.Fprintf(&b, "read %d of %d tables, %d rows", read, len(c.Tables), rows)
	if ambiguous > 0 {
		fmt.Fprintf(&b, " (%d ambiguous, in %d %s: no error is raised from them)", ambiguous, len(c.Uncertain), plural(len(c.Uncertain), "table", "tables"))
	}
	if len(notRead) > 0 {
		fmt.Fprintf(&b, "; found but not read: %s", strings.Join(notRead, ", "))
	}
	if len(missing) > 0 {
		fmt.Fprintf(&b, "; not found: %s", strings.Join(missing, ", "))
	}
	var parts []string
	for _, u := range c.Unread {
		if !slices.Contains(notRead, u) {
			parts = append(parts, u)
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(&b, "; not read: %s", strings.Join(parts, ", "))
	}
	if len(c.Unmodelled) > 0 {
		fmt.Fprintf(&b, "; not checked (no model of them): %s", strings.Join(c.Unmodelled, ", "))
	}
	if len(c.Skipped) > 0 {
		fmt.Fprintf(&b, "; %d checks skipped", len(c.Skipped))
	}
	b.WriteString(c.rulesRun())
	if r.Stats.Narrative > 0 {
		fmt.Fprintf(&b, "; %d narrative figures", r.Stats.Narrative)
	}
	if r.Stats.Forms > 0 {
		fmt.Fprintf(&b, "; %d performance forms", r.Stats.Forms)
	}
	return b.String()
}

// rulesRun says "; ran 80 rules, skipped 15" once Check has run, or "".
func (c *Coverage) rulesRun() string {
	if len(c.Rules) == 0 {
		return ""
	}
	ran := 0
	for _, x := range c.Rules {
		if x.Ran {
			ran++
		}
	}
	return fmt.Sprintf("; ran %d rules, skipped %d", ran, len(c.Rules)-ran)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Report is the JSON form of a checked report: what it is, what was read
// and what could not be (the coverage), and the findings.
type Report struct {
	Source   string           `json:"source,omitempty"` // the file name, or "-"
	Kind     string           `json:"kind"`             // 决算 or 预算
	Format   string           `json:"format"`           // how it was read: layout, page-text, word-text, html, docx, xlsx, json
	Summary  string           `json:"summary"`          // Result.Summary
	Coverage Coverage         `json:"coverage"`
	Findings []fiscal.Finding `json:"findings"`
	// Result is the report as read, for renderers (tables, narrative,
	// performance forms); it is not part of the JSON.
	Result *Result `json:"-"`
}

// Report returns the JSON form of the result with its findings (as
// Check returns them).
func (r *Result) Report(source string, findings []fiscal.Finding) Report {
	if findings == nil {
		findings = []fiscal.Finding{}
	}
	return Report{Source: source, Kind: r.Kind.String(), Format: r.Format.String(), Summary: r.Summary(), Coverage: r.Coverage, Findings: findings, Result: r}
}
