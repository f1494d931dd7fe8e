package narrative_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/narrative"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/internal/daye2024"
)

const dayeReport = "000_a6b8f70e670f2841.txt"

// dayeNarrative returns the lines of 第三部分, from its heading to before
// 第四部分.
func dayeNarrative(t *testing.T) []text.Line {
	t.Helper()
	lines := corpusLines(t, dayeReport)
	from, to := -1, -1
	for i, l := range lines {
		s := strings.TrimSpace(l.Text)
		switch {
		case from < 0 && strings.HasPrefix(s, "第三部分") && strings.HasSuffix(s, "情况说明"):
			from = i
		case from >= 0 && strings.HasPrefix(s, "第四部分"):
			to = i
		}
		if to >= 0 {
			break
		}
	}
	require.True(t, from >= 0 && to > from, "第三部分 … 第四部分 not found")
	return lines[from:to]
}

// dayeDoc is the typed document without its narrative.
func dayeDoc() *disclosure.Document {
	d := daye2024.Document()
	d.Narrative = nil
	return d
}

// findingKey is what two findings must share to be the same.
func findingKey(f fiscal.Finding) string {
	return fmt.Sprintf("%s %s %d %s %s", f.Rule, f.Severity, f.Where.Line, f.Expected, f.Actual)
}

func checkAll(doc *disclosure.Document, ss []disclosure.Statement) []string {
	var out []string
	for _, s := range ss {
		for _, f := range doc.CheckStatement(s, nil) {
			out = append(out, findingKey(f))
		}
	}
	sort.Strings(out)
	return out
}

// sameStatement compares what the brief asks to match exactly.
func sameStatement(a, b disclosure.Statement) bool {
	return a.Line == b.Line && a.Kind == b.Kind && a.Word == b.Word && a.Figure == b.Figure &&
		reflect.DeepEqual(a.Of, b.Of) && reflect.DeepEqual(a.Over, b.Over)
}

func describe(s disclosure.Statement) string {
	return fmt.Sprintf("%d %s %q %s of=[%s] over=[%s] (%s)", s.Line, s.Kind, s.Figure, s.Word, s.Of, s.Over, s.Subject)
}

func TestDaye(t *testing.T) {
	lines := dayeNarrative(t)
	doc := dayeDoc()
	res := narrative.Extract(lines, doc)
	typed := daye2024.Narrative()

	for _, f := range res.Findings {
		t.Logf("finding: %v", f)
	}
	// Exact matches, each typed statement used once.
	used := make([]bool, len(res.Statements))
	matched := 0
	for _, w := range typed {
		found := false
		for i, g := range res.Statements {
			if !used[i] && sameStatement(g, w) {
				used[i], found = true, true
				assert.Equal(t, w.Section, g.Section, describe(w))
				assert.Equal(t, w.Text, g.Text, describe(w))
				break
			}
		}
		if found {
			matched++
		} else {
			t.Logf("typed, not matched: %s", describe(w))
		}
	}
	for i, g := range res.Statements {
		if !used[i] {
			t.Logf("extracted, not matched: %s", describe(g))
		}
	}
	t.Logf("Daye: %d typed statements, %d extracted, %d match exactly on (Line, Kind, Word, Figure, Of, Over) = %d%%; stats %+v",
		len(typed), len(res.Statements), matched, 100*matched/len(typed), res.Stats)
	assert.GreaterOrEqual(t, 100*matched, 90*len(typed), "match ratio")

	// The checks find the same on both.
	want, got := checkAll(doc, typed), checkAll(doc, res.Statements)
	assert.Equal(t, want, got)
	t.Logf("the checks find %d findings on the typed narrative, %d on the extracted one", len(want), len(got))

	// Sections and texts are those of the typed narrative where lines agree.
	for _, g := range res.Statements {
		assert.NotEmpty(t, g.Section, describe(g))
		assert.NotEmpty(t, g.Text, describe(g))
	}
	assert.Equal(t, res.Stats.Statements, len(res.Statements))
	assert.Equal(t, res.Stats.Unattributed, len(res.Findings))
}

func BenchmarkExtractDaye(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpusDir(), dayeReport))
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	lines := text.Split(data)[1652:2097]
	doc := dayeDoc()
	for b.Loop() {
		narrative.Extract(lines, doc)
	}
}
