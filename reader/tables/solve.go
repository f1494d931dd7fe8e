package tables

import (
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// assign is one assignment of a row's figures to the table's columns.
type assign struct {
	cells []fiscal.Cell // by profile column
	score int           // optional columns used: lower is likelier
}

func (a assign) equal(b assign) bool { return slices.Equal(a.cells, b.cells) }

// columns returns the columns a puts a figure in, in order.
func (a assign) columns() []int {
	var cols []int
	for ci, c := range a.cells {
		if !c.IsAbsent() {
			cols = append(cols, ci)
		}
	}
	return cols
}

// maxSequences caps the orders considered for one row's figures.
const maxSequences = 256

// sequences returns the possible print orders of a row's figures: by
// column position when every figure has one, otherwise every interleaving
// of the lines before the row with its own line and the lines after it
// (which keep their order).
func sequences(r *raw, extraBefore, extraAfter [][]val) [][]val {
	// The row's own figures and the lines after it are in print order
	// (a row's overflow, one cell a line); lines before it may hold any of
	// its columns (pdftotext -layout centres short cells vertically).
	var blocks [][]val
	blocks = append(blocks, r.before...)
	blocks = append(blocks, extraBefore...)
	var fixed []val
	fixed = append(fixed, r.own...)
	for _, a := range r.after {
		fixed = append(fixed, a...)
	}
	for _, a := range extraAfter {
		fixed = append(fixed, a...)
	}
	if len(fixed) > 0 {
		blocks = append(blocks, fixed)
	}
	var all []val
	known := true
	for _, b := range blocks {
		for _, v := range b {
			all = append(all, v)
			if v.x < 0 {
				known = false
			}
		}
	}
	if len(blocks) <= 1 {
		return [][]val{all}
	}
	if known {
		slices.SortStableFunc(all, func(a, b val) int { return a.x - b.x })
		return [][]val{all}
	}
	var out [][]val
	var rec func(idx []int, acc []val)
	rec = func(idx []int, acc []val) {
		if len(out) >= maxSequences {
			return
		}
		done := true
		for bi, b := range blocks {
			if idx[bi] < len(b) {
				done = false
				next := slices.Clone(idx)
				next[bi]++
				rec(next, append(slices.Clone(acc), b[idx[bi]]))
			}
		}
		if done {
			out = append(out, acc)
		}
	}
	rec(make([]int, len(blocks)), nil)
	return out
}

// solver holds what the assignment needs of a table.
type solver struct {
	p        *profile.Table
	unit     fiscal.Unit
	decimals int
}

func (s *solver) tol(parts int) fiscal.Amount {
	return fiscal.AmountTolerance(parts, s.unit, s.decimals)
}

// candidates returns the distinct assignments of the row's figures (in
// each possible order) that satisfy the profile's identities.
func (s *solver) candidates(r *raw, extraBefore, extraAfter [][]val) []assign {
	n := len(s.p.Columns)
	seqs := sequences(r, extraBefore, extraAfter)
	var out []assign
	add := func(a assign) {
		for _, b := range out {
			if b.equal(a) {
				return
			}
		}
		out = append(out, a)
	}
	for _, seq := range seqs {
		k := len(seq)
		if k == 0 {
			add(assign{cells: make([]fiscal.Cell, n)})
			continue
		}
		if k > n {
			continue
		}
		if r.cols != nil && len(r.before) == 0 && len(r.after) == 0 && len(seq) == len(r.cols) {
			// Every figure under the header naming its column.
			add(s.build(seq, r.cols))
			continue
		}
		if r.expl && k <= n {
			// Every cell is where it is printed (a format dropping
			// trailing empty cells shortens the row): keep it, the
			// checks will report any difference.
			add(s.build(seq, identity(k)))
			continue
		}
		combos(n, k, func(pos []int) {
			a := s.build(seq, pos)
			if s.fits(a) {
				add(a)
			}
		})
	}
	slices.SortStableFunc(out, func(a, b assign) int { return a.score - b.score })
	return out
}

func identity(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return p
}

// combos calls f with every increasing choice of k positions out of n.
func combos(n, k int, f func([]int)) {
	pos := make([]int, k)
	var rec func(i, from int)
	rec = func(i, from int) {
		if i == k {
			f(pos)
			return
		}
		for c := from; c <= n-(k-i); c++ {
			pos[i] = c
			rec(i+1, c+1)
		}
	}
	rec(0, 0)
}

func (s *solver) build(seq []val, pos []int) assign {
	a := assign{cells: make([]fiscal.Cell, len(s.p.Columns))}
	for i, v := range seq {
		if v.blank {
			continue
		}
		a.cells[pos[i]] = fiscal.Present(v.amt)
		if s.p.Columns[pos[i]].Optional && !v.amt.IsZero() {
			a.score++
		}
	}
	return a
}

// fits reports whether an assignment satisfies every identity of the
// profile, within rounding.
func (s *solver) fits(a assign) bool {
	for _, id := range s.p.Identities {
		ti := s.p.Column(id.Total)
		if ti < 0 {
			continue
		}
		var sum fiscal.Amount
		anyPart, printed := false, false
		for _, pid := range id.Parts {
			pi := s.p.Column(pid)
			if pi < 0 {
				continue
			}
			if v, ok := a.cells[pi].Amount(); ok {
				sum, _ = sum.Add(v)
				printed = true
				if !v.IsZero() {
					anyPart = true
				}
			}
		}
		for _, mid := range id.Minus {
			if mi := s.p.Column(mid); mi >= 0 {
				if v, ok := a.cells[mi].Amount(); ok {
					sum, _ = sum.Sub(v)
					printed = true
				}
			}
		}
		if id.Partial && !printed {
			continue
		}
		total, ok := a.cells[ti].Amount()
		if !ok && len(id.Minus) == 0 {
			if anyPart {
				return false
			}
			continue
		}
		if !within(total, sum, s.tol(len(id.Parts)+len(id.Minus))) {
			return false
		}
	}
	return true
}

func within(a, b, tol fiscal.Amount) bool {
	d, err := a.Sub(b)
	if err != nil {
		return false
	}
	if d.Sign() < 0 {
		if d, err = d.Neg(); err != nil {
			return false
		}
	}
	return d.Cmp(tol) <= 0
}

// solve computes every row's candidates: the assignments of its figures
// that satisfy the profile's identities.
func solve(p *profile.Table, t *Table, rows []*raw) {
	s := &solver{p: p, unit: t.Unit, decimals: t.Decimals}
	for _, r := range rows {
		r.cands = s.candidates(r, nil, nil)
	}
}

// forceByTotal places the figures of a row no assignment fits (its own
// identity fails: a misprint, or a misread) when the columns the settled
// total row uses leave one placement only: then the row is certain and
// the checks report the difference. Otherwise the row stays without
// candidates (and ends ambiguous).
func (s *solver) forceByTotal(rows []*raw) {
	var used []bool
	for _, r := range rows {
		if r.named == "total" && len(r.cands) == 1 {
			used = make([]bool, len(s.p.Columns))
			for i, c := range r.cands[0].cells {
				if v, ok := c.Amount(); ok && !v.IsZero() {
					used[i] = true
				}
			}
		}
	}
	if used == nil {
		return
	}
	var cols []int
	for i, u := range used {
		if u {
			cols = append(cols, i)
		}
	}
	for _, r := range rows {
		if len(r.cands) > 0 || r.named == "total" || len(r.before) > 0 || len(r.after) > 0 {
			continue
		}
		var figs []val
		for _, v := range r.own {
			if !v.blank {
				figs = append(figs, v)
			}
		}
		if len(figs) == len(cols) && len(figs) > 0 {
			r.cands = []assign{s.build(figs, cols)}
		}
	}
}

// totalColumns keeps, in every row with several candidates, those that
// use only the columns the (settled) total row uses: with amounts that do
// not go below zero, no row fills a column whose total is empty or zero.
func totalColumns(rows []*raw) {
	for _, r := range rows {
		if r.named != "total" || len(r.cands) != 1 {
			continue
		}
		used := r.cands[0].cells
		for _, o := range rows {
			if o == r || len(o.cands) < 2 {
				continue
			}
			var keep []assign
			for _, a := range o.cands {
				ok := true
				for i, c := range a.cells {
					if v, present := c.Amount(); present && !v.IsZero() {
						if u, up := used[i].Amount(); !up || u.IsZero() {
							ok = false
							break
						}
					}
				}
				if ok {
					keep = append(keep, a)
				}
			}
			if len(keep) > 0 {
				o.cands = keep
			}
		}
	}
}

// settle ends the assignment of a table's rows: a row still holding
// several candidates takes the one using fewest optional columns when
// exactly one does, and is ambiguous otherwise; a row no candidate fits is
// ambiguous with its figures in the first columns.
func (s *solver) settle(rows []*raw) { s.settleRound(rows, true) }

// settleRound is settle; before the last round (final false) a row still
// holding several candidates is left open, for evidence found meanwhile
// in other tables to narrow.
func (s *solver) settleRound(rows []*raw, final bool) {
	for _, r := range rows {
		switch {
		case len(r.cands) == 0 && len(r.before) == 0 && len(r.after) == 0 && len(r.own) == len(s.p.Columns) && s.printedAlike(r.own):
			// A row printing every column on its own line, each figure
			// printed as the table prints its figures, has one
			// placement, whatever its sums: it is certain, and the
			// checks report where it does not add up (a wrong figure).
			// (A figure printed otherwise, "9" among figures to the fen,
			// may be a page number caught in the row.)
			r.cands = []assign{s.fallback(r)}
		case len(r.cands) == 0:
			r.ambig, r.noFit = true, true
			r.cands = []assign{s.fallback(r)}
		case len(r.cands) > 1:
			if r.cands[0].score < r.cands[1].score {
				r.cands = r.cands[:1]
				r.byPrior = true
			} else if final {
				r.ambig = true
			}
		}
	}
}

// printedAlike reports whether figures are printed as the table prints
// its figures: with a decimal point where the table prints decimals (a
// printed blank, or a nought, may stand without).
func (s *solver) printedAlike(vs []val) bool {
	if s.decimals == 0 {
		return true
	}
	for _, v := range vs {
		if !v.blank && !v.amt.IsZero() && !strings.Contains(v.text, ".") {
			return false
		}
	}
	return true
}

// fallback is the assignment of a row no candidate fits: the figures in
// the first columns, in order (the row is ambiguous).
func (s *solver) fallback(r *raw) assign {
	seq := sequences(r, nil, nil)[0]
	n := len(s.p.Columns)
	if len(seq) > n {
		seq = seq[:n]
	}
	return s.build(seq, identity(len(seq)))
}

// maxCombos caps the joint assignments tried for one parent and its
// children.
const maxCombos = 4096

// hierarchy prunes candidates: a parent row equals the sum of its
// children in every column (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类).
func (s *solver) hierarchy(rows []*raw) {
	order, groups := s.families(rows)
	for range 6 {
		changed := false
		for _, parent := range order {
			if s.prune(parent, groups[parent]) {
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

// families groups the coded rows under their parents: the nearest
// ancestor printed (a 项 whose 款 row is left out adds up into its 类),
// and the total row for the 类 of a 功能分类 table. order lists the
// parents in print order.
func (s *solver) families(rows []*raw) (order []*raw, groups map[*raw][]*raw) {
	byCode := map[string]*raw{}
	var total *raw
	for _, r := range rows {
		if r.code != "" {
			if _, dup := byCode[r.code]; !dup {
				byCode[r.code] = r
			}
		}
		if r.named == "total" && total == nil {
			total = r
		}
	}
	groups = map[*raw][]*raw{}
	for _, r := range rows {
		if r.code == "" || byCode[r.code] != r {
			continue
		}
		var parent *raw
		for l := len(r.code) - 2; l >= 3 && parent == nil; l -= 2 {
			parent = byCode[r.code[:l]]
		}
		if parent == nil && len(r.code) == 3 && s.p.Key == profile.KeyFunction {
			parent = total
		}
		if parent == nil {
			continue
		}
		if _, ok := groups[parent]; !ok {
			order = append(order, parent)
		}
		groups[parent] = append(groups[parent], r)
	}
	return order, groups
}

// markBareRows marks ambiguous the coded rows that hold no figure while
// their family does not add up with them blank, in a table read without
// column positions: an extraction that drops empty cells may also have
// moved a row's figure away (pdftotext without -layout prints some at the
// top of the page, before the title), so such a blank is not known to be
// the report's. A blank that the sums confirm (a parent equal to its
// other children) stays a blank; rows whose cells are explicit are blank
// for certain.
func (s *solver) markBareRows(rows []*raw) {
	bare := func(r *raw) bool { return r.code != "" && !r.expl && len(r.allVals()) == 0 }
	if !slices.ContainsFunc(rows, bare) {
		return
	}
	order, groups := s.families(rows)
	for _, parent := range order {
		members := append([]*raw{parent}, groups[parent]...)
		if !slices.ContainsFunc(members, bare) || s.addsUp(parent, groups[parent]) {
			continue
		}
		for _, m := range members {
			if bare(m) {
				m.ambig = true
			}
		}
	}
}

// addsUp reports whether a parent's most likely figures equal the sum of
// its children's in every column, within rounding.
func (s *solver) addsUp(parent *raw, children []*raw) bool {
	cell := func(r *raw, c int) fiscal.Amount {
		if len(r.cands) == 0 {
			return fiscal.Amount{}
		}
		return r.cands[0].cells[c].OrZero()
	}
	tol := s.tol(len(children))
	for c := range s.p.Columns {
		var sum fiscal.Amount
		for _, ch := range children {
			sum, _ = sum.Add(cell(ch, c))
		}
		if !within(cell(parent, c), sum, tol) {
			return false
		}
	}
	return true
}

// prune keeps, for a parent and its children, the candidates that take
// part in some joint assignment where the parent is the children's sum in
// every column. It reports whether anything was removed.
func (s *solver) prune(parent *raw, children []*raw) bool {
	members := append([]*raw{parent}, children...)
	total := 1
	for _, m := range members {
		if len(m.cands) == 0 {
			return false
		}
		total *= len(m.cands)
		if total > maxCombos {
			return false
		}
	}
	if total == 1 {
		return false
	}
	n := len(s.p.Columns)
	tol := s.tol(len(children))
	used := make([][]bool, len(members))
	for i, m := range members {
		used[i] = make([]bool, len(m.cands))
	}
	idx := make([]int, len(members))
	found := false
	for {
		ok := true
		for c := 0; c < n && ok; c++ {
			var sum fiscal.Amount
			for i := 1; i < len(members); i++ {
				sum, _ = sum.Add(members[i].cands[idx[i]].cells[c].OrZero())
			}
			ok = within(parent.cands[idx[0]].cells[c].OrZero(), sum, tol)
		}
		if ok {
			found = true
			for i := range members {
				used[i][idx[i]] = true
			}
		}
		// next combination
		i := 0
		for i < len(members) {
			idx[i]++
			if idx[i] < len(members[i].cands) {
				break
			}
			idx[i] = 0
			i++
		}
		if i == len(members) {
			break
		}
	}
	if !found {
		return false
	}
	changed := false
	for i, m := range members {
		var keep []assign
		for j, a := range m.cands {
			if used[i][j] {
				keep = append(keep, a)
			}
		}
		if len(keep) < len(m.cands) {
			m.cands = keep
			changed = true
		}
	}
	return changed
}
