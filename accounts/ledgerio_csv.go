package accounts

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// ReadLedgerCSV reads one department's ledger from CSV (see
// [LedgerCSVColumns] for the columns). A file that holds more
// than one department is an error: use [ReadLedgersCSV]. Errors are
// [*LedgerFileError]s.
func ReadLedgerCSV(r io.Reader, opt LedgerReadOptions) (*Ledger, error) {
	ls, err := ReadLedgersCSV(r, opt)
	if err != nil {
		return nil, err
	}
	switch len(ls) {
	case 0:
		return NewLedger(opt.Department, opt.Year), nil
	case 1:
		return ls[0], nil
	}
	return nil, &LedgerFileError{File: opt.File, Column: fieldDepartment, Value: ls[1].Department,
		Err: shapeErr("the file holds %d departments; read it with ReadLedgersCSV", len(ls))}
}

// ReadLedgersCSV reads a CSV file that may hold many departments (a
// department column), giving one ledger per department in the order each
// first appears. Rows with a blank department belong to
// opt.Department. The input is UTF-8 (with or without a byte-order mark)
// or GBK/GB18030, detected: text that is not valid UTF-8 is read as
// GB18030. A header row is required; columns are found by their header
// (English or Chinese, any order), and columns the format does not define
// are ignored. Errors are [*LedgerFileError]s naming the line.
func ReadLedgersCSV(r io.Reader, opt LedgerReadOptions) ([]*Ledger, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &LedgerFileError{File: opt.File, Err: err}
	}
	data, err = decodeText(data)
	if err != nil {
		return nil, &LedgerFileError{File: opt.File, Err: err}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &LedgerFileError{File: opt.File, Row: 1, Err: shapeErr("empty file: a header row is required")}
		}
		return nil, csvErr(opt, err)
	}
	cols, heads, err := mapHeader(head)
	if err != nil {
		return nil, &LedgerFileError{File: opt.File, Row: 1, Err: err}
	}
	var ledgers []*Ledger
	builders := map[string]*ledgerBuilder{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvErr(opt, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(head) {
			return nil, &LedgerFileError{File: opt.File, Row: line,
				Err: shapeErr("%d fields where the header has %d", len(rec), len(head))}
		}
		if err := addRecord(rec, cols, heads, "", line, opt, builders, &ledgers); err != nil {
			return nil, err
		}
	}
	return ledgers, nil
}

// newRecord reads one row of cells by the header's columns; false for a
// row with nothing in them.
func newRecord(cells []string, cols map[int]string, heads map[string]string, sheet string, row int) (*record, bool) {
	r := &record{sheet: sheet, row: row, fields: make(map[string]string, len(cols)), cols: heads}
	blank := true
	for i, f := range cols {
		if i < len(cells) {
			r.fields[f] = cells[i]
			if r.get(f) != "" {
				blank = false
			}
		}
	}
	return r, !blank
}

// addRecord routes one row to its department's builder.
func addRecord(rec []string, cols map[int]string, heads map[string]string, sheet string, row int,
	opt LedgerReadOptions, builders map[string]*ledgerBuilder, ledgers *[]*Ledger) error {
	r, ok := newRecord(rec, cols, heads, sheet, row)
	if !ok {
		return nil // an empty row (a spreadsheet's trailing rows)
	}
	entry, ok := parseEntry(r.get(fieldEntry))
	if !ok {
		return r.err(opt, fieldEntry, shapeErr("not an entry kind (entity, income, expense, balance, surplus_used, surplus_distribution)"))
	}
	dept := r.get(fieldDepartment)
	if dept == "" {
		dept = opt.Department
	}
	b, ok := builders[dept]
	if !ok {
		b = newLedgerBuilder(dept, opt)
		builders[dept] = b
		*ledgers = append(*ledgers, b.l)
	}
	return b.add(r, entry)
}

// mapHeader finds the fields a header row names: column index -> field,
// and field -> header as printed. The entry column is required; a field
// named twice is an error.
func mapHeader(head []string) (map[int]string, map[string]string, error) {
	cols := map[int]string{}
	heads := map[string]string{}
	for i, h := range head {
		f := headerField(h)
		if f == "" {
			continue
		}
		if prev, dup := heads[f]; dup {
			return nil, nil, shapeErr("columns %q and %q both give %s", prev, h, f)
		}
		cols[i] = f
		heads[f] = h
	}
	if _, ok := heads[fieldEntry]; !ok {
		return nil, nil, shapeErr("no entry column in the header row (want a header row naming at least %q)", fieldEntry)
	}
	return cols, heads, nil
}

func csvErr(opt LedgerReadOptions, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &LedgerFileError{File: opt.File, Row: pe.Line, Err: pe.Err}
	}
	return &LedgerFileError{File: opt.File, Err: err}
}

// decodeText returns UTF-8 text: a UTF-8 byte-order mark is dropped, and
// text that is not valid UTF-8 is decoded as GB18030 (a superset of GBK
// and GB2312).
func decodeText(data []byte) ([]byte, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if utf8.Valid(data) {
		return data, nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return nil, shapeErr("neither UTF-8 nor GBK: %v", err)
	}
	return out, nil
}

// WriteLedgerCSV writes a ledger as UTF-8 CSV with the header
// [LedgerCSVColumns]: a row per unit, then the income, expense and
// balance entries in the order added, amounts in 元 with two decimals.
// Reading the file back with [ReadLedgerCSV] gives an equal ledger. Units
// must have unique, non-empty names.
func WriteLedgerCSV(w io.Writer, l *Ledger) error { return WriteLedgersCSV(w, []*Ledger{l}) }

// WriteLedgersCSV writes many departments' ledgers into one CSV file,
// which [ReadLedgersCSV] reads back. Departments must have distinct names.
func WriteLedgersCSV(w io.Writer, ls []*Ledger) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(LedgerCSVColumns); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, l := range ls {
		if seen[l.Department] {
			return &EntryError{Entry: "ledger", Field: "Department", Value: l.Department, Why: "two ledgers of one department cannot share a file"}
		}
		seen[l.Department] = true
		rows, err := ledgerRows(l)
		if err != nil {
			return err
		}
		if err := cw.WriteAll(rows); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
