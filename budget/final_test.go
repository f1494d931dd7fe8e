package budget_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/budget/internal/corpusdata"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/threepublic"
	"github.com/stretchr/testify/assert"
)

// finalWith is a hand-made 2026 决算 of the Putuo 司法局 whose "三公" 预算数
// are the given figures (万元), and whose narrative states the 年初预算 of
// 2040601 行政运行 as printed.
func finalWith(total, reception string, adminBudget string, note string) *disclosure.Document {
	w := func(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }
	b := fiscal.Wan(adminBudget)
	d := &disclosure.Document{Department: "上海市普陀区司法局", Year: 2026,
		ThreePublic: &threepublic.Table{Unit: fiscal.WanYuan, Decimals: 2, Budget: threepublic.Figures{
			Total: w(total), Abroad: w("0"), Vehicles: w("9.98"), VehiclePurchase: w("0"), VehicleOperation: w("9.98"), Reception: w(reception)}},
		Narrative: []disclosure.Statement{{
			Text: "行政运行（2040601）年初预算为" + adminBudget + "万元" + note, Kind: disclosure.KindCompletion,
			Of:   disclosure.Ref{Function: fnc("2040601")},
			Over: disclosure.Ref{Printed: &b, Decimals: 2},
		}},
	}
	return d
}

// threePublicAdjusted adds to d a sentence of its "三公" part saying the
// budget was raised during the year.
func threePublicAdjusted(d *disclosure.Document) *disclosure.Document {
	d.Narrative = append(d.Narrative, disclosure.Statement{Section: "财政拨款“三公”经费支出决算情况说明",
		Text: "公务接待费支出决算为1.83万元，主要原因是年中追加预算。"})
	return d
}

func TestCompareFinal(t *testing.T) {
	b := corpusdata.PutuoSFJ2026().Tables
	tests := []struct {
		name     string
		d        *disclosure.Document
		errors   int
		findings int
	}{
		// 16,726,725.44 元 = 1672.67 万元 at two decimals; 三公 as budgeted.
		{"matching", finalWith("10.81", "0.83", "1672.67", "。"), 0, 1},
		{"三公 预算数 differs", finalWith("11.81", "1.83", "1672.67", "。"), 2, 3},
		{"年初预算 differs", finalWith("10.81", "0.83", "1700.00", "。"), 1, 1},
		// The adjustment the 行政运行 sentence states is its own: the
		// "三公" differences are still errors.
		{"adjustment of one item", finalWith("11.81", "1.83", "1700.00", "，年中预算调整。"), 2, 3},
		{"adjustments documented where they apply", threePublicAdjusted(finalWith("11.81", "1.83", "1700.00", "，年中预算调整。")), 0, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := budget.CompareFinal(b, tc.d, budget.CompareOptions{})
			assert.Len(t, errorsOf(fs, "budget.final"), tc.errors, "%v", fs)
			assert.Len(t, fs, tc.findings, "%v", fs)
		})
	}
	assert.Empty(t, budget.CompareFinal(nil, finalWith("1", "1", "1", ""), budget.CompareOptions{}))
}
