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
	// The parts of the 人员经费 and 公用经费, coded items with their split,
	// the reserves for 中小企业.
	f.Add("2026年基本支出2574.17万元，其中：人员经费2356.33万元（在职人员经费2300.00万元，离退休人员经费56.33万元），" +
		"公用经费217.83万元，其中：日常公用经费200.00万元，专项公用经费17.83万元。")
	f.Add("（一）公共安全支出（204）8726.73万元，占90.64%，比上年增加685.11万元，增长8.52%。1.行政运行（2040601）1672.67万元，" +
		"主要用于机关运转；其中：基本支出1672.67万元，项目支出0万元。行政运行16,726,725.44元，其中：基本支出16,726,725.44元，项目支出0元。")
	f.Add("2026年政府采购预算1486.42万元，面向中小企业预留政府采购项目预算金额80.00万元，占5.38%，其中，预留给小微企业60.00万元，占75%。")
	// The national template's and Guangxi's wordings (the probe's case
	// 183).
	f.Add("2026年收入预算1000.00万元，其中上年结转50.00万元。上年结转50.00万元。2026年财政拨款收、支总预算900.00万元。" +
		"2026年政府性基金预算支出100.00万元。2026年一般公共预算拨款收入800.00万元，占80.00%。")
	f.Add("2026年收、支总计各1000.00万元。与上年相比，收、支总计各增加100.00万元，增长11.11%。2026年收、支总计各1000.00万元，" +
		"与上年相比，收、支总计各减少100.00万元，下降9.09%。")
	f.Add("2026年收入预算1000.00万元。收入包括：一般公共预算拨款收入800.00万元，政府性基金预算拨款收入100.00万元，事业收入50.00万元，" +
		"上年结转50.00万元。2026年收入预算1000.00万元，其中：本年收入950.00万元，上年结转50.00万元。")
	// Tables before the 情况说明 (case 195), items named with a bracket
	// in a name (196), shares of the total a source is listed after (205).
	f.Add("2026年一般公共预算“三公”经费支出表\n合计 因公出国（境）费 公务接待费\n18.00 0.00 8.00\n" +
		"2026年收入、支出预算总计1000.00万元，与上年相比收、支总计各增加110.00万元，增长12.36%。")
	f.Add("（1）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）2026年预算数为500.00万元，" +
		"其中：基本支出300.00万元，项目支出200.00万元。")
	f.Add("2026年收入预算1000.00万元，其中：一般公共预算拨款收入800.00万元，占80.00%；事业收入50.00万元，占5.00%；上年结转50.00万元，占5.00%。")
	tables := []*budget.Tables{corpusdata.PutuoSFJ2026().Tables, nationalBudget(), itemBudget()}
	f.Fuzz(func(t *testing.T, text string) {
		n := budget.ReadNarrative(strings.Split(text, "\n"))
		for _, ts := range tables {
			budget.CheckNarrative(n, ts, 2026, budget.CheckOptions{})
		}
		if n.Figures() < len(n.Statements)+len(n.Sources) {
			t.Fatalf("%d figures counted, fewer than the %d statements and sources", n.Figures(), len(n.Statements)+len(n.Sources))
		}
	})
}
