package procurement

import "github.com/cnfiscal/fiscal"

// Summary is a department's 政府采购 figures for the year: contract amounts
// signed (以合同签订为准), by kind, and the part awarded to small and
// medium-sized enterprises.
type Summary struct {
	Goods    fiscal.Cell `json:"goods,omitzero"`    // 货物
	Works    fiscal.Cell `json:"works,omitzero"`    // 工程
	Services fiscal.Cell `json:"services,omitzero"` // 服务
	Total    fiscal.Cell `json:"total,omitzero"`    // 政府采购支出总额

	SME   fiscal.Cell `json:"sme,omitzero"`   // 授予中小企业合同金额
	Micro fiscal.Cell `json:"micro,omitzero"` // 授予小微企业合同金额 (part of SME)

	// Printed shares, when the document states them.
	SMEShare          *fiscal.Percent `json:"sme_share,omitempty"`            // 授予中小企业合同金额 占 政府采购支出总额
	MicroShareOfTotal *fiscal.Percent `json:"micro_share_of_total,omitempty"` // 授予小微企业合同金额 占 政府采购支出总额
	MicroShareOfSME   *fiscal.Percent `json:"micro_share_of_sme,omitempty"`   // 授予小微企业合同金额 占 授予中小企业合同金额
	GoodsSMEShare     *fiscal.Percent `json:"goods_sme_share,omitempty"`      // 货物采购授予中小企业合同金额 占 货物支出金额
	WorksSMEShare     *fiscal.Percent `json:"works_sme_share,omitempty"`      // 工程 …
	ServicesSMEShare  *fiscal.Percent `json:"services_sme_share,omitempty"`   // 服务 …
	GoodsSME          fiscal.Cell     `json:"goods_sme,omitzero"`             // SME part of goods, when stated
	WorksSME          fiscal.Cell     `json:"works_sme,omitzero"`             // SME part of works, when stated
	ServicesSME       fiscal.Cell     `json:"services_sme,omitzero"`          // SME part of services, when stated

	// Reservation figures printed by Shanghai-style reports (财库〔2020〕46号).
	Reserved *Reservation `json:"reserved,omitempty"`

	Unit     fiscal.Unit `json:"unit"`     // 万元 by default
	Decimals int         `json:"decimals"` // printed decimals of the amounts
}

// Reservation are the 面向中小企业预留 figures.
type Reservation struct {
	ReservedSME      fiscal.Cell `json:"reserved_sme,omitzero"`       // 面向中小企业预留政府采购项目预算金额
	ReservedMicro    fiscal.Cell `json:"reserved_micro,omitzero"`     // 面向小微企业预留政府采购项目预算金额
	SMEWonReserved   fiscal.Cell `json:"sme_won_reserved,omitzero"`   // 在面向中小企业预留的项目中，由中小企业供应商中标或成交的采购金额
	MicroWonReserved fiscal.Cell `json:"micro_won_reserved,omitzero"` // 在面向小微企业预留的项目中，由小微企业供应商中标或成交的采购金额
	SMEWonOther      fiscal.Cell `json:"sme_won_other,omitzero"`      // 在其他政府采购项目中，由中小企业供应商中标或成交的采购金额
}

// Denominator names what a share is divided by.
type Denominator uint8

// Denominators of procurement shares.
const (
	OfTotal Denominator = iota + 1 // 占政府采购支出总额 (departmental disclosures)
	OfSME                          // 占授予中小企业合同金额 (national statistics, for 小微)
	OfKind                         // 占 the kind's own amount (货物, 工程, 服务)
)

// String names the denominator in Chinese.
func (d Denominator) String() string {
	switch d {
	case OfTotal:
		return "政府采购支出总额"
	case OfSME:
		return "授予中小企业合同金额"
	case OfKind:
		return "该类采购支出金额"
	}
	return ""
}

// Share is a computed share with its label.
type Share struct {
	Name        string      // 授予中小企业合同金额占比, …
	Denominator Denominator // what it is divided by
	Value       fiscal.Ratio
	Err         error // division by zero
}

// Shares computes the shares of the summary, each labelled with its
// denominator: SME and micro over the total, and micro over SME.
func (s Summary) Shares() []Share {
	mk := func(name string, d Denominator, num, den fiscal.Cell) Share {
		r, err := fiscal.Share(num.OrZero(), den.OrZero())
		return Share{Name: name, Denominator: d, Value: r, Err: err}
	}
	return []Share{
		mk("授予中小企业合同金额", OfTotal, s.SME, s.Total),
		mk("授予小微企业合同金额", OfTotal, s.Micro, s.Total),
		mk("授予小微企业合同金额", OfSME, s.Micro, s.SME),
	}
}
