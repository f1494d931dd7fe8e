package layout_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// corpus returns the lines of a corpus file: from $FISCAL_CORPUS, or
// ../../../../../shared/corpus relative to this package. When the file is
// absent the test is skipped, unless $FISCAL_REQUIRE_CORPUS is set.
func corpus(t testing.TB, name string) []text.Line {
	t.Helper()
	dir := os.Getenv("FISCAL_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "..", "shared", "corpus")
	}
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		if os.Getenv("FISCAL_REQUIRE_CORPUS") != "" {
			t.Fatalf("corpus file %s is required (FISCAL_REQUIRE_CORPUS is set): %v", name, err)
		}
		t.Skipf("corpus file %s not found (set FISCAL_CORPUS to its directory): %v", name, err)
	}
	return text.Split(data)
}

// c is a printed 万元 cell.
func c(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }

func fn(s string) classify.Function  { return classify.MustParse[classify.FunctionKind](s) }
func eco(s string) classify.Economic { return classify.MustParse[classify.EconomicKind](s) }
