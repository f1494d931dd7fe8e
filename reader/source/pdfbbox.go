package source

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal/reader/input"
)

// Poppler extracts words with the pdftotext command of poppler-utils
// (pdftotext -bbox-layout), run with the time limit as a context deadline.
type Poppler struct {
	// Path is the pdftotext binary; empty looks "pdftotext" up in PATH.
	Path string
}

// Name returns "poppler".
func (Poppler) Name() string { return "poppler" }

// Words runs pdftotext -bbox-layout on pdf and reads its words.
func (p Poppler) Words(ctx context.Context, pdf []byte, lim PDFLimits) ([]PDFPageWords, error) {
	bin := p.Path
	if bin == "" {
		var err error
		if bin, err = exec.LookPath("pdftotext"); err != nil {
			return nil, fmt.Errorf("%w: pdftotext is not installed (Debian: apt-get install poppler-utils)", ErrNoEngine)
		}
	}
	out, stderr, err := runPdftotext(ctx, bin, "-bbox-layout", pdf, lim.MaxPages, func(r io.Reader) ([]byte, error) {
		if lim.MaxBytes > 0 {
			r = io.LimitReader(r, lim.MaxBytes+1)
		}
		out, err := io.ReadAll(r)
		if err == nil && lim.MaxBytes > 0 && int64(len(out)) > lim.MaxBytes {
			err = input.NotReadable(input.ReasonTooLarge, fmt.Sprintf("pdftotext wrote more than %d bytes (PDFLimits.MaxBytes)", lim.MaxBytes))
		}
		return out, err
	})
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		what := "a damaged PDF"
		if strings.Contains(strings.ToLower(stderr), "password") {
			what = "an encrypted PDF (a password is needed)"
		}
		return nil, &PDFError{Engine: "poppler", Detail: what + " (pdftotext: " + firstLine(stderr, err) + ")"}
	case errors.Is(err, errStart):
		return nil, &PDFError{Engine: "poppler", Detail: err.Error()}
	default:
		return nil, err
	}
	return parseBBox(out, lim)
}

// errStart is wrapped by runPdftotext's error when the command could not
// be started.
var errStart = errors.New("pdftotext could not be started")

// runPdftotext runs pdftotext in the given mode ("-layout",
// "-bbox-layout") on pdf, converting at most maxPages+1 pages (one more
// than allowed tells a PDF that is too long; 0: all), and reads its output
// with read. It returns the output and the start of the command's
// messages; an *exec.ExitError when the command failed, an error wrapping
// errStart when it could not start, or read's error (the command is then
// stopped).
func runPdftotext(ctx context.Context, bin, mode string, pdf []byte, maxPages int, read func(io.Reader) ([]byte, error)) ([]byte, string, error) {
	args := []string{mode, "-enc", "UTF-8"}
	if maxPages > 0 {
		args = append(args, "-l", strconv.Itoa(maxPages+1))
	}
	cmd := exec.CommandContext(ctx, bin, append(args, "-", "-")...)
	cmd.Stdin = bytes.NewReader(pdf)
	var stderr bytes.Buffer
	cmd.Stderr = &limitedWriter{w: &stderr, n: 64 << 10}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, "", fmt.Errorf("%w: %w", errStart, err)
	}
	if err := cmd.Start(); err != nil {
		return nil, "", fmt.Errorf("%w: %w", errStart, err)
	}
	out, rerr := read(stdout)
	if rerr != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return nil, stderr.String(), rerr
	}
	if err := cmd.Wait(); err != nil {
		return nil, stderr.String(), err
	}
	return out, stderr.String(), nil
}

// firstLine picks the line of a command's messages that says what failed.
func firstLine(msg string, err error) string {
	msg = strings.TrimSpace(msg)
	if msg == "" {
		return err.Error()
	}
	ls := strings.Split(msg, "\n")
	for _, l := range ls {
		if strings.Contains(l, "Error") {
			return quote(l)
		}
	}
	return quote(ls[0])
}

func quote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return strconv.Quote(s)
}

// limitedWriter keeps the first n bytes written to it and drops the rest.
type limitedWriter struct {
	w io.Writer
	n int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.n > 0 {
		k := min(len(p), l.n)
		l.n -= k
		_, _ = l.w.Write(p[:k])
	}
	return len(p), nil
}

// BBoxError says where the XHTML of pdftotext -bbox-layout could not be
// read.
type BBoxError struct {
	Offset int64 // byte offset in the XHTML
	Page   int   // 1-based page being read, or 0
	Detail string
}

// Error returns where the XHTML could not be read and why.
func (e *BBoxError) Error() string {
	return fmt.Sprintf("source: pdftotext -bbox-layout output: byte %d (page %d): %s", e.Offset, e.Page, e.Detail)
}

// Unwrap returns ErrFormat.
func (e *BBoxError) Unwrap() error { return ErrFormat }

// ParseBBox reads the XHTML that pdftotext -bbox-layout writes (pages of
// words with xMin, yMin, xMax, yMax) and lays it out as [PDFPages] does.
// A page past lim.MaxPages or with more than lim.MaxWords words is an
// [*input.NotReadableError]; malformed XHTML is a [*BBoxError].
func ParseBBox(xhtml []byte, lim PDFLimits, gapEm float64) ([]PDFPage, error) {
	if gapEm <= 0 {
		gapEm = DefaultGapEm
	}
	raw, err := parseBBox(xhtml, lim)
	if err != nil {
		return nil, err
	}
	out := make([]PDFPage, len(raw))
	for i, p := range raw {
		out[i] = layoutPage(p, gapEm)
		out[i].Number = i + 1
	}
	return out, nil
}

// parseBBox reads the pages and words of pdftotext -bbox-layout XHTML.
func parseBBox(xhtml []byte, lim PDFLimits) ([]PDFPageWords, error) {
	dec := xml.NewDecoder(bytes.NewReader(cleanXML(xhtml)))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var (
		pages  []PDFPageWords
		word   *PDFWord
		text   strings.Builder
		inPage bool
		block  int // blocks numbered through the document
		line   int // lines numbered within a block
	)
	fail := func(detail string) error {
		return &BBoxError{Offset: dec.InputOffset(), Page: len(pages), Detail: detail}
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, fail(se.Msg)
			}
			return nil, fail(err.Error())
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				if inPage {
					return nil, fail("a page inside a page")
				}
				if lim.MaxPages > 0 && len(pages) >= lim.MaxPages {
					return nil, input.NotReadable(input.ReasonTooManyPages, fmt.Sprintf("more than %d pages (PDFLimits.MaxPages)", lim.MaxPages))
				}
				var p PDFPageWords
				var err error
				if p.Width, err = attrFloat(t, "width"); err != nil {
					return nil, fail(err.Error())
				}
				if p.Height, err = attrFloat(t, "height"); err != nil {
					return nil, fail(err.Error())
				}
				pages = append(pages, p)
				inPage = true
			case "block":
				block++
				line = 0
			case "line":
				line++
			case "word":
				if !inPage {
					return nil, fail("a word outside any page")
				}
				if word != nil {
					return nil, fail("a word inside a word")
				}
				p := &pages[len(pages)-1]
				if lim.MaxWords > 0 && len(p.Words) >= lim.MaxWords {
					return nil, input.NotReadable(input.ReasonTooLarge, fmt.Sprintf("page %d has more than %d words (PDFLimits.MaxWords)", len(pages), lim.MaxWords))
				}
				w := PDFWord{Block: block, Line: line}
				for _, f := range []struct {
					name string
					to   *float64
				}{{"xMin", &w.X0}, {"yMin", &w.Y0}, {"xMax", &w.X1}, {"yMax", &w.Y1}} {
					v, err := attrFloat(t, f.name)
					if err != nil {
						return nil, fail(err.Error())
					}
					*f.to = v
				}
				word = &w
				text.Reset()
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "page":
				inPage = false
			case "word":
				if word != nil {
					word.Text = text.String()
					p := &pages[len(pages)-1]
					p.Words = append(p.Words, *word)
					word = nil
				}
			}
		case xml.CharData:
			if word != nil {
				text.Write(t)
			}
		}
	}
	if word != nil || inPage {
		return nil, fail("the document ends inside a page")
	}
	return pages, nil
}

// attrFloat reads a finite number attribute of an element.
func attrFloat(t xml.StartElement, name string) (float64, error) {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			f, err := strconv.ParseFloat(strings.TrimSpace(a.Value), 64)
			if err != nil || f != f || f > 1e7 || f < -1e7 {
				return 0, fmt.Errorf("<%s %s=%s>: not a coordinate", t.Name.Local, name, quote(a.Value))
			}
			return f, nil
		}
	}
	return 0, fmt.Errorf("<%s> has no %s", t.Name.Local, name)
}

// cleanXML replaces the control characters XML forbids (a PDF's text may
// hold them, and pdftotext copies them) with spaces.
func cleanXML(b []byte) []byte {
	var out []byte
	for i, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			if out == nil {
				out = bytes.Clone(b)
			}
			out[i] = ' '
		}
	}
	if out == nil {
		return b
	}
	return out
}
