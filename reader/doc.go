// Package reader reads the tables of a 决算 (final accounts) report from its
// lines of text, whatever extraction produced them, into the models of
// packages accounts and threepublic, and says what it read of each
// expected table.
//
// # Profiles
//
// The 决算 tables are described as data (package reader/profile):
// [SummaryProfiles] for the two two-sided summaries (收入支出决算总表,
// 财政拨款收入支出决算总表), [FinalProfiles] for the six tables with coded
// rows, and the "三公" table. Titles and headers cover the national
// (Shanghai) and Hubei (公开01–09) families; a new layout is a profile plus
// tests, not a parser.
//
// # Reading
//
// [FinalTables] finds each table by its title, reads its rows by package
// reader/tables, and builds [accounts.Tables]: figures are placed by their
// columns where the extraction keeps them and by the tables' identities
// where it does not (合计 = 基本支出 + 项目支出). [ThreePublicTable] reads the
// 财政拨款“三公”经费支出决算表 the same way. The names of rows are checked
// against the newest embedded classification ([NewestCatalogs]).
//
// # Coverage
//
// Each expected table has a [TableCoverage]: found or not, the rows read,
// the rows whose figures fit more than one assignment (ambiguous: no check
// may raise an error from them), the lines that could not be placed, and
// why a table found was not read. A table is never guessed silently.
package reader
