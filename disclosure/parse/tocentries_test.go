package parse_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContentsOfTablesOnlyPutuo gives the Putuo 2024 决算, its 概况
// shortened to two lines, a 目录 that lists its nine tables with their
// page numbers and no part (the probe's case 198): the body's "第一部分 …"
// was taken for the contents' own, the whole report became contents, and
// no 情况说明 was read (every narrative check silent). The report reads as
// with its own contents: the same narrative figures and the same errors,
// with leaders of dots, with spaces before the page numbers, and with the
// spacing collapsed.
func TestContentsOfTablesOnlyPutuo(t *testing.T) {
	orig := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	start := strings.Index(orig, "目 录")
	require.Positive(t, start)
	first := strings.Index(orig, "第一部分")
	second := first + 1 + strings.Index(orig[first+1:], "第一部分") // the body's
	require.Greater(t, second, first+1)
	body := strings.LastIndex(orig[:second], "\n") + 1
	// A 概况 of two lines, as short ones are: the parts then stand too
	// close for their distance to tell the body from the contents.
	overview := strings.Index(orig[second:], "\n") + second + 1
	tables := strings.Index(orig[overview:], "第二部分") + overview
	tables = strings.LastIndex(orig[:tables], "\n") + 1
	orig = orig[:overview] + "一、主要职能\n  负责全区财政工作。\n" + orig[tables:]
	titles := []string{"收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
		"一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表",
		"政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表"}
	contents := func(leader string) string {
		var b strings.Builder
		b.WriteString("目  录\n")
		for i, title := range titles {
			b.WriteString(title + leader + strconv.Itoa(3+i) + "\n")
		}
		return b.String() + "\n"
	}
	read := func(text string) (int, []string) {
		r, err := parse.Parse([]byte(text))
		require.NoError(t, err)
		return r.Stats.Narrative, errorKeys(r.Check(disclosure.CheckOptions{}))
	}
	wantFigures, wantErrors := read(orig)
	require.Greater(t, wantFigures, 100)
	runs := regexp.MustCompile(` {2,}`)
	for name, leader := range map[string]string{"dots": "…………………………", "spaces": "          "} {
		edited := orig[:start] + contents(leader) + orig[body:]
		t.Run(name, func(t *testing.T) {
			figures, errs := read(edited)
			assert.Equal(t, wantFigures, figures)
			assert.Equal(t, wantErrors, errs)
		})
		t.Run(name+"/collapsed", func(t *testing.T) {
			figures, _ := read(runs.ReplaceAllString(edited, " "))
			assert.Equal(t, wantFigures, figures)
		})
	}
}
