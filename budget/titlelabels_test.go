package budget_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTitlesWithLabels prints each corpus budget's table titles with a
// label in brackets after them, as other sets number or date their
// tables: "（表3）", "（公开03表）", "(2026年度)". Every table the original
// reads is read, with as many rows, and the errors are the original's.
// (Before, "（表N）" made each title look like a contents entry with its
// page number: the Putuo 部门预算 read 0 of its 9 tables.)
func TestTitlesWithLabels(t *testing.T) {
	labels := []func(k int) string{
		func(k int) string { return fmt.Sprintf("（表%d）", k) },
		func(k int) string { return fmt.Sprintf("（公开%02d表）", k) },
		func(int) string { return "(2026年度)" },
	}
	for _, name := range corpusBudgets {
		data := corpustest.Read(t, name)
		base, err := parse.Parse(data)
		require.NoError(t, err)
		rows := map[string]int{}
		for _, c := range base.Coverage.Tables {
			rows[c.Profile] = c.Rows
		}
		wantErrors := errorRules(base)
		lines := strings.Split(string(data), "\n")
		for li, label := range labels {
			t.Run(fmt.Sprintf("%s/%d", name, li), func(t *testing.T) {
				out := append([]string(nil), lines...)
				for k, c := range base.Coverage.Tables {
					if c.Found && c.Line > 0 {
						out[c.Line-1] = strings.TrimRight(out[c.Line-1], " \r") + label(k+1)
					}
				}
				r, err := parse.Parse([]byte(strings.Join(out, "\n")))
				require.NoError(t, err)
				got := map[string]int{}
				for _, c := range r.Coverage.Tables {
					got[c.Profile] = c.Rows
				}
				assert.Equal(t, rows, got)
				assert.Equal(t, wantErrors, errorRules(r))
			})
		}
	}
}
