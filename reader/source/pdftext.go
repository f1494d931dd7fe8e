package source

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
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
	args := []string{"-layout", "-enc", "UTF-8"}
	if lim.MaxPages > 0 {
		args = append(args, "-l", strconv.Itoa(lim.MaxPages+1))
	}
	cmd := exec.CommandContext(ctx, bin, append(args, "-", "-")...)
	cmd.Stdin = bytes.NewReader(pdf)
	var stderr bytes.Buffer
	cmd.Stderr = &limitedWriter{w: &stderr, n: 4096}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	// Lines of layout text are long but bounded; the page and size limits
	// apply to the text.
	text, rerr := input.ReadAll(stdout, input.Limits{MaxBytes: lim.MaxBytes, MaxLineBytes: lim.MaxLineBytes})
	if rerr != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return nil, rerr
	}
	if err := cmd.Wait(); err != nil {
		if ctx.Err() != nil {
			return nil, input.NotReadable(input.ReasonTimeout, fmt.Sprintf("pdftotext ran longer than %s (Limits.Timeout)", lim.Timeout))
		}
		return nil, input.NotReadable(input.ReasonMalformed, "a damaged PDF (pdftotext: "+pdftotextError(stderr.String())+")")
	}
	if len(bytes.TrimSpace(text)) == 0 { // TrimSpace trims form feeds too
		pages := bytes.Count(text, []byte("\f"))
		return nil, input.NotReadable(input.ReasonScanned, fmt.Sprintf("no text on %d page(s)", pages))
	}
	return text, nil
}

// pdftotextError picks the line of pdftotext's messages that says what
// failed: the first "Error" line, else the first line.
func pdftotextError(msg string) string {
	lines := strings.Split(strings.TrimSpace(msg), "\n")
	for _, l := range lines {
		if strings.Contains(l, "Error") {
			return fiscal.Quote(strings.TrimSpace(l), 120)
		}
	}
	return fiscal.Quote(strings.TrimSpace(lines[0]), 120)
}
