package accounts

import (
	"fmt"
	"strings"
)

// sourceIDs are the stable English identifiers of the fund sources, as
// ledger files and JSON write them.
var sourceIDs = [...]string{"", "general", "gov_fund", "state_capital", "superior", "business", "operating",
	"affiliated", "other"}

// sourceAliases are other names a source goes by in finance software
// exports and table headers; each maps to its source.
var sourceAliases = map[string]FundSource{
	"一般公共预算":         SourceGeneral,
	"一般公共预算拨款":       SourceGeneral,
	"政府性基金预算":        SourceGovFund,
	"政府性基金":          SourceGovFund,
	"国有资本经营预算":       SourceStateCapital,
	"上级补助收入":         SourceSuperior,
	"事业收入":           SourceBusiness,
	"经营收入":           SourceOperating,
	"附属单位上缴收入":       SourceAffiliated,
	"其他收入":           SourceOther,
	"一般公共预算财政拨款收入":   SourceGeneral,
	"政府性基金预算财政拨款收入":  SourceGovFund,
	"国有资本经营预算财政拨款收入": SourceStateCapital,
}

// ID returns the source's stable English identifier: "general", "gov_fund",
// "state_capital", "superior", "business", "operating", "affiliated" or
// "other"; "" for an invalid source.
func (s FundSource) ID() string {
	if !s.Valid() {
		return ""
	}
	return sourceIDs[s]
}

// ParseFundSource reads a fund source from its Chinese name
// ([FundSource.String]: 一般公共预算财政拨款, 上级补助, …), its English
// identifier ([FundSource.ID]: general, superior, …), or a common variant
// of the Chinese name (一般公共预算, 上级补助收入, 其他收入). Surrounding
// spaces, including the full-width space, are ignored.
func ParseFundSource(s string) (FundSource, error) {
	t := strings.Trim(s, " \t\r\n\u3000\u00a0")
	for v := SourceGeneral; v < numSources; v++ {
		if t == sourceNames[v] || t == sourceIDs[v] {
			return v, nil
		}
	}
	if v, ok := sourceAliases[t]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("accounts: unknown fund source %q", s)
}

// MarshalText implements [encoding.TextMarshaler] with the Chinese name;
// an invalid source is an error.
func (s FundSource) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("accounts: cannot marshal %v", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseFundSource].
func (s *FundSource) UnmarshalText(b []byte) error {
	v, err := ParseFundSource(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// natureIDs are the stable English identifiers of the natures.
var natureIDs = [...]string{"", "personnel", "public", "project", "remitted", "operating", "subsidiary"}

// natureAliases are the short names finance software and tables use.
var natureAliases = map[string]Nature{
	"人员经费":     NaturePersonnel,
	"公用经费":     NaturePublic,
	"基本支出人员经费": NaturePersonnel,
	"基本支出公用经费": NaturePublic,
	"上缴上级":     NatureRemitted,
	"对附属单位补助":  NatureSubsidiary,
}

// ID returns the nature's stable English identifier: "personnel",
// "public", "project", "remitted", "operating" or "subsidiary"; "" for an
// invalid nature.
func (n Nature) ID() string {
	if !n.Valid() {
		return ""
	}
	return natureIDs[n]
}

// ParseNature reads a nature of expenditure from its Chinese name
// ([Nature.String]: 基本支出-人员经费, 项目支出, …), its English identifier
// ([Nature.ID]: personnel, project, …) or a short name (人员经费,
// 公用经费). Surrounding spaces are ignored.
func ParseNature(s string) (Nature, error) {
	t := strings.Trim(s, " \t\r\n\u3000\u00a0")
	for v := NaturePersonnel; v < numNatures; v++ {
		if t == natureNames[v] || t == natureIDs[v] {
			return v, nil
		}
	}
	if v, ok := natureAliases[t]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("accounts: unknown nature of expenditure %q", s)
}

// MarshalText implements [encoding.TextMarshaler] with the Chinese name;
// an invalid nature is an error.
func (n Nature) MarshalText() ([]byte, error) {
	if !n.Valid() {
		return nil, fmt.Errorf("accounts: cannot marshal %v", n)
	}
	return []byte(n.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseNature].
func (n *Nature) UnmarshalText(b []byte) error {
	v, err := ParseNature(string(b))
	if err != nil {
		return err
	}
	*n = v
	return nil
}

// ParseEntityType reads a unit type from its Chinese name
// ([EntityType.String]) or a short name: 行政, 参公, 事业. Surrounding
// spaces are ignored.
func ParseEntityType(s string) (EntityType, error) {
	switch strings.Trim(s, " \t\r\n\u3000\u00a0") {
	case "行政单位", "行政", "administrative":
		return Administrative, nil
	case "参照公务员法管理事业单位", "参公", "参公单位", "civil_service_managed":
		return CivilServiceManaged, nil
	case "事业单位", "事业", "institution":
		return Institution, nil
	}
	return 0, fmt.Errorf("accounts: unknown unit type %q", s)
}

// ParseSide reads a side: "" (main), "收入" or "支出".
func ParseSide(s string) (Side, error) {
	var v Side
	if err := v.UnmarshalText([]byte(s)); err != nil {
		return 0, err
	}
	return v, nil
}

// ParseColumn reads a column from its stable English identifier
// ([Column.MarshalText]: "total", "basic", …) or its official Chinese name
// ([Column.Name]).
func ParseColumn(s string) (Column, error) {
	for v := Column(1); v < numColumns; v++ {
		if columnIDs[v] == s || columnNames[v] == s {
			return v, nil
		}
	}
	return 0, fmt.Errorf("accounts: unknown column %q", s)
}

// MarshalText implements [encoding.TextMarshaler]: the set's sources by
// [FundSource.ID], joined by "+" ("general+gov_fund"); "" for the empty
// set.
func (m Sources) MarshalText() ([]byte, error) {
	var ids []string
	for v := SourceGeneral; v < numSources; v++ {
		if m.Has(v) {
			ids = append(ids, v.ID())
		}
	}
	if m&^AllSources != 0 {
		return nil, fmt.Errorf("accounts: cannot marshal Sources(%#x)", uint16(m))
	}
	return []byte(strings.Join(ids, "+")), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: sources joined by
// "+", each as [ParseFundSource] reads it.
func (m *Sources) UnmarshalText(b []byte) error {
	var out Sources
	if len(b) > 0 {
		for _, p := range strings.Split(string(b), "+") {
			v, err := ParseFundSource(p)
			if err != nil {
				return err
			}
			out |= SourceSet(v)
		}
	}
	*m = out
	return nil
}

// MarshalText implements [encoding.TextMarshaler]: the set's natures by
// [Nature.ID], joined by "+"; "" for the empty set.
func (m Natures) MarshalText() ([]byte, error) {
	var ids []string
	for v := NaturePersonnel; v < numNatures; v++ {
		if m.Has(v) {
			ids = append(ids, v.ID())
		}
	}
	if m&^AllNatures != 0 {
		return nil, fmt.Errorf("accounts: cannot marshal Natures(%#x)", uint8(m))
	}
	return []byte(strings.Join(ids, "+")), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: natures joined by
// "+", each as [ParseNature] reads it.
func (m *Natures) UnmarshalText(b []byte) error {
	var out Natures
	if len(b) > 0 {
		for _, p := range strings.Split(string(b), "+") {
			v, err := ParseNature(p)
			if err != nil {
				return err
			}
			out |= NatureSet(v)
		}
	}
	*m = out
	return nil
}
