package narrative

import (
	"strings"
	"unicode/utf8"
)

// context is what the sentences under a heading speak of.
type context uint8

const (
	ctxNone     context = iota // before any known heading, or a part without figures of its own
	ctxTotal                   // 收入支出决算总体情况说明: 收入支出决算总表 总计
	ctxIncome                  // 收入决算情况说明: 收入决算表, 本年收入合计
	ctxExpend                  // 支出决算情况说明: 支出决算表, 本年支出合计
	ctxAppr                    // 财政拨款收入支出决算总体情况说明: 财政拨款收入支出决算总表
	ctxGeneral                 // 一般公共预算财政拨款支出决算情况说明: 一般公共预算财政拨款支出决算表
	ctxBasic                   // 一般公共预算财政拨款基本支出决算情况说明
	ctxGovFund                 // 政府性基金预算财政拨款收入支出决算情况说明
	ctxStateCap                // 国有资本经营预算财政拨款（收入）支出决算情况说明
	ctxThree                   // 财政拨款“三公”经费支出决算情况说明
	ctxRunning                 // 机关运行经费
	ctxProcure                 // 政府采购
	ctxAssets                  // 国有资产占用
	ctxPerf                    // 预算绩效: the paragraphs on the evaluation
	ctxProjects                // 项目绩效自评结果: the project summaries
	ctxOther                   // 专项支出, 其他需要说明的情况, 其他重要事项
	ctxGlossary                // 名词解释: no figures of the department
)

var partRE = guard(`^第[一二三四五六七八九十]+部分`, beginsWithOneOf("第"))

// headingSuffixes end a heading of the 情况说明 (after a trailing 。 or ：).
var headingSuffixes = []string{"情况说明", "情况", "说明", "结果", "名词解释", "附件", "事项"}

// isHeading reports whether a paragraph without events is a heading:
// short, without commas, and either a 第…部分 or ending as headings end.
func isHeading(t string) bool {
	// More than 240 bytes is more than 60 runes; 60 bytes or fewer, not
	// more: most paragraphs are told without counting their runes.
	if len(t) > 4*60 || len(t) > 60 && utf8.RuneCountInString(t) > 60 || strings.ContainsAny(t, "，,；;") {
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

// contextOf returns the context a heading opens; a heading it does not
// recognise keeps the current one (a sub-heading of the same part).
func contextOf(heading string, cur context) context {
	h := normalize(heading)
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(h, s) {
				return true
			}
		}
		return false
	}
	switch {
	case partRE.MatchString(h):
		switch {
		case has("名词解释"):
			return ctxGlossary
		case has("情况说明"):
			return ctxNone
		}
		return ctxOther
	case has("名词解释"):
		return ctxGlossary
	case has("三公"):
		return ctxThree
	case has("机关运行经费"):
		return ctxRunning
	case has("政府采购"):
		return ctxProcure
	case has("国有资产"):
		return ctxAssets
	case has("项目绩效自评", "项目支出绩效自评", "绩效自评结果"):
		return ctxProjects
	case has("绩效"):
		return ctxPerf
	case has("政府性基金"):
		return ctxGovFund
	case has("国有资本经营"):
		return ctxStateCap
	case has("基本支出"):
		return ctxBasic
	case has("一般公共预算财政拨款支出", "一般公共预算支出"):
		return ctxGeneral
	case has("财政拨款收入支出", "财政拨款收支"):
		return ctxAppr
	case has("收入支出决算总体", "收支决算总体", "收入支出总体", "收入支出决算情况"):
		return ctxTotal
	case has("收入决算"):
		return ctxIncome
	case has("支出决算"):
		return ctxExpend
	}
	// Chongqing's bare "2.收入情况。", "3.支出情况。" under the 总体 heading.
	switch strings.TrimRight(stripNumbering(h), "。.：:") {
	case "收入情况", "收入情况说明":
		return ctxIncome
	case "支出情况", "支出情况说明":
		return ctxExpend
	}
	switch {
	case has("专项", "转移支付", "其他"):
		return ctxOther
	}
	return cur
}

// normalize folds a phrase for matching: no spaces or quotes, ASCII
// parentheses as full-width ones, and 收、支 / 收支 spelled 收入支出.
func normalize(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\u3000', '\u00a0', '“', '”', '"', '‘', '’', '\'', '「', '」':
			return -1
		case '(':
			return '（'
		case ')':
			return '）'
		}
		return r
	}, s)
	s = strings.ReplaceAll(s, "收、支", "收支")
	s = strings.ReplaceAll(s, "收入、支出", "收入支出")
	s = strings.ReplaceAll(s, "收支", "收入支出")
	return s
}

// headingPrefixRE finds a numbered heading glued to the paragraph after
// it: "（一）机关运行经费支出情况机关运行经费支出184.65万元，…", and
// Chongqing's "3.一般公共预算财政拨款支出决算具体情况。2024年度…".
var headingPrefixRE = guard(`^((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]{1,2}[.．、])[^，,。；;：:0-9０-９]{2,40}?(?:情况说明|情况))(.+)$`, beginsWithOneOf("一二三四五六七八九十（(0123456789"))

// headingPrefix splits a paragraph that starts with a numbered heading.
func headingPrefix(t string) (heading, rest string, ok bool) {
	m := headingPrefixRE.FindStringSubmatch(t)
	if m == nil {
		return "", "", false
	}
	if r, _ := utf8.DecodeRuneInString(m[2]); strings.ContainsRune("，,；;：:、", r) {
		return "", "", false // the words go on: not a heading
	}
	if m[1][0] >= '0' && m[1][0] <= '9' && !strings.HasPrefix(m[2], "。") {
		// A list's item ("1.一般公共服务支出…") is no heading: a heading
		// numbered so ends with its own 。.
		return "", "", false
	}
	rest = trimText(strings.TrimLeft(m[2], "。."))
	if h := trimText(m[1]); isHeading(h) && rest != "" {
		return h, rest, true
	}
	return "", "", false
}
