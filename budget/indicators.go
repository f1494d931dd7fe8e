package budget

import (
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/perf"
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
)

// indicatorHeader reads a header row of a form's indicators (cells
// folded): the columns, and whether the line is one (a 一级 or 二级 column
// and a value column).
func indicatorHeader(cells []string) ([]indicatorColumn, bool) {
	cols := make([]indicatorColumn, len(cells))
	var level, value, name bool
	for i, c := range cells {
		switch {
		case strings.HasPrefix(c, "一级"):
			cols[i], level = colLevel1, true
		case strings.HasPrefix(c, "二级"):
			cols[i], level = colLevel2, true
		case strings.HasPrefix(c, "三级") || c == "指标内容" || c == "指标名称" || c == "绩效指标":
			cols[i], name = colName, true
		case strings.Contains(c, "实施期") || strings.Contains(c, "长期") || strings.Contains(c, "中期"):
			cols[i] = colLongValue
		case strings.Contains(c, "指标值") || strings.Contains(c, "目标值") || strings.Contains(c, "预期") || strings.Contains(c, "实现值"):
			cols[i], value = colValue, true
		case strings.Contains(c, "性质") || strings.Contains(c, "方向"):
			cols[i] = colNature
		case strings.Contains(c, "单位"):
			cols[i] = colUnit
		case utf8.RuneCountInString(c) > 8:
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

// indicatorLine is one line under the header: its cells, how many of the
// first are 一级 or 二级 names, and the row read from it (ok) or not.
type indicatorLine struct {
	cells  []string
	n      int // line number
	levels int
	row    perf.Row
	ok     bool
}

// readIndicators reads the indicator rows of a form's lines [from, to):
// the rows read, whether a header was found, how many lines under it
// could not be placed (a wrapped name's fragments, or a row whose cells
// do not fit the header's columns), and whether blank targets could be
// told (blanks).
//
// A row's target is its year's value (the 年度 column beside the 实施期's),
// with the 指标性质 and 度量单位 cells around it ("≥" "4" "次" → "≥4次").
// Rows under a "年度绩效指标" heading replace those of the 长期 block above
// it.
//
// A target is blank only where the line is surely a row of its own: it
// prints its 一级 or 二级, a name and nothing to the right, the lines
// around it are whole rows, and no name of the form is wrapped over lines
// (a wrapped name leaves fragments, its target may stand on any of them,
// and so may a merged 一级 or 二级 cell's text).
func readIndicators(lines []string, from, to int) (rows []perf.Row, header bool, loose int, blanks bool) {
	var cols []indicatorColumn
	var ls []indicatorLine
	prev := ""
	for i := from; i < to; i++ {
		var cells []string
		for _, c := range strings.Fields(lines[i]) {
			cells = append(cells, foldNarrative(c))
		}
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
		l := indicatorLine{cells: cells, n: i + 1}
		for l.levels < min(2, len(cells)) && isLevelCell(cells[l.levels]) {
			l.levels++
		}
		if l.levels > 0 && l.levels < len(cells) && allTargetLike(cells[l.levels:]) {
			l.levels-- // "服务对象满意度指标  满意度  ≥95%": the last is the name
		}
		l.row, l.ok = placeIndicator(cells, l.levels, cols, i+1)
		ls = append(ls, l)
	}
	// Signs of names wrapped over lines: a lone fragment, or a name too
	// short to be one.
	blanks = len(ls) > 0
	for _, l := range ls {
		if l.levels == 0 && len(l.cells) == 1 || l.ok && utf8.RuneCountInString(l.row.Name) < 4 ||
			l.levels > 0 && len(l.cells) == l.levels+1 && utf8.RuneCountInString(l.cells[l.levels]) < 4 {
			blanks = false
		}
	}
	whole := func(k int) bool { return k < 0 || k >= len(ls) || ls[k].ok || ls[k].levels == len(ls[k].cells) }
	for k, l := range ls {
		switch {
		case l.ok:
			rows = append(rows, l.row)
		case blanks && l.levels > 0 && len(l.cells) == l.levels+1 && whole(k-1) && whole(k+1) && !isTargetLike(l.cells[l.levels]):
			// "时效指标  完成时间" and nothing after, between whole rows.
			r := perf.Row{Line: l.n, Name: l.cells[l.levels]}
			r.Level1, r.Level2 = levelsOf(l.cells[:l.levels])
			rows = append(rows, r)
		case len(l.cells) > l.levels:
			loose++
		}
	}
	return rows, header, loose, blanks
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
	case 2:
		return cells[0], cells[1]
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
// left), or, where a 一级 or 二级 name would land right of its column
// (cells blank on the right, as the 度量单位 of a qualitative target),
// the name after the line's own level cells and the target after it.
func placeIndicator(cells []string, levels int, cols []indicatorColumn, n int) (perf.Row, bool) {
	r := perf.Row{Line: n}
	if len(cells) <= levels+1 {
		return r, false // a name (or a fragment) alone
	}
	var target strings.Builder
	if len(cells) <= len(cols) {
		off := len(cols) - len(cells)
		fits := true
		for i := range levels {
			if c := cols[off+i]; c != colLevel1 && c != colLevel2 {
				fits = false
			}
		}
		if fits {
			r.Level1, r.Level2 = levelsOf(cells[:levels])
			for i, c := range cells[levels:] {
				switch cols[off+levels+i] {
				case colLevel1, colLevel2:
					if r.Level1 == "" && r.Level2 == "" {
						r.Level2 = c // an unofficial 二级 ("具体指标")
					}
				case colName:
					r.Name = c
				case colNature, colValue, colUnit:
					target.WriteString(c)
				}
			}
			r.Target = target.String()
			return r, r.Name != "" && r.Target != ""
		}
	}
	if len(cells) > len(cols) {
		return r, false
	}
	// The line's own level cells, its name, then its target (the last
	// cell where the form prints 实施期 and 年度 values).
	r.Level1, r.Level2 = levelsOf(cells[:levels])
	r.Name = cells[levels]
	rest := cells[levels+1:]
	for _, c := range cols {
		if c == colLongValue && len(rest) > 1 {
			rest = rest[len(rest)-1:]
			break
		}
	}
	r.Target = strings.Join(rest, "")
	return r, true
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
