package narrative_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/narrative"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// TestGeneratedNarrative writes a narrative with disclosure's generator
// (its own wording, one paragraph per section) and reads it back: every
// generated statement is read with the same kind, figure and refs.
func TestGeneratedNarrative(t *testing.T) {
	for name, doc := range map[string]*disclosure.Document{"daye": dayeDoc(), "putuo": shanghaiDoc()} {
		t.Run(name, func(t *testing.T) {
			gen := doc.GenerateNarrative(disclosure.GenerateOptions{})
			require.NotEmpty(t, gen)
			var b strings.Builder
			require.NoError(t, disclosure.RenderNarrative(&b, gen))
			res := narrative.Extract(text.Split([]byte(b.String())), doc)
			assert.Empty(t, res.Findings)
			used := make([]bool, len(res.Statements))
			for _, g := range gen {
				found := false
				for i, s := range res.Statements {
					if !used[i] && s.Kind == g.Kind && s.Figure == g.Figure && reflect.DeepEqual(s.Of, g.Of) && reflect.DeepEqual(s.Over, g.Over) {
						used[i], found = true, true
						break
					}
				}
				assert.True(t, found, "generated %s %q not read back", brief(g), g.Text)
			}
			// What the generator's sentences say besides (全年预算数 in a
			// "三公" sentence) checks clean too.
			for _, s := range res.Statements {
				for _, f := range doc.CheckStatement(s, nil) {
					t.Errorf("%s: %v", brief(s), f)
				}
			}
		})
	}
}
