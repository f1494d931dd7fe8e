package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// harvestPair is one code–name pair printed in reports, judged against the
// embedded catalog, in the output of `fiscal catalog harvest`.
type harvestPair struct {
	Code    string   `json:"code"`
	Scheme  string   `json:"scheme"`
	Name    string   `json:"name"`              // as printed (numbering removed)
	Verdict string   `json:"verdict"`           // classify.Verdict as text
	Catalog string   `json:"catalog,omitempty"` // the catalog's name, when it has the code
	Basis   string   `json:"basis,omitempty"`   // the basis of the catalog's name
	Other   string   `json:"other,omitempty"`   // for "another code's name": that code
	Reports int      `json:"reports"`           // how many of the files print the pair
	Files   []string `json:"files"`
	From    string   `json:"from"` // "table" (read by the report reader) or "text" (a line of the text)
}

func runCatalog(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "harvest" {
		fmt.Fprintln(stderr, "usage: fiscal catalog harvest [--edition YEAR] [--all] [--json] FILE...")
		return 2
	}
	fs := flag.NewFlagSet("catalog harvest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	edition := fs.Int("edition", 0, "catalog edition (default: each report's year when embedded, else the latest embedded edition)")
	all := fs.Bool("all", false, "print every pair, also those the catalog already has with the printed name")
	asJSON := fs.Bool("json", false, "print JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fiscal catalog harvest [--edition YEAR] [--all] [--json] FILE...")
		fmt.Fprintln(stderr, "Reads reports (.txt, .json, .pdf via pdftotext -layout) and prints the code–name pairs they print")
		fmt.Fprintln(stderr, "that the embedded catalog lacks or names differently, with how many files print each.")
		fs.PrintDefaults()
	}
	files, err := parseFlags(fs, args[1:])
	if err != nil {
		return 2
	}
	if len(files) == 0 {
		fs.Usage()
		return 2
	}
	if *edition != 0 {
		if _, err := classify.Embedded(*edition); err != nil {
			fmt.Fprintln(stderr, "fiscal catalog:", err)
			return 2
		}
	}
	type key struct{ code, name string }
	pairs := map[key]*harvestPair{}
	var order []key
	failed := false
	for _, path := range files {
		found, year, err := harvestFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "fiscal catalog: %s: %v\n", path, err)
			failed = true
			continue
		}
		ed := *edition
		if ed == 0 {
			ed = pickEdition(year)
		}
		cats, err := classify.Embedded(ed)
		if err != nil {
			fmt.Fprintln(stderr, "fiscal catalog:", err)
			return 2
		}
		for _, f := range found {
			p := judgePair(cats, f.code, f.name)
			p.From = f.from
			if f.from == "text" && fragment(cats, f.code, f.name) {
				continue // a piece of a name wrapped across lines
			}
			k := key{p.Code, classify.NameKey(p.Name)}
			q, ok := pairs[k]
			if !ok {
				q = &p
				pairs[k] = q
				order = append(order, k)
			}
			if !slices.Contains(q.Files, path) {
				q.Files = append(q.Files, path)
				q.Reports++
			}
		}
	}
	var out []harvestPair
	for _, k := range order {
		p := pairs[k]
		if !*all && (p.Verdict == classify.NameMatches.String() || p.Verdict == classify.NameVariant.String()) {
			continue
		}
		out = append(out, *p)
	}
	slices.SortStableFunc(out, func(a, b harvestPair) int { return strings.Compare(a.Code, b.Code) })
	if *asJSON {
		if out == nil {
			out = []harvestPair{}
		}
		if err := writeJSON(stdout, out); err != nil {
			fmt.Fprintln(stderr, "fiscal catalog:", err)
			return 2
		}
	} else {
		for _, p := range out {
			line := fmt.Sprintf("%s\t%s\t%s\t%d\t%s", p.Code, p.Name, p.Verdict, p.Reports, p.Files[0])
			if p.Catalog != "" && p.Verdict != classify.NameMatches.String() {
				line += "\tcatalog: " + p.Catalog + " (" + p.Basis + ")"
			}
			if p.Other != "" {
				line += "\tname of " + p.Other
			}
			fmt.Fprintln(stdout, line)
		}
	}
	if failed {
		return 1
	}
	return 0
}

// pickEdition returns the embedded edition for a report of year: the year
// itself when embedded, the oldest edition for earlier years, the latest
// for later ones.
func pickEdition(year int) int {
	eds := classify.Editions()
	switch {
	case year == 0 || year > eds[len(eds)-1]:
		return eds[len(eds)-1]
	case year < eds[0]:
		return eds[0]
	}
	return year
}

type foundPair struct {
	code, name, from string
}

// harvestFile reads a report and returns the code–name pairs it prints:
// those of the tables the reader recognised, and those of text lines that
// begin with a code followed by a name (tables the reader does not know yet,
// such as budget tables). It returns the report's year when the reader
// found one.
func harvestFile(path string) ([]foundPair, int, error) {
	var out []foundPair
	year := 0
	if r, err := readReport(path); err == nil && r != nil && r.Document != nil {
		year = r.Document.Year
		if ts := r.Document.Tables; ts != nil {
			for _, t := range ts.All() {
				for i := range t.Rows {
					row := &t.Rows[i]
					if p, ok := tablePair(row); ok {
						out = append(out, p)
					}
				}
			}
		}
	} else if err != nil && !strings.EqualFold(filepath.Ext(path), ".txt") && !strings.EqualFold(filepath.Ext(path), ".pdf") {
		return nil, 0, err
	}
	text, err := reportText(path)
	if err != nil {
		if len(out) > 0 {
			return out, year, nil
		}
		return nil, 0, err
	}
	out = append(out, textPairs(text)...)
	return out, year, nil
}

func tablePair(r *accounts.Row) (foundPair, bool) {
	name := strings.TrimSpace(r.Name)
	switch {
	case name == "":
		return foundPair{}, false
	case r.Function.Valid():
		return foundPair{r.Function.String(), name, "table"}, true
	case r.Economic.Valid():
		return foundPair{r.Economic.String(), name, "table"}, true
	}
	return foundPair{}, false
}

// reportText returns the text of a report file: a PDF through pdftotext
// -layout, other files as they are.
func reportText(path string) ([]byte, error) {
	if strings.EqualFold(filepath.Ext(path), ".pdf") {
		return pdfText(path)
	}
	return os.ReadFile(path)
}

// codeLine matches a line (or a tab-separated cell run) that begins with a
// 功能分类 or 部门经济分类 code, whole ("2080505") or in split columns
// ("208 05 05"), followed by a name of Chinese characters and the
// punctuation names use. Amounts and other cells after the name are not
// part of the match.
var codeLine = regexp.MustCompile(`^[\t 　]*([23]\d{2}(?:\d{2}){0,2}|[23]\d{2}(?:[\t 　]+\d{2}){1,2})[\t 　]+([\p{Han}（）()“”、·]{2,}[\p{Han}（）()“”、·A-Za-z]*)`)

func textPairs(text []byte) []foundPair {
	var out []foundPair
	for _, line := range bytes.Split(text, []byte("\n")) {
		m := codeLine.FindSubmatch(line)
		if m == nil {
			continue
		}
		code := strings.Join(strings.FieldsFunc(string(m[1]), func(r rune) bool { return r == ' ' || r == '\t' || r == '　' }), "")
		if _, err := classify.DetectScheme(code); err != nil {
			continue
		}
		out = append(out, foundPair{code, string(m[2]), "text"})
	}
	return out
}

// fragment reports whether a name read from a text line is a piece of a
// longer catalog name of the same scheme (a name wrapped across lines in
// layout text), which says nothing about the code.
func fragment(cats classify.Catalogs, code, name string) bool {
	key := classify.NameKey(name)
	// Search finds the names that contain this one; any longer one makes it
	// a fragment.
	longer := func(n string) bool { return classify.NameKey(n) != key }
	switch code[0] {
	case '2':
		for _, e := range cats.Function.Search(name) {
			if longer(e.Name) {
				return true
			}
		}
	case '3':
		for _, e := range cats.Economic.Search(name) {
			if longer(e.Name) {
				return true
			}
		}
	}
	return false
}

// judgePair judges a printed pair against the catalogs.
func judgePair(cats classify.Catalogs, code, name string) harvestPair {
	p := harvestPair{Code: code, Name: name}
	switch code[0] {
	case '2':
		c, _ := classify.ParseFunction(code)
		j := cats.Function.Judge(c, name)
		p.Scheme, p.Verdict, p.Catalog, p.Basis = "function", j.Verdict.String(), j.Entry.Name, j.Entry.Basis
		if j.Other.Code.Valid() {
			p.Other = j.Other.Code.String()
		}
	case '3':
		c, _ := classify.ParseEconomic(code)
		j := cats.Economic.Judge(c, name)
		p.Scheme, p.Verdict, p.Catalog, p.Basis = "economic", j.Verdict.String(), j.Entry.Name, j.Entry.Basis
		if j.Other.Code.Valid() {
			p.Other = j.Other.Code.String()
		}
	}
	return p
}
