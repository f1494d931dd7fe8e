package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"

	"github.com/cnfiscal/fiscal/reader/input"
)

// PDFLayoutText converts a PDF to text with `pdftotext -layout` (spacing
// that keeps the columns), within lim: at most lim.MaxPages+1 pages are
// converted, the text is read within lim.MaxBytes and lim.MaxLineBytes,
// and the conversion stops when ctx is done or after lim.Timeout. A PDF
// without any text (a scan) is an [*input.NotReadableError] with
// [input.ReasonScanned], a damaged one with [input.ReasonMalformed], a
// conversion past its time with [input.ReasonTimeout]; without pdftotext
// the error wraps [ErrNoEngine].
//
// This is the text the 决算 reader of package disclosure/parse is
// calibrated on; [PDF] gives words with their positions instead
// (docs/PDF.md compares the two).
func PDFLayoutText(ctx context.Context, pdf []byte, lim input.Limits) ([]byte, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, fmt.Errorf("reading a PDF needs pdftotext, which is not installed (Debian: apt-get install poppler-utils): %w", ErrNoEngine)
	}
	if lim.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, lim.Timeout)
		defer cancel()
	}
	text, stderr, err := runPdftotext(ctx, bin, "-layout", pdf, lim.MaxPages, func(r io.Reader) ([]byte, error) {
		// Lines of layout text are long but bounded; the page and size
		// limits apply to the text.
		return input.ReadAll(r, input.Limits{MaxBytes: lim.MaxBytes, MaxLineBytes: lim.MaxLineBytes})
	})
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit) && ctx.Err() != nil:
		return nil, input.NotReadable(input.ReasonTimeout, fmt.Sprintf("pdftotext ran longer than %s (Limits.Timeout)", lim.Timeout))
	case errors.As(err, &exit):
		return nil, input.NotReadable(input.ReasonMalformed, "a damaged PDF (pdftotext: "+firstLine(stderr, err)+")")
	default:
		return nil, err
	}
	if len(bytes.TrimSpace(text)) == 0 { // TrimSpace trims form feeds too
		pages := bytes.Count(text, []byte("\f"))
		return nil, input.NotReadable(input.ReasonScanned, fmt.Sprintf("no text on %d page(s)", pages))
	}
	return text, nil
}
