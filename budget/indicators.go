package budget

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/perf"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// A project's 绩效目标表 lists its indicators under a header row: "一级指标
// 二级指标 三级指标 指标值", with two value columns ("实施期指标值 年度指标值"),
// a description or weight beside the name ("指标内容", "绩效标准", "分值")
// or the target split into 指标性质, 指标值 and 度量单位. The 一级 and 二级
// cells are merged over their rows: blank on most lines, and printed on
// any one of them (centred, in page text).

// indicatorColumn is what a column of the indicator header holds.
type indicatorColumn uint8

const (
	colOther     indicatorColumn = iota // 分值, 权重, 绩效标准, 备注 …
	colLevel1                           // 一级指标
	colLevel2                           // 二级指标
	colName                             // 三级指标, 指标内容, 指标名称
	colValue                            // 指标值, 年度指标值, 目标值, 预期实现值
	colLongValue                        // 实施期指标值, 长期指标值: not the year's
	colNature                           // 指标性质, 指标方向 (≥, ≤, 定性)
	colUnit                             // 度量单位, 计量单位
	colProject                          // 项目名称 (one table of every project)
	colAmount                           // 预算金额, 资金总额 (one table of every project)
)

// indicatorHeader reads a header row of a form's indicators (cells
// folded): the columns, and whether the line is one (a 一级 or 二级 column
// and a value column).
func indicatorHeader(cells []string) ([]indicatorColumn, bool) {
	cols := make([]indicatorColumn, len(cells))
	var level, value, name bool
	for i, c := range cells {
		switch {
		case strings.Contains(c, "实施期") || strings.Contains(c, "长期") || strings.Contains(c, "中期"):
			// "实施期指标值", "三级指标(长期)": not the year's.
			if strings.Contains(c, "值") {
				cols[i] = colLongValue
			}
		case strings.HasPrefix(c, "一级"):
			cols[i], level = colLevel1, true
		case strings.HasPrefix(c, "二级"):
			cols[i], level = colLevel2, true
		case strings.HasPrefix(c, "三级") || c == "指标内容" || c == "指标名称":
			cols[i], name = colName, true
		case strings.Contains(c, "指标值") || strings.Contains(c, "目标值") || strings.Contains(c, "预期") || strings.Contains(c, "实现值"):
			cols[i], value = colValue, true
		case strings.Contains(c, "性质") || strings.Contains(c, "方向"):
			cols[i] = colNature
		case c == "单位" || strings.HasSuffix(c, "量单位"): // 度量单位, 计量单位
			cols[i] = colUnit
		case strings.HasSuffix(c, "项目名称"):
			cols[i] = colProject
		case c == "预算金额" || c == "预算数" || strings.HasSuffix(c, "资金总额") || c == "金额":
			cols[i] = colAmount
		case utf8.RuneCountInString(c) > 12 || strings.ContainsAny(c, "，。"):
			return nil, false // a sentence, not a header
		}
	}
	if !level || !value {
		return nil, false
	}
	if !name {
		// "一级指标 二级指标 绩效标准 当年预期实现值" (Hubei): the names
		// stand under 二级.
		for i := len(cols) - 1; i >= 0; i-- {
			if cols[i] == colLevel2 {
				cols[i] = colName
				break
			}
		}
	}
	return cols, true
}

// isLevelCell reports whether a cell is the name of a 一级 or 二级
// indicator ("产出指标", "社会效益指标", "服务对象满意度指标").
func isLevelCell(c string) bool {
	if _, err := perf.ParseLevel1(c); err == nil {
		return true
	}
	_, err := perf.ParseLevel2(c)
	return err == nil
}

// indicatorLine is one line under the header: its cells, and the row read
// from it (ok) or not.
type indicatorLine struct {
	cells  []string
	at     [2][]int // where each cell begins: in runes, in display columns
	n      int      // line number
	levels int      // how many of the first cells are 一级 or 二级 names
	row    perf.Row
	name   int // the index of the row's name among the cells (ok)
	ok     bool
	joined bool // the line is the end of the target above it
	lead   rowLead
}

// rowLead is what a row of one table of every project prints before its
// indicator: the project's name and amount, on the project's first row.
type rowLead struct{ project, amount string }

// projectBlock is a project's rows in one table of every project.
type projectBlock struct {
	name, amount string
	line         int
	rows         []perf.Row
}

// readIndicators reads the indicator rows of a form's lines [from, to):
// the rows read, each project's rows where one table holds every project
// (blocks, nil otherwise), whether a header was found, how many lines under it
// could not be placed (a wrapped name's fragments, or a row whose cells
// do not fit the header's columns), and whether blank targets could be
// told (blanks).
//
// A row's target is its year's value (the 年度 column beside the 实施期's),
// with the 指标性质 and 度量单位 cells around it ("≥" "4" "次" → "≥4次").
// Rows under a "年度绩效指标" heading replace those of the 长期 block above
// it.
//
// A line that prints a name and nothing to its right is a row whose
// target is blank only where it cannot be part of a name wrapped over
// lines (whose target, and a merged 一级 or 二级 cell's text, may stand on
// any of its lines): see [blankRows].
func readIndicators(lines []string, from, to int) (rows []perf.Row, blocks []projectBlock, header bool, loose int, blanks bool) {
	var cols []indicatorColumn
	var ls []indicatorLine
	prev := ""
	for i := from; i < to; i++ {
		cells, at := positionedCells(lines[i])
		if len(cells) == 0 {
			continue
		}
		joined := strings.Join(cells, "")
		if c, ok := indicatorHeader(cells); ok {
			if strings.Contains(prev, "年度") && strings.Contains(prev, "指标") {
				ls = ls[:0] // the 年度 block after the 长期 one
			}
			cols, header = c, true
			prev = joined
			continue
		}
		prev = joined
		if cols == nil {
			continue
		}
		if isTargetFormTitle(joined) || endsIndicators(cells) {
			break
		}
		l := indicatorLine{cells: cells, at: at, n: i + 1}
		for l.levels < min(3, len(cells)) && isLevelCell(cells[l.levels]) {
			l.levels++
		}
		if l.levels > 0 && l.levels < len(cells) && allTargetLike(cells[l.levels:]) {
			l.levels-- // "服务对象满意度指标  满意度  ≥95%": the last is the name
		}
		l.row, l.name, l.lead, l.ok = placeIndicator(cells, l.levels, cols, i+1)
		ls = append(ls, l)
	}
	joinWrappedTargets(ls)
	blank, blanks := blankRows(ls)
	for k, l := range ls {
		if l.ok && l.lead.project != "" {
			blocks = append(blocks, projectBlock{name: l.lead.project, amount: l.lead.amount, line: l.n})
		}
		n := len(rows)
		switch {
		case l.joined:
		case l.ok && !blank[k]:
			rows = append(rows, l.row)
		case blank[k]:
			r := perf.Row{Line: l.n, Name: l.cells[l.levels]}
			r.Level1, r.Level2 = levelsOf(l.cells[:l.levels])
			rows = append(rows, r)
		case len(l.cells) > l.levels:
			loose++
		}
		if len(rows) > n && len(blocks) > 0 {
			b := &blocks[len(blocks)-1]
			b.rows = append(b.rows, rows[n:]...)
		}
	}
	return rows, blocks, header, loose, blanks
}

// joinWrappedTargets joins to a row's target the rest of it wrapped onto
// the next line ("≥" / "95%", "≤795" / "万元", "2026年年底" / "前"): a line of
// one cell that stands under the row's target where the names stand in a
// column, or, where no column is seen, a figure under a target that is a
// comparator alone.
func joinWrappedTargets(ls []indicatorLine) {
	m, column, positioned := nameColumn(ls)
	for k := 0; k+1 < len(ls); k++ {
		l, next := &ls[k], &ls[k+1]
		if !l.ok || next.ok || next.joined || len(next.cells) != 1 || next.levels != 0 {
			continue
		}
		c := next.cells[0]
		if positioned {
			last := len(l.cells) - 1
			if next.at[m][0] <= column+2 || next.at[m][0] < l.at[m][last]-4 {
				continue // a name's fragment, not the target's
			}
		} else if !noNumberAfter(l.row.Target) || !isTargetLike(c) {
			continue
		}
		l.row.Target += c
		next.joined = true
	}
}

// noNumberAfter reports whether a target is a comparator sign alone.
func noNumberAfter(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return size == len(t) && strings.ContainsRune("≥≤><=＞＜＝", r)
}

// blankRows tells which lines that print a name alone (after their 一级 or
// 二级) are rows with a blank target, and whether it could tell at all.
//
// Where the names of the whole rows stand in one column (in runes, as
// pdftotext sets page text, or in display columns, as text typed in a
// fixed-width font is), a line that prints its 一级 or 二级 (a line without
// may be a part of a name broken by hand anywhere), whose name stands in
// that column and whose other cells all end left of the targets is a row
// of its own when the next line prints its own 一级 or 二级 too (or there
// is none), its name is shorter than the longest name by two characters or
// more (a name is wrapped where it fills its cell) or the next line begins
// a row of its own, and the name on the line above it is short (else it
// may run on into this line). A fragment of a long target wrapped under
// its column stands elsewhere.
//
// Where no column is seen (cells one space apart), only a line that prints
// its 一级 or 二级 between whole rows counts, and only in a form whose
// names never wrap: no lone fragment, no name of fewer than four
// characters.
func blankRows(ls []indicatorLine) (blank []bool, told bool) {
	blank = make([]bool, len(ls))
	lone := func(l *indicatorLine) bool {
		return !l.ok && !l.joined && len(l.cells) == l.levels+1 && !isTargetLike(l.cells[l.levels])
	}
	widest := 0
	for i := range ls {
		if l := &ls[i]; l.ok || lone(l) {
			widest = max(widest, displayWidth(l.cells[l.nameCell()]))
		}
	}
	if m, column, ok := nameColumn(ls); ok {
		short := func(c string) bool { return displayWidth(c)+2 < widest }
		// The left edge of the targets: where the first figure among them
		// begins (a target in words, centred in its cell, may begin left
		// of it but does not end there).
		edge, figures := 0, 0
		for i := range ls {
			l := &ls[i]
			if last := len(l.cells) - 1; l.ok && isTargetLike(l.cells[last]) {
				if x := l.at[m][last]; figures == 0 || x < edge {
					edge = x
				}
				figures++
			}
		}
		extent := func(l *indicatorLine, i int) int {
			if m == 0 {
				return l.at[0][i] + utf8.RuneCountInString(l.cells[i])
			}
			return l.at[1][i] + displayWidth(l.cells[i])
		}
		for k := range ls {
			l := &ls[k]
			last := len(l.cells) - 1
			// A name alone, or a name and cells that all end left of the
			// targets ("重要案件集体讨论率  反映重大案件办理质量").
			before := figures >= 2 && last > l.levels && extent(l, last) < edge && !isTargetLike(l.cells[last])
			if !lone(l) && !before || abs(l.at[m][l.levels]-column) > 1 {
				continue
			}
			// A line with its 一级 or 二级 may be a name's first line
			// broken by hand (the merged cells' text stands on the first
			// line of their rows): only when the next line prints its own
			// is it a row. Without, a short name alone is a row unless the
			// next line is a lone fragment (the name running on).
			if next := k + 1; next < len(ls) {
				if l.levels > 0 && ls[next].levels == 0 || l.levels == 0 && !ls[next].ok && ls[next].levels == 0 {
					continue
				}
			}
			// A name as wide as the widest may run on into the next line,
			// unless that line begins a row: its level cells, a name no
			// wrapped name's end would be (five characters or more) and its
			// target.
			if !short(l.cells[l.levels]) {
				next := k+1 < len(ls) && ls[k+1].ok && ls[k+1].levels > 0 && displayWidth(ls[k+1].row.Name) >= 10
				if !next {
					continue
				}
			}
			// The name on the line above, if any, did not run on.
			above := true
			for j := k - 1; j >= 0; j-- {
				if p := &ls[j]; len(p.cells) > p.levels {
					above = short(p.cells[p.nameCell()])
					break
				}
			}
			blank[k] = above
		}
		return blank, true
	}
	for i := range ls {
		l := &ls[i]
		if l.levels == 0 && len(l.cells) == 1 || l.ok && utf8.RuneCountInString(l.row.Name) < 4 ||
			lone(l) && utf8.RuneCountInString(l.cells[l.levels]) < 4 {
			return blank, false
		}
	}
	whole := func(k int) bool { return k < 0 || k >= len(ls) || ls[k].ok || ls[k].levels == len(ls[k].cells) }
	for k := range ls {
		blank[k] = ls[k].levels > 0 && lone(&ls[k]) && whole(k-1) && whole(k+1)
	}
	return blank, len(ls) > 0
}

// nameColumn finds where the whole rows' names stand: the measure (0 runes,
// 1 display columns) in which most of them (two in three, and two at
// least) stand in one column, give or take one, and that column.
func nameColumn(ls []indicatorLine) (m, column int, ok bool) {
	best := 0
	for mm := range 2 {
		var xs []int
		for i := range ls {
			if l := &ls[i]; l.ok {
				xs = append(xs, l.at[mm][l.name])
			}
		}
		for _, x := range xs {
			near := 0
			for _, y := range xs {
				if abs(x-y) <= 1 {
					near++
				}
			}
			if near >= 2 && 3*near >= 2*len(xs) && near > best {
				m, column, ok, best = mm, x, true, near
			}
		}
	}
	return m, column, ok
}

// nameCell is the index of a line's name cell: the one placed, or the
// first after its 一级 and 二级.
func (l *indicatorLine) nameCell() int {
	if l.ok {
		return l.name
	}
	return min(l.levels, len(l.cells)-1)
}

// positionedCells splits a line into cells apart by spaces, each folded,
// with where each begins: in runes, and in display columns (a wide
// character takes two).
func positionedCells(line string) (cells []string, at [2][]int) {
	runes, cols := 0, 0
	begin := -1
	var beginRunes, beginCols int
	flush := func(end int) {
		if begin >= 0 {
			cells = append(cells, foldNarrative(line[begin:end]))
			at[0] = append(at[0], beginRunes)
			at[1] = append(at[1], beginCols)
			begin = -1
		}
	}
	for i, r := range line {
		if unicode.IsSpace(r) {
			flush(i)
		} else if begin < 0 {
			begin, beginRunes, beginCols = i, runes, cols
		}
		runes++
		cols += tables.RuneWidth(r)
	}
	flush(len(line))
	return cells, at
}

// displayWidth is the display width of a text.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += tables.RuneWidth(r)
	}
	return n
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// endsIndicators reports whether a line ends a form's indicators: a
// heading ("三、…", "第四部分"), a sentence, or a table's title.
func endsIndicators(cells []string) bool {
	first := cells[0]
	if strings.HasPrefix(first, "第") && strings.Contains(first, "部分") || isNumberedHeading(first) {
		return true
	}
	if len(cells) == 1 && utf8.RuneCountInString(first) > 40 && strings.Contains(first, "。") {
		return true
	}
	return len(cells) == 1 && (strings.HasSuffix(first, "表") || strings.HasSuffix(first, "情况说明")) && utf8.RuneCountInString(first) <= 40
}

// isNumberedHeading reports whether a cell begins with a heading's number
// in Chinese ("三、", "(三)").
func isNumberedHeading(c string) bool {
	r, size := utf8.DecodeRuneInString(c)
	if r == '(' {
		r, size = utf8.DecodeRuneInString(c[1:])
		size++
	}
	if !strings.ContainsRune("一二三四五六七八九十", r) {
		return false
	}
	rest := c[size:]
	return strings.HasPrefix(rest, "、") || strings.HasPrefix(rest, ")")
}

// levelsOf sorts a line's 一级 and 二级 cells into the row's Level1 and
// Level2 ("" where not printed on the line).
func levelsOf(cells []string) (l1, l2 string) {
	switch len(cells) {
	case 2, 3:
		// "产出指标 数量指标", or the 长期 二级 between ("产出指标 数量指标
		// 数量指标"): the 一级, then the year's 二级.
		return cells[0], cells[len(cells)-1]
	case 1:
		if _, err := perf.ParseLevel1(cells[0]); err == nil {
			if _, err2 := perf.ParseLevel2(cells[0]); err2 != nil {
				return cells[0], ""
			}
		}
		return "", cells[0]
	}
	return "", ""
}

// placeIndicator reads a line that prints a name and a target: its cells
// right-aligned under the header's columns (blank merged cells are on the
// left); or the cells after its own 一级 and 二级, right-aligned (the
// 实施期's blank columns between, "产出指标 数量指标 … 数量指标 专题培训安排数量
// 4"); or, where neither fits (cells blank on the right, as the 度量单位
// of a qualitative target), the name after the line's own level cells
// and the target after it.
func placeIndicator(cells []string, levels int, cols []indicatorColumn, n int) (perf.Row, int, rowLead, bool) {
	if len(cells) <= levels+1 {
		return perf.Row{Line: n}, 0, rowLead{}, false // a name (or a fragment) alone
	}
	if r, name, lead, ok := alignRight(cells, 0, levels, cols, n); ok {
		return r, name, lead, true
	}
	if levels > 0 {
		if r, name, lead, ok := alignRight(cells, levels, levels, cols, n); ok {
			return r, name, lead, true
		}
	}
	r := perf.Row{Line: n}
	if len(cells) > len(cols) {
		return r, 0, rowLead{}, false
	}
	// The line's own level cells, its name, then its target (the last
	// cell where the form prints 实施期 and 年度 values).
	r.Level1, r.Level2 = levelsOf(cells[:levels])
	r.Name = cells[levels]
	rest := cells[levels+1:]
	if rest[0] == "定性" || rest[0] == "定量" {
		rest = rest[1:]
	}
	for _, c := range cols {
		if c == colLongValue && len(rest) > 1 {
			rest = rest[len(rest)-1:]
			break
		}
	}
	r.Target = strings.Join(rest, "")
	return r, levels, rowLead{}, r.Target != ""
}

// alignRight places cells[from:] right-aligned under the columns, the
// first levels cells (a line's own 一级 and 二级) read as such: they must
// fall under level columns when they are among the cells placed. It
// reports whether a name and a target were placed.
func alignRight(cells []string, from, levels int, cols []indicatorColumn, n int) (perf.Row, int, rowLead, bool) {
	r := perf.Row{Line: n}
	var lead rowLead
	tail := cells[from:]
	if len(tail) > len(cols) {
		return r, 0, lead, false
	}
	off := len(cols) - len(tail)
	for i := range levels - from {
		if c := cols[off+i]; c != colLevel1 && c != colLevel2 {
			return r, 0, lead, false
		}
	}
	r.Level1, r.Level2 = levelsOf(cells[:levels])
	name := 0
	var target strings.Builder
	for i, c := range cells[levels:] {
		switch cols[off+levels-from+i] {
		case colProject:
			lead.project = c
		case colAmount:
			if isFormFigure(c) {
				lead.amount = c
			}
		case colLevel1:
			if r.Level1 == "" {
				r.Level1 = c // not an official name ("投入指标")
			}
		case colLevel2:
			if r.Level2 == "" {
				r.Level2 = c
			}
		case colName:
			r.Name, name = c, levels+i
		case colNature:
			if c != "定性" && c != "定量" {
				target.WriteString(c) // "≥", "≤", "="
			}
		case colValue, colUnit:
			target.WriteString(c)
		}
	}
	r.Target = target.String()
	return r, name, lead, r.Name != "" && r.Target != ""
}

// isTargetLike reports whether a cell reads as a target rather than a
// name: it begins with a figure or a comparator, or is a percentage.
func isTargetLike(c string) bool {
	r, _ := utf8.DecodeRuneInString(c)
	switch {
	case r >= '0' && r <= '9', strings.ContainsRune("≥≤><=＞＜＝±", r):
		return true
	}
	return strings.HasSuffix(c, "%") || strings.HasPrefix(c, "不低于") || strings.HasPrefix(c, "不少于") || strings.HasPrefix(c, "不超过")
}

// allTargetLike reports whether every cell reads as a target.
func allTargetLike(cells []string) bool {
	for _, c := range cells {
		if !isTargetLike(c) {
			return false
		}
	}
	return true
}
