package parse_test

import (
	"os"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sichuanForm is a Sichuan 部门预算项目支出绩效自评表 as pdftotext -layout
// prints it, the one package forms' tests read
// (internal/forms/testdata/sichuan-page.txt); its 执行率 is printed as
// rate (19.8 / 20 = 99.00%).
func sichuanForm(t *testing.T, rate string) string {
	b, err := os.ReadFile("internal/forms/testdata/sichuan-page.txt")
	require.NoError(t, err)
	return strings.ReplaceAll(string(b), "99.00%", rate)
}

// formErrorsOf returns the rule IDs of the error findings.
func formErrorsOf(fs []fiscal.Finding) map[string]int {
	out := map[string]int{}
	for _, f := range fs {
		if f.Severity == fiscal.SeverityError {
			out[f.Rule]++
		}
	}
	return out
}

// TestPageTextForms appends a Sichuan form to the Putuo report's page text
// right after its 名词解释 (no heading of its own): the form is read, the
// summary counts it, its perf rules run, and a mistyped 执行率 is one
// error more than the report alone gives.
func TestPageTextForms(t *testing.T) {
	base := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	alone, err := parse.Parse([]byte(base))
	require.NoError(t, err)
	want := formErrorsOf(alone.Check(disclosure.CheckOptions{}))

	r, err := parse.Parse([]byte(base + "\n" + sichuanForm(t, "99.00%")))
	require.NoError(t, err)
	require.NotNil(t, r.Document.Performance)
	require.Len(t, r.Document.Performance.Projects, 1)
	p := r.Document.Performance.Projects[0]
	assert.Equal(t, "51000024R000000000001-系统运维", p.Project)
	assert.Equal(t, "20.00", p.Budget.Text)
	assert.Equal(t, "19.80", p.Spent.Text)
	fs := r.Check(disclosure.CheckOptions{})
	assert.Equal(t, want, formErrorsOf(fs))
	for _, f := range fs {
		assert.NotEqual(t, "parse.layout.glossary", f.Rule, "%s", f)
		assert.False(t, strings.HasPrefix(f.Rule, "parse.form.") && f.Severity != fiscal.SeverityInfo, "%s", f)
	}
	assert.Contains(t, r.Summary(), "1 performance forms")
	ran := map[string]bool{}
	for _, x := range r.Coverage.Rules {
		ran[x.Rule] = x.Ran
	}
	assert.True(t, ran["perf.rate.printed"])
	assert.True(t, ran["perf.score.sum"])
	assert.False(t, ran["perf.score.printed"], "no scheme: not run, never passed")

	r, err = parse.Parse([]byte(base + "\n" + sichuanForm(t, "98.00%")))
	require.NoError(t, err)
	got := formErrorsOf(r.Check(disclosure.CheckOptions{}))
	want["perf.rate.printed"]++
	assert.Equal(t, want, got)
}

// TestPageTextFormSeenNotRead: a table called a 自评表 that is neither
// kind of form is said in the coverage and the summary, not passed over.
func TestPageTextFormSeenNotRead(t *testing.T) {
	base := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	r, err := parse.Parse([]byte(base + "\n" + "                 2024年度绩效自评表\n  绩效指标  评分标准  得分\n  履职效能  90  88\n"))
	require.NoError(t, err)
	r.Check(disclosure.CheckOptions{})
	assert.Nil(t, r.Document.Performance)
	assert.Contains(t, r.Coverage.Unread, "1 of 1 绩效自评表")
	assert.Contains(t, r.Summary(), "not read: 1 of 1 绩效自评表")
}
