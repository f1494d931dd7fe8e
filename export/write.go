package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/parquet-go/parquet-go"
)

// WriteLedger writes the ledger's entries ([EntryRows]) to w as Parquet.
func WriteLedger(w io.Writer, l *accounts.Ledger) error {
	return parquet.Write(w, EntryRows(l))
}

// WriteTables writes the tables' cells ([CellRows]) to w as Parquet.
func WriteTables(w io.Writer, department string, year int, ts *accounts.Tables) error {
	return parquet.Write(w, CellRows(department, year, ts))
}

// Format is a file format for findings.
type Format uint8

// The formats of [FindingWriter].
const (
	CSV     Format = iota + 1 // comma-separated, UTF-8 with a byte-order mark (so that spreadsheets read Chinese), a header row
	JSON                      // one JSON array of objects
	Parquet                   // Apache Parquet
)

// String returns "csv", "json" or "parquet".
func (f Format) String() string {
	switch f {
	case CSV:
		return "csv"
	case JSON:
		return "json"
	case Parquet:
		return "parquet"
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// FormatError is returned for a file name whose extension names no format.
type FormatError struct {
	Name string
}

// Error names the file and the formats there are.
func (e *FormatError) Error() string {
	return fmt.Sprintf("export: %s: the extension names no format (want .csv, .json or .parquet)", e.Name)
}

// FormatOf returns the format a file name asks for by its extension.
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return CSV, nil
	case ".json":
		return JSON, nil
	case ".parquet":
		return Parquet, nil
	}
	return 0, &FormatError{Name: name}
}

// FindingWriter streams finding rows to a file in one format, holding no
// more than a buffer (CSV, JSON) or a row group (Parquet) in memory.
// Close it to finish the file; it does not close the underlying writer.
type FindingWriter struct {
	format Format
	buf    *bufio.Writer
	csv    *csv.Writer
	json   *json.Encoder
	pq     *parquet.GenericWriter[FindingRow]
	n      int
}

// NewFindingWriter starts a file of findings in format f on w.
func NewFindingWriter(w io.Writer, f Format) (*FindingWriter, error) {
	fw := &FindingWriter{format: f}
	switch f {
	case CSV:
		fw.buf = bufio.NewWriter(w)
		if _, err := fw.buf.WriteString("\ufeff"); err != nil {
			return nil, err
		}
		fw.csv = csv.NewWriter(fw.buf)
		if err := fw.csv.Write(findingHeader[:]); err != nil {
			return nil, err
		}
	case JSON:
		fw.buf = bufio.NewWriter(w)
		if _, err := fw.buf.WriteString("["); err != nil {
			return nil, err
		}
		fw.json = json.NewEncoder(fw.buf)
		fw.json.SetEscapeHTML(false)
	case Parquet:
		fw.pq = parquet.NewGenericWriter[FindingRow](w)
	default:
		return nil, fmt.Errorf("export: unknown format %v", f)
	}
	return fw, nil
}

// Write appends rows.
func (fw *FindingWriter) Write(rows ...FindingRow) error {
	switch fw.format {
	case CSV:
		for i := range rows {
			r := &rows[i]
			rec := [...]string{r.Report, r.Department, strconv.Itoa(int(r.Year)), r.Rule, r.Severity, strconv.FormatBool(r.WithinRounding),
				r.Part, r.Table, r.Row, r.Column, strconv.Itoa(int(r.Line)), r.Text, r.Expected, r.Actual, r.Difference, r.Tolerance, r.Unit, r.Message}
			if err := fw.csv.Write(rec[:]); err != nil {
				return err
			}
		}
	case JSON:
		for i := range rows {
			if fw.n+i > 0 {
				if err := fw.buf.WriteByte(','); err != nil {
					return err
				}
			}
			if err := fw.json.Encode(&rows[i]); err != nil {
				return err
			}
		}
	case Parquet:
		if _, err := fw.pq.Write(rows); err != nil {
			return err
		}
	}
	fw.n += len(rows)
	return nil
}

// Rows returns the number of rows written so far.
func (fw *FindingWriter) Rows() int { return fw.n }

// Close finishes the file.
func (fw *FindingWriter) Close() error {
	switch fw.format {
	case CSV:
		fw.csv.Flush()
		if err := fw.csv.Error(); err != nil {
			return err
		}
		return fw.buf.Flush()
	case JSON:
		if _, err := fw.buf.WriteString("]\n"); err != nil {
			return err
		}
		return fw.buf.Flush()
	case Parquet:
		return fw.pq.Close()
	}
	return nil
}
