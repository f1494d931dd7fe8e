// Package accounts models a department's final accounts (部门决算): the
// ledger at the finest grain, the eight financial disclosure tables, and
// every identity within and between them.
//
// # Ledger
//
// A [Ledger] holds a department's units ([Entity]: 行政单位, 参公, 事业单位)
// and its entries in fen: [Income] by fund source and 功能分类 项, [Expense]
// by 功能分类 项, 部门经济分类 款, nature (基本支出-人员经费, 基本支出-公用经费,
// 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出) and fund source, and
// [Balance] (年初/年末结转和结余). [Ledger.Rollup] sums it in one pass over
// dense arrays (codes are interned when entries are added) into [Totals],
// exact at every level 项, 款, 类. [Ledger.Check] verifies its balances
// exactly.
//
// For many departments, [Ledger.AddExpenses] and [Ledger.AddIncomes] add
// slices of entries at once, and [Ledger.Reset] empties a ledger for the
// next department keeping its storage (package batch builds and checks
// departments this way on all cores).
//
// # Tables
//
// A [Table] is one of the eight tables ([TableKind]): 收入支出决算总表,
// 收入决算表, 支出决算表, 财政拨款收入支出决算总表, 一般公共预算财政拨款支出
// 决算表, 一般公共预算财政拨款基本支出决算表, 政府性基金预算财政拨款收入支出
// 决算表, 国有资本经营预算财政拨款支出决算表 (the "三公" table is in package
// threepublic). Its rows ([Row]) are keyed by a 功能分类 code, a 部门经济分类
// code or a named row ([Item]: 本年收入合计, 年初结转和结余, 合计, …); its
// cells ([Cells], indexed by [Column]) are [fiscal.Cell]s, so a blank cell
// stays distinct from a printed 0.00. A table carries its unit (万元), its
// printed precision, its printed title and number, and the statement of an
// empty table.
//
// Tables are built two ways: derived from a ledger ([Derive],
// [Ledger.Tables]), each cell rounded half away from zero from its exact
// sum; or as published, with the values printed, consistent or not.
//
// # Rules
//
// [Tables.Check] runs every rule ([Rules]): structure (codes, orphans,
// duplicates, names against the catalog, empty tables), the identities
// within each table (row sums, 类 = Σ 款 = Σ 项, totals, 总计 balances) and
// those across tables (总表 ↔ 收入表 ↔ 支出表, 财政拨款总表 ↔ 一般公共预算表 ↔
// 政府性基金表 ↔ 国有资本经营表, 基本支出 ↔ 人员经费 + 公用经费). A difference
// is exact (no finding), within rounding (severity info, marked within
// rounding, with the tolerance used: (n+1) × half a unit of the last printed
// digit for a total of n printed parts), or an error.
//
// # Cost
//
// Sums are exact int64 arithmetic on the printed cells, and rows are
// matched by codes and items, not by text; the text of a finding (its
// location, what was compared, the figures) is built only for a rule that
// fails. Checking tables that add up therefore allocates little, and its
// cost grows with the findings. docs/PERFORMANCE.md has the figures.
package accounts
