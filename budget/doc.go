// Package budget models the published 预算 (budget) of a department or unit
// — the plan for the coming year, beside the 决算 of package accounts — and
// checks that its tables add up and agree with each other.
//
// # Tables
//
// A [Document] holds [Tables], at most one [Table] per [TableKind]: the Shanghai
// nine-table 部门预算 and 单位预算 (财务收支预算总表, 收入预算总表, 支出预算总表,
// 财政拨款收支预算总表, 一般公共预算支出功能分类预算表, 一般公共预算基本支出部门
// 预算经济分类预算表, 政府性基金预算支出功能分类预算表, 国有资本经营预算支出功能分类
// 预算表, "三公"经费和机关运行经费预算表) and the tables of the older provincial
// 12-table layout (财政拨款支出预算表, 财政拨款基本支出预算表, 机关运行经费支出预算表,
// 政府采购支出预算表). Figures are exact [fiscal.Amount] values in [fiscal.Cell]s
// (blank is not 0), printed in 元 or 万元 at [Table.Decimals]. Rows are keyed
// by a 功能分类 or 经济分类 code (package classify), or by a named [Item]
// on a [Side] of the two-sided summary tables; their figures by column ID
// (ColTotal, ColBasic, …).
//
// # Reading
//
// The package does not read text. The reader (package reader) finds tables
// by the profiles [Profiles] returns — titles, columns with their header
// variants, row keys, identities, default unit, all as data — and hands
// each over as a profile.Grid; [FromGrids] builds the model from the grids
// and reports every row it cannot place as a finding of scope parse.
//
// # Checks
//
// [Tables.Check] runs the rules listed by [Rules] and returns findings and
// the checks it could not run ([Skipped]) with the reason:
//
//   - budget.summary.*: 收入总计 = 支出总计; 财政拨款 = Σ funds; totals = Σ lines.
//   - budget.columns: in every row, 合计 = Σ fund-source or nature columns.
//   - budget.hierarchy, budget.economic: 类 = Σ 款 = Σ 项; 合计 = Σ 类.
//   - budget.threepublic: "三公" = 出国 + 公务用车 + 接待; 公务用车 = 购置 + 运行.
//   - budget.cross.*: 总表 ↔ 收入/支出预算总表; 财政拨款收支预算总表 ↔ the fund
//     tables; 基本支出 table ↔ the 一般公共预算 table's 基本支出; 机关运行经费 ≤ 公用经费.
//
// [CheckNarrative] checks the 编制说明 against the tables, and the projects'
// 情况说明 and 绩效目标表 ([Project]): the year's amount stated, the period,
// the forms' sources and 成本构成, the 项目支出 total, and each indicator's
// 指标值 (budget.project.*).
//
// # Rounding
//
// Figures printed to the fen are checked exactly. A total compared with
// the sum of n figures printed in 万元, or in whole 元, may differ by (n+1)
// × half a unit of the last printed digit without any error in the data:
// such a difference is reported with severity info and within_rounding
// set. Rows the reader marked ambiguous never raise an error.
//
// # Budget and final accounts
//
// [CompareFinal] compares a year's budget with the same year's 决算: the
// 决算's "三公" 预算数 and the 年初预算 figures its narrative states must
// equal the published budget, unless the 决算 says the budget was adjusted.
package budget
