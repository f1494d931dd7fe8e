// Command daye2024 reproduces figures of the 2024 final accounts of 大冶市政务服务
// 和大数据管理局 (Daye City Government Services and Big Data Administration)
// with the fiscal library.
//
// This first version shows the foundation only: exact amounts, the
// 公开01 income identity with its rounding tolerance, and code lookups. The
// full document model arrives with the disclosure package.
package main

import (
	"fmt"
	"os"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "daye2024:", err)
		os.Exit(1)
	}
}

func run() error {
	fmt.Println("大冶市政务服务和大数据管理局 2024年度部门决算 (figures from the published report, 万元)")
	fmt.Println()

	// 公开01 收入支出决算总表: the income rows and 本年收入合计 as printed.
	rows := []struct {
		name string
		cell string
	}{
		{"一般公共预算财政拨款收入", "4402.44"},
		{"政府性基金预算财政拨款收入", "2000.00"},
		{"其他收入", "174.60"},
	}
	var parts []fiscal.Amount
	for _, r := range rows {
		a, err := fiscal.ParseAmount(r.cell, fiscal.WanYuan)
		if err != nil {
			return err
		}
		parts = append(parts, a)
		fmt.Printf("  %-28s %10s\n", r.name, a.Format(fiscal.TableFormat()))
	}
	total, err := fiscal.Sum(parts...)
	if err != nil {
		return err
	}
	printed := fiscal.Wan("6577.03")
	fmt.Printf("  %-28s %10s (printed %s)\n", "Σ income rows", total.Format(fiscal.TableFormat()), printed.Format(fiscal.TableFormat()))

	rule := fiscal.Rule{ID: "demo.total", Title: "本年收入合计 = Σ income rows", Scope: fiscal.ScopeInTable}
	if f, found := rule.CompareAmounts(fiscal.Where{Table: "收入支出决算总表", Row: "本年收入合计"}, "本年收入合计",
		total, printed, fiscal.AmountTolerance(len(parts), fiscal.WanYuan, 2), fiscal.TableFormat()); found {
		fmt.Println()
		fmt.Println("finding:", f)
	}

	share, err := fiscal.Share(parts[0], printed)
	if err != nil {
		return err
	}
	fmt.Printf("\n一般公共预算财政拨款收入 share of 本年收入合计: %s%%\n", share.Percent(2).StringFixed(2))

	cats, err := classify.Embedded(2024)
	if err != nil {
		return err
	}
	fmt.Println("\nfunctional codes of the report:")
	for _, s := range []string{"2010399", "2011308", "2140199", "2290402"} {
		c, err := classify.ParseFunction(s)
		if err != nil {
			return err
		}
		fmt.Printf("  %s %s\n", c, cats.Function.Name(c))
	}
	return nil
}
