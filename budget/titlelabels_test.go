package budget_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTitlesWithLabels prints each corpus budget's table titles with a
// label in brackets after them, as other sets number or date their
// tables: "（表3）", "（公开03表）", "(2026年度)". Every table the original
// reads is read, with as many rows, and the errors are the original's.
// (Before, "（表N）" made each title look like a contents entry with its
// page number: the Putuo 部门预算 read 0 of its 9 tables.)
func TestTitlesWithLabels(t *testing.T) {
	labels := []func(k int) string{
		func(k int) string { return fmt.Sprintf("（表%d）", k) },
		func(k int) string { return fmt.Sprintf("（公开%02d表）", k) },
		func(int) string { return "(2026年度)" },
	}
	for _, name := range corpusBudgets {
		data := corpustest.Read(t, name)
		base, err := parse.Parse(data)
		require.NoError(t, err)
		rows := map[string]int{}
		for _, c := range base.Coverage.Tables {
			rows[c.Profile] = c.Rows
		}
		wantErrors := errorRules(base)
		lines := strings.Split(string(data), "\n")
		for li, label := range labels {
			t.Run(fmt.Sprintf("%s/%d", name, li), func(t *testing.T) {
				out := append([]string(nil), lines...)
				for k, c := range base.Coverage.Tables {
					if c.Found && c.Line > 0 {
						out[c.Line-1] = strings.TrimRight(out[c.Line-1], " \r") + label(k+1)
					}
				}
				r, err := parse.Parse([]byte(strings.Join(out, "\n")))
				require.NoError(t, err)
				got := map[string]int{}
				for _, c := range r.Coverage.Tables {
					got[c.Profile] = c.Rows
				}
				assert.Equal(t, rows, got)
				assert.Equal(t, wantErrors, errorRules(r))
			})
		}
	}
}

// TestTitlesOfOtherTemplates prints the Putuo 部门预算's nine tables under
// the titles other templates give them: the older national template's
// "…总体情况表 / …情况表" (Heilongjiang, Xinjiang), Beijing's
// "…财政拨款支出表" and Hubei's "一般公共预算支出总表". Every table is
// read (before: none, or five of them) and the errors are the report's.
func TestTitlesOfOtherTemplates(t *testing.T) {
	data := corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt")
	base, err := parse.Parse(data)
	require.NoError(t, err)
	want := errorRules(base)
	byProfile := map[string]int{} // title line by profile
	for _, c := range base.Coverage.Tables {
		byProfile[c.Profile] = c.Line
	}
	sets := map[string]map[string]string{
		"national 情况表": {
			"budget.summary": "部门收支总体情况表", "budget.income": "部门收入总体情况表",
			"budget.expenditure.shanghai": "部门支出总体情况表", "budget.appropriation-summary": "财政拨款收支总体情况表",
			"budget.general-function": "一般公共预算支出情况表（功能科目）", "budget.fund-function": "政府性基金预算支出情况表（功能科目）",
			"budget.capital-function": "国有资本经营预算支出情况表", "budget.general-basic": "一般公共预算基本支出情况表（部门经济科目）",
			"budget.three-public": "一般公共预算“三公”经费支出情况表",
		},
		"Beijing": {
			"budget.summary": "收支总表", "budget.income": "收入总表", "budget.expenditure.shanghai": "支出总表",
			"budget.appropriation-summary": "财政拨款收支总表", "budget.general-function": "一般公共预算财政拨款支出表",
			"budget.fund-function": "政府性基金预算财政拨款支出表", "budget.capital-function": "国有资本经营预算财政拨款支出表",
			"budget.general-basic": "一般公共预算财政拨款基本支出表", "budget.three-public": "财政拨款“三公”经费支出表",
		},
	}
	lines := strings.Split(string(data), "\n")
	for name, titles := range sets {
		t.Run(name, func(t *testing.T) {
			out := append([]string(nil), lines...)
			for id, title := range titles {
				n, ok := byProfile[id]
				require.True(t, ok, id)
				out[n-1] = "                 2026年" + title
			}
			r, err := parse.Parse([]byte(strings.Join(out, "\n")))
			require.NoError(t, err)
			read := 0
			for _, c := range r.Coverage.Tables {
				if c.Found && c.Reason == "" && c.Rows > 0 {
					read++
				}
			}
			assert.Equal(t, 9, read)
			assert.Equal(t, want, errorRules(r))
		})
	}
}

// TestTableNoProfileDescribes puts after the Putuo 支出预算总表 a table no
// profile describes, as Beijing (项目支出表) and Hubei (非税征收计划表) print
// one there: it ends the 支出预算总表, whose rows stay 22 and whose errors
// are found (a 项目支出 合计 mistyped), and it is listed as not checked.
func TestTableNoProfileDescribes(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt"))
	const next = "2026年部门财政拨款收支预算总表"
	at := strings.Index(data, next)
	require.Positive(t, at)
	at = strings.LastIndex(data[:at], "\n") + 1
	for _, title := range []string{"2026年部门项目支出表", "2026年非税征收计划表"} {
		t.Run(title, func(t *testing.T) {
			table := "                    " + title + "\n" +
				"                                                         单位：元\n" +
				"   项目名称                     项目单位          合计              财政拨款\n" +
				"   人民调解项目                 XX局             7950000.00        7950000.00\n" +
				"   法律援助项目                 XX局             4200000.00        4200000.00\n" +
				"   合计                                           12150000.00       12150000.00\n"
			base := -1
			for _, corrupt := range []bool{false, true} {
				in := data[:at] + table + data[at:]
				if corrupt {
					require.True(t, strings.Contains(in, "70540547.00"))
					in = strings.Replace(in, "70540547.00", "70540647.00", 1)
				}
				r, err := parse.Parse([]byte(in))
				require.NoError(t, err)
				for _, c := range r.Coverage.Tables {
					if c.Profile == "budget.expenditure.shanghai" {
						assert.Equal(t, 22, c.Rows)
						assert.Zero(t, c.Ambiguous)
					}
				}
				assert.Contains(t, r.Coverage.Unmodelled, title)
				if corrupt {
					assert.Greater(t, len(errorRules(r)), base, "the mistyped 项目支出 is found")
				} else {
					base = len(errorRules(r))
				}
			}
		})
	}
}

// TestPriorYearTablePutuo prints after the Putuo 部门预算's "三公" table last
// year's (11.11, 0, 0.83, 10.28, 0, 10.28, 210.00), titled as some sets
// title it: "（上年）" after the title, or last year's year. This year's
// table is read as printed, and its 合计 mistyped (10.91) is found.
func TestPriorYearTablePutuo(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt"))
	const row = "        10.81              0       0.83        9.98         0         9.98        217.83\n"
	require.True(t, strings.Contains(data, row))
	block := "                     %s\n" +
		"编制部门：上海市普陀区司法局                                                                  单位:万元\n" +
		"                                 “三公”经费预算数\n" +
		"   合计           因公出国(境)费       公务接待费      小计          购置费       运行费     机关运行经费预算数\n" +
		"        11.11              0       0.83        10.28         0         10.28        210.00\n"
	for _, title := range []string{"2026年部门“三公”经费和机关运行经费预算表（上年）", "2025年部门“三公”经费和机关运行经费预算表"} {
		t.Run(title, func(t *testing.T) {
			with := func(total string) *parse.Result {
				in := strings.Replace(data, row, strings.Replace(row, "10.81", total, 1)+fmt.Sprintf(block, title), 1)
				r, err := parse.Parse([]byte(in))
				require.NoError(t, err)
				return r
			}
			r := with("10.81")
			require.NotNil(t, r.Budget.Get(budget.KindThreePublic))
			for _, c := range r.Coverage.Tables {
				if c.Profile == "budget.three-public" {
					assert.Zero(t, c.Ambiguous)
				}
			}
			assert.Greater(t, len(errorRules(with("10.91"))), len(errorRules(r)))
		})
	}
}

// TestMistypedYearInTitle: a lone table whose title prints last year (a
// year copied from last year's report) is this year's table with a wrong
// title: it is read, and its figures checked (the 三公 合计 mistyped,
// 10.91, is found).
func TestMistypedYearInTitle(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt"))
	const title = "2026年部门“三公”经费和机关运行经费预算表"
	const row = "        10.81              0       0.83"
	require.True(t, strings.Contains(data, title) && strings.Contains(data, row))
	in := strings.Replace(data, title, "2025年部门“三公”经费和机关运行经费预算表", 1)
	r, err := parse.Parse([]byte(in))
	require.NoError(t, err)
	require.NotNil(t, r.Budget.Get(budget.KindThreePublic))
	wrong, err := parse.Parse([]byte(strings.Replace(in, row, strings.Replace(row, "10.81", "10.91", 1), 1)))
	require.NoError(t, err)
	assert.Greater(t, len(errorRules(wrong)), len(errorRules(r)))
}
