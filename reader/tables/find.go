package tables

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal/internal/tabletitle"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// segment is the lines of one table: from its title to the next table
// title or part heading.
type segment struct {
	prof    *profile.Table
	variant string // the profile's title variant the title matched (normalised)
	title   string // as printed
	line    int    // the title's line
	lines   []Line // the lines after the title
	above   []Line // the two lines with text before the title, nearest first
}

// lineText is a line's text, explicit cells joined by a space.
func lineText(l Line) string {
	if l.Cells != nil {
		return strings.Join(l.Cells, " ")
	}
	return l.Text
}

// titleSet holds the profiles' title variants and exclusions, normalised
// once.
type titleSet struct {
	profs   []*profile.Table
	titles  [][]string
	exclude [][]string
}

func newTitleSet(profs []*profile.Table) *titleSet {
	ts := &titleSet{profs: profs, titles: make([][]string, len(profs)), exclude: make([][]string, len(profs))}
	for i, p := range profs {
		for _, v := range p.Titles {
			ts.titles[i] = append(ts.titles[i], norm(v))
		}
		for _, x := range p.Exclude {
			ts.exclude[i] = append(ts.exclude[i], norm(x))
		}
	}
	return ts
}

// match returns the profile a normalised title-like line names (the
// longest matching variant wins), or nil, and the variant.
func (ts *titleSet) match(n string) (*profile.Table, string) {
	var best *profile.Table
	variant := ""
	bestLen := 0
	for i, p := range ts.profs {
		excluded := false
		for _, x := range ts.exclude[i] {
			if strings.Contains(n, x) {
				excluded = true
				break
			}
		}
		if excluded {
			continue
		}
		for _, v := range ts.titles[i] {
			if len(v) > bestLen && tabletitle.Names(n, v) {
				best, bestLen, variant = p, len(v), v
			}
		}
	}
	return best, variant
}

// isTOCLine reports whether a line looks like a table-of-contents entry:
// dot leaders, or a page number after the title.
func isTOCLine(n string) bool {
	n = WithoutLabels(n)
	if strings.Contains(n, "…") || strings.Contains(n, "...") || strings.Contains(n, "··") || strings.Contains(n, "．．") || strings.Contains(n, "....") {
		return true
	}
	// "收入决算表5", "收入决算表 - 5 -": a title followed by digits only.
	i := strings.LastIndex(n, "表")
	if i < 0 {
		return false
	}
	rest := strings.Trim(n[i+len("表"):], "-—()（）第页")
	return rest != "" && allDigits(rest)
}

// labelRE matches a label printed in brackets after a title: its number
// ("(表1)", "(公开01表)", "(表一)") or its year ("(2024年度)", "(上年)").
var labelRE = regexp.MustCompile(`\((?:` + tableNumber + `|20[0-9]{2}年度?|上年度?|本年度?)\)`)

// unitAfterTitleRE matches the unit printed on a title's own line, at its
// end: "…决算表 单位：万元" (a PDF's right-aligned unit on the title's
// baseline).
var unitAfterTitleRE = regexp.MustCompile(`表(?:金额)?单位[:：](?:人民币)?(?:万元|元|亿元)$`)

// WithoutLabels returns a normalised ([Fold]) title line without the
// bracketed labels after its title ("收入支出决算总表(表1)",
// "…决算表(2024年度)") and without a unit printed after it ("…决算表
// 单位：万元"): the label's 表 and number are no page number, nor the
// title's end.
func WithoutLabels(n string) string {
	if strings.Contains(n, "单位") {
		if m := unitAfterTitleRE.FindStringIndex(n); m != nil {
			n = n[:m[0]+len("表")]
		}
	}
	if !strings.Contains(n, "(") {
		return n
	}
	return labelRE.ReplaceAllString(n, "")
}

// numberPrefixRE matches a table's number printed before its title with
// a colon or a mark after it: "附表1：", "表一、", "公开01表:".
var numberPrefixRE = regexp.MustCompile(`^(?:附件[0-9一二三四五六七八九十]{1,3}表?|` + tableNumber + `)[:：、.．]`)

// withoutNumber returns a normalised title line without the table number
// and the colon printed before the title ("附表1：收入支出决算总表").
func withoutNumber(n string) string {
	if m := numberPrefixRE.FindStringIndex(n); m != nil {
		return n[m[1]:]
	}
	return n
}

// titleLike reports whether a normalised line can be a title: short, not
// a sentence.
func titleLike(n string, extra int) bool {
	if runeLen(n) > extra {
		return false
	}
	for _, p := range []string{"。", "，", ";", "；", ",", "：", ":"} {
		if strings.Contains(n, p) {
			// "单位：万元" may share the title's line in some extractions.
			if (p == "：" || p == ":") && strings.Contains(n, "单位") {
				continue
			}
			return false
		}
	}
	return true
}

// isPartHeading reports whether a normalised line heads a part of the
// report that is not a table (第三部分, 情况说明, 名词解释, 附件).
func isPartHeading(n string) bool {
	if runeLen(n) > 40 {
		return false
	}
	if strings.HasPrefix(n, "第") && strings.Contains(n, "部分") {
		return true
	}
	for _, h := range []string{"情况说明", "名词解释", "编制说明", "附件"} {
		if strings.Contains(n, h) && !strings.Contains(n, "表") {
			return true
		}
	}
	return false
}

// isOtherTableTitle reports whether a line is the title of a table no
// profile describes (the 三公 table, a 项目支出 table): it ends a segment.
func isOtherTableTitle(n string) bool {
	if !titleLike(withoutNumber(n), 40) || isTOCLine(n) {
		return false
	}
	n = strings.TrimSuffix(strings.TrimSuffix(WithoutLabels(n), "(续)"), "（续）")
	if !strings.HasSuffix(n, "表") {
		return false
	}
	// 决算表, 预算表, 总表, 情况表, 明细表, and the forms and tables other
	// sets print after the nine: 部门整体支出绩效自评表, 项目支出绩效目标表,
	// 政府采购情况表, 国有资产占用情况表, Beijing's 项目支出表.
	for _, w := range []string{"决算", "预算", "总表", "情况", "明细", "绩效", "自评", "经费", "资产", "采购", "支出表", "收入表", "计划表"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// find splits lines into the segments of the tables profs describe. A
// profile found more than once (a table of contents, a table continued
// over pages) gives one segment: the occurrences that hold rows, joined.
func find(lines []Line, profs, others []*profile.Table) []segment {
	var segs []segment
	cur := -1
	titles := newTitleSet(append(slices.Clip(profs), others...))
	isOther := func(p *profile.Table) bool { return slices.Contains(others, p) }
	skip := -1 // a line joined to the title before it
	for i, l := range lines {
		if i == skip {
			continue
		}
		n := norm(lineText(l))
		if j, joined := titleSplitAt(lines, i, n, titles); j > 0 {
			// A title wrapped onto the next line ("一般公共预算财政拨款"
			// then "支出决算表"): read as one line.
			n, skip = joined, j
		}
		if n == "" {
			if cur >= 0 {
				segs[cur].lines = append(segs[cur].lines, l)
			}
			continue
		}
		if runeLen(n) > 60 {
			if cur >= 0 {
				segs[cur].lines = append(segs[cur].lines, l)
			}
			continue
		}
		if p, variant := titles.match(n); p != nil && titleLike(withoutNumber(n), runeLen(n)) && runeLen(n) <= 60 {
			if isTOCLine(n) || isOther(p) {
				cur = -1
				continue
			}
			title := trim(lineText(l))
			if skip > i {
				title += trim(lineText(lines[skip]))
			}
			segs = append(segs, segment{prof: p, variant: variant, title: title, line: l.N, above: linesAbove(lines, i, 2)})
			cur = len(segs) - 1
			continue
		}
		if isPartHeading(n) || isOtherTableTitle(n) {
			cur = -1
			continue
		}
		if cur >= 0 {
			segs[cur].lines = append(segs[cur].lines, l)
		}
	}
	// Join the occurrences of each profile: keep those with rows (a
	// continued table); when none has rows, keep the last (the table
	// itself, after its table-of-contents entry). Two titles that are
	// different variants of the profile, both with rows, are two tables
	// (the 一般公共预算财政拨款支出决算表 and the …支出决算明细表 some sets
	// print beside it): both are kept, for the caller to choose.
	var out []segment
	seen := map[*profile.Table]int{}
	latest := 0 // the latest year a title prints
	for _, s := range segs {
		latest = max(latest, titleYear(s.title))
	}
	// A profile with a table of this year's: a table of the same profile
	// titled as last year's is set aside. A lone table whose title prints
	// an earlier year is kept (a year mistyped in the title).
	current := map[*profile.Table]bool{}
	for _, s := range segs {
		if !isPriorYearTitle(s.title, latest) && hasRows(s) {
			current[s.prof] = true
		}
	}
	for _, s := range segs {
		if current[s.prof] && isPriorYearTitle(s.title, latest) {
			// Last year's table printed beside this year's ("…“三公”经费
			// 支出表（上年）", "2025年…" in a 2026 set): not this year's.
			continue
		}
		i, ok := seen[s.prof]
		if !ok {
			seen[s.prof] = len(out)
			out = append(out, s)
			continue
		}
		prev := &out[i]
		switch {
		case hasRows(s) && hasRows(*prev) && s.variant != prev.variant:
			seen[s.prof] = len(out)
			out = append(out, s)
		case hasRows(s) && hasRows(*prev):
			prev.lines = append(prev.lines, s.lines...)
		case hasRows(s) || !hasRows(*prev):
			*prev = s
		}
	}
	return out
}

// titleSplitAt returns, when the title-like line i (normalised n) and the
// next non-blank line together name a profile's table by a variant that
// neither holds alone, that line's index and the joined text; else 0.
func titleSplitAt(lines []Line, i int, n string, titles *titleSet) (int, string) {
	if n == "" || runeLen(n) > 30 || !titleLike(withoutNumber(n), 30) || isPartHeading(n) || isOtherTableTitle(n) {
		return 0, ""
	}
	for j := i + 1; j < len(lines) && j <= i+2; j++ {
		m := norm(lineText(lines[j]))
		if m == "" {
			continue
		}
		if runeLen(m) > 30 || !titleLike(m, 30) {
			return 0, ""
		}
		joined := n + m
		if p, v := titles.match(joined); p != nil && !strings.Contains(n, v) && !strings.Contains(m, v) {
			return j, joined
		}
		// Another table's title ("一般公共预算财政拨款" then "支出决算表"
		// where only the summaries are looked for): it ends the table
		// before it, both lines. Not a row's label before a title ("人员
		// 经费合计", figures) nor a heading before a part, nor a header
		// cell before a title the profiles know ("其他收入" then "支出决算
		// 表": that line is the title).
		if p, _ := titles.match(m); p == nil && isOtherTableTitle(joined) && runeLen(m) <= 10 && !strings.ContainsAny(n, "0123456789") &&
			!strings.Contains(n, "计") && !isPartHeading(m) {
			return j, joined
		}
		return 0, ""
	}
	return 0, ""
}

// linesAbove returns up to n lines with text before line i, nearest first.
func linesAbove(lines []Line, i, n int) []Line {
	var out []Line
	for j := i - 1; j >= 0 && len(out) < n; j-- {
		if norm(lineText(lines[j])) != "" {
			out = append(out, lines[j])
		}
	}
	return out
}

// titleYearRE is the year a title prints ("2026年部门…").
var titleYearRE = regexp.MustCompile(`(20[0-9]{2})年`)

// titleYear is the year a title prints, or 0.
func titleYear(title string) int {
	m := titleYearRE.FindStringSubmatch(title)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}

// isPriorYearTitle reports whether a table's title is of last year's
// figures: it says 上年, or prints a year before latest, the latest year
// of the set's titles (0 when not known).
func isPriorYearTitle(title string, latest int) bool {
	if strings.Contains(title, "上年") && !strings.Contains(title, "上年结转") {
		return true
	}
	y := titleYear(title)
	return y > 0 && latest > 0 && y < latest
}

// hasRows reports whether a segment holds a figure or an empty-table
// statement.
func hasRows(s segment) bool {
	for _, l := range s.lines {
		for _, t := range tokens(l) {
			if t.kind == tkNum && strings.ContainsAny(t.text, ".,") {
				return true
			}
		}
		if isEmptyStatement(norm(lineText(l))) {
			return true
		}
	}
	return false
}

// IsEmptyStatement reports whether a line says its table is empty
// ("本单位无此项内容，故本表无数据", "本部门…无…，故本表为空表").
func IsEmptyStatement(line string) bool { return isEmptyStatement(norm(line)) }

// isEmptyStatement reports whether a line says the table is empty
// ("本单位无此项内容，故本表无数据", "本部门…无…，故本表为空表").
func isEmptyStatement(n string) bool {
	return strings.Contains(n, "无数据") || strings.Contains(n, "空表") ||
		(strings.Contains(n, "无") && strings.Contains(n, "故本表")) || strings.Contains(n, "本表无")
}

// OtherTables returns the titles (normalised, without their number), each
// once, of the tables the lines print that none of profs describes (a 项目
// 支出决算表, a 机关运行经费 table, a 政府采购 table): what a report holds
// that is not checked.
func OtherTables(lines []Line, profs []*profile.Table) []string {
	titles := newTitleSet(profs)
	var out []string
	seen := map[string]bool{}
	skip := -1 // the second half of a title wrapped over two lines
	for i, l := range lines {
		n := norm(lineText(l))
		if j, _ := titleSplitAt(lines, i, n, titles); j > 0 {
			skip = j
		}
		if i == skip || n == "" || runeLen(n) > 60 || isPartHeading(n) || !isOtherTableTitle(n) || isSetHeading(n) {
			continue
		}
		if p, _ := titles.match(n); p != nil {
			continue
		}
		key := enumPrefixRE.ReplaceAllString(withoutNumber(n), "")
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, key)
	}
	return out
}

// enumPrefixRE matches the numbering a contents or a title may print
// before a table's title ("十、", "3.").
var enumPrefixRE = regexp.MustCompile(`^(?:[一二三四五六七八九十]+|[0-9]{1,2})[、.．]`)

// isSetHeading reports whether a normalised line names the report's set of
// tables rather than one table ("XX局2024年度部门决算表", "五、单位预算表").
func isSetHeading(n string) bool {
	for _, w := range []string{"部门决算表", "单位决算表", "部门预算表", "单位预算表", "决算报表", "预算报表", "决算公开表", "预算公开表"} {
		if strings.HasSuffix(n, w) {
			return true
		}
	}
	return false
}
