package parse

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/cnfiscal/fiscal"
)

// oneDefect makes one error of the errors one wrong printed figure gives
// (issue 11: one finding per defect). A mistyped cell fails every check
// that reads it: its row's columns, its parent's sum, the same figure in
// another table, the narrative that repeats it; each finding lists the
// cells its check read (fiscal.Finding's Cells) and differs from what was
// printed by the same amount.
//
// Among the errors, the cell read by the most of them (at least two),
// every one of which differs by the same amount (within their rounding
// allowances), and which is the figure judged (the first of its cells) by
// at least one of them, is taken as the defect: that finding stays an
// error and says which other checks fail with it and the figure that
// satisfies them all; the others become info and say whose defect they
// are (every check that failed stays in the output). Two cells read by as
// many such errors are left as they are: the figures cannot tell which is
// wrong. A narrative figure that agrees with a total's parts while the
// total disagrees is read by one error (its own), the total by two: the
// total is the defect.
func oneDefect(fs []fiscal.Finding) []fiscal.Finding {
	type cand struct {
		i    int
		diff decimal.Decimal // |difference| in 元
		tol  decimal.Decimal // the tolerance in 元
	}
	var cs []cand
	for i := range fs {
		f := &fs[i]
		if f.Severity != fiscal.SeverityError || f.WithinRounding || len(f.Cells) == 0 {
			continue
		}
		d, ok1 := inYuan(f.Difference, f.Unit)
		t, ok2 := inYuan(f.Tolerance, f.Unit)
		if !ok1 || !ok2 {
			continue
		}
		cs = append(cs, cand{i: i, diff: d.Abs(), tol: t})
	}
	if len(cs) < 2 {
		return fs
	}
	excluded := map[fiscal.Where]bool{}
	for len(cs) >= 2 {
		// The errors reading each cell, cells in the order first read.
		var order []fiscal.Where
		by := map[fiscal.Where][]int{} // indices into cs
		for k, c := range cs {
			for j, w := range fs[c.i].Cells {
				if excluded[w] || containsWhere(fs[c.i].Cells[:j], w) {
					continue
				}
				if _, ok := by[w]; !ok {
					order = append(order, w)
				}
				by[w] = append(by[w], k)
			}
		}
		type group struct {
			cell    fiscal.Where
			members []int // into cs
			rep     int   // into cs
		}
		var best []group
		for _, w := range order {
			ms := by[w]
			if len(ms) < 2 || len(best) > 0 && len(ms) < len(best[0].members) {
				continue
			}
			// The error that judges the cell itself and reads the most
			// cells (a sum over its parts says more than one figure
			// against another), the first by rule and place on a tie.
			rep := -1
			for _, m := range ms {
				f := &fs[cs[m].i]
				if f.Cells[0] != w {
					continue
				}
				if rep < 0 {
					rep = m
					continue
				}
				r := &fs[cs[rep].i]
				if len(f.Cells) > len(r.Cells) || len(f.Cells) == len(r.Cells) && f.Rule+" "+f.Where.String() < r.Rule+" "+r.Where.String() {
					rep = m
				}
			}
			if rep < 0 {
				continue
			}
			same := true
			r := &fs[cs[rep].i]
			for _, m := range ms {
				f := &fs[cs[m].i]
				allow := cs[m].tol.Add(cs[rep].tol)
				if cs[m].diff.Sub(cs[rep].diff).Abs().GreaterThan(allow) {
					same = false
					break
				}
				// Each finding judging the cell itself finds it off the same
				// way (printed 100 where one check wants 90 and another 110
				// is no single figure).
				if f.Cells[0] == w && (f.Actual.String() != r.Actual.String() || f.Expected.String() != r.Expected.String()) {
					same = false
					break
				}
			}
			if !same {
				continue
			}
			g := group{cell: w, members: ms, rep: rep}
			if len(best) > 0 && len(ms) > len(best[0].members) {
				best = best[:0]
			}
			best = append(best, g)
		}
		if len(best) == 0 {
			break
		}
		if len(best) > 1 {
			// A tie: which figure is wrong cannot be told.
			for _, g := range best {
				excluded[g.cell] = true
			}
			continue
		}
		g := best[0]
		rep := &fs[cs[g.rep].i]
		var also []string
		for _, m := range g.members {
			if m == g.rep {
				continue
			}
			f := &fs[cs[m].i]
			// The rule and its line: the message stays within what a
			// finding prints (fiscal.MaxMessage); each is a finding of its own.
			a := f.Rule
			if f.Where.Line > 0 {
				a += " (line " + strconv.Itoa(f.Where.Line) + ")"
			}
			also = append(also, a)
			f.Severity = fiscal.SeverityInfo
			f.Message += " (the same defect as " + rep.Rule + ": " + cellName(g.cell) + " printed " + rep.Actual.String() +
				" where " + rep.Expected.String() + " satisfies the checks)"
		}
		rep.Message += "; one defect: the cell printed " + rep.Actual.String() + ", " + rep.Expected.String() +
			" satisfies every check that reads it; it also fails " + strings.Join(also, ", ")
		// The group's findings leave the candidates.
		in := map[int]bool{}
		for _, m := range g.members {
			in[m] = true
		}
		rest := cs[:0]
		for k, c := range cs {
			if !in[k] {
				rest = append(rest, c)
			}
		}
		cs = rest
	}
	return fs
}

// inYuan returns a figure of a finding in 元 (its unit 元 or 万元).
func inYuan(f fiscal.Figure, unit string) (decimal.Decimal, bool) {
	d, ok := f.Decimal()
	if !ok {
		return decimal.Decimal{}, false
	}
	switch unit {
	case "元":
		return d, true
	case "万元":
		return d.Shift(4), true
	}
	return decimal.Decimal{}, false
}

func containsWhere(ws []fiscal.Where, w fiscal.Where) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// cellName names a cell briefly: its table, row and column (or the
// narrative's subject), with its line.
func cellName(w fiscal.Where) string {
	w.Text = ""
	if w.Table != "" {
		w.Part = ""
	}
	s := w.String()
	if w.Line > 0 && !strings.Contains(s, "(line") {
		s += " (line " + strconv.Itoa(w.Line) + ")"
	}
	return s
}
