package layout

import (
	"github.com/cnfiscal/fiscal/classify"
)

// A nameSlot is a row whose name is to be put together from the pieces
// printed on its anchor line (the line of its code or label) and on the
// lines around it.
type nameSlot struct {
	line   int    // index of the anchor line
	inline string // the name printed on the anchor line
	want   string // the name the catalog gives the row's code, or ""
}

// A piece is the name text of a line without an anchor.
type piece struct {
	line int
	text string
}

// distribute gives the pieces between consecutive anchors to the row
// above or the row below. pdftotext prints a wrapped name around its code
// line (above, below, or both, as the cell centres its text), so each gap
// is split where the rows' names come out best: a name equal to the
// catalog's name for the code counts most, an empty name least; a piece
// prefers a row whose anchor line has no name, the nearer row, and a row
// on its side of a blank line. gaps[k] holds the pieces between anchor k
// and k+1; the last gap's pieces all go to the last row. It returns each
// row's name and the span of lines its pieces cover.
func distribute(slots []nameSlot, gaps [][]piece, blank func(a, b int) bool) (names []string, spans [][2]int) {
	n := len(slots)
	names = make([]string, n)
	spans = make([][2]int, n)
	if n == 0 {
		return names, spans
	}
	gap := func(k int) []piece {
		if k < 0 || k >= len(gaps) {
			return nil
		}
		return gaps[k]
	}
	pieceScore := func(k int, pc piece) int {
		d := pc.line - slots[k].line
		if d < 0 {
			d = -d
		}
		s := -d
		lo, hi := min(pc.line, slots[k].line), max(pc.line, slots[k].line)
		if blank(lo, hi) {
			s -= 10
		}
		if slots[k].inline == "" {
			s += 2
		}
		return s
	}
	assemble := func(k, a, b int) []string {
		var ps []string
		for _, pc := range gap(k - 1)[min(a, len(gap(k-1))):] {
			ps = append(ps, pc.text)
		}
		if slots[k].inline != "" {
			ps = append(ps, slots[k].inline)
		}
		for _, pc := range gap(k)[:min(b, len(gap(k)))] {
			ps = append(ps, pc.text)
		}
		return ps
	}
	score := func(k, a, b int) int {
		s := 0
		for _, pc := range gap(k - 1)[min(a, len(gap(k-1))):] {
			s += pieceScore(k, pc)
		}
		for _, pc := range gap(k)[:min(b, len(gap(k)))] {
			s += pieceScore(k, pc)
		}
		name := joinPieces(assemble(k, a, b))
		switch {
		case name == "":
			s -= 50
		case slots[k].want != "" && classify.NormalizeName(name) == classify.NormalizeName(slots[k].want):
			s += 20
		}
		return s
	}
	// A wrapped name takes a few lines: a long gap is split near its ends
	// only, which keeps the work linear.
	splits := func(g int) []int {
		var out []int
		for b := 0; b <= g; b++ {
			if b <= 4 || b >= g-4 {
				out = append(out, b)
			}
		}
		return out
	}
	const negInf = -1 << 40
	// dp[k][b]: best score of rows 0..k when row k takes the first b
	// pieces of gap k.
	dp := make([][]int, n)
	from := make([][]int, n)
	for k := 0; k < n; k++ {
		g := len(gap(k))
		dp[k] = make([]int, g+1)
		from[k] = make([]int, g+1)
		lo := 0
		if k == n-1 {
			lo = g // the last row takes everything after it
		}
		for b := range dp[k] {
			dp[k][b] = negInf
		}
		for _, b := range splits(g) {
			if b < lo {
				continue
			}
			if k == 0 {
				dp[k][b] = score(0, 0, b)
				continue
			}
			for _, a := range splits(len(gap(k - 1))) {
				if dp[k-1][a] == negInf {
					continue
				}
				if v := dp[k-1][a] + score(k, a, b); v > dp[k][b] {
					dp[k][b], from[k][b] = v, a
				}
			}
		}
	}
	b := len(gap(n - 1))
	split := make([]int, n)
	for k := n - 1; k >= 0; k-- {
		split[k] = b
		if k > 0 {
			b = from[k][b]
		}
	}
	for k := 0; k < n; k++ {
		a := 0
		if k > 0 {
			a = split[k-1]
		}
		names[k] = joinPieces(assemble(k, a, split[k]))
		lo, hi := slots[k].line, slots[k].line
		for _, pc := range gap(k - 1)[min(a, len(gap(k-1))):] {
			lo, hi = min(lo, pc.line), max(hi, pc.line)
		}
		for _, pc := range gap(k)[:min(split[k], len(gap(k)))] {
			lo, hi = min(lo, pc.line), max(hi, pc.line)
		}
		spans[k] = [2]int{lo, hi}
	}
	return names, spans
}
