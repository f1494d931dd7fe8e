// Package wordtext reads the text export of a word processor (Word's "save
// as plain text") of a 部门决算公开 report: every table cell on a line of its
// own that begins with a tab, rows separated by blank lines, paragraphs on
// lines without a tab.
//
// # What it reads
//
// [Parse] turns the lines into a [disclosure.Document]:
//
//   - the eight financial tables (accounts.Tables) and the "三公" table
//     (threepublic.Table), identified by their titles
//     ([accounts.KindOfTitle]) whatever their order, number or position;
//   - the title, department and year, the units of 机构设置, the section
//     headings, the 名词解释 (terms and the 功能分类 codes it explains);
//   - the facts stated only in the 情况说明: the "三公" statistics (团组,
//     人次, 辆, 批次), 机关运行经费, 政府采购 and 国有资产占用 (vehicles and
//     equipment), read with tolerant regular expressions that accept both
//     the Hubei wording and the national (Shanghai) template's.
//
// The narrative statements and the performance forms are other parsers'
// work: [Result.Narrative] and [Result.Forms] hand them their lines.
//
// # Tables
//
// A table starts at a line whose text is a known title and ends at the
// next title or part heading (第X部分). Its lines are grouped into rows at
// blank lines; a line without a tab continues the cell before it (a cell
// whose text wraps, such as "经营" / "支出"). The rows before the 栏次 row
// (or the first row with a code or a named row) are the header: the
// number (公开01表, 表一), 部门, 金额单位 and the column headers. The 栏次
// row gives the number of figure columns (per side, for the two summary
// tables); the columns are the kind's standard ones
// ([accounts.StandardColumns]) when their count matches, otherwise the
// standard columns whose names the header prints (Hubei's 公开08 prints
// only 本年支出, 基本支出, 项目支出). A header printed differently from the
// column's name (小计 for 合计) is kept in [accounts.Table.Headers].
//
// Rows are keyed by a 功能分类 code, a 部门经济分类 code (the three blocks of
// the 基本支出 table), a named row ([accounts.ItemOfName]) or, on the
// expenditure side of the summary tables, a 类 found by its name in the
// embedded catalog. A code that does not parse is kept in [accounts.Row.Code]
// for the structure rules. Rows with neither label nor figures are not
// rows; blank cells are absent and a printed 0 is a present zero.
//
// # Findings
//
// Parse never panics and drops nothing silently: a title it does not know,
// a row it cannot key, a cell that is not an amount, a line that belongs to
// no table becomes a [fiscal.Finding] of one of [Rules] (scope parse), with
// the line number and the text.
package wordtext
