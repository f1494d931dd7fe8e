package classify

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Encoding is the character encoding of a catalog file.
type Encoding uint8

// Encodings of catalog files.
const (
	EncodingAuto Encoding = iota // UTF-8 when the bytes are valid UTF-8, else GBK
	EncodingUTF8
	EncodingGBK // GBK (read with the GB18030 decoder, a superset)
)

// MaxCSVBytes is the largest catalog file LoadCSV reads (64 MiB).
const MaxCSVBytes = 64 << 20

// ErrCatalogTooLarge is wrapped by LoadCSV's error for a file over
// MaxCSVBytes.
var ErrCatalogTooLarge = errors.New("catalog file too large")

// LoadOptions configures [LoadCSV].
type LoadOptions struct {
	Edition  int      // the edition the file states, such as 2024
	Encoding Encoding // EncodingAuto by default
	// Comma is the field separator; 0 means detect (a tab when the first
	// line has tabs and no commas, else a comma).
	Comma rune
	// CodeColumn and NameColumn are 0-based column indexes. When both are 0
	// the columns are found from a header row (a cell with 编码, 代码 or
	// "code"; a cell with 名称 or "name"), or are the first two columns when
	// there is no header.
	CodeColumn, NameColumn int
	Basis                  string // the Basis given to every entry; "file" when empty
}

// RowError is a malformed row of a catalog file.
type RowError struct {
	Line   int    // 1-based line in the file
	Column string // "code" or "name", when the problem is one cell
	Text   string // the offending cell or row, verbatim
	Err    error  // a *CodeError, a *DuplicateError or a description
}

func (e *RowError) Error() string {
	s := "line " + strconv.Itoa(e.Line)
	if e.Column != "" {
		s += " " + e.Column
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *RowError) Unwrap() error { return e.Err }

// LoadError lists every malformed row of a catalog file. [LoadCSV] returns
// it and no catalog when any row is malformed, so nothing is dropped
// silently.
type LoadError struct {
	Rows []*RowError
}

func (e *LoadError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "classify: %d malformed row(s)", len(e.Rows))
	for i, r := range e.Rows {
		if i == 5 {
			fmt.Fprintf(&b, "; and %d more", len(e.Rows)-i)
			break
		}
		b.WriteString("; ")
		b.WriteString(r.Error())
	}
	return b.String()
}

// Unwrap returns the row errors, for errors.Is and errors.As.
func (e *LoadError) Unwrap() []error {
	out := make([]error, len(e.Rows))
	for i, r := range e.Rows {
		out[i] = r
	}
	return out
}

// LoadCSV reads a full official catalog of scheme K from CSV (or TSV) in
// UTF-8 or GBK, such as an export of 《2024年政府收支分类科目》. Codes may be
// written in any form [Parse] accepts, including the split "201 01 01".
// Blank rows and rows whose code and name cells are both empty are skipped;
// every other malformed row (a bad code, a code of another scheme, an empty
// name, a repeated code) is reported by line in a [*LoadError].
func LoadCSV[K SchemeKind](r io.Reader, opt LoadOptions) (*Catalog[K], error) {
	// A catalog is a few thousand lines: a reader that goes on past
	// MaxCSVBytes is not one (and an endless one must not exhaust memory).
	raw, err := io.ReadAll(io.LimitReader(r, MaxCSVBytes+1))
	if err != nil {
		return nil, err
	}
	if len(raw) > MaxCSVBytes {
		return nil, fmt.Errorf("classify: a catalog file larger than %d bytes: %w", MaxCSVBytes, ErrCatalogTooLarge)
	}
	text, err := decode(raw, opt.Encoding)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(strings.NewReader(text))
	cr.FieldsPerRecord = -1
	cr.Comma = opt.Comma
	if cr.Comma == 0 {
		first, _, _ := strings.Cut(text, "\n")
		cr.Comma = ','
		if strings.Contains(first, "\t") && !strings.Contains(first, ",") {
			cr.Comma = '\t'
		}
	}
	basis := opt.Basis
	if basis == "" {
		basis = "file"
	}
	codeCol, nameCol := opt.CodeColumn, opt.NameColumn
	auto := codeCol == 0 && nameCol == 0
	if auto {
		nameCol = 1
	}
	var (
		entries  []Entry[K]
		lines    = map[Code[K]]int{}
		rowErrs  []*RowError
		sawFirst bool
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			rowErrs = append(rowErrs, &RowError{Line: max(line, 1), Err: err})
			if pe == nil {
				break // not a syntax error: the reader cannot go on
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		if isBlankRecord(rec) {
			continue
		}
		if !sawFirst {
			sawFirst = true
			if auto {
				if c, n, ok := headerColumns(rec); ok {
					codeCol, nameCol = c, n
					continue
				}
			}
		}
		code, name := cell(rec, codeCol), strings.TrimSpace(strings.Trim(cell(rec, nameCol), "\u3000"))
		if strings.TrimSpace(code) == "" && name == "" {
			continue
		}
		c, err := Parse[K](code)
		if err != nil {
			rowErrs = append(rowErrs, &RowError{Line: line, Column: "code", Text: code, Err: err})
			continue
		}
		if name == "" {
			rowErrs = append(rowErrs, &RowError{Line: line, Column: "name", Text: strings.Join(rec, string(cr.Comma)), Err: errors.New("code " + c.String() + " has no name")})
			continue
		}
		if first, dup := lines[c]; dup {
			rowErrs = append(rowErrs, &RowError{Line: line, Column: "code", Text: code,
				Err: fmt.Errorf("code %s repeats line %d", c, first)})
			continue
		}
		lines[c] = line
		entries = append(entries, Entry[K]{Code: c, Name: name, Edition: opt.Edition, Basis: basis})
	}
	if len(rowErrs) > 0 {
		return nil, &LoadError{Rows: rowErrs}
	}
	return NewCatalog(Coverage{Edition: opt.Edition, Note: "loaded from a file"}, entries)
}

func decode(raw []byte, enc Encoding) (string, error) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	useUTF8 := enc == EncodingUTF8 || (enc == EncodingAuto && utf8.Valid(raw))
	if useUTF8 {
		if !utf8.Valid(raw) {
			return "", badByteError(raw)
		}
		return string(raw), nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("classify: not GBK text: %w", err)
	}
	if i := bytes.IndexRune(out, utf8.RuneError); i >= 0 {
		return "", fmt.Errorf("classify: not GBK text: undecodable bytes on line %d", bytes.Count(out[:i], []byte("\n"))+1)
	}
	return string(out), nil
}

func badByteError(raw []byte) error {
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			return fmt.Errorf("classify: not UTF-8 text: invalid byte 0x%02x on line %d", raw[i], bytes.Count(raw[:i], []byte("\n"))+1)
		}
		i += n
	}
	return errors.New("classify: not UTF-8 text")
}

func isBlankRecord(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(strings.Trim(f, "\u3000")) != "" {
			return false
		}
	}
	return true
}

func cell(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return rec[i]
}

// headerColumns recognises a header row and returns the code and name
// columns.
func headerColumns(rec []string) (code, name int, ok bool) {
	code, name = -1, -1
	for i, f := range rec {
		h := strings.ToLower(NormalizeName(f))
		switch {
		case code < 0 && (strings.Contains(h, "编码") || strings.Contains(h, "代码") || h == "code" || h == "科目代码"):
			code = i
		case name < 0 && (strings.Contains(h, "名称") || h == "name"):
			name = i
		}
	}
	if code < 0 || name < 0 {
		return 0, 0, false
	}
	return code, name, true
}
