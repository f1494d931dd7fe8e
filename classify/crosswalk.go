package classify

import "fmt"

// UnitSide says for which units a pairing of the economic crosswalk holds.
type UnitSide uint8

// Unit sides of the 两套支出经济分类科目对照表.
const (
	AnyUnit     UnitSide = iota // the same pairing for every unit
	Agency                      // 机关: 行政单位 and 参照公务员法管理事业单位 (政府经济分类 501–504)
	Institution                 // 事业: other 事业单位 (政府经济分类 505, 506)
)

// String returns "any", "机关" or "事业".
func (s UnitSide) String() string {
	switch s {
	case Agency:
		return "机关"
	case Institution:
		return "事业"
	}
	return "any"
}

// Pairing is one row of the crosswalk from 部门预算支出经济分类 款 to
// 政府预算支出经济分类 款.
type Pairing struct {
	Economic    Economic
	GovEconomic GovEconomic
	Side        UnitSide
	Basis       string // "source" or "recalled", as for Entry.Basis
}

// EconomicCrosswalk maps 部门预算支出经济分类 款 to 政府预算支出经济分类 款
// (两套支出经济分类科目对照表). Immutable and safe for concurrent use.
type EconomicCrosswalk struct {
	edition  int
	pairings []Pairing
	byDept   map[Economic][]int
	byGov    map[GovEconomic][]int
}

// NewEconomicCrosswalk builds a crosswalk. A 部门 code may have at most one
// pairing per side, and not both an AnyUnit pairing and a sided one.
func NewEconomicCrosswalk(edition int, pairings []Pairing) (*EconomicCrosswalk, error) {
	x := &EconomicCrosswalk{edition: edition, byDept: map[Economic][]int{}, byGov: map[GovEconomic][]int{}}
	for _, p := range pairings {
		if p.Economic.Level() != Section || p.GovEconomic.Level() != Section {
			return nil, fmt.Errorf("classify: crosswalk pairs 款 only, got %s → %s", p.Economic, p.GovEconomic)
		}
		for _, j := range x.byDept[p.Economic] {
			q := x.pairings[j]
			if q.Side == p.Side || q.Side == AnyUnit || p.Side == AnyUnit {
				return nil, fmt.Errorf("classify: crosswalk pairs %s twice (%s %s and %s %s)", p.Economic, q.Side, q.GovEconomic, p.Side, p.GovEconomic)
			}
		}
		i := len(x.pairings)
		x.pairings = append(x.pairings, p)
		x.byDept[p.Economic] = append(x.byDept[p.Economic], i)
		x.byGov[p.GovEconomic] = append(x.byGov[p.GovEconomic], i)
	}
	return x, nil
}

// Edition returns the crosswalk's edition.
func (x *EconomicCrosswalk) Edition() int { return x.edition }

// Pairings returns every pairing, in the order given.
func (x *EconomicCrosswalk) Pairings() []Pairing { return append([]Pairing(nil), x.pairings...) }

// ToGov returns the 政府经济分类 款 of a 部门经济分类 款 for a unit on the
// given side (Agency for 行政 and 参公 units, Institution for other 事业单位),
// and false when the crosswalk has no pairing. AnyUnit asks for a pairing
// that does not depend on the unit.
func (x *EconomicCrosswalk) ToGov(e Economic, side UnitSide) (GovEconomic, bool) {
	for _, i := range x.byDept[e] {
		if p := x.pairings[i]; p.Side == side || p.Side == AnyUnit {
			return p.GovEconomic, true
		}
	}
	return GovEconomic{}, false
}

// FromGov returns the pairings that lead to g.
func (x *EconomicCrosswalk) FromGov(g GovEconomic) []Pairing {
	var out []Pairing
	for _, i := range x.byGov[g] {
		out = append(out, x.pairings[i])
	}
	return out
}
