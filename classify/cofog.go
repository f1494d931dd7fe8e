package classify

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// COFOG is a division of the UN Classification of the Functions of
// Government (COFOG 1999): 01 to 10.
type COFOG uint8

// The ten COFOG divisions.
const (
	GeneralPublicServices     COFOG = iota + 1 // 01
	Defence                                    // 02
	PublicOrderAndSafety                       // 03
	EconomicAffairs                            // 04
	EnvironmentalProtection                    // 05
	HousingAndCommunity                        // 06
	Health                                     // 07
	RecreationCultureReligion                  // 08
	Education                                  // 09
	SocialProtection                           // 10
)

var cofogNames = [...]string{"", "General public services", "Defence", "Public order and safety",
	"Economic affairs", "Environmental protection", "Housing and community amenities", "Health",
	"Recreation, culture and religion", "Education", "Social protection"}

// String returns the two-digit division code: "01".
func (c COFOG) String() string { return fmt.Sprintf("%02d", uint8(c)) }

// Name returns the division's official English name.
func (c COFOG) Name() string {
	if c < GeneralPublicServices || c > SocialProtection {
		return ""
	}
	return cofogNames[c]
}

// COFOGMapping is where a 功能分类 类 falls in COFOG.
type COFOGMapping struct {
	Division COFOG
	// Approximate is true when the 类 spreads over several divisions and
	// Division is only the main one.
	Approximate bool
	Note        string // what falls elsewhere, when Approximate
	// Group is the COFOG group ("04.2") when the 款 is mapped, else "".
	Group string
	// Level is the level of the code the mapping was read from: 款 when
	// the 款 is in the crosswalk, else 类.
	Level Level
	// Basis says how the mapping is known: "judged" (this library's own
	// reading of the scope against the COFOG definitions) for every mapping
	// so far; there is no official crosswalk.
	Basis string
}

// cofogByClass is this project's own crosswalk of 功能分类 类 to COFOG
// divisions; there is no official one.
var cofogByClass = map[uint32]COFOGMapping{
	201: {Division: GeneralPublicServices, Approximate: true, Note: "市场监督管理 and 商贸 款 are economic affairs (04)"},
	202: {Division: GeneralPublicServices, Approximate: false, Note: ""},
	203: {Division: Defence, Approximate: false, Note: ""},
	204: {Division: PublicOrderAndSafety, Approximate: false, Note: ""},
	205: {Division: Education, Approximate: false, Note: ""},
	206: {Division: GeneralPublicServices, Approximate: true, Note: "basic research is 01.4; applied research and development belong to the division of their function"},
	207: {Division: RecreationCultureReligion, Approximate: true, Note: "tourism is economic affairs (04.7)"},
	208: {Division: SocialProtection, Approximate: true, Note: "labour and employment affairs are economic affairs (04.1)"},
	209: {Division: SocialProtection, Approximate: false, Note: ""},
	210: {Division: Health, Approximate: true, Note: "some 医疗保障 items are social protection (10)"},
	211: {Division: EnvironmentalProtection, Approximate: true, Note: "energy conservation and renewable energy are economic affairs (04.3)"},
	212: {Division: HousingAndCommunity, Approximate: false, Note: ""},
	213: {Division: EconomicAffairs, Approximate: true, Note: "water supply works can be housing and community amenities (06.3)"},
	214: {Division: EconomicAffairs, Approximate: false, Note: ""},
	215: {Division: EconomicAffairs, Approximate: false, Note: ""},
	216: {Division: EconomicAffairs, Approximate: false, Note: ""},
	217: {Division: EconomicAffairs, Approximate: true, Note: "financial regulation can be general public services (01.1)"},
	219: {Division: GeneralPublicServices, Approximate: true, Note: "transfers to other regions (01.8); the aid itself has the function of its 款"},
	220: {Division: EconomicAffairs, Approximate: true, Note: "meteorology is general services (01.3)"},
	221: {Division: HousingAndCommunity, Approximate: true, Note: "social housing support is social protection (10.6)"},
	222: {Division: EconomicAffairs, Approximate: true, Note: "strategic reserves of grain and materials"},
	223: {Division: EconomicAffairs, Approximate: true, Note: "state capital operations; the function depends on the enterprise"},
	224: {Division: PublicOrderAndSafety, Approximate: true, Note: "disaster relief can be social protection (10)"},
	230: {Division: GeneralPublicServices, Approximate: true, Note: "transfers between levels of government (01.8)"},
	232: {Division: GeneralPublicServices, Approximate: false, Note: ""},
	233: {Division: GeneralPublicServices, Approximate: false, Note: ""},
}

// ToCOFOG returns where f falls in COFOG: the group of its 款 when the
// 款 is in the crosswalk (every 款 of the embedded 2024 catalog except those
// of 229, 230 and 231), else the division of its 类; and false for codes
// with no mapping: 227 预备费, 229 其他支出, 231 债务还本支出 (a financing
// flow, not expenditure), 234 抗疫特别国债安排的支出 (spread over many
// functions), and unknown 类. The crosswalk is this library's own (there is
// no official one) and marks approximate mappings.
func ToCOFOG(f Function) (COFOGMapping, bool) {
	c, ok := f.At(Class)
	if !ok {
		return COFOGMapping{}, false
	}
	m, ok := cofogByClass[c.Uint32()]
	if !ok {
		return COFOGMapping{}, false
	}
	m.Level, m.Basis = Class, "judged"
	if s, ok := f.At(Section); ok {
		groups, err := cofogSections()
		if err == nil {
			if g, ok := groups[s.Uint32()]; ok {
				return g, true
			}
		}
	}
	return m, true
}

// cofogSections reads data/cofog_2024.tsv once.
var cofogSections = sync.OnceValues(func() (map[uint32]COFOGMapping, error) {
	f, err := readData("data/cofog_2024.tsv", 4)
	if err != nil {
		return nil, err
	}
	out := make(map[uint32]COFOGMapping, len(f.rows))
	for _, r := range f.rows {
		code, err := ParseFunction(r.fields[0])
		if err != nil || code.Level() != Section {
			return nil, fmt.Errorf("classify: %s line %d: %q is not a 款", f.name, r.line, r.fields[0])
		}
		div, _, ok := strings.Cut(r.fields[1], ".")
		d, err := strconv.Atoi(div)
		if !ok || err != nil || d < 1 || d > 10 {
			return nil, fmt.Errorf("classify: %s line %d: group %q", f.name, r.line, r.fields[1])
		}
		m := COFOGMapping{Division: COFOG(d), Group: r.fields[1], Approximate: r.fields[2] == "yes", Level: Section, Basis: r.fields[3]}
		if cm, ok := cofogByClass[code.Uint32()/100]; ok && cm.Division != m.Division {
			m.Note = "the 类 as a whole is " + cm.Division.String() + " " + cm.Division.Name()
		}
		out[code.Uint32()] = m
	}
	return out, nil
})
