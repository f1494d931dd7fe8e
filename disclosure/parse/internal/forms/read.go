package forms

import (
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/perf"
)

// value is a field's text with the line it was read from.
type value struct {
	text string
	line int
	set  bool
}

// reader reads one form, row by row, and turns it into a typed form when
// finished.
type reader struct {
	res  *Result
	kind kind

	line    int // the form's line: the heading's, else the title's
	heading string
	title   value

	values   map[field]value    // single-value fields
	options  map[field][]string // tick-box fields
	budget   [3]value           // 预算数, 执行数, 执行率
	budgetAt int                // line of the budget header, 0 when none
	unit     fiscal.Unit        // from the budget header or a 单位 cell
	rows     []perf.Row
	header   bool   // an indicator header was read
	hdr      header // the last indicator header
	inRows   bool   // the indicator block ran to the end of the rows read so far

	blocks   []*block // every row read, for the unread cells
	complete bool     // the form's last parts (改进, 备注) have been read
	started  bool     // a row with text has been read
}

// newReader starts reading a form of kind k from table s.
func newReader(res *Result, k kind, s *segment) *reader {
	r := &reader{res: res, kind: k, values: map[field]value{}, options: map[field][]string{}}
	if s.heading != nil {
		r.heading = text.Trim(s.heading.Text)
		r.line = s.heading.N
	}
	return r
}

// where locates a finding on the form.
func (r *reader) where(line int, txt, column string) fiscal.Where {
	part := "项目支出绩效自评表"
	if r.kind == kindDepartment {
		part = "部门整体绩效自评表"
	}
	return fiscal.Where{Part: part, Table: strings.ReplaceAll(r.title.text, "\n", ""), Column: column, Line: line, Text: txt}
}

// findingAt appends a finding of rule id at a line.
func (r *reader) findingAt(id string, line int, txt, column, format string, args ...any) {
	r.res.finding(id, r.where(line, txt, column), format, args...)
}

// read reads rows of the form.
func (r *reader) read(bs []*block) {
	r.blocks = append(r.blocks, bs...)
	for i := 0; i < len(bs); i++ {
		if r.inRows {
			// A table cut by a paragraph inside the indicator block.
			i = r.readRows(bs, i, r.hdr) - 1
			continue
		}
		b := bs[i]
		if b.empty() {
			continue
		}
		if !r.started {
			r.started = true
			if t, ok := titleOf(b); ok {
				c := &b.cells[b.first()]
				c.read = true
				r.title = value{text: t, line: c.line, set: true}
				if r.line == 0 {
					r.line = c.line
				}
				continue
			}
			if r.line == 0 {
				r.line = b.line()
			}
		}
		if b.isHdr {
			h := b.hdr
			r.header, r.hdr = true, h
			markAll(b)
			i = r.readRows(bs, i+1, h) - 1
			continue
		}
		switch f := b.cells[b.first()].f; {
		case f == fBudget:
			i = r.readBudget(bs, i) - 1
			continue
		case f == fGoal && goalHeader(b):
			i = r.readGoal(bs, i) - 1
			continue
		}
		r.readLabels(b)
	}
}

// markAll marks every cell of b read.
func markAll(b *block) {
	for i := range b.cells {
		b.cells[i].read = true
	}
}

// readLabels reads a row of labels and values.
func (r *reader) readLabels(b *block) {
	for i := 0; i < len(b.cells); i++ {
		c := &b.cells[i]
		if c.read || c.text == "" {
			continue
		}
		f, rest := c.f, c.rest
		switch f {
		case fNone:
			continue
		case fNote:
			c.read = true
			r.complete = true
			continue
		case fGroup:
			c.read = true
			continue
		case fMoneyUnit:
			c.read = true
			if u, err := fiscal.ParseUnit(rest); err == nil && !r.unit.Valid() {
				r.unit = u
			}
			r.set(fMoneyUnit, value{text: c.text, line: c.line, set: true})
			continue
		case fCategory, fAttribute, fType:
			c.read = true
			var opts []string
			for ; i+1 < len(b.cells); i++ {
				n := &b.cells[i+1]
				if n.f != fNone {
					break
				}
				if n.text != "" {
					n.read = true
					opts = append(opts, n.text)
				}
			}
			if _, dup := r.options[f]; dup {
				r.findingAt(RuleDuplicate, c.line, c.text, f.String(), "%s printed twice; the first is kept", f)
				continue
			}
			r.options[f] = opts
			continue
		case fTotal:
			// 总分 and the figures after it: the last is the score.
			c.read = true
			v := value{text: rest, line: c.line, set: true}
			for ; i+1 < len(b.cells); i++ {
				n := &b.cells[i+1]
				if n.f != fNone {
					break
				}
				if n.text != "" {
					n.read = true
					v = value{text: n.text, line: n.line, set: true}
				}
			}
			r.set(f, v)
			continue
		}
		c.read = true
		if f == fImprovement {
			r.complete = true
		}
		v := value{text: rest, line: c.line, set: true}
		if rest == "" {
			// The value is the next non-empty cell, unless that is a label.
			for j := i + 1; j < len(b.cells); j++ {
				n := &b.cells[j]
				if n.text == "" {
					continue
				}
				if n.f == fNone {
					n.read = true
					v = value{text: n.text, line: n.line, set: true}
					i = j
				}
				break
			}
		}
		r.set(f, v)
	}
}

// set sets a single-value field, reporting a second value.
func (r *reader) set(f field, v value) {
	if old, dup := r.values[f]; dup {
		r.findingAt(RuleDuplicate, v.line, v.text, f.String(), "%s printed twice (first at line %d); the first is kept", f, old.line)
		return
	}
	r.values[f] = v
}

// goalHeader reports whether b is the header of a 年度总体目标 block: its
// label followed by 预期目标 and 实际完成情况 only.
func goalHeader(b *block) bool {
	ne := b.nonEmpty()
	for _, k := range ne[1:] {
		if !isGoalHeader(b.cells[k].text) {
			return false
		}
	}
	return len(ne) > 1
}

// readGoal reads a 年度总体目标 block whose header is bs[i]: the goal is
// the first non-empty cell of the next row with text (the 实际完成情况 beside
// it has no field and stays unread). It returns the index of the row after.
func (r *reader) readGoal(bs []*block, i int) int {
	hb := bs[i]
	markAll(hb)
	j := i + 1
	for j < len(bs) && bs[j].empty() {
		j++
	}
	if j >= len(bs) || r.endsBlock(bs[j]) {
		r.set(fGoal, value{line: hb.line(), set: true})
		return j
	}
	c := &bs[j].cells[bs[j].first()]
	c.read = true
	r.set(fGoal, value{text: c.text, line: c.line, set: true})
	return j + 1
}

// readBudget reads the 预算执行情况 block whose header is bs[i]: the
// columns 预算数, 执行数 and 执行率, and the first row under it. It returns
// the index of the first row after the block.
func (r *reader) readBudget(bs []*block, i int) int {
	hb := bs[i]
	markAll(hb)
	if r.budgetAt != 0 {
		r.findingAt(RuleDuplicate, hb.line(), hb.cells[hb.first()].text, "预算执行情况", "预算执行情况 printed twice (first at line %d); the first is kept", r.budgetAt)
	}
	// 0: the row label's column (the header's label, or a blank header);
	// 1 预算数, 2 执行数, 3 执行率; -1 a column with no field.
	cols := make([]int, len(hb.cells))
	found := false
	for k, c := range hb.cells {
		n := norm(c.text)
		switch {
		case k == hb.first():
			if u, ok := unitIn(c.text); ok {
				r.unit = u
			}
		case n == "":
		case strings.Contains(n, "执行率"):
			cols[k], found = 3, true
		case strings.Contains(n, "执行数"):
			cols[k], found = 2, true
		case strings.Contains(n, "预算数") && !strings.HasPrefix(n, "年初"):
			cols[k], found = 1, true
		default:
			cols[k] = -1
		}
	}
	// The figures are in the first row under the header.
	j := i + 1
	for j < len(bs) && bs[j].empty() {
		j++
	}
	if !found {
		r.findingAt(RuleMissing, hb.line(), hb.cells[hb.first()].text, "预算执行情况", "the 预算执行情况 header names no 预算数, 执行数 or 执行率")
		return j
	}
	if j >= len(bs) || r.endsBlock(bs[j]) {
		return j
	}
	first := r.budgetAt == 0
	if first {
		r.budgetAt = hb.line()
	}
	db := bs[j]
	off := len(db.cells) - len(hb.cells)
	if off != 0 {
		r.findingAt(RuleRow, db.line(), rowText(db), "预算执行情况", "the row has %d cells, its header %d; read from the right", len(db.cells), len(hb.cells))
	}
	for k := range db.cells {
		h := k - off
		c := &db.cells[k]
		switch {
		case h < 0 || h >= len(cols) || cols[h] < 0:
		case cols[h] == 0:
			c.read = true // the row's label: 年度财政资金总额
		default:
			c.read = true
			if first {
				r.budget[cols[h]-1] = value{text: c.text, line: c.line, set: true}
			}
		}
	}
	return j + 1
}

// endsBlock reports whether b leaves the block being read: it holds a
// label other than the indicator block's, a header, or a form's title.
func (r *reader) endsBlock(b *block) bool {
	if b.isHdr {
		return true
	}
	if t, ok := titleOf(b); ok && strings.Contains(norm(t), "自评表") {
		return true
	}
	f := b.cells[b.first()].f
	return f != fNone && f != fGroup
}

// readRows reads the indicator rows from bs[j] on, against header h, and
// returns the index of the first row after them. It notes whether the
// rows ran to the end of bs, where a cut table may carry them on.
func (r *reader) readRows(bs []*block, j int, h header) int {
	for ; j < len(bs); j++ {
		b := bs[j]
		if b.empty() {
			continue
		}
		if r.endsBlock(b) {
			break
		}
		if len(h.cols) > 0 && h.cols[0] == cGroup {
			if c := b.cells[0]; c.text != "" && c.f != fGroup {
				break // not shaped as an indicator row
			}
		}
		r.readRow(b, h)
	}
	r.inRows = j >= len(bs)
	return j
}

// readRow reads one indicator row against header h.
func (r *reader) readRow(b *block, h header) {
	n := len(h.cols)
	cols := h.cols
	merged := false
	switch {
	case len(b.cells) == n:
	case len(b.cells) == n-1 && h.target >= 0 && h.actual == h.target+1:
		// One cell across 年初目标值 and 实际完成值.
		merged = true
		cols = append(append([]column{}, h.cols[:h.actual]...), h.cols[h.actual+1:]...)
	default:
		r.findingAt(RuleRow, b.line(), rowText(b), "", "the indicator row has %d cells, its header %d; read in order", len(b.cells), n)
	}
	row := perf.Row{Line: b.line(), Merged: merged}
	content := false
	for k := range min(len(b.cells), len(cols)) {
		c := &b.cells[k]
		var dst *string
		switch cols[k] {
		case cGroup:
			if c.text == "" || c.f == fGroup {
				c.read = true
			}
			continue
		case cLevel1:
			dst = &row.Level1
		case cLevel2:
			dst = &row.Level2
		case cName:
			dst = &row.Name
		case cClass:
			dst = &row.Class
		case cTarget:
			dst = &row.Target
		case cActual:
			dst = &row.Actual
		case cPoints:
			dst = &row.Points
		case cScore:
			dst = &row.Score
		default:
			continue
		}
		c.read = true
		*dst = c.text
		if c.text != "" {
			content = true
		}
	}
	if content {
		r.rows = append(r.rows, row)
	}
}

// rowText is the row's cells joined with " | ", for a finding.
func rowText(b *block) string {
	ts := make([]string, 0, len(b.cells))
	for _, c := range b.cells {
		ts = append(ts, c.text)
	}
	return strings.Join(ts, " | ")
}

// finish reports the cells left unread and the parts missing, and adds
// the typed form to the result.
func (r *reader) finish() {
	res := r.res
	for _, b := range r.blocks {
		for _, c := range b.cells {
			switch {
			case c.text == "":
			case c.read:
				res.Stats.Cells++
			default:
				r.findingAt(RuleUnread, c.line, c.text, "", "a cell of the form that no field takes")
				res.Stats.Unread++
			}
		}
	}
	r.blocks = nil
	res.Stats.Forms++
	res.Stats.Rows += len(r.rows)
	if !r.unit.Valid() {
		r.unit = fiscal.WanYuan
		r.findingAt(RuleUnit, r.line, r.heading, "", "the form names no unit of money; 万元 assumed")
	}
	if r.kind == kindDepartment {
		d := r.department()
		if res.Department != nil {
			r.findingAt(RuleDuplicate, r.line, r.heading, "", "a second 部门整体绩效自评表 (the first is at line %d); it is not kept", res.Department.Line)
			return
		}
		res.Department = &d
		return
	}
	res.Projects = append(res.Projects, r.project())
}

// text returns a field's text, reporting it missing when required.
func (r *reader) text(f field, required bool) string {
	v, ok := r.values[f]
	if !ok && required {
		r.missing(f.String())
	}
	return v.text
}

// missing reports a part of the form not printed.
func (r *reader) missing(what string) {
	r.findingAt(RuleMissing, r.line, r.heading, what, "the form prints no %s", what)
}

// money reads a figure of money in the form's unit.
func (r *reader) money(v value, what string) perf.Money {
	if !v.set {
		r.missing(what)
		return perf.Money{}
	}
	m, err := perf.ParseMoney(v.text, r.unit)
	if err != nil {
		r.findingAt(RuleMoney, v.line, v.text, what, "%s is not a figure of money: %v", what, err)
		return perf.Money{Text: v.text, Unit: r.unit}
	}
	return m
}

// rowsMissing reports a form with no indicator rows.
func (r *reader) rowsMissing() {
	switch {
	case !r.header:
		r.missing("绩效指标")
	case len(r.rows) == 0:
		r.missing("绩效指标 rows under the header")
	}
}

// unreadValues reports fields of the other kind of form, which the typed
// form has no place for.
func (r *reader) unreadValues(kindName string, fs ...field) {
	for _, f := range fs {
		if v, ok := r.values[f]; ok {
			r.findingAt(RuleUnread, v.line, v.text, f.String(), "%s on a %s form is not read", f, kindName)
			r.res.Stats.Unread++
		}
	}
}

// project returns the project form read.
func (r *reader) project() perf.ProjectForm {
	f := perf.ProjectForm{
		Line:        r.line,
		Heading:     r.heading,
		Title:       r.title.text,
		Unit:        r.text(fUnit, false),
		Filed:       r.text(fFiled, false),
		Project:     r.text(fProject, true),
		Department:  r.text(fDepartment, false),
		Implementer: r.text(fImplementer, false),
		Category:    r.options[fCategory],
		Attribute:   r.options[fAttribute],
		Type:        r.options[fType],
		Goal:        r.text(fGoal, false),
		Rows:        r.rows,
		Total:       r.text(fTotal, false),
	}
	if r.budgetAt == 0 {
		r.missing("预算执行情况")
	} else {
		f.Budget = r.money(r.budget[0], "预算数")
		f.Spent = r.money(r.budget[1], "执行数")
		if !r.budget[2].set {
			r.missing("执行率")
		}
		f.Rate = r.budget[2].text
	}
	r.rowsMissing()
	f.Deviation = r.text(fDeviation, true)
	f.Improvement = r.text(fImprovement, true)
	r.unreadValues("project", fBasic, fProjectSpending)
	return f
}

// department returns the department form read.
func (r *reader) department() perf.DepartmentForm {
	d := perf.DepartmentForm{
		Line:      r.line,
		Heading:   r.heading,
		Title:     r.title.text,
		Unit:      r.text(fUnit, false),
		Filed:     r.text(fFiled, false),
		MoneyUnit: r.text(fMoneyUnit, false),
		Goals:     r.text(fGoal, false),
		Rows:      r.rows,
	}
	d.BasicSpending = r.money(r.values[fBasic], "基本支出总额")
	d.ProjectSpending = r.money(r.values[fProjectSpending], "项目支出总额")
	r.rowsMissing()
	d.Deviation = r.text(fDeviation, true)
	d.Improvement = r.text(fImprovement, true)
	r.unreadValues("department", fProject, fDepartment, fImplementer, fTotal)
	for _, f := range []field{fCategory, fAttribute, fType} {
		if o, ok := r.options[f]; ok {
			r.findingAt(RuleUnread, r.line, strings.Join(o, " "), f.String(), "%s on a department form is not read", f)
			r.res.Stats.Unread++
		}
	}
	if r.budgetAt != 0 {
		r.findingAt(RuleUnread, r.budgetAt, r.budget[0].text, "预算执行情况", "预算执行情况 on a department form is not read")
		r.res.Stats.Unread++
	}
	return d
}
