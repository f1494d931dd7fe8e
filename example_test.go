package fiscal_test

import (
	"errors"
	"fmt"

	"github.com/cnfiscal/fiscal"
)

func ExampleParseAmount() {
	// A 万元 table cell, a figure with its own unit, full-width digits.
	for _, s := range []string{"6,577.03", "16.244万元", "２０００．００　", "1.5亿元"} {
		a, err := fiscal.ParseAmount(s, fiscal.WanYuan)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(a.Format(fiscal.Format{Unit: fiscal.Yuan, Decimals: 2, Grouping: true, Suffix: true}))
	}
	_, err := fiscal.ParseAmount("1.234", fiscal.Yuan)
	fmt.Println(errors.Is(err, fiscal.ErrPrecision), err)
	// Output:
	// 65,770,300.00元
	// 162,440.00元
	// 20,000,000.00元
	// 150,000,000.00元
	// true fiscal: cannot read "1.234": finer than one fen
}

func ExampleParseCell() {
	for _, s := range []string{"174.60　", "　", "0.00"} {
		c, _ := fiscal.ParseCell(s, fiscal.WanYuan)
		fmt.Printf("%q absent=%v sum-as=%s\n", s, c.IsAbsent(), c.OrZero().Format(fiscal.TableFormat()))
	}
	// Output:
	// "174.60\u3000" absent=false sum-as=174.60
	// "\u3000" absent=true sum-as=0.00
	// "0.00" absent=false sum-as=0.00
}

func ExampleAmount_Round() {
	// A ledger total in 元 printed in a 万元 table at two decimals.
	a := fiscal.MustParseAmount("12,345.67", fiscal.Yuan)
	r, _ := a.Round(fiscal.WanYuan, 2)
	fmt.Println(r.Format(fiscal.TableFormat()), r)
	// Output: 1.23 12300.00
}

func ExampleShare() {
	r, err := fiscal.Share(fiscal.Wan("4402.44"), fiscal.Wan("6577.03"))
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Percent(2), "%")
	_, err = fiscal.Share(fiscal.Wan("1"), fiscal.Amount{})
	fmt.Println(errors.Is(err, fiscal.ErrDivisionByZero))
	// Output:
	// 66.94 %
	// true
}

func ExampleGrowthRate() {
	g, _ := fiscal.GrowthRate(fiscal.Wan("124.60"), fiscal.Wan("134.21"))
	fmt.Println(g.Percent(2))
	// Output: -7.16
}

func ExampleRule_CompareAmounts() {
	rule := fiscal.Rule{ID: "DEMO", Title: "本年收入合计 = Σ income rows", Scope: fiscal.ScopeInTable}
	parts, _ := fiscal.Sum(fiscal.Wan("4402.44"), fiscal.Wan("2000.00"), fiscal.Wan("174.60"))
	f, found := rule.CompareAmounts(fiscal.Where{Table: "收入支出决算总表", Row: "本年收入合计"},
		"本年收入合计", parts, fiscal.Wan("6577.03"), fiscal.AmountTolerance(3, fiscal.WanYuan, 2), fiscal.TableFormat())
	fmt.Println(found, f.WithinRounding, f.Severity)
	fmt.Println(f)
	// Output:
	// true true info
	// info DEMO 收入支出决算总表 / 本年收入合计: 本年收入合计: expected 6577.04, printed 6577.03 (difference -0.01 万元, within rounding tolerance 0.02)
}

// Where.Append spells a location into a caller's buffer, as String does.
func ExampleWhere_Append() {
	w := fiscal.Where{Part: "表", Table: "收入支出决算总表", Row: "本年收入合计", Column: "决算数", Line: 12}
	var buf [128]byte
	b := append(buf[:0], "against "...)
	fmt.Println(string(w.Append(b)))
	// Output: against 表 / 收入支出决算总表 / 本年收入合计 / 决算数 (line 12)
}
