package classify

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Entry is one code of a catalog with its official name.
type Entry[K SchemeKind] struct {
	Code    Code[K] `json:"code"`
	Name    string  `json:"name"`    // the official name, character for character
	Edition int     `json:"edition"` // the edition that states it, such as 2024
	// Basis says how the name is known: [BasisOfficial], [BasisPrinted],
	// [BasisPattern] or [BasisRecalled] for the embedded catalogs,
	// [BasisFile] for catalogs a user loads.
	Basis string `json:"basis,omitempty"`
	// Seen is, for a printed name, the number of reports known to print it.
	Seen int `json:"seen,omitempty"`
	// Where names one place that states the name: a report, a notice.
	Where string `json:"where,omitempty"`
}

// The bases of an entry's name, from the most to the least certain.
const (
	BasisOfficial = "official" // a Ministry of Finance text states code and name
	BasisFile     = "file"     // a catalog file the user loaded (taken as official)
	BasisPrinted  = "printed"  // printed in published reports (Entry.Seen of them)
	BasisPattern  = "pattern"  // derived from the catalog's structure (01 行政运行 …), not yet seen
	BasisRecalled = "recalled" // compiled from knowledge of the catalog, not yet checked
)

// WellPrinted is the number of reports that must print a name before a
// [BasisPrinted] name is trusted like an official one.
const WellPrinted = 2

// Trusted reports whether the entry's name is certain enough that a report
// printing another name for the code is likely wrong: an official or
// loaded name, or one printed in at least [WellPrinted] reports.
func (e Entry[K]) Trusted() bool {
	switch e.Basis {
	case BasisOfficial, BasisFile:
		return true
	case BasisPrinted:
		return e.Seen >= WellPrinted
	}
	return false
}

// Coverage states what a catalog holds and what it lacks.
type Coverage struct {
	Scheme  Scheme
	Edition int
	Note    string // free text: sources, what is covered, what is missing
	// Complete is the deepest level at which the catalog holds every code of
	// its edition (0: none). A code absent at or above it cannot exist; a
	// code absent below it may simply be missing from the catalog.
	Complete Level
}

// Catalog is an immutable set of codes of one scheme and edition with their
// names. It is safe for concurrent use: nothing changes after
// [NewCatalog] returns.
type Catalog[K SchemeKind] struct {
	coverage Coverage
	entries  []Entry[K]        // in walk order (see Compare)
	index    map[Code[K]]int   // code → position in entries
	byName   map[string][]int  // normalised name → positions
	children map[Code[K]][]int // parent code → positions of its children
	roots    []int             // positions of entries without a parent code (类)
	orphans  []int             // positions of entries whose parent code is not in the catalog
	aliases  map[Code[K]][]Alias
}

// DuplicateError is returned by [NewCatalog] when a code appears twice.
type DuplicateError struct {
	Code        string
	First, Then string // the two names
}

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("classify: code %s appears twice (%q and %q)", e.Code, e.First, e.Then)
}

// NewCatalog builds a catalog from entries in any order. Every entry must
// have a valid code and a non-empty name, and no code may repeat.
func NewCatalog[K SchemeKind](cov Coverage, entries []Entry[K]) (*Catalog[K], error) {
	cov.Scheme = schemeOf[K]()
	c := &Catalog[K]{
		coverage: cov,
		entries:  slices.Clone(entries),
		index:    make(map[Code[K]]int, len(entries)),
		byName:   make(map[string][]int, len(entries)),
		children: make(map[Code[K]][]int),
	}
	slices.SortStableFunc(c.entries, func(a, b Entry[K]) int { return Compare(a.Code, b.Code) })
	for i, e := range c.entries {
		if !e.Code.Valid() {
			return nil, fmt.Errorf("classify: entry %d (%q) has no code", i, e.Name)
		}
		if strings.TrimSpace(e.Name) == "" {
			return nil, fmt.Errorf("classify: code %s has no name", e.Code)
		}
		if j, dup := c.index[e.Code]; dup {
			return nil, &DuplicateError{Code: e.Code.String(), First: c.entries[j].Name, Then: e.Name}
		}
		c.index[e.Code] = i
		n := NormalizeName(e.Name)
		c.byName[n] = append(c.byName[n], i)
	}
	for i, e := range c.entries {
		p, ok := e.Code.Parent()
		if !ok {
			c.roots = append(c.roots, i)
			continue
		}
		c.children[p] = append(c.children[p], i)
		if _, ok := c.index[p]; !ok {
			c.orphans = append(c.orphans, i)
		}
	}
	return c, nil
}

// Coverage returns what the catalog states about its edition and contents.
func (c *Catalog[K]) Coverage() Coverage { return c.coverage }

// Edition returns the catalog's edition (a year).
func (c *Catalog[K]) Edition() int { return c.coverage.Edition }

// Len returns the number of codes.
func (c *Catalog[K]) Len() int { return len(c.entries) }

// Lookup returns the entry of code and whether it is in the catalog.
func (c *Catalog[K]) Lookup(code Code[K]) (Entry[K], bool) {
	i, ok := c.index[code]
	if !ok {
		return Entry[K]{}, false
	}
	return c.entries[i], true
}

// Name returns the name of code, or "" when it is not in the catalog.
func (c *Catalog[K]) Name(code Code[K]) string {
	e, _ := c.Lookup(code)
	return e.Name
}

// Contains reports whether code is in the catalog.
func (c *Catalog[K]) Contains(code Code[K]) bool {
	_, ok := c.index[code]
	return ok
}

// Path returns the entries from the 类 down to code, leaving out levels
// the catalog does not have; the last element is code's own entry when
// present.
func (c *Catalog[K]) Path(code Code[K]) []Entry[K] {
	var out []Entry[K]
	for _, a := range append(code.Ancestors(), code) {
		if e, ok := c.Lookup(a); ok {
			out = append(out, e)
		}
	}
	return out
}

// Children returns the entries one level below code, in order. For the
// zero Code it returns the 类.
func (c *Catalog[K]) Children(code Code[K]) []Entry[K] {
	pos := c.roots
	if code.Valid() {
		pos = c.children[code]
	}
	return c.pick(pos)
}

// All walks the whole catalog in order: each code before its children,
// siblings by number.
func (c *Catalog[K]) All() iter.Seq[Entry[K]] {
	return func(yield func(Entry[K]) bool) {
		for _, e := range c.entries {
			if !yield(e) {
				return
			}
		}
	}
}

// Walk walks code and everything below it, in order. Codes below code
// whose intermediate parent is missing are included.
func (c *Catalog[K]) Walk(code Code[K]) iter.Seq[Entry[K]] {
	return func(yield func(Entry[K]) bool) {
		start, _ := slices.BinarySearchFunc(c.entries, code, func(e Entry[K], t Code[K]) int { return Compare(e.Code, t) })
		for _, e := range c.entries[start:] {
			if e.Code != code && !code.IsAncestorOf(e.Code) {
				return
			}
			if !yield(e) {
				return
			}
		}
	}
}

// FindByName returns the entries whose name equals name after
// normalisation (see [NormalizeName]): full-width and half-width forms,
// （）and (), spaces and line breaks do not matter. Several codes can
// share a name (其他支出).
func (c *Catalog[K]) FindByName(name string) []Entry[K] {
	return c.pick(c.byName[NormalizeName(name)])
}

// Search returns the entries whose normalised name contains the
// normalised text, in catalog order.
func (c *Catalog[K]) Search(text string) []Entry[K] {
	t := NormalizeName(text)
	if t == "" {
		return nil
	}
	var out []Entry[K]
	for _, e := range c.entries {
		if strings.Contains(NormalizeName(e.Name), t) {
			out = append(out, e)
		}
	}
	return out
}

// Orphans returns the entries whose parent code is not in the catalog
// (for example a 项 loaded without its 款). They are reported, never
// attached elsewhere.
func (c *Catalog[K]) Orphans() []Entry[K] { return c.pick(c.orphans) }

func (c *Catalog[K]) pick(pos []int) []Entry[K] {
	out := make([]Entry[K], len(pos))
	for i, p := range pos {
		out[i] = c.entries[p]
	}
	return out
}
