package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/xuri/excelize/v2"
)

// FindingsSheet and TextSheet are the names of the workbook's findings
// sheet and text sheet.
const (
	FindingsSheet = "发现"
	TextSheet     = "情况说明"
)

// Fill colours of cells with findings, by severity (RGB hex).
const (
	ColorError   = "FFC7CE"
	ColorWarning = "FFEB9C"
	ColorInfo    = "DDEBF7"
)

var sevColors = map[string]string{"error": ColorError, "warning": ColorWarning, "info": ColorInfo}

// FindingsHeader is the header row of the findings sheet.
var FindingsHeader = []string{"#", "severity", "rule", "part", "table", "row", "column", "line", "text",
	"expected", "actual", "difference", "tolerance", "unit", "within_rounding", "message", "shown at"}

// XLSX writes a workbook: one sheet per table as read (title, 金额单位,
// the header row and the rows; figures are numbers in the table's unit,
// written from their decimal text), with each cell that has findings
// filled in the colour of its most serious finding ([ColorError],
// [ColorWarning], [ColorInfo]) and a comment holding the messages; a
// sheet of the text sentences ([TextSheet]) marked the same way; and a
// findings sheet ([FindingsSheet]) with one row per finding in the order
// given ([FindingsHeader]), whose last column links to the cell it
// concerns.
func XLSX(w io.Writer, doc *disclosure.Document, findings []fiscal.Finding, opt Options) error {
	m := build(doc, findings, opt)
	f := excelize.NewFile()
	defer f.Close()
	x := &xlsxWriter{f: f, m: m, styles: map[string]int{}, at: map[string]string{}}
	if err := x.write(); err != nil {
		return err
	}
	return f.Write(w)
}

type xlsxWriter struct {
	f      *excelize.File
	m      *model
	styles map[string]int    // style key -> id
	at     map[string]string // element id -> "'sheet'!A1"
	used   map[string]bool   // sheet names
}

func (x *xlsxWriter) write() error {
	x.used = map[string]bool{}
	first := true
	for _, t := range x.m.Tables {
		name := x.sheetName(t.Number, t.Title)
		if first {
			if err := x.f.SetSheetName("Sheet1", name); err != nil {
				return err
			}
			first = false
		} else if _, err := x.f.NewSheet(name); err != nil {
			return err
		}
		if err := x.table(name, t); err != nil {
			return err
		}
	}
	if len(x.m.Sentences) > 0 {
		name := x.sheetName("", TextSheet)
		if err := x.newSheet(name, &first); err != nil {
			return err
		}
		if err := x.text(name); err != nil {
			return err
		}
	}
	name := x.sheetName("", FindingsSheet)
	if err := x.newSheet(name, &first); err != nil {
		return err
	}
	return x.findings(name)
}

func (x *xlsxWriter) newSheet(name string, first *bool) error {
	if *first {
		*first = false
		return x.f.SetSheetName("Sheet1", name)
	}
	_, err := x.f.NewSheet(name)
	return err
}

// sheetName returns a unique sheet name of at most 31 characters without
// the characters Excel forbids.
func (x *xlsxWriter) sheetName(number, title string) string {
	base := strings.TrimSpace(number + " " + title)
	base = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '_'
		}
		return r
	}, base)
	base = strings.Trim(base, "'")
	if base == "" {
		base = "表"
	}
	name := truncate(base, 31)
	for i := 2; x.used[name]; i++ {
		suffix := fmt.Sprintf("~%d", i)
		name = truncate(base, 31-len(suffix)) + suffix
	}
	x.used[name] = true
	return name
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// style returns a style id for a cell: bold header, numeric, and the fill
// of a severity ("" for none).
func (x *xlsxWriter) style(bold, numeric bool, sev string) (int, error) {
	return x.numStyle(bold, numeric, -1, sev)
}

// numStyle is style with a number format of the given decimals (none when
// decimals is negative), so that 4.00 shows as printed rather than as 4.
func (x *xlsxWriter) numStyle(bold, numeric bool, decimals int, sev string) (int, error) {
	key := fmt.Sprint(bold, numeric, decimals, sev)
	if id, ok := x.styles[key]; ok {
		return id, nil
	}
	s := &excelize.Style{Border: []excelize.Border{{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "right", Color: "BFBFBF", Style: 1},
		{Type: "top", Color: "BFBFBF", Style: 1}, {Type: "bottom", Color: "BFBFBF", Style: 1}}}
	if bold {
		s.Font = &excelize.Font{Bold: true}
		s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F0F2F5"}}
	}
	if numeric {
		s.Alignment = &excelize.Alignment{Horizontal: "right"}
	}
	if decimals == 0 {
		s.CustomNumFmt = ptr("0")
	} else if decimals > 0 {
		s.CustomNumFmt = ptr("0." + strings.Repeat("0", decimals))
	}
	if c := sevColors[sev]; c != "" {
		s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}}
	}
	id, err := x.f.NewStyle(s)
	if err != nil {
		return 0, err
	}
	x.styles[key] = id
	return id, nil
}

func (x *xlsxWriter) worst(idx []int) string { return view{model: x.m}.Worst(idx) }

// comment is the text of a cell's comment: its findings, one a line.
func (x *xlsxWriter) comment(idx []int) string {
	var lines []string
	for _, i := range idx {
		fd := x.m.Findings[i]
		lines = append(lines, fmt.Sprintf("#%d %s %s: %s", fd.N, fd.Sev, fd.F.Rule, fd.F.Message))
	}
	return strings.Join(lines, "\n")
}

// put writes one cell: a number (from decimal text) or a string, styled,
// with a comment when it has findings.
func (x *xlsxWriter) put(sheet string, col, row int, text string, numeric, bold bool, findings []int) (string, error) {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return "", err
	}
	num := numeric && text != "" && isDecimal(text)
	if num {
		err = x.f.SetCellDefault(sheet, ref, text)
	} else {
		err = x.f.SetCellStr(sheet, ref, text)
	}
	if err != nil {
		return "", err
	}
	sev := x.worst(findings)
	decimals := -1
	if num {
		decimals = 0
		if _, frac, ok := strings.Cut(text, "."); ok {
			decimals = len(frac)
		}
	}
	id, err := x.numStyle(bold, numeric, decimals, sev)
	if err != nil {
		return "", err
	}
	if err := x.f.SetCellStyle(sheet, ref, ref, id); err != nil {
		return "", err
	}
	if len(findings) > 0 {
		if err := x.f.AddComment(sheet, excelize.Comment{Cell: ref, Author: "fiscal", Text: x.comment(findings)}); err != nil {
			return "", err
		}
	}
	return ref, nil
}

// isDecimal reports whether s is a plain decimal number ("-12.30"), which
// a spreadsheet stores as a number without change.
func isDecimal(s string) bool {
	if strings.HasPrefix(s, "-") {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	dot := false
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
		case r == '.' && !dot && i > 0 && i < len(s)-1:
			dot = true
		default:
			return false
		}
	}
	return true
}

func quoteSheet(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func (x *xlsxWriter) table(sheet string, t *table) error {
	r := 1
	if _, err := x.put(sheet, 1, r, strings.TrimSpace(t.Title+" "+t.Number), false, true, t.Own); err != nil {
		return err
	}
	x.at[t.ID] = quoteSheet(sheet) + "!A1"
	r++
	if _, err := x.put(sheet, 1, r, "金额单位："+t.Unit, false, false, nil); err != nil {
		return err
	}
	width := 2
	for _, bl := range t.Blocks {
		r++
		if bl.Caption != "" {
			if _, err := x.put(sheet, 1, r, bl.Caption, false, true, nil); err != nil {
				return err
			}
			r++
		}
		for c, h := range bl.Head {
			if _, err := x.put(sheet, c+1, r, h, false, true, nil); err != nil {
				return err
			}
		}
		width = max(width, len(bl.Head))
		r++
		for _, row := range bl.Rows {
			for c, cl := range row.Cells {
				ref, err := x.put(sheet, c+1, r, cl.Text, cl.Numeric, false, cl.Findings)
				if err != nil {
					return err
				}
				x.at[cl.ID] = quoteSheet(sheet) + "!" + ref
			}
			r++
		}
	}
	for _, s := range append([]string{t.Empty}, t.Notes...) {
		if s == "" {
			continue
		}
		r++
		if _, err := x.put(sheet, 1, r, s, false, false, nil); err != nil {
			return err
		}
	}
	last, _ := excelize.ColumnNumberToName(width)
	if err := x.f.SetColWidth(sheet, "A", "A", 12); err != nil {
		return err
	}
	if err := x.f.SetColWidth(sheet, "B", "B", 36); err != nil {
		return err
	}
	if width > 2 {
		return x.f.SetColWidth(sheet, "C", last, 16)
	}
	return nil
}

func (x *xlsxWriter) text(sheet string) error {
	for c, h := range []string{"line", "part", "text"} {
		if _, err := x.put(sheet, c+1, 1, h, false, true, nil); err != nil {
			return err
		}
	}
	for i, s := range x.m.Sentences {
		r := i + 2
		line := ""
		if s.Line > 0 {
			line = fmt.Sprint(s.Line)
		}
		if _, err := x.put(sheet, 1, r, line, true, false, nil); err != nil {
			return err
		}
		if _, err := x.put(sheet, 2, r, s.Part, false, false, nil); err != nil {
			return err
		}
		ref, err := x.put(sheet, 3, r, s.Text, false, false, s.Findings)
		if err != nil {
			return err
		}
		x.at[s.ID] = quoteSheet(sheet) + "!" + ref
	}
	if err := x.f.SetColWidth(sheet, "B", "B", 12); err != nil {
		return err
	}
	return x.f.SetColWidth(sheet, "C", "C", 100)
}

func (x *xlsxWriter) findings(sheet string) error {
	for c, h := range FindingsHeader {
		if _, err := x.put(sheet, c+1, 1, h, false, true, nil); err != nil {
			return err
		}
	}
	for i, fd := range x.m.Findings {
		r := i + 2
		f := fd.F
		line := ""
		if f.Where.Line > 0 {
			line = fmt.Sprint(f.Where.Line)
		}
		vals := []string{fmt.Sprint(fd.N), fd.Sev, f.Rule, f.Where.Part, f.Where.Table, f.Where.Row, f.Where.Column, line, f.Where.Text,
			f.Expected.String(), f.Actual.String(), f.Difference.String(), f.Tolerance.String(), f.Unit, fmt.Sprint(f.WithinRounding), f.Message}
		for c, v := range vals {
			numeric := c == 0 || c == 7 || (c >= 9 && c <= 12)
			ref, err := x.put(sheet, c+1, r, v, numeric, false, nil)
			if err != nil {
				return err
			}
			if c == 1 { // the severity cell carries the severity's colour
				id, err := x.style(false, false, fd.Sev)
				if err != nil {
					return err
				}
				if err := x.f.SetCellStyle(sheet, ref, ref, id); err != nil {
					return err
				}
			}
		}
		ref, _ := excelize.CoordinatesToCellName(len(vals)+1, r)
		if loc, ok := x.at[fd.Target]; ok {
			if err := x.f.SetCellStr(sheet, ref, loc); err != nil {
				return err
			}
			if err := x.f.SetCellHyperLink(sheet, ref, loc, "Location"); err != nil {
				return err
			}
		}
	}
	if err := x.f.SetColWidth(sheet, "C", "C", 28); err != nil {
		return err
	}
	if err := x.f.SetColWidth(sheet, "P", "P", 90); err != nil {
		return err
	}
	return x.f.AutoFilter(sheet, "A1:Q1", nil)
}

func ptr[T any](v T) *T { return &v }
