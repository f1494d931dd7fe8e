package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
)

// TestOneDefectTies: errors whose cells cannot tell which figure is wrong
// stay as they are; errors of one cell that differ by other amounts are
// two defects.
func TestOneDefectTies(t *testing.T) {
	a := fiscal.Where{Table: "收入决算表", Row: "合计", Column: "财政拨款收入", Line: 10}
	b := fiscal.Where{Table: "收入支出决算总表", Row: "收入/一般公共预算财政拨款收入", Column: "决算数", Line: 5}
	c := fiscal.Where{Table: "收入决算表", Row: "合计", Column: "本年收入合计", Line: 10}
	finding := func(rule string, expected, actual, diff string, cells ...fiscal.Where) fiscal.Finding {
		r := fiscal.NewRule(rule, "test", fiscal.ScopeCrossTable, fiscal.SeverityError)
		f := r.Finding(cells[0], "test")
		f.Expected, f.Actual = fiscal.FigureOf(decimal.RequireFromString(expected)), fiscal.FigureOf(decimal.RequireFromString(actual))
		f.Difference, f.Tolerance, f.Unit = fiscal.FigureOf(decimal.RequireFromString(diff)), fiscal.FigureOf(decimal.RequireFromString("0.01")), "万元"
		f.Cells = cells
		return f
	}
	errs := func(fs []fiscal.Finding) int {
		n := 0
		for _, f := range fs {
			if f.Severity == fiscal.SeverityError {
				n++
			}
		}
		return n
	}
	// Two figures compared with each other both ways: a tie.
	tie := []fiscal.Finding{
		finding("acc.cross.x", "100.00", "101.00", "1.00", a, b),
		finding("acc.cross.y", "101.00", "100.00", "-1.00", b, a),
	}
	assert.Equal(t, 2, errs(oneDefect(tie)))
	// One cell off by 1.00 against one check and by 3.00 against another:
	// no single figure satisfies both.
	apart := []fiscal.Finding{
		finding("acc.income.row", "100.00", "101.00", "1.00", a, c),
		finding("acc.cross.z", "98.00", "101.00", "3.00", a, b),
	}
	assert.Equal(t, 2, errs(oneDefect(apart)))
	// One cell off by 1.00 against both: one defect.
	one := []fiscal.Finding{
		finding("acc.income.row", "100.00", "101.00", "1.00", a, c),
		finding("acc.cross.z", "102.00", "101.00", "-1.00", b, a),
	}
	out := oneDefect(one)
	assert.Equal(t, 1, errs(out))
	assert.Equal(t, fiscal.SeverityError, out[0].Severity)
	assert.Contains(t, out[1].Message, "the same defect as acc.income.row")
}
