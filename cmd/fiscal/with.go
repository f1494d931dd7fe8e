package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/reader/input"
)

// lintWith handles the two ways of linting two files together:
//
//	fiscal lint --with BUDGET FINAL   the year-N 预算 and the year-N 决算 of one department
//	fiscal lint --joined PART...      one report published as several files (narrative and tables)
//
// It reports handled=false when neither flag is given, leaving the
// arguments to the other forms of lint.
func lintWith(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int, handled bool) {
	if !slices.ContainsFunc(args, func(a string) bool {
		return a == "--with" || a == "-with" || strings.HasPrefix(a, "--with=") || strings.HasPrefix(a, "-with=") ||
			a == "--joined" || a == "-joined"
	}) {
		return 0, false
	}
	fs := flag.NewFlagSet("lint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	with := fs.String("with", "", "the year-N 预算 `BUDGET` (PDF or text) to check the year-N 决算 FINAL against")
	joined := fs.Bool("joined", false, "the files are the parts of one report (narrative and tables published apart), read in the order given")
	asJSON := fs.Bool("json", false, "print only the findings, as a JSON array")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fiscal lint --with BUDGET FINAL | fiscal lint --joined PART PART...")
		fmt.Fprintln(stderr, "  --with: FINAL's 年初预算 figures (三公 预算数, the 年初预算 its narrative states) must equal the published BUDGET of the same year")
		fmt.Fprintln(stderr, "  --joined: the parts are read as one report, in the order given")
		fmt.Fprintln(stderr, "exit status: 0 no error finding, 1 error findings, 2 not a readable report or bad usage")
		fs.PrintDefaults()
	}
	files, err := parseFlags(fs, args)
	if err != nil {
		return 2, true
	}
	switch {
	case *with != "" && *joined:
		fmt.Fprintln(stderr, "fiscal lint: --with and --joined cannot be combined")
		fs.Usage()
		return 2, true
	case *with != "":
		if len(files) != 1 {
			fs.Usage()
			return 2, true
		}
		return lintBudgetFinal(*with, files[0], *asJSON, stdin, stdout, stderr), true
	default:
		if len(files) < 2 {
			fs.Usage()
			return 2, true
		}
		return lintJoined(files, *asJSON, stdin, stdout, stderr), true
	}
}

// lintBudgetFinal checks a 决算 and the budget of its year: each report's
// own findings, then budget.CompareFinal's.
func lintBudgetFinal(budgetPath, finalPath string, asJSON bool, stdin io.Reader, stdout, stderr io.Writer) int {
	lim := input.DefaultLimits()
	b, err := readWithin(budgetPath, stdin, lim, true)
	if err != nil {
		printReadError(stderr, "lint", budgetPath, err)
		return 2
	}
	f, err := readWithin(finalPath, stdin, lim, true)
	if err != nil {
		printReadError(stderr, "lint", finalPath, err)
		return 2
	}
	switch {
	case b.result.Kind != parse.KindBudget:
		fmt.Fprintf(stderr, "fiscal lint: %s: --with names a 预算, but this report is a %s\n", budgetPath, b.result.Kind)
		return 2
	case f.result.Kind != parse.KindFinal:
		fmt.Fprintf(stderr, "fiscal lint: %s: checked against a budget, this report must be a 决算, but it is a %s\n", finalPath, f.result.Kind)
		return 2
	}
	cross := budget.CompareFinal(b.result.Budget, f.result.Document, budget.CompareOptions{})
	by := map[string][]fiscal.Finding{finalPath: f.findings, budgetPath: b.findings, "budget ↔ 决算": cross}
	order := []string{finalPath, budgetPath, "budget ↔ 决算"}
	var all []fiscal.Finding
	for _, k := range order {
		all = append(all, by[k]...)
	}
	if asJSON {
		return printJSON(stdout, stderr, all)
	}
	for _, k := range order {
		for _, x := range by[k] {
			fmt.Fprintln(stdout, x)
		}
		switch k {
		case "budget ↔ 决算":
			fmt.Fprintf(stdout, "%s: %s compared with %s; %d findings\n", k, finalPath, budgetPath, len(by[k]))
		case finalPath:
			fmt.Fprintf(stdout, "%s: %s; %d findings\n", k, f.result.Summary(), len(by[k]))
		default:
			fmt.Fprintf(stdout, "%s: %s; %d findings\n", k, b.result.Summary(), len(by[k]))
		}
	}
	if fiscal.HasErrors(all) {
		return 1
	}
	return 0
}

// lintJoined reads several files as the parts of one report: each is read
// (a PDF converted to layout text) and the texts are joined in the order
// given, a page break between them, before the report is parsed once.
func lintJoined(files []string, asJSON bool, stdin io.Reader, stdout, stderr io.Writer) int {
	lim := input.DefaultLimits()
	var all []byte
	for _, p := range files {
		if p == "-" {
			fmt.Fprintln(stderr, "fiscal lint: --joined reads files, not standard input")
			return 2
		}
		data, err := readInput(p, stdin, lim)
		if err == nil && input.Sniff(data) == input.FormatPDF {
			data, err = pdfToText(data, lim)
		}
		if err == nil {
			data, err = joinedText(data, lim)
		}
		if err != nil {
			printReadError(stderr, "lint", p, err)
			return 2
		}
		if len(all) > 0 {
			all = append(all, '\f', '\n')
		}
		all = append(all, data...)
		if int64(len(all)) > lim.MaxBytes && lim.MaxBytes > 0 {
			printReadError(stderr, "lint", p, fmt.Errorf("the parts together exceed %d bytes", lim.MaxBytes))
			return 2
		}
	}
	r, err := parse.ReadReport(context.Background(), all, lim)
	name := strings.Join(files, " + ")
	if err != nil {
		printReadError(stderr, "lint", name, err)
		return 2
	}
	findings := lintFindings(r)
	if asJSON {
		return printJSON(stdout, stderr, findings)
	}
	for _, x := range findings {
		fmt.Fprintln(stdout, x)
	}
	fmt.Fprintf(stdout, "%s: %s; %d findings\n", name, r.Summary(), len(findings))
	if fiscal.HasErrors(findings) {
		return 1
	}
	return 0
}

// joinedText decodes one part to UTF-8 text; a part that is not text (a
// workbook, a JSON document) cannot be joined to another.
func joinedText(data []byte, lim input.Limits) ([]byte, error) {
	if input.Sniff(data) != input.FormatText {
		return nil, input.NotReadable(input.ReasonNotReport, "--joined joins text and PDF parts only")
	}
	s, _, err := input.Decode(data, lim)
	return s, err
}

func printJSON(stdout, stderr io.Writer, fs []fiscal.Finding) int {
	if fs == nil {
		fs = []fiscal.Finding{}
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(fs); err != nil {
		fmt.Fprintln(stderr, "fiscal lint:", err)
		return 2
	}
	if fiscal.HasErrors(fs) {
		return 1
	}
	return 0
}
