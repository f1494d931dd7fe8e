package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
)

// checkedText reads and checks a report's text.
func checkedText(t *testing.T, text string) []fiscal.Finding {
	t.Helper()
	r, err := parse.Parse([]byte(text))
	require.NoError(t, err)
	return r.Check(disclosure.CheckOptions{})
}

// errorsIn returns the errors among fs.
func errorsIn(fs []fiscal.Finding) []fiscal.Finding {
	var out []fiscal.Finding
	for _, f := range fs {
		if f.Severity == fiscal.SeverityError {
			out = append(out, f)
		}
	}
	return out
}

// newErrors returns the errors of edited that orig does not give at the
// same place by the same rule (an error of the original may say other
// figures once a figure it reads is edited).
func newErrors(orig, edited []fiscal.Finding) []fiscal.Finding {
	had := map[string]bool{}
	for _, f := range errorsIn(orig) {
		had[f.Rule+" "+f.Where.String()] = true
	}
	var out []fiscal.Finding
	for _, f := range errorsIn(edited) {
		if !had[f.Rule+" "+f.Where.String()] {
			out = append(out, f)
		}
	}
	return out
}

// putuoBudget204 is the 204 row of the Putuo 司法局 2026 部门预算's
// 一般公共预算支出功能分类预算表 (line 248): 合计 87267272.44 = 基本支出
// 16726725.44 + 项目支出 70540547.00.
const putuoBudget204 = "204             公共安全支出                87267272.44      16726725.44    70540547.00"

// TestOneDefectPutuoBudget: the 合计 of 204 in the 一般公共预算支出功能分类
// 预算表 mistyped 87267282.44 (10 元 over 基本支出 + 项目支出) fails the
// row's columns, the 类 against its 款 20406 (87267272.44), the table's
// 合计 against its 类 and the 财政拨款收支预算总表's 支出/204 (87267272.44):
// one figure, one error at it, naming 87267272.44; the three other
// checks stay in the output as info, each saying whose defect it is.
func TestOneDefectPutuoBudget(t *testing.T) {
	orig := string(corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt"))
	require.Equal(t, 1, strings.Count(orig, putuoBudget204))
	base := checkedText(t, orig)
	edited := checkedText(t, strings.Replace(orig, putuoBudget204, strings.Replace(putuoBudget204, "87267272.44", "87267282.44", 1), 1))

	added := newErrors(base, edited)
	require.Len(t, added, 1, "one mistyped cell, one error: %v", added)
	f := added[0]
	assert.Equal(t, "204", f.Where.Row)
	assert.Equal(t, "合计", f.Where.Column)
	assert.Contains(t, f.Where.Table, "一般公共预算支出功能分类预算表")
	assert.Equal(t, 248, f.Where.Line)
	assert.Equal(t, "87267282.44", f.Actual.String())
	assert.Equal(t, "87267272.44", f.Expected.String())
	assert.Len(t, errorsIn(edited), len(errorsIn(base))+1)
	for _, rule := range []string{"budget.hierarchy", "budget.cross.appropriation"} {
		assert.Contains(t, f.Message, rule, "the error names every check the figure fails")
	}
	// Every check that failed is still there: the others as info.
	same := 0
	for _, g := range edited {
		if g.Severity == fiscal.SeverityInfo && strings.Contains(g.Message, "the same defect as") {
			same++
		}
	}
	assert.Equal(t, 3, same)
}

// TestTwoDefectsPutuoBudget: the 204 合计 above mistyped and, apart from
// it, the 部门支出预算总表's 2080501 合计 (line 215: 578040.00 = its
// 基本支出 578040.00 + 项目支出 0.00) mistyped 578140.00: two figures,
// two errors.
func TestTwoDefectsPutuoBudget(t *testing.T) {
	const row = "208   05   01   行政单位离退休                   578040.00      578040.00           0.00"
	orig := string(corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt"))
	require.Equal(t, 1, strings.Count(orig, row))
	base := checkedText(t, orig)
	text := strings.Replace(orig, putuoBudget204, strings.Replace(putuoBudget204, "87267272.44", "87267282.44", 1), 1)
	text = strings.Replace(text, row, strings.Replace(row, "578040.00", "578140.00", 1), 1)
	edited := checkedText(t, text)

	added := newErrors(base, edited)
	require.Len(t, added, 2, "two mistyped cells, two errors: %v", added)
	var got []string
	for _, f := range added {
		got = append(got, f.Where.Row+" "+f.Where.Column+" "+f.Actual.String()+" "+f.Expected.String())
	}
	assert.ElementsMatch(t, []string{"204 合计 87267282.44 87267272.44", "2080501 合计 578140.00 578040.00"}, got)
}

// dayeThreePublicActual is the 决算数 合计 of the Daye 2024 决算's "三公"
// table (the word export prints one figure a line: 预算数 合计 1.71, four
// blanks, 公务接待费 1.71, then 决算数 合计 1.71, four blanks, 公务接待费
// 1.71); its 情况说明 says "支出决算数1.71万元 … 全年预算数1.71万元，完成全年
// 预算的85.5%" (1.71 / 1.71 is 100.0%: a defect of its own, made right
// here so that the narrative agrees with the table's parts).
const (
	dayeThreePublicActual = "\t1.71\n\t1.71\n\t\n\t\n\t\n\t\n\t1.71\n"
	dayeThreePublicRate   = "完成全年预算的85.5%"
)

// TestOneDefectThreePublicTotal: the "三公" 决算数 合计 mistyped 1.81 (its
// parts 0 + 0 + 1.71 = 1.71) fails the table's sum (tp.table.total), the
// narrative's 1.71 (narr.amount) and its 100.0% (narr.completion, 1.81 /
// 1.71 = 105.8%), both of which agree with the parts: the total is the
// defect, one error at it; the narrative's checks are info.
func TestOneDefectThreePublicTotal(t *testing.T) {
	orig := string(corpustest.Read(t, "000_a6b8f70e670f2841.txt"))
	require.Equal(t, 1, strings.Count(orig, dayeThreePublicActual))
	require.Equal(t, 1, strings.Count(orig, dayeThreePublicRate))
	right := strings.Replace(orig, dayeThreePublicRate, "完成全年预算的100.0%", 1)
	base := checkedText(t, right)
	edited := checkedText(t, strings.Replace(right, dayeThreePublicActual, "\t1.71\n\t1.81\n\t\n\t\n\t\n\t\n\t1.71\n", 1))

	added := newErrors(base, edited)
	require.Len(t, added, 1, "one mistyped cell, one error: %v", added)
	f := added[0]
	assert.Equal(t, "tp.table.total", f.Rule)
	assert.Equal(t, "决算数", f.Where.Row)
	assert.Equal(t, "合计", f.Where.Column)
	assert.Equal(t, "1.81", f.Actual.String())
	assert.Equal(t, "1.71", f.Expected.String())
	assert.Contains(t, f.Message, "narr.amount")
	seen := map[string]bool{}
	for _, g := range edited {
		if g.Where.Line == 1717 && (g.Rule == "narr.amount" || g.Rule == "narr.completion") {
			seen[g.Rule] = true
			assert.Equal(t, fiscal.SeverityInfo, g.Severity, g.String())
			assert.Contains(t, g.Message, "same defect as")
		}
	}
	assert.True(t, seen["narr.amount"] && seen["narr.completion"], "the narrative's checks are still reported: %v", seen)
}
