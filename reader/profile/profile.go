package profile

import (
	"strings"

	"github.com/cnfiscal/fiscal"
)

// Family is the kind of report a table belongs to.
type Family uint8

// Families.
const (
	Final  Family = iota + 1 // 决算: final accounts
	Budget                   // 预算: budget
)

// String returns "决算" or "预算".
func (f Family) String() string {
	switch f {
	case Final:
		return "决算"
	case Budget:
		return "预算"
	}
	return "unknown"
}

// RowKey tells how a table's rows are keyed.
type RowKey uint8

// Row keys.
const (
	KeyFunction    RowKey = iota + 1 // a 功能分类 code (201, 20106, 2010601), printed whole or in 类/款/项 columns
	KeyEconomic                      // a 部门经济分类 code (301, 30101)
	KeyGovEconomic                   // a 政府经济分类 code (501, 50101)
	KeyNamed                         // a named row ("本年收入合计", "一、一般公共预算财政拨款收入")
	KeyMixed                         // codes and named rows (a 基本支出 table with 人员经费合计 rows)
	// KeyLabel rows are known by their printed labels alone, in print
	// order, each line ending in figures a row (a 政府采购支出预算表 lists
	// its 品目 and purchases as a tree of labels over one 金额 column).
	KeyLabel
)

// Column is one column of a table, in print order.
type Column struct {
	// ID is the column's stable identifier within the profile ("total",
	// "basic", "project").
	ID string
	// Headers are the header texts the column is printed under, after
	// normalisation (widths folded, spaces removed): "本年支出合计", "合计",
	// "小计". The first is the official one.
	Headers []string
	// Optional columns may be left out of a published table altogether,
	// and are seldom used: among assignments that fit equally, the one
	// leaving them empty is the likelier.
	Optional bool
	// UsedIf names a row (NamedRow.Key, or a two-sided table's named
	// row) that must hold a non-zero figure somewhere in the table for
	// this column to hold one: 政府性基金预算财政拨款 for the 政府性基金
	// column of the 财政拨款收入支出决算总表.
	UsedIf string
	// Headed columns are read only where the table prints their header:
	// a column some editions of a form print and others leave out (the
	// 部门收入总表's 国有资本经营预算拨款收入). Kept where it is not
	// printed, it would give a row's figures one more place to go.
	Headed bool
	// Classes, for a column of a table keyed by 经济分类 code, are the
	// 类 whose rows alone may hold a figure other than nought in it, by
	// definition (人员经费: 301 工资福利支出 and 303 对个人和家庭的补助).
	// Where the table's header prints every column that has Classes, a
	// row of another 类 is not placed in this one (a 302 row printing
	// two equal figures is 合计 and 公用经费, not 合计 and 人员经费).
	Classes []string
}

// Identity is a row-wise identity: in every row, the Total column equals the
// sum of the Parts columns less the Minus columns (a blank cell counts as
// zero): 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出.
type Identity struct {
	Total string
	Parts []string
	// Minus are columns subtracted; with them, a blank Total is zero.
	Minus []string
	// Partial identities bind only the rows that print some part: a
	// table may print its total alone, its parts' columns left out
	// (the 12-table budget layout prints 金额 only under a profile whose
	// 基本支出 and 项目支出 columns are optional).
	Partial bool
}

// NamedRow is a row known by its label rather than a code.
type NamedRow struct {
	// Key is the row's stable identifier within the profile ("total").
	Key string
	// Labels are the printed variants, normalised (widths folded, spaces
	// and numbering such as "一、" removed): "合计", "总计".
	Labels []string
}

// Side is one half of a two-sided table.
type Side struct {
	ID         string // "income", "expenditure"
	Columns    []Column
	Identities []Identity
}

// Table is the profile of one kind of table.
type Table struct {
	// ID is stable and unique across profiles ("final.expenditure",
	// "budget.function-general").
	ID     string
	Family Family
	// Titles are title variants, matched on the normalised title line
	// (contains); the first is the official title.
	Titles []string
	// Exclude lists substrings that rule a title out ("三公" for a table
	// whose title would otherwise also match the 三公 table's).
	Exclude []string
	// Key tells how rows are keyed.
	Key RowKey
	// Columns are the figure columns in print order (the code and name
	// columns are not listed).
	Columns []Column
	// Identities bind the columns of each row.
	Identities []Identity
	// Sides describe the two halves of a two-sided summary table (收入 on
	// the left, 支出 on the right), each with its own columns, printed on
	// the same lines; Columns and Identities are then unused.
	Sides []Side
	// Evidence lists the profiles (by ID) whose rows hold the same money
	// as this table's for the same code where they coincide (支出决算表 and
	// 一般公共预算财政拨款支出决算表: all funds and one fund), so that a
	// figure equal to theirs in the same column supports an assignment.
	// Tables of disjoint money (one fund against another) are not listed.
	Evidence []string
	// OneRow is set for a table that prints its figures as one row with
	// no label (a budget's "三公"经费 table: 合计, its items, 机关运行经费):
	// the first line of figures after the headers starts that row.
	OneRow bool
	// Named lists the named rows a coded table may print (合计, 人员经费合计)
	// or, for a KeyNamed table, every row it prints.
	Named []NamedRow
	// Unit is the unit the family prints when the table does not say
	// (fiscal.WanYuan for most; a table's own 单位：元 wins).
	Unit fiscal.Unit
	// Alternative is the same table printed in another layout, read by
	// its own profile when no row of this one is found under the title
	// (the 12-table budget's 收入预算总表 lists income sources by label
	// over one 金额 column where the Shanghai one prints 功能分类 rows
	// over source columns). Its ID names the same kind of table.
	Alternative *Table
}

// Column returns the index of the column with the given ID, or -1.
func (t *Table) Column(id string) int {
	for i, c := range t.Columns {
		if c.ID == id {
			return i
		}
	}
	return -1
}

// MatchTitle reports whether a normalised title line names this table.
func (t *Table) MatchTitle(title string) bool {
	for _, x := range t.Exclude {
		if strings.Contains(title, x) {
			return false
		}
	}
	for _, v := range t.Titles {
		if strings.Contains(title, v) {
			return true
		}
	}
	return false
}

// Row is one row of a table as read, before it becomes a model's row:
// its key, its label, and its figures by column ID.
type Row struct {
	// Code is the row's classification code as digits ("2010601"), joined
	// from split 类/款/项 columns, or "" for a named row.
	Code string
	// Named is the NamedRow.Key of a named row, or "".
	Named string
	// Side is the Side.ID of a two-sided table's row, or "".
	Side string
	// Label is the name as printed, wrapped fragments joined.
	Label string
	// Cells holds the figures by column ID; a column not in the map is
	// blank.
	Cells map[string]fiscal.Cell
	// Line is the input line the row starts on (1-based), or 0.
	Line int
	// Ambiguous is set when the row's figures fit more than one
	// assignment to columns; Cells then holds the most likely one, and
	// no check may raise an error from this row.
	Ambiguous bool
	// Rounded is set when a figure of the row is printed to the unit in a
	// table whose figures have decimals (a total formatted "#,##0" among
	// figures to the fen): a sum over it allows that figure's rounding.
	Rounded bool
}

// Grid is a table as read: the profile it matched, the title and number
// as printed, its unit, and its rows in print order.
type Grid struct {
	Profile *Table
	Title   string
	Number  string // "表一", "公开01表", or ""
	Unit    fiscal.Unit
	// Empty is the printed statement of an empty table ("本单位无此项内容").
	Empty string
	Rows  []Row
	Line  int // the title's line
	// Decimals is the most decimals a figure of the table prints. It is
	// known (DecimalsKnown) when the grid was read from text printing a
	// figure other than a bare 0: a table of whole 万元 prints none, and
	// its sums allow for the rounding of each figure. A grid built by
	// other means leaves it unknown.
	Decimals      int
	DecimalsKnown bool
}
