package fiscal_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
)

func ExampleRule_ComparePercentCoef() {
	// 4402.44 / 6577.03 is 66.937 %: printed right at two decimals and at
	// one, and wrong by a point. A percentage read as a coefficient
	// (6694 at 2 decimals) is compared without a decimal being made.
	rule := fiscal.Rule{ID: "DEMO", Title: "a share as printed", Scope: fiscal.ScopeNarrative}
	for _, printed := range []string{"66.94%", "66.9%", "67.94%"} {
		coef, dec, err := fiscal.ParsePercentCoef(printed)
		if err != nil {
			fmt.Println(err)
			continue
		}
		f, found := rule.ComparePercentCoef(fiscal.Where{Part: "情况说明"}, "财政拨款收入占比", coef, dec,
			fiscal.Wan("4402.44"), fiscal.Wan("6577.03"), fiscal.AmountTolerance(0, fiscal.WanYuan, 2))
		if !found {
			fmt.Println(printed, coef, dec, "no finding")
			continue
		}
		fmt.Println(printed, coef, dec, f.Severity, f.Message)
	}
	// Output:
	// 66.94% 6694 2 no finding
	// 66.9% 669 1 no finding
	// 67.94% 6794 2 error 财政拨款收入占比: expected 66.94, printed 67.94 (difference 1.00 %)
}

func ExampleFigureScaled() {
	// 130.50 kept as 13050 × 10^-2: shown with as many decimals as it has.
	fmt.Println(fiscal.FigureScaled(13050, -2), fiscal.FigureScaled(5, 3), fiscal.FigureScaled(-7, -8))
	// Output: 130.5 5000 -0.00000007
}
