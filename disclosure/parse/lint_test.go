package parse_test

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/cnfiscal/fiscal/reader/input"
)

func TestLintNotAReport(t *testing.T) {
	for name, in := range map[string]string{
		"empty": "",
		"prose": strings.Repeat("今天天气很好，我们去公园散步。\n", 20),
		"zip":   "PK\x03\x04" + strings.Repeat("\x00", 64),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := parse.Lint(context.Background(), strings.NewReader(in), parse.LintOptions{})
			var nr *input.NotReadableError
			require.True(t, errors.As(err, &nr), "%v", err)
		})
	}
}

func TestLintLimitsAndCancel(t *testing.T) {
	lim := input.DefaultLimits()
	lim.MaxBytes = 100
	_, err := parse.Lint(context.Background(), bytes.NewReader(madeUp()), parse.LintOptions{Limits: lim})
	var nr *input.NotReadableError
	require.True(t, errors.As(err, &nr), "%v", err)
	assert.Equal(t, input.ReasonTooLarge, nr.Reason)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = parse.Lint(ctx, bytes.NewReader(madeUp()), parse.LintOptions{})
	assert.ErrorIs(t, err, context.Canceled)
}

// A 预算 PDF is read from its words with positions, a 决算 PDF from its
// layout text: both give their report's kind and the corpus's known error
// counts (Putuo 决算 2: 0.3 printed for the 总计 2961.68, said once though
// both sides of the table print it, and 71.73% for 71.65%; the Putuo 部门预算
// 3, by hand: two growth rates of the document's own (其他司法支出's, from
// a mistyped 执行数, and 职业年金's +17.66% for 77.99 → 91.97, +17.93%),
// and 住房公积金's 2026年预算安排 201.50 where the item and the table say
// 208.8).
func TestLintPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	for _, c := range []struct {
		file   string
		kind   parse.ReportKind
		format string
		errors int
	}{
		{"shanghai-putuo-czj-2024.pdf", parse.KindFinal, "layout", 2},
		{"shanghai-putuo-sfj-2026-budget.pdf", parse.KindBudget, "pdf", 3},
	} {
		t.Run(c.file, func(t *testing.T) {
			data := corpustest.Read(t, c.file)
			rep, err := parse.Lint(context.Background(), bytes.NewReader(data), parse.LintOptions{Source: c.file})
			require.NoError(t, err)
			assert.Equal(t, c.kind.String(), rep.Kind)
			assert.Equal(t, c.format, rep.Format)
			n := 0
			for _, f := range rep.Findings {
				if f.Severity.String() == "error" {
					n++
				}
			}
			assert.Equal(t, c.errors, n)
			require.NotNil(t, rep.Result)
		})
	}
}

// One printed figure found wrong against two places printing the same
// figure is one finding; two figures of one sentence stay two.
func TestMergeRepeats(t *testing.T) {
	fig := func(s string) fiscal.Figure { return fiscal.FigureOf(decimal.RequireFromString(s)) }
	f := func(row, against string) fiscal.Finding {
		return fiscal.Finding{Rule: "narr.amount", Severity: fiscal.SeverityError, Expected: fig("2961.68"), Actual: fig("0.30"),
			Where: fiscal.Where{Part: "情况说明", Row: row, Line: 548, Text: "财政拨款收入支出总计0.3万元"}, Message: "against " + against}
	}
	got := parse.MergeRepeatsForTest([]fiscal.Finding{f("总计", "收入/总计"), f("总计", "支出/总计"), f("其他", "收入/总计")})
	require.Len(t, got, 2)
	assert.Equal(t, "against 收入/总计; the same figure also against: against 支出/总计", got[0].Message)
	assert.Equal(t, "其他", got[1].Where.Row)
}

// A budget finding about a table most of whose rows are ambiguous, or
// holding figures placed in no row, is not trusted; about a table read
// with a few ambiguous rows, it is.
func TestUnplacedBudget(t *testing.T) {
	r := &parse.Result{Kind: parse.KindBudget}
	r.Coverage.Tables = []reader.TableCoverage{
		{Profile: "budget.general-function", Title: "2026年部门一般公共预算支出功能分类预算表", Found: true, Rows: 24, Ambiguous: 22},
		{Profile: "budget.general-basic", Title: "2026年部门一般公共预算基本支出部门预算经济分类预算表", Found: true, Rows: 30, Ambiguous: 2},
		{Profile: "budget.summary", Title: "2026年部门财务收支预算总表", Found: true, Rows: 13, Unread: []int{40}},
	}
	narrative := fiscal.Finding{Rule: "budget.narrative.total", Where: fiscal.Where{Table: "编制说明"},
		Message: "编制说明 一般公共预算拨款支出预算 against 一般公共预算支出功能分类预算表 合计 合计"}
	assert.Contains(t, parse.UnplacedBudgetForTest(r, narrative), "most of its rows")
	basic := fiscal.Finding{Rule: "budget.economic", Where: fiscal.Where{Table: "2026年部门一般公共预算基本支出部门预算经济分类预算表"}}
	assert.Empty(t, parse.UnplacedBudgetForTest(r, basic))
	summary := fiscal.Finding{Rule: "budget.summary.income", Where: fiscal.Where{Table: "2026年部门财务收支预算总表"}}
	assert.Contains(t, parse.UnplacedBudgetForTest(r, summary), "could not be placed")
}
