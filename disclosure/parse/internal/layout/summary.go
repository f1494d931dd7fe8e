package layout

import (
	"regexp"
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

var reParen = regexp.MustCompile(`[（(][^（()）]*[）)]\s*$`)

// itemOf identifies a named row on a side of a summary table, accepting a
// trailing remark in parentheses ("使用非财政拨款结余（含专用结余）").
func itemOf(k accounts.TableKind, s accounts.Side, label string) (accounts.Item, bool) {
	it, ok := accounts.ItemOfName(k, label)
	if !ok {
		if t := reParen.ReplaceAllString(label, ""); t != label && t != "" {
			it, ok = accounts.ItemOfName(k, t)
		}
	}
	if !ok {
		return 0, false
	}
	if k != accounts.KindSummary && k != accounts.KindAppropriationSummary {
		return it, true
	}
	switch it {
	case accounts.ItemGrandTotal:
		return it, true
	case accounts.ItemExpenditureTotal, accounts.ItemSurplusDistribution, accounts.ItemClosing:
		return it, s == accounts.SideExpenditure
	case accounts.ItemTotal, accounts.ItemPersonnelTotal, accounts.ItemPublicTotal:
		return 0, false
	}
	return it, s == accounts.SideIncome
}

// stripEnum removes a leading "一、", "（一）", "1、".
func stripEnum(s string) string {
	t := strings.TrimSpace(s)
	if loc := reEnum.FindStringIndex(t); loc != nil {
		return strings.TrimSpace(t[loc[1]:])
	}
	return t
}

// classOf finds the 功能分类 类 a summary row names ("八、社会保障和就业支出").
func (p *parser) classOf(label string) (classify.Function, bool) {
	if p.fn == nil {
		return classify.Function{}, false
	}
	for _, e := range p.fn.FindByName(stripEnum(label)) {
		if e.Code.Level() == classify.Class {
			return e.Code, true
		}
	}
	return classify.Function{}, false
}

// sRow is a row of a summary table being read.
type sRow struct {
	side        accounts.Side
	pieces      []string
	first, last int // lines of its label
	top         int // first line of any of its tokens
	x           int
	cells       accounts.Cells
}

func (r *sRow) label() string { return joinPieces(r.pieces) }

// summary reads a two-sided table (收入支出决算总表, 财政拨款收入支出决算总表):
// income rows on the left, expenditure rows on the right, each side's
// labels wrapping on their own (the other side's label can sit between the
// two pieces), figures on the label's line or on a line of their own above.
func (p *parser) summary(r *region, t *accounts.Table) {
	k := accounts.TableKind(r.kind)
	firstBody := r.end
	for i := r.start; i < r.end && firstBody == r.end; i++ {
		if p.used[i] {
			continue
		}
		for _, c := range p.chunksOf(i) {
			if isFigure(c.text) || reEnum.MatchString(c.text) {
				firstBody = i
				break
			}
			if _, ok := p.itemOf(k, accounts.SideIncome, c.text); ok {
				firstBody = i
				break
			}
		}
	}
	h := p.readHeader(k, r.start, firstBody)
	for i := r.start; i < firstBody; i++ {
		p.used[i] = true
	}
	split := -1
	for _, c := range h.cols {
		if c.side == accounts.SideIncome {
			split = c.x
			break
		}
	}
	if split < 0 {
		for _, c := range h.cols {
			if c.side == accounts.SideExpenditure {
				split = c.x / 2
				break
			}
		}
	}
	if split < 0 {
		split = 20
	}
	recognized := func(s accounts.Side, label string) bool {
		if _, ok := p.itemOf(k, s, label); ok {
			return true
		}
		if s == accounts.SideExpenditure {
			_, ok := p.classOf(label)
			return ok
		}
		return false
	}
	var rows []*sRow
	cur := map[accounts.Side]*sRow{}
	var figLines []figLine
	for i := firstBody; i < r.end; i++ {
		if p.used[i] || isBlankLine(p.text(i)) {
			continue
		}
		p.used[i] = true
		var figs []chunk
		labels := map[accounts.Side][]chunk{}
		for _, c := range p.chunksOf(i) {
			switch {
			case isFigure(c.text):
				figs = append(figs, c)
			case c.x < split:
				labels[accounts.SideIncome] = append(labels[accounts.SideIncome], c)
			default:
				labels[accounts.SideExpenditure] = append(labels[accounts.SideExpenditure], c)
			}
		}
		for _, s := range []accounts.Side{accounts.SideIncome, accounts.SideExpenditure} {
			cs := labels[s]
			if len(cs) == 0 {
				continue
			}
			frag := texts(cs)
			if c := cur[s]; c != nil && !recognized(s, c.label()) && i-c.last <= 3 &&
				(recognized(s, c.label()+frag) || (!recognized(s, frag) && !reEnum.MatchString(frag))) {
				c.pieces = append(c.pieces, frag)
				c.last = i
				continue
			}
			row := &sRow{side: s, pieces: []string{frag}, first: i, last: i, top: i, x: cs[0].x}
			rows = append(rows, row)
			cur[s] = row
		}
		if len(figs) > 0 {
			figLines = append(figLines, figLine{i: i, figs: figs})
		}
	}
	decimals := 0
	place(figLines, h.cols)
	for _, fl := range figLines {
		idx := fl.idx
		for n, c := range fl.figs {
			if idx[n] < 0 {
				p.cellFinding(c, r.title, "%s: figure %s is one more than the table's columns", r.title, c.text)
				continue
			}
			col := h.cols[idx[n]]
			var target *sRow
			for _, row := range rows {
				if row.side == col.side && row.first <= fl.i && fl.i <= row.last {
					target = row
					break
				}
			}
			if target == nil {
				for _, row := range rows {
					if row.side == col.side && row.first > fl.i {
						target = row
						break
					}
				}
			}
			if target == nil {
				p.cellFinding(c, r.title, "%s: figure %s has no %s row on its line or below it", r.title, c.text, col.side)
				continue
			}
			cell, dec, ok := p.parseFigure(c, r.unit, r.title)
			if !ok {
				continue
			}
			if !target.cells[col.col].IsAbsent() {
				p.cellFinding(c, r.title, "%s: a second figure (%s) for %s %s", r.title, c.text, target.label(), t.ColumnName(col.col))
				continue
			}
			target.cells[col.col] = cell
			target.top = min(target.top, fl.i)
			decimals = max(decimals, dec)
		}
	}
	p.applyColumns(r, t, h, len(figLines) > 0)
	if decimals > 0 {
		t.Decimals = decimals
	}
	slices.SortStableFunc(rows, func(a, b *sRow) int {
		if a.top != b.top {
			return a.top - b.top
		}
		return int(a.side) - int(b.side)
	})
	opened := false
	for _, sr := range rows {
		label := sr.label()
		row := accounts.Row{Side: sr.side, Name: label, Line: p.lines[sr.top].N, Cells: sr.cells}
		if it, ok := p.itemOf(k, sr.side, label); ok {
			row.Item = it
			if k == accounts.KindAppropriationSummary && sr.side == accounts.SideIncome {
				switch it {
				case accounts.ItemOpening:
					opened = true
				case accounts.ItemGeneral, accounts.ItemGovFund, accounts.ItemStateCapital:
					if opened {
						row.Under = accounts.ItemOpening
					}
				default:
					opened = false
				}
			}
		} else if fn, ok := p.classOf(label); ok && sr.side == accounts.SideExpenditure {
			row.Function = fn
		} else {
			w := p.where(sr.first)
			w.Table, w.Row = r.title, label
			p.add(ruleRowKey.Finding(w, "%s: %s row %q is neither a named row nor a 类 of the catalog", r.title, sr.side, label))
		}
		t.Rows = append(t.Rows, row)
	}
}
