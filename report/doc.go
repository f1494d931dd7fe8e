// Package report shows a published report with its findings, for the
// people who review it: as one self-contained HTML page ([HTML]) or as an
// XLSX workbook ([XLSX]).
//
// # What is shown
//
// The tables as read (the eight accounts tables of a
// [disclosure.Document] and its "三公" table), the sentences of the text
// that carry figures (the 情况说明 statements, and any sentence a finding
// quotes), and every finding, once, beside what it concerns:
//
//   - a finding whose [fiscal.Where] names a table, a row and a column is
//     shown on that cell; one naming only the row, on the row's label; one
//     naming only the table, on its title;
//   - a finding that quotes text (Where.Text) is shown under that
//     sentence;
//   - anything else (a table the document lacks, a line that could not be
//     read) is listed in a section of its own.
//
// Tables are found by printed or official title ([accounts.KindOfTitle]),
// rows by key ([accounts.Row.Key]), printed name, or source line, columns
// by the name the table prints.
//
// # HTML
//
// The page has no external resources: CSS and JavaScript are inline and it
// makes no network request. It shows the counts by severity, filters by
// severity and by rule, and a list of findings; clicking a finding scrolls
// to its cell or sentence and flashes it. Element ids are stable for a
// given input: finding n has its note at id "f<n>", and its list entry
// links to the id of what it concerns.
//
// # XLSX
//
// One sheet per table with the cells as printed (figures as numbers) and
// the cells that have findings filled by severity (error red, warning
// amber, info blue) with a comment holding the messages; a sheet of the
// text sentences likewise; and a findings sheet (发现) with one row per
// finding, linked to its cell.
package report
