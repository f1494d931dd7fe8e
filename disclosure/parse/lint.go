package parse

import (
	"bytes"
	"context"
	"io"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/cnfiscal/fiscal/reader/source"
)

// LintOptions configure [Lint]. The zero value reads within
// input.DefaultLimits() and checks with the zero disclosure.CheckOptions.
type LintOptions struct {
	// Limits bound the input: its size, lines, pages and the time to read
	// and check it. The zero value is input.DefaultLimits().
	Limits input.Limits
	// Check configures the checks (last year's report, catalogs, a
	// severity policy).
	Check disclosure.CheckOptions
	// Source names the report in the Report ("-" for standard input).
	Source string
}

// Lint reads one report from r and checks it: the one call from a
// report's bytes to its findings. r may hold any format [ReadReport]
// reads — text in any encoding and any extraction, the library's JSON,
// HTML, DOCX, XLSX, and a PDF when pdftotext is installed; a 决算 or a
// 预算. The Report carries what the report is, how it was read, the
// coverage ledger (tables found and read, rules run and skipped) and the
// findings, and, for renderers, the Result itself.
//
// Input that is not a readable report (empty, binary, an archive, a scan,
// prose, past a limit) is an [*input.NotReadableError], as is a reading
// that runs past Limits.Timeout; a context done before the end gives its
// error. Parsing cannot be interrupted: after a timeout or a cancellation
// it runs on to its end in the background and its result is dropped.
func Lint(ctx context.Context, r io.Reader, opts LintOptions) (Report, error) {
	lim := opts.Limits
	if lim == (input.Limits{}) {
		lim = input.DefaultLimits()
	}
	return input.WithContext(ctx, lim.Timeout, func() (Report, error) {
		data, err := input.ReadAll(r, lim)
		if err != nil {
			return Report{}, err
		}
		res, err := ReadReport(ctx, data, lim)
		if err != nil {
			return Report{}, err
		}
		return res.Report(opts.Source, res.Check(opts.Check)), nil
	})
}

// ReadReport parses a report's bytes within lim. The format is told from
// the content, never a file name: a PDF is converted by
// [source.PDFLayoutText] (pdftotext -layout) and, when that text is a 预算,
// read again as words with their positions ([source.PDF], then
// [ParseLines]); docs/PDF.md gives the measurements behind the choice.
// Everything else goes to [Parse]. A text in
// which nothing of a report is found (no table, narrative figure or
// section) is an [*input.NotReadableError] with [input.ReasonNotReport].
func ReadReport(ctx context.Context, data []byte, lim input.Limits) (*Result, error) {
	if input.IsPDF(data) { // Sniff's answer, without detecting a text's encoding (Parse's Decode does)
		text, err := source.PDFLayoutText(ctx, data, lim)
		if err != nil {
			return nil, err
		}
		if isBudget(text) {
			// A 预算 reads as well or better from word boxes (docs/PDF.md:
			// the same tables and errors, fewer ambiguous rows); a 决算's
			// tables are read best from the layout text, where the layout
			// reader supplies what the table reader leaves ambiguous.
			ls, err := source.PDF(ctx, bytes.NewReader(data), source.PDFOptions{Limits: source.PDFLimits{
				MaxBytes: lim.MaxBytes, MaxPages: lim.MaxPages, MaxWords: 200_000, Timeout: lim.Timeout, MaxLines: 1 << 20}})
			if err == nil {
				return ParseLines(ls, FormatPDF)
			}
		}
		data = text
	}
	r, err := Parse(data)
	if err != nil {
		return nil, err
	}
	if nothingRead(r) {
		return nil, input.NotReadable(input.ReasonNotReport, "no table, narrative figure or section of a report found")
	}
	return r, nil
}

// nothingRead reports whether a parsed text holds nothing of a report: no
// table, no narrative figure, no section. (A JSON document is what it
// says it is: its missing parts are findings.)
func nothingRead(r *Result) bool {
	return r.Format != FormatJSON && r.Stats.Tables == 0 && r.Stats.Narrative == 0 &&
		(r.Document == nil || len(r.Document.Sections) == 0)
}

// Errors reports whether the report has an error finding.
func (r Report) Errors() bool { return fiscal.HasErrors(r.Findings) }
