package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/export"
	"github.com/parquet-go/parquet-go"
)

// runExport writes a report's tables, or the entries of ledger files, to a
// Parquet file (package export): amounts as int64 fen, one row per printed
// cell or per entry, for DuckDB, Spark or Trino.
func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("parquet", "", "write Parquet to `FILE`")
	ledger := fs.Bool("ledger", false, "the inputs are ledger files (.csv or .json, accounts' ledger formats), not reports")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fiscal export --parquet OUT.parquet FILE...")
		fmt.Fprintln(stderr, "       fiscal export --parquet OUT.parquet --ledger LEDGER.csv|LEDGER.json...")
		fmt.Fprintln(stderr, "  a report's tables: one row per printed cell (table, row, column, amount_fen)")
		fmt.Fprintln(stderr, "  a ledger: one row per entry (kind, source, function, economic, nature, amount_fen, opening_fen, closing_fen)")
		fs.PrintDefaults()
	}
	files, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	if *out == "" || len(files) == 0 || strings.ToLower(filepath.Ext(*out)) != ".parquet" {
		fs.Usage()
		return 2
	}
	var buf bytes.Buffer
	rows := 0
	if *ledger {
		var all []export.EntryRow
		for _, f := range files {
			ls, err := readLedgers(f)
			if err != nil {
				fmt.Fprintf(stderr, "fiscal export: %s: %v\n", f, err)
				return 2
			}
			for _, l := range ls {
				all = append(all, export.EntryRows(l)...)
			}
		}
		if err := parquet.Write(&buf, all); err != nil {
			fmt.Fprintln(stderr, "fiscal export:", err)
			return 2
		}
		rows = len(all)
	} else {
		var all []export.CellRow
		for _, f := range files {
			r, err := readReport(f)
			if err != nil {
				printReadError(stderr, "export", f, err)
				return 2
			}
			d := r.Document
			if d.Tables == nil {
				fmt.Fprintf(stderr, "fiscal export: %s: no table was read\n", f)
				return 2
			}
			all = append(all, export.CellRows(d.Department, d.Year, d.Tables)...)
		}
		if err := parquet.Write(&buf, all); err != nil {
			fmt.Fprintln(stderr, "fiscal export:", err)
			return 2
		}
		rows = len(all)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(stderr, "fiscal export:", err)
		return 2
	}
	fmt.Fprintf(stdout, "%s: %d rows\n", *out, rows)
	return 0
}

// readLedgers reads a ledger file: CSV (one or many departments) or JSON.
func readLedgers(path string) ([]*accounts.Ledger, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	opt := accounts.LedgerReadOptions{File: path}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return accounts.ReadLedgersCSV(f, opt)
	case ".json":
		l, err := accounts.ReadLedgerJSON(f, opt)
		if err != nil {
			return nil, err
		}
		return []*accounts.Ledger{l}, nil
	}
	return nil, fmt.Errorf("a ledger file is .csv or .json")
}
