package budget_test

import (
	"fmt"
	"github.com/cnfiscal/fiscal/budget/internal/corpusdata"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// FuzzFromGrids: any code, label and figure handed over by a reader gives
// a model and findings, never a panic, and no row is dropped.
func FuzzFromGrids(f *testing.F) {
	f.Add("summary", "", "一、财政拨款收入", "income", int64(100))
	f.Add("general-function", "2040601", "行政运行", "total", int64(1))
	f.Add("general-basic", "30X", "（一）其中：", "basic", int64(-5))
	f.Fuzz(func(t *testing.T, kind, code, label, col string, fen int64) {
		var p *profile.Table
		for _, q := range budget.Profiles() {
			if q.ID == "budget."+kind {
				p = q
			}
		}
		if p == nil {
			p = budget.Profiles()[0]
		}
		g := profile.Grid{Profile: p, Rows: []profile.Row{{Code: code, Label: label, Cells: map[string]fiscal.Cell{col: fiscal.Present(fiscal.Fen(fen))}}}}
		ts, _ := budget.FromGrids([]profile.Grid{g, g})
		n := 0
		for _, tb := range ts.All() {
			n += len(tb.Rows)
		}
		if n != 2 {
			t.Fatalf("rows dropped: %d of 2", n)
		}
		ts.Check(budget.CheckOptions{})
		budget.NormalizeLabel(label)
	})
}

// FuzzReadNarrative: any text is read and checked without a panic: the
// 编制说明's statements, the projects' 情况说明 and their 绩效目标表.
func FuzzReadNarrative(f *testing.F) {
	f.Add(guangxiNarrative)
	f.Add(projectSection("法律援助", "2024年-2026年", "项目总预算2400万元，2026年预算安排900万元。"))
	f.Add(simpleForm + twoColumnForm + nestedForm + wholeDepartmentForm)
	f.Add(fmt.Sprintf(indicatorForm, anhuiIndicators) + fmt.Sprintf(hubeiCostForm, "420") + fmt.Sprintf(wuhanForm, "1600") + hubeiForm)
	f.Add(oneSpaceApart(fmt.Sprintf(indicatorForm, wrappedIndicators)))
	f.Add(fmt.Sprintf(wideTable, "420.00"))
	f.Add(oneCellPerLine(fmt.Sprintf(indicatorForm, anhuiIndicators)))
	f.Add("1.“人民调解经费”项目。（1）项目概述。（6）年度预算安排。财政拨款2385万元（2024—2026年）。")
	f.Add("（一）公共安全（类）\n1．法院（款）行政运行（项）支出 17279.29 万元，与上年相比增加 2421.68 万元，增长 16.30%。")
	ts := corpusdata.PutuoSFJ2026().Tables
	f.Fuzz(func(t *testing.T, text string) {
		n := budget.ReadNarrative(strings.Split(text, "\n"))
		budget.CheckNarrative(n, ts, 2026, budget.CheckOptions{})
	})
}
