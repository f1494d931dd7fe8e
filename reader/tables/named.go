package tables

import (
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// group is a label and the figures printed after it on one line.
type group struct {
	label string
	parts []string // the label's tokens
	vals  []val
	// right is set when empty cells stand before the label on its line:
	// the left half of the row is empty, the label is on the right.
	right bool
	x     int // the label's column, or -1 when unknown
	at    int // the index of the label's first token on its line (its cell, in a line of cells)
}

// groups splits a line's tokens into labels with their figures. A first
// group with an empty label holds figures printed before any label.
//
// With gaps set, in text that keeps positions, labels printed side by side
// with a wide gap between and no figure are two groups.
func groups(toks []tok, l Line, u fiscal.Unit, gaps bool) []group {
	var out []group
	cur := group{x: -1}
	started := false
	end := -1 // where the last text token ends, when positions are known
	for ti, t := range toks {
		if t.kind == tkText {
			if started && len(cur.vals) > 0 || gaps && cur.label != "" && t.x >= 0 && end >= 0 && t.x-end >= labelGap {
				// Figures ended the group, or a wide gap: the next
				// side's label (two wrapped labels side by side,
				// "二、政府性基金预        二、社会保障和就业").
				out = append(out, cur)
				cur = group{x: -1}
			}
			end = -1
			if t.x >= 0 {
				end = t.x + textWidth(l, t.text)
			}
			if cur.label == "" {
				cur.x, cur.at = t.x, ti
			}
			cur.label += t.text
			cur.parts = append(cur.parts, t.text)
			started = true
			continue
		}
		if t.kind == tkBlank && cur.label == "" && len(cur.vals) == 0 {
			// Empty cells before a label (the left half of a row
			// printing only its right half).
			cur.right = true
			continue
		}
		nums, _ := split([]tok{t}, u)
		cur.vals = append(cur.vals, nums...)
		started = true
	}
	if started {
		out = append(out, cur)
	}
	return out
}

// figured reports whether vals hold a figure, not only empty cells (a
// header's "收入" spanning its columns, given with its cells).
func figured(vals []val) bool {
	return slices.ContainsFunc(vals, func(v val) bool { return !v.blank })
}

// trimBlankTail leaves out the empty cells at the end of vals beyond the
// first n.
func trimBlankTail(vals []val, n int) []val {
	for len(vals) > n && vals[len(vals)-1].blank {
		vals = vals[:len(vals)-1]
	}
	return vals
}

// labelGap is the least gap, in columns, between two labels printed side
// by side: the words of one label are set closer.
const labelGap = 4

// sideOf returns the profile side with the given ID.
func sideOf(p *profile.Table, id string) *profile.Side {
	for i := range p.Sides {
		if p.Sides[i].ID == id {
			return &p.Sides[i]
		}
	}
	return nil
}

// readTwoSided reads a two-sided summary table: each line holds up to one
// row of each side, label then figures.
func readTwoSided(s segment, opts Options) *Table {
	// Figures printed on lines of their own may belong to the labels of
	// the line before them (one cell a line) or of the line after them
	// (pdftotext -layout centres short cells), and, when a line holds more
	// empty labels than figures, to its first labels or its last. Each way
	// is read; the table's identities keep those that hold, and the
	// table's own style chooses among them. Figures whose place stays
	// open leave their rows ambiguous.
	type reading struct {
		t     *Table
		after bool // figures go to the labels before them
		valid bool
	}
	var rs []reading
	for _, figuresAfter := range []bool{false, true} {
		for _, lastFirst := range []bool{false, true} {
			t := readTwoSidedOrder(s, opts, figuresAfter, lastFirst)
			dup := false
			for _, r := range rs {
				if sameGrid(r.t, t) {
					dup = true
				}
			}
			if !dup {
				rs = append(rs, reading{t: t, after: figuresAfter, valid: opts.Validate == nil || opts.Validate(&t.Grid)})
			}
		}
	}
	if len(rs) == 1 {
		return rs[0].t
	}
	var ok []reading
	for _, r := range rs {
		if r.valid {
			ok = append(ok, r)
		}
	}
	if len(ok) > 1 {
		// The table's own style: where most labels print their figures
		// on their line, a line of figures alone is a row's overflow
		// printed before it; where most print none, figures follow.
		inline, bare := labelStyle(s, opts)
		var styled []reading
		for _, r := range ok {
			if inline >= 2*bare && !r.after || bare >= 2*inline && r.after {
				styled = append(styled, r)
			}
		}
		ok = styled
	}
	if len(ok) == 1 {
		return settleGuesses(ok[0].t)
	}
	if len(ok) == 0 && opts.Validate != nil {
		// No placement of the figures printed alone satisfies the
		// table's identities: every row is in doubt (a misprint cannot
		// be told from a misreading here).
		t := rs[0].t
		for i := range t.Rows {
			t.Rows[i].Ambiguous = true
		}
		return t
	}
	return markGuesses(rs[0].t)
}

// markGuesses marks ambiguous the rows whose figures were placed from a
// line of their own.
func markGuesses(t *Table) *Table {
	for i := range t.Rows {
		if t.guessed[i] {
			t.Rows[i].Ambiguous = true
		}
	}
	return t
}

// labelStyle counts the known labels printed with figures on their line
// and those printed without.
func labelStyle(s segment, opts Options) (inline, bare int) {
	if opts.Label == nil {
		return 0, 0
	}
	for _, l := range s.lines {
		for _, g := range groups(tokens(l), l, fiscal.WanYuan, false) {
			if g.label == "" {
				continue
			}
			if _, _, sides := opts.Label(s.prof, g.label); len(sides) == 0 {
				continue
			}
			if len(g.vals) > 0 {
				inline++
			} else {
				bare++
			}
		}
	}
	return inline, bare
}

// settleGuesses clears the ambiguity of rows whose figures were placed by
// a reading the identities confirmed.
func settleGuesses(t *Table) *Table {
	for i := range t.Rows {
		if t.guessed[i] {
			t.Rows[i].Ambiguous = false
		}
	}
	return t
}

// sameGrid reports whether two readings of a table hold the same rows.
func sameGrid(a, b *Table) bool {
	if len(a.Rows) != len(b.Rows) || len(a.Unread) != len(b.Unread) {
		return false
	}
	for i := range a.Rows {
		x, y := a.Rows[i], b.Rows[i]
		if x.Code != y.Code || x.Named != y.Named || x.Side != y.Side || x.Ambiguous != y.Ambiguous || len(x.Cells) != len(y.Cells) {
			return false
		}
		for k, v := range x.Cells {
			if y.Cells[k] != v {
				return false
			}
		}
	}
	return true
}

// readTwoSidedOrder reads a two-sided table; figures printed on a line of
// their own go first to the line after them or, when figuresAfter is set,
// to the line before; to the first labels of that line that print none,
// or, when lastFirst is set, to its last.
func readTwoSidedOrder(s segment, opts Options, figuresAfter, lastFirst bool) *Table {
	t := &Table{Grid: profile.Grid{Profile: s.prof, Title: s.title, Line: s.line, Unit: unitOf(s, opts)}}
	p := s.prof
	aligned := keepsPositions(s.lines)
	type sideRow struct {
		raw  *raw
		side string
	}
	// A table printing 行次 has a small integer after each label.
	rowNumbers := false
	for _, l := range s.lines {
		if strings.Contains(norm(lineText(l)), "行次") {
			rowNumbers = true
			break
		}
	}
	var rows []sideRow
	var pendingFrag []group // unknown labels waiting for the rest of their name
	// In text that keeps positions, a line of figures alone between the
	// halves of wrapped labels ("国有资本经营预  社会保障和就业" / figures /
	// "算财政拨款  支出"): the figures (an index into floats) and the
	// columns where the labels of the fragments' line start.
	splitFloat, fragXs := -1, []int(nil)
	var floats []floating
	lineRows := map[int][]int{}   // line → indices into rows
	bothSeen := map[string]bool{} // both-sided labels read on the left since the last one-sided row
	// Where the labels of one side only stand, in text that keeps
	// positions: the leftmost of the right side's, the rightmost of the
	// left side's (-1 until seen).
	rightFrom, leftTo := -1, -1
	identify := func(label string, idx int, known bool) (code, named, side string, ok bool) {
		if opts.Label == nil {
			return "", "", "", false
		}
		c, n, sides := opts.Label(p, label)
		if len(sides) == 0 {
			return "", "", "", false
		}
		side = sides[0]
		if len(sides) > 1 {
			// A label printed on both sides (总计, the 财政拨款 items under
			// 年初 and 年末 结转和结余): the right side when a row stands
			// before it on its line, or when the same label was just read
			// on the left (one cell a line).
			if idx > 0 && known || bothSeen[n+"|"+c] {
				side = sides[len(sides)-1]
			}
		}
		return c, n, side, true
	}
	// The 栏次 line ("栏次 1 栏次 2 3 4 5") is the headers' last: the
	// column headers above it name the funds as the rows do ("一般公共预算
	// 财政拨款"), and printed one a line they cannot be told from rows.
	body := 0
	for i, l := range s.lines {
		if strings.HasPrefix(norm(lineText(l)), "栏次") {
			body = i + 1
			break
		}
	}
	// Explicit cells under a 行次 header (a web page's or a document's
	// table): those columns hold row numbers, not figures.
	var numberCols []int
	for _, l := range s.lines {
		if l.Cells == nil {
			continue
		}
		for i, c := range l.Cells {
			if norm(c) == "行次" {
				numberCols = append(numberCols, i)
			}
		}
		if len(numberCols) > 0 {
			break
		}
	}
	sideHeads := sideHeaderCells(s.lines, p, numberCols)
	for li, l := range s.lines {
		if li < body {
			continue
		}
		if len(numberCols) > 0 && l.Cells != nil && len(l.Cells) > slices.Max(numberCols) {
			cells := make([]string, 0, len(l.Cells))
			for i, c := range l.Cells {
				if !slices.Contains(numberCols, i) {
					cells = append(cells, c)
				}
			}
			l.Cells = cells
		}
		toks := tokens(l)
		if len(toks) == 0 {
			continue
		}
		if !aligned {
			for i := range toks {
				toks[i].x = -1
			}
		}
		n := norm(lineText(l))
		if strings.HasPrefix(n, "栏次") {
			continue
		}
		if isEmptyStatement(n) {
			t.Empty = trim(lineText(l))
			continue
		}
		if isPageNumber(n) || isNoteOrUnit(n) {
			continue
		}
		if len(rows) > 0 && isHeaderLine(toks) {
			// The header printed again on the table's next page: its
			// column names (一般公共预算财政拨款 …) are no rows (they
			// were read as the fund rows under the 年末 结转和结余, empty).
			continue
		}
		known := func(label string) bool {
			_, _, _, ok := identify(label, 0, false)
			return ok
		}
		gs := splitLabels(groups(toks, l, t.Unit, true), known)
		if len(rows) == 0 && !slices.ContainsFunc(gs, func(g group) bool { return figured(g.vals) }) {
			// Labels without figures before any row: the headers
			// ("财政拨款收入        财政拨款支出"), not two rows.
			gs = splitLabels(groups(toks, l, t.Unit, false), known)
		}
		if rowNumbers && onlyRowNumbers(gs) {
			// "30   61": the 行次 of a line with no item on either side.
			continue
		}
		knownBefore := false
		keepFrags := false
		if aligned && len(pendingFrag) > 0 && len(gs) > 0 && gs[0].label == "" && splitFloat < 0 &&
			slices.ContainsFunc(gs[0].vals, func(v val) bool { return !v.blank }) {
			// Figures under fragments of labels, before any label of
			// their line: they belong to the rows the fragments begin,
			// once their names are whole (on the next line).
			floats = append(floats, floating{line: l.N, vals: gs[0].vals})
			splitFloat = len(floats) - 1
			if len(gs) == 1 {
				continue
			}
			gs, keepFrags = gs[1:], true
		}
		var newFrags []group
		for gi, g := range gs {
			if g.label == "" {
				if rowNumbers && len(g.vals) == 1 && len(gs) == 1 && isRowNumber(g.vals[0].text) && g.vals[0].text != "0" {
					// A 行次 printed on a line of its own.
					continue
				}
				if rowNumbers && gi == 0 && len(gs) > 1 && len(g.vals) == 1 && isRowNumber(g.vals[0].text) && g.vals[0].text != "0" {
					// The 行次 of a left side with no item ("9  九、卫生
					// 健康支出 40 …"), before the right side's label.
					continue
				}
				if slices.ContainsFunc(g.vals, func(v val) bool { return !v.blank }) {
					// (An explicit side left empty, blank cells only,
					// has nothing to place.)
					floats = append(floats, floating{line: l.N, vals: g.vals})
				}
				continue
			}
			code, named, side, ok := identify(g.label, gi, knownBefore || g.right)
			if g.right {
				code, named, side, ok = identify(g.label, 1, true)
			}
			if !ok {
				// A wrapped label: join it with a fragment from the line
				// before.
				for fi, f := range pendingFrag {
					if c, nm, sd, ok2 := identify(f.label+g.label, gi, knownBefore); ok2 {
						code, named, side, ok = c, nm, sd, true
						if splitFloat >= 0 && f.x >= 0 {
							// The figures between the halves standing
							// under this fragment (from its column to
							// the next fragment's) are its row's.
							to := -1
							for _, x := range fragXs {
								if x > f.x && (to < 0 || x < to) {
									to = x
								}
							}
							fl := &floats[splitFloat]
							var mine, rest []val
							for _, v := range fl.vals {
								if v.x >= f.x && (to < 0 || v.x < to) {
									mine = append(mine, v)
								} else {
									rest = append(rest, v)
								}
							}
							fl.vals = rest
							g.vals = append(mine, g.vals...)
						}
						g.vals = append(slices.Clone(f.vals), g.vals...)
						g.label = f.label + g.label
						pendingFrag = slices.Delete(pendingFrag, fi, fi+1)
						break
					}
				}
			}
			if !ok {
				if len(rows) > 0 || figured(g.vals) {
					newFrags = append(newFrags, g)
				}
				continue
			}
			knownBefore = true
			if _, _, sides := opts.Label(p, g.label); len(sides) > 1 {
				if side == sides[0] && g.x >= 0 && rightFrom >= 0 && g.x >= rightFrom && g.x > leftTo {
					// A label of both sides standing where the right
					// side's labels stand, on a line of its own (the
					// right side's 总计 below a left side that ended
					// earlier).
					side = sides[len(sides)-1]
				}
				if side == sides[0] {
					bothSeen[named+"|"+code] = true
				}
			} else {
				clear(bothSeen)
				if g.x >= 0 && len(p.Sides) > 1 && side == p.Sides[0].ID {
					leftTo = max(leftTo, g.x)
				} else if g.x >= 0 && side == p.Sides[len(p.Sides)-1].ID && (rightFrom < 0 || g.x < rightFrom) {
					rightFrom = g.x
				}
			}
			byHeader := false
			if sideHeads != nil && l.Cells != nil && g.label == strings.Join(g.parts, "") {
				// Each figure under the header naming its column.
				if vals, ok := sideHeads.place(p, side, g.at+len(g.parts), g.vals); ok {
					g.vals, byHeader = vals, true
				}
			}
			if !byHeader && rowNumbers && len(g.vals) > 0 && isRowNumber(g.vals[0].text) {
				g.vals = g.vals[1:]
			}
			if n := columnsOf(p, side); l.Cells != nil && n > 0 {
				// Cells given (HTML, a workbook): the empty cells after a
				// row of the left side that has no right half on its line
				// are the right side's, not more columns of its own.
				g.vals = trimBlankTail(g.vals, n)
			}
			r := &raw{code: code, named: named, line: l.N, own: g.vals, label: []string{g.label}, expl: l.Cells != nil}
			rows = append(rows, sideRow{r, side})
			lineRows[l.N] = append(lineRows[l.N], len(rows)-1)
		}
		for _, f := range pendingFrag {
			if figured(f.vals) {
				t.Unread = append(t.Unread, l.N)
			}
		}
		// Where the line's labels start: the figures under a fragment
		// end where the next label starts.
		var xs []int
		for _, g := range gs {
			if g.label != "" && g.x >= 0 {
				xs = append(xs, g.x)
			}
		}
		if keepFrags {
			// The fragments above wait for the line below this one.
			pendingFrag = append(pendingFrag, newFrags...)
			fragXs = append(fragXs, xs...)
			continue
		}
		pendingFrag = newFrags
		splitFloat, fragXs = -1, xs
	}
	// Figures printed on a line of their own go to the rows next to them
	// that print none, one each in print order; figures left over go to
	// the last row of that line. The placement is a guess (the rows are
	// ambiguous) unless it fills every row exactly once.
	lastRow := 0
	for ln := range lineRows {
		lastRow = max(lastRow, ln)
	}
	decimals := false // the table prints its figures with decimals
	for _, r := range rows {
		decimals = decimals || slices.ContainsFunc(r.raw.own, func(v val) bool { return strings.Contains(v.text, ".") })
	}
	// Lines followed by a table's number ("公开 02 表", the next table's):
	// a page number printed just above it.
	beforeNumber := map[int]bool{}
	for i, l := range s.lines {
		for j := i + 1; j < len(s.lines); j++ {
			if n := norm(lineText(s.lines[j])); n != "" {
				beforeNumber[l.N] = tableNumberRE.MatchString(n)
				break
			}
		}
	}
	for fi, f := range floats {
		if len(f.vals) == 0 {
			continue // taken by the rows of wrapped labels around it
		}
		if (f.line > lastRow+2 || beforeNumber[f.line]) && len(f.vals) == 1 && len(f.vals[0].text) <= 3 && allDigits(f.vals[0].text) &&
			(aligned || decimals && fi == len(floats)-1 && f.vals[0].text != "0") {
			// A page number printed below the table, apart from its
			// last row: in text that keeps the page's layout, or, in
			// text that does not, the last figure of a table printing
			// decimals, a whole number 1–999.
			continue
		}
		placed := false
		// The nearest lines holding rows, before and after the figures
		// (a 行次 or a blank line between does not count).
		var before, after []int
		for ln := range lineRows {
			switch {
			case ln < f.line:
				before = append(before, ln)
			case ln > f.line:
				after = append(after, ln)
			}
		}
		slices.Sort(after)
		slices.Sort(before)
		slices.Reverse(before)
		pick := func(xs []int, i int) int {
			if i < len(xs) {
				return xs[i]
			}
			return -1
		}
		order := []int{pick(after, 0), pick(before, 0), pick(after, 1), pick(before, 1)}
		if figuresAfter {
			order = []int{pick(before, 0), pick(after, 0), pick(before, 1), pick(after, 1)}
		}
		for _, ln := range order {
			idx := lineRows[ln]
			var empty []*raw
			for _, i := range idx {
				r := rows[i]
				n := len(r.raw.allVals())
				if n == 0 || r.raw.guessed && n < columnsOf(p, r.side) {
					empty = append(empty, r.raw)
				}
			}
			if len(empty) == 0 {
				continue
			}
			vals := f.vals
			if lastFirst && len(vals) < len(empty) {
				empty = empty[len(empty)-len(vals):]
			}
			for _, r := range empty {
				if len(vals) == 0 {
					break
				}
				r.before = append(r.before, vals[:1])
				vals = vals[1:]
			}
			sure := len(vals) == 0 && len(empty) == len(f.vals)
			if len(vals) > 0 {
				last := rows[idx[len(idx)-1]]
				last.raw.before = append(last.raw.before, vals)
				sure = len(empty) < len(idx) && rows[idx[len(idx)-1]].raw != empty[len(empty)-1]
			}
			for _, i := range idx {
				if !sure {
					rows[i].raw.ambig = true
				}
				rows[i].raw.guessed = true
			}
			placed = true
			break
		}
		if !placed {
			t.Unread = append(t.Unread, f.line)
		}
	}
	// A column enabled by a named row (政府性基金预算财政拨款) is unused
	// when no row of that name holds a non-zero figure.
	unused := map[string]bool{}
	for _, sd := range p.Sides {
		for _, c := range sd.Columns {
			if c.UsedIf == "" {
				continue
			}
			used := false
			for _, sr := range rows {
				if sr.raw.named != c.UsedIf {
					continue
				}
				for _, v := range sr.raw.allVals() {
					if !v.blank && !v.amt.IsZero() {
						used = true
					}
				}
			}
			if !used {
				unused[sd.ID+"/"+c.ID] = true
			}
		}
	}
	all := make([]*raw, len(rows))
	for i, sr := range rows {
		all[i] = sr.raw
	}
	t.Decimals, t.DecimalsKnown = decimalsOf(all)
	solveDecimals := 2 // the solver's rounding: a table of whole 万元 allows its own
	if t.DecimalsKnown {
		solveDecimals = t.Decimals
	}
	subs := map[string]*profile.Table{}
	bySide := map[string][]*raw{}
	for _, sr := range rows {
		sp := sideOf(p, sr.side)
		if sp == nil {
			continue
		}
		sub := subs[sr.side]
		if sub == nil {
			// A column its named row says is used (国有资本经营预算财政拨款
			// with a figure) is not a rarely used one: its figures are
			// not placed elsewhere by preference.
			cols := slices.Clone(sp.Columns)
			for i, c := range cols {
				if c.UsedIf != "" && c.Optional && !unused[sp.ID+"/"+c.ID] {
					cols[i].Optional = false
				}
			}
			sub = &profile.Table{ID: p.ID, Key: profile.KeyNamed, Columns: cols, Identities: sp.Identities}
			subs[sr.side] = sub
		}
		sv := &solver{p: sub, unit: t.Unit, decimals: solveDecimals}
		sr.raw.cands = sv.candidates(sr.raw, nil, nil)
		if kept := withoutColumns(sr.raw.cands, sp, sr.side, unused); len(kept) > 0 {
			sr.raw.cands = kept
		}
		bySide[sr.side] = append(bySide[sr.side], sr.raw)
	}
	if aligned {
		// Where the side's settled rows print each column decides the
		// others (the headers of a two-sided table are no guide: each
		// side repeats them).
		for _, rs := range bySide {
			if anch := anchors(rs); len(anch) >= 2 {
				byAnchors(rs, anch)
			}
		}
	}
	for _, sr := range rows {
		sub := subs[sr.side]
		if sub == nil {
			continue
		}
		sv := &solver{p: sub, unit: t.Unit, decimals: solveDecimals}
		sv.settle([]*raw{sr.raw})
		row := sr.raw.row(sub)
		row.Side = sr.side
		t.Rows = append(t.Rows, row)
		t.guessed = append(t.guessed, sr.raw.guessed && !sr.raw.noFit && len(sr.raw.cands) == 1)
	}
	return t
}

// onlyRowNumbers reports whether a line's groups hold no label and only
// row numbers (行次).
func onlyRowNumbers(gs []group) bool {
	n := 0
	for _, g := range gs {
		if g.label != "" {
			return false
		}
		for _, v := range g.vals {
			if v.blank {
				continue
			}
			if !isRowNumber(v.text) || v.text == "0" {
				return false
			}
			n++
		}
	}
	return n > 0
}

// splitLabels splits a group whose label is several labels printed
// without figures between them ("本年收入合计 本年支出合计 2,940.05") into one
// group per label; the figures stay with the last. A group that cannot be
// split into known labels is kept whole.
func splitLabels(gs []group, known func(string) bool) []group {
	var out []group
	for _, g := range gs {
		if len(g.parts) < 2 || known(g.label) {
			out = append(out, g)
			continue
		}
		var pieces []group
		i := 0
		for i < len(g.parts) {
			j := len(g.parts)
			for ; j > i; j-- {
				if known(strings.Join(g.parts[i:j], "")) {
					break
				}
			}
			if j == i {
				pieces = nil
				break
			}
			x := -1 // where a piece after the first starts is not kept
			if i == 0 {
				x = g.x
			}
			pieces = append(pieces, group{label: strings.Join(g.parts[i:j], ""), parts: g.parts[i:j], x: x, at: g.at + i})
			i = j
		}
		if len(pieces) < 2 {
			out = append(out, g)
			continue
		}
		pieces[len(pieces)-1].vals = g.vals
		out = append(out, pieces...)
	}
	return out
}

// withoutColumns keeps the candidates that leave the unused columns of
// side empty.
func withoutColumns(cands []assign, sp *profile.Side, side string, unused map[string]bool) []assign {
	var out []assign
	for _, a := range cands {
		ok := true
		for i, c := range sp.Columns {
			if v, present := a.cells[i].Amount(); present && !v.IsZero() && unused[side+"/"+c.ID] {
				ok = false
			}
		}
		if ok {
			out = append(out, a)
		}
	}
	return out
}

// isRowNumber reports whether a figure is printed like a 行次: a small
// integer without separators or decimals.
func isRowNumber(s string) bool { return len(s) <= 3 && allDigits(s) }

// columnsOf returns the number of columns of a side.
func columnsOf(p *profile.Table, side string) int {
	if sp := sideOf(p, side); sp != nil {
		return len(sp.Columns)
	}
	return 0
}

// isHeaderLine reports whether a line printing no figure is a header of
// a two-sided table: it names a column that no row is named ("项目",
// "决算数", "行次"), or holds the sides' names alone ("收入  支出").
func isHeaderLine(toks []tok) bool {
	names, sides := 0, map[string]bool{}
	for _, t := range toks {
		if t.kind == tkNum {
			return false
		}
		switch n := norm(t.text); n {
		case "项目", "决算数", "预算数", "行次", "栏次", "收入项目", "支出项目":
			names++
		case "收入", "支出":
			sides[n] = true
		}
	}
	return names > 0 || len(sides) == 2 && len(toks) == 2
}
