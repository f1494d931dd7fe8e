package narrative

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
)

// funcIndex finds 功能分类 codes by the names a narrative gives them: the
// names the document's tables print, and the catalog's.
type funcIndex struct {
	base   *funcIndex                     // the catalog's, or nil
	byName map[string][]classify.Function // name key → codes
	exact  map[string][]classify.Function // folded whole name → codes
}

// nameKey folds a 科目 name for lookup: a printed name matches a code's
// when they are equal once a trailing 支出 is dropped from both (招商引资
// 支出, 其他政府办公厅（室）及相关机构事务).
func nameKey(name string) string {
	return strings.TrimSuffix(foldName(stripNumbering(name)), "支出")
}

// foldName folds a 科目 name for comparison.
func foldName(s string) string { return classify.NormalizeName(normalize(s)) }

func (x *funcIndex) add(c classify.Function, name string) {
	k := nameKey(name)
	if !c.Valid() || k == "" || slices.Contains(x.byName[k], c) {
		return
	}
	x.byName[k] = append(x.byName[k], c)
	if x.exact == nil {
		x.exact = map[string][]classify.Function{}
	}
	f := foldName(stripNumbering(name))
	x.exact[f] = append(x.exact[f], c)
}

// catalogIndex holds the index of each embedded catalog, built once.
var catalogIndex = struct {
	sync.Mutex
	m map[int]*funcIndex
}{m: map[int]*funcIndex{}}

func baseIndex(year int) *funcIndex {
	catalogIndex.Lock()
	defer catalogIndex.Unlock()
	if x, ok := catalogIndex.m[year]; ok {
		return x
	}
	x := &funcIndex{byName: map[string][]classify.Function{}}
	if cats, err := classify.Embedded(year); err == nil && cats.Function != nil {
		for e := range cats.Function.All() {
			x.add(e.Code, e.Name)
		}
	}
	// Names of an earlier edition still printed find their code, so that
	// the statement is made and rule narr.function-name reports the name.
	for _, old := range disclosure.FormerFunctionNames() {
		if c, _, ok := disclosure.FormerFunctionName(old); ok {
			x.add(c, old)
		}
	}
	catalogIndex.m[year] = x
	return x
}

// newFuncIndex indexes the codes of the document's tables over the
// catalog of its year (2024 when that is not embedded).
func newFuncIndex(doc *disclosure.Document) *funcIndex {
	year := 2024
	if doc != nil && slices.Contains(classify.Editions(), doc.Year) {
		year = doc.Year
	}
	x := &funcIndex{base: baseIndex(year), byName: map[string][]classify.Function{}}
	if doc != nil && doc.Tables != nil {
		for _, t := range doc.Tables.All() {
			for i := range t.Rows {
				x.add(t.Rows[i].Function, t.Rows[i].Name)
			}
		}
	}
	return x
}

// find returns the codes named name that satisfy keep, in code order.
func (x *funcIndex) find(name string, keep func(classify.Function) bool) []classify.Function {
	k := nameKey(name)
	if k == "" {
		return nil
	}
	var out []classify.Function
	for ix := x; ix != nil; ix = ix.base {
		for _, c := range ix.byName[k] {
			if (keep == nil || keep(c)) && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	slices.SortFunc(out, classify.Compare[classify.FunctionKind])
	if len(out) > 1 {
		out = x.preferred(name, k, out)
	}
	return out
}

// preferred narrows codes sharing a name key to those named exactly so
// (一般公共服务支出 is the 类 201; the 款 21901 of 援助其他地区支出 is named
// 一般公共服务), then to those the document's tables print; a preference
// that keeps none is not applied.
func (x *funcIndex) preferred(name, key string, cs []classify.Function) []classify.Function {
	whole := foldName(stripNumbering(name))
	narrow := func(keep func(classify.Function) bool) {
		var kept []classify.Function
		for _, c := range cs {
			if keep(c) {
				kept = append(kept, c)
			}
		}
		if len(kept) > 0 {
			cs = kept
		}
	}
	narrow(func(c classify.Function) bool {
		for ix := x; ix != nil; ix = ix.base {
			if slices.Contains(ix.exact[whole], c) {
				return true
			}
		}
		return false
	})
	if x.base != nil {
		narrow(func(c classify.Function) bool { return slices.Contains(x.byName[key], c) })
	}
	return cs
}

// unique returns the only code, or the deepest when several share the
// name at different levels (其他支出 is a 类 and a 款); ok is false when
// none or several at the deepest level remain.
func unique(cs []classify.Function) (classify.Function, bool) {
	if len(cs) == 0 {
		return classify.Function{}, false
	}
	deepest := cs[0]
	n := 0
	for _, c := range cs {
		switch {
		case c.Level() > deepest.Level():
			deepest, n = c, 1
		case c.Level() == deepest.Level():
			n++
		}
	}
	return deepest, n == 1
}

func under(a classify.Function) func(classify.Function) bool {
	return func(c classify.Function) bool { return !a.Valid() || a.IsAncestorOf(c) }
}

func atLevel(l classify.Level, in func(classify.Function) bool) func(classify.Function) bool {
	return func(c classify.Function) bool { return c.Level() == l && (in == nil || in(c)) }
}

// connectorRE starts what may follow a 类/款/项 phrase in its sentence.
var connectorRE = guard(`^(?:主要|用于|包括|其中|支出)`, beginsWithOneOf("主用包其支"))

// markerRE finds the level markers of a 类/款/项 phrase.
var markerRE = guard(`[（(](类|款|项)[）)]`, hasMarker)

// hasMarker reports whether s holds a level marker, 类, 款 or 项 between
// an opening and a closing bracket: whether markerRE matches in s (a
// random-text test compares). Most sentences name 项目 and no marker.
func hasMarker(s string) bool {
	for _, m := range [...]string{"类", "款", "项"} {
		for i := 0; ; {
			j := strings.Index(s[i:], m)
			if j < 0 {
				break
			}
			j += i
			i = j + len(m)
			if before, after := s[:j], s[i:]; (strings.HasSuffix(before, "（") || strings.HasSuffix(before, "(")) &&
				(strings.HasPrefix(after, "）") || strings.HasPrefix(after, ")")) {
				return true
			}
		}
	}
	return false
}

var levelOfMarker = map[string]classify.Level{"类": classify.Class, "款": classify.Section, "项": classify.Item}

// phrase resolves a "一般公共服务支出（类）财政事务（款）行政运行（项）" phrase
// in s: each name is the text between the previous marker (or clause
// break) and its marker. It returns the deepest code named, and ok false
// when s has no marker, the last name is not found, or words run on past
// the last marker. A 款 that is not found (a report may misname it) is
// skipped.
func (x *funcIndex) phrase(s string) (classify.Function, bool) {
	ms := markerRE.FindAllStringSubmatchIndex(s, -1)
	if len(ms) == 0 {
		return classify.Function{}, false
	}
	last := ms[len(ms)-1][1]
	if tail := strings.Trim(s[last:], "."+clauseBreaks+" \u3000"); tail != "" && !connectorRE.MatchString(tail) { // "." typed for 。
		return classify.Function{}, false // the name runs on past its marker
	}
	var cur classify.Function
	prev := 0
	for i, m := range ms {
		name := s[prev:m[0]]
		if i == 0 {
			name = leadOf(name)
		}
		name = cleanFunctionName(name)
		prev = m[1]
		level := levelOfMarker[s[m[2]:m[3]]]
		c, ok := x.child(cur, name, level)
		switch {
		case ok:
			cur = c
		case i == len(ms)-1:
			return classify.Function{}, false
		}
		// A misnamed 款 is skipped: its 项 is looked for under the 类.
	}
	return cur, cur.Valid()
}

// child finds a code named name at level below parent (anywhere when
// parent is zero), then under parent's 类.
func (x *funcIndex) child(parent classify.Function, name string, level classify.Level) (classify.Function, bool) {
	if c, ok := unique(x.find(name, atLevel(level, under(parent)))); ok {
		return c, true
	}
	if parent.Level() > classify.Class {
		cl, _ := parent.At(classify.Class)
		return unique(x.find(name, atLevel(level, under(cl))))
	}
	return classify.Function{}, false
}

var (
	headingCodeRE     = regexp.MustCompile(`(?:^|[^0-9])(2[0-9]{2}(?:[0-9]{2}){0,2})(?:[^0-9]|$)`)
	headingBracketsRE = regexp.MustCompile(`[（(]([0-9]{2,3})[）)]`)
	headingLevelsRE   = regexp.MustCompile(`^(.+?支出)类(.+?)款(.+?)项$`)
	headingQuotedRE   = regexp.MustCompile(`^[“"]([^”"]+)[”"](?:科目|项目)?$`)
)

// headingCode resolves an item heading written without the 类/款/项
// markers: by its code ("行政运行（2010601）", "2010601行政运行",
// "一般公共服务支出（201）财政事务（06）行政运行（01）"), by names joined
// with dashes ("一般公共服务支出-财政事务-行政运行"), by the level words
// without brackets ("一般公共服务支出类财政事务款行政运行项") or by a name
// in quotes ("“行政运行”科目").
func (x *extractor) headingCode(name string) (classify.Function, bool) {
	if ms := headingBracketsRE.FindAllStringSubmatch(name, -1); len(ms) >= 2 && len(ms[0][1]) == 3 {
		code := ""
		for _, m := range ms {
			code += m[1]
		}
		if c, err := classify.ParseFunction(code); err == nil {
			return c, true
		}
	}
	if m := headingCodeRE.FindStringSubmatch(name); m != nil {
		if c, err := classify.ParseFunction(m[1]); err == nil {
			return c, true
		}
	}
	if m := headingLevelsRE.FindStringSubmatch(name); m != nil {
		if c, ok := x.funcs.phrase(m[1] + "（类）" + m[2] + "（款）" + m[3] + "（项）"); ok {
			return c, true
		}
	}
	if m := headingQuotedRE.FindStringSubmatch(name); m != nil {
		return x.funcs.bare(m[1], x.class)
	}
	for _, sep := range []string{"-", "－", "—", "–"} {
		if parts := strings.Split(name, sep); len(parts) == 3 {
			class, ok := unique(x.funcs.find(parts[0], atLevel(classify.Class, nil)))
			if !ok {
				return classify.Function{}, false
			}
			return x.funcs.bare(parts[1]+sep+parts[2], class)
		}
	}
	if strings.ContainsAny(name, "-－—–") {
		return x.funcs.bare(name, x.class)
	}
	// "（1）行政单位离退休：年初预算为…": a 款 or 项 named alone, found
	// when one code under the class in force has that name, or else one
	// anywhere (a numbered item may open another class).
	if c, ok := x.funcs.bare(name, x.class); ok || x.class == (classify.Function{}) {
		return c, ok
	}
	return x.funcs.bare(name, classify.Function{})
}

// bare resolves a name printed without markers: "款-项" (政府办公厅（室）及
// 相关机构事务-其他政府办公厅（室）及相关机构事务) or a single 款 or 项 name,
// looked for under the class in force (anywhere when none).
func (x *funcIndex) bare(name string, class classify.Function) (classify.Function, bool) {
	name = cleanFunctionName(name)
	if name == "" {
		return classify.Function{}, false
	}
	for _, sep := range []string{"-", "－", "—", "–"} {
		if a, b, ok := strings.Cut(name, sep); ok && a != "" && b != "" {
			k, ok := unique(x.find(a, atLevel(classify.Section, under(class))))
			if !ok {
				return classify.Function{}, false
			}
			return unique(x.find(b, atLevel(classify.Item, under(k))))
		}
	}
	return unique(x.find(name, under(class)))
}

var (
	numberingRE = guard(`^(?:[0-9０-９]+[、.．)）]|[（(][0-9０-９一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．])`, beginsWithOneOf(digitRunes+"（(一二三四五六七八九十"))
	usedForRE   = guard(`^(?:其中|主要用于|主要是|用于|包括)[：:]?`, beginsWithOneOf("其主用包"))
)

// stripNumbering removes leading enumeration: "1.", "（一）", "二、", "(1)".
func stripNumbering(s string) string {
	s = trimText(s)
	for {
		t := numberingRE.ReplaceAllString(s, "")
		t = trimText(t)
		if t == s {
			return s
		}
		s = t
	}
}

// cleanFunctionName strips numbering and introducing words from a name.
func cleanFunctionName(s string) string {
	s = strings.Trim(s, "、"+clauseBreaks+" \u3000")
	for {
		t := trimText(usedForRE.ReplaceAllString(stripNumbering(s), ""))
		if t == s {
			return s
		}
		s = t
	}
}
