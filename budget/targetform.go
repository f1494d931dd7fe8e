package budget

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
)

// Source is one part of the 年度资金总额 a 绩效目标表 prints (财政拨款,
// 其他资金, 一般公共预算拨款 …), in 万元 at its printed decimals.
type Source struct {
	Label    string
	Amount   fiscal.Amount
	Decimals int
}

// sourceLabels are the parts a 绩效目标表 splits its 年度资金总额 into.
var sourceLabels = []string{"财政拨款", "其他资金", "一般公共预算", "政府性基金", "国有资本经营", "财政专户",
	"上年结余", "上年结转", "自有资金", "事业收入", "经营收入", "其他收入", "其他"}

// periodKeys start a form's period ("项目期 2025年—2027年", "项目起止时间
// 20260101 到 20261231").
var periodKeys = []string{"起止时间", "项目期", "实施期限", "实施周期", "执行期限", "实施期间"}

// isTargetFormTitle reports whether a folded line is the title of a
// project's 绩效目标表 ("项目支出绩效目标表", "项目支出绩效目标申报表",
// "财政支出绩效目标申报表", "项目绩效目标表", "绩效目标申报表").
func isTargetFormTitle(f string) bool {
	if utf8.RuneCountInString(f) > 40 || strings.ContainsAny(f, "。，…") || !strings.Contains(f, "绩效目标") {
		return false
	}
	// A label after the title: "(2026年度)", Yunnan's "(本次下达)".
	if i := strings.LastIndexByte(f, '('); i > 0 && strings.HasSuffix(f, ")") && utf8.RuneCountInString(f[i:]) <= 10 && !strings.HasPrefix(f[i:], "(申报") {
		f = f[:i]
	}
	if !strings.HasSuffix(f, "表") && !strings.HasSuffix(f, "申报表)") {
		return false
	}
	// "绩效目标申报表" alone (the central template's title).
	return strings.Contains(f, "项目") || strings.Contains(f, "支出") || strings.HasSuffix(f, "绩效目标申报表")
}

// isWholeDepartmentForm reports whether a form's title (folded) is the
// department's as a whole ("部门整体支出绩效目标表", "整体支出绩效目标申报表").
func isWholeDepartmentForm(f string) bool {
	return strings.Contains(f, "整体")
}

// readTargetForms reads the projects' 绩效目标表 from a budget's lines (as
// printed, cells apart by spaces): each from its title to the next title
// (at most 60 lines): the 项目名称, the period, and the 年度资金总额 with
// its sources, wherever the columns fall. A figure without a unit is read
// only where the form says its amounts are in 万元.
func readTargetForms(lines []string) []Project {
	var starts []int
	for i, l := range lines {
		if isTargetFormTitle(foldNarrative(l)) {
			starts = append(starts, i)
		}
	}
	var out []Project
	for k, s := range starts {
		end := min(len(lines), s+60)
		if k+1 < len(starts) {
			end = min(end, starts[k+1])
		}
		if isWholeDepartmentForm(foldNarrative(lines[s])) {
			// 部门整体支出绩效目标表: the whole budget's targets, not a
			// project's; it only ends the form before it.
			continue
		}
		p := Project{Line: s + 1, Form: foldNarrative(lines[s])}
		readForm(&p, pairedCells(lines, s+1, end), s+1, end)
		// The indicators may run on over pages, to the next form.
		last := min(len(lines), s+300)
		if k+1 < len(starts) {
			last = min(last, starts[k+1])
		}
		var blocks []projectBlock
		p.Indicators, blocks, p.indicatorHeader, p.indicatorsLoose, p.blanksTold = readIndicators(lines, s+1, last)
		if len(blocks) > 0 {
			// One table of every project, each on its block of rows.
			out = append(out, p.split(blocks, formInWan(lines, s+1, last))...)
			continue
		}
		out = append(out, p)
	}
	return out
}

// formLine is a line of a form: its cells (folded, apart by spaces) and
// the figures among them.
type formLine struct {
	n       int // line number
	cells   []string
	figures []string
	labels  []string
}

func splitFormLine(l string, n int) formLine {
	fl := formLine{n: n}
	for _, c := range strings.Fields(l) {
		c = foldNarrative(c)
		if label, fig, ok := fusedFigure(c); ok {
			// "总额300万元", "年度资金总额:795.00": a label and its figure
			// in one cell.
			fl.cells = append(fl.cells, label, fig)
			fl.labels = append(fl.labels, label)
			fl.figures = append(fl.figures, fig)
			continue
		}
		fl.cells = append(fl.cells, c)
		if isFormFigure(c) {
			fl.figures = append(fl.figures, c)
		} else if c != "(万元)" && c != "(元)" {
			fl.labels = append(fl.labels, c)
		}
	}
	return fl
}

// fusedFigure splits a cell that is a label ending in 总额 or a colon and
// a figure after it ("总额300万元", "财政拨款:795万元").
func fusedFigure(c string) (label, fig string, ok bool) {
	i := strings.IndexAny(c, "0123456789")
	if i <= 0 || !isFormFigure(c[i:]) {
		return "", "", false
	}
	label = c[:i]
	if !strings.HasSuffix(label, "总额") && !strings.HasSuffix(label, ":") || strings.ContainsAny(label, "≥≤<>=%") {
		return "", "", false
	}
	return label, c[i:], true
}

// isFormFigure reports whether a cell is a figure ("795.00", "0", "2,385",
// "795万元").
func isFormFigure(c string) bool {
	c = strings.TrimSuffix(strings.TrimSuffix(c, "万元"), "元")
	if c == "" {
		return false
	}
	dot := false
	for i, r := range c {
		switch {
		case r >= '0' && r <= '9':
		case r == ',' && i > 0:
		case r == '.' && !dot && i > 0:
			dot = true
		default:
			return false
		}
	}
	return true
}

// readForm reads one form's lines [from, to).
func readForm(p *Project, lines []string, from, to int) {
	wan := formInWan(lines, from, to)
	header := -1 // the index of 年度资金总额 among the 资金总额 headers
	headers := 0
	for i := from; i < to; i++ {
		fl := splitFormLine(lines[i], i+1)
		folded := strings.Join(fl.cells, "")
		if p.Name == "" {
			if v, ok := cellAfter(fl.cells, "项目名称"); ok {
				p.Name = strings.TrimSuffix(v, "项目")
			}
		}
		if p.Period == "" {
			for _, key := range periodKeys {
				if text, ok := textAfter(fl.cells, key); ok && len(periodYears(text)) > 0 {
					p.period(text, i+1)
					break
				}
			}
		}
		if p.HasAnnualPart {
			continue
		}
		// "实施期资金总额  年度资金总额": a header over the figures' columns.
		if len(fl.figures) == 0 {
			n, at := 0, -1
			for _, c := range fl.cells {
				if strings.Contains(c, "资金总额") {
					if strings.Contains(c, "年度") {
						at = n
					}
					n++
				}
			}
			if n > 1 && at >= 0 {
				header, headers = at, n
			}
		}
		if !strings.Contains(folded, "总额") || len(fl.figures) == 0 {
			continue
		}
		col := 0
		switch {
		case header >= 0 && len(fl.figures) == headers:
			col = header
		case len(fl.figures) == 1:
		default:
			// "资金总额 795万元  当年资金总额： 795万元": each figure after
			// its label; the year's is the one after 当年 or 年度.
			col = -1
			for j := range fl.figures {
				if l := labelBefore(fl, j); (strings.Contains(l, "当年") || strings.Contains(l, "年度")) && strings.Contains(l, "总额") {
					col = j
				}
			}
			if col < 0 {
				continue // figures of columns not known
			}
		}
		a, d, ok := formFigure(fl.figures[col], wan)
		if !ok {
			continue
		}
		p.HasAnnualPart, p.HasAnnual, p.Annual, p.AnnualDecimals, p.AnnualLine = true, true, a, d, i+1
		p.anyAmount = true
		p.Sources = formSources(lines, i+1, to, col, len(fl.figures), wan)
	}
	p.costBound(lines, from, to)
	p.costParts(lines, from, to, wan)
}

// costParts reads a form's 项目预算成本构成 (Hubei): under a header
// "项目预算成本构成  金额  测算依据  2024年实际执行数 …", a line per part
// and a 合计, each with as many figures as the header has figure columns
// (金额 and the years' 执行数): the 金额 of each, or nothing when a line
// prints fewer (a cell left blank: which is which is not clear). The
// amounts are in 万元 where the form says so, else read as if they were
// (only their sum is checked then).
func (p *Project) costParts(lines []string, from, to int, wan bool) {
	header, at, width := -1, -1, 0
	for i := from; i < to && header < 0; i++ {
		fl := splitFormLine(lines[i], i+1)
		if len(fl.figures) > 0 || len(fl.cells) < 2 || !strings.Contains(fl.cells[0], "成本构成") {
			continue
		}
		for _, c := range fl.cells[1:] {
			if c == "金额" || strings.HasPrefix(c, "金额(") {
				at, width = width, width+1
			} else if strings.HasSuffix(c, "执行数") || strings.HasSuffix(c, "预算数") {
				width++
			}
		}
		if at >= 0 {
			header = i
		}
	}
	if header < 0 {
		return
	}
	var parts []Source
	for i := header + 1; i < to; i++ {
		fl := splitFormLine(lines[i], i+1)
		label := strings.Join(fl.labels, "")
		if len(fl.figures) != width || label == "" {
			return
		}
		a, d, ok := formFigure(fl.figures[at], true)
		if !ok {
			return
		}
		if label == "合计" || label == "总计" {
			p.costItems, p.partsTotal, p.partsDecimals, p.partsLine, p.partsInWan = parts, a, d, i+1, wan
			return
		}
		parts = append(parts, Source{Label: label, Amount: a, Decimals: d})
	}
}

// pairedCells returns lines with a form's [from, to) as read where the
// form prints one cell per line (a web page's table copied as text:
// "年度资金总额：" / "795.00"): each label joined with the value on the line
// after it, which is left blank (the line numbers stay). Other forms'
// lines are returned as they are.
func pairedCells(lines []string, from, to int) []string {
	single, many := 0, 0
	for i := from; i < to; i++ {
		switch n := len(strings.Fields(lines[i])); {
		case n == 1:
			single++
		case n > 1:
			many++
		}
	}
	if single < 8 || many*10 > single {
		return lines
	}
	out := slices.Clone(lines)
	for i := from; i+1 < to; i++ {
		label, value := foldNarrative(out[i]), foldNarrative(out[i+1])
		if label == "" || value == "" || isFormFigure(label) {
			continue
		}
		keyed := false
		for _, k := range append([]string{"项目名称"}, periodKeys...) {
			keyed = keyed || strings.HasPrefix(label, k)
		}
		if isFormFigure(value) || keyed && !strings.HasSuffix(value, ":") {
			out[i], out[i+1] = out[i]+"  "+out[i+1], ""
			i++
		}
	}
	return out
}

// formInWan reports whether a form says its amounts are in 万元
// ("项目资金(万元)", "单位：万元").
func formInWan(lines []string, from, to int) bool {
	for i := from; i < to; i++ {
		if f := foldNarrative(lines[i]); strings.Contains(f, "万元)") || strings.Contains(f, "(万元") || strings.Contains(f, "单位:万元") {
			return true
		}
	}
	return false
}

// costBound reads the bound the form's 成本指标 sets on the year's money
// ("项目总成本  ≤795万元"; of two, the last: the 年度指标值 after the
// 实施期's, the 年度绩效指标 after the 长期): an indicator row naming the
// project's whole cost whose target, read as perf reads targets, is money
// at most.
func (p *Project) costBound(lines []string, from, to int) {
	for i := from; i < to; i++ {
		f := foldNarrative(lines[i])
		// The project's whole cost ("项目总成本", "项目成本", "年度投入"),
		// not a unit's or a part's ("单场培训成本 ≤2万元", "购买服务费 ≤760万元").
		whole := false
		for _, w := range []string{"总成本", "项目成本", "总投入", "年度投入", "项目投入"} {
			whole = whole || strings.Contains(f, w)
		}
		if !whole || strings.ContainsAny(f, "单每") || strings.Contains(f, "人均") {
			continue
		}
		var last *fiscal.Amount
		for _, c := range strings.Fields(lines[i]) {
			if !strings.Contains(c, "元") {
				continue
			}
			t, err := perf.ParseTarget(c)
			if err != nil || t.Comparator != perf.AtMost {
				continue
			}
			if a, ok := t.Amount(); ok {
				last = &a
			}
		}
		if last != nil {
			p.CostBound, p.CostLine = last, i+1
		}
	}
}

// formSources reads the sources printed on the lines after a form's
// 年度资金总额, each a label and as many figures as the total's line: all
// of them, or none when one is not clearly read (a source split further
// on its line, "财政拨款：795万元（其中：上级…）").
func formSources(lines []string, from, to, col, width int, wan bool) []Source {
	var out []Source
	for i := from; i < to; i++ {
		if f := foldNarrative(lines[i]); f == "" || f == "(万元)" || f == "(元)" {
			continue // a value's own line, joined to its label ([pairedCells]), or the unit's
		}
		fl := splitFormLine(withoutAside(lines[i]), i+1)
		if len(fl.figures) == 0 {
			// A source left blank ("其他资金" alone) ends them, unless a
			// source with a figure follows: then which is which is not
			// clear.
			for j := i + 1; j < min(to, i+3); j++ {
				if n := splitFormLine(withoutAside(lines[j]), j+1); len(n.figures) > 0 && knownSource(strings.Join(n.labels, "")) {
					return nil
				}
			}
			break
		}
		label := strings.Join(fl.labels, "")
		if width > 1 && len(fl.figures) == width {
			if l := labelBefore(fl, col); l != "" && strings.Count(label, "其中") == width {
				// "其中：财政拨款 795万元  其中：当年财政拨款 795万元": the
				// label before the year's figure.
				label = strings.Replace(strings.Replace(l, "当年", "", 1), "年度", "", 1)
			}
		}
		if len(fl.figures) != width || strings.Count(label, "其中") > 1 || strings.Contains(label, "(其中") || strings.Contains(label, "总额") {
			return nil
		}
		if !knownSource(label) {
			return nil
		}
		a, d, ok := formFigure(fl.figures[col], wan)
		if !ok {
			return nil
		}
		label = strings.TrimPrefix(strings.Trim(label, ":"), "其中:")
		if _, rest, ok := strings.Cut(label, "、"); ok && isNumberedHeading(label) {
			label = rest // "一、财政拨款"
		}
		out = append(out, Source{Label: label, Amount: a, Decimals: d})
	}
	return out
}

// formFigure reads a figure of a form: in 万元 where it says so or the
// form does, in 元 where it says so.
func formFigure(c string, wan bool) (fiscal.Amount, int, bool) {
	switch {
	case strings.HasSuffix(c, "万元"):
		return parseFigure(strings.TrimSuffix(c, "元"))
	case strings.HasSuffix(c, "元"):
		return parseFigure(strings.TrimSuffix(c, "元"))
	case wan:
		return parseFigure(c + "万")
	}
	return fiscal.Amount{}, 0, false
}

// cellAfter is the value after a key: the rest of the key's cell after a
// colon ("项目名称:人民调解项目") or the next cell.
func cellAfter(cells []string, key string) (string, bool) {
	for i, c := range cells {
		if !strings.HasPrefix(c, key) {
			continue
		}
		if v := strings.TrimLeft(strings.TrimPrefix(c, key), ":"); v != "" {
			return v, true
		}
		if i+1 < len(cells) {
			return cells[i+1], true
		}
	}
	return "", false
}

// textAfter is the text after a key's cell up to the next cell that is
// a label of the form (no figure in it): "项目期 2025年—2027年",
// "项目起止时间(如20190101) 20260101 到 20261231".
func textAfter(cells []string, key string) (string, bool) {
	for i, c := range cells {
		k := strings.Index(c, key)
		if k < 0 {
			continue
		}
		var b strings.Builder
		rest := c[k+len(key):]
		if j := strings.IndexByte(rest, ')'); strings.HasPrefix(rest, "(") && j > 0 {
			rest = rest[j+1:] // "(如20190101)": an example, not the period
		}
		b.WriteString(strings.TrimLeft(rest, ":"))
		for _, n := range cells[i+1:] {
			if !strings.ContainsAny(n, "0123456789") && n != "到" && n != "至" && n != "-" && n != "—" {
				break
			}
			b.WriteString(n)
		}
		return b.String(), true
	}
	return "", false
}

// labelBefore is the label cells right before a line's j-th figure,
// joined; "" when a figure comes right before it.
func labelBefore(fl formLine, j int) string {
	seen := -1
	var b strings.Builder
	for _, c := range fl.cells {
		if isFormFigure(c) {
			seen++
			if seen == j {
				return b.String()
			}
			b.Reset()
			continue
		}
		b.WriteString(c)
	}
	return ""
}

// withoutAside is a form's line without the parts in brackets after a
// source's figure: "财政拨款：300万元（其中：上级财政资金：0万元；本级财政：300万元）"
// is 财政拨款 300万元.
func withoutAside(l string) string {
	for _, open := range []string{"（其中", "(其中"} {
		i := strings.Index(l, open)
		if i < 0 {
			continue
		}
		close := "）"
		if open[0] == '(' {
			close = ")"
		}
		j := strings.Index(l[i:], close)
		if j < 0 {
			return l[:i]
		}
		l = l[:i] + l[i+j+len(close):]
	}
	return l
}

// knownSource reports whether a label names a source of a form's money.
func knownSource(label string) bool { return containsAnyWord(label, sourceLabels) }

// split makes the projects of one table of every project ("单位名称、项目名称
// 预算金额 一级指标 …"): each block's name, its amount (in the form's unit;
// figures without one only in 万元) and its rows.
func (p *Project) split(blocks []projectBlock, wan bool) []Project {
	out := make([]Project, 0, len(blocks))
	for _, b := range blocks {
		q := Project{Name: strings.TrimSuffix(b.name, "项目"), Line: b.line, Form: p.Form, Indicators: b.rows,
			indicatorHeader: true, blanksTold: p.blanksTold}
		if b.amount != "" {
			if a, d, ok := formFigure(b.amount, wan); ok {
				q.HasAnnualPart, q.HasAnnual, q.Annual, q.AnnualDecimals, q.AnnualLine = true, true, a, d, b.line
				q.anyAmount = true
			}
		}
		out = append(out, q)
	}
	return out
}
