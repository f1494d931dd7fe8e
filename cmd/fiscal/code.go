package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/cnfiscal/fiscal"
	"io"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal/classify"
)

// codeResult is one looked-up code, in the JSON form of `fiscal code --json`.
type codeResult struct {
	Code      string           `json:"code"`
	Scheme    string           `json:"scheme"`
	Level     string           `json:"level"`
	Name      string           `json:"name"`
	Edition   int              `json:"edition"`
	Basis     string           `json:"basis,omitempty"` // official, printed, pattern or recalled
	Seen      int              `json:"seen,omitempty"`  // for a printed name: reports known to print it
	Where     string           `json:"where,omitempty"` // one place that states the name
	Aliases   []classify.Alias `json:"aliases,omitempty"`
	COFOG     string           `json:"cofog,omitempty"` // for 功能分类: the COFOG group or division
	Ancestors []ancestor       `json:"ancestors"`
}

type ancestor struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func runCode(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(stderr)
	edition := fs.Int("edition", 2024, "catalog edition")
	asJSON := fs.Bool("json", false, "print JSON")
	diff := fs.Int("diff", 0, "print the changes from this edition to the edition given as the argument")
	stats := fs.Bool("stats", false, "print the entries of every embedded edition by level and basis")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fiscal code [--edition 2024] [--json] CODE...")
		fmt.Fprintln(stderr, "       fiscal code --diff 2024 2025")
		fmt.Fprintln(stderr, "       fiscal code --stats")
		fmt.Fprintln(stderr, "The scheme follows from the first digit: 1 收入, 2 功能, 3 部门经济, 5 政府经济.")
		fmt.Fprintln(stderr, "basis: official (a ministry text), printed (seen in reports), pattern (the catalog's structure), recalled (not yet checked).")
		fs.PrintDefaults()
	}
	codes, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	switch {
	case *stats:
		if len(codes) > 0 || *diff != 0 {
			fs.Usage()
			return 2
		}
		return printStats(stdout, stderr, *asJSON)
	case *diff != 0:
		if len(codes) != 1 {
			fs.Usage()
			return 2
		}
		to, err := strconv.Atoi(codes[0])
		if err != nil {
			fmt.Fprintf(stderr, "fiscal code: %q is not an edition\n", codes[0])
			return 2
		}
		return printDiff(stdout, stderr, *diff, to, *asJSON)
	}
	if len(codes) == 0 {
		fs.Usage()
		return 2
	}
	cats, err := classify.Embedded(*edition)
	if err != nil {
		fmt.Fprintln(stderr, "fiscal code:", err)
		return 2
	}
	var (
		results []codeResult
		failed  bool
	)
	for _, arg := range codes {
		r, err := lookup(cats, arg)
		if err != nil {
			// An argument is echoed within bounds, however long.
			msg := err.Error()
			if len(arg) > 40 {
				msg = strings.ReplaceAll(msg, arg, fiscal.Quote(arg, 40))
			}
			fmt.Fprintln(stderr, "fiscal code:", fiscal.Quote(msg, fiscal.MaxMessage))
			failed = true
			continue
		}
		results = append(results, r)
	}
	if *asJSON {
		if results == nil {
			results = []codeResult{}
		}
		if err := writeJSON(stdout, results); err != nil {
			fmt.Fprintln(stderr, "fiscal code:", err)
			return 2
		}
	} else {
		for _, r := range results {
			fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\n", r.Code, r.Scheme, r.Level, r.Name)
			for _, a := range r.Ancestors {
				name := a.Name
				if name == "" {
					name = "(not in the catalog)"
				}
				fmt.Fprintf(stdout, "  %s\t%s\n", a.Code, name)
			}
		}
	}
	if failed {
		return 1
	}
	return 0
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// errUnknown is a well-formed code that the catalog does not hold.
var errUnknown = errors.New("well-formed but not in the catalog")

func lookup(cats classify.Catalogs, text string) (codeResult, error) {
	sch, err := classify.DetectScheme(text)
	if err != nil {
		return codeResult{}, fmt.Errorf("%q is malformed: %w", text, err)
	}
	switch sch {
	case classify.SchemeFunction:
		r, err := lookupIn(cats.Function, text)
		if err == nil {
			f, _ := classify.ParseFunction(text)
			if m, ok := classify.ToCOFOG(f); ok {
				r.COFOG = m.Division.String()
				if m.Group != "" {
					r.COFOG = m.Group
				}
			}
		}
		return r, err
	case classify.SchemeEconomic:
		return lookupIn(cats.Economic, text)
	case classify.SchemeGovEconomic:
		return lookupIn(cats.GovEconomic, text)
	default:
		return lookupIn(cats.Revenue, text)
	}
}

func lookupIn[K classify.SchemeKind](cat *classify.Catalog[K], text string) (codeResult, error) {
	code, err := classify.Parse[K](text)
	if err != nil {
		return codeResult{}, fmt.Errorf("%q is malformed: %w", text, err)
	}
	e, ok := cat.Lookup(code)
	if !ok {
		return codeResult{}, fmt.Errorf("%s (%s %s): %w of edition %d", code, code.Scheme().ShortName(), code.Level(), errUnknown, cat.Edition())
	}
	r := codeResult{Code: code.String(), Scheme: code.Scheme().String(), Level: code.Level().String(),
		Name: e.Name, Edition: e.Edition, Basis: e.Basis, Seen: e.Seen, Where: e.Where,
		Aliases: cat.Aliases(code), Ancestors: []ancestor{}}
	for _, a := range code.Ancestors() {
		r.Ancestors = append(r.Ancestors, ancestor{Code: a.String(), Name: cat.Name(a)})
	}
	return r, nil
}

// diffResult is `fiscal code --diff A B --json`.
type diffResult struct {
	From    int               `json:"from"`
	To      int               `json:"to"`
	Changes []classify.Change `json:"changes"`
}

func printDiff(stdout, stderr io.Writer, from, to int, asJSON bool) int {
	a, err := classify.Embedded(from)
	if err != nil {
		fmt.Fprintln(stderr, "fiscal code:", err)
		return 2
	}
	b, err := classify.Embedded(to)
	if err != nil {
		fmt.Fprintln(stderr, "fiscal code:", err)
		return 2
	}
	changes := classify.DiffAll(a, b)
	if asJSON {
		if changes == nil {
			changes = []classify.Change{}
		}
		if err := writeJSON(stdout, diffResult{From: from, To: to, Changes: changes}); err != nil {
			fmt.Fprintln(stderr, "fiscal code:", err)
			return 2
		}
		return 0
	}
	if len(changes) == 0 {
		fmt.Fprintf(stdout, "no changes known from %d to %d\n", from, to)
		return 0
	}
	for _, c := range changes {
		line := fmt.Sprintf("%s\t%s\t%s\t%s", c.Op, c.Scheme, c.Code, c.Name)
		if c.Op == "rename" {
			line += "\t(was " + c.OldName + ")"
		}
		if c.Where != "" {
			line += "\t[" + c.Basis + ": " + c.Where + "]"
		} else if c.Basis != "" {
			line += "\t[" + c.Basis + "]"
		}
		fmt.Fprintln(stdout, line)
	}
	return 0
}

// statsRow is one catalog's counts in `fiscal code --stats --json`.
type statsRow struct {
	Edition  int                       `json:"edition"`
	Scheme   string                    `json:"scheme"`
	Complete string                    `json:"complete_to,omitempty"` // the deepest level the catalog holds whole
	Total    int                       `json:"total"`
	Levels   map[string]map[string]int `json:"levels"` // level → basis → entries
	Orphans  int                       `json:"orphans"`
}

func printStats(stdout, stderr io.Writer, asJSON bool) int {
	var rows []statsRow
	for _, ed := range classify.Editions() {
		cats, err := classify.Embedded(ed)
		if err != nil {
			fmt.Fprintln(stderr, "fiscal code:", err)
			return 2
		}
		for _, s := range []classify.Stats{cats.Function.Stats(), cats.Economic.Stats(), cats.GovEconomic.Stats(), cats.Revenue.Stats()} {
			r := statsRow{Edition: ed, Scheme: s.Scheme.String(), Total: s.Total, Levels: map[string]map[string]int{}, Orphans: s.Orphans}
			if s.Complete > 0 {
				r.Complete = s.Complete.String()
			}
			for l, m := range s.ByBasis {
				r.Levels[l.String()] = m
			}
			rows = append(rows, r)
		}
	}
	if asJSON {
		if err := writeJSON(stdout, rows); err != nil {
			fmt.Fprintln(stderr, "fiscal code:", err)
			return 2
		}
		return 0
	}
	bases := []string{classify.BasisOfficial, classify.BasisPrinted, classify.BasisPattern, classify.BasisRecalled}
	fmt.Fprintln(stdout, "edition\tscheme\tlevel\tentries\tofficial\tprinted\tpattern\trecalled")
	for _, r := range rows {
		for _, l := range []classify.Level{classify.Class, classify.Section, classify.Item, classify.Subitem} {
			m, ok := r.Levels[l.String()]
			if !ok {
				continue
			}
			n := 0
			for _, v := range m {
				n += v
			}
			fmt.Fprintf(stdout, "%d\t%s\t%s\t%d", r.Edition, r.Scheme, l, n)
			for _, b := range bases {
				fmt.Fprintf(stdout, "\t%d", m[b])
			}
			fmt.Fprintln(stdout)
		}
		complete := "none"
		if r.Complete != "" {
			complete = "every " + r.Complete
		}
		fmt.Fprintf(stdout, "%d\t%s\ttotal\t%d\t(complete: %s; orphans: %d)\n", r.Edition, r.Scheme, r.Total, complete, r.Orphans)
	}
	return 0
}
