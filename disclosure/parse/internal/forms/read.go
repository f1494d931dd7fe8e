package forms

import (
	"slices"
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
	budget   [bColumns]value    // the 年度资金总额 row by budget column (bBudget, bSpent, …)
	budgetAt int                // line of the budget header, 0 when none
	sources  []source           // the rows under 年度资金总额 by source of funds
	uses     []source           // the rows under 年度资金总额 by kind of spending (基本支出, 项目支出)
	method   value              // the form's word on how the budget row is scored
	goalDone value              // 实际完成情况 beside the goal
	reasons  bool               // the indicator header has a row reason column
	improves bool               // ... and that column is 偏差原因分析及改进措施
	pend     perf.Row           // 一级 and 二级 of a row with nothing else, for the next row
	unit     fiscal.Unit        // from the budget header or a 单位 cell
	rows     []perf.Row
	header   bool   // an indicator header was read
	hdr      header // the last indicator header
	inRows   bool   // the indicator block ran to the end of the rows read so far

	blocks   []*block // every row read, for the unread cells
	complete bool     // the form's last parts (改进, 备注) have been read
	started  bool     // a row with text has been read
}

// source is a row of the budget block by source of funds, as printed.
type source struct {
	name                   string
	line                   int
	budget, spent, initial value
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
			for k, col := range h.cols {
				if col == cReason {
					r.reasons = true
					r.improves = r.improves || strings.Contains(norm(b.cells[k].text), "改进")
				}
			}
			markAll(b)
			i = r.readRows(bs, i+1, h) - 1
			continue
		}
		switch f := b.cells[b.first()].f; {
		case f == fBudget, isBudgetNames(b):
			// (The names alone: page text printing the block's label
			// beside its rows, or not at all.)
			i = r.readBudget(bs, i) - 1
			continue
		case f == fGoal && goalHeader(b):
			i = r.readGoal(bs, i) - 1
			continue
		case f == fSituation:
			i = r.readSituation(bs, i) - 1
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
		case fSigned:
			// A signature: the name after it is read, not kept.
			c.read = true
			if rest == "" && i+1 < len(b.cells) && b.cells[i+1].f == fNone && b.cells[i+1].text != "" {
				i++
				b.cells[i].read = true
			}
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
		if f == fGoal && rest == "" && r.readGoalInline(b, i) {
			return
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
	if ne := bs[j].nonEmpty(); len(ne) == 2 && ne[0] == bs[j].first() {
		d := &bs[j].cells[ne[1]]
		d.read = true
		r.goalDone = value{text: d.text, line: d.line, set: true}
	}
	return j + 1
}

// readGoalInline reads a goal row printed with its sub-headers inside the
// cells: "年度总体目标 | 预期目标：… | 实际完成情况：…" (the label at cell i).
// It reports whether the row was so.
func (r *reader) readGoalInline(b *block, i int) bool {
	var goal, done *cell
	for k := i + 1; k < len(b.cells); k++ {
		c := &b.cells[k]
		n := norm(c.text)
		switch {
		case c.text == "":
		case strings.HasPrefix(n, "预期目标:") && goal == nil:
			goal = c
		case (strings.HasPrefix(n, "实际完成情况:") || strings.HasPrefix(n, "实际完成:")) && done == nil:
			done = c
		default:
			return false
		}
	}
	if goal == nil {
		return false
	}
	goal.read = true
	_, g, _ := strings.Cut(strings.ReplaceAll(goal.text, "：", ":"), ":")
	r.set(fGoal, value{text: trimCell(g), line: goal.line, set: true})
	if done != nil {
		done.read = true
		_, d, _ := strings.Cut(strings.ReplaceAll(done.text, "：", ":"), ":")
		r.goalDone = value{text: trimCell(d), line: done.line, set: true}
	}
	return true
}

// readSituation reads a 项目基本情况 block whose label is in bs[i] (the
// Sichuan form): its sub-headers (1.项目年度目标完成情况, 项目年度目标,
// 年度目标完成情况, 2.项目实施内容及过程概述) and the texts under and beside
// them. The first text under the 项目年度目标 header is the goal and the one
// beside it the 完成情况; the rest is read and not kept. It returns the
// index of the row after the block.
func (r *reader) readSituation(bs []*block, i int) int {
	markAll(bs[i])
	goal := false
	j := r.eachRow(bs, i+1, func(b *block) bool {
		ne := b.nonEmpty()
		if !goal && !isSituationHeader(b.cells[ne[0]].text) {
			goal = true
			c := &b.cells[ne[0]]
			r.set(fGoal, value{text: c.text, line: c.line, set: true})
			if len(ne) == 2 {
				d := &b.cells[ne[1]]
				r.goalDone = value{text: d.text, line: d.line, set: true}
			}
		}
		markAll(b)
		return true
	})
	if !goal {
		r.set(fGoal, value{line: bs[i].line(), set: true})
	}
	return j
}

// isSituationHeader reports whether a cell is a sub-header of the
// 项目基本情况 block: numbered ("1.项目年度目标完成情况") or a column name.
func isSituationHeader(s string) bool {
	n := norm(s)
	if n != "" && n[0] >= '0' && n[0] <= '9' {
		return true
	}
	switch n {
	case "项目年度目标", "年度目标完成情况", "项目年度目标完成情况", "完成情况":
		return true
	}
	return false
}

// Columns of the budget block: what each header cell holds.
const (
	bNone    = -1 // a column with no field: its cells stay unread
	bLabel   = 0  // the row's label (年度资金总额, 其中：财政拨款)
	bBudget  = 1  // 预算数: 全年预算数, 调整后预算数
	bSpent   = 2  // 执行数
	bRate    = 3  // 执行率
	bPoints  = 4  // 分值, 权重
	bScore   = 5  // 得分
	bKnown   = 6  // read and not kept: 原因
	bInitial = 7  // 年初预算数, 年初预算
	bMethod  = 8  // 得分计算方法, 评分标准: how the row is scored
	bColumns = 9  // the number of columns above
)

// budgetColumn tells what a header cell of the budget block holds, from
// its words in norm form.
func budgetColumn(n string) int {
	switch {
	case n == "":
		return bNone
	case strings.Contains(n, "执行率"):
		return bRate
	case strings.Contains(n, "执行数"), n == "全年执行", n == "实际执行":
		return bSpent // (a name wrapped before its 数: joinNameTails)
	case strings.Contains(n, "计算方法"), strings.Contains(n, "评分标准"), strings.Contains(n, "评分方法"), strings.Contains(n, "计分方法"):
		return bMethod
	case strings.HasPrefix(n, "年初"):
		return bInitial // 年初预算数: kept, but the 执行率 is against the budget as adjusted
	case strings.Contains(n, "预算数"), n == "全年预算", n == "调整后预算":
		return bBudget
	case n == "分值", n == "权重", strings.HasPrefix(n, "分值("), strings.HasPrefix(n, "权重("):
		return bPoints
	case n == "得分", strings.HasPrefix(n, "得分("):
		return bScore
	case strings.Contains(n, "原因"):
		return bKnown
	}
	return bNone
}

// budgetCols tells what each cell of the budget block's header hb holds
// (bLabel for the cells before the figures), and whether it names 预算数,
// 执行数 or 执行率.
func budgetCols(hb *block) ([]int, bool) {
	cols := make([]int, len(hb.cells))
	found, figures := false, false
	for k, c := range hb.cells {
		col := bNone
		if (k != hb.first() || c.f != fBudget) && c.f != fMoneyUnit {
			col = budgetColumn(norm(c.text))
		}
		switch {
		case col == bBudget || col == bSpent || col == bRate:
			found, figures = true, true
		case col != bNone:
			figures = true
		case !figures:
			col = bLabel // before the figures: the rows' labels
		}
		cols[k] = col
	}
	return cols, found
}

// readBudget reads the 预算执行情况 block whose header is bs[i]: the
// columns 预算数, 执行数, 执行率 (and 分值, 得分 where printed), the first
// row under it (年度资金总额) and the rows by source of funds after it. It
// returns the index of the first row after the block.
func (r *reader) readBudget(bs []*block, i int) int {
	hb := bs[i]
	markAll(hb)
	if r.budgetAt != 0 {
		r.findingAt(RuleDuplicate, hb.line(), hb.cells[hb.first()].text, "预算执行情况", "预算执行情况 printed twice (first at line %d); the first is kept", r.budgetAt)
	}
	for k, c := range hb.cells {
		if u, ok := unitIn(c.text); ok && (k == hb.first() || !r.unit.Valid()) {
			r.unit = u
		}
		if c.f == fMoneyUnit {
			if u, err := fiscal.ParseUnit(c.rest); err == nil && !r.unit.Valid() {
				r.unit = u
			}
		}
	}
	cols, found := budgetCols(hb)
	// The figures are in the first row under the header; a row naming
	// the unit alone ("年度预算数（万元）") may come before it.
	j := i + 1
	for ; j < len(bs); j++ {
		b := bs[j]
		if b.empty() {
			continue
		}
		if r.unitRow(b) {
			continue
		}
		break
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
	var got [bColumns]value
	r.budgetRow(bs[j], hb, cols, &got)
	if first {
		r.budget = got
	}
	j++
	for ; j < len(bs); j++ {
		b := bs[j]
		if b.empty() {
			continue
		}
		if r.unitRow(b) {
			continue // the unit of a label printed in pieces down the rows
		}
		if r.endsBlock(b) {
			break
		}
		kind := partRow(b)
		if kind == partNone {
			break
		}
		var g [bColumns]value
		name := r.budgetRow(b, hb, cols, &g)
		if !first || kind == partGroup || kind == partSub {
			continue // a group's heading alone (按支出性质分), a part of a use (人员经费)
		}
		s := source{name: name, line: b.line(), budget: g[bBudget], spent: g[bSpent], initial: g[bInitial]}
		if kind == partUse {
			r.uses = append(r.uses, s)
		} else {
			r.sources = append(r.sources, s)
		}
		if r.method.text == "" && g[bMethod].text != "" {
			r.method = g[bMethod]
		}
	}
	if first && got[bMethod].text != "" {
		r.method = got[bMethod]
	}
	return j
}

// unitRow reads b when it names the unit of money alone ("（万元）"),
// and reports whether it does.
func (r *reader) unitRow(b *block) bool {
	ne := b.nonEmpty()
	if len(ne) != 1 || b.cells[ne[0]].f != fMoneyUnit {
		return false
	}
	c := &b.cells[ne[0]]
	c.read = true
	if u, err := fiscal.ParseUnit(c.rest); err == nil && !r.unit.Valid() {
		r.unit = u
	}
	return true
}

// budgetRow reads one row of the budget block against the header hb,
// filling got by column, and returns the row's label. A row of as many
// cells as the header is read cell by cell; in a shorter or longer one the
// row's first figure goes under the header's first figure column (a row may drop a
// blank cell at its end, or print its label over two cells); a row with
// no figure is read from the right.
func (r *reader) budgetRow(db, hb *block, cols []int, got *[bColumns]value) string {
	off := len(db.cells) - len(hb.cells)
	firstCol := slices.IndexFunc(cols, func(c int) bool { return c != bLabel && c != bNone })
	if k := slices.IndexFunc(db.cells, func(c cell) bool { return isFigureCell(c.text) }); k >= 0 && firstCol >= 0 && off != 0 {
		off = k - firstCol
	}
	if off < 0 || len(db.cells)-off > len(hb.cells) {
		r.findingAt(RuleRow, db.line(), rowText(db), "预算执行情况", "the row has %d cells, its header %d; its figures do not line up with the header's columns", len(db.cells), len(hb.cells))
	}
	var label []string
	for k := range db.cells {
		h := k - off
		c := &db.cells[k]
		switch {
		case h < 0 && c.text != "" && !isFigureCell(c.text) && k < firstCol+off+1:
			c.read = true // a label printed over more cells than the header's
			label = append(label, c.text)
		case h < 0 || h >= len(cols) || cols[h] == bNone:
		case cols[h] == bLabel:
			c.read = true // the row's label: 年度财政资金总额
			if c.text != "" {
				label = append(label, c.text)
			}
		case cols[h] == bKnown:
			c.read = true
		default:
			c.read = true
			got[cols[h]] = value{text: c.text, line: c.line, set: true}
		}
	}
	return strings.Join(label, "")
}

// isFigureCell reports whether a cell of the budget block holds a figure:
// a number, a percentage, or a placeholder ("/", "-", "—"). A note that
// begins with a number ("1.预算执行率=…") is none.
func isFigureCell(s string) bool {
	n := norm(s)
	switch n {
	case "":
		return false
	case "/", "-", "—", "--", "——", "/%":
		return true
	}
	n = strings.TrimSuffix(strings.TrimSuffix(n, "%"), "％")
	n = strings.ReplaceAll(n, ",", "")
	n = strings.TrimPrefix(n, "-")
	digits, dot := 0, false
	for i := 0; i < len(n); i++ {
		switch c := n[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

// isSourceRow reports whether a row of the budget block gives a source of
// funds: its label begins with 其中 or names 资金, 拨款, 结转, 结余, 收入 or
// a fund (一般公共预算, 政府性基金, 国有资本经营), or is 其他 alone.
func isSourceRow(b *block) bool {
	return isSourceLabel(norm(b.cells[b.first()].text))
}

// isSourceLabel is isSourceRow of a label in norm form.
func isSourceLabel(n string) bool {
	if strings.HasPrefix(n, "其中") || n == "其他" || n == "其他:" {
		return true
	}
	for _, w := range []string{"资金", "拨款", "结转", "结余", "收入", "一般公共预算", "政府性基金", "国有资本经营"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// What a row of the budget block after its 年度资金总额 row gives.
const (
	partNone   = iota // none: the block ends
	partSource        // a source of funds (其中：财政拨款, 上年结转, 其他资金)
	partUse           // a kind of spending (按支出性质分：基本支出, 项目支出)
	partGroup         // the heading of a group alone (按收入性质分, 按支出性质分)
	partSub           // a part of a use (其中：人员经费, 公用经费): read, not added up
)

// partRow tells what a row of the budget block after its 年度资金总额 row
// gives, from its first cell: a 基本支出 or 项目支出 is a use (其中 or the
// group's heading before it), a heading of a group alone is a group,
// else a source or none (isSourceRow).
func partRow(b *block) int {
	return partOf(norm(b.cells[b.first()].text))
}

// partOf is partRow of a label in norm form.
func partOf(n string) int {
	rest := groupName(n)
	if rest == "" && n != "" {
		return partGroup
	}
	if strings.Contains(rest, "基本支出") || strings.Contains(rest, "项目支出") {
		return partUse
	}
	for _, w := range []string{"人员经费", "公用经费"} {
		if strings.Contains(rest, w) {
			return partSub
		}
	}
	if isSourceLabel(n) {
		return partSource
	}
	return partNone
}

// groupName returns a budget row's label (norm form) without the heading
// of its group before it ("按支出性质分：基本支出" gives "基本支出"), and the
// label as it is when it begins with none.
func groupName(n string) string {
	for _, g := range []string{"按收入性质分", "按支出性质分", "按资金来源分", "按收入性质", "按支出性质"} {
		if rest, ok := strings.CutPrefix(n, g); ok {
			return strings.TrimPrefix(rest, ":")
		}
	}
	return n
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
	j = r.eachRow(bs, j, func(b *block) bool {
		if len(h.cols) > 0 && h.cols[0] == cGroup {
			if c := b.cells[0]; c.text != "" && c.f != fGroup {
				return false // not shaped as an indicator row
			}
		}
		r.readRow(b, h)
		return true
	})
	r.inRows = j >= len(bs)
	return j
}

// eachRow calls read on each row with text of bs from j on, until a row
// leaves the block (endsBlock) or read returns false for it, and returns
// the index of that row (len(bs) when the rows ran out): the loop of the
// blocks read row by row (项目基本情况, the indicators).
func (r *reader) eachRow(bs []*block, j int, read func(b *block) bool) int {
	for ; j < len(bs); j++ {
		b := bs[j]
		if b.empty() {
			continue
		}
		if r.endsBlock(b) || !read(b) {
			break
		}
	}
	return j
}

// readRow reads one indicator row against header h. A 指标性质 and a
// 度量单位 column (the Sichuan form) are joined with 指标值 into the row's
// target: "≥" "5" "个" is "≥5个"; "定性" is left out.
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
	var nature, measure string
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
		case cNature:
			dst = &nature
		case cMeasure:
			dst = &measure
		case cReason:
			dst = &row.Reason
		default:
			continue
		}
		c.read = true
		*dst = c.text
		if c.text != "" && cols[k] != cReason {
			content = true
		}
	}
	row.Target = joinTarget(nature, row.Target, measure)
	row.Actual = joinActual(row.Actual, measure)
	if row.Name == "" && row.Target == "" && row.Actual == "" && row.Points == "" && row.Score == "" {
		// A 一级 or 二级 with no indicator of its own ("经济效益指标"
		// left empty): it heads the rows below, and is no indicator.
		if content {
			if row.Level1 != "" {
				r.pend = perf.Row{Level1: row.Level1}
			}
			if row.Level2 != "" {
				r.pend.Level2 = row.Level2
			}
		}
		return
	}
	if r.pend.Level1 != "" && row.Level1 == "" {
		row.Level1 = r.pend.Level1
	}
	if r.pend.Level2 != "" && row.Level2 == "" {
		row.Level2 = r.pend.Level2
	}
	r.pend = perf.Row{}
	if content {
		r.rows = append(r.rows, row)
	}
}

// joinActual gives a 完成值 printed as a bare number the 度量单位 of its
// row, which applies to it as to the 指标值: "99.5" with "%" is "99.5%".
func joinActual(actual, measure string) string {
	m := norm(measure)
	if m == "" || m == "/" || actual == "" {
		return actual
	}
	n := norm(actual)
	for _, r := range n {
		if (r < '0' || r > '9') && r != '.' {
			return actual // words, or a figure with its own unit
		}
	}
	return actual + measure
}

// joinTarget joins a 指标性质, a 指标值 and a 度量单位 printed in cells of
// their own into one target as the word forms print it. A qualitative
// nature (定性) and a unit the value already ends with are left out.
func joinTarget(nature, target, measure string) string {
	if nature == "" && measure == "" {
		return target
	}
	switch norm(nature) {
	case "定性", "定量", "正向", "反向", "/":
		nature = ""
	}
	if target == "" {
		return ""
	}
	if strings.HasSuffix(target, measure) || norm(measure) == "/" {
		measure = ""
	}
	return nature + target + measure
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
	if r.method.text == "" {
		r.findMethod()
	}
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

// findMethod takes the form's word on how its budget row is scored from
// a cell that says the 得分 is the 执行率 times the 分值 (a note under the
// block, "注：执行率得分=执行率×分值"), where no 得分计算方法 column gives it.
func (r *reader) findMethod() {
	for _, b := range r.blocks {
		for i := range b.cells {
			c := &b.cells[i]
			if c.text != "" && perf.ScoredByRate(c.text) {
				c.read = true
				r.method = value{text: c.text, line: c.line, set: true}
				return
			}
		}
	}
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

// sourceMoney reads a figure of a source row: a blank or a placeholder
// ("/", "-") is no figure, and a figure that does not read is reported.
func (r *reader) sourceMoney(v value) perf.Money {
	return r.optMoney(v, "预算执行情况")
}

// optMoney reads a figure the form need not print (what names it in a
// finding): a blank or a placeholder ("/", "-") is no figure, and a
// figure that does not read is reported.
func (r *reader) optMoney(v value, what string) perf.Money {
	switch norm(v.text) {
	case "", "/", "-", "—", "--", "——":
		return perf.Money{}
	}
	return r.money(v, what)
}

// typedSources returns the source or use rows read, their figures read.
func (r *reader) typedSources(ss []source) []perf.Source {
	var out []perf.Source
	for _, s := range ss {
		out = append(out, perf.Source{Line: s.line, Name: sourceName(s.name),
			Budget: r.sourceMoney(s.budget), Spent: r.sourceMoney(s.spent), Initial: r.sourceMoney(s.initial)})
	}
	return out
}

// usesAddUp reports whether the uses' 执行数, each printed, add up to the
// total's within their rounding (or the total is not printed).
func usesAddUp(uses []perf.Source, total perf.Money) bool {
	var sum, tol fiscal.Amount
	for _, u := range uses {
		if u.Spent.Text == "" {
			return false
		}
		var e1, e2 error
		sum, e1 = sum.Add(u.Spent.Amount)
		tol, e2 = tol.Add(u.Spent.HalfUnit())
		if e1 != nil || e2 != nil {
			return false
		}
	}
	if total.Text == "" {
		return true
	}
	tol, e1 := tol.Add(total.HalfUnit())
	diff, e2 := sum.Sub(total.Amount)
	abs, e3 := diff.Abs()
	return e1 == nil && e2 == nil && e3 == nil && abs.Cmp(tol) <= 0
}

// useSpent returns the 执行数 of the use row named name (基本支出, 项目支出).
func useSpent(uses []perf.Source, name string) perf.Money {
	for _, u := range uses {
		if strings.HasPrefix(u.Name, name) {
			return u.Spent
		}
	}
	return perf.Money{}
}

// sourceName is a source or use row's label without the heading of its
// group (按支出性质分), 其中 and their colons.
func sourceName(s string) string {
	n := groupName(norm(s))
	n = strings.TrimPrefix(n, "其中")
	return strings.TrimPrefix(n, ":")
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
		GoalDone:    r.goalDone.text,
		Conclusion:  r.text(fConclusion, false),
		Problems:    r.text(fProblems, false),
	}
	if r.budgetAt == 0 {
		r.missing("预算执行情况")
	} else {
		f.Budget = r.money(r.budget[bBudget], "预算数")
		f.Spent = r.money(r.budget[bSpent], "执行数")
		if !r.budget[bRate].set {
			r.missing("执行率")
		}
		f.Rate = r.budget[bRate].text
		f.BudgetPoints, f.BudgetScore = r.budget[bPoints].text, r.budget[bScore].text
		f.Initial = r.optMoney(r.budget[bInitial], "年初预算数")
		f.ScoreMethod = r.method.text
		f.Sources = r.typedSources(r.sources)
		for _, u := range r.uses {
			r.findingAt(RuleUnread, u.line, u.name, "预算执行情况", "a row by kind of spending on a project form is not read")
			r.res.Stats.Unread++
		}
	}
	r.rowsMissing()
	// A form whose rows carry their own reasons prints no 偏差 row, and
	// one whose reason column is 偏差原因分析及改进措施 no 改进 row either.
	f.Deviation = r.text(fDeviation, !r.reasons)
	f.Improvement = r.text(fImprovement, !r.improves)
	r.unreadValues("project", fBasic, fProjectSpending, fName)
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
	if r.budgetAt != 0 {
		// The budget block: nothing of it is required, each layout
		// printing its own columns and rows.
		d.Initial = r.optMoney(r.budget[bInitial], "年初预算数")
		d.Budget = r.optMoney(r.budget[bBudget], "全年预算数")
		d.Spent = r.optMoney(r.budget[bSpent], "全年执行数")
		d.Rate = r.budget[bRate].text
		d.BudgetPoints, d.BudgetScore = r.budget[bPoints].text, r.budget[bScore].text
		d.ScoreMethod = r.method.text
		d.Sources = r.typedSources(r.sources)
		d.Uses = r.typedSources(r.uses)
	}
	// 基本支出总额 and 项目支出总额 where printed (Hubei), else the 执行数
	// of the budget block's uses; required only of a form with neither.
	for _, t := range []struct {
		f    field
		name string
		dst  *perf.Money
	}{{fBasic, "基本支出", &d.BasicSpending}, {fProjectSpending, "项目支出", &d.ProjectSpending}} {
		v, ok := r.values[t.f]
		if ok || r.budgetAt == 0 {
			*t.dst = r.money(v, t.f.String())
			continue
		}
		if usesAddUp(d.Uses, d.Spent) {
			// (Uses that do not add up are the budget check's finding;
			// one of them is wrong, and is not compared again.)
			*t.dst = useSpent(d.Uses, t.name)
		}
	}
	d.Total = r.text(fTotal, false)
	d.Name = r.text(fName, false)
	r.rowsMissing()
	d.Deviation = r.text(fDeviation, !r.reasons)
	d.Improvement = r.text(fImprovement, !r.improves)
	r.unreadValues("department", fProject, fDepartment, fImplementer, fConclusion, fProblems)
	for _, f := range []field{fCategory, fAttribute, fType} {
		if o, ok := r.options[f]; ok {
			r.findingAt(RuleUnread, r.line, strings.Join(o, " "), f.String(), "%s on a department form is not read", f)
			r.res.Stats.Unread++
		}
	}
	return d
}
