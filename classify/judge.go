package classify

// Verdict says how a code printed in a report, with the name printed next
// to it, stands against a catalog. See [Catalog.Judge].
type Verdict uint8

// Verdicts, from the best to the worst.
const (
	// NameMatches: the code is in the catalog and the printed name is its
	// name (up to [NameKey]), or no name was printed.
	NameMatches Verdict = iota + 1
	// NameVariant: the printed name is a recorded variant of the code's name.
	NameVariant
	// NameFormer: the printed name is the code's name in an earlier edition.
	NameFormer
	// NameOfOther: the printed name is the name of another code under the
	// same parent (2010302 printed 行政运行, which is 2010301's).
	NameOfOther
	// NameDiffers: the printed name is none of the above.
	NameDiffers
	// CodeMissing: the code is not in the catalog, which is not complete at
	// its level, so it may exist.
	CodeMissing
	// CodeImpossible: the code is not in the catalog and cannot exist in its
	// edition: an ancestor at a level where the catalog is complete is absent.
	CodeImpossible
)

// String returns a short English word for the verdict.
func (v Verdict) String() string {
	switch v {
	case NameMatches:
		return "matches"
	case NameVariant:
		return "variant"
	case NameFormer:
		return "former name"
	case NameOfOther:
		return "another code's name"
	case NameDiffers:
		return "name differs"
	case CodeMissing:
		return "not in the catalog"
	case CodeImpossible:
		return "cannot exist"
	}
	return "unknown"
}

// Judgement is the result of [Catalog.Judge].
type Judgement[K SchemeKind] struct {
	Verdict Verdict
	Entry   Entry[K] // the code's entry, when it is in the catalog
	// Other is, for NameOfOther, the entry whose name was printed.
	Other Entry[K]
	// Alias is, for NameVariant and NameFormer, the matching other name.
	Alias Alias
	// Missing is, for CodeImpossible, the absent ancestor (or the code
	// itself) at a level where the catalog is complete.
	Missing Code[K]
}

// Judge compares a code printed in a report, and the name printed next to
// it ("" when none), with the catalog. Names are compared by [NameKey], so
// width, brackets, spaces, numbering and a trailing 支出 do not matter.
//
// Whether a difference matters depends on the entry's basis: a caller
// should trust NameOfOther and NameDiffers only when [Entry.Trusted] holds
// (an official name, or one printed in several reports), and treat
// CodeMissing as a gap of the catalog rather than of the report.
func (c *Catalog[K]) Judge(code Code[K], printed string) Judgement[K] {
	e, ok := c.Lookup(code)
	if !ok {
		j := Judgement[K]{Verdict: CodeMissing}
		if c.coverage.Complete >= Class {
			for _, a := range append(code.Ancestors(), code) {
				if a.Level() > c.coverage.Complete {
					break
				}
				if !c.Contains(a) {
					j.Verdict, j.Missing = CodeImpossible, a
					break
				}
			}
		}
		return j
	}
	j := Judgement[K]{Verdict: NameMatches, Entry: e}
	if printed == "" || printed == e.Name {
		return j
	}
	key := NameKey(printed)
	if key == "" || key == NameKey(e.Name) {
		return j
	}
	for _, a := range c.aliases[code] {
		if NameKey(a.Name) == key {
			j.Alias = a
			j.Verdict = NameVariant
			if a.Kind == AliasFormer {
				j.Verdict = NameFormer
			}
			return j
		}
	}
	siblings := c.roots
	if parent, ok := code.Parent(); ok {
		siblings = c.children[parent]
	}
	for _, p := range siblings {
		if o := c.entries[p]; o.Code != code && NameKey(o.Name) == key {
			j.Verdict, j.Other = NameOfOther, o
			return j
		}
	}
	j.Verdict = NameDiffers
	return j
}
