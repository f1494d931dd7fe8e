package layout

import (
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// A cluster is a header cell rebuilt from the chunks that overlap in
// columns across the header lines ("本年收入合" over "计").
type cluster struct {
	x, end int
	parts  []chunk
}

func (c cluster) text() string {
	ps := slices.Clone(c.parts)
	slices.SortStableFunc(ps, func(a, b chunk) int {
		if a.i != b.i {
			return a.i - b.i
		}
		return a.x - b.x
	})
	var ss []string
	for _, p := range ps {
		ss = append(ss, p.text)
	}
	return joinPieces(ss)
}

// clusters groups header chunks whose column spans overlap.
func clusters(cs []chunk) []cluster {
	cs = slices.Clone(cs)
	slices.SortStableFunc(cs, func(a, b chunk) int { return a.x - b.x })
	var out []cluster
	for _, c := range cs {
		if n := len(out); n > 0 && c.x < out[n-1].end {
			out[n-1].parts = append(out[n-1].parts, c)
			out[n-1].end = max(out[n-1].end, c.end)
			continue
		}
		out = append(out, cluster{x: c.x, end: c.end, parts: []chunk{c}})
	}
	return out
}

// A colPos is a figure column located in a table: which side and column,
// its span in the header, and the header name matched.
type colPos struct {
	side   accounts.Side
	col    accounts.Column
	x, end int
	name   string // the candidate name the header matched
}

func (c colPos) center2() int { return c.x + c.end }

// wanted is a column a kind prints, with the names its header may carry,
// the standard one first.
type wanted struct {
	side  accounts.Side
	col   accounts.Column
	names []string
}

// wantedColumns lists the figure columns of a kind from left to right.
func wantedColumns(k accounts.TableKind) []wanted {
	w := func(s accounts.Side, c accounts.Column, names ...string) wanted { return wanted{s, c, names} }
	m := accounts.SideMain
	switch k {
	case accounts.KindSummary:
		return []wanted{w(accounts.SideIncome, accounts.ColAmount, "决算数", "金额"), w(accounts.SideExpenditure, accounts.ColAmount, "决算数", "金额")}
	case accounts.KindIncome:
		return []wanted{w(m, accounts.ColTotal, "本年收入合计", "合计", "小计"), w(m, accounts.ColAppropriation, "财政拨款收入", "财政拨款"),
			w(m, accounts.ColSuperior, "上级补助收入"), w(m, accounts.ColBusiness, "事业收入"), w(m, accounts.ColOperating, "经营收入"),
			w(m, accounts.ColAffiliated, "附属单位上缴收入"), w(m, accounts.ColOtherIncome, "其他收入")}
	case accounts.KindExpenditure:
		return []wanted{w(m, accounts.ColTotal, "本年支出合计", "合计", "小计"), w(m, accounts.ColBasic, "基本支出"), w(m, accounts.ColProject, "项目支出"),
			w(m, accounts.ColRemitted, "上缴上级支出"), w(m, accounts.ColOperatingExp, "经营支出"), w(m, accounts.ColSubsidiary, "对附属单位补助支出", "对附属单位补助")}
	case accounts.KindAppropriationSummary:
		e := accounts.SideExpenditure
		return []wanted{w(accounts.SideIncome, accounts.ColAmount, "决算数", "金额"), w(e, accounts.ColTotal, "合计", "小计"),
			w(e, accounts.ColGeneral, "一般公共预算财政拨款"), w(e, accounts.ColGovFund, "政府性基金预算财政拨款"),
			w(e, accounts.ColStateCapital, "国有资本经营预算财政拨款", "国有资本经营财政拨款")}
	case accounts.KindGeneralBudget:
		return []wanted{w(m, accounts.ColTotal, "合计", "小计"), w(m, accounts.ColBasic, "基本支出"), w(m, accounts.ColProject, "项目支出")}
	case accounts.KindBasicExpenditure:
		return []wanted{w(m, accounts.ColAmount, "决算数", "金额")}
	case accounts.KindGovFund, accounts.KindStateCapital:
		return []wanted{w(m, accounts.ColOpening, "年初结转和结余"), w(m, accounts.ColIncome, "本年收入"),
			w(m, accounts.ColExpenditure, "本年支出", "小计", "合计"), w(m, accounts.ColBasic, "基本支出"), w(m, accounts.ColProject, "项目支出"),
			w(m, accounts.ColClosing, "年末结转和结余")}
	}
	return nil
}

func normHeader(s string) string {
	return strings.NewReplacer("“", "", "”", "", "\"", "").Replace(classify.NormalizeName(s))
}

// matchColumns finds each wanted column among the header clusters, left to
// right: a cluster that reads exactly one of the column's names wins over
// one that contains it, and a sub-column's name (小计) over its group's
// (本年支出) when both are printed. It returns the columns found and the
// wanted columns not found.
func matchColumns(k accounts.TableKind, cls []cluster) (found []colPos, missing []wanted) {
	texts := make([]string, len(cls))
	for i, c := range cls {
		texts[i] = normHeader(c.text())
	}
	used := make([]bool, len(cls))
	from := 0
	for _, w := range wantedColumns(k) {
		best, bestScore, bestName := -1, 0, ""
		for i := from; i < len(cls); i++ {
			if used[i] {
				continue
			}
			for j, name := range w.names {
				n := normHeader(name)
				score := 0
				switch {
				case texts[i] == n:
					score = 1000 - j*10
				case strings.Contains(texts[i], n):
					score = 500 - j*10 - (len(texts[i]) - len(n))
				}
				if w.col == accounts.ColExpenditure && j == 0 && score >= 1000 {
					// 本年支出 is the group over 小计/合计, 基本支出, 项目支出:
					// its own sub-column wins when printed.
					score = 900
				}
				if score > bestScore {
					best, bestScore, bestName = i, score, name
				}
			}
		}
		if best < 0 {
			missing = append(missing, w)
			continue
		}
		used[best] = true
		from = best + 1
		found = append(found, colPos{side: w.side, col: w.col, x: cls[best].x, end: cls[best].end, name: bestName})
	}
	return found, missing
}

// assign places figures (sorted by column) in columns (sorted by
// position), keeping their order and minimising the distance between each
// figure's centre and its column's: a figure of a page printed narrower
// than the header's still lands in order. It returns, for each figure, the
// index of its column or -1 when there are more figures than columns.
func assign(figs []chunk, cols []colPos) []int {
	refs := make([]int, len(cols))
	for j, c := range cols {
		refs[j] = c.center2()
	}
	idx, _ := assignRefs(figs, refs, nil)
	return idx
}

// assignRefs is [assign] against reference positions (doubled centres);
// ban[k] = j forbids figure k from column j (-1: no ban). It returns the
// assignment and its cost.
func assignRefs(figs []chunk, refs []int, ban []int) ([]int, int) {
	n, m := len(figs), len(refs)
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	if n == 0 || m == 0 {
		return out, 0
	}
	const skip = 1 << 20
	const inf = 1 << 40
	cost := func(i, j int) int {
		if ban != nil && ban[i] == j {
			return inf
		}
		d := figs[i].center2() - refs[j]
		if d < 0 {
			d = -d
		}
		return d
	}
	// f[i][j]: least cost of placing the first i figures in the first j
	// columns; a figure may be skipped at a high cost.
	f := make([][]int, n+1)
	for i := range f {
		f[i] = make([]int, m+1)
	}
	for i := 1; i <= n; i++ {
		f[i][0] = f[i-1][0] + skip
		for j := 1; j <= m; j++ {
			f[i][j] = min(f[i][j-1], f[i-1][j-1]+cost(i-1, j-1), f[i-1][j]+skip)
		}
	}
	for i, j := n, m; i > 0; {
		switch {
		case j > 0 && f[i][j] == f[i][j-1]:
			j--
		case j > 0 && f[i][j] == f[i-1][j-1]+cost(i-1, j-1):
			out[i-1] = j - 1
			i, j = i-1, j-1
		default:
			i--
		}
	}
	return out, f[n][m]
}

// figLine is a line's figures and where they were placed.
type figLine struct {
	i    int
	figs []chunk
	idx  []int
	sure bool
}

// place assigns the figures of a table's lines to its columns. A line
// whose figures fill every column is placed for sure; when a table has
// such lines, the other lines are placed against the figures of the
// nearest sure lines, which pdftotext aligns with theirs even where it
// squeezes the header text ("基本支出 项目支出"); otherwise the header's
// positions place first, and a line is sure when its second-best
// placement costs at least two columns more. Lines placed for sure lend
// their positions to their neighbours until nothing changes.
func place(lines []figLine, cols []colPos) {
	header := make([]int, len(cols))
	for j, c := range cols {
		header[j] = c.center2()
	}
	const clear = 4 // two columns, doubled
	assignSure := func(l *figLine, refs []int) bool {
		var best int
		l.idx, best = assignRefs(l.figs, refs, nil)
		margin := 1 << 40
		for f, j := range l.idx {
			if j < 0 {
				continue
			}
			ban := make([]int, len(l.figs))
			for b := range ban {
				ban[b] = -1
			}
			ban[f] = j
			_, c := assignRefs(l.figs, refs, ban)
			margin = min(margin, c-best)
		}
		return margin >= clear
	}
	forced := false
	for k := range lines {
		l := &lines[k]
		l.idx, _ = assignRefs(l.figs, header, nil)
		if len(cols) > 1 && len(l.figs) == len(cols) {
			l.sure, forced = true, true
		}
	}
	if !forced {
		for k := range lines {
			lines[k].sure = assignSure(&lines[k], header)
		}
	}
	local := func(l *figLine) []int {
		refs := slices.Clone(header)
		dist := make([]int, len(cols))
		for j := range dist {
			dist[j] = -1
		}
		for _, o := range lines {
			if !o.sure {
				continue
			}
			d := abs(o.i - l.i)
			for f, j := range o.idx {
				if j >= 0 && (dist[j] < 0 || d < dist[j]) {
					dist[j], refs[j] = d, o.figs[f].center2()
				}
			}
		}
		return refs
	}
	for round := 0; round < 8; round++ {
		var newly []int
		for k := range lines {
			l := &lines[k]
			if l.sure {
				continue
			}
			if assignSure(l, local(l)) {
				newly = append(newly, k)
			}
		}
		if len(newly) == 0 {
			break
		}
		for _, k := range newly {
			lines[k].sure = true
		}
	}
}
