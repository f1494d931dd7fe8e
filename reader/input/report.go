package input

import (
	"bytes"
	"unicode/utf8"
)

// reportWords are words that any fiscal report prints many times.
var (
	kindWords   = [][]byte{[]byte("决算"), []byte("预算")}
	flowWords   = [][]byte{[]byte("收入"), []byte("支出")}
	amountWords = [][]byte{[]byte("万元"), []byte("元"), []byte("合计"), []byte("财政拨款")}
)

// LooksLikeFiscalReport is a cheap, generous test of whether decoded text
// could be a fiscal report (决算 or 预算) of any department: it names 决算
// or 预算, names 收入 or 支出, and has money (元, 万元, 合计, 财政拨款) or a
// classification code (a run of 3, 5 or 7 digits beginning with 1, 2, 3 or
// 5). It is a gate against licence texts, prose and junk, not a judgement:
// a text that passes may still have no tables.
func LooksLikeFiscalReport(text []byte) bool {
	return containsAny(text, kindWords) && containsAny(text, flowWords) &&
		(containsAny(text, amountWords) || hasCode(text))
}

func containsAny(text []byte, words [][]byte) bool {
	for _, w := range words {
		if bytes.Contains(text, w) {
			return true
		}
	}
	return false
}

// hasCode reports whether text holds a run of exactly 3, 5 or 7 ASCII
// digits beginning with 1, 2, 3 or 5 (a classification code).
func hasCode(text []byte) bool {
	run := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] >= '0' && text[i] <= '9' {
			run++
			continue
		}
		if run == 3 || run == 5 || run == 7 {
			switch text[i-run] {
			case '1', '2', '3', '5':
				return true
			}
		}
		run = 0
	}
	return false
}

// ReportKind is the kind of report a text is.
type ReportKind uint8

// Kinds of report. The zero ReportKind is unknown.
const (
	KindUnknown       ReportKind = iota
	KindFinalAccounts            // 决算: final accounts
	KindBudget                   // 预算: a budget
)

// String returns "决算", "预算" or "unknown".
func (k ReportKind) String() string {
	switch k {
	case KindFinalAccounts:
		return "决算"
	case KindBudget:
		return "预算"
	}
	return "unknown"
}

// KindOf tells a 预算 report from a 决算 report by its table titles: a
// text whose titles end in 预算表 or 预算总表 and none in 决算表 or 决算总表
// (明细表 included) is a budget, the reverse final accounts; anything else
// (no titles, or both) is unknown. Names in the text that merely mention
// 预算 (一般公共预算, 年初预算) do not count.
//
// Where the titles do not decide (a budget of the national set prints none
// ending in 预算表: 部门收支总表, 一般公共预算支出表, 一般公共预算“三公”经费
// 支出表), the lines that read as table titles (short, ending in 表) and
// the report's own name decide: a title naming 决算 is a 决算's, one
// naming 预算 or a 收支总表, 收入总表 or 支出总表 (the budget set's
// summaries) a budget's; "部门决算", "单位决算" against "部门预算", "单位
// 预算" (the cover, the parts' headings). Each side must outweigh the
// other twice over.
func KindOf(text []byte) ReportKind {
	final := countTitles(text, "决算")
	budget := countTitles(text, "预算")
	switch {
	case final > 0 && budget == 0:
		return KindFinalAccounts
	case budget > 0 && final == 0:
		return KindBudget
	case final > 0 && budget > 0:
		return KindUnknown
	}
	final, budget = titleLines(text)
	for _, w := range [...]string{"部门决算", "单位决算"} {
		final += bytes.Count(text, []byte(w))
	}
	for _, w := range [...]string{"部门预算", "单位预算"} {
		budget += bytes.Count(text, []byte(w))
	}
	switch {
	case final >= 2 && final >= 2*budget:
		return KindFinalAccounts
	case budget >= 2 && budget >= 2*final:
		return KindBudget
	}
	return KindUnknown
}

// titleLines counts the lines that read as a 决算 table's title and those
// that read as a budget table's: at most 40 characters, spaces aside,
// ending in 表 (or 表 and a bracketed word), naming 决算, or else 预算 or a
// summary of the budget set (收支总表, 收入总表, 支出总表).
func titleLines(text []byte) (final, budget int) {
	for len(text) > 0 {
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 || len(line) > 160 || utf8.RuneCount(line) > 60 {
			continue
		}
		t := bytes.ReplaceAll(bytes.ReplaceAll(line, []byte(" "), nil), []byte("\u3000"), nil)
		if utf8.RuneCount(t) > 40 {
			continue
		}
		if i := bytes.LastIndexAny(t, "（("); i > 0 && (bytes.HasSuffix(t, []byte("）")) || bytes.HasSuffix(t, []byte(")"))) {
			t = t[:i] // "…支出表（2025年）"
		}
		if !bytes.HasSuffix(t, []byte("表")) {
			continue
		}
		switch {
		case bytes.Contains(t, []byte("决算")):
			final++
		case bytes.Contains(t, []byte("预算")), bytes.HasSuffix(t, []byte("收支总表")),
			bytes.HasSuffix(t, []byte("收入总表")), bytes.HasSuffix(t, []byte("支出总表")):
			budget++
		}
	}
	return final, budget
}

// countTitles counts the occurrences of word followed, after at most a
// parenthesised word such as (明细), by 表 or 总表.
func countTitles(text []byte, word string) int {
	n := 0
	w := []byte(word)
	for {
		i := bytes.Index(text, w)
		if i < 0 {
			return n
		}
		text = text[i+len(w):]
		rest := text
		if r, size := utf8.DecodeRune(rest); r == '(' || r == '（' {
			if j := bytes.IndexAny(rest[size:min(len(rest), 24)], ")）"); j >= 0 {
				_, csize := utf8.DecodeRune(rest[size+j:])
				rest = rest[size+j+csize:]
			}
		}
		if bytes.HasPrefix(rest, []byte("表")) || bytes.HasPrefix(rest, []byte("总表")) {
			n++
		}
	}
}
