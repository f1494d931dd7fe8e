package wordtext

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// titleInfo is a table title as printed: the title without its number, the
// number (公开01表, 表一) when printed on the same line, and the table it
// names.
type titleInfo struct {
	title, number string
	kind          accounts.TableKind // 0 for the "三公" table and unknown titles
	three         bool               // the "三公" table
	known         bool               // one of the nine tables
}

// tableNumber matches a table's number as printed: 公开01表, 表一, 附表3.
var tableNumber = regexp.MustCompile(`^(?:公开\s*\d+\s*表|表\s*[一二三四五六七八九十\d]+|附表\s*[一二三四五六七八九十\d]+)$`)

var (
	numberPrefix = regexp.MustCompile(`^(公开\s*\d+\s*表|表\s*[一二三四五六七八九十\d]+|附表\s*[一二三四五六七八九十\d]+)[\s\x{3000}、:：.．]*`)
	numberSuffix = regexp.MustCompile(`[\s\x{3000}]*[（(]?(公开\s*\d+\s*表|表\s*[一二三四五六七八九十\d]+|附表\s*[一二三四五六七八九十\d]+)[）)]?$`)
)

// candidateTitle reads a line as a table title: short, without sentence
// punctuation, ending in 表. known says whether it names one of the nine
// tables; an unknown candidate must name a 决算/预算 or 收支 table.
func candidateTitle(s string) (titleInfo, bool) {
	t := text.Trim(s)
	if t == "" || len(t) > 4*60 || !strings.Contains(t, "表") || utf8.RuneCountInString(t) > 60 ||
		tableNumber.MatchString(t) || isPartHeading(t) {
		return titleInfo{}, false
	}
	var info titleInfo
	if m := numberPrefix.FindStringSubmatch(t); m != nil && len(m[0]) < len(t) {
		info.number, t = m[1], text.Trim(t[len(m[0]):])
	} else if m := findNumberSuffix(t); m != nil && m[0] > 0 {
		info.number, t = t[m[2]:m[3]], text.Trim(t[:m[0]])
	}
	if strings.ContainsAny(t, "。，,；;：:！？") || !strings.HasSuffix(t, "表") || utf8.RuneCountInString(t) < 4 {
		return titleInfo{}, false
	}
	info.title = t
	if k, ok := accounts.KindOfTitle(t); ok {
		info.kind, info.known = k, true
		return info, true
	}
	n := norm(t)
	if strings.Contains(n, "三公") && strings.Contains(n, "经费") {
		info.three, info.known = true, true
		return info, true
	}
	if strings.Contains(n, "决算") || strings.Contains(n, "预算") || strings.Contains(n, "收支") {
		return info, true
	}
	return titleInfo{}, false
}

// titleOf reads a line as the title of one of the nine tables.
func titleOf(s string) (titleInfo, bool) {
	info, ok := candidateTitle(s)
	if !ok || !info.known {
		return titleInfo{}, false
	}
	return info, true
}

// hasTableHeader reports whether a table header (部门, 金额单位, a number)
// follows within the first lines of ls: the mark of a table whose title
// the parser does not know.
func hasTableHeader(ls []text.Line) bool {
	for i, l := range ls {
		if i >= 15 || isPartHeading(l.Text) {
			break
		}
		if _, ok := titleOf(l.Text); ok {
			break
		}
		t := text.Trim(l.Text)
		if tableNumber.MatchString(t) || strings.Contains(t, "金额单位") || deptLabel.MatchString(t) {
			return true
		}
	}
	return false
}

// isEmptyStatement reports whether a line states that a table is empty:
// "本单位无此项内容，故本表无数据。", "本部门…无…，故本表为空表。".
func isEmptyStatement(s string) bool {
	t := text.Trim(s)
	if t == "" || utf8.RuneCountInString(t) > 120 {
		return false
	}
	return strings.Contains(t, "空表") || strings.Contains(t, "本表无") ||
		(strings.Contains(t, "本表") && (strings.Contains(t, "无数据") || strings.Contains(t, "无此项") || strings.Contains(t, "为空")))
}

// findNumberSuffix is numberSuffix.FindStringSubmatchIndex(t), asked only
// of a text that may hold a table number: "公开", or "表" followed (after
// blanks) by a digit or a numeral. Most titles ("收入支出决算总表") hold
// neither, and the expression, anchored only at its end, was tried from
// every position of them.
func findNumberSuffix(t string) []int {
	if !strings.Contains(t, "公开") && !hasTableNumeral(t) {
		return nil
	}
	return numberSuffix.FindStringSubmatchIndex(t)
}

// hasTableNumeral reports whether "表" is followed, after white space, by
// an ASCII or Unicode digit or one of 一 … 十 somewhere in t (what
// numberSuffix's "表\s*[一二三四五六七八九十\d]" needs).
func hasTableNumeral(t string) bool {
	for {
		i := strings.Index(t, "表")
		if i < 0 {
			return false
		}
		t = t[i+len("表"):]
		rest := strings.TrimLeft(t, " \t\n\f\r\v")
		r, _ := utf8.DecodeRuneInString(rest)
		if r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十", r) {
			return true
		}
	}
}
