package tables

import (
	"slices"

	"github.com/cnfiscal/fiscal/reader/profile"
)

// In text that keeps column positions (pdftotext -layout), a figure
// stands under its column. Positions decide between assignments that the
// identities leave open, in two ways: where the figures of the table's
// settled rows stand (learned from the table itself), or, for a table with
// no settled row, where the column headers stand.

// headerSpan is where a column's header stands, in the columns of its
// lines.
type headerSpan struct{ from, to int }

// headerCell is a header's text on one line and where it stands.
type headerCell struct {
	text     string
	from, to int
	line     int
}

// headerSpans finds the header of each column over the first row. A
// header wrapped over lines ("公务用车购" / "置费") is joined from the
// cells stacked over one another, each under the nearest cell above that
// it overlaps; a stack may begin with the group headers above it
// ("“三公”经费", "公务用车购置及运行维护费"), so a column's header is the
// shortest run of cells ending at the stack's foot that names it. Stacks
// are matched left to right, each to the first column its header names
// that no stack to its left took (two "小计" in a row of headers are the
// subtotals of the groups in print order).
func headerSpans(lines []Line, p *profile.Table, rowsFrom int) map[int]headerSpan {
	var stacks [][]headerCell
	for _, l := range lines {
		if l.N >= rowsFrom || l.Cells != nil {
			break
		}
		for _, t := range tokens(l) {
			if t.x < 0 || t.kind != tkText {
				continue
			}
			c := headerCell{text: t.text, from: t.x, to: t.x + textWidth(l, t.text), line: l.N}
			best := -1
			for i, st := range stacks {
				last := st[len(st)-1]
				if last.line >= l.N || last.to <= c.from || c.to <= last.from {
					continue
				}
				if best < 0 || last.line > stacks[best][len(stacks[best])-1].line {
					best = i
				}
			}
			if best < 0 {
				stacks = append(stacks, []headerCell{c})
			} else {
				stacks[best] = append(stacks[best], c)
			}
		}
	}
	slices.SortStableFunc(stacks, func(a, b []headerCell) int { return a[len(a)-1].from - b[len(b)-1].from })
	out := map[int]headerSpan{}
	for _, st := range stacks {
		for from := len(st) - 1; from >= 0; from-- {
			var text string
			span := headerSpan{from: st[from].from, to: st[from].to}
			for _, c := range st[from:] {
				text += c.text
				span.from, span.to = min(span.from, c.from), max(span.to, c.to)
			}
			if ci := headerColumn(p, norm(text), out); ci >= 0 {
				out[ci] = span
				break
			}
		}
	}
	return out
}

// headerColumn returns the first column not yet in taken whose headers
// include the normalised text n, or -1.
func headerColumn(p *profile.Table, n string, taken map[int]headerSpan) int {
	for ci, c := range p.Columns {
		if _, done := taken[ci]; done {
			continue
		}
		for _, h := range c.Headers {
			if n == norm(h) {
				return ci
			}
		}
	}
	return -1
}

// textWidth is how many columns text takes on line l: its characters in
// text aligned by characters, its display width otherwise.
func textWidth(l Line, text string) int {
	if l.runeCols {
		return runeLen(text)
	}
	return displayWidth(text)
}

func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		w += RuneWidth(r)
	}
	return w
}

// anchors returns, for each column, the right edge of its figures in the
// rows settled by the identities alone, when they all agree within two
// display columns.
func anchors(rows []*raw) map[int]int {
	seen := settledEdges(rows)
	out := map[int]int{}
	for ci, xs := range seen {
		lo, hi := xs[0], xs[0]
		for _, x := range xs {
			lo, hi = min(lo, x), max(hi, x)
		}
		if hi-lo <= 2 {
			out[ci] = hi
		}
	}
	return out
}

// settledEdges returns, for each column, the right edges of its figures in
// the settled rows that print every figure on their own line.
func settledEdges(rows []*raw) map[int][]int {
	seen := map[int][]int{}
	for _, r := range rows {
		if len(r.cands) != 1 || r.ambig || len(r.before) > 0 || len(r.after) > 0 || !positioned(r.own) {
			continue
		}
		vi := 0
		for ci, c := range r.cands[0].cells {
			if c.IsAbsent() {
				continue
			}
			for vi < len(r.own) && r.own[vi].blank {
				vi++
			}
			if vi >= len(r.own) {
				break
			}
			seen[ci] = append(seen[ci], rightEdge(r.own[vi]))
			vi++
		}
	}
	return seen
}

func positioned(vs []val) bool {
	for _, v := range vs {
		if v.x < 0 {
			return false
		}
	}
	return len(vs) > 0
}

func rightEdge(v val) int { return v.x + displayWidth(v.text) }

// byPosition keeps, among a row's candidates, the one that puts each
// figure in the column whose anchor (or, with no anchor in the table, whose
// header) is nearest to it, when exactly one candidate does.
func byPosition(p *profile.Table, lines []Line, rows []*raw) {
	if len(rows) == 0 {
		return
	}
	anch := anchors(rows)
	var near func(x int) int
	switch {
	case len(anch) >= 2:
		near = func(x int) int { return nearest(x, anch) }
	default:
		heads := headerSpans(lines, p, rows[0].line)
		if len(heads) == len(p.Columns) {
			// Every column's header found: a figure ending within three
			// columns of a header's end stands under it (headers set
			// right, as the figures are).
			rights := map[int]int{}
			for ci, h := range heads {
				rights[ci] = h.to
			}
			byNearest(rows, func(x int) int { return nearest(x, rights) })
		}
		if len(heads) >= 2 {
			byHeaders(rows, heads)
		}
		return
	}
	byNearest(rows, near)
}

// byHeaders keeps, among a row's candidates, the one that puts its
// figures nearest the headers of their columns: the sum over the figures
// of the distance from a figure's middle to its column's header's middle
// (headers are centred over their columns, figures set right, so neither
// edge lines up) is smaller than any other candidate's by four columns at
// least. A column whose header was not found adds nothing. The headers
// are trusted only where they agree with the table's settled rows: a
// settled figure nearer another column's header than its own's means the
// headers do not stand over their columns (a header line offset, headers
// set right over their figures), and nothing is decided by them; nor in a
// table of several rows none of which is settled.
func byHeaders(rows []*raw, heads map[int]headerSpan) {
	// Distances between middles, doubled to stay in integers.
	gap := func(v val, ci int) (int, bool) {
		h, ok := heads[ci]
		if !ok {
			return 0, false
		}
		return abs(2*v.x + displayWidth(v.text) - h.from - h.to), true
	}
	// figuresOf returns the printed figures of a row on its own line, or
	// nil when the row cannot be judged by position.
	figuresOf := func(r *raw) []val {
		if len(r.before) > 0 || len(r.after) > 0 || !positioned(r.own) {
			return nil
		}
		var figs []val
		for _, v := range r.own {
			if !v.blank {
				figs = append(figs, v)
			}
		}
		return figs
	}
	agree := 0
	for _, r := range rows {
		figs := figuresOf(r)
		if len(r.cands) != 1 || r.ambig || r.noFit || len(figs) == 0 {
			continue
		}
		for i, ci := range r.cands[0].columns() {
			if i >= len(figs) {
				break
			}
			own, ok := gap(figs[i], ci)
			if !ok {
				continue
			}
			for other := range heads {
				if d, _ := gap(figs[i], other); other != ci && d < own {
					return
				}
			}
			agree++
		}
	}
	if agree == 0 && len(rows) > 1 {
		// Rows of their own that nothing settled: the headers alone
		// are not enough to place them (a table of one row has nothing
		// else).
		return
	}
	const margin = 2 * 4
	for _, r := range rows {
		figs := figuresOf(r)
		if len(r.cands) < 2 || len(figs) == 0 {
			continue
		}
		best, second, arg := 1<<30, 1<<30, -1
		for ai, a := range r.cands {
			d := 0
			for i, ci := range a.columns() {
				if i < len(figs) {
					g, _ := gap(figs[i], ci)
					d += g
				}
			}
			switch {
			case d < best:
				best, second, arg = d, best, ai
			case d < second:
				second = d
			}
		}
		if arg >= 0 && second-best >= margin {
			r.cands = r.cands[arg : arg+1]
		}
	}
}

// placeUnfitting places by position the figures of a row that no
// assignment fits (its identity fails: a misprint), where each stands
// under a different column the table's own settled rows locate, in order:
// the layout says where they are, so the row is certain and the checks
// report its difference, rather than an ambiguous row hiding it.
func placeUnfitting(p *profile.Table, rows []*raw, near func(int) int) {
	s := &solver{p: p}
	for _, r := range rows {
		if len(r.cands) > 0 && !r.noFit || len(r.before) > 0 || len(r.after) > 0 || !positioned(r.own) {
			continue
		}
		var seq []val
		var cols []int
		for _, v := range r.own {
			if v.blank {
				continue
			}
			c := near(rightEdge(v))
			if c < 0 || len(cols) > 0 && c <= cols[len(cols)-1] {
				seq = nil
				break
			}
			seq, cols = append(seq, v), append(cols, c)
		}
		if len(seq) > 0 {
			r.cands = []assign{s.build(seq, cols)}
			r.noFit, r.ambig = false, false
		}
	}
}

// settleByAnchors, for a table that keeps column positions, decides the
// rows the identities and the other tables left open, and places the
// figures of rows no assignment fits, by where the rows settled so far
// put each column's figures.
func settleByAnchors(p *profile.Table, rows []*raw) {
	edges := medianEdges(rows)
	if len(edges) < 2 {
		return
	}
	near := func(x int) int { return clearlyNearest(x, edges) }
	byNearest(rows, near)
	placeUnfitting(p, rows, near)
}

// medianEdges returns, for each column used by at least two settled rows
// printing their figures on their own line, the median right edge of its
// figures. pdftotext -layout places a column's figures a few display
// columns apart from row to row (its glyphs are not all one width), so
// the edges are not required to agree: clearlyNearest judges by how much
// nearer one column is than the next.
func medianEdges(rows []*raw) map[int]int {
	seen := settledEdges(rows)
	out := map[int]int{}
	for ci, xs := range seen {
		if len(xs) >= 2 {
			slices.Sort(xs)
			out[ci] = xs[len(xs)/2]
		}
	}
	return out
}

// clearlyNearest returns the column whose edge is nearest x when it is
// within six display columns and less than half as far as any other
// column's, or -1.
func clearlyNearest(x int, edges map[int]int) int {
	best, second, arg := 1<<30, 1<<30, -1
	for ci, e := range edges {
		switch d := abs(x - e); {
		case d < best:
			best, second, arg = d, best, ci
		case d < second:
			second = d
		}
	}
	if best > 6 || 2*best >= second {
		return -1
	}
	return arg
}

// placeByPattern places the figures of a row no assignment fits (its
// identity fails: a misprint), printed on its own line, in the columns
// that the table's settled rows with as many figures use: when one set of
// columns is used by at least three of them and three in four, the row is
// printed as they are, and the checks report its difference rather than
// an ambiguous row hiding it.
func placeByPattern(p *profile.Table, rows []*raw) {
	type pattern struct {
		cols []int
		n    int
	}
	byCount := map[int][]pattern{}
	for _, r := range rows {
		if len(r.cands) != 1 || r.ambig || r.noFit || len(r.before) > 0 || len(r.after) > 0 {
			continue
		}
		cols := r.cands[0].columns()
		ps := byCount[len(cols)]
		i := slices.IndexFunc(ps, func(q pattern) bool { return slices.Equal(q.cols, cols) })
		if i < 0 {
			ps = append(ps, pattern{cols: cols})
			i = len(ps) - 1
		}
		ps[i].n++
		byCount[len(cols)] = ps
	}
	s := &solver{p: p}
	for _, r := range rows {
		if !r.noFit || len(r.before) > 0 || len(r.after) > 0 {
			continue
		}
		var seq []val
		for _, v := range r.own {
			if !v.blank {
				seq = append(seq, v)
			}
		}
		total := 0
		var best pattern
		for _, q := range byCount[len(seq)] {
			total += q.n
			if q.n > best.n {
				best = q
			}
		}
		if len(seq) == 0 || best.n < 3 || 4*best.n < 3*total {
			continue
		}
		r.cands = []assign{s.build(seq, best.cols)}
		r.noFit, r.ambig = false, false
	}
}

// byAnchors decides rows by the anchors of their table's settled rows.
func byAnchors(rows []*raw, anch map[int]int) {
	byNearest(rows, func(x int) int { return nearest(x, anch) })
}

// byNearest keeps the candidate that puts each figure in the column near
// reports for its right edge, when exactly one does.
func byNearest(rows []*raw, near func(int) int) {
	for _, r := range rows {
		if len(r.cands) < 2 || len(r.before) > 0 || len(r.after) > 0 || !positioned(r.own) {
			continue
		}
		var cols []int
		for _, v := range r.own {
			if !v.blank {
				cols = append(cols, near(rightEdge(v)))
			}
		}
		if slices.Contains(cols, -1) {
			continue
		}
		match := -1
		for ai, a := range r.cands {
			if sameColumns(a, cols) {
				if match >= 0 {
					match = -2
					break
				}
				match = ai
			}
		}
		if match >= 0 {
			r.cands = r.cands[match : match+1]
		}
	}
}

// nearest returns the column whose edge is nearest x, or -1 when none is
// within three display columns (a column whose edge is unknown may be the
// right one).
func nearest(x int, edges map[int]int) int {
	best, arg := 1<<30, -1
	for ci, e := range edges {
		if d := abs(x - e); d < best || d == best && ci < arg {
			best, arg = d, ci
		}
	}
	if best > 3 {
		return -1
	}
	return arg
}

// sameColumns reports whether an assignment fills exactly the columns
// cols, in order.
func sameColumns(a assign, cols []int) bool {
	i := 0
	for ci, c := range a.cells {
		if c.IsAbsent() {
			continue
		}
		if i >= len(cols) || cols[i] != ci {
			return false
		}
		i++
	}
	return i == len(cols)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
