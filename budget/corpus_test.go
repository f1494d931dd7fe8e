package budget_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/budget/internal/corpusdata"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func corpusDocs() map[string]*budget.Document {
	return map[string]*budget.Document{
		"putuo-sfj-2026": corpusdata.PutuoSFJ2026(),
		"czj-2025":       corpusdata.CZJ2025(),
		"jiangsu-2019":   corpusdata.JiangsuGaoyuan2019(),
	}
}

// TestCorpusPasses: every hand-transcribed corpus budget passes every
// check with no error finding.
func TestCorpusPasses(t *testing.T) {
	for name, d := range corpusDocs() {
		t.Run(name, func(t *testing.T) {
			fs, skipped := d.Tables.Check(budget.CheckOptions{})
			for _, f := range fs {
				t.Log(f)
			}
			for _, s := range skipped {
				t.Log("skipped", s)
			}
			assert.False(t, fiscal.HasErrors(fs))
		})
	}
	require.True(t, true)
}
