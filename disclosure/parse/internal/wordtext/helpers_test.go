package wordtext_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/wordtext"
)

// build writes a word-processor export: an argument "|a|b|c" is a table
// row (each cell a line starting with a tab) followed by a blank line;
// any other argument is a line as given.
func build(spec ...string) []text.Line {
	var b strings.Builder
	for _, s := range spec {
		if rest, ok := strings.CutPrefix(s, "|"); ok {
			for _, c := range strings.Split(rest, "|") {
				b.WriteString("\t" + c + "\n")
			}
			b.WriteString("\n")
			continue
		}
		b.WriteString(s + "\n")
	}
	return text.Split([]byte(b.String()))
}

// head is the start of a report whose tables follow.
var head = []string{"第二部分：测试局2024年度部门决算报表", ""}

// report returns head followed by spec.
func report(spec ...string) []text.Line {
	return build(append(append([]string{}, head...), spec...)...)
}

// lineOf returns the number of the last line whose text is s (a cell's
// text without its tab, or a line).
func lineOf(t *testing.T, ls []text.Line, s string) int {
	t.Helper()
	for i := len(ls) - 1; i >= 0; i-- {
		if strings.TrimPrefix(ls[i].Text, "\t") == s {
			return ls[i].N
		}
	}
	t.Fatalf("no line %q", s)
	return 0
}

// rules returns the rule IDs of findings.
func rules(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

// requireKnownRules checks that every finding names a rule of Rules, in
// scope parse, with a line.
func requireKnownRules(t *testing.T, fs []fiscal.Finding) {
	t.Helper()
	known := map[string]bool{}
	for _, r := range wordtext.Rules() {
		known[r.ID] = true
	}
	for _, f := range fs {
		require.True(t, known[f.Rule], "finding of unknown rule %s", f)
		assert.Positive(t, f.Where.Line, "finding without a line: %s", f)
	}
}

func wan(s string) fiscal.Cell       { return fiscal.MustParseCell(s, fiscal.WanYuan) }
func fn(s string) classify.Function  { return classify.MustParse[classify.FunctionKind](s) }
func eco(s string) classify.Economic { return classify.MustParse[classify.EconomicKind](s) }
func cells(kv ...any) accounts.Cells { return cellsOf(kv...) }
func cellsOf(kv ...any) (c accounts.Cells) {
	for i := 0; i+1 < len(kv); i += 2 {
		c[kv[i].(accounts.Column)] = wan(kv[i+1].(string))
	}
	return c
}
