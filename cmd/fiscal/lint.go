package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/reader/input"
)

// report is a report as read and checked.
type report struct {
	result   *parse.Result
	findings []fiscal.Finding
}

// readInput reads FILE, or standard input for "-", within lim: a
// directory, a missing file and an input past a limit are errors before
// anything is parsed.
func readInput(path string, stdin io.Reader, lim input.Limits) ([]byte, error) {
	if path == "-" {
		return input.ReadAll(stdin, lim)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errors.New("is a directory")}
	}
	if lim.MaxBytes > 0 && fi.Mode().IsRegular() && fi.Size() > lim.MaxBytes {
		return nil, input.NotReadable(input.ReasonTooLarge, fmt.Sprintf("%d bytes, more than %d (Limits.MaxBytes)", fi.Size(), lim.MaxBytes))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return input.ReadAll(f, lim)
}

// readReport reads and parses a report file (or "-") within the default
// limits: [loadReport] for callers that need no other limits.
func readReport(path string) (*parse.Result, error) {
	return loadReport(path, os.Stdin, input.DefaultLimits())
}

// pdfText converts the PDF file at path to layout text within the default
// limits ([pdfToText]).
func pdfText(path string) ([]byte, error) {
	lim := input.DefaultLimits()
	data, err := readInput(path, os.Stdin, lim)
	if err != nil {
		return nil, err
	}
	return pdfToText(data, lim)
}

// loadReport reads a report (FILE or "-") within lim and parses it. The
// format is told from the content, never the file name: a PDF is
// converted with `pdftotext -layout`; everything else goes to parse.Parse
// (text in any encoding input.Decode reads, the library's JSON, HTML,
// DOCX, XLSX; 决算 and 预算). Not a report at all (empty, binary, an
// archive, a scanned PDF, prose, text in which nothing of a report is
// found) is an input.NotReadableError.
func loadReport(path string, stdin io.Reader, lim input.Limits) (*parse.Result, error) {
	data, err := readInput(path, stdin, lim)
	if err != nil {
		return nil, err
	}
	if input.Sniff(data) == input.FormatPDF {
		if data, err = pdfToText(data, lim); err != nil {
			return nil, err
		}
	}
	r, err := parse.Parse(data)
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
func nothingRead(r *parse.Result) bool {
	return r.Format != parse.FormatJSON && r.Stats.Tables == 0 && r.Stats.Narrative == 0 &&
		(r.Document == nil || len(r.Document.Sections) == 0)
}

// pdfToText converts a PDF with pdftotext -layout (reading it from standard
// input), within lim: at most lim.MaxPages+1 pages are converted, the
// output is read within lim, and the conversion is stopped after
// lim.Timeout. A PDF without any text is a scan.
func pdfToText(pdf []byte, lim input.Limits) ([]byte, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, fmt.Errorf("reading a PDF needs pdftotext, which is not installed (Debian: apt-get install poppler-utils): %w", parse.ErrUnusable)
	}
	ctx := context.Background()
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

// lintFindings returns every finding of a parsed report: what could not be
// read, the text checks, and the document's checks.
func lintFindings(r *parse.Result) []fiscal.Finding {
	return r.Check(disclosure.CheckOptions{})
}

// readWithin reads, parses and (when check is set) checks a report within
// the time budget of lim.
func readWithin(path string, stdin io.Reader, lim input.Limits, check bool) (report, error) {
	return input.WithTimeout(lim.Timeout, func() (report, error) {
		r, err := loadReport(path, stdin, lim)
		if err != nil {
			return report{}, err
		}
		rep := report{result: r}
		if check {
			rep.findings = lintFindings(r)
		}
		return rep, nil
	})
}

// printReadError prints one short line for an input that could not be
// read: "fiscal lint: FILE: not a readable report: <reason>".
func printReadError(w io.Writer, cmd, path string, err error) {
	var nr *input.NotReadableError
	var pe *fs.PathError
	switch {
	case errors.As(err, &nr):
		fmt.Fprintf(w, "fiscal %s: %s: %s\n", cmd, path, nr)
	case errors.As(err, &pe):
		fmt.Fprintf(w, "fiscal %s: %s: %s\n", cmd, path, pe.Err)
	default:
		msg := err.Error()
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		fmt.Fprintf(w, "fiscal %s: %s: %s\n", cmd, path, msg)
	}
}

func runLint(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if code, ok := lintWith(args, stdin, stdout, stderr); ok { // --with BUDGET FINAL, --joined PART...: with.go
		return code
	}
	if code, ok := lintMany(args, stdout, stderr); ok { // a directory or several files: lintdir.go
		return code
	}
	fs := flag.NewFlagSet("lint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print only the findings, as a JSON array")
	format, out := fs.String("format", "", "output: text, json, html (one self-contained page) or xlsx (default text)"), fs.String("out", "", "write the output to `FILE` instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fiscal lint [--json | --format text|json|html|xlsx] [--out FILE] FILE|- (text in any common encoding, .json or .pdf; - reads standard input)")
		fmt.Fprintln(stderr, "exit status: 0 no error finding, 1 error findings, 2 not a readable report or bad usage")
		fs.PrintDefaults()
	}
	files, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	if len(files) != 1 {
		fs.Usage()
		return 2
	}
	rep, err := readWithin(files[0], stdin, input.DefaultLimits(), true)
	if err != nil {
		printReadError(stderr, "lint", files[0], err)
		return 2
	}
	r, findings := rep.result, rep.findings
	if *format != "" || *out != "" {
		return lintOutput(*format, *out, *asJSON, files[0], stdout, stderr, r, findings)
	}
	if *asJSON {
		if err := encodeReport(stdout, r.Report(files[0], findings)); err != nil {
			fmt.Fprintln(stderr, "fiscal lint:", err)
			return 2
		}
	} else {
		for _, f := range findings {
			fmt.Fprintln(stdout, f)
		}
		fmt.Fprintf(stdout, "%s: %s; %d findings\n", files[0], r.Summary(), len(findings))
	}
	if fiscal.HasErrors(findings) {
		return 1
	}
	return 0
}

func runTables(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tables", flag.ContinueOnError)
	fs.SetOutput(stderr)
	files, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "usage: fiscal tables FILE|- (text in any common encoding, .json or .pdf; - reads standard input)")
		return 2
	}
	rep, err := readWithin(files[0], stdin, input.DefaultLimits(), false)
	if err != nil {
		printReadError(stderr, "tables", files[0], err)
		return 2
	}
	if err := rep.result.Document.RenderTables(stdout); err != nil {
		fmt.Fprintln(stderr, "fiscal tables:", err)
		return 2
	}
	return 0
}
