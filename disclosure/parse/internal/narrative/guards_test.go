package narrative

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/perf"
)

// guardTokens are the pieces random texts are made of for an expression:
// its runs of ideographs, each of its ideographs alone, digits, the
// punctuation it names, and text it does not name.
func guardTokens(expr string) []string {
	tokens := []string{"1", "2024", "３", "，", ",", "：", ":", "（", "）", "(", ")", "、", ".", " ", "\u3000", "的", "经费", "万元", "%", "\xff"}
	var run []rune
	flush := func() {
		if len(run) > 0 {
			tokens = append(tokens, string(run))
			run = run[:0]
		}
	}
	for _, r := range expr {
		if unicode.Is(unicode.Han, r) {
			run = append(run, r)
			tokens = append(tokens, string(r))
			continue
		}
		flush()
	}
	flush()
	return tokens
}

// TestGuardsAgree checks every guarded expression of the package against
// the expression alone, on random texts made of its own words: each method
// the extractor calls answers the same.
func TestGuardsAgree(t *testing.T) {
	all := map[string]guardedRE{
		"changeRE": changeRE, "growthRE": growthRE, "budgetRE": budgetRE, "actualRE": actualRE,
		"completionRE": completionRE, "baseRE": baseRE, "budgetBaseRE": budgetBaseRE, "lastYearRE": lastYearRE,
		"budgetWordRE": budgetWordRE, "scoreRE": scoreRE, "floorRE": floorRE, "perfBudgetRE": perfBudgetRE,
		"predRE": predRE, "yearRE": yearRE, "leadJunkRE": leadJunkRE, "thresholdRE": thresholdRE,
		"summaryRE": summaryRE, "compareRE": compareRE,
		"connectorRE": connectorRE, "markerRE": markerRE, "numberingRE": numberingRE, "usedForRE": usedForRE,
		"partRE": partRE, "headingPrefixRE": headingPrefixRE,
	}
	// Whole matches of the expressions that random pieces rarely spell.
	extra := map[string][]string{
		"summaryRE":       {"绩效自评综述：", "绩效自评情况:", "1、", "项目"},
		"yearRE":          {"2024年", "２０２３年度", "截至2024年12月", "2023"},
		"markerRE":        {"（类）", "(款)", "（项）"},
		"numberingRE":     {"1、", "（一）", "(2)", "三、", "１２．"},
		"partRE":          {"第一部分", "第十二部分"},
		"headingPrefixRE": {"一、", "（二）", "收入支出决算总体情况", "情况说明", "部门"},
		"compareRE":       {"决算数大于年初预算", "支出决算与预算基本持平", "决算与全年预算数一致"},
	}
	rng := rand.New(rand.NewPCG(15, 7))
	for name, g := range all {
		tokens := append(guardTokens(g.re.String()), extra[name]...)
		matched := 0
		for range 15_000 {
			var b strings.Builder
			n := rng.IntN(12)
			if rng.IntN(3) == 0 {
				n += rng.IntN(60) // longer than any anchored match: the window is cut
			}
			for range n {
				b.WriteString(tokens[rng.IntN(len(tokens))])
			}
			s := b.String()
			want := g.re.FindStringSubmatchIndex(s)
			if want != nil {
				matched++
			}
			require.Equal(t, want, g.FindStringSubmatchIndex(s), "%s %q", name, s)
			require.Equal(t, g.re.MatchString(s), g.MatchString(s), "%s %q", name, s)
			require.Equal(t, g.re.FindStringIndex(s), g.FindStringIndex(s), "%s %q", name, s)
			require.Equal(t, g.re.FindStringSubmatch(s), g.FindStringSubmatch(s), "%s %q", name, s)
			require.Equal(t, g.re.FindAllStringSubmatchIndex(s, -1), g.FindAllStringSubmatchIndex(s, -1), "%s %q", name, s)
			require.Equal(t, g.re.ReplaceAllString(s, ""), g.ReplaceAllString(s, ""), "%s %q", name, s)
		}
		t.Logf("%s: %d of 15000 random texts match", name, matched)
		require.Greater(t, matched, 50, "%s: too few random texts match to test the guard", name)
	}
}

// TestGuardShapes checks what guard reads from an expression: which are
// anchored, and the longest match of those anchored at the end.
func TestGuardShapes(t *testing.T) {
	tests := []struct {
		name       string
		g          guardedRE
		tail       int
		begin, end bool
	}{
		{"predRE", predRE, len("分别为"), false, true},
		{"changeRE", changeRE, len("各增加了"), false, true},
		{"completionRE", completionRE, len("完成了调整后的预算数的"), false, true},
		{"floorRE", floorRE, len("不少于"), false, true},
		{"priorFigureRE", priorFigureRE, len("由０１２３年度预算执行数的为"), false, true},
		{"numberingRE", numberingRE, 0, true, false},
		{"summaryRE", summaryRE, 0, true, false},
		{"baseRE", baseRE, 0, false, false},
		{"markerRE", markerRE, 0, false, false},
		{"anchored at both ends", guard(`^(?:年初|全年)$`, func(string) bool { return true }), len("年初"), true, true},
		{"no bound", guard(`预算.*$`, func(string) bool { return true }), 0, false, true},
		{"a line's end", guard(`(?m)预算$`, func(string) bool { return true }), 0, false, false},
		{"ASCII and a class", guard(`(?:ab|[a-c０-９]{2})$`, func(string) bool { return true }), 6, false, true},
	}
	for _, tt := range tests {
		require.Equal(t, tt.tail, tt.g.tail, tt.name)
		require.Equal(t, tt.begin, tt.g.begin, tt.name)
		require.Equal(t, tt.end, tt.g.end, tt.name)
	}
}

// TestTrimText compares trimText with strings.Trim on random texts of
// blanks, ideographs, cut and invalid bytes.
func TestTrimText(t *testing.T) {
	pieces := []string{" ", "\t", "\r", "\n", "\u3000", "\u00a0", "经费", "1", "\xe3", "\xe3\x80", "\xc2", "\xa0", "\x80", "\xff", "　"}
	rng := rand.New(rand.NewPCG(15, 65))
	trimmed := 0
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := strings.Trim(s, " \t\r\n\u3000\u00a0")
		if want != s {
			trimmed++
		}
		require.Equal(t, want, trimText(s), "%q", s)
	}
	require.Greater(t, trimmed, 30_000)
}

// ownedByUnitUnguarded is ownedByUnit as it was written with its first
// guard: the expressions run on any text holding one of a few characters.
func (x *extractor) ownedByUnitUnguarded(window string) bool {
	if !strings.Contains(window, "级") && !strings.Contains(window, "属") && !strings.Contains(window, "中心") &&
		!strings.ContainsAny(window, "站院馆队所") {
		return false
	}
	if unitOwnerRE.MatchString(window) {
		return true
	}
	if x.doc == nil || x.doc.Department == "" {
		return false
	}
	for _, m := range unitNameRE.FindAllStringSubmatch(window, -1) {
		name := m[1]
		if !strings.Contains(x.doc.Department, name) && !strings.Contains(name, x.doc.Department) && !strings.HasPrefix(name, "本") {
			return true
		}
	}
	return false
}

// TestUnitGuards checks mayOwnUnit and mayNameUnit against unitOwnerRE
// and unitNameRE, and ownedByUnit against its unguarded form, on random
// texts of unit words, their followers, department names and cut bytes.
func TestUnitGuards(t *testing.T) {
	pieces := []string{"本级", "所属", "下属", "二级", "行政", "事业", "单位", "机构", "中心", "站", "院", "馆", "队", "所", "心", "中",
		"本年", "年度", "全年", "收入", "支出", "决算", "）", ")", "1", "区国库收付", "财政局", "本", "级", "属", "，", "\xe5\xbf", "\xe6"}
	docs := []*disclosure.Document{nil, {}, {Department: "区财政局"}, {Department: "区国库收付中心"}}
	rng := rand.New(rand.NewPCG(15, 73))
	owners, names, owned := 0, 0, 0
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if unitOwnerRE.MatchString(s) {
			owners++
			require.True(t, mayOwnUnit(s), "%q", s)
		}
		if unitNameRE.MatchString(s) {
			names++
			require.True(t, mayNameUnit(s), "%q", s)
		}
		x := &extractor{doc: docs[rng.IntN(len(docs))]}
		want := x.ownedByUnitUnguarded(withoutScope(s, true))
		if want {
			owned++
		}
		require.Equal(t, want, x.ownedByUnit(s, true), "%q", s)
	}
	require.Greater(t, owners, 5000)
	require.Greater(t, names, 5000)
	require.Greater(t, owned, 10_000)
}

// sortedRunes returns a copy of r in order.
func sortedRunes(r []rune) []rune {
	s := slices.Clone(r)
	slices.Sort(s)
	return s
}

// similarityBound, the bound matchProjects used before bucketTable, is an
// upper bound of lcsBuffer.similarity for two texts
// given as their runes in order: the similarity with the LCS replaced by
// the number of runes they share (counted with repeats), which no common
// subsequence exceeds. It is 0 where similarity is 0 for the lengths.
func similarityBound(a, b []rune) int {
	if len(a) == 0 || len(b) == 0 || len(a) > 2*maxProjectName || len(b) > 2*maxProjectName {
		return 0
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2000 * common / (len(a) + len(b))
}

// TestSimilarityBound checks that similarityBound never falls below the
// similarity it bounds (matchProjects skips a key on the bound alone), on
// random names over a small alphabet, where runes repeat.
func TestSimilarityBound(t *testing.T) {
	alphabet := []rune("项目经费年度工作专项资金1２")
	rng := rand.New(rand.NewPCG(15, 8))
	var lcs lcsBuffer
	name := func() []rune {
		r := make([]rune, rng.IntN(25))
		for i := range r {
			r[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return r
	}
	tight := 0
	for range 100_000 {
		a, b := name(), name()
		sim, bound := lcs.similarity(a, b), similarityBound(sortedRunes(a), sortedRunes(b))
		require.LessOrEqual(t, sim, bound, "%q %q", string(a), string(b))
		if sim == bound && sim > 0 {
			tight++
		}
	}
	require.Greater(t, tight, 1000, "the bound is never reached: the test says little")
}

// TestBucketBound checks that the bucket bound is never below
// similarityBound (so never below the similarity: matchProjects skips a
// key on it alone), on random names over a small alphabet and over runes
// that share buckets, and that the table is left empty.
func TestBucketBound(t *testing.T) {
	alphabets := [][]rune{[]rune("项目经费年度工作专项资金1２"), {'a', 'a' + 4096, 'a' + 8192, '项', '项' + 4096, '经'}}
	rng := rand.New(rand.NewPCG(15, 74))
	var tab bucketTable
	tight := 0
	for range 100_000 {
		alphabet := alphabets[rng.IntN(len(alphabets))]
		name := func() []rune {
			r := make([]rune, rng.IntN(25))
			for i := range r {
				r[i] = alphabet[rng.IntN(len(alphabet))]
			}
			return r
		}
		a, b := name(), name()
		bc := tab.counts(b)
		tab.add(a, 1)
		got, exact := tab.bound(a, b, bc), similarityBound(sortedRunes(a), sortedRunes(b))
		tab.add(a, -1)
		require.GreaterOrEqual(t, got, exact, "%q %q", string(a), string(b))
		if got == exact && got > 0 {
			tight++
		}
	}
	require.Equal(t, bucketTable{}, tab)
	require.Greater(t, tight, 50_000)
}

// TestFindFigures checks findFigures against figureRE's own search on
// random sentences of figures, units, separators and words.
func TestFindFigures(t *testing.T) {
	pieces := []string{"1", "23", "456", "7", "０", "９", "１２", ",", ",000", "，", ".", "．", ".5", " ", "\u3000",
		"万元", "亿元", "万", "元", "%", "％", "个", "人次", "批次", "辆", "台（套）", "台(套)", "台", "套", "人", "次", "分",
		"支出", "增长", "（", "a", "\xef\xbc", "\xff"}
	rng := rand.New(rand.NewPCG(15, 9))
	found := 0
	for range 60_000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := figureRE.FindAllStringSubmatchIndex(s, -1)
		found += len(want)
		require.Equal(t, want, findFigures(s), "%q", s)
	}
	require.Greater(t, found, 10_000)
}

// TestUnitInitials checks that unitInitials holds the first character of
// every unit figureRE knows.
func TestUnitInitials(t *testing.T) {
	for _, u := range []string{"万元", "亿元", "万", "元", "%", "％", "个", "人次", "批次", "辆", "台（套）", "台(套)", "台", "套", "人", "次", "分"} {
		require.True(t, beginsUnit(u), u)
		require.Contains(t, figureRE.String(), u[:len(string([]rune(u)[0]))])
	}
}

// mayHaveAlternativeRunes is mayHaveAlternative as it was written first:
// each bracket found by IndexAny, the rune after it decoded.
func mayHaveAlternativeRunes(s string) bool {
	for {
		i := strings.IndexAny(s, "（(")
		if i < 0 {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
		if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune("增减下上降", r) {
			return true
		}
	}
}

// TestAlternativeGuard checks mayHaveAlternative against alternativeRE on
// random sentences of direction words, brackets and other words.
func TestAlternativeGuard(t *testing.T) {
	pieces := []string{"增加", "减少", "增长", "下降", "上升", "降低", "（", "）", "(", ")", "万元", "支出", "较上年", "\xff", "增",
		"上", "降", "\xe5\xa2", "（（"}
	rng := rand.New(rand.NewPCG(15, 27))
	matched := 0
	for range 150_000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if alternativeRE.MatchString(s) {
			matched++
			require.True(t, mayHaveAlternative(s), "%q", s)
		}
		require.Equal(t, alternativeRE.MatchString(s), hasAlternatives(s), "%q", s)
		require.Equal(t, mayHaveAlternativeRunes(s), mayHaveAlternative(s), "%q", s)
	}
	require.Greater(t, matched, 200)
}

// expandListsUnguarded is expandLists as it was before mayHaveList
// guarded it: the expression on every sentence holding a separator.
func expandListsUnguarded(s string) string {
	if !strings.ContainsAny(s, "、，,和及与") {
		return s
	}
	for range 8 {
		t := listRE.ReplaceAllStringFunc(s, func(m string) string {
			g := listRE.FindStringSubmatch(m)
			if g[2] == "," && !strings.Contains(g[1], ".") {
				return m
			}
			return g[1] + g[4] + g[2] + g[3] + g[4]
		})
		if t == s {
			break
		}
		s = t
	}
	return s
}

// TestListGuard checks mayHaveList against listRE, and expandLists
// against its unguarded form, on random sentences of numbers, separators,
// units and words.
func TestListGuard(t *testing.T) {
	pieces := []string{"1", "23", "2995.39", ",", ",000", ".", ".5", "、", "，", "和", "及", "与", "万元", "亿元", "元", "%", "％",
		"万", "支出", "分别为", "各", " ", "３", "\xff", "\xe3\x80"}
	rng := rand.New(rand.NewPCG(15, 61))
	matched, changed := 0, 0
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if listRE.MatchString(s) {
			matched++
			require.True(t, mayHaveList(s), "%q", s)
		}
		want := expandListsUnguarded(s)
		if want != s {
			changed++
		}
		require.Equal(t, want, expandLists(s), "%q", s)
	}
	t.Logf("%d of 100000 match, %d are changed", matched, changed)
	require.Greater(t, matched, 500)
	require.Greater(t, changed, 200)
}

// TestMarkerAndSummaryGuards checks hasMarker and hasSummaryHead against
// their expressions on random texts of brackets, markers, colons and
// words (TestGuardsAgree compares the guarded expressions as a whole).
func TestMarkerAndSummaryGuards(t *testing.T) {
	pieces := []string{"（", "）", "(", ")", "类", "款", "项", "项目", "绩效自评", "综述", "情况", "结果", "：", ":", "1、", "经费", "\xff", "\xef\xbc",
		"（类）", "(款)", "（项)", "绩效自评情况："}
	rng := rand.New(rand.NewPCG(15, 62))
	markers, summaries := 0, 0
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		m := markerRE.re.MatchString(s)
		require.Equal(t, m, hasMarker(s), "%q", s)
		if m {
			markers++
		}
		if summaryRE.re.MatchString(s) {
			summaries++
			require.True(t, hasSummaryHead(s), "%q", s)
		}
	}
	t.Logf("%d of 100000 hold a marker, %d a summary's head", markers, summaries)
	require.Greater(t, markers, 10_000)
	require.Greater(t, summaries, 5000)
}

// matchProjectsExact is matchProjects as it was before the bucket bound
// and the dropping of a form's repeated keys: every key, each bounded by
// similarityBound.
func matchProjectsExact(names []string, forms []perf.ProjectForm) []int {
	out := make([]int, len(names))
	for i := range out {
		out[i] = -1
	}
	type pair struct{ s, f, score int }
	keys := make([][][]rune, len(forms))
	sorted := make([][][]rune, len(forms))
	for j, f := range forms {
		for _, k := range []string{f.Project, formStem(f.Title), formStem(stripNumbering(f.Heading))} {
			r := []rune(projectKey(k))
			keys[j] = append(keys[j], r)
			sorted[j] = append(sorted[j], sortedRunes(r))
		}
	}
	var lcs lcsBuffer
	var pairs []pair
	for i, n := range names {
		k := []rune(projectKey(n))
		ks := sortedRunes(k)
		for j := range forms {
			best := 0
			for x, fk := range keys[j] {
				if b := similarityBound(ks, sorted[j][x]); b < 600 || b <= best {
					continue
				}
				best = max(best, lcs.similarity(k, fk))
			}
			if best >= 600 {
				pairs = append(pairs, pair{i, j, best})
			}
		}
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

// TestMatchProjectsSame compares matchProjects with matchProjectsExact on
// random summaries and forms whose names share most of their words.
func TestMatchProjectsSame(t *testing.T) {
	words := []string{"2024年", "2024年度", "政务服务", "中心", "工作", "经费", "项目", "专项", "资金", "平台", "运维", "费用", "招商引资", "综窗改革", "“", "”", " "}
	rng := rand.New(rand.NewPCG(15, 75))
	name := func() string {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(words[rng.IntN(len(words))])
		}
		return b.String()
	}
	matched := 0
	for range 3000 {
		forms := make([]perf.ProjectForm, rng.IntN(8))
		for i := range forms {
			p := name()
			forms[i] = perf.ProjectForm{Project: p, Title: p + "项目支出绩效自评表", Heading: name() + "绩效自评表"}
			if rng.IntN(2) == 0 {
				forms[i].Title = name() + "绩效自评表"
			}
		}
		names := make([]string, rng.IntN(8))
		for i := range names {
			names[i] = name()
			if len(forms) > 0 && rng.IntN(2) == 0 {
				names[i] = forms[rng.IntN(len(forms))].Project
			}
		}
		want := matchProjectsExact(names, forms)
		for _, f := range want {
			if f >= 0 {
				matched++
			}
		}
		require.Equal(t, want, matchProjects(names, forms), "%q %v", names, forms)
	}
	require.Greater(t, matched, 3000)
}

// isHeadingCounting is isHeading as it was before its length shortcut:
// the runes of every paragraph counted.
func isHeadingCounting(t string) bool {
	if utf8.RuneCountInString(t) > 60 || strings.ContainsAny(t, "，,；;") {
		return false
	}
	if partRE.MatchString(t) {
		return true
	}
	s := strings.TrimRight(t, "。.：: \u3000")
	for _, suf := range headingSuffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// TestIsHeadingLength compares isHeading with isHeadingCounting on random
// paragraphs of every length around 60 runes, ASCII, ideographs and
// invalid bytes.
func TestIsHeadingLength(t *testing.T) {
	pieces := []string{"情况说明", "情况", "a", "1", "经费", "第一部分", "。", "：", "，", "\xff", "😀", " "}
	rng := rand.New(rand.NewPCG(15, 80))
	headings := 0
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(70) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := isHeadingCounting(s)
		if want {
			headings++
		}
		require.Equal(t, want, isHeading(s), "%q", s)
	}
	require.Greater(t, headings, 2000)
}
