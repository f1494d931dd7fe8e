package classify

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Catalogs are the embedded catalogs of one edition. Each states its
// coverage ([Catalog.Coverage]); names are as published, and the data files
// under classify/data say where each name comes from.
type Catalogs struct {
	Edition     int
	Function    *Catalog[FunctionKind]
	Economic    *Catalog[EconomicKind]
	GovEconomic *Catalog[GovEconomicKind]
	Revenue     *Catalog[RevenueKind]
	Crosswalk   *EconomicCrosswalk // 部门 → 政府 经济分类
}

// baseEdition is the edition stored whole; later editions are derived from
// it by their change lists (data/changes_YEAR.tsv), applied in order.
const baseEdition = 2024

// derivedEditions are the editions after baseEdition, in order.
var derivedEditions = []int{2025, 2026}

// Editions returns the editions that are embedded, oldest first.
func Editions() []int { return append([]int{baseEdition}, derivedEditions...) }

// embedded holds one loader per edition. It is set once at package
// initialisation and never changed; each loader runs at most once.
var embedded = func() map[int]func() (Catalogs, error) {
	m := map[int]func() (Catalogs, error){}
	for _, ed := range Editions() {
		m[ed] = sync.OnceValues(func() (Catalogs, error) { return loadEmbedded(ed) })
	}
	return m
}()

// Embedded returns the embedded catalogs of an edition (see [Editions]).
// 2024 is stored whole; 2025 is 2024 with the changes of 财预〔2025〕41号;
// 2026 is 2025 with the changes known for 2026 (none so far). Each
// catalog's coverage says so.
func Embedded(edition int) (Catalogs, error) {
	f, ok := embedded[edition]
	if !ok {
		return Catalogs{}, fmt.Errorf("classify: no embedded edition %d (have %v)", edition, Editions())
	}
	return f()
}

type dataRow struct {
	line   int
	fields []string
}

// dataFile is a parsed data file: its '#' comment lines and its rows.
type dataFile struct {
	name  string
	notes []string
	rows  []dataRow
}

// note returns the comment lines, and the value of a "# key: value" line.
func (f dataFile) note() string { return strings.Join(f.notes, "\n") }

func (f dataFile) value(key string) string {
	for _, n := range f.notes {
		if v, ok := strings.CutPrefix(n, key+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// readData reads a data file: '#' comment lines, a header line, then
// tab-separated rows of the given number of columns.
func readData(name string, columns int) (dataFile, error) {
	out := dataFile{name: name}
	f, err := dataFS.Open(name)
	if err != nil {
		return out, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	header := false
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"):
			out.notes = append(out.notes, strings.TrimSpace(strings.TrimPrefix(line, "#")))
		case strings.TrimSpace(line) == "":
		case !header:
			header = true
		default:
			fields := strings.Split(line, "\t")
			if len(fields) != columns {
				return out, fmt.Errorf("classify: %s line %d: %d fields, want %d", name, n, len(fields), columns)
			}
			out.rows = append(out.rows, dataRow{n, fields})
		}
	}
	return out, sc.Err()
}

// Change is one difference between two editions of a catalog: an added,
// renamed or removed code. The change lists of the embedded editions are
// data (classify/data/changes_YEAR.tsv); [Diff] computes changes between
// any two catalogs.
type Change struct {
	Op      string `json:"op"` // "add", "rename" or "remove"
	Scheme  Scheme `json:"-"`
	Code    string `json:"code"`
	Name    string `json:"name,omitempty"`     // the new name (add, rename) or the name removed
	OldName string `json:"old_name,omitempty"` // for rename: the name before
	Basis   string `json:"basis,omitempty"`
	Where   string `json:"where,omitempty"`
	Edition int    `json:"edition"` // the edition that makes the change
}

func loadChanges(edition int) ([]Change, string, error) {
	name := "data/changes_" + strconv.Itoa(edition) + ".tsv"
	f, err := readData(name, 6)
	if err != nil {
		return nil, "", err
	}
	var out []Change
	for _, r := range f.rows {
		sch, err := ParseScheme(r.fields[1])
		if err != nil {
			return nil, "", fmt.Errorf("classify: %s line %d: %w", name, r.line, err)
		}
		switch r.fields[0] {
		case "add", "rename", "remove":
		default:
			return nil, "", fmt.Errorf("classify: %s line %d: op %q", name, r.line, r.fields[0])
		}
		out = append(out, Change{Op: r.fields[0], Scheme: sch, Code: r.fields[2], Name: r.fields[3],
			Basis: r.fields[4], Where: r.fields[5], Edition: edition})
	}
	return out, f.note(), nil
}

// EditionChanges returns the recorded changes that make an embedded
// edition from the one before it (none for the base edition 2024).
func EditionChanges(edition int) ([]Change, error) {
	if _, ok := embedded[edition]; !ok {
		return nil, fmt.Errorf("classify: no embedded edition %d (have %v)", edition, Editions())
	}
	if edition == baseEdition {
		return nil, nil
	}
	ch, _, err := loadChanges(edition)
	return ch, err
}

func parseLevel(s string) Level {
	for l := Class; l <= Subitem; l++ {
		if s == l.String() {
			return l
		}
	}
	return 0
}

func loadCatalog[K SchemeKind](edition int, aliases map[Scheme]map[string][]Alias) (*Catalog[K], error) {
	sch := schemeOf[K]()
	name := fmt.Sprintf("data/%s_%d.tsv", sch, baseEdition)
	f, err := readData(name, 5)
	if err != nil {
		return nil, err
	}
	byCode := map[Code[K]]int{}
	var entries []Entry[K]
	for _, r := range f.rows {
		c, err := Parse[K](r.fields[0])
		if err != nil {
			return nil, fmt.Errorf("classify: %s line %d: %w", name, r.line, err)
		}
		seen := 0
		if r.fields[3] != "" {
			if seen, err = strconv.Atoi(r.fields[3]); err != nil || seen < 0 {
				return nil, fmt.Errorf("classify: %s line %d: seen %q is not a count", name, r.line, r.fields[3])
			}
		}
		byCode[c] = len(entries)
		entries = append(entries, Entry[K]{Code: c, Name: r.fields[1], Edition: baseEdition, Basis: r.fields[2],
			Seen: seen, Where: r.fields[4]})
	}
	note := f.note()
	for _, ed := range derivedEditions {
		if ed > edition {
			break
		}
		changes, chNote, err := loadChanges(ed)
		if err != nil {
			return nil, err
		}
		var applied []string
		removed := map[Code[K]]bool{}
		for _, ch := range changes {
			if ch.Scheme != sch {
				continue
			}
			c, err := Parse[K](ch.Code)
			if err != nil {
				return nil, fmt.Errorf("classify: changes_%d: %w", ed, err)
			}
			i, exists := byCode[c]
			if exists && removed[c] {
				exists = false
			}
			switch {
			case ch.Op == "add" && !exists:
				delete(removed, c)
				if _, had := byCode[c]; had {
					entries[i] = Entry[K]{Code: c, Name: ch.Name, Edition: ed, Basis: ch.Basis, Where: ch.Where}
				} else {
					byCode[c] = len(entries)
					entries = append(entries, Entry[K]{Code: c, Name: ch.Name, Edition: ed, Basis: ch.Basis, Where: ch.Where})
				}
			case ch.Op == "rename" && exists:
				entries[i] = Entry[K]{Code: c, Name: ch.Name, Edition: ed, Basis: ch.Basis, Where: ch.Where}
			case ch.Op == "remove" && exists:
				removed[c] = true
			default:
				return nil, fmt.Errorf("classify: changes_%d: cannot %s %s", ed, ch.Op, ch.Code)
			}
			applied = append(applied, ch.Op+" "+ch.Code)
		}
		if len(removed) > 0 {
			kept := entries[:0]
			for _, e := range entries {
				if !removed[e.Code] {
					kept = append(kept, e)
				}
			}
			entries = kept
			clear(byCode)
			for i, e := range entries {
				byCode[e.Code] = i
			}
		}
		what := "no changes"
		if len(applied) > 0 {
			what = "these changes: " + strings.Join(applied, ", ")
		}
		note = fmt.Sprintf("%d edition: the %d edition with %s\n%s\n%s", ed, ed-1, what, chNote, note)
	}
	cov := Coverage{Edition: edition, Note: note, Complete: parseLevel(f.value("complete"))}
	cat, err := NewCatalog(cov, entries)
	if err != nil {
		return nil, err
	}
	if as := aliases[sch]; len(as) > 0 {
		m := map[Code[K]][]Alias{}
		for code, list := range as {
			c, err := Parse[K](code)
			if err != nil {
				return nil, err
			}
			for _, a := range list {
				if a.Kind == AliasFormer && a.Until >= edition {
					continue // not yet a former name in this edition
				}
				m[c] = append(m[c], a)
			}
		}
		cat = cat.WithAliases(m)
	}
	return cat, nil
}

// loadAliases reads the former names (data/renames.tsv) and printed
// variants (data/variants.tsv), by scheme and code.
func loadAliases() (map[Scheme]map[string][]Alias, error) {
	out := map[Scheme]map[string][]Alias{}
	add := func(file string, line int, scheme, code string, a Alias) error {
		sch, err := ParseScheme(scheme)
		if err != nil {
			return fmt.Errorf("classify: %s line %d: %w", file, line, err)
		}
		if out[sch] == nil {
			out[sch] = map[string][]Alias{}
		}
		out[sch][code] = append(out[sch][code], a)
		return nil
	}
	f, err := readData("data/renames.tsv", 6)
	if err != nil {
		return nil, err
	}
	for _, r := range f.rows {
		until, err := strconv.Atoi(r.fields[3])
		if err != nil {
			return nil, fmt.Errorf("classify: %s line %d: until %q", f.name, r.line, r.fields[3])
		}
		if err := add(f.name, r.line, r.fields[0], r.fields[1], Alias{Kind: AliasFormer, Name: r.fields[2], Until: until, Basis: r.fields[4], Where: r.fields[5]}); err != nil {
			return nil, err
		}
	}
	f, err = readData("data/variants.tsv", 5)
	if err != nil {
		return nil, err
	}
	for _, r := range f.rows {
		if err := add(f.name, r.line, r.fields[0], r.fields[1], Alias{Kind: AliasVariant, Name: r.fields[2], Basis: BasisPrinted, Where: r.fields[4]}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func loadEmbedded(edition int) (Catalogs, error) {
	aliases, err := loadAliases()
	if err != nil {
		return Catalogs{}, err
	}
	out := Catalogs{Edition: edition}
	if out.Function, err = loadCatalog[FunctionKind](edition, aliases); err != nil {
		return Catalogs{}, err
	}
	if out.Economic, err = loadCatalog[EconomicKind](edition, aliases); err != nil {
		return Catalogs{}, err
	}
	if out.GovEconomic, err = loadCatalog[GovEconomicKind](edition, aliases); err != nil {
		return Catalogs{}, err
	}
	if out.Revenue, err = loadCatalog[RevenueKind](edition, aliases); err != nil {
		return Catalogs{}, err
	}
	if out.Crosswalk, err = loadCrosswalk(edition); err != nil {
		return Catalogs{}, err
	}
	return out, nil
}

func loadCrosswalk(edition int) (*EconomicCrosswalk, error) {
	name := "data/economic-crosswalk_" + strconv.Itoa(baseEdition) + ".tsv"
	f, err := readData(name, 4)
	if err != nil {
		return nil, err
	}
	var ps []Pairing
	for _, r := range f.rows {
		e, err := ParseEconomic(r.fields[0])
		if err != nil {
			return nil, fmt.Errorf("classify: %s line %d: %w", name, r.line, err)
		}
		g, err := ParseGovEconomic(r.fields[1])
		if err != nil {
			return nil, fmt.Errorf("classify: %s line %d: %w", name, r.line, err)
		}
		side := AnyUnit
		switch r.fields[2] {
		case "机关":
			side = Agency
		case "事业":
			side = Institution
		case "any":
		default:
			return nil, fmt.Errorf("classify: %s line %d: unit %q", name, r.line, r.fields[2])
		}
		ps = append(ps, Pairing{Economic: e, GovEconomic: g, Side: side, Basis: r.fields[3]})
	}
	return NewEconomicCrosswalk(edition, ps)
}
