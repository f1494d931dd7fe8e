package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/internal/corpustest"
)

// The made-up 决算's three planted differences from the published budget
// are found, and nothing else is an error: 2040604's 年初预算 with two
// digits swapped (2107.39 for 2170.39), and the "三公" 公务接待费 预算数 1.83
// for 0.83, which makes its 合计 11.81 for 10.81.
func TestRun(t *testing.T) {
	corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt") // skips (or fails under FISCAL_REQUIRE_CORPUS) without the corpus
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(&out, &errOut), errOut.String())
	var errs []string
	for _, l := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(l, "error ") {
			errs = append(errs, l)
		}
	}
	require.Len(t, errs, 3, out.String())
	assert.Contains(t, errs[0], "2040604")
	assert.Contains(t, errs[0], "printed 2107.39")
	assert.Contains(t, errs[1], "expected 10.81, printed 11.81")
	assert.Contains(t, errs[2], "expected 0.83, printed 1.83")
}
