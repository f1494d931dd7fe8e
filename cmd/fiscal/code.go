package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/cnfiscal/fiscal/classify"
)

// codeResult is one looked-up code, in the JSON form of `fiscal code --json`.
type codeResult struct {
	Code      string     `json:"code"`
	Scheme    string     `json:"scheme"`
	Level     string     `json:"level"`
	Name      string     `json:"name"`
	Edition   int        `json:"edition"`
	Ancestors []ancestor `json:"ancestors"`
}

type ancestor struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func runCode(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(stderr)
	edition := fs.Int("edition", 2024, "catalog edition")
	asJSON := fs.Bool("json", false, "print a JSON array")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fiscal code [--edition 2024] [--json] CODE...")
		fmt.Fprintln(stderr, "The scheme follows from the first digit: 1 收入, 2 功能, 3 部门经济, 5 政府经济.")
		fs.PrintDefaults()
	}
	codes, err := parseFlags(fs, args)
	if err != nil {
		return 2
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
			fmt.Fprintln(stderr, "fiscal code:", err)
			failed = true
			continue
		}
		results = append(results, r)
	}
	if *asJSON {
		if results == nil {
			results = []codeResult{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(results); err != nil {
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

// errUnknown is a well-formed code that the catalog does not hold.
var errUnknown = errors.New("well-formed but not in the catalog")

func lookup(cats classify.Catalogs, text string) (codeResult, error) {
	sch, err := classify.DetectScheme(text)
	if err != nil {
		return codeResult{}, fmt.Errorf("%q is malformed: %w", text, err)
	}
	switch sch {
	case classify.SchemeFunction:
		return lookupIn(cats.Function, text)
	case classify.SchemeEconomic:
		return lookupIn(cats.Economic, text)
	case classify.SchemeGovEconomic:
		return lookupIn(cats.GovEconomic, text)
	default:
		return lookupIn(cats.Revenue, text)
	}
}

func lookupIn[K classify.Kind](cat *classify.Catalog[K], text string) (codeResult, error) {
	code, err := classify.Parse[K](text)
	if err != nil {
		return codeResult{}, fmt.Errorf("%q is malformed: %w", text, err)
	}
	e, ok := cat.Lookup(code)
	if !ok {
		return codeResult{}, fmt.Errorf("%s (%s %s): %w of edition %d", code, code.Scheme().ShortName(), code.Level(), errUnknown, cat.Edition())
	}
	r := codeResult{Code: code.String(), Scheme: code.Scheme().String(), Level: code.Level().String(),
		Name: e.Name, Edition: e.Edition, Ancestors: []ancestor{}}
	for _, a := range code.Ancestors() {
		r.Ancestors = append(r.Ancestors, ancestor{Code: a.String(), Name: cat.Name(a)})
	}
	return r, nil
}
