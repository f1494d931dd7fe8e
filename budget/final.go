package budget

import (
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
)

// CompareOptions configures [CompareFinal].
type CompareOptions struct {
	// Policy overrides rule severities by rule ID.
	Policy fiscal.Policy
}

// CompareFinal compares the year-N budget b with the year-N 决算 d of the
// same department: the 预算数 of the 决算's "三公" table, and each 年初预算
// figure its narrative prints for a completion rate of a 功能分类 code,
// must equal the published budget. A difference is an error, unless the
// 决算 says that budget was adjusted (调整, 追加, 调减 in its "三公" part, or
// in a sentence about the code) — then it is info. Figures are
// compared allowing for the rounding of the printed one (half a unit of
// its last digit, or the (n+1) rule when both are rounded). A budget of
// another year than the 决算's (the year its tables' titles print) is not
// compared: a budget.final.year warning says so.
func CompareFinal(b *Tables, d *disclosure.Document, opt CompareOptions) []fiscal.Finding {
	if b == nil || d == nil {
		return nil
	}
	if y := yearOfTables(b); y != 0 && d.Year != 0 && y != d.Year {
		return opt.Policy.Apply([]fiscal.Finding{ruleFinalYear.Finding(fiscal.Where{Part: "预算"},
			"the budget is of %d, the 决算 of %d: the 决算's 年初预算 is the budget of its own year; nothing compared", y, d.Year)})
	}
	k := &checker{}
	if tp := b.Get(KindThreePublic); d.ThreePublic != nil && (tp == nil || len(tp.Rows) == 0) {
		f := ruleFinal.Finding(fiscal.Where{Part: "预算", Table: KindThreePublic.Title()},
			"the budget's \"三公\" table was not read: the 决算's \"三公\" 预算数 are not compared with it")
		f.Severity = fiscal.SeverityInfo
		k.out = append(k.out, f)
	}
	if tp := b.Get(KindThreePublic); tp != nil && d.ThreePublic != nil && len(tp.Rows) > 0 {
		row := threePublicRow(tp)
		dt := d.ThreePublic
		fin := &Table{Kind: KindThreePublic, Title: dt.Title, Number: dt.Number, Unit: dt.Unit, Decimals: dt.Decimals}
		if fin.Title == "" {
			fin.Title = "财政拨款“三公”经费支出决算表"
		}
		fr := Row{Label: "预算数", Cells: map[string]fiscal.Cell{
			ColThreePublicTotal: dt.Budget.Total, ColAbroad: dt.Budget.Abroad, ColVehicle: dt.Budget.Vehicles,
			ColVehiclePurchase: dt.Budget.VehiclePurchase, ColVehicleRunning: dt.Budget.VehicleOperation,
			ColReception: dt.Budget.Reception}}
		n0 := len(k.out)
		for _, col := range []string{ColThreePublicTotal, ColAbroad, ColVehicle, ColVehiclePurchase, ColVehicleRunning, ColReception} {
			if fr.Cells[col].IsAbsent() || row.Cell(col).IsAbsent() {
				continue
			}
			k.same(ruleFinal, ref{t: fin, r: &fr, col: col}, ref{t: tp, r: row, col: col})
		}
		// The "三公" table's 预算数 is the year's budget, adjustments
		// included: where the 决算's "三公" part says the budget was
		// adjusted, a difference is no error.
		if adjustedIn(d, func(s disclosure.Statement) bool {
			return strings.Contains(s.Section, "三公") || strings.Contains(s.Text, "三公") || strings.Contains(s.Subject, "三公")
		}) {
			lowerAdjusted(k.out[n0:])
		}
	}
	for _, s := range d.Narrative {
		if s.Kind != disclosure.KindCompletion || s.Over.Printed == nil || !s.Of.Function.Valid() {
			continue
		}
		budgetRow, bt := appropriationByFunction(b, s.Of)
		if bt == nil {
			continue
		}
		printedTable := &Table{Kind: bt.Kind, Title: "决算 情况说明", Unit: fiscal.WanYuan, Decimals: s.Over.Decimals}
		pr := Row{Function: s.Of.Function, Label: s.Subject, Line: s.Line, Cells: map[string]fiscal.Cell{ColTotal: fiscal.Present(*s.Over.Printed)}}
		n0 := len(k.out)
		k.same(ruleFinal, ref{t: printedTable, r: &pr, col: ColTotal}, budgetRow)
		// The item's own sentence (or another about the same code) says
		// its budget was adjusted: its 年初预算 may be the adjusted one.
		if adjustedIn(d, func(o disclosure.Statement) bool { return o.Line == s.Line || o.Of.Function == s.Of.Function }) {
			lowerAdjusted(k.out[n0:])
		}
	}
	out := opt.Policy.Apply(k.out)
	fiscal.SortFindings(out)
	return out
}

// threePublicRow is the row of the budget's "三公" table that holds the
// department's figures: the one with a 合计.
func threePublicRow(t *Table) *Row {
	for i := range t.Rows {
		if !t.Rows[i].Cell(ColThreePublicTotal).IsAbsent() {
			return &t.Rows[i]
		}
	}
	return &t.Rows[0]
}

// appropriationByFunction finds the budget's 财政拨款 figure for a code:
// the 合计 of the code in the 一般公共预算 table (or the 财政拨款支出预算表
// of the 12-table layout).
func appropriationByFunction(b *Tables, of disclosure.Ref) (ref, *Table) {
	for _, k := range []TableKind{KindGeneralFunction, KindAppropriationFunction} {
		if t := b.Get(k); t != nil {
			if r := t.FunctionRow(SideMain, of.Function); r != nil {
				return ref{t: t, r: r, col: ColTotal}, t
			}
		}
	}
	return ref{}, nil
}

// adjustedIn reports whether a statement of the 决算's narrative that
// about selects says the budget was adjusted (预算调整, 调整预算, 追加,
// 调减, 调增).
func adjustedIn(d *disclosure.Document, about func(disclosure.Statement) bool) bool {
	for _, s := range d.Narrative {
		if !about(s) {
			continue
		}
		for _, w := range []string{"调整", "追加", "调减", "调增"} {
			if strings.Contains(s.Text, w) {
				return true
			}
		}
	}
	return false
}

// lowerAdjusted makes the error findings fs info: the 决算 says the
// budget they compare with was adjusted.
func lowerAdjusted(fs []fiscal.Finding) {
	for i := range fs {
		if fs[i].Severity == fiscal.SeverityError {
			fs[i].Severity = fiscal.SeverityInfo
			fs[i].Message += " (the 决算 says the budget was adjusted)"
		}
	}
}
