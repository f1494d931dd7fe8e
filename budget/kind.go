package budget

import (
	"fmt"
	"strings"
)

// TableKind identifies one kind of budget table, whatever its number in a
// report. The first nine are the Shanghai nine-table 部门预算 and 单位预算;
// the others occur in the older provincial 12-table layout (Jiangsu 2019).
type TableKind uint8

// The table kinds.
const (
	KindSummary               TableKind = iota + 1 // 财务收支预算总表 (收支预算总表)
	KindIncome                                     // 收入预算总表
	KindExpenditure                                // 支出预算总表
	KindAppropriationSummary                       // 财政拨款收支预算总表
	KindGeneralFunction                            // 一般公共预算支出功能分类预算表 (一般公共预算支出预算表)
	KindGeneralBasic                               // 一般公共预算基本支出部门预算经济分类预算表 (一般公共预算基本支出预算表)
	KindFundFunction                               // 政府性基金预算支出功能分类预算表 (政府性基金预算财政拨款支出预算表)
	KindCapitalFunction                            // 国有资本经营预算支出功能分类预算表
	KindThreePublic                                // "三公"经费和机关运行经费预算表 ("三公"经费、会议费、培训费支出预算表)
	KindAppropriationFunction                      // 财政拨款支出预算表（功能科目）: 12-table layout
	KindAppropriationBasic                         // 财政拨款基本支出预算表（经济科目）: 12-table layout
	KindRunningCosts                               // 一般公共预算机关运行经费支出预算表: 12-table layout
	KindProcurement                                // 政府采购支出预算表: 12-table layout
	numKinds
)

// Kinds returns every kind in order.
func Kinds() []TableKind {
	out := make([]TableKind, 0, numKinds-1)
	for k := KindSummary; k < numKinds; k++ {
		out = append(out, k)
	}
	return out
}

var kindTitles = [...]string{"",
	"财务收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表",
	"一般公共预算支出功能分类预算表", "一般公共预算基本支出部门预算经济分类预算表",
	"政府性基金预算支出功能分类预算表", "国有资本经营预算支出功能分类预算表",
	"“三公”经费和机关运行经费预算表",
	"财政拨款支出预算表", "财政拨款基本支出预算表", "一般公共预算机关运行经费支出预算表", "政府采购支出预算表"}

var kindIDs = [...]string{"",
	"summary", "income", "expenditure", "appropriation-summary",
	"general-function", "general-basic", "fund-function", "capital-function", "three-public",
	"appropriation-function", "appropriation-basic", "running-costs", "procurement"}

// Valid reports whether k is one of the kinds.
func (k TableKind) Valid() bool { return k >= KindSummary && k < numKinds }

// Title returns the official title of the kind (Shanghai wording where the
// kind is in the nine-table set).
func (k TableKind) Title() string {
	if !k.Valid() {
		return fmt.Sprintf("Kind(%d)", uint8(k))
	}
	return kindTitles[k]
}

// String returns the kind's identifier ("summary", "general-basic", …); the
// profile of the kind has ID "budget." + String().
func (k TableKind) String() string {
	if !k.Valid() {
		return fmt.Sprintf("Kind(%d)", uint8(k))
	}
	return kindIDs[k]
}

// ParseKind reads an identifier as returned by [TableKind.String], with or
// without the "budget." prefix of a profile ID; a profile ID with a variant
// suffix ("budget.three-public.meetings") names its kind.
func ParseKind(s string) (TableKind, error) {
	for _, k := range Kinds() {
		if k.String() == s || "budget."+k.String() == s || strings.HasPrefix(s, "budget."+k.String()+".") {
			return k, nil
		}
	}
	return 0, fmt.Errorf("budget: unknown table kind %q", s)
}

// Level says whose budget a document is.
type Level uint8

// Levels.
const (
	LevelDepartment Level = iota + 1 // 部门预算: a department with its units
	LevelUnit                        // 单位预算: one budget unit
)

// String returns "部门预算" or "单位预算".
func (l Level) String() string {
	switch l {
	case LevelDepartment:
		return "部门预算"
	case LevelUnit:
		return "单位预算"
	}
	return fmt.Sprintf("Level(%d)", uint8(l))
}
