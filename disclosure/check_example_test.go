package disclosure_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
)

// The checks of the narrative's words, on three paragraphs of a report:
// the second says 持平 and gives the reason the first gives for a fall.
func ExampleCheckNarrativeText() {
	ps := []disclosure.Paragraph{
		{Line: 10, Section: "收入支出决算总体情况说明", Text: "收入支出总计减少56.95万元，下降1.87%。主要原因：项目支出中合同支付进度等原因减少支付。"},
		{Line: 12, Section: "财政拨款收入支出决算总体情况说明", Text: "2024度财政拨款收入支出总计2961.68万元。与2023年度相比，财政拨款收入支出总计持平。主要原因："},
		{Line: 14, Section: "财政拨款收入支出决算总体情况说明", Text: "项目支出中合同支付进度等原因减少支付。"},
	}
	for _, f := range disclosure.CheckNarrativeText(&disclosure.Document{Year: 2024}, ps) {
		fmt.Println(f.Rule, f.Severity == fiscal.SeverityWarning, f.Where.Line, f.Where.Text)
	}
	// Output:
	// narr.year-form true 12 2024度
	// narr.flat-reason true 12 与2023年度相比，财政拨款收入支出总计持平
}
