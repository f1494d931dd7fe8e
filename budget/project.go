package budget

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
)

// Project is one project's 情况说明 in a budget ("人民调解项目经费情况说明"
// with its 项目概述, 立项依据, 实施主体, 实施方案, 实施周期, 年度预算安排 and
// 绩效目标): what a check needs of it.
type Project struct {
	Name string // as in its heading, without 项目经费情况说明
	Line int    // of the heading
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

// projectPartRE is a numbered part of a project's 情况说明: "六、年度预算安排",
// "(五)实施周期:2026年", "5.实施周期"; the name, then what follows on the line.
var projectPartRE = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十0-9]+\)|\d+[.、．])([^:0-9]{2,12}?)(?::|$)(.*)$`)

// projectAmountRE is an amount in a project's annual part, with its unit.
var projectAmountRE = regexp.MustCompile(`([0-9][0-9,]*(?:\.[0-9]+)?)(亿元|万元|元)`)

// totalWords mark an amount over the project's whole life, not the year's.
var totalWords = []string{"总预算", "总投资", "总金额", "总额", "累计", "总计", "合计安排", "共计", "总经费", "总资金"}

// annualPart reports whether a part's name is the one for the year's
// amount ("年度预算安排", "预算安排", "年度资金安排", "项目预算", "预算金额").
func annualPart(name string) bool {
	for _, w := range []string{"预算安排", "年度预算", "资金安排", "项目预算", "预算金额", "年度资金", "预算资金", "经费安排"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// periodPart reports whether a part's name is the project's period.
func periodPart(name string) bool {
	for _, w := range []string{"实施周期", "实施期限", "项目周期", "执行期限", "实施时间", "执行周期", "实施年限"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// readProjects reads the projects' 情况说明 from the lines of a budget
// (folded; table rows and page numbers blanked): each from its heading to
// the next heading. A part runs from its numbered heading to the next
// numbered line (at most eight lines).
func readProjects(lines []string) []Project {
	var out []Project
	var cur *Project
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l == "" {
			continue
		}
		if name, ok := projectHeading(l); ok {
			out = append(out, Project{Name: name, Line: i + 1})
			cur = &out[len(out)-1]
			continue
		}
		if cur == nil {
			continue
		}
		if projectAmountRE.MatchString(l) {
			cur.anyAmount = true
		}
		m := projectPartRE.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		name := m[1]
		if !annualPart(name) && !periodPart(name) {
			continue
		}
		// The part's text: the rest of its line and the lines up to the
		// next numbered one.
		text, first := m[2], i+1
		for k := i + 1; k < len(lines) && k <= i+8; k++ {
			n := lines[k]
			if n == "" {
				continue
			}
			if projectPartRE.MatchString(n) || projectHeadingRE.MatchString(n) {
				break
			}
			if text == "" {
				first = k + 1
			}
			text += n
		}
		if annualPart(name) && !cur.HasAnnualPart {
			cur.HasAnnualPart = true
			cur.annual(text, first)
		} else if periodPart(name) && cur.Period == "" {
			cur.Period, cur.PeriodLine = text, first
			if ys := yearRE.FindAllStringSubmatch(text, -1); ys != nil {
				cur.PeriodFrom, _ = strconv.Atoi(ys[0][1])
				cur.PeriodTo, _ = strconv.Atoi(ys[len(ys)-1][1])
				if len(ys) == 1 && openEnded(text) {
					cur.PeriodTo = 0 // "2023年起": no end printed
				}
			}
		}
	}
	return out
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
func (p *Project) annual(text string, line int) {
	p.AnnualLine = line
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
		x.text = before + figure + unit
		for _, w := range totalWords {
			if strings.Contains(before, w) {
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
