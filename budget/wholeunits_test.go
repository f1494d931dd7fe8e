package budget_test

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWholeWanYuanBudgets prints the tables of every corpus budget again
// in whole 万元, as county budgets print them: each figure rounded half up
// on its own (so that a total no longer equals the sum of its rounded
// parts), right-aligned where it stood, tables in 元 relabelled 单位：万元;
// the 编制说明 keeps its figures to two decimals. Every table must still
// be read, each figure as the original's rounded, and no error finding may
// appear that the original does not give: a sum off by its parts' rounding
// is no error, nor is a narrative figure to the 0.01 万元 against a table's
// whole 万元. (Whole figures such as 228 stand where codes stand in other
// rows: they must not be taken for the start of a second block of rows.)
func TestWholeWanYuanBudgets(t *testing.T) {
	for _, name := range corpusBudgets {
		t.Run(name, func(t *testing.T) {
			data := corpustest.Read(t, name)
			base, err := parse.Parse(data)
			require.NoError(t, err)
			unitAt := map[int]fiscal.Unit{} // by title line
			for _, bt := range base.Budget.All() {
				unitAt[bt.Line] = bt.Unit
			}
			lines := strings.Split(strings.ReplaceAll(string(data), "单位：元", "单位：万元"), "\n")
			for _, rg := range tableRegions(base, lines) {
				u, ok := unitAt[rg[0]-1]
				require.True(t, ok, "no table read at line %d", rg[0]-1)
				for n := rg[0]; n < rg[1] && n <= len(lines); n++ {
					lines[n-1] = wholeWanYuan(t, lines[n-1], u)
				}
			}
			r, err := parse.Parse([]byte(strings.Join(lines, "\n")))
			require.NoError(t, err)
			assert.Equal(t, base.Stats.Tables, r.Stats.Tables, "tables read")
			assert.Equal(t, base.Stats.Rows, r.Stats.Rows, "rows read")
			read, ambiguous := 0, map[string]bool{}
			for _, bt := range base.Budget.All() {
				rt := r.Budget.Get(bt.Kind)
				if !assert.NotNil(t, rt, "%s not read", bt.Title) {
					continue
				}
				assert.Equal(t, fiscal.WanYuan, rt.Unit, bt.Title)
				want, got := roundedCells(bt), roundedCells(rt)
				if slices.ContainsFunc(slices.Collect(maps.Values(want)), func(c rounded) bool { return c.whole != 0 }) {
					// A table printing whole 万元 other than 0 says so.
					assert.Equal(t, 0, rt.Decimals, bt.Title)
				}
				for k, w := range want {
					g, ok := got[k]
					switch {
					case w.ambiguous:
						// The original's placement is not certain.
					case ok && g.ambiguous:
						// Rounding may leave two placements that fit
						// where the fen told them apart: said, not an
						// error.
						ambiguous[bt.Title+" "+k] = true
					case assert.True(t, ok, "%s: %s not read", bt.Title, k):
						assert.Equal(t, w.whole, g.whole, "%s: %s", bt.Title, k)
						read++
					}
				}
			}
			assert.Greater(t, read, 100, "figures compared")
			assert.LessOrEqual(t, len(ambiguous), 4, "figures read ambiguously only once rounded: %v", slices.Sorted(maps.Keys(ambiguous)))
			baseErrs := map[string]bool{}
			for _, f := range base.Check(disclosure.CheckOptions{}) {
				if f.Severity == fiscal.SeverityError {
					baseErrs[f.Rule+"|"+f.Where.Row] = true
				}
			}
			for _, f := range r.Check(disclosure.CheckOptions{}) {
				if f.Severity == fiscal.SeverityError && !baseErrs[f.Rule+"|"+f.Where.Row] {
					t.Errorf("new error: %s", f)
				}
			}
		})
	}
}

// wholeWanYuan rewrites each printed figure of a table line to whole 万元,
// ending where it ended.
func wholeWanYuan(t *testing.T, l string, u fiscal.Unit) string {
	ms := printedFigure.FindAllStringIndex(l, -1)
	for i := len(ms) - 1; i >= 0; i-- {
		from, to := ms[i][0], ms[i][1]
		a, err := fiscal.ParseAmount(l[from:to], u)
		require.NoError(t, err, l[from:to])
		w, err := a.Round(fiscal.WanYuan, 0)
		require.NoError(t, err)
		s := fmt.Sprint(w.Fen() / 1_000_000)
		if pad := to - from - len(s); pad > 0 {
			s = strings.Repeat(" ", pad) + s
		}
		l = l[:from] + s + l[to:]
	}
	return l
}

// rounded is a figure rounded half up to whole 万元, and whether its row
// was read ambiguously.
type rounded struct {
	whole     int64
	ambiguous bool
}

// roundedCells returns a table's figures by row and column, each rounded
// half up to whole 万元.
func roundedCells(tb *budget.Table) map[string]rounded {
	out := map[string]rounded{}
	for i, r := range tb.Rows {
		key := r.Label
		if r.Item != 0 {
			key = fmt.Sprint("item ", int(r.Item))
		}
		if r.Function.Valid() {
			key = r.Function.String()
		} else if r.Economic.Valid() {
			key = r.Economic.String()
		}
		for col, c := range r.Cells {
			a, ok := c.Amount()
			if !ok {
				continue
			}
			w, err := a.Round(fiscal.WanYuan, 0)
			if err != nil {
				continue
			}
			out[fmt.Sprintf("%d %s %s/%s", i, r.Side, key, col)] = rounded{w.Fen() / 1_000_000, r.Ambiguous}
		}
	}
	return out
}
