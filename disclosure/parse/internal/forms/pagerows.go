package forms

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/perf"
)

// Page text prints no blank cell: a row of the indicator block or of the
// budget block shows only what it holds. alignRows puts those rows back in
// their header's columns, by what each cell holds, so that the readers
// shared with the word export read them cell by cell.
//
// An indicator row is read from both ends. From the right: the 得分 and
// 分值 (figures), after them the row's own reason where the header has a
// reason column; before them the 完成值, the 度量单位 (a short unit) and
// the 指标值, after the 指标性质 (=, ≥, ≤, 定性) where the header has one,
// else the two cells before the figures are 指标值 and 实际完成值. From the
// left: a 一级 name (产出指标, "效益指标（30分）"), a 二级 name (ending in
// 指标), and the 三级 name. A line with one cell of words and no figure
// inside the block is a piece of a wrapped name: it joins the name of the
// row above, or of the row below when no row is above.
//
// A budget row's words before its first figure are its label; its figures
// fill the figure columns from the left (a row of placeholders "/" alone
// fills them from the last 分值 or 得分 column back).

// alignRows aligns the rows under each indicator and budget header.
func alignRows(bs []*block) []*block {
	bs = joinBudgetHeaders(joinNameTails(bs))
	out := make([]*block, 0, len(bs))
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		out = append(out, b)
		if len(b.cells) == 0 {
			continue
		}
		if h, ok := readHeader(b); ok {
			var n int
			out, n = alignIndicatorRows(out, bs[i+1:], h)
			i += n
			continue
		}
		if b.cells[0].f == fBudget || isBudgetNames(b) {
			var n int
			out, n = alignBudgetRows(out, bs[i+1:], b)
			i += n
		}
	}
	return out
}

// endsRows reports whether b ends the rows under a header: a paragraph, a
// label other than the indicator block's or the unit's, a title naming a
// 自评表, or another header.
func endsRows(b *block) bool {
	if len(b.cells) == 0 {
		return true
	}
	if _, ok := readHeader(b); ok {
		return true
	}
	if isTitleBlock(b) {
		return true
	}
	switch b.cells[0].f {
	case fNone, fGroup, fMoneyUnit:
		return false
	}
	return true
}

// rowWords returns the words of a row's cells, in order.
func rowWords(b *block) []string {
	var out []string
	for _, c := range b.cells {
		out = append(out, words(c.text)...)
	}
	return out
}

// alignIndicatorRows aligns the rows of bs under the indicator header h,
// appending them to out, and returns out and how many of bs it took.
func alignIndicatorRows(out []*block, bs []*block, h header) ([]*block, int) {
	var last *block  // the row aligned last
	var early []cell // pieces of a name before the first row
	var aligned []*block
	n := 0
	for ; n < len(bs); n++ {
		b := bs[n]
		if endsRows(b) {
			break
		}
		ws := rowWords(b)
		if len(b.cells) == 1 && b.cells[0].f == fGroup {
			out = append(out, b) // 绩效指标（90分） on a line of its own
			continue
		}
		if isFragment(ws, h) {
			frag := cell{line: b.cells[0].line, text: strings.Join(ws, "")}
			if last != nil {
				if k := colIndex(h, cName); k >= 0 {
					last.cells[k].text += frag.text
					continue
				}
			}
			early = append(early, frag)
			continue
		}
		cells := alignIndicator(h, ws)
		row := &block{cells: make([]cell, len(cells))}
		for k, s := range cells {
			row.cells[k] = cell{line: b.cells[0].line, text: s}
			row.cells[k].f, row.cells[k].rest = label(s)
		}
		if len(early) > 0 {
			if k := colIndex(h, cName); k >= 0 {
				var pre strings.Builder
				for _, e := range early {
					pre.WriteString(e.text)
				}
				row.cells[k].text = pre.String() + row.cells[k].text
			}
			early = nil
		}
		out = append(out, row)
		aligned = append(aligned, row)
		last = row
	}
	for _, e := range early {
		out = append(out, &block{cells: []cell{e}})
	}
	liftLevel1(aligned, h)
	return out, n
}

// colIndex returns the index of the first column c of h, or -1.
func colIndex(h header, c column) int {
	for k, x := range h.cols {
		if x == c {
			return k
		}
	}
	return -1
}

// isFragment reports whether the words of a line inside the indicator
// block are a piece of a wrapped name: one word, no figure, no level name,
// no 指标性质.
func isFragment(ws []string, h header) bool {
	if len(ws) != 1 {
		return false
	}
	w := ws[0]
	return !isScoreWord(w) && !isLevelWord(w) && !isNatureWord(w) && utf8.RuneCountInString(w) <= 20
}

// alignIndicator places the words of an indicator row in the columns of
// h and returns one cell per column.
func alignIndicator(h header, ws []string) []string {
	cells := make([]string, len(h.cols))
	set := func(c column, s string) {
		if k := colIndex(h, c); k >= 0 {
			cells[k] = s
		}
	}
	hasNature, hasMeasure := colIndex(h, cNature) >= 0, colIndex(h, cMeasure) >= 0
	if !hasNature || !hasMeasure {
		ws = glueWords(ws, !hasNature, !hasMeasure)
	}
	// From the right: the reason, then 得分 and 分值.
	end := len(ws)
	last := -1
	for k := len(ws) - 1; k >= 0; k-- {
		if isScoreWord(ws[k]) {
			last = k
			break
		}
	}
	if last >= 0 && colIndex(h, cReason) >= 0 && last < end-1 {
		set(cReason, strings.Join(ws[last+1:], ""))
		end = last + 1
	}
	// Two figures at the end are 分值 and 得分; one alone is the 分值 (the
	// weights are printed on every form, the scores not always).
	var tail []string
	for len(tail) < 2 && end > 1 && isScoreWord(ws[end-1]) {
		tail = append([]string{ws[end-1]}, tail...)
		end--
	}
	switch hasP, hasS := colIndex(h, cPoints) >= 0, colIndex(h, cScore) >= 0; {
	case len(tail) == 2 && hasP && hasS:
		set(cPoints, tail[0])
		set(cScore, tail[1])
	case len(tail) == 2:
		end++ // one column for them: the first figure is a value
		set(cPoints, tail[1])
		set(cScore, tail[1])
	case len(tail) == 1 && hasP:
		set(cPoints, tail[0])
	case len(tail) == 1:
		set(cScore, tail[0])
	}
	rest := ws[:end]
	// The values before the figures.
	names := rest
	if hasNature {
		k := -1
		for i := 1; i < len(rest); i++ {
			if isNatureWord(rest[i]) {
				k = i
				break
			}
		}
		if k >= 0 {
			names = rest[:k]
			set(cNature, rest[k])
			vals := rest[k+1:]
			switch {
			case len(vals) >= 3 && hasMeasure:
				set(cTarget, strings.Join(vals[:len(vals)-2], ""))
				set(cMeasure, vals[len(vals)-2])
				set(cActual, vals[len(vals)-1])
			case len(vals) == 2 && hasMeasure && isUnitWord(vals[1]) && endsWithDigit(vals[0]):
				set(cTarget, vals[0]) // the 完成值 left blank
				set(cMeasure, vals[1])
			case len(vals) == 2:
				set(cTarget, vals[0])
				set(cActual, vals[1])
			case len(vals) == 1:
				set(cTarget, vals[0])
			}
		} else if len(rest) >= 3 {
			names = rest[:len(rest)-2]
			set(cTarget, rest[len(rest)-2])
			set(cActual, rest[len(rest)-1])
		}
	} else if len(rest) >= 3 {
		names = rest[:len(rest)-2]
		set(cTarget, rest[len(rest)-2])
		set(cActual, rest[len(rest)-1])
	}
	// From the left: 一级, 二级, then the 三级 name.
	var l1, l2, name string
	for _, w := range names {
		switch {
		case l1 == "" && l2 == "" && name == "" && isLevel1Word(w) && colIndex(h, cLevel1) >= 0:
			l1 = w
		case l2 == "" && name == "" && isLevelWord(w) && colIndex(h, cLevel2) >= 0:
			l2 = w
		default:
			name += w
		}
	}
	if l2 == "" && levelName(l1) == "成本指标" || l2 == "" && levelName(l1) == "成本" {
		// 成本 alone before the name: the 二级 of the 2020 tree (under
		// 产出); the 2021 一级 成本 prints its own 二级 (经济成本指标).
		l1, l2 = "", l1
	}
	set(cLevel1, l1)
	set(cLevel2, l2)
	set(cName, name)
	return cells
}

// liftLevel1 moves a 一级 label up to the first row of its group: a
// merged cell spanning rows prints its text on a middle row, so the rows
// above the label, whose 二级 belong to that 一级 and not to the one
// carried from above, are its group's.
func liftLevel1(rows []*block, h header) {
	k1, k2 := colIndex(h, cLevel1), colIndex(h, cLevel2)
	if k1 < 0 || k2 < 0 {
		return
	}
	top := 0 // the first row after the last 一级 label
	var carried perf.Level1
	for i, r := range rows {
		t := r.cells[k1].text
		if t == "" {
			continue
		}
		l1, err := perf.ParseLevel1(levelName(t))
		if err != nil {
			top = i + 1
			continue
		}
		j := i
		for j > top {
			s := rows[j-1].cells[k2].text
			if s == "" {
				j-- // a 二级 merged over rows: decided by the row above
				continue
			}
			l2, err := perf.ParseLevel2(levelName(s))
			if err != nil || l2.Level1() != l1 || l2.Level1() == carried {
				break
			}
			j--
		}
		for j < i && rows[j].cells[k2].text == "" {
			j++ // the group begins at a row that prints its 二级
		}
		if j < i {
			rows[j].cells[k1].text, rows[i].cells[k1].text = t, ""
			rows[j].cells[k1].f, rows[j].cells[k1].rest = label(t)
		}
		carried, top = l1, i+1
	}
}

// glueWords joins a comparator printed apart from its number ("≥ 50") and
// a unit printed apart from it ("50 个", "95 %"), for a header that has no
// column of its own for them.
func glueWords(ws []string, comparators, units bool) []string {
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if comparators && isComparator(w) && i+1 < len(ws) && startsWithDigit(ws[i+1]) {
			w += ws[i+1]
			i++
		}
		if units && i+1 < len(ws) && endsWithDigit(w) && isUnitWord(ws[i+1]) {
			w += ws[i+1]
			i++
		}
		out = append(out, w)
	}
	return out
}

// isScoreWord reports whether w is a 分值 or 得分: a number, or a
// placeholder.
func isScoreWord(w string) bool {
	switch w {
	case "/", "-", "—", "／":
		return true
	}
	dot := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && !dot && i > 0:
			dot = true
		default:
			return false
		}
	}
	return w != ""
}

// isComparator reports whether w is a comparator alone.
func isComparator(w string) bool {
	switch w {
	case "≥", "≤", "=", "＝", ">", "<", "＞", "＜", ">=", "<=":
		return true
	}
	return false
}

// isNatureWord reports whether w is a 指标性质: a comparator, 定性 or 定量.
func isNatureWord(w string) bool {
	return isComparator(w) || w == "定性" || w == "定量"
}

// isUnitWord reports whether w is a short unit of measure: "%", "个",
// "万元", "次", "天".
func isUnitWord(w string) bool {
	if w == "%" || w == "％" {
		return true
	}
	n := utf8.RuneCountInString(w)
	if n == 0 || n > 3 {
		return false
	}
	for _, r := range w {
		if r < 0x4e00 || r > 0x9fff {
			return false
		}
	}
	return true
}

// startsWithDigit reports whether w begins with an ASCII digit.
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// endsWithDigit reports whether w ends with an ASCII digit.
func endsWithDigit(w string) bool { return w != "" && w[len(w)-1] >= '0' && w[len(w)-1] <= '9' }

// level1Words are the 一级 names.
var level1Words = []string{"产出指标", "效益指标", "满意度指标", "成本指标", "产出", "效益", "满意度", "成本"}

// levelName is w without the points of its block ("产出指标（50分）").
func levelName(w string) string {
	n := norm(w)
	if i := strings.IndexByte(n, '('); i > 0 && strings.HasSuffix(n, ")") && isPoints(n[i+1:len(n)-1]) {
		n = n[:i]
	}
	return n
}

// isLevel1Word reports whether w is a 一级 name.
func isLevel1Word(w string) bool {
	n := levelName(w)
	for _, l := range level1Words {
		if n == l {
			return true
		}
	}
	return false
}

// maxLevel is the longest a 二级 name can be, in runes.
const maxLevel = 12

// isLevelWord reports whether w names a 一级 or 二级: a short name ending
// in 指标.
func isLevelWord(w string) bool {
	n := levelName(w)
	return strings.HasSuffix(n, "指标") && utf8.RuneCountInString(n) <= maxLevel
}

// alignBudgetRows aligns the rows of bs under the budget header hb,
// appending them to out, and returns out and how many of bs it took. A
// unit printed before a row's label ("（万元）") becomes a row of its own.
func alignBudgetRows(out []*block, bs []*block, hb *block) ([]*block, int) {
	cols, _ := budgetCols(hb)
	var figCols []int
	lastPS := -1 // the last 分值 or 得分 column
	rateAt := -1 // the 执行率 column
	for k, c := range cols {
		if c != bLabel && c != bNone {
			figCols = append(figCols, k)
			if c == bPoints || c == bScore {
				lastPS = len(figCols) - 1
			}
			if c == bRate && rateAt < 0 {
				rateAt = len(figCols) - 1
			}
		}
	}
	labelCol, width := -1, len(cols)
	for k, c := range cols {
		if c == bLabel {
			labelCol = k
			break
		}
	}
	if labelCol < 0 {
		// A header of column names alone: the rows' labels go in a
		// cell of their own before the figures.
		labelCol, width = 0, len(cols)+1
		for i := range figCols {
			figCols[i]++
		}
	}
	var pieces []string // pieces of the block's label printed down its rows
	pieceLine := 0
	n := 0
	for ; n < len(bs); n++ {
		b := bs[n]
		if endsRows(b) || len(figCols) == 0 {
			break
		}
		ws := rowWords(b)
		line := b.cells[0].line
		if _, ok := unitLabel(norm(ws[0])); ok {
			u := &block{cells: []cell{{line: line, text: ws[0]}}}
			u.cells[0].f, u.cells[0].rest = label(ws[0])
			out = append(out, u)
			ws = ws[1:]
			if len(ws) == 0 {
				continue
			}
		}
		k := 0
		for k < len(ws) && !isFigureCell(ws[k]) {
			k++
		}
		if k == len(ws) {
			// No figure: a label alone, a source or use with its cells
			// blank, a group's heading (按支出性质分).
			if partRow(b) == partNone {
				break
			}
		}
		cells := make([]string, width)
		named, dropped := withoutLabelPieces(ws[:k])
		cells[labelCol] = strings.Join(named, "")
		pieces = append(pieces, dropped...)
		if pieceLine == 0 && len(dropped) > 0 {
			pieceLine = line
		}
		e := k
		for e < len(ws) && isFigureCell(ws[e]) {
			e++
		}
		figs := ws[k:e]
		if e < len(ws) {
			// Words after the figures: the 原因 column's note, where the
			// header has one after its figures; else kept with the last.
			note := strings.Join(ws[e:], "")
			if r := reasonCol(cols); r >= 0 {
				cells[r+width-len(cols)] = note
			} else {
				figs = append(figs, note)
			}
		}
		from := 0
		if allPlaceholders(figs) && lastPS >= 0 && len(figs) <= lastPS+1 {
			from = lastPS + 1 - len(figs)
		}
		if p := percentAt(figs); p >= 0 && rateAt >= 0 && len(figs) < len(figCols) && p <= rateAt && len(figs)-p <= len(figCols)-rateAt {
			// A row short of figures with its 执行率 printed: the
			// percentage is the 执行率, the figures before it fill the
			// columns from the left, those after it the columns after
			// the 执行率 (a 分值 merged over the block's rows and printed
			// on another line leaves the 得分 after the 执行率).
			for i := range p {
				cells[figCols[i]] = figs[i]
			}
			for i := p; i < len(figs); i++ {
				cells[figCols[rateAt+i-p]] = figs[i]
			}
			figs = nil
		}
		for i, f := range figs {
			if from+i < len(figCols) {
				cells[figCols[from+i]] = f
			} else {
				cells[figCols[len(figCols)-1]] += f // too many: kept, and the row warns
			}
		}
		row := &block{cells: make([]cell, len(cells))}
		for i, s := range cells {
			row.cells[i] = cell{line: line, text: s}
			row.cells[i].f, row.cells[i].rest = label(s)
		}
		out = append(out, row)
	}
	if all := strings.Join(pieces, ""); all != "" {
		// The pieces, joined, name the unit ("年度预算执" "行情况（万"
		// "元）"): a row naming it, as a unit printed on a line of its own.
		if u, ok := unitIn(all); ok {
			out = append(out, &block{cells: []cell{{line: pieceLine, text: all, f: fMoneyUnit, rest: u.String()}}})
		}
	}
	return out, n
}

// withoutLabelPieces returns a budget row's label words without the
// pieces of the block's label before them, and those pieces: page text
// prints a label merged over the block's rows ("年度预算执行情况（万元）")
// in pieces at the start of the rows' lines ("年度预算执", "行情况（万",
// "元）"). The last word is always kept.
func withoutLabelPieces(ws []string) (label, pieces []string) {
	k := 0
	for k < len(ws)-1 && isLabelPiece(ws[k]) {
		k++
	}
	return ws[k:], ws[:k]
}

// percentAt returns the index of the one percentage among a row's
// figures, or -1 when there is none or more than one.
func percentAt(figs []string) int {
	at := -1
	for i, f := range figs {
		if strings.HasSuffix(f, "%") || strings.HasSuffix(f, "％") {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// allPlaceholders reports whether every figure is a placeholder ("/").
func allPlaceholders(fs []string) bool {
	for _, f := range fs {
		switch norm(f) {
		case "/", "-", "—", "--", "——":
		default:
			return false
		}
	}
	return len(fs) > 0
}

// joinNameTails joins the 数 of budget column names wrapped onto the next
// line ("年初预算  全年预算  全年执行  分值  执行率  得分" then "数  数  数",
// a narrow column's header) to the names that lack it, in order; the
// next line may begin with the block's label ("年度预算执行情况（万元）
// 数 数 数"), which goes first in the header. Nothing is joined unless
// there are as many 数 as names lacking one.
func joinNameTails(bs []*block) []*block {
	out := make([]*block, 0, len(bs))
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		out = append(out, b)
		if i+1 >= len(bs) || !isBudgetNames(b) {
			continue
		}
		next := bs[i+1]
		var lbl *cell
		tails := next.cells
		if len(tails) > 0 && tails[0].f == fBudget {
			lbl, tails = &tails[0], tails[1:]
		}
		var want []int // the names lacking their 数
		for k, c := range b.cells {
			if n := norm(c.text); !strings.HasSuffix(n, "数") && (n == "全年执行" || n == "实际执行" || n == "全年预算" || n == "调整后预算" || n == "年初预算") {
				want = append(want, k)
			}
		}
		if len(tails) == 0 || len(tails) != len(want) || slices.ContainsFunc(tails, func(c cell) bool { return norm(c.text) != "数" }) {
			continue
		}
		for j, k := range want {
			b.cells[k].text += tails[j].text
		}
		if lbl != nil {
			b.cells = append([]cell{*lbl}, b.cells...)
		}
		i++
	}
	return out
}

// joinBudgetHeaders joins a budget block's label printed on a line of its
// own ("项目资金（万元）", centred on its two rows) with the line of column
// names just above or below it: one header row, the label first.
func joinBudgetHeaders(bs []*block) []*block {
	out := make([]*block, 0, len(bs))
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		if len(b.cells) != 1 || b.cells[0].f != fBudget {
			out = append(out, b)
			continue
		}
		switch {
		case len(out) > 0 && isBudgetNames(out[len(out)-1]):
			prev := out[len(out)-1]
			prev.cells = append([]cell{b.cells[0]}, prev.cells...)
		case i+1 < len(bs) && isBudgetNames(bs[i+1]):
			b.cells = append(b.cells, bs[i+1].cells...)
			out = append(out, b)
			i++
		default:
			out = append(out, b)
		}
	}
	return out
}

// isBudgetNames reports whether every cell of b names a column of the
// budget block (年初预算数, 全年预算数, 执行数, 分值, 执行率, 得分), and one
// names 预算数, 执行数 or 执行率.
func isBudgetNames(b *block) bool {
	if len(b.cells) < 2 {
		return false
	}
	found := false
	for _, c := range b.cells {
		switch budgetColumn(norm(c.text)) {
		case bNone:
			return false
		case bBudget, bSpent, bRate:
			found = true
		}
	}
	return found
}

// reasonCol returns the index of the budget header's last column, when it
// is a column of words (原因, 得分计算方法), or -1.
func reasonCol(cols []int) int {
	if n := len(cols); n > 0 && (cols[n-1] == bKnown || cols[n-1] == bMethod) {
		return n - 1
	}
	return -1
}
