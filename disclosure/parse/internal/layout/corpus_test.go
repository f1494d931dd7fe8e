package layout_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/internal/corpustest"
)

// corpus returns the lines of a corpus file (internal/corpustest:
// $FISCAL_CORPUS, else ../shared/corpus beside the repository). When the
// file is absent the test is skipped, unless $FISCAL_REQUIRE_CORPUS is set.
func corpus(t testing.TB, name string) []text.Line {
	t.Helper()
	return text.Split(corpustest.Read(t, name))
}

// c is a printed 万元 cell.
func c(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }

func fn(s string) classify.Function  { return classify.MustParse[classify.FunctionKind](s) }
func eco(s string) classify.Economic { return classify.MustParse[classify.EconomicKind](s) }
