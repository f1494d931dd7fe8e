package dayedata_test

import (
	"os"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/internal/dayedata"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusFile returns the path of the Daye report's text export
// (internal/corpustest), or skips the test when it is absent (and fails
// when FISCAL_REQUIRE_CORPUS is set, as in CI).
func corpusFile(t *testing.T) string {
	t.Helper()
	return corpustest.Path(t, "000_a6b8f70e670f2841.txt")
}

// block is the cells of the table row that begins at a line: each cell a
// line beginning with a tab, lines without one continuing the cell, up to
// the next blank line. Cells are trimmed of blanks and the full-width
// space, as the transcription is.
func block(lines []string, start int) []string {
	var cells []string
	for i := start - 1; i < len(lines); i++ {
		l := lines[i]
		if strings.Trim(l, " \u3000") == "" && !strings.HasPrefix(l, "\t") {
			break
		}
		switch {
		case strings.HasPrefix(l, "\t"):
			cells = append(cells, l[1:])
		case len(cells) > 0:
			cells[len(cells)-1] += "\n" + l
		}
	}
	for i, c := range cells {
		cells[i] = strings.Trim(c, " \t\u3000\u00a0")
	}
	return cells
}

// TestFormsAgainstCorpus reads every transcribed row back from the report:
// the cells at each row's line must be exactly the row's texts.
func TestFormsAgainstCorpus(t *testing.T) {
	b, err := os.ReadFile(corpusFile(t))
	require.NoError(t, err)
	lines := strings.Split(string(b), "\n")
	d, ps := dayedata.Forms()

	assert.Equal(t, d.Heading, lines[d.Line-1])
	for _, s := range []string{d.Title, d.Unit, d.Filed, d.MoneyUnit, d.BasicSpending.Text, d.ProjectSpending.Text, d.Goals, d.Deviation, d.Improvement} {
		assert.Contains(t, string(b), s)
	}
	for _, r := range d.Rows {
		got := block(lines, r.Line)
		require.Len(t, got, 7, "line %d", r.Line)
		assert.Equal(t, []string{r.Level1, r.Level2, r.Name, r.Class, r.Target, r.Actual}, got[1:], "line %d", r.Line)
	}
	for _, f := range ps {
		assert.Equal(t, f.Heading, lines[f.Line-1])
		for _, r := range f.Rows {
			got := block(lines, r.Line)
			want := []string{r.Level1, r.Level2, r.Name, r.Target, r.Actual}
			if r.Merged {
				want = want[:4]
			}
			require.Len(t, got, len(want)+1, "%s line %d", f.Heading, r.Line)
			assert.Equal(t, want, got[1:], "%s line %d", f.Heading, r.Line)
		}
		text := string(b)
		for _, s := range []string{f.Title, f.Project, f.Department, f.Implementer, f.Deviation, f.Improvement, f.Filed} {
			assert.Contains(t, text, s, f.Heading)
		}
		found := false
		for i := f.Line; i < f.Line+60 && i < len(lines); i++ {
			if c := block(lines, i); len(c) == 5 && c[1] == "年度财政\n资金总额" {
				assert.Equal(t, []string{f.Budget.Text, f.Spent.Text, f.Rate}, c[2:], f.Heading)
				found = true
				break
			}
		}
		assert.True(t, found, "%s: 预算执行情况 row not found", f.Heading)
		ticks := map[string][]string{"项目类别": f.Category, "项目属性": f.Attribute, "项目类型": f.Type}
		seen := 0
		for i := f.Line; i < f.Line+60 && i < len(lines); i++ {
			c := block(lines, i)
			if want, ok := ticks[firstOf(c)]; ok && strings.HasPrefix(lines[i-1], "\t") && (i == 1 || strings.TrimSpace(lines[i-2]) == "") {
				var opts []string
				for _, o := range c[1:] {
					if o != "" {
						opts = append(opts, o)
					}
				}
				assert.Equal(t, want, opts, "%s %s", f.Heading, c[0])
				seen++
			}
		}
		assert.Equal(t, 3, seen, f.Heading)
	}
	// 公开03 合计 row, 项目支出 column.
	assert.Equal(t, "\t"+dayedata.PublishedProjectSpending().Text, lines[548-1])
}

func TestForms(t *testing.T) {
	d, ps := dayedata.Forms()
	assert.Equal(t, "2024年度市政数局部门整体绩效自评表", d.Title)
	assert.Len(t, d.Rows, 36)
	assert.Equal(t, int64(1281_330000), d.BasicSpending.Amount.Fen())   // 1281.33 万元
	assert.Equal(t, int64(5295_690000), d.ProjectSpending.Amount.Fen()) // 5295.69 万元
	require.Len(t, ps, 33)
	assert.True(t, strings.HasPrefix(ps[0].Heading, "二、"))
	assert.True(t, strings.HasPrefix(ps[32].Heading, "三十四、"))
	rows, merged := 0, 0
	for _, f := range ps {
		rows += len(f.Rows)
		for _, r := range f.Rows {
			if r.Merged {
				merged++
			}
			assert.Empty(t, r.Class, "project forms have no 指标分类")
			assert.Empty(t, r.Points, "the Daye forms print no 分值")
			assert.Empty(t, r.Score, "nor 得分")
		}
		assert.NotZero(t, f.Budget.Amount, f.Heading)
	}
	assert.Equal(t, 4, merged)
	// Rows per form, counted on the report: 8 7 8 13 20 6 9 8 11 8 8 7 13 10
	// 9 8 15 11 9 9 7 6 6 6 7 11 8 8 7 7 7 9 11, which add up to 297.
	assert.Equal(t, 297, rows)
	// Fresh values on every call.
	_, again := dayedata.Forms()
	again[0].Rows[0].Actual = "changed"
	_, third := dayedata.Forms()
	assert.Equal(t, "16.06万元", third[0].Rows[0].Actual)
	assert.Equal(t, int64(5295_700000), dayedata.PublishedProjectSpending().Amount.Fen()) // 5,295.70 万元
	assert.Equal(t, []string{"部门预算项目"}, perf.Ticked(ps[0].Category))
}

func firstOf(c []string) string {
	if len(c) == 0 {
		return ""
	}
	return c[0]
}
