// Package wan rounds amounts stated in 万元 at a number of decimals that
// may be below zero: a figure printed in 亿元 counts its decimals in 万元 as
// four fewer (0.294亿元 is to the 10 万元: −1). Packages disclosure and
// budget compare narrative figures so.
package wan

import "github.com/cnfiscal/fiscal"

// Half returns half a unit of the d-th decimal of 万元: 0.005 万元 for 2,
// 5 万元 for −1.
func Half(d int) fiscal.Amount {
	if d < 0 {
		return fiscal.AmountTolerance(0, fiscal.YiYuan, max(d+4, 0))
	}
	return fiscal.AmountTolerance(0, fiscal.WanYuan, d)
}

// Round rounds a to d decimals of 万元, half away from zero; d below zero
// rounds to tens, hundreds … of 万元.
func Round(a fiscal.Amount, d int) (fiscal.Amount, error) {
	if d < 0 {
		return a.Round(fiscal.YiYuan, max(d+4, 0))
	}
	return a.Round(fiscal.WanYuan, d)
}
