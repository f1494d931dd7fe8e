package narrative

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/perf"
)

// summaryRE finds the head of a project summary: "1、2023-2024年度招商引资
// 工作经费项目绩效自评综述：".
var summaryRE = guard(`^(?:[0-9０-９]+[、.．]\s*)?(.+?)绩效自评(?:综述|情况|结果)[：:]`, hasSummaryHead)

// hasSummaryHead reports whether s holds 绩效自评 followed by 综述, 情况
// or 结果 and a colon, as every match of summaryRE does. The expression's
// lazy name is tried at every length otherwise, on every line.
func hasSummaryHead(s string) bool {
	for {
		j := strings.Index(s, "绩效自评")
		if j < 0 {
			return false
		}
		s = s[j+len("绩效自评"):]
		for _, w := range [...]string{"综述", "情况", "结果"} {
			if r, ok := strings.CutPrefix(s, w); ok && (strings.HasPrefix(r, "：") || strings.HasPrefix(r, ":")) {
				return true
			}
		}
	}
}

// summaryName returns the project name of a summary paragraph.
func summaryName(p string) (string, bool) {
	m := summaryRE.FindStringSubmatch(p)
	if m == nil {
		return "", false
	}
	n := strings.TrimSuffix(trimText(m[1]), "项目支出")
	n = strings.TrimSuffix(n, "项目")
	if n == "" || utf8.RuneCountInString(n) > maxProjectName {
		return "", false
	}
	return n, true
}

// Bounds on project summaries: no project name is longer, no report has
// more.
const (
	maxProjectName = 100
	maxSummaries   = 1000
)

// matchProjects pairs the project summaries (their names, in order) with
// the self-evaluation forms: each pair scored by the similarity of the
// summary's name with the form's 项目名称, title and heading; the best
// pairs are taken first, each form once, ties going to the form in the
// same position. It returns the form index of each summary, or −1.
func matchProjects(names []string, forms []perf.ProjectForm) []int {
	out := make([]int, len(names))
	for i := range out {
		out[i] = -1
	}
	type pair struct {
		s, f  int
		score int
	}
	keys := make([][][]rune, len(forms))
	counts := make([][][]bucketCount, len(forms)) // each key's runes counted, for the bound
	var tab bucketTable
	for j, f := range forms {
		var seen [3]string
		for x, k := range []string{f.Project, formStem(f.Title), formStem(stripNumbering(f.Heading))} {
			// A key equal to one before it scores the same: it is
			// compared once (the three are often the same name).
			seen[x] = projectKey(k)
			if slices.Contains(seen[:x], seen[x]) {
				continue
			}
			r := []rune(seen[x])
			keys[j] = append(keys[j], r)
			counts[j] = append(counts[j], tab.counts(r))
		}
	}
	var lcs lcsBuffer
	var pairs []pair
	for i, n := range names {
		k := []rune(projectKey(n))
		tab.add(k, 1)
		for j := range forms {
			best := 0
			for x, fk := range keys[j] {
				// The LCS is at most the runes the names share: a key
				// that cannot reach the threshold or the best so far is
				// not compared.
				if b := tab.bound(k, fk, counts[j][x]); b < 600 || b <= best {
					continue
				}
				best = max(best, lcs.similarity(k, fk))
			}
			if best >= 600 {
				pairs = append(pairs, pair{i, j, best})
			}
		}
		tab.add(k, -1)
	}
	sort.SliceStable(pairs, func(a, b int) bool {
		if pairs[a].score != pairs[b].score {
			return pairs[a].score > pairs[b].score
		}
		return abs(pairs[a].s-pairs[a].f) < abs(pairs[b].s-pairs[b].f)
	})
	taken := make([]bool, len(forms))
	for _, p := range pairs {
		if out[p.s] < 0 && !taken[p.f] {
			out[p.s], taken[p.f] = p.f, true
		}
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// formStem is a form's title or heading without "项目绩效自评表".
func formStem(s string) string {
	s = strings.Join(strings.Fields(s), "")
	for _, suf := range []string{"项目支出绩效自评表", "项目绩效自评表", "绩效自评表", "自评表"} {
		if t, ok := strings.CutSuffix(s, suf); ok {
			s = t
			break
		}
	}
	return strings.TrimSuffix(s, "项目")
}

// projectKey folds a project name: 年度 is 年, no spaces or quotes.
func projectKey(s string) string {
	s = foldName(s)
	s = strings.ReplaceAll(s, "年度", "年")
	return s
}

// bucketTable counts the runes of a name by bucket (the rune's low bits),
// for a bound of the runes two names share that costs a look-up per rune
// of one of them: summed over buckets, the smaller count is at least what
// the names share of the runes in it, so the bound is never below
// the merge of the sorted runes, similarityBound in guards_test.go
// (TestBucketBound).
type bucketTable [1 << 12]uint8

// bucketCount is a bucket and how many runes of a key fall in it.
type bucketCount struct {
	bucket uint16
	n      uint8
}

func bucketOf(r rune) int { return int(r) & (len(bucketTable{}) - 1) }

// add adds d to the counts of r's runes (d −1 takes them away again).
// Names longer than the bound reads (2·maxProjectName runes) are not
// counted, so that no count passes 255.
func (t *bucketTable) add(r []rune, d int) {
	if len(r) > 2*maxProjectName {
		return
	}
	for _, c := range r {
		t[bucketOf(c)] += uint8(d)
	}
}

// counts returns the buckets of r's runes with their counts, leaving the
// table as it found it (empty).
func (t *bucketTable) counts(r []rune) []bucketCount {
	if len(r) > 2*maxProjectName {
		return nil
	}
	t.add(r, 1)
	var out []bucketCount
	for _, c := range r {
		if b := bucketOf(c); t[b] > 0 {
			out = append(out, bucketCount{uint16(b), t[b]})
			t[b] = 0
		}
	}
	return out
}

// bound is at least the similarity of a and b by the runes they share, a's runes being
// counted in t and bc being b's counts: 0 where similarity is 0 for the
// lengths.
func (t *bucketTable) bound(a, b []rune, bc []bucketCount) int {
	if len(a) == 0 || len(b) == 0 || len(a) > 2*maxProjectName || len(b) > 2*maxProjectName {
		return 0
	}
	common := 0
	for _, c := range bc {
		common += int(min(t[c.bucket], c.n))
	}
	return 2000 * common / (len(a) + len(b))
}

// lcsBuffer holds the rows of the longest-common-subsequence table.
type lcsBuffer struct{ prev, cur []int }

// similarity is 2·LCS/(|a|+|b|) over runes, in thousandths: 1000 for
// equal names.
func (l *lcsBuffer) similarity(a, b []rune) int {
	if len(a) == 0 || len(b) == 0 || len(a) > 2*maxProjectName || len(b) > 2*maxProjectName {
		return 0
	}
	if slices.Equal(a, b) {
		return 1000
	}
	if cap(l.prev) < len(b)+1 {
		l.prev, l.cur = make([]int, len(b)+1), make([]int, len(b)+1)
	}
	prev, cur := l.prev[:len(b)+1], l.cur[:len(b)+1]
	clear(prev)
	clear(cur)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return 2000 * prev[len(b)] / (len(a) + len(b))
}

// projectForms returns the document's project forms, or nil.
func projectForms(doc *disclosure.Document) []perf.ProjectForm {
	if doc == nil || doc.Performance == nil {
		return nil
	}
	return doc.Performance.Projects
}
