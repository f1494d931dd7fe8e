// Package tables finds the tables of a report in its lines of text and
// reads their rows, whatever extraction produced the text: columns aligned
// with spaces (pdftotext -layout), one space between cells with the empty
// cells dropped (pdfplumber, pdftotext -raw, spacing collapsed), one cell
// per line (a word processor's export), or explicit cells (HTML, DOCX,
// XLSX).
//
// # Finding
//
// A table is found by its title (a [profile.Table] title variant, the
// longest match winning) wherever it stands and whatever its number; a
// table of contents is recognised as such (dot leaders, page numbers, a
// run of titles with no rows) and never read as a table. A table continued
// over pages is one table.
//
// # Reading
//
// A row starts at a classification code (whole, split over 类/款/项
// columns, or a 款/项 suffix under its parent) or at a named row (合计,
// 人员经费合计). Figures on the row's own line belong to it; a line of
// figures alone between two rows belongs to the one before or the one
// after, and a line of text alone is a wrapped name.
//
// # Assignment by identity
//
// When a row prints as many figures as the table has columns (or the
// format keeps empty cells), the figures fill the columns in order. When
// it prints fewer, the figures are assigned to columns by the profile's
// identities (合计 = 基本支出 + 项目支出), by the columns the table's total
// row uses, by the columns other tables say are used, and by the
// hierarchy (a parent equals the sum of its children in every column).
// Where more than one assignment still fits, the row is kept with its most
// likely assignment and marked Ambiguous: no check may raise an error from
// it.
package tables
