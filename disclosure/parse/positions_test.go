package parse_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// errorsOf parses a report and identifies its error findings (errorKeys).
func errorsOf(t *testing.T, data []byte) []string {
	t.Helper()
	r, err := parse.Parse(data)
	require.NoError(t, err)
	return errorKeys(r.Check(disclosure.CheckOptions{}))
}

// TestBudgetsAsTabbedText: a budget's text with every run of spaces turned
// into one tab (a table copied as text) keeps no column positions: a row
// whose blank cell was lost with its spaces is not placed by where its
// figures stand. Every error found is one the original text gives.
func TestBudgetsAsTabbedText(t *testing.T) {
	runs := regexp.MustCompile(` {2,}`)
	for _, name := range []string{"shanghai-czj-2025-unit-budget.layout.txt", "jiangsu-gaoyuan-2019-budget.layout.txt",
		"shanghai-putuo-sfj-2026-budget.layout.txt", "shanghai-putuo-sfj-2026-unit-budget.layout.txt"} {
		t.Run(name, func(t *testing.T) {
			data := corpustest.Read(t, name)
			want := errorsOf(t, data)
			got := errorsOf(t, runs.ReplaceAll(data, []byte("\t")))
			for _, k := range got {
				assert.Contains(t, want, k, "an error the original does not give")
			}
		})
	}
}

// TestHeadersSetRight: a correct synthetic 部门预算 (made by a script that
// knows nothing of the reader: figures consistent by construction, zero
// cells printed blank, each header set right over its column, pdftotext's
// one space per character) gives no error. Its rows each leave a cell
// blank, so the identities settle none of them on their own; the headers'
// middles stand to the left of the figures', and were once taken to place
// them (8 false errors).
func TestHeadersSetRight(t *testing.T) {
	data, err := os.ReadFile("testdata/synthetic-budget-headers-set-right.layout.txt")
	require.NoError(t, err)
	assert.Empty(t, errorsOf(t, data))
}
