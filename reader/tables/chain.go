package tables

import "github.com/cnfiscal/fiscal/reader/profile"

// placeFloats gives the lines of figures printed alone between rows to
// the rows around them. Each gap between two rows is split: the lines
// before the split go to the row above, the rest to the row below. The
// splits are chosen together (a row's figures depend on the gaps on both
// of its sides) to make as many rows as possible satisfy the identities;
// where they cannot tell, the way the gaps they decided went (up or down,
// at least three lines, all one way) decides the others, else in a table
// printed one cell a line (figuresFollow) the row above is preferred.
// Where two choices still fit equally, the rows on both sides of the gap
// are ambiguous.
// maxGapLines is the largest gap split line by line.
const maxGapLines = 8

func placeFloats(p *profile.Table, t *Table, rows []*raw, gaps [][]floating, figuresFollow bool) {
	n := len(rows)
	if n == 0 {
		for _, g := range gaps {
			for _, f := range g {
				t.Unread = append(t.Unread, f.line)
			}
		}
		return
	}
	blocks := func(fs []floating) [][]val {
		out := make([][]val, len(fs))
		for i, f := range fs {
			out[i] = f.vals
		}
		return out
	}
	// gaps[i] lies before rows[i]; gaps[n] after the last row.
	rows[0].before = append(rows[0].before, blocks(gaps[0])...)
	rows[n-1].after = append(rows[n-1].after, blocks(gaps[n])...)
	s := &solver{p: p, unit: t.Unit, decimals: 2}
	// splits[i] (1 ≤ i < n) is how many lines of gaps[i] go to rows[i-1].
	size := func(i int) int {
		if i <= 0 || i >= n {
			return 0
		}
		return len(gaps[i])
	}
	// A gap of many lines (a table printed as columns, not rows) is not
	// split line by line: its lines all go one way, and its rows are
	// ambiguous.
	splittable := func(i, v int) bool {
		return size(i) <= maxGapLines || v == 0 || v == size(i)
	}
	feasible := func(i, left, right int) bool {
		var before, after [][]val
		if i > 0 {
			before = blocks(gaps[i][left:])
		}
		if i < n-1 {
			after = blocks(gaps[i+1][:right])
		}
		return len(s.candidates(rows[i], before, after)) > 0
	}
	// lean: +1 prefers the row above (one cell a line), -1 the row
	// below, 0 neither.
	// The table's own style: where the identities decided a gap (a row
	// already full, a sum), did its figures go up or down? When every
	// decided line went the same way, at least three of them, the
	// undecided gaps go that way too; otherwise a table printed one cell
	// a line leans up.
	from, tied := chooseSplits(n, size, splittable, feasible, 0)
	up, down := 0, 0
	right := 0
	for i := n - 1; i >= 0; i-- {
		left := from[i+1][right]
		if i > 0 && !tied[i+1][right] && size(i) <= maxGapLines {
			up += left
			down += size(i) - left
		}
		right = left
	}
	lean := 0
	switch {
	case down >= 3 && up == 0:
		lean = -1
	case up >= 3 && down == 0, figuresFollow:
		lean = 1
	}
	if lean != 0 {
		from, tied = chooseSplits(n, size, splittable, feasible, lean)
	}
	// Walk back from the end (gaps[n] has one choice).
	right = 0
	for i := n - 1; i >= 0; i-- {
		left := from[i+1][right]
		if tied[i+1][right] || size(i) > maxGapLines || size(i+1) > maxGapLines {
			rows[i].ambig = true
			if i > 0 {
				rows[i-1].ambig = true
			}
		}
		if i > 0 {
			rows[i-1].after = append(rows[i-1].after, blocks(gaps[i][:left])...)
			rows[i].before = append(blocks(gaps[i][left:]), rows[i].before...)
		}
		right = left
	}
}

// chooseSplits chooses how each gap between rows is split (the dynamic
// programme of placeFloats): from[i][v] is the split of gaps[i-1] that
// leads to splits[i] = v, tied[i][v] whether another fits as well. lean
// +1 prefers giving lines to the row above, -1 to the row below.
func chooseSplits(n int, size func(int) int, splittable func(i, v int) bool, feasible func(i, left, right int) bool, lean int) (from [][]int, tied [][]bool) {
	const none = -1 << 30
	// best[i][v]: the best score of rows 0..i-1 with splits[i] = v.
	best := make([][]int, n+1)
	from = make([][]int, n+1)
	tied = make([][]bool, n+1)
	for i := range best {
		best[i] = make([]int, size(i)+1)
		from[i] = make([]int, size(i)+1)
		tied[i] = make([]bool, size(i)+1)
	}
	best[0][0] = 0
	for i := 0; i < n; i++ {
		for right := 0; right <= size(i+1); right++ {
			top, arg, tie := none, 0, false
			if !splittable(i+1, right) {
				best[i+1][right] = none
				continue
			}
			for left := 0; left <= size(i); left++ {
				if best[i][left] == none || !splittable(i, left) {
					continue
				}
				score := best[i][left]
				if feasible(i, left, right) {
					score += 1000
				}
				switch lean {
				case 1:
					score += right
				case -1:
					score += size(i+1) - right
				}
				switch {
				case score > top:
					top, arg, tie = score, left, false
				case score == top:
					tie = true
				}
			}
			best[i+1][right], from[i+1][right], tied[i+1][right] = top, arg, tie
		}
	}
	return from, tied
}
