package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// maxFormTitle is the longest a performance form's title line can be, in
// runes.
const maxFormTitle = 60

// formLook is how many lines with text after a title the first label of
// a form may come.
const formLook = 8

// formLabels are the labels one of which a performance form prints near
// its top: a project's name, its department, the department form's totals.
var formLabels = []string{"项目名称", "主管部门", "实施单位", "基本支出总额", "项目支出总额", "部门名称", "单位名称", "预算单位",
	"项目资金", "预算执行情况", "年度总体目标", "绩效指标", "一级指标",
	// The 部门整体 forms' (brackets folded to ASCII): their name and
	// budget block.
	"部门(单位)名称", "单位(盖章)", "年度预算执行情况", "年度预算申请", "年度资金总额", "部门(单位)总体资金"}

// forms finds the performance self-evaluation forms (绩效自评表) printed
// after the tables, in the 情况说明, the 名词解释 or a part of their own
// (附件, which with the form's title under it reads as a part naming a
// 表: there the form must print rows of figures, page text's): from the
// first title line naming a 自评表 with a form's label in the lines under
// it, to the next part heading other than an attachment's, the next
// numbered heading of the narrative, the title of another table, or the
// end. Those lines are handed over in Result.Forms for package
// forms to read, and no other reader of this package takes them (they are
// not 名词解释 nor narrative).
func (p *parser) forms() {
	start := -1
	for i := range p.lines {
		switch p.zones[i] {
		case zoneNarrative, zoneGlossary, zoneOther, zoneTables:
			// (zoneTables: "附件" and the form's title under it make a
			// part heading naming a 表.)
		default:
			continue
		}
		if p.used[i] || !isFormTitleLine(p.text(i)) || !p.formBelow(i) {
			continue
		}
		if p.zones[i] == zoneTables && !p.rowsBelow(i) {
			// A form under "附件" (a part heading naming the form's 表)
			// printed one cell a line, as a word processor's export
			// without its tabs: page text's reader cannot read it.
			continue
		}
		start = i
		break
	}
	if start < 0 {
		return
	}
	end := len(p.lines)
	for i := start + 1; i < len(p.lines); i++ {
		if p.parts[i] > 0 && zoneOfHeading(p.text(i)) != zoneOther || isNarrativeHeading(p.text(i)) || isOtherTableTitle(p.text(i)) {
			end = i
			break
		}
	}
	for i := start; i < end; i++ {
		if p.used[i] {
			continue // a section heading already read
		}
		p.used[i] = true
		p.res.Forms = append(p.res.Forms, p.lines[i])
	}
}

// rowsLook is how many lines with text after a title rowsBelow looks at.
const rowsLook = 20

// rowsBelow reports whether one of the lines with text under line i
// prints a row of figures: two or more with a decimal point or a percent
// sign ("年度资金总额 100.00 120.00 …"), as page text prints a form's
// rows. A form printed one cell a line has none.
func (p *parser) rowsBelow(i int) bool {
	seen := 0
	for j := i + 1; j < len(p.lines) && seen < rowsLook; j++ {
		t := text.Trim(p.text(j))
		if t == "" {
			continue
		}
		seen++
		n := 0
		for _, w := range strings.Fields(t) {
			if isFormFigure(w) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// isFormFigure reports whether w is a figure with a decimal point or a
// percent sign: "1,172.55", "98.75%", "100%".
func isFormFigure(w string) bool {
	n := strings.TrimSuffix(strings.TrimSuffix(w, "%"), "％")
	percent := n != w
	w = n
	digits, dot := 0, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' && !dot:
			dot = true
		case r == ',':
		default:
			return false
		}
	}
	return digits > 0 && (dot || percent)
}

// foldBrackets folds full-width brackets to ASCII, as formLabels are
// written.
var foldBrackets = strings.NewReplacer("（", "(", "）", ")")

// isFormTitleLine reports whether a line is a short title naming a 自评表
// (with no run of spaces inside: not a table row).
func isFormTitleLine(s string) bool {
	t := text.Trim(s)
	return t != "" && utf8.RuneCountInString(t) <= maxFormTitle && strings.Contains(squeeze(t), "自评表") &&
		!strings.Contains(t, "  ") && !strings.ContainsRune(t, '\t')
}

// formBelow reports whether one of the lines with text under line i
// begins with a form's label, or is another title naming a 自评表.
func (p *parser) formBelow(i int) bool {
	seen := 0
	for j := i + 1; j < len(p.lines) && seen < formLook; j++ {
		t := foldBrackets.Replace(squeeze(p.text(j)))
		if t == "" {
			continue
		}
		seen++
		for _, l := range formLabels {
			if strings.HasPrefix(t, l) {
				return true
			}
		}
	}
	return false
}

// maxTableTitle is the longest another table's title line can be, in
// runes.
const maxTableTitle = 40

// isOtherTableTitle reports whether a line is the title of a table other
// than a form ("一般公共预算财政拨款项目支出决算表" printed after the forms):
// short but not too short, with no run of spaces or colon, ending in one
// of tableTitleEnds and naming no 自评表. The
// forms end there, and the table is left to the tables' readers.
func isOtherTableTitle(s string) bool {
	t := text.Trim(s)
	if t == "" || strings.Contains(t, "  ") || strings.ContainsRune(t, '\t') || utf8.RuneCountInString(t) > maxTableTitle {
		return false
	}
	q := squeeze(t)
	if strings.Contains(q, "自评") || strings.ContainsAny(q, ":：") || utf8.RuneCountInString(q) < minTableTitle {
		return false
	}
	for _, s := range tableTitleEnds {
		if strings.HasSuffix(q, s) {
			return true
		}
	}
	return false
}

// minTableTitle is the shortest another table's title can be, in runes:
// a piece of a wrapped indicator name ("报表") is none.
const minTableTitle = 6

// tableTitleEnds are the words the titles of the tables printed beside
// the forms end with.
var tableTitleEnds = []string{"决算表", "预算表", "明细表", "情况表", "一览表", "统计表", "总表"}

// isNarrativeHeading reports whether a line is a numbered heading of the
// narrative ("八、其他重要事项的情况说明", "（八）…"): the 情况说明 goes on
// after forms printed inside it. A form's own numbered lines ("1.项目年度
// 目标完成情况") are numbered otherwise, and a heading naming a 自评表
// ("二、项目支出绩效自评表") is a form's.
func isNarrativeHeading(s string) bool {
	t := text.Trim(s)
	if t == "" || strings.Contains(t, "  ") || strings.Contains(squeeze(t), "自评") || strings.Contains(t, "附件") {
		return false
	}
	t = strings.TrimPrefix(strings.TrimPrefix(t, "（"), "(")
	i := strings.IndexFunc(t, func(r rune) bool { return !strings.ContainsRune("一二三四五六七八九十", r) })
	if i <= 0 {
		return false
	}
	rest := t[i:]
	return strings.HasPrefix(rest, "、") || strings.HasPrefix(rest, "）") || strings.HasPrefix(rest, ")")
}
