package narrative

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
)

// splitSentences splits a paragraph after 。, ；, ;, ！ and ？ (and an ASCII
// point typed for 。) outside parentheses, trimming each sentence. The text of a statement is its
// sentence, so that "其中：财政拨款收入6402.44万元，占本年收入97.4%；" is one.
func splitSentences(p string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range p {
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			if depth > 0 {
				depth--
			}
		case '。', '；', ';', '！', '？', '.':
			if r == '.' && !asciiStop(p, i) {
				continue // a decimal point, a list's number ("1."), an ellipsis
			}
			if depth == 0 {
				end := i + utf8.RuneLen(r)
				if s := trimText(p[start:end]); s != "" {
					out = append(out, s)
				}
				start = end
			}
		}
	}
	if s := trimText(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// asciiStop reports whether the ASCII point at byte i of p ends a
// sentence typed with English punctuation ("…（项）.主要用于…"): it follows
// an ideograph or a closing mark and is followed by an ideograph or the
// end, not by a digit or another point.
func asciiStop(p string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(p[:i])
	next, _ := utf8.DecodeRuneInString(p[i+1:])
	ideograph := func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }
	closing := prev == '）' || prev == ')' || prev == '%' || prev == '”'
	return (ideograph(prev) || closing) && (i+1 == len(p) || ideograph(next) || next == ' ' || next == '\u3000')
}

// trimText trims ASCII and full-width spaces.
func trimText(s string) string {
	// Most texts neither begin nor end with a blank: a blank's first byte
	// (U+3000 is E3 80 80, U+00A0 C2 A0) and last byte tell that without
	// decoding (guards_test.go compares).
	if s == "" || !blankFirst(s[0]) && !blankLast(s[len(s)-1]) {
		return s
	}
	return strings.Trim(s, textBlanks)
}

// textBlanks are the blanks trimText trims.
const textBlanks = " \t\r\n\u3000\u00a0"

// blankFirst reports whether c may begin one of textBlanks.
func blankFirst(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xE3 || c == 0xC2
}

// blankLast reports whether c may end one of textBlanks.
func blankLast(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x80 || c == 0xA0
}

// unitKind says what a figure measures.
type unitKind uint8

const (
	unitMoney   unitKind = iota + 1 // 万元, 亿元, 元
	unitPercent                     // %
	unitCount                       // 个, 人次, 辆, 台（套）, …
	unitScore                       // 分 after 得分
)

// figure is a number with its unit as printed in a sentence.
type figure struct {
	text       string // number and unit as printed, inner spaces removed: "174.6万元"
	unit       unitKind
	amount     fiscal.Amount // for money
	decimals   int           // printed decimals
	start, end int           // byte offsets in the sentence
	bad        bool          // money or a percentage that does not read

	line     int    // the source line
	sentence string // the sentence it is printed in

	made     int  // statements made of it
	used     bool // used as a printed input of another statement
	resolved bool // ignored or reported: its fate is decided
	ignored  bool // a threshold or an indicator result
	reported bool // unattributed: a finding
}

const digit = `[0-9０-９]`

// figureRE finds a number followed by a unit. Thousands separators are
// ASCII commas or single spaces between groups of three digits
// ("2 995.39万元"); the full-width comma is a clause break, never a
// separator.
var figureRE = regexp.MustCompile(figureExpr)

const figureExpr = `(?:` + digit + `{1,3}(?:[, ]` + digit + `{3})+|` + digit + `+)(?:[.．]` + digit + `+)?[ \x{3000}]*(万元|亿元|万|元|%|％|个|人次|批次|辆|台（套）|台\(套\)|台|套|人|次|分)`

// figureAtRE is figureRE anchored at the start of the text.
var figureAtRE = regexp.MustCompile(`^(?:` + figureExpr + `)`)

// findFigures is figureRE.FindAllStringSubmatchIndex(s, -1). Every match
// begins with a digit, so the expression is tried, anchored, only where a
// digit is: the leftmost match is the first one found so, and the search
// goes on after it, as FindAll does (a match is never empty).
func findFigures(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		j, size := nextDigit(s, i)
		if j < 0 {
			break
		}
		// A figure is digits, separators and blanks, then its unit: the
		// unit begins where that stretch ends, so a stretch followed by
		// no unit's first character holds no figure at all.
		if e := numericStretch(s, j); !beginsUnit(s[e:]) {
			i = e
			continue
		}
		m := figureAtRE.FindStringSubmatchIndex(s[j:])
		if m == nil {
			i = j + size
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += j
			}
		}
		out = append(out, m)
		i = m[1]
	}
	return out
}

// numericStretch returns where the run of characters a figure's number
// and the blanks before its unit are made of ends, from i: digits, commas,
// points and spaces, ASCII or full-width.
func numericStretch(s string, i int) int {
	for i < len(s) {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == ',', c == '.', c == ' ':
			i++
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && (s[i+2] >= 0x90 && s[i+2] <= 0x99 || s[i+2] == 0x8E): // ０ … ９, ．
			i += 3
		case strings.HasPrefix(s[i:], "\u3000"):
			i += len("\u3000")
		default:
			return i
		}
	}
	return i
}

// unitInitials are the first characters of figureRE's units
// (guards_test.go checks).
const unitInitials = "万亿元%％个人批辆台套次分"

// beginsUnit reports whether s begins with one of unitInitials.
func beginsUnit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && strings.ContainsRune(unitInitials, r)
}

// nextDigit returns the offset of the first ASCII or full-width digit in
// s at or after i, and its length in bytes; −1 when there is none.
func nextDigit(s string, i int) (int, int) {
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			return i, 1
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99: // ０ … ９
			return i, 3
		}
	}
	return -1, 0
}

// afterDigitAndBlank reports whether s ends with blanks after an ASCII
// digit or point.
func afterDigitAndBlank(s string) bool {
	t := strings.TrimRight(s, " \u3000")
	if len(t) == len(s) || t == "" {
		return false
	}
	c := t[len(t)-1]
	return c >= '0' && c <= '9' || c == '.'
}

// eventKind is what a sentence states at a position.
type eventKind uint8

const (
	evFigure  eventKind = iota + 1
	evFlat              // 持平 with no figure: a change of 0
	evCompare           // 决算数大于年初预算数
)

// event is a figure, a 持平 or a comparison phrase in a sentence.
type event struct {
	kind       eventKind
	start, end int
	fig        *figure
	word       string // the comparison word of evCompare
}

// compareRE finds a comparison of the 决算数 with the 预算数.
var compareRE = guard(`(?:支出)?决算(?:数)?(?:与(?:年初|全年)?预算(?:数)?(?:基本)?(持平|一致|相等|相同)|(大于|小于|等于|高于|低于|超过|超出)(?:年初|全年)?预算)`, containsOneOf("决算"))

var compareWords = map[string]string{"高于": "大于", "超过": "大于", "超出": "大于", "低于": "小于", "一致": "等于", "相等": "等于", "相同": "等于"}

// scan returns the events of a sentence in order.
func scan(s string) []event {
	var evs []event
	for _, m := range findFigures(s) {
		start, end := m[0], m[1]
		unit := s[m[2]:m[3]]
		if start > 0 {
			if c := s[start-1]; c == '.' || c == ',' || c < utf8.RuneSelf && (unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))) {
				continue
			}
		}
		if afterDigitAndBlank(s[:start]) {
			// "2995.3 9万元": a blank inside a figure (an extraction's,
			// or a wrapped line's), not the thousands' one figureRE
			// reads. Where the figure begins is unknown: it is not read.
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[end:])
		han := unicode.Is(unicode.Han, next)
		f := &figure{start: start, end: end, text: strings.Map(dropSpace, s[start:end])}
		switch unit {
		case "万元", "亿元", "元":
			f.unit = unitMoney
		case "万":
			if han {
				continue // 33万条, 万家
			}
			f.unit = unitMoney
		case "%", "％":
			f.unit = unitPercent
		case "分":
			f.unit = unitScore
		case "人":
			if han {
				continue
			}
			f.unit = unitCount
		default:
			f.unit = unitCount
		}
		switch f.unit {
		case unitMoney:
			a, err := fiscal.ParseAmount(f.text, fiscal.WanYuan)
			f.amount, f.bad = a, err != nil
			f.decimals = decimalsOf(f.text)
		case unitPercent:
			_, err := fiscal.ParsePercent(f.text)
			f.bad = err != nil
		}
		evs = append(evs, event{kind: evFigure, start: start, end: end, fig: f})
	}
	var cmps []event // in order
	var ms [][]int
	if strings.Contains(s, "决算") {
		ms = compareRE.FindAllStringSubmatchIndex(s, -1)
	}
	for _, m := range ms {
		w := ""
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				w = s[m[g]:m[g+1]]
			}
		}
		if c, ok := compareWords[w]; ok {
			w = c
		}
		cmps = append(cmps, event{kind: evCompare, start: m[0], end: m[1], word: w})
	}
	evs = append(evs, cmps...)
	for off := 0; ; {
		i := strings.Index(s[off:], "持平")
		if i < 0 {
			break
		}
		start := off + i
		end := start + len("持平")
		off = end
		if covered(cmps, start) || templateNote(s, start) {
			continue
		}
		evs = append(evs, event{kind: evFlat, start: start, end: end})
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].start < evs[j].start })
	return evs
}

// covered reports whether position p lies inside one of the comparison
// events cmps, which are in order and do not overlap.
func covered(cmps []event, p int) bool {
	j := sort.Search(len(cmps), func(k int) bool { return cmps[k].end > p })
	return j < len(cmps) && cmps[j].start <= p
}

// templateNote reports whether the 持平 at p is the template's instruction
// "（如持平作持平表述）" rather than a statement.
func templateNote(s string, p int) bool {
	lo := max(0, p-len("如持平作"))
	hi := min(len(s), p+len("持平作持平"))
	w := s[lo:hi]
	return strings.Contains(w, "如持平") || strings.Contains(w, "作持平")
}

func dropSpace(r rune) rune {
	if r == ' ' || r == '\u3000' {
		return -1
	}
	return r
}

// decimalsOf counts the digits after the point in a printed number.
func decimalsOf(t string) int {
	i := strings.IndexAny(t, ".．")
	if i < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	n := 0
	for _, r := range t[i+size:] {
		if (r < '0' || r > '9') && (r < '０' || r > '９') {
			break
		}
		n++
	}
	return n
}

// clauseBreaks end a clause: the words of a figure start after the last.
const clauseBreaks = "，,；;：:。"

// leadOf returns the words just before a figure: the window after its last
// clause break, without leading enumeration commas and spaces.
func leadOf(window string) string {
	lead := window
	// A colon right before the figure ends its label, as no colon would
	// ("公务用车购置费:43.05万元" is "公务用车购置费43.05万元"), unless the
	// label only announces parts (其中：).
	for _, c := range []string{"：", ":"} {
		if t, ok := strings.CutSuffix(strings.TrimRight(lead, " \u3000"), c); ok && !announcesParts(t) {
			lead = t
			break
		}
	}
	for _, b := range []string{"，", ",", "；", ";", "：", ":", "。"} {
		if i := strings.LastIndex(lead, b); i >= 0 {
			lead = lead[i+len(b):]
		}
	}
	return strings.TrimLeft(trimText(lead), "、"+clauseBreaks+" \u3000")
}

// announcesParts reports whether the words before a colon announce parts
// or a list rather than name a figure ("其中：", "包括：").
func announcesParts(s string) bool {
	for _, w := range []string{"其中", "包括", "分别为", "分别是", "具体", "如下", "主要用于", "情况"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// after returns the text following a figure, for threshold words.
func after(s string, f *figure) string { return s[f.end:] }

// isThreshold reports whether the text after an amount makes it a
// threshold: 100万元（含）以上, 50万元以下.
func isThreshold(rest string) bool {
	for _, p := range []string{"（含）以上", "(含)以上", "以上", "及以上", "以下", "（含）以下", "(含)以下"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}
