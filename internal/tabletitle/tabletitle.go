// Package tabletitle tells whether a printed table title names a table:
// the rule the table readers share for titles that hold another table's
// title ("机关运行经费支出决算表" holds "支出决算表" but is not the 支出决算表).
package tabletitle

import "strings"

// narrowing are the words that, printed just before a table's title, name
// another table whose title contains it: 机关运行经费支出决算表, 会议费支出
// 决算表, 项目支出决算表, 政府采购支出决算表, 专项资金支出决算表, 资产…表,
// 绩效…表. A department's name or the year before a title ("XX局2024年度
// 支出决算表") ends otherwise.
var narrowing = [...]string{"费", "项目", "采购", "资金", "资产", "专项", "绩效"}

// Names reports whether the title (normalised: widths folded, no quotation
// marks) contains name at a place not narrowed by a word printed just
// before it (spaces between them are ignored).
func Names(title, name string) bool {
	for from := 0; ; {
		i := strings.Index(title[from:], name)
		if i < 0 {
			return false
		}
		i += from
		if !Narrowed(title[:i]) {
			return true
		}
		from = i + len(name)
	}
}

// Narrowed reports whether the text printed before a table's title ends
// in a word that makes the title another table's.
func Narrowed(before string) bool {
	before = strings.TrimRight(before, " \u3000")
	for _, w := range narrowing {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}
