package disclosure_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
)

// Three of the reviewer's checks on a narrative read without its tables:
// a growth rate against a base that is certainly 0, the same figure said
// twice differently in one paragraph, and a "三公" count with no money.
func ExampleDocument_Check_reviewer() {
	fund := disclosure.PrintedRef(fiscal.Wan("2000"), 2)
	reception := disclosure.PartRef(disclosure.PartThreePublic, "决算数/公务接待费")
	d := &disclosure.Document{Year: 2024, Narrative: []disclosure.Statement{
		// 2000.00 − 2000 = 0: no base gives 100%.
		{Line: 3, Subject: "政府性基金预算财政拨款收入", Text: "政府性基金预算财政拨款收入2000万元，较上年度增加2000万元，增长100%。",
			Figure: "100%", Kind: disclosure.KindGrowth, Word: "增长", Of: fund, Over: disclosure.PrintedRef(fiscal.Wan("2000"), 0)},
		{Line: 7, Subject: "公务接待费", Text: "公务接待费支出1.71万元。", Figure: "1.71万元", Kind: disclosure.KindAmount, Of: reception},
		{Line: 7, Subject: "公务接待费：支出决算", Text: "支出决算为1.17万元。", Figure: "1.17万元", Kind: disclosure.KindAmount, Of: reception},
		{Line: 7, Subject: "共接待国内来访团组", Text: "共接待国内来访团组0个。", Figure: "0个", Kind: disclosure.KindCount,
			Of: disclosure.PartRef(disclosure.PartThreePublic, disclosure.CountReceptionBatches)},
	}}
	for _, f := range d.Check(disclosure.CheckOptions{}) {
		if f.Rule != "narr.unresolved" {
			fmt.Println(f.Severity, f.Rule, f.Where.Line, f.Expected, f.Actual)
		}
	}
	// Output:
	// error narr.growth-from-zero 3  100
	// error narr.repeat 7 1.71 1.17
	// warning disc.3p.count-amount 7  0
}
