package parse

import (
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/cnfiscal/fiscal/reader/source"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// parseSource reads the formats that carry table cells (an HTML page, a
// DOCX document, an XLSX workbook): ok is false for any other format.
func parseSource(data []byte) (r *Result, ok bool, err error) {
	lim := source.DefaultLimits()
	var tl []tables.Line
	var f Format
	switch input.Sniff(data) {
	case input.FormatDOCX:
		f = FormatDOCX
		tl, err = source.DOCX(data, lim)
	case input.FormatXLSX:
		f = FormatXLSX
		tl, err = source.XLSX(data, lim)
	case input.FormatHTML:
		f = FormatHTML
		var text []byte
		text, _, err = input.Decode(data, input.DefaultLimits())
		if err == nil {
			tl, err = source.HTML(text, lim)
		}
	default:
		return nil, false, nil
	}
	if err != nil {
		return nil, true, fmt.Errorf("parse: %w: %w", ErrUnusable, err)
	}
	r, err = ParseLines(tl, f)
	return r, true, err
}

// ParseLines reads a report given as lines, table rows with their cells
// (as package reader/source gives them): a 预算 by the budget profiles, a
// 决算 by the 决算 profiles, the narrative from the lines' text. format
// says where the lines came from.
func ParseLines(tl []tables.Line, format Format) (*Result, error) {
	var ls []text.Line
	var all strings.Builder
	kept := tl[:0:0]
	for _, l := range tl {
		if isPageNumber(l.Text) {
			continue
		}
		kept = append(kept, l)
		ls = append(ls, text.Line{N: l.N, Text: l.Text})
		all.WriteString(l.Text)
		all.WriteByte('\n')
	}
	joined := []byte(all.String())
	if !input.LooksLikeFiscalReport(joined) {
		return nil, fmt.Errorf("parse: %w", input.NotReadable(input.ReasonNotReport, "it names no 决算 or 预算, 收入 or 支出, amounts or codes"))
	}
	if err := governmentAccounts(joined); err != nil {
		return nil, err
	}
	if isBudget(joined) {
		return parseBudget(ls, kept, format), nil
	}
	return parseFinal(ls, kept, format), nil
}
