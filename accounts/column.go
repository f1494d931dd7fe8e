package accounts

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
)

// Column identifies a column of a disclosure table. Columns are shared
// across tables (基本支出 is the same column in 支出决算表 and
// 一般公共预算财政拨款支出决算表); a [Table] lists the ones it prints.
type Column uint8

// The columns of the eight tables.
const (
	ColAmount        Column = iota + 1 // 决算数 / 金额: the single column of 总表 and 基本支出决算表
	ColTotal                           // 合计 / 本年收入合计 / 本年支出合计 / 小计
	ColAppropriation                   // 财政拨款收入
	ColSuperior                        // 上级补助收入
	ColBusiness                        // 事业收入
	ColOperating                       // 经营收入
	ColAffiliated                      // 附属单位上缴收入
	ColOtherIncome                     // 其他收入
	ColBasic                           // 基本支出
	ColProject                         // 项目支出
	ColRemitted                        // 上缴上级支出
	ColOperatingExp                    // 经营支出
	ColSubsidiary                      // 对附属单位补助支出
	ColGeneral                         // 一般公共预算财政拨款
	ColGovFund                         // 政府性基金预算财政拨款
	ColStateCapital                    // 国有资本经营预算财政拨款
	ColOpening                         // 年初结转和结余
	ColIncome                          // 本年收入
	ColExpenditure                     // 本年支出 (合计)
	ColClosing                         // 年末结转和结余
	numColumns
)

var columnNames = [...]string{"", "决算数", "合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
	"附属单位上缴收入", "其他收入", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出",
	"一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款", "年初结转和结余", "本年收入",
	"本年支出", "年末结转和结余"}

// Name returns the column's official name. The total column is named by
// the table ([Table.ColumnName]: 本年收入合计 in 收入决算表).
func (c Column) Name() string {
	if c < ColAmount || c >= numColumns {
		return fmt.Sprintf("Column(%d)", uint8(c))
	}
	return columnNames[c]
}

// String returns [Column.Name].
func (c Column) String() string { return c.Name() }

// Cells holds a row's cells indexed by Column; cells of columns a table does
// not print stay absent. Write one as a keyed array literal:
//
//	accounts.Cells{accounts.ColTotal: c1, accounts.ColBasic: c2}
type Cells [numColumns]fiscal.Cell

// Side says which half of a two-sided summary table a row is on.
type Side uint8

// Sides. Tables with one set of rows use SideMain.
const (
	SideMain        Side = iota // the only side of a detail table
	SideIncome                  // 收入 (left half of a summary table)
	SideExpenditure             // 支出 (right half)
)

// String returns "", "收入" or "支出".
func (s Side) String() string {
	switch s {
	case SideIncome:
		return "收入"
	case SideExpenditure:
		return "支出"
	}
	return ""
}
