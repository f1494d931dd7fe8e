package parse_test

import (
	"bytes"
	"regexp"
	"slices"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTwoFinalAccountsInOneFile: two 决算 in one file (a 部门决算 and its
// units' 单位决算, or two downloads joined) give the errors each gives on
// its own, no more (the probe's case 144: the second report's rows were
// read into the first's tables, 40–55 false errors). The second report
// may keep its 目录 or begin at its cover and 第一部分 without one; the
// text may keep its columns or have its spacing collapsed, or be a word
// processor's export.
func TestTwoFinalAccountsInOneFile(t *testing.T) {
	putuo := corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt")
	daye := corpustest.Read(t, "000_a6b8f70e670f2841.txt")
	lines := bytes.SplitAfter(putuo, []byte("\n"))
	// The same report without its 目录: its cover (two lines), then its
	// body from the second 第一部分 on.
	var firstParts []int // the 目录's entry, then the body's heading
	for i, l := range lines {
		if bytes.Contains(l, []byte("第一部分")) {
			firstParts = append(firstParts, i)
		}
	}
	require.Len(t, firstParts, 2)
	body := firstParts[1]
	require.Greater(t, body, 20, "the body's 第一部分 heading")
	noContents := slices.Concat(lines[:2], lines[body:])
	collapse := regexp.MustCompile(` {2,}`)
	for _, c := range []struct {
		name          string
		first, second []byte
	}{
		{"with its 目录", putuo, putuo},
		{"without its 目录", putuo, bytes.Join(noContents, nil)},
		{"spacing collapsed", collapse.ReplaceAll(putuo, []byte(" ")), collapse.ReplaceAll(putuo, []byte(" "))},
		{"a word processor's text export", daye, daye},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := readJoined(t, c.first, c.second)
			alone, err := parse.Parse(c.second)
			require.NoError(t, err)
			assert.Equal(t, alone.Stats.Tables, r.Coverage.Parts[0].Tables)
			assert.GreaterOrEqual(t, alone.Stats.Tables, 7)
		})
	}
	// No single corpus report is split: the body's 第一部分 after the
	// 目录's has no tables before it.
	for _, name := range []string{"shanghai-putuo-czj-2024.layout.txt", "shanghai-template-2024.layout.txt", "000_a6b8f70e670f2841.txt"} {
		r, err := parse.Parse(corpustest.Read(t, name))
		require.NoError(t, err)
		assert.Empty(t, r.Coverage.Parts, name)
	}
}

// readJoined reads two reports joined in one file, a page break between
// them: the errors are those each gives alone (and some), and the result
// says the second begins on the line after the first's last.
func readJoined(t *testing.T, first, second []byte) *parse.Result {
	t.Helper()
	want := append(errorsOf(t, first), errorsOf(t, second)...)
	slices.Sort(want)
	require.NotEmpty(t, want)
	both := append(append(bytes.TrimRight(slices.Clone(first), "\n"), "\n\f"...), second...)
	assert.Equal(t, want, errorsOf(t, both))
	r, err := parse.Parse(both)
	require.NoError(t, err)
	require.Len(t, r.Coverage.Parts, 1)
	// The second report's first line, its cover's title.
	assert.Equal(t, bytes.Count(bytes.TrimRight(first, "\n"), []byte("\n"))+2, r.Coverage.Parts[0].Line)
	assert.Contains(t, r.Summary(), "2 reports (the next from line ")
	return r
}
