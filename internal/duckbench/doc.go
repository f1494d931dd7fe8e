// Package duckbench compares the library's roll-up with DuckDB on the same
// entries, and reads the Parquet that package export writes through
// DuckDB. It is a module of its own (internal/duckbench/go.mod) so that
// the main module does not depend on DuckDB and its C++ library (cgo).
//
// Run it from this directory:
//
//	go test -run . -bench . -benchmem
//
// [Entries] generates the ledger of accounts.BenchmarkRollup1M (the same
// formula, so the figures compare with that benchmark's); the benchmark
// BenchmarkRollup runs the library's Ledger.Rollup, a plain int64 loop
// over precomputed cells, and DuckDB on two threads (GROUP BY the 项,
// source and nature, then the 款 and the 类) over those entries, in one
// run. TestParquetThroughDuckDB writes a ledger with export.WriteLedger,
// sums it by 类, source and kind in DuckDB (read_parquet), and compares
// the sums with the library's roll-up.
package duckbench
