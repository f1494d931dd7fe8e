package layout

import (
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// bAnchor is a row of one half of the 基本支出 table.
type bAnchor struct {
	line   int
	x      int
	class  chunk  // the code as printed first (301, or 30101)
	kuan   *chunk // the 款 printed in its own column, on the line or below
	item   accounts.Item
	first  int
	cells  accounts.Cells
	inline string
}

func (a *bAnchor) code() string {
	if a.kuan != nil {
		return a.class.text + " " + a.kuan.text
	}
	return a.class.text
}

// half is one side (left or right) of the 基本支出 table while it is read.
type half struct {
	anchors []*bAnchor
	gaps    [][]piece
	figs    map[int][]chunk
}

// basic reads the 一般公共预算财政拨款基本支出决算表. It prints economic codes
// in two halves side by side (301 and 303 left, 302 and 310 right, in
// Shanghai's layout), each with its 类 and 款 (split, the 款 sometimes on
// the line below its 类) or a full code, a name and a 决算数; 人员经费合计
// and 公用经费合计 close the halves.
func (p *parser) basic(r *region, t *accounts.Table) {
	firstCode := r.end
	for i := r.start; i < r.end && firstCode == r.end; i++ {
		if p.used[i] {
			continue
		}
		for _, c := range p.bodyChunks(i) {
			if isCodeStart(c) && len(c.text) <= 5 {
				firstCode = i
				break
			}
		}
	}
	// The header: the right half begins at its own 经济分类 / 类 column,
	// right of the left half's 决算数.
	var hdr []chunk
	for i := r.start; i < firstCode; i++ {
		if p.used[i] {
			continue
		}
		for _, c := range p.bodyChunks(i) {
			if _, ok := amountUnit(c.text); !ok && !isFigure(c.text) {
				hdr = append(hdr, c)
			}
		}
		p.used[i] = true
	}
	var amounts []chunk
	for _, c := range hdr {
		if squeeze(c.text) == "决算数" || squeeze(c.text) == "金额" {
			amounts = append(amounts, c)
		}
	}
	slices.SortFunc(amounts, func(a, b chunk) int { return a.x - b.x })
	split := -1
	if len(amounts) > 0 {
		for _, c := range hdr {
			s := squeeze(c.text)
			if c.x > amounts[0].end && (strings.Contains(s, "经济分类") || strings.Contains(s, "科目编码") || s == "类") && (split < 0 || c.x < split) {
				split = c.x
			}
		}
	}
	if len(amounts) < 2 || split < 0 {
		w := p.where(r.titleLine)
		w.Table, w.Column = r.title, "决算数"
		if p.hasFigures(r, firstCode) {
			p.add(ruleColumns.Finding(w, "%s: the header does not show the two halves (经济分类 … 决算数 twice); figures are placed by their position", r.title))
		}
		if split < 0 {
			split = 36
		}
	}

	halves := [2]*half{{figs: map[int][]chunk{}}, {figs: map[int][]chunk{}}}
	decimals, hasFigures := 0, false
	for i := firstCode; i < r.end; i++ {
		if p.used[i] || isBlankLine(p.text(i)) {
			continue
		}
		p.used[i] = true
		cs := p.bodyChunks(i)
		// A code chunk away from the left margin starts the right half on
		// this page (pdftotext narrows some pages).
		var codes []chunk
		for _, c := range cs {
			if isCodeStart(c) && len(c.text) <= 5 {
				codes = append(codes, c)
			}
		}
		if len(codes) >= 2 {
			split = codes[1].x
		} else if len(codes) == 1 && codes[0].x > 8 {
			split = codes[0].x
		}
		var parts [2][]chunk
		for _, c := range cs {
			side := 0
			if c.x >= split {
				side = 1
			}
			parts[side] = append(parts[side], c)
		}
		for side, cs := range parts {
			if len(cs) == 0 {
				continue
			}
			h := halves[side]
			j := 0
			var names []chunk
			switch {
			case isCodeStart(cs[0]) && len(cs[0].text) <= 5:
				a := &bAnchor{line: i, x: cs[0].x, class: cs[0], first: i}
				j = 1
				if len(cs[0].text) == 3 && len(cs) > 1 && isDigits(cs[1].text) && len(cs[1].text) == 2 {
					c := cs[1]
					a.kuan = &c
					j = 2
				}
				h.anchors = append(h.anchors, a)
				h.gaps = append(h.gaps, nil)
			case isDigits(cs[0].text) && len(cs[0].text) == 2 && len(h.anchors) > 0:
				a := h.anchors[len(h.anchors)-1]
				if a.kuan == nil && len(a.class.text) == 3 {
					c := cs[0]
					a.kuan = &c
					j = 1
				}
			}
			for ; j < len(cs); j++ {
				c := cs[j]
				if isFigure(c.text) {
					h.figs[i] = append(h.figs[i], c)
					hasFigures = true
					continue
				}
				if it, ok := p.itemOf(accounts.KindBasicExpenditure, 0, c.text); ok && (it == accounts.ItemPersonnelTotal || it == accounts.ItemPublicTotal) {
					h.anchors = append(h.anchors, &bAnchor{line: i, x: c.x, item: it, first: i, inline: c.text})
					h.gaps = append(h.gaps, nil)
					continue
				}
				names = append(names, c)
			}
			if len(names) == 0 {
				continue
			}
			n := len(h.anchors)
			switch {
			case n > 0 && h.anchors[n-1].line == i:
				a := h.anchors[n-1]
				a.inline = joinPieces([]string{a.inline, texts(names)})
			case n > 0:
				h.gaps[n-1] = append(h.gaps[n-1], piece{line: i, text: texts(names)})
			default:
				p.unreadLine(ruleLine, i, fiscal.Where{}, "%s: text above the first row", r.title)
			}
		}
	}
	blank := func(a, b int) bool {
		for j := a + 1; j < b; j++ {
			if isBlankLine(p.text(j)) {
				return true
			}
		}
		return false
	}
	var all []*bAnchor
	var names []string
	for _, h := range halves {
		slots := make([]nameSlot, len(h.anchors))
		for n, a := range h.anchors {
			slots[n] = nameSlot{line: a.line, inline: a.inline}
			if a.item != 0 {
				slots[n].want = a.item.Name()
			} else if e, err := classify.ParseEconomic(a.code()); err == nil && p.eco != nil {
				slots[n].want = p.eco.Name(e)
			}
		}
		ns, spans := distribute(slots, h.gaps, blank)
		lines := make([]int, 0, len(h.figs))
		for i := range h.figs {
			lines = append(lines, i)
		}
		slices.Sort(lines)
		for _, i := range lines {
			var target *bAnchor
			for n, a := range h.anchors {
				if spans[n][0] <= i && i <= spans[n][1] {
					target = a
					break
				}
			}
			if target == nil {
				for _, a := range h.anchors {
					if a.line > i {
						target = a
						break
					}
				}
			}
			for n, c := range h.figs[i] {
				switch {
				case target == nil:
					p.cellFinding(c, r.title, "%s: figure %s has no row around or below it", r.title, c.text)
					continue
				case n > 0:
					p.cellFinding(c, r.title, "%s: figure %s is a second figure on one line of one half", r.title, c.text)
					continue
				}
				cell, dec, ok := p.parseFigure(c, r.unit, r.title)
				if !ok {
					continue
				}
				if !target.cells[accounts.ColAmount].IsAbsent() {
					p.cellFinding(c, r.title, "%s: a second figure (%s) for the row on line %d", r.title, c.text, p.lines[target.line].N)
					continue
				}
				target.cells[accounts.ColAmount] = cell
				target.first = min(target.first, i)
				decimals = max(decimals, dec)
			}
		}
		for n, a := range h.anchors {
			a.first = min(a.first, spans[n][0])
		}
		all = append(all, h.anchors...)
		names = append(names, ns...)
	}
	if hasFigures && decimals > 0 {
		t.Decimals = decimals
	}
	order := make([]int, len(all))
	for n := range order {
		order[n] = n
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if all[a].first != all[b].first {
			return all[a].first - all[b].first
		}
		return all[a].x - all[b].x
	})
	for _, n := range order {
		a := all[n]
		row := accounts.Row{Name: names[n], Line: p.lines[a.first].N, Cells: a.cells, Item: a.item}
		if a.item == 0 {
			if e, err := classify.ParseEconomic(a.code()); err == nil {
				row.Economic = e
			} else {
				row.Code = a.code()
			}
		}
		t.Rows = append(t.Rows, row)
	}
}

// hasFigures reports whether lines [from, r.end) hold a figure.
func (p *parser) hasFigures(r *region, from int) bool {
	for i := from; i < r.end; i++ {
		for _, c := range p.chunksOf(i) {
			if isAmount(c.text) && strings.Contains(c.text, ".") {
				return true
			}
		}
	}
	return false
}
