package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// partNumbered matches a part heading numbered as the templates
	// number it: 第三部分.
	partNumbered = regexp.MustCompile(`^第\s*([一二三四五六七八九十]+)\s*部分`)
	// topNumber matches the number of a top-level heading: "三、".
	topNumber = regexp.MustCompile(`^([一二三四五六七八九十]+)\s*[、.．]\s*`)
	// partNames match the names of the parts that departments print
	// without 第X部分 (numbered 三、 or not at all), each with its
	// usual place in the report. An item inside a part ("五、一般公共预算
	// 财政拨款支出决算情况说明", "二、部门决算单位构成") does not match: the
	// 情况说明 of the whole report is the 部门/单位/年度 决算's.
	partNames = []struct {
		re       *regexp.Regexp
		suffixes []string // every match ends the text with one of them: tried first
		place    int
	}{
		// "XX局概况": a department's name ends in 局, 委, 院, 中心 ….
		{regexp.MustCompile(`(?:部门|单位|局|委|院|办|中心|会|所|站|队|馆|厅|处|室|社|团|司|署|府)(?:基本)?概况$|^(?:基本)?概况$`), []string{"概况"}, 1},
		{regexp.MustCompile(`(?:部门|单位)决算(?:报|公开)?表$`), []string{"决算表", "决算报表", "决算公开表"}, 2},
		{regexp.MustCompile(`(?:部门|单位|年度)决算情况说明$|^情况说明$`), []string{"情况说明"}, 3},
		{regexp.MustCompile(`^名词解释$`), []string{"名词解释"}, 4},
		{regexp.MustCompile(`^其他需要说明的(?:情况|事项)$`), []string{"情况", "事项"}, 5},
		{regexp.MustCompile(`^附(?:件|表)$`), []string{"附件", "附表"}, 6},
	}
)

// PartHeading reads a line as the heading of one of a report's parts:
// "第三部分 …" (its number), or a part's name printed without that
// numbering, as "三、XX局2024年度部门决算情况说明" (its number) or alone
// ("名词解释": its usual place, 1 概况, 2 the tables, 3 情况说明, 4 名词
// 解释, 5 其他需要说明的情况, 6 附件). It returns 0 for any other line.
func PartHeading(s string) int {
	// Every line of a report comes here: an expression runs only on a line
	// that passes a byte test all its matches pass (part_test.go checks
	// the whole against the expressions alone).
	t := Trim(s)
	if strings.HasPrefix(t, "第") {
		if m := partNumbered.FindStringSubmatch(t); m != nil {
			return ChineseNumber(m[1])
		}
	}
	// More than 160 bytes is more than 40 characters, however wide.
	// A part's name ends the line, blanks aside: most lines end otherwise.
	if !endsWithPartName(t) {
		return 0
	}
	if t == "" || len(t) > 4*40 || utf8.RuneCountInString(t) > 40 || strings.ContainsAny(t, "。，,；;：:") {
		return 0
	}
	n := 0
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsRune("一二三四五六七八九十", r) {
		if m := topNumber.FindStringSubmatchIndex(t); m != nil {
			n = ChineseNumber(t[m[2]:m[3]])
			t = t[m[1]:]
		}
	}
	if hasSpace(t) {
		t = strings.Join(strings.Fields(t), "")
	}
	for _, p := range partNames {
		if hasSuffix(t, p.suffixes) && p.re.MatchString(t) {
			if n == 0 {
				return p.place
			}
			return n
		}
	}
	return 0
}

// endsWithPartName reports whether s, its blanks removed (what the names
// are matched against), ends with one of the partNames' suffixes.
func endsWithPartName(s string) bool {
	// The last character that is no blank first: most lines end with
	// one that ends no name.
	last := utf8.RuneError
	for rest := s; rest != ""; {
		r, n := utf8.DecodeLastRuneInString(rest)
		if !unicode.IsSpace(r) {
			last = r
			break
		}
		rest = rest[:len(rest)-n]
	}
	if !isPartNameEnd(last) {
		return false
	}
	for _, p := range partNames {
		for _, x := range p.suffixes {
			if endsWithIgnoringSpace(s, x) {
				return true
			}
		}
	}
	return false
}

// partNameEnds are the last characters of the partNames' suffixes
// (part_guard_test.go checks).
const partNameEnds = "况表明释项件"

// isPartNameEnd is strings.ContainsRune(partNameEnds, r) by a switch:
// every line of a report is asked (part_guard_test.go compares the two).
func isPartNameEnd(r rune) bool {
	switch r {
	case '况', '表', '明', '释', '项', '件':
		return true
	}
	return false
}

// endsWithIgnoringSpace reports whether s without its unicode.IsSpace
// runes ends with suffix, looking only at the end of s.
func endsWithIgnoringSpace(s, suffix string) bool {
	for suffix != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if n == 0 {
			return false
		}
		s = s[:len(s)-n]
		if unicode.IsSpace(r) {
			continue
		}
		want, m := utf8.DecodeLastRuneInString(suffix)
		if r != want {
			return false
		}
		suffix = suffix[:len(suffix)-m]
	}
	return true
}

// hasSuffix reports whether s ends with one of suffixes.
func hasSuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// hasSpace reports whether strings.Fields would split s or trim it.
func hasSpace(s string) bool {
	for _, r := range s {
		if unicode.IsSpace(r) {
			return true
		}
	}
	return false
}

// ChineseNumber reads 一 … 九十九; 0 when it cannot.
func ChineseNumber(s string) int {
	digit := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	n, cur := 0, 0
	for _, r := range s {
		switch {
		case r == '十':
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
		case digit[r] > 0:
			cur = digit[r]
		default:
			return 0
		}
	}
	return n + cur
}
