// Package export writes what the library holds as rows for other tools:
// a ledger's entries and a report's tables to Parquet (for DuckDB, Spark or
// Trino, where one machine is not enough), and findings of many reports to
// CSV, JSON or Parquet.
//
// # Rows
//
// Money is exact: every amount is an int64 count of fen (0.01 元) in a
// column whose name ends in _fen, never a floating-point number. Codes are
// their digits as text ("2010301"), names and titles are as printed.
//
//   - [EntryRow]: one ledger entry (income, expense or balance).
//   - [CellRow]: one printed cell of a disclosure table, long form (one row
//     per table, row and column).
//   - [FindingRow]: one finding, with the report it was found in, the
//     department and the year.
//
// [WriteLedger] and [WriteTables] write Parquet; [FindingWriter] streams
// findings in the format a file name asks for ([FormatOf]).
package export
