package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
)

var blanks = regexp.MustCompile(`[ \t\x{3000}]+`)

// collapsed gives one space between cells and drops the empty ones, as
// pdfplumber and text copied from a viewer do (the lines stay where they
// are).
func collapsed(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		b.WriteString(strings.TrimSpace(blanks.ReplaceAllString(l, " ")))
		b.WriteByte('\n')
	}
	return b.String()
}

// withCover puts a cover page before the report (a title, the date, empty
// lines and a form feed, as a PDF's first page extracts): the same report,
// every line of it moved down.
func withCover(s string) string {
	return "部门决算公开\n\n\n\n二〇二五年\n\n\f" + s
}

// TestTruthsOtherRenderings scores other extractions of each corpus
// report against its truth set, whose lines are those of the original:
// the text collapsed (lines kept), and the original and collapsed texts
// with a cover page (every line moved). The renderings with a cover page must
// score as their single-spaced originals do — the scorer finds a defect
// by its rule, figures and words wherever its line went. How well the
// collapsed text itself is read is logged, not required: the reader may
// not read every form from it.
func TestTruthsOtherRenderings(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "truths", "*.json"))
	require.NoError(t, err)
	for _, p := range paths {
		tr, err := readTruths(p)
		require.NoError(t, err)
		t.Run(tr.Report, func(t *testing.T) {
			data := corpustest.Read(t, tr.Report)
			scoreOf := func(text string) score {
				r, err := parse.Parse([]byte(text))
				require.NoError(t, err)
				return scoreFindings(tr, lintFindings(r))
			}
			for _, v := range []struct {
				name string
				text string
			}{{"original", string(data)}, {"collapsed", collapsed(string(data))}} {
				single := scoreOf(v.text)
				double := scoreOf(withCover(v.text))
				t.Logf("%s %s: precision %s (%d of %d), recall %s (%d of %d); with a cover page: precision %s (%d of %d), recall %s (%d of %d)",
					tr.Report, v.name, percent(single.Precision()), single.True, single.Scored, percent(single.Recall()), single.Found, single.Defects,
					percent(double.Precision()), double.True, double.Scored, percent(double.Recall()), double.Found, double.Defects)
				for _, e := range double.Missed {
					t.Logf("  %s with a cover page missed %s line %d %s", v.name, e.Rule, e.Line, e.Text)
				}
				for _, e := range single.Missed {
					t.Logf("  %s missed %s line %d %s", v.name, e.Rule, e.Line, e.Note)
				}
				for _, f := range single.False {
					t.Logf("  %s false %s", v.name, f)
				}
				assert.Equal(t, single.Scored, double.Scored, "%s: the same findings, wherever the lines went", v.name)
				assert.Equal(t, single.True, double.True, "%s with a cover page: true findings", v.name)
				assert.Equal(t, single.Found, double.Found, "%s with a cover page: defects found", v.name)
				assert.Equal(t, len(single.Negatives), len(double.Negatives), "%s with a cover page: must-not-flag findings", v.name)
			}
		})
	}
}
