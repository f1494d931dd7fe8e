package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/cnfiscal/fiscal/reader/source"
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

// loadReport reads a report (FILE or "-") within lim and parses it
// (parse.ReadReport: the format told from the content; a PDF through
// pdftotext -layout; not a report at all is an input.NotReadableError).
func loadReport(path string, stdin io.Reader, lim input.Limits) (*parse.Result, error) {
	data, err := readInput(path, stdin, lim)
	if err != nil {
		return nil, err
	}
	return parse.ReadReport(context.Background(), data, lim)
}

// pdfToText converts a PDF to layout text within lim
// (source.PDFLayoutText).
func pdfToText(pdf []byte, lim input.Limits) ([]byte, error) {
	text, err := source.PDFLayoutText(context.Background(), pdf, lim)
	if errors.Is(err, source.ErrNoEngine) {
		return nil, fmt.Errorf("%w: %w", err, parse.ErrUnusable)
	}
	return text, err
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
	render := rep.result.Document.RenderTables
	if rep.result.Budget != nil {
		render = rep.result.Budget.WriteText
	}
	if err := render(stdout); err != nil {
		fmt.Fprintln(stderr, "fiscal tables:", err)
		return 2
	}
	return 0
}
