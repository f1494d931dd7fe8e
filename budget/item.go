package budget

import (
	"strings"
	"unicode"

	"github.com/cnfiscal/fiscal/classify"
)

// Item is a named row: an income source, a subtotal or total, or a 支出用途
// line of a summary table. Function and economic rows are keyed by code
// instead.
type Item uint8

// Named rows.
const (
	ItemAppropriation       Item = iota + 1 // 财政拨款收入 (财政拨款)
	ItemGeneral                             // 一般公共预算 (资金, 拨款收入)
	ItemFund                                // 政府性基金预算
	ItemCapital                             // 国有资本经营预算
	ItemSpecialAccount                      // 财政专户管理资金
	ItemBusiness                            // 事业收入
	ItemOperating                           // 事业单位经营收入
	ItemSuperior                            // 上级补助收入
	ItemAffiliated                          // 附属单位上缴收入
	ItemOther                               // 其他收入 (其他资金)
	ItemIncomeSubtotal                      // 本年收入合计, 当年收入小计
	ItemCarryOver                           // 上年结转(和结余)资金
	ItemIncomeTotal                         // 收入总计 (收入合计 where no subtotal is printed)
	ItemExpenditureSubtotal                 // 本年支出合计, 当年支出小计
	ItemCarryForward                        // 结转下年资金, 年末结转和结余
	ItemExpenditureTotal                    // 支出总计 (支出合计)
	ItemBasic                               // 基本支出 (支出用途)
	ItemProject                             // 项目支出 (支出用途)
	ItemReserve                             // 单位预留机动经费 (支出用途)
	ItemGrandTotal                          // 合计: the total row of a one-sided table
	ItemBusinessFund                        // 用事业基金弥补收支差额 (收支总表 of the national template)
	numItems
)

var itemNames = [...]string{"",
	"财政拨款收入", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金",
	"事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入",
	"本年收入合计", "上年结转资金", "收入总计", "本年支出合计", "结转下年资金", "支出总计",
	"基本支出", "项目支出", "单位预留机动经费", "合计", "用事业基金弥补收支差额"}

// Name returns the item's official name.
func (it Item) Name() string {
	if it == 0 || it >= numItems {
		return ""
	}
	return itemNames[it]
}

// incomeAliases and the others map a normalised label (numbering and
// spaces removed) to an item. Each list holds names seen in Shanghai and
// provincial templates; a label not listed is kept as an unknown row and
// reported, never guessed.
var incomeAliases = map[string]Item{
	"财政拨款收入": ItemAppropriation, "财政拨款": ItemAppropriation, "财政拨款资金": ItemAppropriation,
	"一般公共预算": ItemGeneral, "一般公共预算资金": ItemGeneral, "一般公共预算拨款": ItemGeneral,
	"一般公共预算拨款收入": ItemGeneral, "一般公共预算财政拨款": ItemGeneral, "一般公共预算财政拨款收入": ItemGeneral,
	"政府性基金预算": ItemFund, "政府性基金": ItemFund, "政府性基金预算资金": ItemFund,
	"政府性基金预算拨款": ItemFund, "政府性基金预算拨款收入": ItemFund, "政府性基金预算财政拨款": ItemFund, "政府性基金预算财政拨款收入": ItemFund,
	"国有资本经营预算": ItemCapital, "国有资本经营预算资金": ItemCapital, "国有资本经营预算拨款收入": ItemCapital, "国有资本经营预算拨款": ItemCapital,
	"国有资本经营预算财政拨款": ItemCapital, "国有资本经营预算财政拨款收入": ItemCapital,
	"财政专户管理资金": ItemSpecialAccount, "财政专户管理资金收入": ItemSpecialAccount,
	"事业收入":     ItemBusiness,
	"事业单位经营收入": ItemOperating, "经营收入": ItemOperating,
	"上级补助收入":   ItemSuperior,
	"附属单位上缴收入": ItemAffiliated,
	"其他收入":     ItemOther, "其他资金": ItemOther,
	"本年收入合计": ItemIncomeSubtotal, "本年收入小计": ItemIncomeSubtotal, "当年收入小计": ItemIncomeSubtotal,
	"当年收入合计": ItemIncomeSubtotal, "收入小计": ItemIncomeSubtotal, "本年收入": ItemIncomeSubtotal,
	"上年结转资金": ItemCarryOver, "上年结转": ItemCarryOver, "上年结转和结余": ItemCarryOver,
	"上年结转和结余资金": ItemCarryOver, "上年结转结余": ItemCarryOver, "年初结转和结余": ItemCarryOver,
	"收入总计": ItemIncomeTotal, "收入合计": ItemIncomeTotal,
	"用事业基金弥补收支差额": ItemBusinessFund, "用事业基金弥补收支差": ItemBusinessFund, "用事业基金弥补收支缺口": ItemBusinessFund,
}

var expenditureAliases = map[string]Item{
	"本年支出合计": ItemExpenditureSubtotal, "本年支出小计": ItemExpenditureSubtotal,
	"当年支出小计": ItemExpenditureSubtotal, "当年支出合计": ItemExpenditureSubtotal, "支出小计": ItemExpenditureSubtotal,
	"结转下年资金": ItemCarryForward, "结转下年": ItemCarryForward, "年末结转和结余": ItemCarryForward,
	"支出总计": ItemExpenditureTotal, "支出合计": ItemExpenditureTotal,
}

var useAliases = map[string]Item{
	"基本支出": ItemBasic, "项目支出": ItemProject, "单位预留机动经费": ItemReserve, "预留机动经费": ItemReserve,
}

var totalAliases = map[string]Item{"合计": ItemGrandTotal, "总计": ItemGrandTotal, "合计数": ItemGrandTotal}

// NormalizeLabel folds a printed row label for matching: widths folded,
// spaces removed, and a leading enumeration ("一、", "1.", "1、", "（一）",
// "(1)", "其中：") removed.
func NormalizeLabel(s string) string {
	s = classify.NormalizeName(s)
	for {
		t := strings.TrimPrefix(s, "其中:")
		t = trimEnumeration(t)
		if t == s {
			return s
		}
		s = t
	}
}

func trimEnumeration(s string) string {
	if strings.HasPrefix(s, "(") {
		if i := strings.IndexByte(s, ')'); i > 0 && i <= 10 && isNumeral(s[1:i]) {
			return s[i+1:]
		}
		return s
	}
	i := 0
	for i < len(s) {
		r, n := decodeRune(s[i:])
		if !isNumeralRune(r) {
			break
		}
		i += n
	}
	if i == 0 || i == len(s) {
		return s
	}
	rest := s[i:]
	for _, sep := range []string{"、", ".", "．", ",", "，"} {
		if strings.HasPrefix(rest, sep) {
			return rest[len(sep):]
		}
	}
	return s
}

func isNumeral(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isNumeralRune(r) {
			return false
		}
	}
	return true
}

func isNumeralRune(r rune) bool {
	return unicode.IsDigit(r) || strings.ContainsRune("一二三四五六七八九十百零", r)
}

func decodeRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// itemOf returns the named row a label denotes on side s, or 0.
func itemOf(s Side, label string) Item {
	l := NormalizeLabel(label)
	switch s {
	case SideIncome:
		return incomeAliases[l]
	case SideExpenditure:
		if it, ok := expenditureAliases[l]; ok {
			return it
		}
		return useAliases[l]
	case SideUse:
		if it, ok := expenditureAliases[l]; ok {
			return it
		}
		return useAliases[l]
	}
	return totalAliases[l]
}
