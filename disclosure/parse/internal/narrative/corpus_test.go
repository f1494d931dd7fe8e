package narrative_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// corpusDir is the shared corpus: $FISCAL_CORPUS, else
// ../../../../../shared/corpus from this directory.
func corpusDir() string {
	if d := os.Getenv("FISCAL_CORPUS"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "..", "..", "shared", "corpus")
}

// corpusLines reads a corpus file as lines, or skips the test when it is
// absent (failing instead when FISCAL_REQUIRE_CORPUS is set).
func corpusLines(t *testing.T, name string) []text.Line {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(corpusDir(), name))
	if err != nil {
		if os.Getenv("FISCAL_REQUIRE_CORPUS") != "" {
			t.Fatalf("corpus file %s: %v (FISCAL_REQUIRE_CORPUS is set)", name, err)
		}
		t.Skipf("corpus file %s not available (set FISCAL_CORPUS to the corpus directory): %v", name, err)
	}
	return text.Split(b)
}
