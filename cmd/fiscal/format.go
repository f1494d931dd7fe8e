package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	fiscalreport "github.com/cnfiscal/fiscal/report"
)

// reportFormats are the values of fiscal lint --format.
var reportFormats = []string{"text", "json", "html", "xlsx"}

// errFormat is returned for a --format value that is not one of
// reportFormats.
var errFormat = errors.New("unknown format")

// writeReport writes a checked report's findings to w in format: "text"
// (one finding a line, then a summary line), "json" (the findings as a
// JSON array), "html" (one self-contained page: the tables as read with
// the findings beside their cells, see package report) or "xlsx" (a
// workbook: the tables with the finding cells coloured, and a findings
// sheet).
func writeReport(format string, w io.Writer, r *parse.Result, findings []fiscal.Finding) error {
	return writeNamedReport(format, "", w, r, findings)
}

// writeNamedReport is writeReport for a report read from name (a file
// name, or "-"), which the text summary and the page's heading show.
func writeNamedReport(format, name string, w io.Writer, r *parse.Result, findings []fiscal.Finding) error {
	switch format {
	case "text":
		for _, f := range findings {
			if _, err := fmt.Fprintln(w, f); err != nil {
				return err
			}
		}
		prefix := ""
		if name != "" {
			prefix = name + ": "
		}
		_, err := fmt.Fprintf(w, "%s%s; %d findings\n", prefix, r.Summary(), len(findings))
		return err
	case "json":
		return encodeReport(w, r.Report(name, findings))
	case "html":
		return fiscalreport.HTML(w, r.Document, findings, reportOptions(name, r))
	case "xlsx":
		return fiscalreport.XLSX(w, r.Document, findings, reportOptions(name, r))
	}
	return fmt.Errorf("%w %q (want %s)", errFormat, format, strings.Join(reportFormats, ", "))
}

// reportOptions are the heading lines of the HTML page and workbook: the
// input, what was read, and the coverage of the tables when the reader
// gave one.
func reportOptions(name string, r *parse.Result) fiscalreport.Options {
	o := fiscalreport.Options{Source: name, Summary: []string{r.Summary()}}
	var missing []string
	for _, tc := range r.Coverage.Tables {
		if !tc.Found {
			missing = append(missing, tc.Title)
		}
	}
	if len(missing) > 0 {
		o.Summary = append(o.Summary, "not found: "+strings.Join(missing, "、"))
	}
	if len(r.Coverage.Uncertain) > 0 {
		o.Summary = append(o.Summary, "figures placed with uncertainty in: "+strings.Join(r.Coverage.Uncertain, "、"))
	}
	if len(r.Coverage.Unread) > 0 {
		o.Summary = append(o.Summary, "found but not read: "+strings.Join(r.Coverage.Unread, "、"))
	}
	return o
}

// lintOutput writes fiscal lint's report in the format --format names
// (--json alone means json, nothing means text) to --out, or to stdout,
// and returns the exit status: 0 without error findings, 1 with, 2 when
// the flags conflict or the output cannot be written.
func lintOutput(format, out string, asJSON bool, name string, stdout, stderr io.Writer, r *parse.Result, findings []fiscal.Finding) int {
	switch {
	case format == "" && asJSON:
		format = "json"
	case format == "":
		format = "text"
	case asJSON && format != "json":
		fmt.Fprintf(stderr, "fiscal lint: --json and --format %s disagree\n", format)
		return 2
	}
	if !slices.Contains(reportFormats, format) {
		fmt.Fprintf(stderr, "fiscal lint: %v %q (want %s)\n", errFormat, format, strings.Join(reportFormats, ", "))
		return 2
	}
	w := stdout
	var file *os.File
	if out != "" && out != "-" {
		var err error
		if file, err = os.Create(out); err != nil {
			fmt.Fprintln(stderr, "fiscal lint:", err)
			return 2
		}
		w = file
	}
	err := writeNamedReport(format, name, w, r, findings)
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(out) // a partial file is worse than none
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "fiscal lint:", err)
		return 2
	}
	if fiscal.HasErrors(findings) {
		return 1
	}
	return 0
}

// encodeReport writes a checked report as indented JSON: what it is, its
// coverage (what was read and what could not be) and its findings.
func encodeReport(w io.Writer, rep parse.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}
