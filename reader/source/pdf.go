package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// A PDF is read as words with their boxes, page by page, by a PDFEngine:
// [Poppler] (the pdftotext command, -bbox-layout) or another engine (the
// nested module reader/source/pdfium runs pdfium in-process). The words
// are then laid out the same way whatever the engine (pdflayout.go):
// grouped into lines by their vertical position, and split into cells
// where the gap between two words is wider than GapEm times the font size.
// docs/PDF.md measures the engines and the output shapes.

// PDFEngine extracts the words of a PDF with their boxes, page by page.
// The engine here is [Poppler]; the nested module
// github.com/cnfiscal/fiscal/reader/source/pdfium provides pdfium compiled
// to WebAssembly (pure Go, in-process).
type PDFEngine interface {
	// Name is the engine's name in errors and measurements ("poppler").
	Name() string
	// Words returns each page's words, in points from the page's top left
	// corner, within lim (MaxPages, MaxWords, MaxBytes). It stops when ctx
	// is done.
	Words(ctx context.Context, pdf []byte, lim PDFLimits) ([]PDFPageWords, error)
}

// PDFPageWords is one page as an engine gives it.
type PDFPageWords struct {
	Width, Height float64
	Words         []PDFWord
}

// PDFLimits bound what reading one PDF may cost.
type PDFLimits struct {
	// MaxBytes is the largest PDF accepted, and the most bytes of
	// extracted text (for Poppler, its XHTML) read back.
	MaxBytes int64
	// MaxPages is the most pages read: a longer PDF is refused.
	MaxPages int
	// MaxWords is the most words (or, for Pdfium, characters) read on
	// one page: a longer page is refused.
	MaxWords int
	// Timeout is how long the extraction may run.
	Timeout time.Duration
	// MaxLines is the most lines returned.
	MaxLines int
}

// DefaultPDFLimits are the input package's defaults (64 MiB, 2,000 pages,
// 60 seconds), 200,000 words a page and a million lines.
func DefaultPDFLimits() PDFLimits {
	d := input.DefaultLimits()
	return PDFLimits{MaxBytes: d.MaxBytes, MaxPages: d.MaxPages, MaxWords: 200_000, Timeout: d.Timeout, MaxLines: 1 << 20}
}

// DefaultGapEm is the gap between two words, in units of their font
// size, beyond which they are in different cells: a full character's
// width. A space between words of one cell is a quarter to half of it;
// the columns of a table stand further apart.
const DefaultGapEm = 1.0

// PDFOptions say how a PDF is read. The zero value reads with [Poppler]
// within [DefaultPDFLimits], cells split at [DefaultGapEm].
type PDFOptions struct {
	// Engine extracts the words; nil is Poppler{}.
	Engine PDFEngine
	// Limits bound the reading; the zero value is DefaultPDFLimits(),
	// otherwise a zero field means no limit.
	Limits PDFLimits
	// GapEm is the cell-splitting gap in font sizes; 0 is DefaultGapEm.
	GapEm float64
	// Cells makes [PDF] give lines with Cells rather than positioned
	// text.
	Cells bool
}

func (o PDFOptions) norm() PDFOptions {
	if o.Engine == nil {
		o.Engine = Poppler{}
	}
	if o.Limits == (PDFLimits{}) {
		o.Limits = DefaultPDFLimits()
	}
	if o.GapEm <= 0 {
		o.GapEm = DefaultGapEm
	}
	return o
}

// PDFError says what could not be read in a PDF, and where.
type PDFError struct {
	Engine string // the engine's Name
	Page   int    // 1-based page, or 0 for the document as a whole
	Detail string
}

// Error returns "source: pdf (engine): [page N: ]detail".
func (e *PDFError) Error() string {
	if e.Page > 0 {
		return fmt.Sprintf("source: pdf (%s): page %d: %s", e.Engine, e.Page, e.Detail)
	}
	return fmt.Sprintf("source: pdf (%s): %s", e.Engine, e.Detail)
}

// Unwrap returns ErrFormat.
func (e *PDFError) Unwrap() error { return ErrFormat }

// ErrNoEngine is wrapped by the error of an engine that is not available
// here (pdftotext not installed).
var ErrNoEngine = errors.New("source: PDF engine not available")

// PDFWord is one word (or, for a cell built from characters, one run of
// characters) on a page, in points from the page's top left corner.
type PDFWord struct {
	Text           string
	X0, Y0, X1, Y1 float64 // the box: left, top, right, bottom
	// Size is the font size in points (the em), estimated from the box
	// when the engine does not give it.
	Size float64

	// Block and Line number the engine's own grouping of words into
	// lines within a block (Poppler), from 1; 0 when it gives none. Words
	// of different lines of one block are never made one line.
	Block, Line int
}

// PDFCell is a run of words whose gaps are narrower than the cell gap.
type PDFCell struct {
	Text   string
	X0, X1 float64
}

// PDFLine is one line of a page: its cells left to right.
type PDFLine struct {
	Y     float64 // the vertical middle of the line, in points from the top
	Size  float64 // the font size of the line (the median of its words)
	Cells []PDFCell
}

// PDFPage is one page of a PDF laid out in lines.
type PDFPage struct {
	Number        int // 1-based
	Width, Height float64
	Lines         []PDFLine
}

// PDFPages reads a PDF into pages of lines of cells with their positions.
// A PDF without any text (a scan) is an [*input.NotReadableError] with
// [input.ReasonScanned]; a timeout, too many pages or too large a file are
// NotReadableErrors with their reasons; an engine's failure is a
// [*PDFError].
func PDFPages(ctx context.Context, r io.Reader, opts PDFOptions) ([]PDFPage, error) {
	opts = opts.norm()
	lim := opts.Limits
	data, err := input.ReadAll(r, input.Limits{MaxBytes: lim.MaxBytes})
	if err != nil {
		return nil, err
	}
	// Readers accept a signature anywhere in the first 1,024 bytes.
	if !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
		return nil, &PDFError{Engine: opts.Engine.Name(), Detail: "not a PDF (no %PDF- signature in its first 1,024 bytes)"}
	}
	if lim.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, lim.Timeout)
		defer cancel()
	}
	raw, err := opts.Engine.Words(ctx, data, lim)
	if err != nil {
		if ctx.Err() != nil && !errors.Is(err, input.ErrNotReadable) {
			return nil, input.NotReadable(input.ReasonTimeout, fmt.Sprintf("%s ran longer than %s (PDFLimits.Timeout)", opts.Engine.Name(), lim.Timeout))
		}
		return nil, err
	}
	pages := make([]PDFPage, len(raw))
	words := 0
	for i, p := range raw {
		words += len(p.Words)
		pages[i] = layoutPage(p, opts.GapEm)
		pages[i].Number = i + 1
	}
	if words == 0 {
		return nil, input.NotReadable(input.ReasonScanned, fmt.Sprintf("no text on %d page(s)", len(raw)))
	}
	return pages, nil
}

// PDF reads a PDF into numbered lines for the table reader: each line's
// Text keeps the column positions of its words (as [PDFPage.Text] renders
// them), so that the reader places figures by position; Cells is nil.
// With opts.Cells, the lines of a table give their cells instead, one a
// column, empty ones included, the columns found from the positions of the
// table's cells ([PDFCells]; docs/PDF.md compares the two shapes).
// Lines are numbered on from page to page; running headers and footers
// are left out ([DropRunning]); [PDFPages] keeps the pages and positions.
// Errors are those of PDFPages.
func PDF(ctx context.Context, r io.Reader, opts PDFOptions) ([]tables.Line, error) {
	opts = opts.norm()
	pages, err := PDFPages(ctx, r, opts)
	if err != nil {
		return nil, err
	}
	pages = DropRunning(pages)
	if opts.Cells {
		return PDFCells(pages, opts.Limits.MaxLines)
	}
	return PDFLines(pages, opts.Limits.MaxLines)
}

// DropRunning returns the pages without their running headers and
// footers: a line that opens or closes at least three pages, and a third
// of them, is left out where it opens or closes a page (the rule the text
// readers apply to pages separated by form feeds); so are page numbers
// printed as a bare number that grows with the page (pageNumbers), which
// the readers could take for a figure. The pages given are not changed.
func DropRunning(pages []PDFPage) []PDFPage {
	if len(pages) < 4 {
		return pages
	}
	key := func(l PDFLine) string {
		var b strings.Builder
		for _, c := range l.Cells {
			b.WriteString(strings.Join(strings.Fields(c.Text), ""))
		}
		return b.String()
	}
	count := map[string]int{}
	for _, p := range pages {
		if n := len(p.Lines); n > 0 {
			first, last := key(p.Lines[0]), key(p.Lines[n-1])
			count[first]++
			if last != first {
				count[last]++
			}
		}
	}
	running := func(l PDFLine) bool {
		n := count[key(l)]
		return n >= 3 && n*3 >= len(pages)
	}
	numbered := pageNumbers(pages)
	out := make([]PDFPage, len(pages))
	for i, p := range pages {
		ls := p.Lines
		if len(ls) > 0 && (running(ls[0]) || numbered[i] == 1) {
			ls = ls[1:]
		}
		if len(ls) > 0 && (running(ls[len(ls)-1]) || numbered[i] == 2) {
			ls = ls[:len(ls)-1]
		}
		p.Lines = ls
		out[i] = p
	}
	return out
}

// pageNumbers finds the pages' numbers printed as a bare number ("8", "-
// 8 -") alone on the first or last line of a page: where at least three
// pages, and a third of them, print a number that grows by one from page
// to page (a cover or contents may be unnumbered), those lines are page
// numbers, not figures. It returns, by page, 1 when the first line is the
// number, 2 when the last is, 0 otherwise.
func pageNumbers(pages []PDFPage) []int {
	type cand struct{ page, n, where int }
	var cs []cand
	for i, p := range pages {
		if len(p.Lines) == 0 {
			continue
		}
		if n, ok := bareNumber(p.Lines[len(p.Lines)-1]); ok {
			cs = append(cs, cand{i, n, 2})
		} else if n, ok := bareNumber(p.Lines[0]); ok {
			cs = append(cs, cand{i, n, 1})
		}
	}
	// The offset (number − page index) most candidates share.
	offsets := map[int]int{}
	for _, c := range cs {
		offsets[c.n-c.page]++
	}
	best, top := 0, 0
	for off, k := range offsets {
		if k > top || k == top && off < best {
			best, top = off, k
		}
	}
	out := make([]int, len(pages))
	if top < 3 || top*3 < len(pages) {
		return out
	}
	for _, c := range cs {
		if c.n-c.page == best && out[c.page] == 0 {
			out[c.page] = c.where
		}
	}
	return out
}

// bareNumber reads a line that is a number alone, bare or between dashes.
func bareNumber(l PDFLine) (int, bool) {
	var b strings.Builder
	for _, c := range l.Cells {
		b.WriteString(c.Text)
	}
	s := strings.Trim(strings.Join(strings.Fields(b.String()), ""), "-—–")
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}

// PDFLines flattens pages into numbered lines of positioned text, as
// [PDF] does, at most maxLines of them (no limit when maxLines ≤ 0).
func PDFLines(pages []PDFPage, maxLines int) ([]tables.Line, error) {
	l := newLines(maxLines)
	for _, p := range pages {
		for _, t := range p.Text() {
			if strings.TrimSpace(t) != "" {
				l.add(tables.Line{Text: t})
			}
		}
	}
	if l.err != nil {
		return nil, &Error{"pdf", l.err.Error()}
	}
	return l.out, nil
}

// PDFCells flattens pages into numbered lines as [PDF] does with
// PDFOptions.Cells: the lines of a table give one cell a column of the
// table, empty cells included ([PDFPage.Grid]), their Text the non-empty
// cells joined by a space; any other line is text only.
func PDFCells(pages []PDFPage, maxLines int) ([]tables.Line, error) {
	l := newLines(maxLines)
	gridLines(pages, l)
	if l.err != nil {
		return nil, &Error{"pdf", l.err.Error()}
	}
	return l.out, nil
}

func newLines(maxLines int) *lines {
	if maxLines <= 0 {
		maxLines = int(^uint(0) >> 1)
	}
	return &lines{max: maxLines}
}
