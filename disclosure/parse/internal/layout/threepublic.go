package layout

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/threepublic"
)

// threeCells are the twelve figure columns of the "三公" table, in printed
// order: 预算数 and 决算数 of 合计, 因公出国（境）费, 公务用车购置及运行费
// 小计, 公务用车购置费, 公务用车运行（维护）费 and 公务接待费.
func threeCells(t *threepublic.Table) []*fiscal.Cell {
	return []*fiscal.Cell{&t.Budget.Total, &t.Actual.Total, &t.Budget.Abroad, &t.Actual.Abroad,
		&t.Budget.Vehicles, &t.Actual.Vehicles, &t.Budget.VehiclePurchase, &t.Actual.VehiclePurchase,
		&t.Budget.VehicleOperation, &t.Actual.VehicleOperation, &t.Budget.Reception, &t.Actual.Reception}
}

// threePublic reads the 财政拨款"三公"经费支出决算表: a header of groups
// over a line of twelve 预算数/决算数 labels, and the figures below them.
func (p *parser) threePublic(r *region) *threepublic.Table {
	t := &threepublic.Table{Title: r.title, Number: r.number, Unit: r.unit, Decimals: 2, Notes: r.notes, EmptyStatement: r.empty}
	labelLine := -1
	var cols []colPos
	for i := r.start; i < r.end && labelLine < 0; i++ {
		if p.used[i] {
			continue
		}
		var ls []colPos
		for _, c := range p.chunksOf(i) {
			if s := squeeze(c.text); s == "预算数" || s == "决算数" {
				ls = append(ls, colPos{x: c.x, end: c.end, name: s})
			}
		}
		if len(ls) >= 6 {
			labelLine, cols = i, ls
		}
	}
	if labelLine < 0 || len(cols) != 12 {
		w := p.where(r.titleLine)
		w.Table = r.title
		if labelLine >= 0 {
			w = p.where(labelLine)
		}
		p.add(ruleThreeTable.Finding(w, "%s: want a line of 12 预算数/决算数 labels, found %d; figures are placed in that order", r.title, len(cols)))
	}
	targets := threeCells(t)
	from := r.start
	if labelLine >= 0 {
		from = labelLine + 1
	}
	for i := r.start; i < from; i++ {
		p.used[i] = true
	}
	decimals := 0
	for i := from; i < r.end; i++ {
		if p.used[i] || isBlankLine(p.text(i)) {
			continue
		}
		p.used[i] = true
		var figs []chunk
		for _, c := range p.chunksOf(i) {
			if isFigure(c.text) {
				figs = append(figs, c)
				continue
			}
			w := p.where(i)
			w.Table, w.Text = r.title, c.text
			p.add(ruleLine.Finding(w, "%s: text %q among the figures", r.title, c.text))
			p.res.Stats.UnreadLines++
		}
		idx := assign(figs, cols)
		for n, c := range figs {
			if idx[n] < 0 || idx[n] >= len(targets) {
				p.cellFinding(c, r.title, "%s: figure %s has no column", r.title, c.text)
				continue
			}
			cell, dec, ok := p.parseFigure(c, r.unit, r.title)
			if !ok {
				continue
			}
			if !targets[idx[n]].IsAbsent() {
				p.cellFinding(c, r.title, "%s: a second figure (%s) for one cell", r.title, c.text)
				continue
			}
			*targets[idx[n]] = cell
			decimals = max(decimals, dec)
			if t.Line == 0 {
				t.Line = p.lines[i].N
			}
			p.res.Stats.Cells++
		}
	}
	if decimals > 0 {
		t.Decimals = decimals
	}
	p.res.Stats.Rows++
	return t
}
