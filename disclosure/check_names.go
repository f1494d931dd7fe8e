package disclosure

import (
	"fmt"
	"github.com/cnfiscal/fiscal/accounts"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// formerClassNames are 支出功能分类 类 names of editions before 2019 that
// reports copied from an earlier year still print, with the code and the
// name the 2019 and later editions give it.
var formerClassNames = map[string]struct{ code, name string }{
	"文化体育与传媒支出":   {"207", "文化旅游体育与传媒支出"},
	"医疗卫生与计划生育支出": {"210", "卫生健康支出"},
	"国土海洋气象等支出":   {"220", "自然资源海洋气象等支出"},
	"资源勘探信息等支出":   {"215", "资源勘探工业信息等支出"},
}

// FormerFunctionName reports whether name is the name an earlier edition
// of the 政府收支分类科目 gave a 支出功能分类 类 that has since been renamed
// (文化体育与传媒支出 for 207 文化旅游体育与传媒支出), and returns the code and
// its current name. Only renames the library can state with certainty are
// known.
func FormerFunctionName(name string) (code classify.Function, current string, ok bool) {
	key := foldFunctionName(name)
	for n, e := range formerClassNames {
		if foldFunctionName(n) == key {
			return classify.MustParse[classify.FunctionKind](e.code), e.name, true
		}
	}
	return classify.Function{}, "", false
}

// FormerFunctionNames lists the former 类 names [FormerFunctionName]
// knows, in no particular order.
func FormerFunctionNames() []string {
	out := make([]string, 0, len(formerClassNames))
	for n := range formerClassNames {
		out = append(out, n)
	}
	return out
}

// foldFunctionName folds a 科目 name for comparison: width, spaces and a
// trailing 支出 do not count.
func foldFunctionName(s string) string {
	s = classify.NormalizeName(s)
	if strings.ContainsAny(s, "“”\"") {
		s = doubleQuoteStripper.Replace(s)
	}
	return strings.TrimSuffix(s, "支出")
}

// doubleQuoteStripper drops double quotation marks.
var doubleQuoteStripper = strings.NewReplacer("“", "", "”", "", "\"", "")

var (
	levelMarkerRE = regexp.MustCompile(`[（(](类|款|项)[）)]`)
	// namePrefixRE is what may come before the first name of a 类/款/项
	// phrase: numbering and introducing words.
	namePrefixRE = regexp.MustCompile(`^(?:[0-9０-９]+[、.．)）]|[（(][0-9０-９一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．]|其中[：:]?|主要用于|用于|包括)+`)
)

var levelOf = map[string]classify.Level{"类": classify.Class, "款": classify.Section, "项": classify.Item}

// printedLevel is a name the narrative gives one level of a code.
type printedLevel struct {
	level classify.Level
	name  string
	first bool // the first name of the phrase: words may precede it
}

// printedLevels appends to out the names of a "一般公共服务支出（类）财政事务（款）行政
// 运行（项）" phrase.
func printedLevels(subject string, out []printedLevel) []printedLevel {
	prev := 0
	if !hasLevelWord(subject) {
		return out // no level marker: levelMarkerRE finds nothing
	}
	var buf [8][4]int
	for i, m := range levelMarkers(subject, buf[:0]) {
		name := subject[prev:m[0]]
		prev = m[1]
		if i == 0 {
			if j := lastBreak(name); j >= 0 {
				name = name[j+1:]
			}
			name = stripNamePrefix(strings.TrimSpace(name))
		}
		name = strings.Trim(name, " \u3000-－—")
		if name == "" {
			continue
		}
		out = append(out, printedLevel{level: levelOf[subject[m[2]:m[3]]], name: name, first: i == 0})
	}
	return out
}

// hasLevelWord is strings.ContainsAny(s, "类款项") by the characters'
// bytes (E7 B1 BB, E6 AC BE, E9 A1 B9): a lead byte is no other
// character's continuation, so the bytes are the characters wherever they
// are (TestLevelBytes).
func hasLevelWord(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case 0xE7:
			if s[i+1] == 0xB1 && s[i+2] == 0xBB {
				return true
			}
		case 0xE6:
			if s[i+1] == 0xAC && s[i+2] == 0xBE {
				return true
			}
		case 0xE9:
			if s[i+1] == 0xA1 && s[i+2] == 0xB9 {
				return true
			}
		}
	}
	return false
}

// lastBreak is strings.LastIndexAny(s, "，,；;：:。、 \u3000") by bytes,
// from the end: ，；： are EF BC 8C, 9B, 9A, and 。、and U+3000 E3 80 82,
// 81, 80 (TestLevelBytes).
func lastBreak(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ',', ';', ':', ' ':
			return i
		case 0xEF:
			if i+2 < len(s) && s[i+1] == 0xBC && (s[i+2] == 0x8C || s[i+2] == 0x9B || s[i+2] == 0x9A) {
				return i
			}
		case 0xE3:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x82 || s[i+2] == 0x81 || s[i+2] == 0x80) {
				return i
			}
		}
	}
	return -1
}

// levelMarkers appends to ms what levelMarkerRE.FindAllStringSubmatchIndex
// finds in s (each match's bounds and its marker's), by a scan for the
// brackets: a match begins only at "(" or at the lead byte of "（", which
// no other character's bytes hold, so a scan byte by byte finds the
// expression's leftmost matches, one after the other.
func levelMarkers(s string, ms [][4]int) [][4]int {
	for i := 0; i < len(s); {
		n := 0
		switch {
		case s[i] == '(':
			n = 1
		case strings.HasPrefix(s[i:], "（"):
			n = len("（")
		default:
			i++
			continue
		}
		j := i + n
		if !strings.HasPrefix(s[j:], "类") && !strings.HasPrefix(s[j:], "款") && !strings.HasPrefix(s[j:], "项") {
			i++
			continue
		}
		k := j + len("类")
		switch {
		case strings.HasPrefix(s[k:], ")"):
			ms = append(ms, [4]int{i, k + 1, j, k})
			i = k + 1
		case strings.HasPrefix(s[k:], "）"):
			ms = append(ms, [4]int{i, k + len("）"), j, k})
			i = k + len("）")
		default:
			i++
		}
	}
	return ms
}

// checkFunctionNames compares the 类, 款 and 项 names the narrative prints
// in a "（类）…（款）…（项）" phrase with the names the tables print for the
// code the statement points at, and with the catalog of the report's year
// (or an edition a year apart; with none, the tables alone) (rule
// narr.function-name). It
// needs statements that point at a functional row and print level markers;
// a name is accepted when it equals the table's or the catalog's once
// width, spaces and a trailing 支出 are folded, or (for the first name of a
// phrase, which may be preceded by other words) ends with one of them.
func (d *Document) checkFunctionNames() []fiscal.Finding {
	cat := catalogNear(d.Year)
	type key struct {
		line  int
		code  classify.Function
		name  string
		level classify.Level
	}
	seen := map[key]bool{}
	names := map[classify.Function][]string{} // functionNames, once per code
	var tables []*accounts.Table              // the document's tables, listed once
	if d.Tables != nil {
		tables = d.Tables.All()
	}
	var (
		out    []fiscal.Finding
		levels [8]printedLevel // a phrase's names, on the stack
	)
	for i := range d.Narrative {
		s := &d.Narrative[i] // a statement is large: not copied
		code := s.Of.Function
		if !code.Valid() {
			continue
		}
		for _, p := range printedLevels(s.Subject, levels[:0]) {
			at, ok := code.At(p.level)
			if !ok {
				continue
			}
			k := key{s.Line, at, p.name, p.level}
			if seen[k] {
				continue
			}
			seen[k] = true
			want, ok := names[at]
			if !ok {
				want = functionNames(tables, at, cat)
				names[at] = want
			}
			if len(want) == 0 || nameAgrees(p, want) {
				continue
			}
			w := s.where()
			w.Row = at.String()
			msg := fmt.Sprintf("%s %s is printed %q; the tables and the catalog name it %q", at.Level(), at, p.name, want[0])
			if c, cur, ok := FormerFunctionName(p.name); ok && c == at && (d.Year == 0 || d.Year >= 2019) {
				msg = fmt.Sprintf("%s %s is printed %q, its name before the 2019 edition; it is now %q", at.Level(), at, p.name, cur)
			}
			f := ruleFunctionName.Finding(w, "%s", msg)
			f.Where.Text = p.name
			out = append(out, f)
		}
	}
	return out
}

// catalogNear returns the embedded 功能分类 catalog of year, or of an
// edition a year apart, or nil: names change between editions, so a
// catalog of another period is no reference.
func catalogNear(year int) *classify.Catalog[classify.FunctionKind] {
	for _, y := range []int{year, year - 1, year + 1} {
		if cats, err := classify.Embedded(y); err == nil && cats.Function != nil {
			return cats.Function
		}
	}
	return nil
}

// functionNames returns the names the document's tables print for code,
// then the catalog's.
func functionNames(tables []*accounts.Table, code classify.Function, cat *classify.Catalog[classify.FunctionKind]) []string {
	var out []string
	add := func(n string) {
		if n != "" && !containsString(out, n) {
			out = append(out, n)
		}
	}
	for _, t := range tables {
		for i := range t.Rows {
			if t.Rows[i].Function == code {
				add(stripNamePrefix(strings.TrimSpace(t.Rows[i].Name)))
			}
		}
	}
	if cat != nil {
		if e, ok := cat.Lookup(code); ok {
			add(e.Name)
		}
	}
	return out
}

// stripNamePrefix is namePrefixRE.ReplaceAllString(s, ""), the expression
// tried only on a text whose first rune may begin a prefix (most names
// begin otherwise).
func stripNamePrefix(s string) string {
	if !mayHaveNamePrefix(s) {
		return s
	}
	// The expression is anchored and matches no empty text: it replaces at
	// most the one match at the start, and nothing is copied when there is
	// none.
	if loc := namePrefixRE.FindStringIndex(s); loc != nil {
		return s[loc[1]:]
	}
	return s
}

// mayHaveNamePrefix reports whether namePrefixRE may match at the start
// of s: whether the expression's first repetition can match there, told
// from the first runes. A run of numerals is a prefix only when 、 . ．
// (or, after digits, a closing bracket) follows the whole run, since none
// of those is a numeral; the words must be there whole; an opening bracket
// is left to the expression.
func mayHaveNamePrefix(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !mayBeginNamePrefix(r) {
		return false
	}
	digit := func(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }
	numeral := func(r rune) bool { return strings.ContainsRune("一二三四五六七八九十", r) }
	run := func(in func(rune) bool) rune { // the rune after the run that s begins with
		i := 0
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !in(r) {
				return r
			}
			i += size
		}
		return utf8.RuneError
	}
	switch {
	case digit(r):
		return strings.ContainsRune("、.．)）", run(digit))
	case numeral(r):
		return strings.ContainsRune("、.．", run(numeral))
	case r == '其':
		return strings.HasPrefix(s[n:], "中")
	case r == '主':
		return strings.HasPrefix(s[n:], "要用于")
	case r == '用':
		return strings.HasPrefix(s[n:], "于")
	case r == '包':
		return strings.HasPrefix(s[n:], "括")
	}
	return true // a bracket: the expression decides
}

// mayBeginNamePrefix reports whether r may begin a match of namePrefixRE.
func mayBeginNamePrefix(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９':
		return true
	}
	return strings.ContainsRune("（(一二三四五六七八九十其主用包", r)
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// nameAgrees reports whether a printed name is one of the names wanted.
func nameAgrees(p printedLevel, want []string) bool {
	// A name printed as wanted agrees (its fold equals the wanted one's),
	// and nothing is folded for it.
	for _, w := range want {
		if p.name == w {
			return true
		}
	}
	got := foldFunctionName(p.name)
	for _, w := range want {
		fw := foldFunctionName(w)
		if got == fw || p.first && strings.HasSuffix(got, fw) {
			return true
		}
	}
	return false
}
