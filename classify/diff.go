package classify

import "slices"

// Diff returns the changes that turn catalog a into catalog b (two
// editions of one scheme): codes of b not in a ("add"), codes of a not in
// b ("remove"), and codes whose names differ beyond [NameKey] ("rename"),
// in walk order. Each change carries b's basis and where for additions and
// renames, and b's edition.
func Diff[K SchemeKind](a, b *Catalog[K]) []Change {
	var out []Change
	sch := schemeOf[K]()
	for _, e := range b.entries {
		old, ok := a.Lookup(e.Code)
		switch {
		case !ok:
			out = append(out, Change{Op: "add", Scheme: sch, Code: e.Code.String(), Name: e.Name, Basis: e.Basis, Where: e.Where, Edition: b.Edition()})
		case NameKey(old.Name) != NameKey(e.Name):
			out = append(out, Change{Op: "rename", Scheme: sch, Code: e.Code.String(), Name: e.Name, OldName: old.Name, Basis: e.Basis, Where: e.Where, Edition: b.Edition()})
		}
	}
	for _, e := range a.entries {
		if !b.Contains(e.Code) {
			out = append(out, Change{Op: "remove", Scheme: sch, Code: e.Code.String(), Name: e.Name, Edition: b.Edition()})
		}
	}
	slices.SortStableFunc(out, func(x, y Change) int {
		cx, _ := Parse[K](x.Code)
		cy, _ := Parse[K](y.Code)
		return Compare(cx, cy)
	})
	return out
}

// DiffAll returns the changes between two sets of embedded catalogs, for
// every scheme: 功能分类, 部门经济分类, 政府经济分类, 收入分类.
func DiffAll(a, b Catalogs) []Change {
	var out []Change
	out = append(out, Diff(a.Function, b.Function)...)
	out = append(out, Diff(a.Economic, b.Economic)...)
	out = append(out, Diff(a.GovEconomic, b.GovEconomic)...)
	out = append(out, Diff(a.Revenue, b.Revenue)...)
	return out
}

// Stats counts a catalog's entries by level and basis.
type Stats struct {
	Scheme   Scheme                   `json:"-"`
	Edition  int                      `json:"edition"`
	Complete Level                    `json:"-"`
	Total    int                      `json:"total"`
	ByLevel  map[Level]int            `json:"-"`
	ByBasis  map[Level]map[string]int `json:"-"`
	Orphans  int                      `json:"orphans"`
}

// Stats counts the catalog's entries by level and by basis within each
// level: how much of it is official, printed, derived from the pattern or
// recalled.
func (c *Catalog[K]) Stats() Stats {
	s := Stats{Scheme: c.coverage.Scheme, Edition: c.Edition(), Complete: c.coverage.Complete,
		Total: len(c.entries), ByLevel: map[Level]int{}, ByBasis: map[Level]map[string]int{}, Orphans: len(c.orphans)}
	for _, e := range c.entries {
		l := e.Code.Level()
		s.ByLevel[l]++
		if s.ByBasis[l] == nil {
			s.ByBasis[l] = map[string]int{}
		}
		s.ByBasis[l][e.Basis]++
	}
	return s
}
