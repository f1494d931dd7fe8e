package procurement_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/procurement"
)

func ExampleSummary_Check() {
	c := func(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }
	s := procurement.Summary{Goods: c("30.31"), Works: c("20.9"), Services: c("3795.08"), Total: c("3846.29"),
		SME: c("1000"), Micro: c("400")}
	for _, sh := range s.Shares() {
		fmt.Printf("%s / %s = %s%%\n", sh.Name, sh.Denominator, sh.Value.Percent(2).StringFixed(2))
	}
	fmt.Println(len(s.Check(fiscal.Where{})), "findings")
	// Output:
	// 授予中小企业合同金额 / 政府采购支出总额 = 26.00%
	// 授予小微企业合同金额 / 政府采购支出总额 = 10.40%
	// 授予小微企业合同金额 / 授予中小企业合同金额 = 40.00%
	// 0 findings
}

func ExampleSummary_Shares_split() {
	// Split a contract total over the three kinds in proportion to their
	// printed amounts: the parts always add up to the whole. By hand, the
	// shares in fen round down to 788032, 543380 and 98668587 (one fen
	// short); the fen goes to the largest remainder, the second part.
	parts, _ := fiscal.Allocate(fiscal.Wan("100"), []int64{3031, 2090, 379508})
	for _, p := range parts {
		fmt.Println(p.Format(fiscal.Format{Unit: fiscal.Yuan, Decimals: 2}))
	}
	// Output:
	// 7880.32
	// 5433.81
	// 986685.87
}
