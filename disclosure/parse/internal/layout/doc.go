// Package layout reads the text that pdftotext -layout prints for a
// 部门决算 report in the national (Shanghai) layout: the nine tables, the
// parts around them, and the paragraphs of the 情况说明, which it hands
// over for another parser to read statements from.
//
// # Input
//
// [Parse] takes numbered lines ([text.Split] removes the form feeds between
// pages). pdftotext places every character on a grid of columns, one
// column per character, Chinese or not; a cell's words are one space apart,
// cells at least one. Positions are counted in runes.
//
// # What it reads
//
//   - the cover: title, department and year ("上海市普陀区财政局" /
//     "2024年度部门决算");
//   - the contents, skipped, and the parts (第一部分 …), which become
//     [disclosure.Section]s with the headings of 第一部分 and 第三部分;
//   - the 部门决算单位构成 table (序号, 单位名称, 备注);
//   - the eight financial tables ([accounts.Tables]) and the "三公" table
//     ([threepublic.Table]), found by their titles wherever they are;
//   - the 情况说明 as paragraphs ([Result.Narrative]) and the facts only it
//     states: 机关运行经费, 政府采购 (with the Shanghai 预留 figures), 国有资产
//     (vehicles by category, equipment), the "三公" statistics;
//   - the 名词解释 as terms;
//   - the lines of the performance self-evaluation forms (绩效自评表)
//     printed after the tables, handed over in [Result.Forms] for package
//     forms to read (forms.go): from a title line naming a 自评表 with a
//     form's label under it, to the next part heading or numbered
//     narrative heading.
//
// # Columns
//
// A table's header cells are rebuilt from the header words that overlap in
// columns across lines ("本年收入合" over "计"), and matched to the columns
// the kind prints ([accounts.StandardColumns]): a cell that reads a
// column's name exactly wins over one that contains it, a sub-column (小计)
// over its group (本年支出). A header printed under another name than the
// column's is kept in [accounts.Table.Headers].
//
// Figures of a line are placed in the columns in their order, each as near
// as it can be to its column (a dynamic programme over the figures and the
// columns): pdftotext squeezes some pages narrower than others, and a page
// that continues a table has no header of its own, so order is what stays
// true. The header's positions place first; where they are in doubt
// (pdftotext can print "基本支出 项目支出" one space apart over columns ten
// apart), the figures of the nearest lines whose placement is sure — lines
// that fill every column, or whose second-best placement is far worse —
// give the positions instead, until nothing changes.
//
// # Rows
//
// A row is anchored on its code (full, 2010601, or split over the 类/款/项
// columns, 201 06 01, the 款 of the 基本支出 table's right half sometimes
// on the line below), on a named row ([accounts.ItemOfName], 合计), on a
// 类 name of the catalog (the expenditure side of the summary tables), or
// on a placeholder of the template ("…"). Figures printed on a line of
// their own belong to the row whose lines they sit among, else to the next
// row: pdftotext prints a figure aligned to the top of its cell above the
// label it goes with. A row's Line is the line of its first printed token.
//
// Names that wrap are joined without spaces; the pieces between two code
// lines go to the row above or below so that the names come out best: a
// name equal to the catalog's for the code counts most, then a row that
// has no name on its own line, the nearer row, the row on the piece's side
// of a blank line. Letter-spaced cells ("因 公 出 国 （ 境 ） 费") lose their
// spaces. The two summary tables wrap each side's labels on their own,
// the other side's label sometimes printed between two pieces.
//
// # The 情况说明
//
// A paragraph begins at a line indented by one to five spaces or numbered
// (一、, （一）, 1、); a line at the margin, a deeply indented piece that
// pdftotext moved ("（如持平作持平表述）") or a line that begins with closing
// punctuation continues it. Blank lines do not end paragraphs (the template
// is double-spaced). pdftotext prints some lines that begin with a figure
// or a quote before the line they follow; such a pair after a blank line
// is put back in order when the text before does not end a sentence, and
// a finding (info) says so.
//
// # Findings
//
// Parse never panics and drops nothing silently: a figure it cannot place,
// a line inside a table that belongs to no row, header or note, a table or
// column it cannot find, a placeholder where a figure of the 情况说明 should
// be, and the parts it does not model (the text of 主要职能) each become a
// [fiscal.Finding] of one of [Rules], scope parse, with the line number
// and the text. [Result.Stats] counts what was read and what was not.
//
// # Not read
//
// 行次 columns (the national layout prints none), 编制单位 (Table.Department
// stays empty), the text of 主要职能 and of 预算绩效管理情况 (left to the
// narrative), the performance forms (handed over, read by package forms),
// unit types (行政/事业) that the report does not state in its units
// table. Figures on a page that continues a table
// are placed by their order among the columns a neighbouring line fills:
// a continuation line whose figures skip a column that no nearby line
// fills can be placed one column off (the word boxes of pdftotext
// -bbox-layout, absolute on every page, would not have that weakness).
package layout
