package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"

	"github.com/cnfiscal/fiscal"
)

// truthSet is an adjudicated report: the defects a person verified by hand
// in the document and the findings that must not be made. Its JSON form is
// the file format of testdata/truths.
type truthSet struct {
	Report string `json:"report"` // the report's file name
	// Families are the rule families (the rule ID before its first dot:
	// narr, disc, tp, acc, proc, text, perf, parse) the adjudication covers.
	// Findings of other families are not scored; none means all.
	Families  []string     `json:"families,omitempty"`
	Note      string       `json:"note,omitempty"`
	Defects   []truthEntry `json:"defects"`
	Negatives []truthEntry `json:"negatives,omitempty"`
}

// truthEntry is one adjudicated defect or must-not-flag finding: the rule,
// where (a line, or a table, row and column), and the figures.
type truthEntry struct {
	Rule     string `json:"rule"`
	Line     int    `json:"line,omitempty"`
	Table    string `json:"table,omitempty"`
	Row      string `json:"row,omitempty"`
	Column   string `json:"column,omitempty"`
	Expected string `json:"expected,omitempty"`
	Actual   string `json:"actual,omitempty"`
	// Text is a fragment of the report's words the finding quotes (its
	// sentence, or the words at fault): with Row, what finds the entry in
	// another extraction of the report, where the lines differ.
	Text string `json:"text,omitempty"`
	Note string `json:"note,omitempty"`
}

// score is the outcome of scoring findings against a truth set. Only
// findings of severity error or warning in the set's families count.
type score struct {
	Scored    int              `json:"scored"`    // findings scored
	True      int              `json:"true"`      // scored findings that match a defect
	False     []fiscal.Finding `json:"false"`     // scored findings that match no defect
	Negatives []fiscal.Finding `json:"negatives"` // of False, those that match a must-not-flag entry
	Found     int              `json:"found"`     // defects matched by a finding
	Missed    []truthEntry     `json:"missed"`    // defects no finding matches
	Defects   int              `json:"defects"`
}

// Precision is true findings over scored findings (1 when none is scored).
func (s score) Precision() decimal.Decimal { return ratio(s.True, s.Scored) }

// Recall is defects found over defects (1 when there are none).
func (s score) Recall() decimal.Decimal { return ratio(s.Found, s.Defects) }

func ratio(a, b int) decimal.Decimal {
	if b == 0 {
		return decimal.New(1, 0)
	}
	return decimal.NewFromInt(int64(a)).Div(decimal.NewFromInt(int64(b)))
}

// family is a rule ID's family: the part before its first dot.
func family(rule string) string {
	f, _, _ := strings.Cut(rule, ".")
	return f
}

func (t truthSet) covers(rule string) bool {
	if len(t.Families) == 0 {
		return true
	}
	for _, f := range t.Families {
		if f == family(rule) {
			return true
		}
	}
	return false
}

// matches reports whether finding f is the entry e: the same rule family
// (the same rule for a must-not-flag entry, exact is true), the same
// table, row and column and the same figures where e gives them, and the
// same line (where e gives one), and f quoting e's text (where e gives
// one). byContent lets the line differ — another extraction of the same
// report numbers its lines otherwise — when the entry is anchored by words:
// its text, or its row. An entry with neither is found by its line alone.
func (e truthEntry) matches(f fiscal.Finding, exact, byContent bool) bool {
	if exact && e.Rule != f.Rule || !exact && family(e.Rule) != family(f.Rule) {
		return false
	}
	for _, p := range [][2]string{{e.Table, f.Where.Table}, {e.Row, f.Where.Row}, {e.Column, f.Where.Column}} {
		if p[0] != "" && p[0] != p[1] {
			return false
		}
	}
	if !sameFigure(e.Expected, f.Expected) || !sameFigure(e.Actual, f.Actual) {
		return false
	}
	if e.Text != "" && !strings.Contains(foldQuote(f.Where.Text), foldQuote(e.Text)) {
		return false
	}
	if e.Line == 0 || e.Line == f.Where.Line {
		return true
	}
	return byContent && (e.Text != "" || e.Row != "")
}

// foldQuote folds a quote for comparison across extractions: widths
// (％ is %, ０ is 0) and spaces, which extraction tools add and drop, do
// not count.
func foldQuote(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, width.Fold.String(s))
}

// sameFigure compares a figure of a truth entry with a finding's: equal as
// numbers ("2000" is "2000.00"); an entry without the figure matches any.
func sameFigure(want string, got fiscal.Figure) bool {
	if want == "" {
		return true
	}
	w, err := decimal.NewFromString(want)
	g, ok := got.Decimal()
	return err == nil && ok && w.Equal(g)
}

// scoreFindings scores findings against a truth set. A finding takes a
// defect no earlier finding took when it can, else it repeats one already
// found (a true finding all the same). An entry of the finding's own rule
// is preferred to one of its family, and an entry at its line to one found
// by content ([truthEntry.matches]), which lets the truth set of a report
// score other extractions of it as well.
func scoreFindings(t truthSet, fs []fiscal.Finding) score {
	s := score{Defects: len(t.Defects)}
	found := make([]bool, len(t.Defects))
	for _, f := range fs {
		if f.Severity != fiscal.SeverityError && f.Severity != fiscal.SeverityWarning || !t.covers(f.Rule) {
			continue
		}
		s.Scored++
		hit := -1
		for _, tier := range [][2]bool{{true, false}, {false, false}, {true, true}, {false, true}} {
			for i, e := range t.Defects {
				if e.matches(f, tier[0], tier[1]) && (hit < 0 || found[hit] && !found[i]) {
					hit = i
				}
			}
			if hit >= 0 && !found[hit] {
				break
			}
		}
		if hit >= 0 {
			found[hit] = true
			s.True++
			continue
		}
		s.False = append(s.False, f)
		for _, e := range t.Negatives {
			if e.matches(f, true, true) {
				s.Negatives = append(s.Negatives, f)
				break
			}
		}
	}
	for i, e := range t.Defects {
		if found[i] {
			s.Found++
		} else {
			s.Missed = append(s.Missed, e)
		}
	}
	return s
}

func readTruths(path string) (truthSet, error) {
	var t truthSet
	b, err := os.ReadFile(path)
	if err != nil {
		return t, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return t, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

func readFindings(path string) ([]fiscal.Finding, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	// fiscal lint --json writes a report object holding the findings; a
	// bare array of findings is read too.
	var rep struct {
		Findings []fiscal.Finding `json:"findings"`
	}
	if err := json.Unmarshal(b, &rep); err == nil && rep.Findings != nil {
		return rep.Findings, nil
	}
	var fs []fiscal.Finding
	if err := json.Unmarshal(b, &fs); err != nil {
		return nil, fmt.Errorf("%s: not the JSON of fiscal lint --json (a report with findings, or an array of findings): %w", path, err)
	}
	return fs, nil
}

func percent(d decimal.Decimal) string { return d.Mul(decimal.New(100, 0)).StringFixed(1) + "%" }

func runScore(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "list the missed defects and the false findings")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fiscal score [-v] TRUTHS.json FINDINGS.json [TRUTHS.json FINDINGS.json ...]")
		fmt.Fprintln(stderr, "FINDINGS.json is the output of fiscal lint --json; TRUTHS.json lists the adjudicated defects (see testdata/truths)")
		fs.PrintDefaults()
	}
	files, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	if len(files) == 0 || len(files)%2 != 0 {
		fs.Usage()
		return 2
	}
	var total score
	for i := 0; i < len(files); i += 2 {
		t, err := readTruths(files[i])
		if err == nil {
			var f []fiscal.Finding
			f, err = readFindings(files[i+1])
			if err == nil {
				s := scoreFindings(t, f)
				printScore(stdout, t.Report, s, *verbose)
				total.Scored += s.Scored
				total.True += s.True
				total.Found += s.Found
				total.Defects += s.Defects
				total.False = append(total.False, s.False...)
				continue
			}
		}
		fmt.Fprintln(stderr, "fiscal score:", err)
		return 2
	}
	if len(files) > 2 {
		fmt.Fprintf(stdout, "total: precision %s (%d of %d findings), recall %s (%d of %d defects)\n",
			percent(total.Precision()), total.True, total.Scored, percent(total.Recall()), total.Found, total.Defects)
	}
	return 0
}

func printScore(w io.Writer, report string, s score, verbose bool) {
	fmt.Fprintf(w, "%s: precision %s (%d of %d findings), recall %s (%d of %d defects)\n",
		report, percent(s.Precision()), s.True, s.Scored, percent(s.Recall()), s.Found, s.Defects)
	if !verbose {
		return
	}
	for _, e := range s.Missed {
		fmt.Fprintf(w, "  missed %s line %d %s %s %s\n", e.Rule, e.Line, e.Expected, e.Actual, e.Note)
	}
	for _, f := range s.False {
		fmt.Fprintf(w, "  false  %s\n", f)
	}
}
