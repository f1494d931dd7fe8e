package wordtext_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/wordtext"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/cnfiscal/fiscal/threepublic"
)

// TestDayeReordered moves the nine tables of the Daye report into the
// reverse order: tables are found by title, so each reads the same (but
// for its lines).
func TestDayeReordered(t *testing.T) {
	ls := dayeLines(t)
	want := daye2024.Tables()
	titles := map[string]bool{daye2024.ThreePublic().Title: true}
	for _, tb := range want.All() {
		titles[tb.Title] = true
	}
	var starts []int
	end := -1
	for i, l := range ls {
		if titles[strings.TrimPrefix(l.Text, "\t")] {
			starts = append(starts, i)
		}
		if strings.HasPrefix(l.Text, "第三部分") {
			end = i
			break
		}
	}
	require.Len(t, starts, 9)
	require.Positive(t, end)
	var segs [][]text.Line
	for k, s := range starts {
		e := end
		if k+1 < len(starts) {
			e = starts[k+1]
		}
		segs = append(segs, ls[s:e])
	}
	slices.Reverse(segs)
	var b strings.Builder
	for _, l := range ls[:starts[0]] {
		b.WriteString(l.Text + "\n")
	}
	for _, s := range segs {
		for _, l := range s {
			b.WriteString(l.Text + "\n")
		}
	}
	for _, l := range ls[end:] {
		b.WriteString(l.Text + "\n")
	}
	res := wordtext.Parse(text.Split([]byte(b.String())))
	assert.Empty(t, res.Findings)
	require.NotNil(t, res.Document.Tables)
	for _, k := range accounts.Kinds() {
		got, w := res.Document.Tables.Get(k), want.Get(k)
		require.NotNil(t, got, k)
		assert.Equal(t, noLines(w.Rows), noLines(got.Rows), k)
		got.Rows, w.Rows = nil, nil
		assert.Equal(t, w, got, k)
	}
	tp := res.Document.ThreePublic
	require.NotNil(t, tp)
	tp.Line = 0
	wtp := daye2024.ThreePublic()
	wtp.Line = 0
	assert.Equal(t, wtp, tp)
}

// TestTruncated parses prefixes of the Daye report: none panics, every
// finding names a known rule and a line of the prefix, and what a prefix
// reads is never more than the whole report has.
func TestTruncated(t *testing.T) {
	ls := dayeLines(t)
	// Every 7th prefix up to line 3000 (every 41st with -short), and every
	// prefix around the 公开04 sub-rows and through the "三公" table.
	var prefixes []int
	step := 7
	if testing.Short() {
		step = 41
	}
	for n := 0; n <= min(len(ls), 3000); n += step {
		prefixes = append(prefixes, n)
	}
	for _, r := range [][2]int{{970, 1025}, {1583, 1655}} {
		for n := r[0]; n <= min(r[1], len(ls)); n++ {
			prefixes = append(prefixes, n)
		}
	}
	for _, n := range prefixes {
		res := wordtext.Parse(ls[:n])
		require.NotNil(t, res.Document, "prefix %d", n)
		requireKnownRules(t, res.Findings)
		for _, f := range res.Findings {
			require.LessOrEqual(t, f.Where.Line, n, "prefix %d: %s", n, f)
		}
		assert.LessOrEqual(t, res.Stats.Tables, 9, "prefix %d", n)
		if tp := res.Document.ThreePublic; tp != nil && tp.Line > 0 {
			assert.Equal(t, daye2024.ThreePublic().Budget, tp.Budget, "prefix %d", n)
		}
	}
}

// TestTruncatedRows cuts the report inside 公开02's rows: the rows read
// are the first rows of the table, unchanged, and the cut row is reported.
func TestTruncatedRows(t *testing.T) {
	ls := dayeLines(t)
	want := daye2024.Tables().Income
	// Line 371 is the 5th cell of the 201 row (after 201, name, two figures).
	res := wordtext.Parse(ls[:371])
	got := res.Document.Tables.Income
	require.NotNil(t, got)
	assert.Equal(t, want.Rows[:1], got.Rows)
	assert.Equal(t, []string{"parse.row.width"}, rules(tableFindings(res.Findings)))
	assert.Equal(t, 367, res.Findings[0].Where.Line)
}

// TestRules checks the rules' metadata.
func TestRules(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range wordtext.Rules() {
		assert.True(t, strings.HasPrefix(r.ID, "parse."), r.ID)
		assert.False(t, seen[r.ID], "duplicate %s", r.ID)
		seen[r.ID] = true
		assert.NotEmpty(t, r.Title, r.ID)
		assert.Equal(t, "parse", string(r.Scope), r.ID)
		assert.NotZero(t, r.Severity, r.ID)
	}
}

// TestEmpty parses nothing.
func TestEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "\t\n\t\n", "\ufeff"} {
		res := wordtext.Parse(text.Split([]byte(in)))
		assert.NotNil(t, res.Document)
		assert.Nil(t, res.Document.Tables)
		assert.Equal(t, threepublic.Statistics{}, res.Document.ThreePublicStatistics)
	}
}
