// Command budgetfinal checks a year's 预算 and the same year's 决算 of one
// department together, as `fiscal lint --with budget.pdf final.pdf` does:
// the 决算's 年初预算 figures (the "三公" 预算数, the 年初预算 its narrative
// states) must equal the published budget.
//
// The corpus holds no budget and 决算 of the same department and year, so
// the budget is the real one — the 上海市普陀区司法局 2026 部门预算, read from
// the corpus (FISCAL_CORPUS, or ../shared/corpus from the repository root)
// — and the 决算 is made up: a 2026 决算 of the same bureau whose "三公"
// table prints a 公务接待费 预算数 of 1.83 万元 where the budget published
// 0.83 万元, and whose narrative states the 年初预算 of 2040601 行政运行 as
// the budget published it (1672.67 万元) and that of 2040604 基层司法业务
// with two digits swapped (2107.39 万元 for 2170.39).
//
//	go run ./examples/budgetfinal
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/threepublic"
)

func main() {
	os.Exit(run(os.Stdout, os.Stderr))
}

// corpusDir is $FISCAL_CORPUS, or ../shared/corpus beside the repository.
func corpusDir() string {
	if d := os.Getenv("FISCAL_CORPUS"); d != "" {
		return d
	}
	for _, d := range []string{filepath.Join("..", "shared", "corpus"), filepath.Join("..", "..", "..", "shared", "corpus")} {
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	return filepath.Join("..", "shared", "corpus")
}

func run(stdout, stderr io.Writer) int {
	path := filepath.Join(corpusDir(), "shanghai-putuo-sfj-2026-budget.layout.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(stderr, "budgetfinal: the corpus budget is needed (set FISCAL_CORPUS):", err)
		return 2
	}
	b, err := parse.Parse(data)
	if err != nil {
		fmt.Fprintln(stderr, "budgetfinal:", err)
		return 2
	}
	fmt.Fprintf(stdout, "budget: %s\n", b.Summary())

	final := madeUpFinal()
	fs := budget.CompareFinal(b.Budget, final, budget.CompareOptions{})
	for _, f := range fs {
		fmt.Fprintln(stdout, f)
	}
	fmt.Fprintf(stdout, "budget ↔ 决算: %d findings, errors: %v\n", len(fs), fiscal.HasErrors(fs))
	return 0
}

// madeUpFinal is a 2026 决算 of the bureau, as a parsed 决算 would give it:
// the "三公" table's 预算数 and one 年初预算 its narrative states.
func madeUpFinal() *disclosure.Document {
	w := func(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }
	admin, local := fiscal.Wan("1672.67"), fiscal.Wan("2107.39")
	code := func(s string) classify.Function { return classify.MustParse[classify.FunctionKind](s) }
	return &disclosure.Document{
		Department: "上海市普陀区司法局", Year: 2026,
		ThreePublic: &threepublic.Table{Unit: fiscal.WanYuan, Decimals: 2, Budget: threepublic.Figures{
			Total: w("11.81"), Abroad: w("0"), Vehicles: w("9.98"), VehiclePurchase: w("0"),
			VehicleOperation: w("9.98"), Reception: w("1.83")}},
		Narrative: []disclosure.Statement{{
			Text: "行政运行（2040601）年初预算为1672.67万元，支出决算为1650.00万元，完成年初预算的98.6%。",
			Kind: disclosure.KindCompletion,
			Of:   disclosure.Ref{Function: code("2040601")},
			Over: disclosure.Ref{Printed: &admin, Decimals: 2},
		}, {
			Text: "基层司法业务（2040604）年初预算为2107.39万元，支出决算为2100.00万元，完成年初预算的99.6%。",
			Kind: disclosure.KindCompletion,
			Of:   disclosure.Ref{Function: code("2040604")},
			Over: disclosure.Ref{Printed: &local, Decimals: 2},
		}},
	}
}
