package accounts

import (
	"fmt"

	"github.com/cnfiscal/fiscal/internal/tabletitle"
)

// TableKind identifies one of the eight financial disclosure tables. The ninth,
// the "三公" table, belongs to package threepublic.
type TableKind uint8

// The table kinds, in the order of the Hubei (公开01–公开08) and national
// templates.
const (
	KindSummary              TableKind = iota + 1 // 收入支出决算总表
	KindIncome                                    // 收入决算表
	KindExpenditure                               // 支出决算表
	KindAppropriationSummary                      // 财政拨款收入支出决算总表
	KindGeneralBudget                             // 一般公共预算财政拨款支出决算表
	KindBasicExpenditure                          // 一般公共预算财政拨款基本支出决算(明细)表
	KindGovFund                                   // 政府性基金预算财政拨款收入支出决算表
	KindStateCapital                              // 国有资本经营预算财政拨款(收入)支出决算表
)

// Kinds returns the eight kinds in order.
func Kinds() []TableKind {
	return []TableKind{KindSummary, KindIncome, KindExpenditure, KindAppropriationSummary,
		KindGeneralBudget, KindBasicExpenditure, KindGovFund, KindStateCapital}
}

var kindTitles = [...]string{"", "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
	"一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
	"政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表"}

var kindIDs = [...]string{"", "summary", "income", "expenditure", "appropriation-summary",
	"general-budget", "basic-expenditure", "gov-fund", "state-capital"}

// Title returns the table's official title in the national template.
// Published titles vary a little (一般公共预算财政拨款基本支出决算明细表,
// 国有资本经营预算财政拨款收入支出决算表); [Table.Title] keeps the printed one.
func (k TableKind) Title() string {
	if k < KindSummary || k > KindStateCapital {
		return fmt.Sprintf("Kind(%d)", uint8(k))
	}
	return kindTitles[k]
}

// String returns a short identifier: "summary", "income", "gov-fund", ….
func (k TableKind) String() string {
	if k < KindSummary || k > KindStateCapital {
		return fmt.Sprintf("Kind(%d)", uint8(k))
	}
	return kindIDs[k]
}

// ParseKind reads an identifier as returned by [TableKind.String].
func ParseKind(s string) (TableKind, error) {
	for _, k := range Kinds() {
		if k.String() == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("accounts: unknown table kind %q", s)
}

// MarshalText implements [encoding.TextMarshaler] with [TableKind.String].
func (k TableKind) MarshalText() ([]byte, error) {
	if k < KindSummary || k > KindStateCapital {
		return nil, fmt.Errorf("accounts: cannot marshal %v", k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseKind].
func (k *TableKind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// KindOfTitle identifies a table by its printed title, whatever its number
// or position: "一般公共预算财政拨款基本支出决算明细表" is
// KindBasicExpenditure. It reports false for a title it does not know,
// including the "三公" table.
func KindOfTitle(title string) (TableKind, bool) {
	t := normalizeTitle(title)
	switch {
	case contains(t, "三公"):
		return 0, false
	case contains(t, "财政拨款收入支出决算总表"):
		return KindAppropriationSummary, true
	case contains(t, "收入支出决算总表"):
		return KindSummary, true
	case names(t, "基本支出决算"):
		return KindBasicExpenditure, true
	case names(t, "一般公共预算财政拨款支出决算表"):
		return KindGeneralBudget, true
	case contains(t, "政府性基金预算财政拨款"):
		return KindGovFund, true
	case contains(t, "国有资本经营预算财政拨款"):
		return KindStateCapital, true
	case names(t, "收入决算表"):
		return KindIncome, true
	case names(t, "支出决算表"):
		return KindExpenditure, true
	}
	return 0, false
}

// names reports whether a normalised title names the table called name,
// not another table whose title holds it (机关运行经费支出决算表, 项目支出
// 决算表 are not the 支出决算表).
func names(title, name string) bool { return tabletitle.Names(title, name) }
