package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
)

// readReport reads a report file: .json and .txt (either text form) are
// read as they are; a .pdf is converted with `pdftotext -layout`.
func readReport(path string) (*parse.Result, error) {
	var data []byte
	var err error
	if strings.EqualFold(filepath.Ext(path), ".pdf") {
		data, err = pdfText(path)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, err
	}
	return parse.Parse(data)
}

// pdfText runs pdftotext -layout on a PDF.
func pdfText(path string) ([]byte, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, fmt.Errorf("reading a PDF needs pdftotext, which is not installed (Debian: apt-get install poppler-utils): %w", parse.ErrUnusable)
	}
	out, err := exec.Command(bin, "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("pdftotext %s: %s: %w", path, strings.TrimSpace(string(ee.Stderr)), parse.ErrUnusable)
		}
		return nil, err
	}
	return out, nil
}

// lintFindings returns every finding of a parsed report: what could not be
// read, the text checks, and the document's checks.
func lintFindings(r *parse.Result) []fiscal.Finding {
	return r.Check(disclosure.CheckOptions{})
}

func runLint(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print only the findings, as a JSON array")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fiscal lint [--json] FILE (.txt, .json or .pdf)")
		fmt.Fprintln(stderr, "exit status: 0 no error finding, 1 error findings, 2 unusable input")
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
	r, err := readReport(files[0])
	if err != nil {
		fmt.Fprintln(stderr, "fiscal lint:", err)
		return 2
	}
	findings := lintFindings(r)
	if *asJSON {
		if err := fiscal.EncodeFindings(stdout, findings); err != nil {
			fmt.Fprintln(stderr, "fiscal lint:", err)
			return 2
		}
	} else {
		for _, f := range findings {
			fmt.Fprintln(stdout, f)
		}
		fmt.Fprintf(stdout, "%s (%s): %s; %d findings\n", files[0], r.Format, r.Stats, len(findings))
	}
	if fiscal.HasErrors(findings) {
		return 1
	}
	return 0
}

func runTables(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tables", flag.ContinueOnError)
	fs.SetOutput(stderr)
	files, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "usage: fiscal tables FILE (.txt, .json or .pdf)")
		return 2
	}
	r, err := readReport(files[0])
	if err != nil {
		fmt.Fprintln(stderr, "fiscal tables:", err)
		return 2
	}
	if err := r.Document.RenderTables(stdout); err != nil {
		fmt.Fprintln(stderr, "fiscal tables:", err)
		return 2
	}
	return 0
}
