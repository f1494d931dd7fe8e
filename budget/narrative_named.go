package budget

import (
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// A 功能分类 item named by its level markers rather than its code, as the
// Jiangsu template and many provinces print them: "公共安全（类）支出
// 27488.23 万元", "1．法院（款）行政运行（项）支出 17279.29 万元，与上年相比
// 增加 2421.68 万元，增长 16.30%", under a heading "（一）公共安全（类）".
var (
	// namedLevelRE is one name and its level marker ("法院(款)",
	// "政府办公厅(室)及相关机构事务(款)").
	namedLevelRE = regexp.MustCompile(`(` + levelName + `)\((类|款|项)\)`)
	// namedItemRE is a run of one to three of them, then the figure.
	// A year may stand between them: "行政运行（项）2026年预算数为…" (the
	// national template).
	namedItemRE = regexp.MustCompile(`((?:` + levelName + `\((?:类|款|项)\)){1,3})[:：。]?(?:(?:19|20)[0-9]{2}年度?)?(?:预算|支出|数){0,3}(?:为|是)?[:：]?` + amountRE)
	// classSubjectRE is a 类 named with 类科目: "公共安全支出类科目 8726.73 万元"
	// (Guangxi).
	classSubjectRE = regexp.MustCompile(`([^\s()。，；;:："、．.0-9]{2,30}?)类科目` + amountRE)
	// namedChangeRE is the change stated after the item's figure.
	namedChangeRE = regexp.MustCompile(`(?:与上年相比|比上年|较上年|同比|(?:比|较|与)(?:19|20)[0-9]{2}年度?(?:预算)?(?:数)?(?:相比)?)(?:预算)?(?:数)?[,，]?(增加|减少|增长|下降)` + amountRE)
)

// levelName is the name before a level marker: up to 30 characters,
// with a short bracketed part of the official name ("政府办公厅(室)及相关
// 机构事务", "因公出国(境)") but not at its start, and no bracket that is a
// level marker itself.
const levelName = `[^\s()。，；;:："、．.0-9](?:[^\s()。，；;:："、．.0-9]|\([^\s()。，；;:："、．.0-9类款项]{1,3}\)){0,29}?`

// readNamedItems reads the items named by level markers, each with the
// change against last year and the rate stated after it (up to the next
// item), the 类 of an item that names none being the last 类 named before
// it (a heading "（一）公共安全（类）").
func readNamedItems(j joined) []FunctionItem {
	ms := namedItemRE.FindAllStringSubmatchIndex(j.text, -1)
	if len(ms) == 0 {
		return nil
	}
	cats, err := classify.Embedded(2024)
	if err != nil {
		return nil
	}
	fn := cats.Function
	// The 类 named anywhere, by position: the context of what follows.
	type classAt struct {
		at   int
		code classify.Function
	}
	var classes []classAt
	for _, m := range namedLevelRE.FindAllStringSubmatchIndex(j.text, -1) {
		if j.text[m[4]:m[5]] == "类" {
			if c, ok := classByName(fn, j.text[m[2]:m[3]]); ok {
				classes = append(classes, classAt{m[0], c})
			}
		}
	}
	var out []FunctionItem
	for k, m := range ms {
		var class classify.Function
		for _, c := range classes {
			if c.at <= m[0] {
				class = c.code
			}
		}
		code, ok := resolveNamed(fn, class, j.text[m[2]:m[3]])
		if !ok {
			continue
		}
		a, d, ok := parseFigure(j.text[m[4]:m[5]])
		if !ok {
			continue
		}
		end := min(len(j.text), m[1]+300)
		if k+1 < len(ms) {
			end = min(end, ms[k+1][0])
		}
		seg := j.text[m[1]:end]
		it := FunctionItem{Code: code, Amount: a, Decimals: d, Line: j.line(m[0]), Text: j.text[m[0]:m[1]], start: m[0], end: m[1]}
		if y := statedYearsRE.FindStringSubmatch(j.text[m[3]:m[4]]); y != nil {
			it.Year, _ = strconv.Atoi(y[1])
		}
		if seg != "" && strings.HasPrefix(strings.TrimLeft(seg, ",，"), "占") {
			// "社会保障和就业支出（类）334.37万元，占3.47%".
			readItemShare(&it, seg)
		}
		if c := namedChangeRE.FindStringSubmatchIndex(seg); c != nil && strings.Count(seg[:c[0]], "。") <= 1 {
			if ch, cd, ok := parseFigure(seg[c[4]:c[5]]); ok {
				if w := seg[c[2]:c[3]]; w == "减少" || w == "下降" {
					ch, _ = ch.Neg()
				}
				it.Change, it.ChangeDecimals = &ch, cd
				it.Text += seg[:c[1]]
				rest := seg[c[1]:]
				if g := rateRE.FindStringSubmatch(rest); g != nil {
					w := g[1]
					it.HasGrowth, it.Growth = true, g[2]
					it.GrowthNegative = w == "减少" || w == "下降" || w == "降幅" || w == "减幅"
					it.Text += rest[:len(g[0])]
				}
			}
		}
		out = append(out, it)
	}
	return out
}

// readClassNamed reads the 类 named with 类科目 ("公共安全支出类科目 8726.73
// 万元，占支出总预算 90.64%，同比增加 685.11 万元，增长 8.52 %") or by their
// bare name with a figure right after it ("支出包括：公共安全支出 8726.73
// 万元、…"), each with what follows it (a share, a change and its rate)
// up to the next.
func readClassNamed(j joined) []FunctionItem {
	cats, err := classify.Embedded(2024)
	if err != nil {
		return nil
	}
	fn := cats.Function
	type hit struct {
		start, end int
		code       classify.Function
		figure     string
	}
	var hits []hit
	for _, m := range classSubjectRE.FindAllStringSubmatchIndex(j.text, -1) {
		if c, ok := classByName(fn, j.text[m[2]:m[3]]); ok {
			hits = append(hits, hit{m[0], m[1], c, j.text[m[4]:m[5]]})
		}
	}
	for _, m := range bareClassRE().FindAllStringSubmatchIndex(j.text, -1) {
		if m[0] > 0 && strings.HasSuffix(j.text[:m[0]], "\"") {
			continue // "“一般公共服务支出”科目…": read by readClassItems
		}
		if c, ok := classByName(fn, j.text[m[2]:m[3]]); ok {
			hits = append(hits, hit{m[0], m[1], c, j.text[m[4]:m[5]]})
		}
	}
	sort.Slice(hits, func(a, b int) bool { return hits[a].start < hits[b].start })
	var out []FunctionItem
	for k, h := range hits {
		a, d, ok := parseFigure(h.figure)
		if !ok {
			continue
		}
		end := min(len(j.text), h.end+200)
		if k+1 < len(hits) {
			end = min(end, hits[k+1].start)
		}
		if e := strings.IndexAny(j.text[h.end:end], "。；;"); e >= 0 {
			end = h.end + e
		}
		seg := j.text[h.end:end]
		it := FunctionItem{Code: h.code, Amount: a, Decimals: d, Line: j.line(h.start), Text: j.text[h.start:h.end] + seg, start: h.start, end: h.end}
		rest := seg
		if sh := shareRE.FindStringSubmatchIndex(rest); sh != nil {
			// "，占支出总预算90.64%", or "，占90.64%" of no total named.
			if words := rest[sh[2]:sh[3]]; words == "" || itemShareOver(words) != 0 {
				it.Share, it.ShareOver = rest[sh[4]:sh[5]], itemShareOver(words)
			}
			rest = rest[sh[1]:]
		}
		if c := namedChangeRE.FindStringSubmatchIndex(rest); c != nil && c[0] <= 3 {
			if ch, cd, ok := parseFigure(rest[c[4]:c[5]]); ok {
				if w := rest[c[2]:c[3]]; w == "减少" || w == "下降" {
					ch, _ = ch.Neg()
				}
				it.Change, it.ChangeDecimals = &ch, cd
				if g := rateRE.FindStringSubmatch(rest[c[1]:]); g != nil {
					it.HasGrowth, it.Growth = true, g[2]
					it.GrowthNegative = g[1] == "减少" || g[1] == "下降" || g[1] == "降幅" || g[1] == "减幅"
				}
			}
		}
		out = append(out, it)
	}
	return out
}

// bareClassRE matches a 类 by its catalog name with a figure right after
// it ("公共安全支出8726.73万元"): built once from the embedded catalog.
var bareClassRE = sync.OnceValue(func() *regexp.Regexp {
	cats, err := classify.Embedded(2024)
	if err != nil {
		return regexp.MustCompile(`$^`)
	}
	var names []string
	for e := range cats.Function.All() {
		if e.Code.Level() == classify.Class {
			names = append(names, regexp.QuoteMeta(NormalizeLabel(e.Name)))
		}
	}
	// Longest first, so that no name stops at a shorter one's end.
	sort.Slice(names, func(a, b int) bool { return len(names[a]) > len(names[b]) })
	return regexp.MustCompile(`(` + strings.Join(names, "|") + `)(?:预算)?(?:为)?` + amountRE)
})

// resolveNamed resolves a run of names with their level markers ("法院(款)
// 行政运行(项)") to a code: the 类 by its name, a 款 among the class's (the
// run's, or the one in force), a 项 among the 款's. A name the catalog
// does not hold there, or holds twice, resolves nothing.
func resolveNamed(fn *classify.Catalog[classify.FunctionKind], class classify.Function, run string) (classify.Function, bool) {
	cur := classify.Function{}
	level := 0 // 0 none, 1 类, 2 款, 3 项
	for _, m := range namedLevelRE.FindAllStringSubmatch(run, -1) {
		name, marker := m[1], m[2]
		switch marker {
		case "类":
			c, ok := classByName(fn, name)
			if !ok {
				return classify.Function{}, false
			}
			cur, level = c, 1
		case "款":
			parent := cur
			if level < 1 {
				parent = class
			}
			if parent.Level() != classify.Class {
				return classify.Function{}, false
			}
			c, ok := childNamed(fn, parent, name)
			if !ok {
				return classify.Function{}, false
			}
			cur, level = c, 2
		case "项":
			if level != 2 {
				return classify.Function{}, false
			}
			c, ok := childNamed(fn, cur, name)
			if !ok {
				return classify.Function{}, false
			}
			cur, level = c, 3
		}
	}
	return cur, level > 0
}

// childNamed finds the child of parent named name (with or without a
// final 支出, or by a former name), when exactly one is.
func childNamed(fn *classify.Catalog[classify.FunctionKind], parent classify.Function, name string) (classify.Function, bool) {
	want := NormalizeLabel(name)
	var found []classify.Function
	same := func(name string) bool {
		n := NormalizeLabel(name)
		return n == want || n == want+"支出" || strings.TrimSuffix(n, "支出") == strings.TrimSuffix(want, "支出")
	}
	for _, e := range fn.Children(parent) {
		ok := same(e.Name)
		for _, a := range fn.Aliases(e.Code) {
			// A former name ("行政事业单位离退休" for 20805 before 2018)
			// or a variant reports print.
			ok = ok || same(a.Name)
		}
		if ok {
			found = append(found, e.Code)
		}
	}
	if len(found) != 1 {
		return classify.Function{}, false
	}
	return found[0], true
}

// namedGrowth checks the rate stated beside an item's change: the change
// over the figure less the change, each off by half a unit of its last
// digit.
func (k *checker) namedGrowth(w fiscal.Where, it FunctionItem) {
	prior, err := it.Amount.Sub(*it.Change)
	if err != nil {
		return
	}
	ha := halfUnit(it.Decimals)
	hp := new(big.Rat).Add(ha, halfUnit(it.ChangeDecimals))
	k.growthWithin(w, it.Growth, it.GrowthNegative, prior, max(it.Decimals, it.ChangeDecimals), hp, it.Amount, it.Decimals, ha)
}
