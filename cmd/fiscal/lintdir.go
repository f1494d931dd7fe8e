package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/batch"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/export"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// lintMany handles `fiscal lint` given a directory or more than one file:
// every report under them is read and checked in parallel. It reports
// false, leaving the arguments to runLint, for a single file or "-".
func lintMany(args []string, stdout, stderr io.Writer) (code int, handled bool) {
	fset := flag.NewFlagSet("lint", flag.ContinueOnError)
	fset.SetOutput(io.Discard)
	asJSON := fset.Bool("json", false, "")
	format := fset.String("format", "", "")
	out := fset.String("out", "", "")
	workers := fset.Int("workers", 0, "")
	paths, err := parseFlags(fset, args)
	if err != nil || len(paths) == 0 {
		return 0, false
	}
	if len(paths) == 1 {
		if fi, err := os.Stat(paths[0]); paths[0] == "-" || err != nil || !fi.IsDir() {
			return 0, false
		}
	}
	usage := func(msg string) (int, bool) {
		fmt.Fprintln(stderr, "fiscal lint:", msg)
		fmt.Fprintln(stderr, "usage: fiscal lint [--json] [--workers N] [--out results.csv|results.json|results.parquet] DIR|FILE...")
		fmt.Fprintln(stderr, "  every report under the directories and every file given is read and checked in parallel; a summary is printed")
		fmt.Fprintln(stderr, "  two to four files that are the tables and the 情况说明 of one 决算 are read as one report (as --joined reads them)")
		fmt.Fprintln(stderr, "  --out writes one row per finding with the report, its department and year")
		fmt.Fprintln(stderr, "exit status: 0 no error finding, 1 error findings, 2 no report readable or bad usage")
		return 2, true
	}
	if slices.Contains(paths, "-") {
		return usage("standard input (-) cannot be read with other files")
	}
	if parts := partsOfOneReport(paths); *out == "" && *format == "" && *workers == 0 && parts != nil {
		// The tables and the 情况说明 of one 决算 published as files of
		// their own: read as one report, as --joined reads them.
		fmt.Fprintf(stderr, "fiscal lint: %s are the parts of one report (tables in one, the 情况说明 in another): read as one, tables first, as --joined reads them\n", strings.Join(paths, ", "))
		return lintJoined(parts, *asJSON, nil, stdout, stderr), true
	}
	if *format != "" {
		return usage("--format applies to one report; for many, --out FILE names the format by its extension")
	}
	var w *export.FindingWriter
	var outFile *os.File
	if *out != "" {
		f, err := export.FormatOf(*out)
		if err != nil {
			return usage(err.Error())
		}
		if outFile, err = os.Create(*out); err != nil {
			fmt.Fprintln(stderr, "fiscal lint:", err)
			return 2, true
		}
		defer outFile.Close()
		if w, err = export.NewFindingWriter(outFile, f); err != nil {
			fmt.Fprintln(stderr, "fiscal lint:", err)
			return 2, true
		}
	}
	files, walkErrs := reportFiles(paths)
	s := lintFiles(context.Background(), files, *workers, w, progressOn(stderr, len(files)))
	s.NotReadable = append(walkErrs, s.NotReadable...)
	if w != nil {
		if err := w.Close(); err != nil {
			fmt.Fprintln(stderr, "fiscal lint:", err)
			return 2, true
		}
		if err := outFile.Close(); err != nil {
			fmt.Fprintln(stderr, "fiscal lint:", err)
			return 2, true
		}
		s.Out, s.Rows = *out, w.Rows()
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(s); err != nil {
			fmt.Fprintln(stderr, "fiscal lint:", err)
			return 2, true
		}
	} else {
		s.print(stdout)
	}
	switch {
	case s.Read == 0:
		return 2, true
	case s.Errors > 0:
		return 1, true
	}
	return 0, true
}

// partsOfOneReport returns, when two to four files (no directory) are the
// parts of one 决算, those files in the order a report prints them (the
// tables' files first, as given, then the 情况说明's), else nil. Each is
// read alone: at least one holds tables and no 情况说明 figure, at least
// one holds 情况说明 figures and no table, and none holds both.
func partsOfOneReport(paths []string) []string {
	if len(paths) < 2 || len(paths) > 4 {
		return nil
	}
	var tablesOnly, textOnly []string
	var kind parse.ReportKind // every part is of one kind (预算 or 决算)
	for _, p := range paths {
		if fi, err := os.Stat(p); err != nil || fi.IsDir() {
			return nil
		}
		rep, err := readWithin(p, nil, input.DefaultLimits(), false)
		if err != nil || rep.result.Document == nil || kind != input.KindUnknown && kind != rep.result.Kind {
			return nil
		}
		kind = rep.result.Kind
		tables := slices.ContainsFunc(rep.result.Coverage.Tables, func(c reader.TableCoverage) bool { return c.Found && c.Rows > 0 })
		text := len(rep.result.Document.Narrative) > 0
		if kind == parse.KindBudget {
			// A budget's 编制说明 states figures; its tables' file may
			// state some too (the 项目 and 绩效 parts after the tables).
			text = rep.result.Stats.Narrative > 0 && !tables
		}
		switch {
		case tables && !text:
			tablesOnly = append(tablesOnly, p)
		case text && !tables:
			textOnly = append(textOnly, p)
		default:
			return nil
		}
	}
	if len(tablesOnly) == 0 || len(textOnly) == 0 {
		return nil
	}
	return append(tablesOnly, textOnly...)
}

// reportFiles lists the files given and every regular file under the
// directories given (hidden files and directories skipped), in order.
// Paths that cannot be listed come back as unreadable.
func reportFiles(paths []string) ([]string, []unreadable) {
	var files []string
	var bad []unreadable
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			bad = append(bad, unreadable{Report: p, Reason: reasonOf(err)})
			continue
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				bad = append(bad, unreadable{Report: path, Reason: reasonOf(err)})
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			bad = append(bad, unreadable{Report: p, Reason: reasonOf(err)})
		}
	}
	return files, bad
}

// progress is told of each report done.
type progress interface {
	Add(int) error
	Finish() error
}

type noProgress struct{}

func (noProgress) Add(int) error { return nil }
func (noProgress) Finish() error { return nil }

// progressOn returns a progress bar on stderr when it is a terminal, and
// nothing otherwise.
func progressOn(stderr io.Writer, n int) progress {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return noProgress{}
	}
	return progressbar.NewOptions(n, progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("fiscal lint"),
		progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("reports"),
		progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
}

// fileResult is one report read and checked, or why it could not be.
type fileResult struct {
	path       string
	format     string
	department string
	year       int
	findings   []fiscal.Finding
	err        error
}

// unreadable is a report that could not be read, and why.
type unreadable struct {
	Report string `json:"report"`
	Reason string `json:"reason"`
}

// ruleCount counts the findings of one rule at one severity.
type ruleCount struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Count    int    `json:"count"`
}

// summary is what `fiscal lint DIR` prints.
type summary struct {
	Reports     int            `json:"reports"`  // files looked at
	Read        int            `json:"read"`     // reports read and checked
	ByKind      map[string]int `json:"by_kind"`  // reports read, by kind (决算, 预算) and how they were read (word-text, layout, json): "决算 layout"
	Findings    int            `json:"findings"` // all findings
	Errors      int            `json:"errors"`   // findings of severity error
	ByRule      []ruleCount    `json:"by_rule"`
	NotReadable []unreadable   `json:"not_readable"`
	Out         string         `json:"out,omitempty"`  // the results file written
	Rows        int            `json:"rows,omitempty"` // its rows
}

// lintFiles reads and checks the files on all cores (workers; 0 for
// GOMAXPROCS) with the reader of `fiscal lint FILE`, writes a row per
// finding to w (when not nil) in input order and sums up.
func lintFiles(ctx context.Context, files []string, workers int, w *export.FindingWriter, bar progress) summary {
	s := summary{Reports: len(files), ByKind: map[string]int{}, NotReadable: []unreadable{}, ByRule: []ruleCount{}}
	counts := map[[2]string]int{}
	results := batch.Map(ctx, slices.Values(files), batch.Options{Workers: workers}, func() struct{} { return struct{}{} },
		func(_ context.Context, _ struct{}, path string) fileResult {
			rep, err := readWithin(path, nil, input.DefaultLimits(), true)
			if err != nil {
				return fileResult{path: path, err: err}
			}
			fr := fileResult{path: path, format: rep.result.Kind.String() + " " + rep.result.Format.String(), findings: rep.findings}
			if d := rep.result.Document; d != nil {
				fr.department, fr.year = d.Department, d.Year
			}
			return fr
		})
	var rows []export.FindingRow
	for r, err := range results {
		if err != nil {
			s.NotReadable = append(s.NotReadable, unreadable{Report: "(cancelled)", Reason: err.Error()})
			break
		}
		_ = bar.Add(1)
		if r.err != nil {
			s.NotReadable = append(s.NotReadable, unreadable{Report: r.path, Reason: reasonOf(r.err)})
			continue
		}
		s.Read++
		s.ByKind[r.format]++
		s.Findings += len(r.findings)
		rows = rows[:0]
		for _, f := range r.findings {
			counts[[2]string{f.Rule, f.Severity.String()}]++
			if f.Severity == fiscal.SeverityError {
				s.Errors++
			}
			if w != nil {
				rows = append(rows, export.FindingRowOf(r.path, r.department, r.year, f))
			}
		}
		if w != nil {
			if err := w.Write(rows...); err != nil {
				s.NotReadable = append(s.NotReadable, unreadable{Report: r.path, Reason: "writing its findings: " + err.Error()})
			}
		}
	}
	_ = bar.Finish()
	for k, n := range counts {
		s.ByRule = append(s.ByRule, ruleCount{Rule: k[0], Severity: k[1], Count: n})
	}
	sort.Slice(s.ByRule, func(i, j int) bool {
		a, b := s.ByRule[i], s.ByRule[j]
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Severity < b.Severity
	})
	return s
}

// reasonOf is the one-line reason a report could not be read.
func reasonOf(err error) string {
	var nr *input.NotReadableError
	var pe *fs.PathError
	switch {
	case errors.As(err, &nr):
		return nr.Error()
	case errors.As(err, &pe):
		return pe.Err.Error()
	}
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return msg
}

func (s summary) print(w io.Writer) {
	var kinds []string
	for k, n := range s.ByKind {
		kinds = append(kinds, fmt.Sprintf("%s %d", k, n))
	}
	sort.Strings(kinds)
	fmt.Fprintf(w, "%d reports: %d read (%s), %d not readable; %d findings, %d errors\n",
		s.Reports, s.Read, strings.Join(kinds, ", "), len(s.NotReadable), s.Findings, s.Errors)
	if len(s.ByRule) > 0 {
		fmt.Fprintln(w, "findings by rule and severity:")
		for _, c := range s.ByRule {
			fmt.Fprintf(w, "  %-40s %-8s %d\n", c.Rule, c.Severity, c.Count)
		}
	}
	if len(s.NotReadable) > 0 {
		fmt.Fprintln(w, "not readable:")
		for _, u := range s.NotReadable {
			fmt.Fprintf(w, "  %s: %s\n", u.Report, u.Reason)
		}
	}
	if s.Out != "" {
		fmt.Fprintf(w, "findings written to %s (%d rows)\n", s.Out, s.Rows)
	}
}
