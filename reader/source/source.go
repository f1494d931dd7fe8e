package source

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cnfiscal/fiscal/reader/tables"
	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"
)

// Limits bound what an adapter reads.
type Limits struct {
	// MaxUnzipped is the most bytes a DOCX part or an XLSX workbook may
	// unpack to (a zip bomb stops there).
	MaxUnzipped int64
	// MaxLines is the most lines an adapter returns.
	MaxLines int
}

// DefaultLimits are 256 MiB unpacked and a million lines.
func DefaultLimits() Limits { return Limits{MaxUnzipped: 256 << 20, MaxLines: 1 << 20} }

// ErrFormat is wrapped by the errors of files an adapter cannot read.
var ErrFormat = errors.New("source: unreadable file")

// Error says what an adapter could not read.
type Error struct {
	Format string // "html", "docx", "xlsx"
	Detail string
}

func (e *Error) Error() string { return fmt.Sprintf("source: %s: %s", e.Format, e.Detail) }

// Unwrap returns ErrFormat.
func (e *Error) Unwrap() error { return ErrFormat }

// lines collects numbered lines.
type lines struct {
	out []tables.Line
	max int
	err error
}

func (l *lines) text(s string) {
	s = strings.TrimSpace(s)
	if s == "" || l.err != nil {
		return
	}
	for _, part := range strings.Split(s, "\n") {
		if part = strings.TrimSpace(part); part != "" {
			l.add(tables.Line{Text: part})
		}
	}
}

func (l *lines) row(cells []string) {
	empty := true
	for i, c := range cells {
		cells[i] = strings.Join(strings.Fields(c), " ")
		if cells[i] != "" {
			empty = false
		}
	}
	if empty || l.err != nil {
		return
	}
	l.add(tables.Line{Text: strings.Join(nonEmpty(cells), " "), Cells: cells})
}

func (l *lines) add(x tables.Line) {
	if len(l.out) >= l.max {
		l.err = fmt.Errorf("more than %d lines", l.max)
		return
	}
	x.N = len(l.out) + 1
	l.out = append(l.out, x)
}

func nonEmpty(cs []string) []string {
	var out []string
	for _, c := range cs {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// HTML reads an HTML page: each table row a line of cells (a cell
// spanning columns repeated blank after it), every other block of text a
// line. Scripts and styles are left out.
func HTML(data []byte, lim Limits) ([]tables.Line, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, &Error{"html", err.Error()}
	}
	l := &lines{max: lim.MaxLines}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if l.err != nil {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "head", "noscript":
				return
			case "tr":
				var cells []string
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
						cells = append(cells, textOf(c))
						for range span(c) - 1 {
							cells = append(cells, "")
						}
					}
				}
				l.row(cells)
				return
			case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption", "title", "pre":
				l.text(textOf(n))
				return
			}
		}
		if n.Type == html.TextNode && n.Parent != nil && isInline(n.Parent) {
			l.text(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if l.err != nil {
		return nil, &Error{"html", l.err.Error()}
	}
	return l.out, nil
}

// isInline reports whether text directly under n is a line of its own
// (text in a div or the body, outside any paragraph).
func isInline(n *html.Node) bool {
	switch n.Data {
	case "div", "body", "span", "font", "b", "strong", "center", "section", "article", "td", "th":
		return n.Data != "td" && n.Data != "th"
	}
	return false
}

// span returns a cell's colspan (1 when absent or odd, at most 50).
func span(n *html.Node) int {
	for _, a := range n.Attr {
		if a.Key == "colspan" {
			k := 0
			for _, r := range a.Val {
				if r < '0' || r > '9' {
					return 1
				}
				k = k*10 + int(r-'0')
				if k > 50 {
					return 50
				}
			}
			if k >= 1 {
				return k
			}
		}
	}
	return 1
}

// textOf returns the text of a node, line breaks (<br>, block children)
// as new lines.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
			return
		case n.Type == html.ElementNode && n.Data == "br":
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && (n.Data == "p" || n.Data == "div") {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return b.String()
}

// DOCX reads a word-processor document: its paragraphs and table rows in
// order (word/document.xml).
func DOCX(data []byte, lim Limits) ([]tables.Line, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &Error{"docx", err.Error()}
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
		}
	}
	if doc == nil {
		return nil, &Error{"docx", "no word/document.xml"}
	}
	rc, err := doc.Open()
	if err != nil {
		return nil, &Error{"docx", err.Error()}
	}
	defer rc.Close()
	body, err := io.ReadAll(io.LimitReader(rc, lim.MaxUnzipped+1))
	if err != nil {
		return nil, &Error{"docx", err.Error()}
	}
	if int64(len(body)) > lim.MaxUnzipped {
		return nil, &Error{"docx", fmt.Sprintf("word/document.xml unpacks to more than %d bytes", lim.MaxUnzipped)}
	}
	return docxLines(body, lim)
}

// docxLines walks word/document.xml: w:p paragraphs (w:t text, w:tab and
// w:br as spaces), w:tbl tables of w:tr rows of w:tc cells (w:gridSpan
// repeated blank).
func docxLines(body []byte, lim Limits) ([]tables.Line, error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	l := &lines{max: lim.MaxLines}
	var (
		para    strings.Builder
		cell    strings.Builder
		row     []string
		inCell  int // nesting depth of cells (tables in cells flatten)
		inRow   bool
		inText  bool
		spanOf  int
		depthTb int
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &Error{"docx", err.Error()}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "tbl":
				depthTb++
			case "tr":
				if depthTb == 1 {
					inRow, row = true, nil
				}
			case "tc":
				inCell++
				if inCell == 1 {
					cell.Reset()
					spanOf = 1
				}
			case "gridSpan":
				for _, a := range t.Attr {
					if a.Name.Local == "val" {
						fmt.Sscanf(a.Value, "%d", &spanOf)
						spanOf = min(max(spanOf, 1), 50)
					}
				}
			case "t":
				inText = true
			case "tab", "br":
				if inCell > 0 {
					cell.WriteByte(' ')
				} else {
					para.WriteByte(' ')
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if inCell > 0 {
					cell.WriteByte(' ')
				} else {
					l.text(para.String())
					para.Reset()
				}
			case "tc":
				if inCell == 1 && inRow {
					row = append(row, cell.String())
					for range spanOf - 1 {
						row = append(row, "")
					}
				}
				inCell--
			case "tr":
				if depthTb == 1 && inRow {
					l.row(row)
					inRow = false
				}
			case "tbl":
				depthTb--
			}
		case xml.CharData:
			if inText {
				if inCell > 0 {
					cell.Write(t)
				} else {
					para.Write(t)
				}
			}
		}
		if l.err != nil {
			return nil, &Error{"docx", l.err.Error()}
		}
	}
	return l.out, nil
}

// XLSX reads a workbook: for each sheet, its name as a line (the sheets of
// a budget workbook are named after their tables), then its rows as lines
// of cells, formatted as the sheet shows them.
func XLSX(data []byte, lim Limits) ([]tables.Line, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: lim.MaxUnzipped, UnzipXMLSizeLimit: min(lim.MaxUnzipped, 64<<20)})
	if err != nil {
		return nil, &Error{"xlsx", err.Error()}
	}
	defer f.Close()
	l := &lines{max: lim.MaxLines}
	for _, sheet := range f.GetSheetList() {
		rows, err := f.Rows(sheet)
		if err != nil {
			return nil, &Error{"xlsx", fmt.Sprintf("sheet %q: %v", sheet, err)}
		}
		l.text(sheet)
		for rows.Next() {
			cols, err := rows.Columns()
			if err != nil {
				rows.Close()
				return nil, &Error{"xlsx", fmt.Sprintf("sheet %q: %v", sheet, err)}
			}
			if n := len(nonEmpty(cols)); n == 1 {
				// A title or a note spread over merged cells.
				l.text(nonEmpty(cols)[0])
			} else {
				l.row(cols)
			}
			if l.err != nil {
				rows.Close()
				return nil, &Error{"xlsx", l.err.Error()}
			}
		}
		rows.Close()
	}
	return l.out, nil
}
