package budget

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
)

// Project is one project's 情况说明 in a budget ("人民调解项目经费情况说明"
// with its 项目概述, 立项依据, 实施主体, 实施方案, 实施周期, 年度预算安排 and
// 绩效目标): what a check needs of it.
type Project struct {
	Name string // as in its heading, without 项目经费情况说明 (or its form's 项目名称)
	Line int    // of the heading (or the form's title)
	// Form is the title of the 绩效目标表 the project was read from
	// ("项目支出绩效目标表"), "" for a 情况说明.
	Form string
	// Sources are the parts of the 年度资金总额 a form prints (财政拨款,
	// 其他资金 …) when every one was read; nil otherwise.
	Sources []Source
	// CostBound is the bound a form's 成本指标 sets on the year's money
	// ("≤795万元"), nil when none is read; CostLine its line.
	CostBound *fiscal.Amount
	CostLine  int
	// Indicators are a form's indicator rows as printed (Actual blank):
	// the 一级 and 二级 where the row's own line prints them ("" where
	// blank, as [perf.Resolve] reads them), the 三级's name and its target
	// for the budget year ("" only where the cell is surely blank).
	Indicators []perf.Row
	// indicatorHeader: the form prints a header over its indicators;
	// indicatorsLoose counts the lines under it not placed as rows;
	// blanksTold: a blank target could be told from a wrapped name.
	indicatorHeader bool
	indicatorsLoose int
	blanksTold      bool
	// costItems are a form's 项目预算成本构成 (its 金额 column, in the form's
	// unit), partsTotal their printed 合计 at partsDecimals on partsLine;
	// partsInWan: the form says its unit is 万元.
	costItems     []Source
	partsTotal    fiscal.Amount
	partsDecimals int
	partsLine     int
	partsInWan    bool
	// HasAnnualPart reports whether a part for the year's amount was found
	// (年度预算安排, 预算安排, 年度资金 …); HasAnnual whether it states an
	// amount for the budget year, Annual and AnnualDecimals (in 万元) the
	// amount, AnnualLine its line.
	HasAnnualPart  bool
	HasAnnual      bool
	Annual         fiscal.Amount
	AnnualDecimals int
	AnnualLine     int
	// Other is an amount the annual part states that is not the year's: a
	// total over the project's years ("项目总预算1500万元", "累计安排…") or
	// another year's ("2025年预算安排800万元"), as printed; OtherYear is
	// that year (0 for a total).
	Other     string
	OtherYear int
	// PeriodFrom and PeriodTo are the first and last years of the 实施周期
	// as printed (0 when none is printed or it names no year), Period its
	// text and PeriodLine its line.
	PeriodFrom, PeriodTo int
	Period               string
	PeriodLine           int

	amounts []projectAmount // of the annual part, in order
	// anyAmount: some line of the project's text prints an amount.
	anyAmount bool
}

// projectHeadingRE is a project's heading: a name, then 项目, then
// (经费|支出|资金)? 情况说明 ("人民调解项目经费情况说明", "法律援助项目情况说明").
var projectHeadingRE = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十0-9]+\)|\d+[.、．])?(.*?)项目(?:经费|支出|资金|预算)?(?:情况)?说明$`)

// partMarkRE is the number of a part of a project's 情况说明: "六、",
// "(6)", "5." (a figure's "795." is not: see [partMarks]).
var partMarkRE = regexp.MustCompile(`[一二三四五六七八九十]+、|\([一二三四五六七八九十0-9]+\)|[0-9]+[.、．]`)

// quotedProjectRE is a project's heading that names it in quotes, alone
// or before its first part: "1.“人民调解经费”项目。(1)项目概述。…".
var quotedProjectRE = regexp.MustCompile(`^(?:\d+[.、．]|[一二三四五六七八九十]+、|\([一二三四五六七八九十0-9]+\))?"([^"]{2,30})"项目[。.]?(?:$|\(1\)|\(一\))`)

// periodYears returns the years printed in a period: "2026年",
// "2026.1.1", "2026-12", "2024—2026年", "20260101" (a figure of other
// length is no year).
func periodYears(text string) []int {
	var out []int
	digit := func(i int) bool { return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9' }
	for i := 0; i+4 <= len(text); i++ {
		if text[i] != '2' || text[i+1] != '0' || !digit(i+2) || !digit(i+3) || digit(i-1) {
			continue
		}
		rest := text[i+4:]
		ok := false
		switch {
		case rest == "":
			ok = true
		case digit(i + 4):
			// "20260101": a date of eight figures.
			ok = len(rest) >= 4 && digit(i+5) && digit(i+6) && digit(i+7) && !digit(i+8)
		default:
			for _, d := range []string{"年", ".", "-", "/", "—", "~", "至", "到", "－", "–"} {
				if strings.HasPrefix(rest, d) {
					ok = true
				}
			}
		}
		if ok {
			y, _ := strconv.Atoi(text[i : i+4])
			out = append(out, y)
			i += 3
		}
	}
	return out
}

// partUnitRE is the unit a part's heading gives its figures: "(单位:万元)".
var partUnitRE = regexp.MustCompile(`^\((?:金额)?(?:单位:)?(万元|元)\)`)

// projectAmountRE is an amount in a project's annual part, with its unit.
var projectAmountRE = regexp.MustCompile(`([0-9][0-9,]*(?:\.[0-9]+)?)(亿元|万元|元)`)

// totalWords mark an amount over the project's whole life, not the year's.
var totalWords = []string{"总预算", "总投资", "总金额", "总额", "累计", "总计", "合计安排", "共计", "总经费", "总资金"}

// annualWords name the part for the year's amount, periodWords the
// project's period.
var (
	annualWords = []string{"预算安排", "年度预算", "资金安排", "项目预算", "预算金额", "年度资金", "预算资金", "经费安排"}
	periodWords = []string{"实施周期", "实施期限", "项目周期", "执行期限", "实施时间", "执行周期", "实施年限", "起止时间", "实施期间"}
)

// annualPart reports whether a part's name is the one for the year's
// amount ("年度预算安排", "预算安排", "年度资金安排", "项目预算", "预算金额").
func annualPart(name string) bool { return containsAnyWord(name, annualWords) }

// periodPart reports whether a part's name is the project's period.
func periodPart(name string) bool { return containsAnyWord(name, periodWords) }

// containsAnyWord reports whether s contains one of words.
func containsAnyWord(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// readProjects reads the projects' 情况说明 from the lines of a budget
// (folded; table rows and page numbers blanked): each from its heading to
// the next heading (at most 120 lines), its parts found by their numbers
// wherever the lines break ("六、年度预算安排" on a line of its own and
// "795万元" on the next, or "(6)年度预算安排。财政拨款795万元。(7)…" inline).
func readProjects(lines []string) []Project {
	type start struct {
		at   int // line index
		from int // byte offset of the text after the heading on its line
		name string
	}
	var starts []start
	for i, l := range lines {
		if l == "" {
			continue
		}
		if name, ok := projectHeading(l); ok {
			starts = append(starts, start{i, len(l), name})
		} else if isTargetFormTitle(l) {
			starts = append(starts, start{at: i}) // ends a 情况说明; read by readTargetForms
		} else if m := quotedProjectRE.FindStringSubmatchIndex(l); m != nil {
			from := m[1]
			for _, first := range []string{"(1)", "(一)"} {
				if strings.HasSuffix(l[:m[1]], first) {
					from -= len(first) // the first part, inline
				}
			}
			starts = append(starts, start{i, from, l[m[2]:m[3]]})
		}
	}
	out := make([]Project, 0, len(starts))
	for k, st := range starts {
		if st.name == "" {
			continue
		}
		end := min(len(lines), st.at+120)
		if k+1 < len(starts) {
			end = min(end, starts[k+1].at)
		}
		p := Project{Name: st.name, Line: st.at + 1}
		j := joined{}
		var b strings.Builder
		for i := st.at; i < end; i++ {
			l := lines[i]
			if i == st.at {
				l = l[st.from:]
			}
			if l == "" {
				continue
			}
			// Lines apart by a newline, so that a figure alone on its
			// line stays apart from the next.
			b.WriteString(l)
			b.WriteByte('\n')
			for range len(l) + 1 {
				j.lines = append(j.lines, i+1)
			}
		}
		j.text = b.String()
		p.anyAmount = projectAmountRE.MatchString(j.text)
		p.parts(j)
		out = append(out, p)
	}
	return out
}

// partMarks returns the offsets of the part numbers in a project's text:
// a number in figures ("5.") only at a line's start or after 。 or ；, and
// not before a digit (so "795.00" and "2026.1.1" are none).
func partMarks(j joined) [][]int {
	var out [][]int
	for _, m := range partMarkRE.FindAllStringIndex(j.text, -1) {
		if c := j.text[m[0]]; c >= '0' && c <= '9' {
			lineStart := m[0] == 0 || j.line(m[0]-1) != j.line(m[0])
			after := m[0] >= len("。") && (strings.HasSuffix(j.text[:m[0]], "。") || strings.HasSuffix(j.text[:m[0]], "；") || strings.HasSuffix(j.text[:m[0]], ";"))
			if !lineStart && !after {
				continue
			}
			if m[1] < len(j.text) && j.text[m[1]] >= '0' && j.text[m[1]] <= '9' {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// parts reads the annual and period parts of a project's text: a part's
// name is what follows its number up to a colon, a full stop or a figure
// (at most 12 characters); its text runs to the next part's number.
func (p *Project) parts(j joined) {
	marks := partMarks(j)
	for k, m := range marks {
		end := len(j.text)
		if k+1 < len(marks) {
			end = marks[k+1][0]
		}
		body := j.text[m[1]:end]
		name := body
		if i := strings.IndexAny(name, ":。\n0123456789"); i >= 0 {
			name = name[:i]
		}
		if r := []rune(name); len(r) > 12 {
			name = string(r[:12])
		}
		var kw string
		for _, w := range append(annualWords, periodWords...) {
			if strings.Contains(name, w) {
				kw = w
				break
			}
		}
		if kw == "" {
			continue
		}
		off := m[1] + strings.Index(body, kw) + len(kw)
		text := strings.TrimLeft(j.text[off:end], ":。\n")
		line := j.line(end - len(text))
		switch {
		case annualPart(kw) && !p.HasAnnualPart:
			p.HasAnnualPart = true
			unit := ""
			if u := partUnitRE.FindStringSubmatch(text); u != nil {
				// "六、年度预算安排(单位:万元)" over a bare "795".
				unit, text = u[1], strings.TrimLeft(text[len(u[0]):], ":。\n")
			}
			p.annual(text, line, unit)
		case periodPart(kw) && p.Period == "":
			p.period(text, line)
		}
	}
}

// period reads the years of a project's 实施周期.
func (p *Project) period(text string, line int) {
	p.Period, p.PeriodLine = strings.TrimSpace(strings.ReplaceAll(text, "\n", "")), line
	ys := periodYears(text)
	if ys == nil {
		return
	}
	p.PeriodFrom, p.PeriodTo = ys[0], ys[len(ys)-1]
	if len(ys) == 1 && openEnded(text) {
		p.PeriodTo = 0 // "2023年起": no end printed
	}
}

// openEnded reports whether a period with one year runs on from it
// ("2023年起", "2020年至今", "自2019年开始，持续性项目").
func openEnded(text string) bool {
	for _, w := range []string{"起", "以来", "开始", "至今", "长期", "持续", "经常性", "以后", "往后"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// projectHeading reports whether a folded line is a project's heading and
// returns the project's name. The part's own heading ("七、项目经费情况说明",
// a name-less one) and a table of contents line are not.
func projectHeading(l string) (string, bool) {
	if utf8.RuneCountInString(l) > 40 || strings.Contains(l, "…") || strings.Contains(l, "。") || strings.Contains(l, "，") {
		return "", false
	}
	m := projectHeadingRE.FindStringSubmatch(l)
	if m == nil {
		return "", false
	}
	name := strings.Trim(m[1], `"《》:`)
	if name == "" || strings.ContainsAny(name, "0123456789") {
		return "", false
	}
	return name, true
}

// projectAmount is one amount printed in a project's annual part.
type projectAmount struct {
	amount   fiscal.Amount
	decimals int
	year     int  // printed before it, 0 when none
	total    bool // marked as a total over years ("总预算", "2024-2026年共…")
	text     string
}

// annual reads the amounts of a project's annual part; which one is the
// year's is settled once the budget's year is known ([Project.settle]).
// unit is the unit the part's heading gives ("" for none): then a bare
// figure alone in the part ("795") is read in it.
func (p *Project) annual(text string, line int, unit string) {
	p.AnnualLine = line
	if unit != "" && !projectAmountRE.MatchString(text) {
		end := strings.IndexFunc(text, func(r rune) bool { return (r < '0' || r > '9') && r != ',' && r != '.' })
		if end < 0 {
			end = len(text)
		}
		if rest := text[end:]; end > 0 && (rest == "" || strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "。") || strings.HasPrefix(rest, "；")) {
			text = text[:end] + unit + rest
		}
	}
	clauseStart := 0
	for _, m := range projectAmountRE.FindAllStringSubmatchIndex(text, -1) {
		if k := strings.LastIndexAny(text[:m[0]], "，。；,;"); k >= clauseStart {
			clauseStart = k + 1
		}
		before, figure, unit := text[clauseStart:m[0]], text[m[2]:m[3]], text[m[4]:m[5]]
		var x projectAmount
		var ok bool
		switch unit {
		case "万元":
			x.amount, x.decimals, ok = parseFigure(figure + "万")
		case "元":
			x.amount, x.decimals, ok = parseFigure(figure)
		}
		if !ok {
			continue // 亿元: not read
		}
		x.text = strings.ReplaceAll(before, "\n", "") + figure + unit
		x.total = containsAnyWord(before, totalWords)
		if after := text[m[1]:]; strings.HasPrefix(after, "(") {
			// "财政拨款2385万元(2024—2026年)": the years it is for.
			if k := strings.IndexByte(after, ')'); k > 0 && len(periodYears(after[:k+1])) > 1 {
				x.total = true
			}
		}
		if ys := yearRE.FindAllStringSubmatch(before, -1); len(ys) > 0 {
			x.year, _ = strconv.Atoi(ys[len(ys)-1][1])
			if len(ys) > 1 || strings.ContainsAny(before, "-—~至") {
				x.total = true // "2024-2026年共安排…": a span of years
			}
		}
		p.amounts = append(p.amounts, x)
	}
}

// settle decides which amount of the annual part is the budget year's
// (year, 0 when unknown): the first printed with that year, else the
// first printed with no year; never a total, nor another year's. Other
// is then the first amount passed over.
func (p *Project) settle(year int) {
	if p.Form != "" {
		return // a form prints its year's amount in its own cell
	}
	p.HasAnnual, p.Annual, p.AnnualDecimals, p.Other, p.OtherYear = false, fiscal.Amount{}, 0, "", 0
	pick := -1
	for i, x := range p.amounts {
		if !x.total && year > 0 && x.year == year {
			pick = i
			break
		}
	}
	if pick < 0 {
		for i, x := range p.amounts {
			if !x.total && (x.year == 0 || year == 0) {
				pick = i
				break
			}
		}
	}
	if pick >= 0 {
		p.HasAnnual, p.Annual, p.AnnualDecimals = true, p.amounts[pick].amount, p.amounts[pick].decimals
		return
	}
	if len(p.amounts) > 0 {
		p.Other, p.OtherYear = p.amounts[0].text, p.amounts[0].year
		if p.amounts[0].total {
			p.OtherYear = 0
		}
	}
}
