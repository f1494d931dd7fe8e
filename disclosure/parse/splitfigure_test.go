package parse_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFigureSplitOverLinesPutuo wraps the Putuo 2024 决算's first figure,
// 收入支出总计 2995.39万元 (the 收入支出决算总表's 总计), inside its digits,
// as a page of another width would (the probe's case 187): the pieces
// are one figure, with no error beyond the report's own, in the text as
// given and with its spacing collapsed. Mistyped (2985.39), one
// narr.amount more.
func TestFigureSplitOverLinesPutuo(t *testing.T) {
	const at = "收入支出总计2995.39万元。与2023年度相比，收入\n支出总计"
	orig := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	require.Equal(t, 1, strings.Count(orig, at))
	runs := regexp.MustCompile(` {2,}`)
	for _, style := range []struct {
		name string
		text func(string) string
	}{
		{"given", func(s string) string { return s }},
		{"collapsed", func(s string) string { return runs.ReplaceAllString(s, " ") }},
	} {
		want := errorsOf(t, []byte(style.text(orig)))
		edited := func(figure string) []string {
			with := "收入支出总计" + figure + "万元。与2023年度相比，收入支出总计"
			return errorsOf(t, []byte(style.text(strings.Replace(orig, at, with, 1))))
		}
		for _, split := range []string{"2995.3\n9", "2995\n.39", "29\n95.39", "2\n995.39"} {
			t.Run(style.name+"/"+strings.ReplaceAll(split, "\n", "|"), func(t *testing.T) {
				assert.Equal(t, want, edited(split))
			})
		}
		t.Run(style.name+"/mistyped", func(t *testing.T) {
			wrong := edited("2985.3\n9")
			assert.Len(t, wrong, len(want)+1)
			assert.Contains(t, strings.Join(wrong, "\n"), "narr.amount")
		})
	}
}
