package classify

import (
	"fmt"
	"slices"
)

// AliasKind says what another name of a code is.
type AliasKind uint8

// Kinds of alias.
const (
	// AliasVariant is a name reports print for the code that differs from
	// the catalog's name in more than [NameKey] folds, and is accepted.
	AliasVariant AliasKind = iota + 1
	// AliasFormer is the code's name in an earlier edition (文化体育与传媒支出
	// for 207 before 2019).
	AliasFormer
)

// String returns "variant" or "former".
func (k AliasKind) String() string {
	switch k {
	case AliasVariant:
		return "variant"
	case AliasFormer:
		return "former"
	}
	return fmt.Sprintf("AliasKind(%d)", uint8(k))
}

// Alias is another name of a code.
type Alias struct {
	Kind  AliasKind `json:"kind"`
	Name  string    `json:"name"`
	Until int       `json:"until,omitempty"` // for a former name: the last edition using it, 0 if not known
	Basis string    `json:"basis,omitempty"` // as for Entry.Basis
	Where string    `json:"where,omitempty"`
}

// WithAliases returns a copy of c that also knows the given other names of
// codes, keyed by code. Aliases of codes not in c are kept (a former name
// outlives its code's removal only if the code is in c, so they are unused).
func (c *Catalog[K]) WithAliases(aliases map[Code[K]][]Alias) *Catalog[K] {
	d := *c
	d.aliases = make(map[Code[K]][]Alias, len(c.aliases)+len(aliases))
	for k, v := range c.aliases {
		d.aliases[k] = v
	}
	for k, v := range aliases {
		d.aliases[k] = append(slices.Clip(d.aliases[k]), v...)
	}
	return &d
}

// Aliases returns the other names of code: printed variants and names of
// earlier editions.
func (c *Catalog[K]) Aliases(code Code[K]) []Alias {
	return slices.Clone(c.aliases[code])
}
