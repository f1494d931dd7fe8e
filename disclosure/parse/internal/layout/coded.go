package layout

import (
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// bodyChunks returns the chunks of line i with codes glued to names split.
func (p *parser) bodyChunks(i int) []chunk {
	if p.bodyC[i] != nil {
		return p.bodyC[i]
	}
	out := []chunk{}
	for _, c := range p.chunksOf(i) {
		out = append(out, splitGluedCode(c)...)
	}
	p.bodyC[i] = out
	return out
}

func isCodeStart(c chunk) bool {
	n := len(c.text)
	return isDigits(c.text) && (n == 3 || n == 5 || n == 7)
}

// header is what a table's header says about its columns.
type header struct {
	cols      []colPos
	missing   []wanted
	labelEnd  int // columns left of this are the code and name (项目) columns
	dataStart int // the first figure column starts here
}

// readHeader reads the header lines [from, to) of a table of kind k:
// clusters of header text right of the 项目 columns are matched to the
// kind's columns.
func (p *parser) readHeader(k accounts.TableKind, from, to int) header {
	var all []chunk
	for i := from; i < to; i++ {
		if p.used[i] {
			continue
		}
		for _, c := range p.bodyChunks(i) {
			if isFigure(c.text) || isPlaceholder(c.text) {
				continue
			}
			if _, ok := amountUnit(c.text); ok || reTableNum.MatchString(c.text) {
				continue
			}
			all = append(all, c)
		}
	}
	h := header{labelEnd: -1}
	summary := k == accounts.KindSummary || k == accounts.KindAppropriationSummary
	for _, cl := range clusters(all) {
		if summary {
			break // both sides' 项目 columns: every header cell is a candidate
		}
		t := normHeader(cl.text())
		if strings.Contains(t, "科目名称") || strings.Contains(t, "科目编码") || strings.Contains(t, "功能分类") || t == "项目" {
			h.labelEnd = max(h.labelEnd, cl.end)
		}
	}
	if h.labelEnd < 0 {
		h.labelEnd = 0
		if !summary {
			h.labelEnd = 24
		}
	}
	var data []chunk
	for _, c := range all {
		if c.x >= h.labelEnd {
			data = append(data, c)
		}
	}
	h.cols, h.missing = matchColumns(k, clusters(data))
	h.dataStart = h.labelEnd
	if len(h.cols) > 0 {
		h.dataStart = h.cols[0].x
		for _, c := range h.cols {
			h.dataStart = min(h.dataStart, c.x)
		}
	}
	return h
}

// applyColumns records the columns found in the table: the printed set
// when it differs from the standard one, and the header names that differ
// from the columns' names.
func (p *parser) applyColumns(r *region, t *accounts.Table, h header, hasFigures bool) {
	if len(h.missing) > 0 && len(h.cols) > 0 {
		cols := map[accounts.Side][]accounts.Column{}
		for _, c := range h.cols {
			cols[c.side] = append(cols[c.side], c.col)
		}
		t.Columns = cols
	}
	for _, c := range h.cols {
		if c.name != t.ColumnName(c.col) {
			if t.Headers == nil {
				t.Headers = map[accounts.Column]string{}
			}
			t.Headers[c.col] = c.name
		}
	}
	if hasFigures {
		for _, m := range h.missing {
			w := p.where(r.titleLine)
			w.Table, w.Column = r.title, m.names[0]
			p.add(ruleColumns.Finding(w, "%s: no header for column %s; figures printed under it cannot be placed", r.title, m.names[0]))
		}
	}
}

// cAnchor is a row of a coded table: the line of its code (or 合计, or
// placeholder) and what belongs to it.
type cAnchor struct {
	line  int
	code  []chunk
	total bool
	ph    [2][]string // placeholder code and name pieces
	slot  nameSlot
	first int // first line of the row's tokens
	span  [2]int
	cells accounts.Cells
}

// coded reads a table of 功能分类 rows: 收入决算表, 支出决算表,
// 一般公共预算财政拨款支出决算表 and the two fund tables. Codes are full
// (2010601) or split over the 类/款/项 columns (201 06 01); names wrap
// around their code line; figures sit on the code line or on lines of
// their own just above it.
func (p *parser) coded(r *region, t *accounts.Table) {
	k := accounts.TableKind(r.kind)
	firstCode := r.end
	for i := r.start; i < r.end && firstCode == r.end; i++ {
		if cs := p.bodyChunks(i); len(cs) > 0 && !p.used[i] && isCodeStart(cs[0]) && cs[0].x <= 8 {
			firstCode = i
		}
	}
	h := p.readHeader(k, r.start, firstCode)

	type lineInfo struct {
		code   []chunk
		total  bool
		ph     []chunk
		names  []chunk
		figs   []chunk
		other  []chunk
		header bool
	}
	infos := map[int]*lineInfo{}
	nameCol := -1
	for i := r.start; i < r.end; i++ {
		if p.used[i] || isBlankLine(p.text(i)) {
			continue
		}
		p.used[i] = true
		cs := p.bodyChunks(i)
		li := &lineInfo{header: i < firstCode}
		infos[i] = li
		j := 0
		if len(cs) > 0 && isCodeStart(cs[0]) && cs[0].x < h.dataStart {
			li.code = append(li.code, cs[0])
			digits := len(cs[0].text)
			j = 1
			for j < len(cs) && digits < 7 && isDigits(cs[j].text) && len(cs[j].text) == 2 && cs[j].end <= h.dataStart {
				li.code = append(li.code, cs[j])
				digits += 2
				j++
			}
		} else if len(cs) > 0 && cs[0].x < h.dataStart && isTotalLabel(cs[0].text) {
			li.total = true
			j = 1
		}
		for ; j < len(cs); j++ {
			c := cs[j]
			switch {
			case isFigure(c.text):
				li.figs = append(li.figs, c)
			case isPlaceholder(c.text):
				li.ph = append(li.ph, c)
			case c.x < h.dataStart:
				li.names = append(li.names, c)
			default:
				li.other = append(li.other, c)
			}
		}
		if len(li.code) > 0 && len(li.names) > 0 && (nameCol < 0 || li.names[0].x < nameCol) {
			nameCol = li.names[0].x
		}
	}
	var order []int
	for i := range infos {
		order = append(order, i)
	}
	slices.Sort(order)

	// Anchors: code lines, the 合计 line, runs of placeholder lines.
	var anchors []*cAnchor
	var gaps [][]piece
	inPh := false
	for _, i := range order {
		li := infos[i]
		onlyPh := len(li.ph) > 0 && len(li.code) == 0 && !li.total && len(li.names) == 0 && len(li.figs) == 0 && len(li.other) == 0
		switch {
		case len(li.code) > 0 || li.total:
			a := &cAnchor{line: i, code: li.code, total: li.total}
			a.slot = nameSlot{line: i, inline: texts(li.names)}
			if li.total {
				a.slot.inline, a.slot.want = "合计", "合计"
				if len(li.names) > 0 {
					a.slot.inline = "合计" + texts(li.names)
				}
			} else if fn, err := classify.ParseFunction(codeText(li.code)); err == nil && p.fn != nil {
				a.slot.want = p.fn.Name(fn)
			}
			for _, c := range li.ph {
				a.slot.inline = joinPieces([]string{a.slot.inline, c.text})
			}
			anchors = append(anchors, a)
			gaps = append(gaps, nil)
			inPh = false
		case onlyPh && !li.header:
			if !inPh || len(anchors) == 0 || i > anchors[len(anchors)-1].span[1]+1 {
				a := &cAnchor{line: i}
				a.slot = nameSlot{line: i}
				anchors = append(anchors, a)
				gaps = append(gaps, nil)
			}
			a := anchors[len(anchors)-1]
			a.span[1] = i
			for n, c := range li.ph {
				// The first placeholder left of the names is the code.
				if n == 0 && (len(li.ph) > 1 || nameCol < 0 || c.x < nameCol-1) {
					a.ph[0] = append(a.ph[0], c.text)
				} else {
					a.ph[1] = append(a.ph[1], c.text)
				}
			}
			a.slot.inline = joinPieces(a.ph[1])
			inPh = true
			continue
		case len(li.names) > 0 && len(anchors) > 0 && !li.header:
			gaps[len(gaps)-1] = append(gaps[len(gaps)-1], piece{line: i, text: texts(li.names)})
		}
		if len(li.names) > 0 && len(anchors) == 0 && !li.header {
			p.unreadLine(ruleLine, i, fiscal.Where{}, "%s: text above the first row", r.title)
		}
		for _, c := range li.other {
			if li.header {
				continue
			}
			w := p.where(i)
			w.Table, w.Text = r.title, c.text
			p.add(ruleLine.Finding(w, "%s: text %q in the figure columns is not a figure", r.title, c.text))
			p.res.Stats.UnreadLines++
		}
		inPh = false
	}
	blank := func(a, b int) bool {
		for j := a + 1; j < b; j++ {
			if isBlankLine(p.text(j)) {
				return true
			}
		}
		return false
	}
	slots := make([]nameSlot, len(anchors))
	for n, a := range anchors {
		slots[n] = a.slot
	}
	names, spans := distribute(slots, gaps, blank)
	for n, a := range anchors {
		a.span = [2]int{min(spans[n][0], a.line), max(spans[n][1], a.span[1], a.line)}
		a.first = a.span[0]
	}

	// Figures.
	decimals, hasFigures := 0, false
	var fls []figLine
	for _, i := range order {
		if li := infos[i]; len(li.figs) > 0 {
			fls = append(fls, figLine{i: i, figs: li.figs})
		}
	}
	place(fls, h.cols)
	for _, fl := range fls {
		i, li, idx := fl.i, infos[fl.i], fl.idx
		hasFigures = true
		var target *cAnchor
		for _, a := range anchors {
			if a.span[0] <= i && i <= a.span[1] {
				target = a
				break
			}
		}
		if target == nil {
			for _, a := range anchors {
				if a.line > i {
					target = a
					break
				}
			}
		}
		for n, c := range li.figs {
			switch {
			case target == nil:
				p.cellFinding(c, r.title, "%s: figure %s has no row below or around it", r.title, c.text)
				continue
			case idx[n] < 0:
				p.cellFinding(c, r.title, "%s: figure %s is one more than the table's columns", r.title, c.text)
				continue
			}
			col := h.cols[idx[n]].col
			cell, dec, ok := p.parseFigure(c, r.unit, r.title)
			if !ok {
				continue
			}
			if !target.cells[col].IsAbsent() {
				p.cellFinding(c, r.title, "%s: a second figure (%s) for column %s of the row on line %d", r.title, c.text, t.ColumnName(col), p.lines[target.line].N)
				continue
			}
			target.cells[col] = cell
			decimals = max(decimals, dec)
			target.first = min(target.first, i)
		}
	}
	p.applyColumns(r, t, h, hasFigures)
	if hasFigures && decimals > 0 {
		t.Decimals = decimals
	}

	for n, a := range anchors {
		row := accounts.Row{Name: names[n], Line: p.lines[a.first].N, Cells: a.cells}
		switch {
		case a.total:
			row.Item = accounts.ItemTotal
		case len(a.code) > 0:
			s := codeText(a.code)
			if fn, err := classify.ParseFunction(s); err == nil {
				row.Function = fn
			} else {
				row.Code = s
			}
		default:
			row.Code = strings.Join(a.ph[0], "")
		}
		t.Rows = append(t.Rows, row)
	}
}

// isTotalLabel reports whether a row label is 合计 (or 总计).
func isTotalLabel(s string) bool {
	t := squeeze(s)
	return t == "合计" || t == "总计"
}

// texts joins the texts of chunks as pieces of one cell.
func texts(cs []chunk) string {
	var ss []string
	for _, c := range cs {
		ss = append(ss, c.text)
	}
	return joinPieces(ss)
}

// codeText joins the parts of a split code with single spaces.
func codeText(cs []chunk) string {
	var ss []string
	for _, c := range cs {
		ss = append(ss, c.text)
	}
	return strings.Join(ss, " ")
}
