package accounts

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// Item identifies a named (uncoded) row: 本年收入合计, 年初结转和结余, 合计, ….
// Rows keyed by a classification code have Item 0.
type Item uint8

// The named rows of the eight tables.
const (
	ItemGeneralIncome           Item = iota + 1 // 一般公共预算财政拨款收入 (总表)
	ItemGovFundIncome                           // 政府性基金预算财政拨款收入
	ItemStateCapitalIncome                      // 国有资本经营预算财政拨款收入
	ItemSuperiorIncome                          // 上级补助收入
	ItemBusinessIncome                          // 事业收入
	ItemOperatingIncome                         // 经营收入
	ItemAffiliatedIncome                        // 附属单位上缴收入
	ItemOtherIncome                             // 其他收入
	ItemIncomeTotal                             // 本年收入合计
	ItemNonAppropriationSurplus                 // 使用非财政拨款结余
	ItemOpening                                 // 年初结转和结余 (财政拨款总表: 年初财政拨款结转和结余)
	ItemGrandTotal                              // 总计
	ItemExpenditureTotal                        // 本年支出合计
	ItemSurplusDistribution                     // 结余分配
	ItemClosing                                 // 年末结转和结余 (财政拨款总表: 年末财政拨款结转和结余)
	ItemGeneral                                 // 一般公共预算财政拨款 (财政拨款总表)
	ItemGovFund                                 // 政府性基金预算财政拨款
	ItemStateCapital                            // 国有资本经营预算财政拨款
	ItemTotal                                   // 合计 (the total row of a detail table)
	ItemPersonnelTotal                          // 人员经费合计 (基本支出决算表)
	ItemPublicTotal                             // 公用经费合计
	numItems
)

var itemNames = [...]string{"", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入",
	"上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入", "本年收入合计", "使用非财政拨款结余",
	"年初结转和结余", "总计", "本年支出合计", "结余分配", "年末结转和结余", "一般公共预算财政拨款",
	"政府性基金预算财政拨款", "国有资本经营预算财政拨款", "合计", "人员经费合计", "公用经费合计"}

// Name returns the row's official name.
func (i Item) Name() string {
	if i == 0 || i >= numItems {
		return fmt.Sprintf("Item(%d)", uint8(i))
	}
	return itemNames[i]
}

// String returns [Item.Name].
func (i Item) String() string { return i.Name() }

// incomeItems are the 总表's income rows, in order, with the ledger source
// each one sums.
var incomeItems = [...]Item{ItemGeneralIncome, ItemGovFundIncome, ItemStateCapitalIncome, ItemSuperiorIncome,
	ItemBusinessIncome, ItemOperatingIncome, ItemAffiliatedIncome, ItemOtherIncome}

// ItemOfName identifies a named row by its printed label, ignoring the
// numbering ("一、", "（一）") and spacing, and accepting the variants seen in
// published tables ("三、国有资本经营财政拨款", "年初财政拨款结转和结余"). side
// and kind disambiguate: "一般公共预算财政拨款" is ItemGeneral. It reports
// false for a label it does not know, including functional 类 rows.
func ItemOfName(kind TableKind, label string) (Item, bool) {
	n := normalizeTitle(stripNumbering(label))
	n = strings.ReplaceAll(n, "财政拨款结转和结余", "结转和结余")
	switch n {
	case "合计", "小计":
		if kind == KindSummary || kind == KindAppropriationSummary {
			return 0, false
		}
		return ItemTotal, true
	case "国有资本经营财政拨款", "国有资本经营预算财政拨款":
		if kind == KindSummary {
			return ItemStateCapitalIncome, true
		}
		return ItemStateCapital, true
	case "国有资本经营财政拨款收入":
		return ItemStateCapitalIncome, true
	}
	names := normalizedItemNames()
	for i := Item(1); i < numItems; i++ {
		if names[i] == n {
			return i, true
		}
	}
	return 0, false
}

// normalizedItemNames are the items' names as normalizeTitle folds them,
// computed once (immutable data, like the embedded catalogs).
var normalizedItemNames = sync.OnceValue(func() *[numItems]string {
	var names [numItems]string
	for i := Item(1); i < numItems; i++ {
		names[i] = normalizeTitle(i.Name())
	}
	return &names
})

// stripNumbering removes a leading "一、", "（一）", "(1)", "1." or "1、".
func stripNumbering(s string) string {
	t := trimCell(s)
	// Only a numeral or an opening parenthesis can start a numbering.
	// A numbering is a run of numerals in brackets, or followed by 、 . or
	// ．: none of these is a numeral, so the first closing bracket or
	// separator after numerals alone is where the run of numerals ends.
	r, size := utf8.DecodeRuneInString(t)
	switch {
	case r == '(' || r == '（':
		closing := ")"
		if r == '（' {
			closing = "）"
		}
		rest := t[size:]
		if i := numeralPrefix(rest); i > 0 && strings.HasPrefix(rest[i:], closing) {
			return trimCell(rest[i+len(closing):])
		}
	case isNumeralRune(r):
		i := size + numeralPrefix(t[size:])
		switch rest := t[i:]; {
		case strings.HasPrefix(rest, "、"):
			return trimCell(rest[len("、"):])
		case strings.HasPrefix(rest, "."):
			return trimCell(rest[len("."):])
		case strings.HasPrefix(rest, "．"):
			return trimCell(rest[len("．"):])
		}
	}
	return t
}

// numeralPrefix returns the length in bytes of the run of numerals s
// begins with.
func numeralPrefix(s string) int {
	for i, r := range s {
		if !isNumeralRune(r) {
			return i
		}
	}
	return len(s)
}

// trimCell trims spaces, including the full-width space.
func trimCell(s string) string {
	if s == "" || (!mayBeSpaceStart(s[0]) && !mayBeSpaceEnd(s[len(s)-1])) {
		return s
	}
	return strings.Trim(s, cellSpaces)
}

const cellSpaces = " \t\r\n\u3000\u00a0"

// mayBeSpaceStart reports whether b can start one of cellSpaces (U+3000 is
// E3 80 80, U+00A0 is C2 A0); mayBeSpaceEnd whether it can end one.
func mayBeSpaceStart(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xE3 || b == 0xC2
}

func mayBeSpaceEnd(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0x80 || b == 0xA0
}

// numerals are the characters of a list number.
const numerals = "一二三四五六七八九十百零〇0123456789"

// isNumeralRune reports whether r is one of [numerals] (a switch: names are
// stripped of their numbering on every row checked).
func isNumeralRune(r rune) bool {
	if r >= '0' && r <= '9' {
		return true
	}
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '零', '〇':
		return true
	}
	return false
}
