package narrative_test

import (
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/internal/corpustest"
)

// corpusDir is the shared corpus (internal/corpustest): $FISCAL_CORPUS,
// else ../shared/corpus beside the repository.
func corpusDir() string { return corpustest.Dir() }

// corpusLines reads a corpus file as lines, or skips the test when it is
// absent (failing instead when FISCAL_REQUIRE_CORPUS is set).
func corpusLines(t *testing.T, name string) []text.Line {
	t.Helper()
	return text.Split(corpustest.Read(t, name))
}
