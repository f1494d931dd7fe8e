// Package procurement models the 政府采购 part of a departmental final
// accounts disclosure: contract amounts of the year by kind (货物, 工程,
// 服务), the amounts awarded to small and medium-sized enterprises
// (授予中小企业合同金额) and to micro and small ones (授予小微企业合同金额),
// and the shares printed next to them.
//
// # Shares and denominators
//
// Departmental disclosures divide both the SME and the micro amounts by the
// total (占政府采购支出总额); national statistics divide the micro amount by
// the SME amount. [Summary.Shares] computes both, each labelled with its
// [Denominator], as exact ratios; printing rounds them.
//
// # Checks
//
// [Summary.Check]: 总额 = 货物 + 工程 + 服务 (within the rounding of the
// printed figures), 小微 ≤ 中小企业 ≤ 总额, printed shares against the
// recomputed ones, and the Shanghai-style reservation figures
// (财库〔2020〕46号). To split an amount by ratios so that the parts always
// sum to the whole, use [fiscal.Allocate].
package procurement
