package parse_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTwoBudgetsInOneFile: a 部门预算 followed in the same file by its
// unit's 单位预算 (each with its cover, 目录, 编制说明 and nine tables) gives
// the errors each gives on its own, no more (the probe's case 120: the
// unit's rows were read into the department's tables, ten false errors),
// in either order; the coverage says where the second report begins.
func TestTwoBudgetsInOneFile(t *testing.T) {
	dept := corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt")
	unit := corpustest.Read(t, "shanghai-putuo-sfj-2026-unit-budget.layout.txt")
	for _, c := range []struct {
		name          string
		first, second []byte
	}{{"department then unit", dept, unit}, {"unit then department", unit, dept}} {
		t.Run(c.name, func(t *testing.T) {
			want := append(errorsOf(t, c.first), errorsOf(t, c.second)...)
			slices.Sort(want)
			both := append(append(bytes.TrimRight(slices.Clone(c.first), "\n"), "\n\f"...), c.second...)
			assert.Equal(t, want, errorsOf(t, both))
			r, err := parse.Parse(both)
			require.NoError(t, err)
			require.Len(t, r.Coverage.Parts, 1)
			// The second report's first line, its title: the line after
			// the first report's last.
			assert.Equal(t, bytes.Count(bytes.TrimRight(c.first, "\n"), []byte("\n"))+2, r.Coverage.Parts[0].Line)
			assert.Equal(t, 9, r.Coverage.Parts[0].Tables)
			assert.Len(t, r.Coverage.Tables, 18)
			assert.Contains(t, r.Summary(), "2 reports (the next from line ")
		})
	}
	// One report alone has no second part.
	r, err := parse.Parse(dept)
	require.NoError(t, err)
	assert.Empty(t, r.Coverage.Parts)
}
