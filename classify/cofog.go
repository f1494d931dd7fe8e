package classify

import "fmt"

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
}

// cofogByClass is this project's own crosswalk of 功能分类 类 to COFOG
// divisions; there is no official one.
var cofogByClass = map[uint32]COFOGMapping{
	201: {GeneralPublicServices, true, "市场监督管理 and 商贸 款 are economic affairs (04)"},
	202: {GeneralPublicServices, false, ""},
	203: {Defence, false, ""},
	204: {PublicOrderAndSafety, false, ""},
	205: {Education, false, ""},
	206: {GeneralPublicServices, true, "basic research is 01.4; applied research and development belong to the division of their function"},
	207: {RecreationCultureReligion, true, "tourism is economic affairs (04.7)"},
	208: {SocialProtection, true, "labour and employment affairs are economic affairs (04.1)"},
	209: {SocialProtection, false, ""},
	210: {Health, true, "some 医疗保障 items are social protection (10)"},
	211: {EnvironmentalProtection, true, "energy conservation and renewable energy are economic affairs (04.3)"},
	212: {HousingAndCommunity, false, ""},
	213: {EconomicAffairs, true, "water supply works can be housing and community amenities (06.3)"},
	214: {EconomicAffairs, false, ""},
	215: {EconomicAffairs, false, ""},
	216: {EconomicAffairs, false, ""},
	217: {EconomicAffairs, true, "financial regulation can be general public services (01.1)"},
	219: {GeneralPublicServices, true, "transfers to other regions (01.8); the aid itself has the function of its 款"},
	220: {EconomicAffairs, true, "meteorology is general services (01.3)"},
	221: {HousingAndCommunity, true, "social housing support is social protection (10.6)"},
	222: {EconomicAffairs, true, "strategic reserves of grain and materials"},
	223: {EconomicAffairs, true, "state capital operations; the function depends on the enterprise"},
	224: {PublicOrderAndSafety, true, "disaster relief can be social protection (10)"},
	230: {GeneralPublicServices, true, "transfers between levels of government (01.8)"},
	232: {GeneralPublicServices, false, ""},
	233: {GeneralPublicServices, false, ""},
}

// ToCOFOG returns the COFOG division of the 类 of f, and false for 类 that
// have no division: 227 预备费, 229 其他支出, 231 债务还本支出 (a financing
// flow, not expenditure), 234 抗疫特别国债安排的支出 (spread over many
// functions), and unknown codes. The crosswalk is this library's own (there
// is no official one) and marks approximate mappings.
func ToCOFOG(f Function) (COFOGMapping, bool) {
	c, ok := f.At(Class)
	if !ok {
		return COFOGMapping{}, false
	}
	m, ok := cofogByClass[c.Uint32()]
	return m, ok
}
