package parse_test

import (
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
			r := readJoined(t, c.first, c.second)
			assert.Equal(t, 9, r.Coverage.Parts[0].Tables)
			assert.Len(t, r.Coverage.Tables, 18)
		})
	}
	// One report alone has no second part.
	r, err := parse.Parse(dept)
	require.NoError(t, err)
	assert.Empty(t, r.Coverage.Parts)
}
