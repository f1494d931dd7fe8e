package classify

import "fmt"

// Scheme is one of the four classifications of 政府收支分类科目.
type Scheme uint8

// The schemes. A code's first digit tells its scheme: 1 收入, 2 功能,
// 3 部门经济, 5 政府经济.
const (
	SchemeRevenue     Scheme = iota + 1 // 收入分类科目: 类/款/项/目 = 3/5/7/9 digits
	SchemeFunction                      // 支出功能分类科目: 类/款/项 = 3/5/7 digits
	SchemeEconomic                      // 部门预算支出经济分类科目: 类/款 = 3/5 digits
	SchemeGovEconomic                   // 政府预算支出经济分类科目: 类/款 = 3/5 digits
)

type schemeInfo struct {
	id        string
	name      string
	lead      byte // first digit
	maxLevel  Level
	shortName string
}

var schemes = [...]schemeInfo{
	{},
	{"revenue", "收入分类科目", '1', Subitem, "收入分类"},
	{"function", "支出功能分类科目", '2', Item, "功能分类"},
	{"economic", "部门预算支出经济分类科目", '3', Section, "部门经济分类"},
	{"gov-economic", "政府预算支出经济分类科目", '5', Section, "政府经济分类"},
}

func (s Scheme) info() schemeInfo {
	if s < SchemeRevenue || s > SchemeGovEconomic {
		return schemeInfo{id: fmt.Sprintf("Scheme(%d)", uint8(s))}
	}
	return schemes[s]
}

// String returns the scheme's identifier: "revenue", "function", "economic"
// or "gov-economic" (the values of the command's JSON output).
func (s Scheme) String() string { return s.info().id }

// Name returns the official Chinese name, such as 支出功能分类科目.
func (s Scheme) Name() string { return s.info().name }

// ShortName returns the short Chinese name, such as 功能分类.
func (s Scheme) ShortName() string { return s.info().shortName }

// MaxLevel returns the deepest level of the scheme: 项 for 功能分类, 款 for
// the economic schemes, 目 for 收入分类.
func (s Scheme) MaxLevel() Level { return s.info().maxLevel }

// Lead returns the first digit of every code of the scheme.
func (s Scheme) Lead() byte { return s.info().lead }

// ParseScheme reads a scheme identifier as returned by [Scheme.String].
func ParseScheme(id string) (Scheme, error) {
	for s := SchemeRevenue; s <= SchemeGovEconomic; s++ {
		if s.String() == id {
			return s, nil
		}
	}
	return 0, fmt.Errorf("classify: unknown scheme %q (want revenue, function, economic or gov-economic)", id)
}

// Level is the depth of a code: 类, 款, 项 or 目.
type Level uint8

// Levels. Every scheme uses 3 digits for 类 and 2 more for each level below.
const (
	Class   Level = iota + 1 // 类: 3 digits
	Section                  // 款: 5 digits
	Item                     // 项: 7 digits
	Subitem                  // 目: 9 digits (收入分类 only)
)

// String returns 类, 款, 项 or 目.
func (l Level) String() string {
	switch l {
	case Class:
		return "类"
	case Section:
		return "款"
	case Item:
		return "项"
	case Subitem:
		return "目"
	}
	return fmt.Sprintf("Level(%d)", uint8(l))
}

// Digits returns the number of digits of a code at level l (3, 5, 7, 9).
func (l Level) Digits() int { return 1 + 2*int(l) }

// SchemeKind is implemented by the marker types that select a scheme for [Code]
// and [Catalog]: [RevenueKind], [FunctionKind], [EconomicKind],
// [GovEconomicKind]. Its method is unexported: the set of schemes is closed.
type SchemeKind interface {
	scheme() Scheme
}

// RevenueKind selects 收入分类科目.
type RevenueKind struct{}

// FunctionKind selects 支出功能分类科目.
type FunctionKind struct{}

// EconomicKind selects 部门预算支出经济分类科目.
type EconomicKind struct{}

// GovEconomicKind selects 政府预算支出经济分类科目.
type GovEconomicKind struct{}

func (RevenueKind) scheme() Scheme     { return SchemeRevenue }
func (FunctionKind) scheme() Scheme    { return SchemeFunction }
func (EconomicKind) scheme() Scheme    { return SchemeEconomic }
func (GovEconomicKind) scheme() Scheme { return SchemeGovEconomic }

func schemeOf[K SchemeKind]() Scheme {
	var k K
	return k.scheme()
}
