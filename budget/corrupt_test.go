package budget_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func findingKeys(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.String())
	}
	return out
}

// TestCorruptionCaught changes each printed figure of each corpus budget by
// one unit of its last printed digit, one at a time. In tables printed in
// 元 to the fen (exact data) some check must report an error. In tables
// printed in whole 元 or in 万元 a one-unit
// change can lie within rounding, so it must change the findings (a
// within-rounding difference appears or disappears), and a change of a
// hundred units must give an error.
func TestCorruptionCaught(t *testing.T) {
	for name, d := range corpusDocs() {
		t.Run(name, func(t *testing.T) {
			base, _ := d.Tables.Check(budget.CheckOptions{})
			require.False(t, fiscal.HasErrors(base))
			n := 0
			for _, tb := range d.Tables.All() {
				unit := lastDigit(tb)
				exact := fiscal.AmountTolerance(1, tb.Unit, tb.Decimals).IsZero()
				for i := range tb.Rows {
					r := &tb.Rows[i]
					cols := make([]string, 0, len(r.Cells))
					for c := range r.Cells {
						cols = append(cols, c)
					}
					slices.Sort(cols)
					for _, col := range cols {
						orig := r.Cells[col]
						what := fmt.Sprintf("%s %s %s", tb.Title, r.Key(), col)
						for _, mult := range []int64{1, 100} {
							delta, err := unit.MulInt(mult)
							require.NoError(t, err)
							v, err := orig.OrZero().Add(delta)
							require.NoError(t, err)
							r.Cells[col] = fiscal.Present(v)
							fs, _ := d.Tables.Check(budget.CheckOptions{})
							r.Cells[col] = orig
							if exact || mult == 100 {
								assert.True(t, fiscal.HasErrors(fs), "%s +%d: not caught", what, mult)
							} else {
								assert.NotEqual(t, findingKeys(base), findingKeys(fs), "%s +1: not noticed", what)
							}
						}
						n++
					}
				}
			}
			t.Logf("%d printed figures corrupted one at a time", n)
		})
	}
}

// lastDigit is one unit of the last printed digit of the table's figures.
func lastDigit(tb *budget.Table) fiscal.Amount {
	f := tb.Unit.Fen()
	for range tb.Decimals {
		f /= 10
	}
	return fiscal.Fen(max(f, 1))
}
