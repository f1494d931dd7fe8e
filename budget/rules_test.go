package budget_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func wan(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }
func fnc(s string) classify.Function {
	return classify.MustParse[classify.FunctionKind](s)
}

func cells(kv ...string) map[string]fiscal.Cell {
	m := map[string]fiscal.Cell{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = wan(kv[i+1])
	}
	return m
}

func errorsOf(fs []fiscal.Finding, rule string) []fiscal.Finding {
	var out []fiscal.Finding
	for _, f := range fs {
		if f.Rule == rule && f.Severity == fiscal.SeverityError {
			out = append(out, f)
		}
	}
	return out
}

func ruleIDs(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

// generalTable is a 一般公共预算 function table in 万元: 204 = 20406 =
// 2040601 + 2040604; 合计 = 204. Figures by hand.
func generalTable(total, basic, project string) *budget.Table {
	return budget.NewTable(budget.KindGeneralFunction, fiscal.WanYuan).Add(
		budget.Row{Function: fnc("204"), Cells: cells("total", "300.00", "basic", "100.00", "project", "200.00")},
		budget.Row{Function: fnc("20406"), Cells: cells("total", "300.00", "basic", "100.00", "project", "200.00")},
		budget.Row{Function: fnc("2040601"), Cells: cells("total", "100.00", "basic", "100.00")},
		budget.Row{Function: fnc("2040604"), Cells: cells("total", "200.00", "project", "200.00")},
		budget.Row{Item: budget.ItemGrandTotal, Cells: cells("total", total, "basic", basic, "project", project)},
	)
}

func TestRules(t *testing.T) {
	summary := func(income, expenditure string) *budget.Table {
		return budget.NewTable(budget.KindSummary, fiscal.WanYuan).Add(
			budget.Row{Side: budget.SideIncome, Item: budget.ItemAppropriation, Cells: cells("income", "300.00")},
			budget.Row{Side: budget.SideIncome, Item: budget.ItemGeneral, Cells: cells("income", "300.00")},
			budget.Row{Side: budget.SideExpenditure, Function: fnc("204"), Cells: cells("expenditure", "300.00")},
			budget.Row{Side: budget.SideIncome, Item: budget.ItemIncomeTotal, Cells: cells("income", income)},
			budget.Row{Side: budget.SideExpenditure, Item: budget.ItemExpenditureTotal, Cells: cells("expenditure", expenditure)},
		)
	}
	three := func(total, vehicle string) *budget.Table {
		return budget.NewTable(budget.KindThreePublic, fiscal.WanYuan).Add(budget.Row{Cells: cells(
			"three-public", total, "abroad", "1.00", "reception", "2.00", "vehicle", vehicle, "vehicle.purchase", "3.00", "vehicle.running", "4.00")})
	}
	basicTable := func(total string) *budget.Table {
		return budget.NewTable(budget.KindGeneralBasic, fiscal.WanYuan).Add(
			budget.Row{Economic: classify.MustParse[classify.EconomicKind]("301"), Cells: cells("total", "100.00", "personnel", "100.00")},
			budget.Row{Economic: classify.MustParse[classify.EconomicKind]("30101"), Cells: cells("total", "60.00", "personnel", "60.00")},
			budget.Row{Economic: classify.MustParse[classify.EconomicKind]("30102"), Cells: cells("total", "40.00", "personnel", "40.00")},
			budget.Row{Item: budget.ItemGrandTotal, Cells: cells("total", total, "personnel", "100.00")},
		)
	}
	tests := []struct {
		name   string
		tables []*budget.Table
		rule   string
		errors int // error findings of rule expected
		ran    bool
	}{
		{"balance holds", []*budget.Table{summary("300.00", "300.00")}, "budget.summary.balance", 0, true},
		{"balance broken", []*budget.Table{summary("300.00", "310.00")}, "budget.summary.balance", 1, true},
		{"balance: no summary table", []*budget.Table{generalTable("300.00", "100.00", "200.00")}, "budget.summary.balance", 0, false},
		{"income sum broken", []*budget.Table{summary("310.00", "310.00")}, "budget.summary.income", 1, true},
		{"hierarchy holds", []*budget.Table{generalTable("300.00", "100.00", "200.00")}, "budget.hierarchy", 0, true},
		{"hierarchy: 合计 ≠ Σ 类", []*budget.Table{generalTable("301.00", "100.00", "201.00")}, "budget.hierarchy", 2, true},
		{"columns: 合计 ≠ 基本 + 项目", []*budget.Table{generalTable("300.00", "100.00", "190.00")}, "budget.columns", 1, true},
		{"three public holds", []*budget.Table{three("10.00", "7.00")}, "budget.threepublic", 0, true},
		{"three public total broken", []*budget.Table{three("11.00", "7.00")}, "budget.threepublic", 1, true},
		{"three public vehicle broken", []*budget.Table{three("11.00", "8.00")}, "budget.threepublic", 1, true},
		{"economic holds", []*budget.Table{basicTable("100.00")}, "budget.economic", 0, true},
		{"economic broken", []*budget.Table{basicTable("90.00")}, "budget.economic", 1, true},
		{"cross basic holds", []*budget.Table{basicTable("100.00"), generalTable("300.00", "100.00", "200.00")}, "budget.cross.basic", 0, true},
		{"cross basic broken", []*budget.Table{basicTable("100.00"), generalTable("310.00", "110.00", "200.00")}, "budget.cross.basic", 1, true},
		{"cross basic: no basic table", []*budget.Table{generalTable("300.00", "100.00", "200.00")}, "budget.cross.basic", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := &budget.Tables{}
			for _, tb := range tc.tables {
				ts.Set(tb)
			}
			fs, skipped := ts.Check(budget.CheckOptions{})
			assert.Len(t, errorsOf(fs, tc.rule), tc.errors, "%v", fs)
			wasSkipped := false
			for _, s := range skipped {
				if s.Rule == tc.rule {
					wasSkipped = true
				}
			}
			if !tc.ran {
				// Not applicable: no finding of the rule, and either listed as
				// skipped or (in-table rules) simply no table to run on.
				assert.NotContains(t, ruleIDs(fs), tc.rule)
			} else {
				assert.False(t, wasSkipped && tc.errors > 0)
			}
		})
	}
}

// TestRoundingIsInfo: in 万元 a 合计 off by 0.01 from 基本 + 项目 is within
// (2+1) × 0.005 and reported as info with within_rounding.
func TestRoundingIsInfo(t *testing.T) {
	ts := (&budget.Tables{}).Set(generalTable("300.00", "100.00", "199.99"))
	fs, _ := ts.Check(budget.CheckOptions{})
	require.NotEmpty(t, fs)
	for _, f := range fs {
		assert.Equal(t, fiscal.SeverityInfo, f.Severity, f.String())
		assert.True(t, f.WithinRounding, f.String())
	}
}

// TestAmbiguousRowRaisesNoError: a row the reader marked ambiguous never
// raises an error.
func TestAmbiguousRowRaisesNoError(t *testing.T) {
	tb := generalTable("300.00", "100.00", "150.00")
	tb.Rows[4].Ambiguous = true
	fs, _ := (&budget.Tables{}).Set(tb).Check(budget.CheckOptions{})
	assert.NotEmpty(t, fs)
	assert.False(t, fiscal.HasErrors(fs))
}

// TestSkippedListsAbsentTables: with only the summary table the cross-table
// checks are listed as skipped, naming the table not found.
func TestSkippedListsAbsentTables(t *testing.T) {
	ts := (&budget.Tables{}).Set(generalTable("300.00", "100.00", "200.00"))
	_, skipped := ts.Check(budget.CheckOptions{})
	var rules []string
	for _, s := range skipped {
		rules = append(rules, s.Rule)
		assert.Contains(t, s.Reason, "not found")
	}
	assert.Contains(t, rules, "budget.cross.income")
	assert.Contains(t, rules, "budget.cross.basic")
}

func TestRulesListed(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range budget.Rules() {
		assert.Regexp(t, `^budget\.`, r.ID)
		assert.False(t, seen[r.ID], r.ID)
		seen[r.ID] = true
	}
}
