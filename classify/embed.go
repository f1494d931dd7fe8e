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

// Editions returns the editions that are embedded.
func Editions() []int { return []int{2024, 2025} }

var embedded = map[int]func() (Catalogs, error){
	2024: sync.OnceValues(func() (Catalogs, error) { return loadEmbedded(2024, nil) }),
	2025: sync.OnceValues(func() (Catalogs, error) { return loadEmbedded(2024, &change2025) }),
}

var change2025 = changeSet{edition: 2025, file: "data/changes_2025.tsv"}

type changeSet struct {
	edition int
	file    string
}

// Embedded returns the embedded catalogs of an edition (see [Editions]).
// 2025 is the 2024 edition with the changes of 财预〔2025〕41号 applied; its
// coverage says so.
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

// readData reads a data file: '#' comment lines (returned as the note), a
// header line, then tab-separated rows.
func readData(name string, columns int) (note string, rows []dataRow, err error) {
	f, err := dataFS.Open(name)
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var notes []string
	header := false
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"):
			notes = append(notes, strings.TrimSpace(strings.TrimPrefix(line, "#")))
		case strings.TrimSpace(line) == "":
		case !header:
			header = true
		default:
			fields := strings.Split(line, "\t")
			if len(fields) != columns {
				return "", nil, fmt.Errorf("classify: %s line %d: %d fields, want %d", name, n, len(fields), columns)
			}
			rows = append(rows, dataRow{n, fields})
		}
	}
	return strings.Join(notes, "\n"), rows, sc.Err()
}

func loadCatalog[K Kind](base int, ch *changeSet, changes []dataRow) (*Catalog[K], error) {
	sch := schemeOf[K]()
	name := fmt.Sprintf("data/%s_%d.tsv", sch, base)
	note, rows, err := readData(name, 3)
	if err != nil {
		return nil, err
	}
	edition := base
	byCode := map[Code[K]]int{}
	var entries []Entry[K]
	for _, r := range rows {
		c, err := Parse[K](r.fields[0])
		if err != nil {
			return nil, fmt.Errorf("classify: %s line %d: %w", name, r.line, err)
		}
		byCode[c] = len(entries)
		entries = append(entries, Entry[K]{Code: c, Name: r.fields[1], Edition: base, Basis: r.fields[2]})
	}
	if ch != nil {
		edition = ch.edition
		var applied []string
		removed := map[Code[K]]bool{}
		for _, r := range changes {
			op, scheme, code, cname, basis := r.fields[0], r.fields[1], r.fields[2], r.fields[3], r.fields[4]
			if scheme != sch.String() {
				continue
			}
			c, err := Parse[K](code)
			if err != nil {
				return nil, fmt.Errorf("classify: %s line %d: %w", ch.file, r.line, err)
			}
			i, exists := byCode[c]
			switch {
			case op == "add" && !exists:
				byCode[c] = len(entries)
				entries = append(entries, Entry[K]{Code: c, Name: cname, Edition: ch.edition, Basis: basis})
			case op == "rename" && exists:
				entries[i].Name, entries[i].Edition, entries[i].Basis = cname, ch.edition, basis
			case op == "remove" && exists:
				removed[c] = true
			default:
				return nil, fmt.Errorf("classify: %s line %d: cannot %s %s", ch.file, r.line, op, code)
			}
			applied = append(applied, op+" "+code)
		}
		if len(removed) > 0 {
			kept := entries[:0]
			for _, e := range entries {
				if !removed[e.Code] {
					kept = append(kept, e)
				}
			}
			entries = kept
		}
		note = fmt.Sprintf("%d edition: the %d edition with these changes: %s\n%s", ch.edition, base,
			strings.Join(applied, ", "), note)
	}
	return NewCatalog(Coverage{Edition: edition, Note: note}, entries)
}

func loadEmbedded(base int, ch *changeSet) (Catalogs, error) {
	var changes []dataRow
	edition := base
	if ch != nil {
		var err error
		if _, changes, err = readData(ch.file, 5); err != nil {
			return Catalogs{}, err
		}
		edition = ch.edition
	}
	var (
		out = Catalogs{Edition: edition}
		err error
	)
	if out.Function, err = loadCatalog[FunctionKind](base, ch, changes); err != nil {
		return Catalogs{}, err
	}
	if out.Economic, err = loadCatalog[EconomicKind](base, ch, changes); err != nil {
		return Catalogs{}, err
	}
	if out.GovEconomic, err = loadCatalog[GovEconomicKind](base, ch, changes); err != nil {
		return Catalogs{}, err
	}
	if out.Revenue, err = loadCatalog[RevenueKind](base, ch, changes); err != nil {
		return Catalogs{}, err
	}
	if out.Crosswalk, err = loadCrosswalk(base, edition); err != nil {
		return Catalogs{}, err
	}
	return out, nil
}

func loadCrosswalk(base, edition int) (*EconomicCrosswalk, error) {
	name := "data/economic-crosswalk_" + strconv.Itoa(base) + ".tsv"
	_, rows, err := readData(name, 4)
	if err != nil {
		return nil, err
	}
	var ps []Pairing
	for _, r := range rows {
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
