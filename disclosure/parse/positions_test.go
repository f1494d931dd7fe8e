package parse_test

import (
	"bytes"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// errorsOf parses a report and identifies its error findings (errorKeys).
func errorsOf(t *testing.T, data []byte) []string {
	t.Helper()
	r, err := parse.Parse(data)
	require.NoError(t, err)
	return errorKeys(r.Check(disclosure.CheckOptions{}))
}

// TestBudgetsAsTabbedText: a budget's text with every run of spaces turned
// into one tab (a table copied as text) keeps no column positions: a row
// whose blank cell was lost with its spaces is not placed by where its
// figures stand. Every error found is one the original text gives.
func TestBudgetsAsTabbedText(t *testing.T) {
	runs := regexp.MustCompile(` {2,}`)
	for _, name := range []string{"shanghai-czj-2025-unit-budget.layout.txt", "jiangsu-gaoyuan-2019-budget.layout.txt",
		"shanghai-putuo-sfj-2026-budget.layout.txt", "shanghai-putuo-sfj-2026-unit-budget.layout.txt"} {
		t.Run(name, func(t *testing.T) {
			data := corpustest.Read(t, name)
			want := errorsOf(t, data)
			got := errorsOf(t, runs.ReplaceAll(data, []byte("\t")))
			for _, k := range got {
				assert.Contains(t, want, k, "an error the original does not give")
			}
		})
	}
}

// TestHeadersSetRight: a correct synthetic 部门预算 (made by a script that
// knows nothing of the reader: figures consistent by construction, zero
// cells printed blank, each header set right over its column, pdftotext's
// one space per character) gives no error. Its rows each leave a cell
// blank, so the identities settle none of them on their own; the headers'
// middles stand to the left of the figures', and were once taken to place
// them (8 false errors).
func TestHeadersSetRight(t *testing.T) {
	data, err := os.ReadFile("testdata/synthetic-budget-headers-set-right.layout.txt")
	require.NoError(t, err)
	assert.Empty(t, errorsOf(t, data))
}

// wrapAt cuts every line of text longer than width runes into lines of
// width runes, as a PDF's page width does, never inside a figure (a digit,
// point or comma on both sides of the cut).
func wrapAt(text string, width int) string {
	isFig := func(r rune) bool { return r >= '0' && r <= '9' || r == '.' || r == ',' }
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		rs := []rune(l)
		for len(rs) > width {
			cut := width
			for cut > 1 && isFig(rs[cut-1]) && isFig(rs[cut]) {
				cut--
			}
			b.WriteString(string(rs[:cut]) + "\n")
			rs = rs[cut:]
		}
		b.WriteString(string(rs) + "\n")
	}
	return b.String()
}

// TestWrappedUnnumberedHeadings: a 情况说明 written by the library's own
// generator (its headings carry no number: "财政拨款“三公”经费支出决算
// 情况说明" on a line of its own) wrapped at a page width: the headings
// still begin their sections, and the wrapped report gives no error the
// unwrapped one does not (a heading joined to the paragraph before it put
// the "三公" statements under 基本支出: 2–11 false errors a report).
func TestWrappedUnnumberedHeadings(t *testing.T) {
	rng := rand.New(rand.NewPCG(64, 2))
	for i := range 6 {
		l := randomLedger(t, rng)
		ts, err := l.Tables(accounts.DeriveOptions{})
		require.NoError(t, err)
		doc := &disclosure.Document{Department: l.Department, Year: 2024, Tables: ts}
		doc.ThreePublic = randomThreePublic(t, rng, accounts.DeriveOptions{})
		var tbl, narr bytes.Buffer
		require.NoError(t, doc.RenderTables(&tbl))
		require.NoError(t, disclosure.RenderNarrative(&narr, doc.GenerateNarrative(disclosure.GenerateOptions{})))
		head := doc.Department + "2024年度部门决算\n\n第一部分 " + doc.Department + "概况\n一、主要职能\n负责示例工作。\n\n第二部分 " +
			doc.Department + "2024年度部门决算表\n\n" + tbl.String() + "\n第三部分 " + doc.Department + "2024年度部门决算情况说明\n\n"
		tail := "\n第四部分 名词解释\n一、财政拨款收入：指本级财政当年拨付的资金。\n"
		require.Contains(t, narr.String(), "\n财政拨款“三公”经费支出决算情况说明\n", "the generator's heading, unnumbered")
		want := errorsOf(t, []byte(head+narr.String()+tail))
		got := errorsOf(t, []byte(head+wrapAt(narr.String(), 45)+tail))
		for _, k := range got {
			assert.Contains(t, want, k, "department %d: an error the unwrapped report does not give", i)
		}
	}
}

// TestFundColumnsWithoutPositions: a correct synthetic 部门预算 with
// 政府性基金 money in one class, zero cells printed blank, spacing
// collapsed to one space: a 财政拨款收支预算总表 row printing 合计 and one
// fund's figure fits 一般公共预算 and 政府性基金预算 alike. Both funds
// hold money, so neither column is the rarely used one: the row is not
// put in 政府性基金 by preference (10 false errors), it stays ambiguous
// or is settled by the other tables.
func TestFundColumnsWithoutPositions(t *testing.T) {
	data, err := os.ReadFile("testdata/synthetic-budget-fund-collapsed.txt")
	require.NoError(t, err)
	assert.Empty(t, errorsOf(t, data))
}

// TestPageNumberUnderLastRow: the Jiangsu budget with the notes under its
// tables taken out (many provinces print none): the page number under a
// table's last row is no figure of that row (it gave the one-column
// 一般公共预算支出预算表 a 基本支出 column: 1 false error).
func TestPageNumberUnderLastRow(t *testing.T) {
	data := corpustest.Read(t, "jiangsu-gaoyuan-2019-budget.layout.txt")
	want := errorsOf(t, data)
	var kept []string
	for _, l := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "注：") {
			kept = append(kept, l)
		}
	}
	require.Less(t, len(kept), strings.Count(string(data), "\n"), "notes taken out")
	for _, k := range errorsOf(t, []byte(strings.Join(kept, "\n"))) {
		assert.Contains(t, want, k, "an error the original does not give")
	}
}

// TestSummaryTitlesWithoutZong: the Putuo 决算 with its two summaries
// titled as several provinces print them, 收入支出决算表 and 财政拨款收入
// 支出决算表 (no 总): both are read, with the original's errors and no
// other (they were "not found": 2 false errors, their checks skipped).
func TestSummaryTitlesWithoutZong(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	renamed := strings.ReplaceAll(data, "收入支出决算总表", "收入支出决算表")
	require.NotEqual(t, data, renamed)
	r, err := parse.Parse([]byte(renamed))
	require.NoError(t, err)
	require.NotNil(t, r.Document.Tables)
	for _, title := range []string{"收入支出决算表", "财政拨款收入支出决算表"} {
		found := false
		for _, c := range r.Coverage.Tables {
			found = found || c.Found && c.Reason == "" && c.Rows > 0 && strings.HasSuffix(c.Title, title)
		}
		assert.True(t, found, "%s read", title)
	}
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(renamed)))
}

// TestUnitLineAboveTitle: each budget table's line of the department and
// the unit ("编制部门：… 单位：元") printed above its title instead of below
// (templates that print it first; extractions that put the right-aligned
// line before the centred one): every table keeps its unit, and the
// errors are the original's (a table read in 万元 beside the others in 元
// gave 1–3 false errors).
func TestUnitLineAboveTitle(t *testing.T) {
	for _, name := range []string{"shanghai-czj-2025-unit-budget.layout.txt", "shanghai-putuo-sfj-2026-budget.layout.txt"} {
		t.Run(name, func(t *testing.T) {
			data := corpustest.Read(t, name)
			lines := strings.Split(string(data), "\n")
			swapped := 0
			for i := 0; i+1 < len(lines); i++ {
				title := strings.TrimSpace(strings.Trim(lines[i], "\f"))
				if !strings.HasSuffix(title, "表") || len([]rune(title)) > 40 || strings.ContainsAny(title, "、，。 ") {
					continue
				}
				for j := i + 1; j <= i+2 && j < len(lines); j++ {
					if strings.Contains(lines[j], "单位：") {
						lines[i], lines[j] = lines[j], lines[i]
						swapped++
						i = j
						break
					}
				}
			}
			require.GreaterOrEqual(t, swapped, 8, "the tables' unit lines moved above their titles")
			want := errorsOf(t, data)
			for _, k := range errorsOf(t, []byte(strings.Join(lines, "\n"))) {
				assert.Contains(t, want, k, "an error the original does not give")
			}
		})
	}
}

// TestWrongFigureInFullRow: a row printing a figure in every column has one
// placement whatever its sums, so one wrong figure in it is an error, not
// an ambiguous row: the Putuo 部门预算's "三公" row (10.81, 0, 0.83, 9.98,
// 0, 9.98, 217.83) with its 公务接待费 typed 0.88 (合计 10.81 ≠ 0 + 9.98 +
// 0.88, by hand).
func TestWrongFigureInFullRow(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-sfj-2026-budget.layout.txt"))
	row := "        10.81              0       0.83        9.98         0         9.98        217.83"
	require.Contains(t, data, row)
	wrong := strings.Replace(data, row, strings.Replace(row, "0.83", "0.88", 1), 1)
	got := errorsOf(t, []byte(wrong))
	assert.NotEqual(t, errorsOf(t, []byte(data)), got)
	assert.True(t, slices.ContainsFunc(got, func(k string) bool { return strings.HasPrefix(k, "budget.threepublic|") }), "%v", got)
}

// TestHeadersOverRightSetFigures: a correct synthetic 决算 as the library
// renders it (disclosure.RenderTables: headers set left, figures set
// right, zero cells blank) gives no error: where every column's header is
// found, a figure ending near a header's end stands under it, before the
// headers' middles are weighed (the 收入决算表's figures after blank cells
// were read one column to the left: 4 false errors).
func TestHeadersOverRightSetFigures(t *testing.T) {
	data, err := os.ReadFile("testdata/synthetic-final-headers-left.txt")
	require.NoError(t, err)
	assert.Empty(t, errorsOf(t, data))
}

// TestBudgetClassStatements: the CZJ 单位预算 states its 财政拨款 spending by
// 类 in quotes ("“一般公共服务支出”科目12,789万元"; its table prints
// 127,886,849 元, 12,788.68 万元 by hand): a class figure typed 1,000 or 200
// 万元 off is an error; as printed, none.
func TestBudgetClassStatements(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-czj-2025-unit-budget.layout.txt"))
	want := errorsOf(t, []byte(data))
	for from, to := range map[string]string{"“一般公共服务支出”科目12,789万元": "“一般公共服务支出”科目13,789万元",
		"“社会保障和就业支出”科目1,756万元": "“社会保障和就业支出”科目1,956万元"} {
		require.Contains(t, data, from)
		got := errorsOf(t, []byte(strings.Replace(data, from, to, 1)))
		assert.Equal(t, len(want)+1, len(got), "%s: %v", to, got)
		assert.True(t, slices.ContainsFunc(got, func(k string) bool { return strings.HasPrefix(k, "budget.narrative.item|") }), "%v", got)
	}
}

// A two-sided summary printed narrow (a web page printed to PDF by a
// browser): labels of both sides wrap, their figures on the line between
// the halves ("二、政府性基金预 … 二、社会保障和就业" / figures / "算 … 支出"),
// or before the right side's label on the line of the left label's second
// half. Every figure is read with its row, so a wrong 收入总计 is an error
// (it was info: "figures that could not be placed"); the same table with
// its 收入总计 right (3624.77 = 3316.59 + 308.18 + 0.00) gives no error.
// Figures of a synthetic budget (made by a script, consistent by
// construction).
func TestTwoSidedWrappedLabels(t *testing.T) {
	table := func(incomeTotal string) string {
		return "2026年部门财政拨款收支预算总表\n" +
			"\n" +
			"编制部门：上海市普陀区统计局 单位：万元\n" +
			"\n" +
			"                                            一般公共预 政府性基金预 国有资本经营\n" +
			"项目              预算数 项目            合计\n" +
			"                                            算     算      预算\n" +
			"一、一般公共预算 3316.59 一、公共安全支出         856.95 856.95             0.00       0.00\n" +
			"二、政府性基金预        二、社会保障和就业\n" +
			"         308.18           1428.23 1428.23                   0.00       0.00\n" +
			"算               支出\n" +
			"三、国有资本经营\n" +
			"         0.00          三、卫生健康支出   231.43 231.43             0.00       0.00\n" +
			"预算\n" +
			"                       四、城乡社区支出   607.87 369.85             238.02     0.00\n" +
			"                       五、住房保障支出   430.13 430.13             0.00       0.00\n" +
			"                       六、其他支出     70.15     0.00            70.15      0.00\n" +
			"收入总计            " + incomeTotal + " 支出总计      3624.77 3316.59           308.18     0.00\n"
	}
	r, err := parse.Parse([]byte(table("3624.77")))
	require.NoError(t, err)
	ap := r.Budget.All()
	require.Len(t, ap, 1)
	got := map[string]string{}
	for _, row := range ap[0].Rows {
		for col, c := range row.Cells {
			if a, ok := c.Amount(); ok {
				got[row.Label+"/"+col] = fiscal.AmountFigure(a, fiscal.WanYuan, 2).String()
			}
		}
	}
	assert.Equal(t, "308.18", got["二、政府性基金预算/income"])
	assert.Equal(t, "0.00", got["三、国有资本经营预算/income"])
	assert.Equal(t, "1428.23", got["二、社会保障和就业/expenditure"])
	assert.Empty(t, errorKeys(r.Check(disclosure.CheckOptions{})))
	// One error at the 收入总计 (its sum and the balance with 支出总计 both
	// fail: one figure, one error).
	assert.Contains(t, strings.Join(errorsOf(t, []byte(table("3614.77"))), " "), "|收入/收入总计|")
}

// A 收入支出决算总表 whose left side ends before the right: the right side's
// 总计 printed alone on the last line, where the right side's labels stand,
// is the right side's (it was taken for the left side's, printed twice, and
// the right side's 总计 was missing: three false errors).
func TestTwoSidedRightTotalAlone(t *testing.T) {
	const text = "收入支出决算总表\n" +
		"单位：万元\n" +
		"项目（收入）                 决算数 项目（支出）                 决算数\n" +
		"一般公共预算财政拨款收入     100.00 一般公共服务支出              60.00\n" +
		"本年收入合计                 100.00 教育支出                      40.00\n" +
		"年初结转和结余                20.00 本年支出合计                 100.00\n" +
		"总计                         120.00 结余分配\n" +
		"                                    年末结转和结余                20.00\n" +
		"                                             总计                120.00\n"
	r, err := parse.Parse([]byte(text))
	require.NoError(t, err)
	for _, k := range errorKeys(r.Check(disclosure.CheckOptions{})) {
		assert.NotContains(t, k, "acc.structure.duplicate")
		assert.NotContains(t, k, "acc.summary")
	}
}

// TestColonsAfterLabels re-types the 情况说明 of the corpus 决算s with a
// colon after each item's name ("…行政运行（项）：年初预算为…", the Sichuan
// template's punctuation) and between a figure and the name it follows
// ("公用经费：184.65万元"). The figures say the same: the errors are the
// original's (every item gave two false errors with the colon: its
// figures went to the section's total).
func TestColonsAfterLabels(t *testing.T) {
	named := regexp.MustCompile(`([费出入])([0-9])`)
	for _, name := range []string{"shanghai-putuo-czj-2024.layout.txt", "000_a6b8f70e670f2841.txt"} {
		t.Run(name, func(t *testing.T) {
			data := string(corpustest.Read(t, name))
			at := strings.LastIndex(data, "第三部分")
			if at < 0 {
				at = strings.Index(data, "情况说明")
			}
			require.Positive(t, at)
			body := strings.ReplaceAll(data[at:], "（项）。", "（项）：")
			body = named.ReplaceAllString(body, "$1：$2")
			require.NotEqual(t, data[at:], body)
			assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(data[:at]+body)))
		})
	}
}

// TestProcurementTemplateShares adds to the corpus Putuo 决算 the national
// template's sentence on 中小企业 (its figures Putuo's: 246.47 / 251.25 =
// 98.10 %, by hand; 货物 and 工程 bought from none, 服务 all from them).
// The shares by kind of purchase are of amounts stated nowhere, and 0 %
// of a 工程 amount of 0 is the template's entry: no error (two before:
// the whole 中小企业 amount was taken for each kind's). The share of the
// total is still checked.
func TestProcurementTemplateShares(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	const after = "服务采购金额246.47万元。\n"
	require.Contains(t, data, after)
	sentence := " 授予中小企业合同金额246.47万元，占政府采购支出总额的98.10%，其中：授予小微企业合同金额0万元，占授予中小企业合同金额的0%；" +
		"货物采购授予中小企业合同金额占货物支出金额的0%，工程采购授予中小企业合同金额占工程支出金额的0%，服务采购授予中小企业合同金额占服务支出金额的100%。\n"
	with := strings.Replace(data, after, after+sentence, 1)
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(with)))
	wrong := strings.Replace(with, "占政府采购支出总额的98.10%", "占政府采购支出总额的97.10%", 1)
	assert.Contains(t, strings.Join(errorsOf(t, []byte(wrong)), " "), "narr.share||中小企业：占政府采购支出总额的||98.10|97.10")
}

// TestClassNamesWithoutMarkers re-types the corpus Putuo 决算 with its
// 类 named without "（类）" ("一般公共服务支出2106.66万元，占71.73%；社会保障和
// 就业支出326.72万元，…", as Gansu, Hunan or Sichuan write them): the same
// errors. The names were taken for the 援助其他地区支出 款 of the same name
// (21901, 21904, 21908; not printed) and the later shares for the first
// 类's: seven false errors.
func TestClassNamesWithoutMarkers(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	at := strings.LastIndex(data, "第三部分")
	require.Positive(t, at)
	body := strings.ReplaceAll(data[at:], "支出（类）", "支出")
	require.NotEqual(t, data[at:], body)
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(data[:at]+body)))
}

// TestItemHeadingForms re-types the corpus Putuo 决算's 功能分类 item
// headings in forms other provinces use: names joined by dashes
// ("一般公共服务支出-财政事务-行政运行", Hubei's) and the level words without
// brackets ("一般公共服务支出类财政事务款行政运行项"). The same errors: an
// item not understood gave its 年初预算 and 支出决算 to the section's total
// or to the item before (12 false errors with the second form).
func TestItemHeadingForms(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	at := strings.LastIndex(data, "第三部分")
	require.Positive(t, at)
	item := regexp.MustCompile(`([^、。，；：\s]+?支出)（类）([^（。]+?)（款）([^（。]+?)（项）`)
	want := errorsOf(t, []byte(data))
	for name, repl := range map[string]string{"dashes": "$1-$2-$3", "level words": "${1}类${2}款${3}项"} {
		t.Run(name, func(t *testing.T) {
			body := item.ReplaceAllString(data[at:], repl)
			require.NotEqual(t, data[at:], body)
			assert.Equal(t, want, errorsOf(t, []byte(data[:at]+body)))
		})
	}
}

// TestPriorYearFigures adds to the corpus Putuo 决算 sentences that give
// last year's figure beside the change ("由2023年度的3052.34万元减少到…",
// "比上年度决算数3003.19万元减少63.14万元") or in a clause of its own
// ("2023年度收入支出总计3052.34万元", "上年收入支出总计3052.34万元，本年
// 2995.39万元"); 3052.34 = 2995.39 + 56.95 and 3003.19 = 2940.05 + 63.14,
// Putuo's own changes: the same errors (each earlier figure was compared
// with this year's table).
func TestPriorYearFigures(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	const at = "下降1.87%。"
	require.Contains(t, data, at)
	with := strings.Replace(data, at, at+"收入支出总计由2023年度的3052.34万元减少到2024年度的2995.39万元。"+
		"一般公共预算财政拨款支出2940.05万元，比上年度决算数3003.19万元减少63.14万元。"+
		"2023年度收入支出总计3052.34万元。上年收入支出总计3052.34万元，本年2995.39万元。", 1)
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(with)))
	// Last year's figure beside the change is this year's plus the
	// decrease: 3062.34 for 3052.34 is one error more.
	wrong := strings.Replace(data, at, at+"收入支出总计2995.39万元，较2023年度3062.34万元减少56.95万元。", 1)
	assert.Len(t, errorsOf(t, []byte(wrong)), len(errorsOf(t, []byte(data)))+1)
}

// TestComponentsAfterUsedFor adds to the corpus Putuo 决算 a sentence
// naming the 机关运行经费's components without its total first
// ("机关运行经费主要用于办公费15.20万元、印刷费3.10万元。", components below
// the total 184.65): the same errors (the first component was compared
// with the 机关运行经费).
func TestComponentsAfterUsedFor(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	const at = "导致相关支出略有增加。"
	require.Contains(t, data, at)
	for _, s := range []string{"机关运行经费主要用于办公费15.20万元、印刷费3.10万元。", "机关运行经费包括办公费15.20万元、印刷费3.10万元等。"} {
		with := strings.Replace(data, at, at+s, 1)
		assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(with)), s)
	}
}

// TestEvaluatedProjectsSubset adds to the corpus Putuo 决算's 预算绩效
// paragraph evaluations of some projects ("组织对“信息化建设”项目开展了部门
// 评价，涉及一般公共预算支出135.25万元", "对4个项目开展了绩效自评，涉及一般公共
// 预算支出598.42万元，占一般公共预算项目支出总额的99.22%": 598.42 / 603.14
// = 99.22 %, Putuo's own figures): the money of the projects evaluated is a
// part of 项目支出, not all of it. The same errors (three more before).
func TestEvaluatedProjectsSubset(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	with := afterHeading(t, data, "十、预算绩效管理情况", "组织对“信息化建设”项目开展了部门评价，涉及一般公共预算支出135.25万元，评价得分98分。"+
		"本部门组织对4个项目开展了绩效自评，涉及一般公共预算支出598.42万元，占一般公共预算项目支出总额的99.22%。"+
		"信息化运维费支出30.00万元，比上年增加5.00万元。") // one cost, not all 项目支出
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(with)))
}

// TestOverallChangeXinjiangWording adds to the corpus Putuo 决算 the
// 总体情况 in the wording of a Xinjiang report ("收入总计…，其中：本年收入合计
// …，年初结转和结余49.14万元。…收入支出总体与上年相比，减少56.95万元，下降
// 1.87%"; Putuo's figures from its 收入支出决算总表, 56.95 / 3052.34 =
// 1.87 %): the same errors (the change was taken for the last-named
// 年末结转和结余's); a wrong 年初结转和结余 is an error (it was not checked).
func TestOverallChangeXinjiangWording(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	const at = "下降1.87%。"
	require.Contains(t, data, at)
	para := "2024年度收入总计2995.39万元，其中：本年收入合计2946.25万元，年初结转和结余49.14万元。" +
		"2024年度支出总计2995.39万元，其中：本年支出合计2940.05万元，年末结转和结余55.34万元。" +
		"收入支出总体与上年相比，减少56.95万元，下降1.87%。"
	with := strings.Replace(data, at, at+para, 1)
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(with)))
	wrong := strings.Replace(with, "年初结转和结余49.14万元", "年初结转和结余49.41万元", 1)
	assert.Contains(t, strings.Join(errorsOf(t, []byte(wrong)), " "), "narr.amount||年初结转和结余||49.14|49.41")
}

// TestListsOfFigures adds to the corpus Putuo 决算 figures given as lists:
// Sichuan's "收、支总计各是2995.39、2995.39万元…各减少56.95、56.95万元，各下降
// 1.87%、1.87%" and "基本支出和项目支出分别为2336.91万元和603.14万元，分别占本年
// 支出合计的79.49%和20.51%" (Putuo's figures; 603.14 / 2940.05 = 20.51 %).
// The same errors (the change 56.95 was read as the 总计: one false
// error); each member of a list is checked (a wrong second member went
// unnoticed).
func TestListsOfFigures(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	const at = "下降1.87%。"
	require.Contains(t, data, at)
	with := strings.Replace(data, at, at+"2024年度收、支总计各是2995.39、2995.39万元。与2023年相比，收、支总计各减少56.95、56.95万元，各下降1.87%、1.87%。", 1)
	with = afterHeading(t, with, "三、支出决算情况说明", "基本支出和项目支出分别为2336.91万元和603.14万元，分别占本年支出合计的79.49%和20.51%。")
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(with)))
	for from, key := range map[string]string{
		"2336.91万元和603.14万元": "narr.amount||项目支出||603.14|630.14",
		"79.49%和20.51%":      "narr.share||项目支出占本年支出合计的||20.51|21.51",
	} {
		to := strings.Replace(strings.Replace(from, "603.14", "630.14", 1), "20.51", "21.51", 1)
		assert.Contains(t, strings.Join(errorsOf(t, []byte(strings.Replace(with, from, to, 1))), " "), key)
	}
}

// TestThousandsSeparatorsInNarrative re-types the corpus Putuo 决算's
// 情况说明 with its figures of 1,000 万元 and more grouped by thousands
// ("本年支出合计2,940.05万元"): the same errors (a list reading once split
// such a figure at its comma).
func TestThousandsSeparatorsInNarrative(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	at := strings.LastIndex(data, "第三部分")
	require.Positive(t, at)
	big := regexp.MustCompile(`([^0-9.,])([0-9])([0-9]{3}\.[0-9]+万元)`)
	body := big.ReplaceAllString(data[at:], "$1$2,$3")
	require.NotEqual(t, data[at:], body)
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(data[:at]+body)))
}

// TestProjectPartsSpending adds to the corpus Putuo 决算 the 项目支出 of
// kinds of projects and of one project ("其中：其他运转类项目支出153.62万元，
// 特定目标类项目支出449.52万元" adding up to Putuo's 603.14; "信息化建设项目
// 支出135.25万元", the 2010607 item's): parts of 项目支出, not all of it.
// The same errors (each was compared with 603.14).
func TestProjectPartsSpending(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	with := afterHeading(t, data, "三、支出决算情况说明", "项目支出603.14万元，其中：其他运转类项目支出153.62万元，特定目标类项目支出449.52万元。信息化建设项目支出135.25万元，主要用于系统运维。")
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(with)))
}

// TestChangeOfTheTotalAfterItsParts adds to the corpus Putuo 决算 a total,
// its parts after 其中, then its change in a sentence of its own ("本年支出
// 合计2940.05万元，其中基本支出2336.91万元，项目支出603.14万元。与上年相比，
// 减少63.14万元，下降2.10%", Putuo's own figures and change: 63.14 /
// 3003.19 = 2.10 %): the change is the total's. The same errors (it was
// taken for the last part's: 63.14 / 666.28 = 9.48 %).
func TestChangeOfTheTotalAfterItsParts(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	with := afterHeading(t, data, "三、支出决算情况说明", "本年支出合计2940.05万元，其中基本支出2336.91万元，项目支出603.14万元。与上年相比，减少63.14万元，下降2.10%。")
	// A change whose clause names what the tables do not print is no
	// change of the sentence before's subject (bcf090b bound it there).
	with = afterHeading(t, with, "（二）政府采购支出情况", "会议费支出12.00万元，比上年增加2.00万元，增长20.00%。")
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(with)))
}

// TestChangeAfterAListOfParts adds to the corpus Putuo 决算 a total and its
// parts listed with their shares in clauses ending in "；", then a change
// that names nothing (the probe's case 145: "本年支出合计2940.05万元，其中：
// 基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%。较2023年度减少
// 63.14万元，下降2.10%。", Putuo's figures: 63.14 / 3003.19 = 2.10 %). In a
// sentence of its own the change is the total's: the same errors (it was
// taken for 项目支出's, 63.14 / 666.28 = 9.48 %), and a wrong rate is an
// error of the total. Opening a clause of the list ("；较2023年度减少…") it
// may be the total's or the last part's: nothing is said of it.
func TestChangeAfterAListOfParts(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	want := errorsOf(t, []byte(data))
	const list = "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%"
	for _, change := range []string{"。较2023年度减少63.14万元，下降2.10%。", "；较2023年度减少63.14万元，下降2.10%。",
		"。与上年相比，减少63.14万元，下降2.10%。"} {
		with := afterHeading(t, data, "三、支出决算情况说明", list+change)
		assert.Equal(t, want, errorsOf(t, []byte(with)), change)
	}
	// 本年收入合计 with its parts in clauses after "；其中：" (63.14 / 3009.39
	// = 2.10 %; as 其他收入's, 63.14 / 69.34 = 91.06 %).
	with := afterHeading(t, data, "二、收入决算情况说明", "本年收入合计2946.25万元；其中：财政拨款收入2940.05万元，占99.79%；其他收入6.20万元，占0.21%。较2023年度减少63.14万元，下降2.10%。")
	assert.Equal(t, want, errorsOf(t, []byte(with)))
	wrong := afterHeading(t, data, "三、支出决算情况说明", list+"。较2023年度减少63.14万元，下降2.20%。")
	assert.Contains(t, strings.Join(errorsOf(t, []byte(wrong)), " "), "narr.growth||本年支出合计：下降||-2.10|-2.20")
}

// TestEarlierYearGovernsTheSentence adds to the corpus Putuo 决算 last
// year's totals stated once for two subjects (the probe's case 147:
// "2023年度本年收入合计3009.39万元，本年支出合计3003.19万元。", Putuo's
// figures less their changes, 2946.25 + 63.14 and 2940.05 + 63.14): the
// year governs both, and the errors are the report's (the second was
// compared with this year's 2940.05). Where 本年 is set against 上年
// ("上年收入合计3009.39万元，本年收入合计2946.25万元") the second is this
// year's, and checked.
func TestEarlierYearGovernsTheSentence(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	want := errorsOf(t, []byte(data))
	for _, p := range []string{"2023年度本年收入合计3009.39万元，本年支出合计3003.19万元。", "上年本年收入合计3009.39万元，本年支出合计3003.19万元。",
		"上年收入合计3009.39万元，本年收入合计2946.25万元。"} {
		assert.Equal(t, want, errorsOf(t, []byte(afterHeading(t, data, "二、收入决算情况说明", p))), p)
	}
	wrong := afterHeading(t, data, "二、收入决算情况说明", "上年收入合计3009.39万元，本年收入合计2946.52万元。")
	assert.Contains(t, strings.Join(errorsOf(t, []byte(wrong)), " "), "narr.amount||本年收入合计||2946.25|2946.52")
}

// TestItemsOwnSplit adds to the corpus Putuo 决算's items their split
// ("支出决算为1511.89万元，其中：基本支出1503.52万元，项目支出8.37万元", the
// 2010601 row of its 一般公共预算财政拨款支出决算表), under the item's heading
// or named with its code ("另外，行政运行（2010601）支出决算…"): it is the
// item's, not the table's 基本支出 and 项目支出 (the probe's ITM3: two
// false errors against 2336.91 and 603.14, and the coded item bound to
// the item before it). The same errors; a split the row contradicts is an
// error of the row's column.
func TestItemsOwnSplit(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	want := errorsOf(t, []byte(data))
	item := regexp.MustCompile(`支出决算为1511\.89万\n元。`) // item 1's, 2010601
	require.True(t, item.MatchString(data))
	const right = "支出决算为1511.89万元，其中：基本支出1503.52万元，项目支出8.37万元。\n"
	assert.Equal(t, want, errorsOf(t, []byte(item.ReplaceAllString(data, right))))
	coded := afterHeading(t, data, "（三）一般公共预算财政拨款支出决算具体情况",
		"另外，行政运行（2010601）支出决算1511.89万元，其中：基本支出1503.52万元，项目支出8.37万元。")
	assert.Equal(t, want, errorsOf(t, []byte(coded)))
	wrong := errorsOf(t, []byte(item.ReplaceAllString(data, "支出决算为1511.89万元，其中：基本支出1511.89万元，项目支出0万元。\n")))
	assert.Contains(t, wrong, "narr.amount||一般公共服务支出（类）财政事务（款）行政运行（项）：基本支出||1503.52|1511.89")
	assert.Contains(t, wrong, "narr.amount||一般公共服务支出（类）财政事务（款）行政运行（项）：项目支出||8.37|0.00")
	assert.Len(t, wrong, len(want)+2)
}

// TestNumberedRunInSubheadings adds to the corpus Putuo 决算 paragraphs in
// the Chongqing 决算公开说明's layout: sub-headings numbered "1." and run
// into their paragraph ("2.收入情况。2024年度收入合计…", "3.一般公共预算财政
// 拨款支出决算具体情况。…"), Putuo's figures (the probe's cases 148, 149).
// Each sets what its figures are of: the same errors (the 项 were
// compared with the 财政拨款收入支出决算总表, which prints 类 rows only:
// two false errors each), and a figure changed is an error (the shares
// were of an unknown whole, 财政拨款支出 unread, and an item with the
// year after its name, "（项）2024年度决算数为…", unread).
func TestNumberedRunInSubheadings(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	want := errorsOf(t, []byte(data))
	block := "（二）财政拨款收支情况说明\n" +
		" 1.财政拨款收支总体情况。2024年度财政拨款支出2940.05万元，主要原因是人员减少。\n" +
		" 3.一般公共预算财政拨款支出决算具体情况。2024年度一般公共预算财政拨款支出决算数为2940.05万元。其中：\n" +
		" 1.一般公共服务支出（类）财政事务（款）行政运行（项）：支出决算数为1511.89万元，比预算数减少48.16万元，下降3.09%。\n" +
		" 2.一般公共服务支出（类）财政事务（款）一般行政管理事务（项）：支出决算数为10.00万元，与预算数持平。\n" +
		" （3）一般公共服务支出（类）财政事务（款）信息化建设（项）2024年度决算数为135.25万元，较年初预算数减少0.65万元，下降0.48%。\n" +
		" 2.收入情况。2024年度收入合计2946.25万元。其中：财政拨款收入2940.05万元，占99.79%。\n" +
		" 3.支出情况。2024年度支出合计2940.05万元。其中：基本支出2336.91万元，占79.49%。"
	with := afterHeading(t, data, "三、支出决算情况说明", block)
	assert.Equal(t, want, errorsOf(t, []byte(with)))
	for from, key := range map[string]string{
		"支出决算数为1511.89万元": "narr.amount||一般公共服务支出（类）财政事务（款）行政运行（项）：支出决算数||1511.89|1151.89",
		"占99.79%":         "narr.share||财政拨款收入：占||99.79|97.79",
		"占79.49%":         "narr.share||基本支出：占||79.49|79.94",
		"财政拨款支出2940.05万元，主要": "narr.amount||财政拨款本年支出合计：财政拨款支出||2940.05|2904.05",
		"2024年度决算数为135.25万元": "|135.25|153.25",
	} {
		to := strings.NewReplacer("1511.89", "1151.89", "99.79", "97.79", "79.49", "79.94", "2940.05", "2904.05", "135.25", "153.25").Replace(from)
		got := errorsOf(t, []byte(strings.Replace(with, from, to, 1)))
		assert.Contains(t, strings.Join(got, " "), key, from)
		assert.Len(t, got, len(want)+1, from)
	}
}

// TestClassesWithNestedItems replaces the corpus Putuo 决算's 具体情况
// with its four 类 each followed by some of its 项 (Zhejiang's and Hunan's
// way; Putuo's figures): the 类's 年初预算 add up to the total's
// (2156.47 + 328.92 + 62.29 + 446.25 = 2993.93), the 项 under them are
// not added again (the probe's case 156: one false error, the total
// against 5025.47). The same errors; a total's 年初预算 mistyped is still
// an error.
func TestClassesWithNestedItems(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	const from, to = "（三）一般公共预算财政拨款支出决算具体情况", "  六、一般公共预算财政拨款基本支出决算情况说明"
	i, j := strings.LastIndex(data, from), strings.LastIndex(data, to)
	require.True(t, i > 0 && j > i)
	section := from + "\n" + strings.Join([]string{
		"2024年度一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.2%。其中：",
		"1.一般公共服务支出（类）。年初预算为2156.47万元，支出决算为2106.66万元，完成年初预算的97.69%。其中：",
		"（1）财政事务（款）行政运行（项）。年初预算为1560.05万元，支出决算为1511.89万元，完成年初预算的96.91%。",
		"（2）财政事务（款）信息化建设（项）。年初预算为135.90万元，支出决算为135.25万元，完成年初预算的99.52%。",
		"2.社会保障和就业支出（类）。年初预算为328.92万元，支出决算为326.72万元，完成年初预算的99.33%。其中：",
		"（1）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为85.55万元，支出决算为84.65万元，完成年初预算的98.95%。",
		"3.卫生健康支出（类）。年初预算为62.29万元，支出决算为60.99万元，完成年初预算的97.91%。",
		"4.住房保障支出（类）。年初预算为446.25万元，支出决算为445.69万元，完成年初预算的99.87%。其中：",
		"（1）住房改革支出（款）住房公积金（项）。年初预算为187.75万元，支出决算为187.19万元，完成年初预算的99.70%。",
	}, "\n\n") + "\n\n"
	with := data[:i] + section + data[j:]
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(with)))
	wrong := errorsOf(t, []byte(strings.Replace(with, "年初预算为2993.92万元", "年初预算为2939.92万元", 1)))
	assert.Contains(t, strings.Join(wrong, " "), "|2993.93|2939.92")
}

// TestItemsListedUnderBasicOrProject adds to the corpus Putuo 决算 the 项
// its 项目支出 and its 基本支出 went to ("项目支出603.14万元，占20.51%，主要用
// 于：行政运行8.37万元、…", the 项目支出 column of the 支出决算表's rows;
// 8.37 + 10.00 + 135.25 + 449.52 = 603.14): each is its row's 项目支出 or
// 基本支出, not its 合计 (the probe's case 158: "行政运行 expected 1511.89").
// The same errors; an item mistyped is an error of its row's column.
func TestItemsListedUnderBasicOrProject(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	want := errorsOf(t, []byte(data))
	const project = "项目支出603.14万元，占20.51%，主要用于：行政运行8.37万元、一般行政管理事务10.00万元、信息化建设135.25万元、财政委托业务支出449.52万元。"
	const basic = "基本支出2336.91万元，占79.49%，主要用于：行政运行1503.52万元。"
	const among = "项目支出603.14万元，占20.51%；项目支出中，行政运行8.37万元，财政委托业务支出449.52万元。"
	for _, p := range []string{project, basic, among} {
		assert.Equal(t, want, errorsOf(t, []byte(afterHeading(t, data, "三、支出决算情况说明", p))), p)
	}
	wrong := errorsOf(t, []byte(afterHeading(t, data, "三、支出决算情况说明", strings.Replace(project, "8.37", "8.73", 1))))
	assert.Contains(t, strings.Join(wrong, " "), "|8.37|8.73")
	assert.Len(t, wrong, len(want)+1)
}

// TestPartsOfPersonnelAndPublicCosts adds to the corpus Putuo 决算 its
// 人员经费 and 公用经费 split into named parts ("其中：在职人员经费2013.15万元，
// 离退休人员经费139.11万元", 2013.15 + 139.11 = 2152.26; "日常公用经费170.00
// 万元，其他公用经费14.65万元", = 184.65): parts, which no table prints, not
// the wholes (the probe's case 154: an error each). The same errors; the
// whole mistyped is still an error.
func TestPartsOfPersonnelAndPublicCosts(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	const p = "人员经费2152.26万元，其中：在职人员经费2013.15万元，离退休人员经费139.11万元；公用经费184.65万元，其中：日常公用经费170.00万元，其他公用经费14.65万元。"
	const h = "六、一般公共预算财政拨款基本支出决算情况说明"
	want := errorsOf(t, []byte(data))
	assert.Equal(t, want, errorsOf(t, []byte(afterHeading(t, data, h, p))))
	wrong := errorsOf(t, []byte(afterHeading(t, data, h, strings.Replace(p, "2152.26", "2125.26", 1))))
	assert.Contains(t, strings.Join(wrong, " "), "|2152.26|2125.26")
	assert.Len(t, wrong, len(want)+1)
	// Other provinces' parts: 行政/事业人员经费, 定额/非定额 and 基本/专项
	// 公用经费 (Henan, Hubei, Hunan).
	for _, other := range []string{"人员经费2152.26万元，其中：行政人员经费2013.15万元，事业人员经费139.11万元。",
		"公用经费184.65万元，其中：定额公用经费150.00万元，非定额公用经费34.65万元。",
		"公用经费184.65万元（其中：基本公用经费170.00万元，专项公用经费14.65万元）。"} {
		assert.Equal(t, want, errorsOf(t, []byte(afterHeading(t, data, h, other))), other)
	}
	// Words naming the whole are no qualifier: the whole mistyped is
	// still an error (the probe's PQ1–PQ6; "本部门" was read as "部门"
	// after a "本" that made a part).
	for _, whole := range []string{"本部门人员经费", "财政拨款安排的人员经费", "本年度人员经费", "用于人员经费", "基本支出中的人员经费", "一般公共预算人员经费"} {
		p := "一般公共预算财政拨款基本支出2336.91万元，其中：" + whole + "2125.26万元。"
		assert.Contains(t, strings.Join(errorsOf(t, []byte(afterHeading(t, data, h, p))), " "), "|2152.26|2125.26", whole)
	}
}

// TestOtherCostsInThreePublicSection adds to the corpus Putuo 决算's "三公"
// section the 会议费 and 培训费 Shaanxi's template reports there ("培训费支出
// 4.05万元，比上年增加0.50万元，增长14.08%", 0.50 / 3.55 = 14.08 %): their
// changes are theirs, not the "三公"'s (the probe's case 155: one false
// growth error against the 三公's 0). The same errors.
func TestOtherCostsInThreePublicSection(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	with := afterHeading(t, data, "七、财政拨款“三公”经费支出决算情况说明",
		"2024年度会议费支出0万元，与上年持平；培训费支出4.05万元，比上年增加0.50万元，增长14.08%，主要原因是业务培训增加。")
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(with)))
}

// TestNonAppropriationParts adds to the corpus Putuo 决算 the split of its
// 收入 and 基本支出 into 财政拨款 and 非财政拨款, or into the 本级's and
// the units' parts ("非财政拨款收入6.20万元",
// 2946.25 − 2940.05; "非财政拨款基本支出0万元"): what is not 财政拨款 is not
// the 财政拨款 its words end with (the probe's case 165: an error each).
// The same errors; the 财政拨款 part mistyped is still an error.
func TestNonAppropriationParts(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	want := errorsOf(t, []byte(data))
	const income = "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，非财政拨款收入6.20万元。"
	const basic = "基本支出2336.91万元（其中：财政拨款基本支出2336.91万元，非财政拨款基本支出0万元）。"
	assert.Equal(t, want, errorsOf(t, []byte(afterHeading(t, data, "二、收入决算情况说明", income))))
	assert.Equal(t, want, errorsOf(t, []byte(afterHeading(t, data, "三、支出决算情况说明", basic))))
	// The 本级's, a unit's or a source's part (the probe's QN1, QN4 of
	// case 154).
	for h, p := range map[string]string{"二、收入决算情况说明": "财政拨款收入中，本级财政拨款收入2900.00万元，上级财政拨款收入40.05万元。",
		"三、支出决算情况说明": "基本支出2336.91万元，其中：本级基本支出2300.00万元，所属单位基本支出36.91万元。"} {
		assert.Equal(t, want, errorsOf(t, []byte(afterHeading(t, data, h, p))), p)
	}
	wrong := errorsOf(t, []byte(afterHeading(t, data, "二、收入决算情况说明", strings.Replace(income, "2940.05", "2904.05", 1))))
	assert.Contains(t, strings.Join(wrong, " "), "|2940.05|2904.05")
}

// TestSelfEvaluatedShareOfProjects adds to the corpus Putuo 决算's 预算绩效
// section the central template's sentence "本部门组织对2024年度4个项目支出开展
// 了绩效自评，共涉及一般公共预算当年财政拨款598.42万元，占一般公共预算项目支出
// 总额的99.22%" (598.42 / 603.14 = 99.22 %; the probe's case 167, not
// checked before): the money is no table's, but its share of the
// 一般公共预算 项目支出 is checked. The same errors; the share mistyped is
// an error.
func TestSelfEvaluatedShareOfProjects(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	const p = "本部门组织对2024年度4个项目支出开展了绩效自评，共涉及一般公共预算当年财政拨款598.42万元，占一般公共预算项目支出总额的99.22%。"
	want := errorsOf(t, []byte(data))
	assert.Equal(t, want, errorsOf(t, []byte(afterHeading(t, data, "十、预算绩效管理情况", p))))
	wrong := errorsOf(t, []byte(afterHeading(t, data, "十、预算绩效管理情况", strings.Replace(p, "99.22", "92.22", 1))))
	assert.Contains(t, strings.Join(wrong, " "), "|99.22|92.22")
	assert.Len(t, wrong, len(want)+1)
}

// TestApproximateFigures adds to the corpus Putuo 决算 round figures and
// bounds ("本年支出合计近3000万元", "超过2900万元", "政府采购预算金额超过400
// 万元的项目0个"): they are no amounts of the report. The same errors (each
// was compared as an equality).
func TestApproximateFigures(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	with := afterHeading(t, data, "三、支出决算情况说明", "本年支出合计近3000万元，超过2900万元。政府采购预算金额超过400万元的项目0个。")
	assert.Equal(t, errorsOf(t, []byte(data)), errorsOf(t, []byte(with)))
}

// afterHeading inserts a paragraph after the 情况说明's heading (the last
// place it is printed: the first is the contents' line).
func afterHeading(t *testing.T, data, heading, paragraph string) string {
	t.Helper()
	at := strings.LastIndex(data, heading)
	require.Positive(t, at, heading)
	at += len(heading)
	return data[:at] + "\n " + paragraph + data[at:]
}

// TestItemHeadingParenNumber numbers Putuo's first item "（1）" and names
// it by its code ("（1）行政运行（2010601）。"): the heading starts a
// paragraph of its own, so the item's figures are the item's, and the
// errors are the report's (before, the item's 支出决算 was compared with
// the whole 一般公共预算 total).
func TestItemHeadingParenNumber(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	const at = "1、一般公共服务支出（类）财政事务（款）行政运行（项）。"
	require.Contains(t, data, at)
	want := errorsOf(t, []byte(data))
	for _, h := range []string{"（1）行政运行（2010601）。", "(1)行政运行（2010601）：", "（1）一般公共服务支出（类）财政事务（款）行政运行（项）。"} {
		assert.Equal(t, want, errorsOf(t, []byte(strings.Replace(data, at, h, 1))), h)
	}
}
