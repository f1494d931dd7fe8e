package forms_test

import (
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/forms"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/internal/dayedata"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dayeFile is the text export of the Daye 2024 report.
const dayeFile = "000_a6b8f70e670f2841.txt"

// corpusLines reads a corpus file (internal/corpustest) into lines, or
// skips the test when the corpus is absent (and fails when
// FISCAL_REQUIRE_CORPUS is set).
func corpusLines(t testing.TB, name string) []text.Line {
	t.Helper()
	return text.Split(corpustest.Read(t, name))
}

// fromHeading returns the lines from the first one that is exactly h on.
func fromHeading(t testing.TB, lines []text.Line, h string) []text.Line {
	t.Helper()
	for i, l := range lines {
		if text.Trim(l.Text) == h {
			return lines[i:]
		}
	}
	t.Fatalf("heading %q not found", h)
	return nil
}

// TestDaye holds the parse of the Daye report against the hand-checked
// values of package dayedata, form by form and field by field, both on the
// whole report and on its 第六部分 附件.
func TestDaye(t *testing.T) {
	all := corpusLines(t, dayeFile)
	for _, tc := range []struct {
		name  string
		lines []text.Line
	}{
		{"whole report", all},
		{"附件", fromHeading(t, all, "第六部分  附件")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := forms.Parse(tc.lines)
			wantDept, wantProjects := dayedata.Forms()
			require.NotNil(t, got.Department)
			assert.Equal(t, wantDept, *got.Department, "department form")
			assert.Len(t, got.Projects, len(wantProjects))
			for i := range min(len(got.Projects), len(wantProjects)) {
				assert.Equal(t, wantProjects[i], got.Projects[i], "form %d %s", i+2, wantProjects[i].Heading)
			}
			assert.Empty(t, got.Findings)
			for _, f := range got.Findings {
				t.Log(f)
			}
			rows := len(wantDept.Rows)
			for _, p := range wantProjects {
				rows += len(p.Rows)
			}
			assert.Equal(t, 34, got.Stats.Forms)
			assert.Equal(t, rows, got.Stats.Rows)
			assert.Zero(t, got.Stats.Unread)
			t.Logf("stats: %+v", got.Stats)
		})
	}
}

// BenchmarkParseDaye parses the whole Daye report.
func BenchmarkParseDaye(b *testing.B) {
	lines := corpusLines(b, dayeFile)
	for b.Loop() {
		forms.Parse(lines)
	}
}
