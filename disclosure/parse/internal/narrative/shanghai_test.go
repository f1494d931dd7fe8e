package narrative_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/narrative"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/cnfiscal/fiscal/threepublic"
)

const shanghaiReport = "shanghai-putuo-czj-2024.layout.txt"

// paragraphs joins the wrapped lines of a layout text into paragraphs, as
// the layout parser hands them over: a blank line or an indented line
// starts a paragraph (wrapped lines start at the margin), and each
// paragraph has the number of its first line.
func paragraphs(lines []text.Line) []text.Line {
	var out []text.Line
	var cur *text.Line
	for _, l := range lines {
		t := strings.TrimSpace(strings.ReplaceAll(l.Text, "\u3000", " "))
		if t == "" {
			cur = nil
			continue
		}
		if cur == nil || strings.HasPrefix(l.Text, " ") {
			out = append(out, text.Line{N: l.N})
			cur = &out[len(out)-1]
		}
		cur.Text += t
	}
	return out
}

// shanghaiNarrative returns the paragraphs of 第三部分 of the Putuo report.
func shanghaiNarrative(t *testing.T) []text.Line {
	t.Helper()
	lines := corpusLines(t, shanghaiReport)
	from, to := -1, -1
	for i, l := range lines {
		s := strings.TrimSpace(l.Text)
		switch {
		case from < 0 && strings.HasPrefix(s, "第三部分") && i > 100:
			from = i
		case from >= 0 && to < 0 && strings.HasPrefix(s, "第四部分"):
			to = i
		}
	}
	require.True(t, from >= 0 && to > from, "第三部分 … 第四部分 not found")
	return paragraphs(lines[from:to])
}

func c(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }

func fn(s string) classify.Function { return classify.MustParse[classify.FunctionKind](s) }

// shanghaiDoc holds the cells of the Putuo tables the narrative speaks of
// (report lines 128–491), typed by hand.
func shanghaiDoc() *disclosure.Document {
	in, out := accounts.SideIncome, accounts.SideExpenditure
	row := func(side accounts.Side, it accounts.Item, cells accounts.Cells) accounts.Row {
		return accounts.Row{Side: side, Item: it, Cells: cells}
	}
	frow := func(code, name string, total string, more ...string) accounts.Row {
		cells := accounts.Cells{accounts.ColTotal: c(total)}
		if len(more) > 0 && more[0] != "" {
			cells[accounts.ColBasic] = c(more[0])
		}
		if len(more) > 1 && more[1] != "" {
			cells[accounts.ColProject] = c(more[1])
		}
		return accounts.Row{Function: fn(code), Name: name, Cells: cells}
	}
	amt := func(s string) accounts.Cells { return accounts.Cells{accounts.ColAmount: c(s)} }
	summary := accounts.NewTable(accounts.KindSummary).Add(
		row(in, accounts.ItemGeneralIncome, amt("2940.05")),
		row(in, accounts.ItemOtherIncome, amt("6.20")),
		row(in, accounts.ItemIncomeTotal, amt("2946.25")),
		row(in, accounts.ItemOpening, amt("49.14")),
		row(in, accounts.ItemGrandTotal, amt("2995.39")),
		row(out, accounts.ItemExpenditureTotal, amt("2940.05")),
		row(out, accounts.ItemClosing, amt("55.34")),
		row(out, accounts.ItemGrandTotal, amt("2995.39")),
	)
	income := accounts.NewTable(accounts.KindIncome).Add(
		row(0, accounts.ItemTotal, accounts.Cells{accounts.ColTotal: c("2946.25"), accounts.ColAppropriation: c("2940.05"), accounts.ColOtherIncome: c("6.20")}))
	expenditure := accounts.NewTable(accounts.KindExpenditure).Add(
		row(0, accounts.ItemTotal, accounts.Cells{accounts.ColTotal: c("2940.05"), accounts.ColBasic: c("2336.91"), accounts.ColProject: c("603.14")}))
	appr := accounts.NewTable(accounts.KindAppropriationSummary).Add(
		row(in, accounts.ItemGeneral, amt("2940.05")),
		row(in, accounts.ItemIncomeTotal, amt("2940.05")),
		row(in, accounts.ItemOpening, amt("21.63")),
		row(in, accounts.ItemGrandTotal, amt("2961.68")),
		row(out, accounts.ItemExpenditureTotal, accounts.Cells{accounts.ColTotal: c("2940.05"), accounts.ColGeneral: c("2940.05")}),
		row(out, accounts.ItemClosing, accounts.Cells{accounts.ColTotal: c("21.63"), accounts.ColGeneral: c("21.63")}),
		row(out, accounts.ItemGrandTotal, accounts.Cells{accounts.ColTotal: c("2961.68"), accounts.ColGeneral: c("2961.68")}),
	)
	general := accounts.NewTable(accounts.KindGeneralBudget).Add(
		frow("201", "一般公共服务支出", "2106.66", "1503.52", "603.14"),
		frow("20106", "财政事务", "2106.66", "1503.52", "603.14"),
		frow("2010601", "行政运行", "1511.89", "1503.52", "8.37"),
		frow("2010602", "一般行政管理事务", "10.00", "", "10.00"),
		frow("2010607", "信息化建设", "135.25", "", "135.25"),
		frow("2010608", "财政委托业务支出", "449.52", "", "449.52"),
		frow("208", "社会保障和就业支出", "326.72", "326.72"),
		frow("20805", "行政事业单位养老支出", "326.72", "326.72"),
		frow("2080501", "行政单位离退休", "84.65", "84.65"),
		frow("2080505", "机关事业单位基本养老保险缴费支出", "160.75", "160.75"),
		frow("2080506", "机关事业单位职业年金缴费支出", "80.38", "80.38"),
		frow("2080599", "其他行政事业单位养老支出", "0.94", "0.94"),
		frow("210", "卫生健康支出", "60.99", "60.99"),
		frow("21011", "行政事业单位医疗", "60.99", "60.99"),
		frow("2101101", "行政单位医疗", "60.99", "60.99"),
		frow("221", "住房保障支出", "445.69", "445.69"),
		frow("22102", "住房改革支出", "445.69", "445.69"),
		frow("2210201", "住房公积金", "187.19", "187.19"),
		frow("2210203", "购房补贴", "258.50", "258.50"),
		row(0, accounts.ItemTotal, accounts.Cells{accounts.ColTotal: c("2940.05"), accounts.ColBasic: c("2336.91"), accounts.ColProject: c("603.14")}),
	)
	basic := accounts.NewTable(accounts.KindBasicExpenditure).Add(
		row(0, accounts.ItemPersonnelTotal, amt("2152.26")),
		row(0, accounts.ItemPublicTotal, amt("184.65")),
	)
	return &disclosure.Document{
		Department: "上海市普陀区财政局",
		Year:       2024,
		Tables: &accounts.Tables{Summary: summary, Income: income, Expenditure: expenditure, AppropriationSummary: appr,
			GeneralBudget: general, BasicExpenditure: basic},
		ThreePublic: &threepublic.Table{Unit: fiscal.WanYuan, Decimals: 2,
			Budget: threepublic.Figures{Total: c("0.95"), Reception: c("0.95")}},
		RunningCost: &disclosure.PrintedRunningCost{Amount: fiscal.Wan("184.65"), Decimals: 2},
		Procurement: &procurement.Summary{Total: c("251.25"), Goods: c("4.79"), Works: c("0"), Services: c("246.47"),
			Reserved: &procurement.Reservation{ReservedSME: c("246.47"), ReservedMicro: c("0"), SMEWonReserved: c("246.47"),
				MicroWonReserved: c("0"), SMEWonOther: c("4.79")},
			Unit: fiscal.WanYuan, Decimals: 2},
	}
}

func TestShanghaiCorpus(t *testing.T) {
	paras := shanghaiNarrative(t)
	doc := shanghaiDoc()
	res := narrative.Extract(paras, doc)
	for _, s := range res.Statements {
		fs := doc.CheckStatement(s, nil)
		t.Logf("%s  %v", describe(s), fs)
	}
	for _, f := range res.Findings {
		t.Logf("finding: %v", f)
	}
	t.Logf("stats %+v", res.Stats)

	// 财政拨款收入支出总计0.3万元: the 总计 of 财政拨款收入支出决算总表, 2961.68.
	apprIn := disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideIncome, accounts.ItemGrandTotal, accounts.ColAmount)
	var got *disclosure.Statement
	for i, s := range res.Statements {
		if s.Figure == "0.3万元" && s.Kind == disclosure.KindAmount && reflect.DeepEqual(s.Of, apprIn) {
			got = &res.Statements[i]
		}
	}
	require.NotNil(t, got, "no statement of 0.3万元 against 财政拨款收入支出决算总表 收入 总计")
	assert.Contains(t, got.Text, "财政拨款收入支出总计0.3万元")
	fs := doc.CheckStatement(*got, nil)
	require.Len(t, fs, 1)
	assert.Equal(t, "narr.amount", fs[0].Rule)
	assert.Equal(t, fiscal.SeverityError, fs[0].Severity)
	assert.Equal(t, "2961.68", fs[0].Expected.String())
	assert.Equal(t, "0.30", fs[0].Actual.String())
}

// TestShanghaiTemplate reads the blank national template: its XXX
// placeholders are no figures, so it states nothing and nothing is left
// unattributed.
func TestShanghaiTemplate(t *testing.T) {
	lines := corpusLines(t, "shanghai-template-2024.layout.txt")
	from, to := -1, -1
	for i, l := range lines {
		s := strings.TrimSpace(l.Text)
		switch {
		case from < 0 && strings.HasPrefix(s, "第三部分") && i > 100:
			from = i
		case from >= 0 && to < 0 && strings.HasPrefix(s, "第四部分"):
			to = i
		}
	}
	require.True(t, from >= 0 && to > from, "第三部分 … 第四部分 not found")
	res := narrative.Extract(paragraphs(lines[from:to]), shanghaiDoc())
	for _, s := range res.Statements {
		t.Errorf("statement from the template: %s %q", describe(s), s.Text)
	}
	for _, f := range res.Findings {
		t.Errorf("finding on the template: %v", f)
	}
	t.Logf("template: %+v", res.Stats)
}

// TestShanghaiFixture reads the Putuo narrative as logical paragraphs and
// checks every statement, what is left unattributed (the 预算金额 of
// projects the document has no forms for), and what the checks then find: 财政拨款收入支出总计 printed
// 0.3 against 2961.68, 一般公共服务支出 71.73% (2106.66 / 2940.05 is
// 71.65%), the items' 年初预算 adding up to 2993.93 against 2993.92, and
// two completion rates of a zero budget.
func TestShanghaiFixture(t *testing.T) {
	doc := shanghaiDoc()
	res := narrative.Extract(putuoLines(), doc)
	var got []string
	for _, s := range res.Statements {
		got = append(got, fmt.Sprintf("%d %s", s.Line, brief(s)))
	}
	assert.Equal(t, putuoStatements, got)
	// 663: 涉及预算金额598.42万元 three times.
	var unattributed []int
	for _, f := range res.Findings {
		unattributed = append(unattributed, f.Where.Line)
	}
	assert.Equal(t, []int{663, 663, 663}, unattributed)
	assert.Equal(t, []string{
		"narr.amount error 548 2961.68 0.30", "narr.amount error 548 2961.68 0.30",
		"narr.amount info 573 2993.93 2993.92",
		"narr.completion info 639  0", "narr.completion info 639  0",
		"narr.share error 564 71.65 71.73",
	}, checkAll(doc, res.Statements))
	assert.Equal(t, narrative.Stats{Figures: 101, Statements: 109, Inputs: 11, Ignored: 1, Unattributed: 3}, res.Stats)
	for _, s := range res.Statements {
		assert.NotEmpty(t, s.Section)
	}
}

var putuoStatements = []string{
	"530 amount 2995.39万元 of 收入支出决算总表 收入/总计 决算数",
	"530 amount 2995.39万元 of 收入支出决算总表 支出/总计 决算数",
	"530 change 56.95万元 减少 of 收入支出决算总表 收入/总计 决算数",
	"530 change 56.95万元 减少 of 收入支出决算总表 支出/总计 决算数",
	"530 growth 1.87% 下降 of 收入支出决算总表 收入/总计 决算数 over printed 56.95",
	"530 growth 1.87% 下降 of 收入支出决算总表 支出/总计 决算数 over printed 56.95",
	"536 amount 2946.25万元 of 收入支出决算总表 收入/本年收入合计 决算数",
	"536 amount 2940.05万元 of 收入决算表 合计 财政拨款收入",
	"536 share 99.79% of 收入决算表 合计 财政拨款收入 over 收入支出决算总表 收入/本年收入合计 决算数",
	"536 amount 6.2万元 of 收入决算表 合计 其他收入",
	"536 share 0.21% of 收入决算表 合计 其他收入 over 收入支出决算总表 收入/本年收入合计 决算数",
	"543 amount 2940.05万元 of 收入支出决算总表 支出/本年支出合计 决算数",
	"543 amount 2336.91万元 of 支出决算表 合计 基本支出",
	"543 share 79.49% of 支出决算表 合计 基本支出 over 收入支出决算总表 支出/本年支出合计 决算数",
	"543 amount 603.14万元 of 支出决算表 合计 项目支出",
	"543 share 20.51% of 支出决算表 合计 项目支出 over 收入支出决算总表 支出/本年支出合计 决算数",
	"548 amount 0.3万元 of 财政拨款收入支出决算总表 收入/总计 决算数",
	"548 amount 0.3万元 of 财政拨款收入支出决算总表 支出/总计 合计",
	"548 change 0万元 持平 of 财政拨款收入支出决算总表 收入/总计 决算数",
	"548 change 0万元 持平 of 财政拨款收入支出决算总表 支出/总计 合计",
	"558 amount 2940.05万元 of 一般公共预算财政拨款支出决算表 合计 合计",
	"558 share 100.00% of 一般公共预算财政拨款支出决算表 合计 合计 over 收入支出决算总表 支出/本年支出合计 决算数",
	"558 change 63.14万元 减少 of 一般公共预算财政拨款支出决算表 合计 合计",
	"558 growth 2.10% 下降 of 一般公共预算财政拨款支出决算表 合计 合计 over printed 63.14",
	"564 amount 2940.05万元 of 一般公共预算财政拨款支出决算表 合计 合计",
	"564 amount 2106.66万元 of 一般公共预算财政拨款支出决算表 201 合计",
	"564 share 71.73% of 一般公共预算财政拨款支出决算表 201 合计 over 一般公共预算财政拨款支出决算表 合计 合计",
	"564 amount 326.72万元 of 一般公共预算财政拨款支出决算表 208 合计",
	"564 share 11.11% of 一般公共预算财政拨款支出决算表 208 合计 over 一般公共预算财政拨款支出决算表 合计 合计",
	"564 amount 60.99万元 of 一般公共预算财政拨款支出决算表 210 合计",
	"564 share 2.07% of 一般公共预算财政拨款支出决算表 210 合计 over 一般公共预算财政拨款支出决算表 合计 合计",
	"564 amount 445.69万元 of 一般公共预算财政拨款支出决算表 221 合计",
	"564 share 15.16% of 一般公共预算财政拨款支出决算表 221 合计 over 一般公共预算财政拨款支出决算表 合计 合计",
	"573 amount 2993.92万元 of printed 1560.05 + printed 10.00 + printed 135.90 + printed 450.52 + printed 85.55 + printed 161.62 + printed 80.81 + printed 0.94 + printed 62.29 + printed 187.75 + printed 258.50",
	"573 amount 2940.05万元 of 一般公共预算财政拨款支出决算表 合计 合计",
	"573 completion 98.20% of 一般公共预算财政拨款支出决算表 合计 合计 over printed 2993.92",
	"573 compare 小于 of printed 2940.05 over printed 2993.92",
	"576 amount 1511.89万元 of 一般公共预算财政拨款支出决算表 2010601 合计",
	"576 compare 小于 of printed 1511.89 over printed 1560.05",
	"580 amount 10.00万元 of 一般公共预算财政拨款支出决算表 2010602 合计",
	"580 compare 持平 of printed 10.00 over printed 10.00",
	"584 amount 135.25万元 of 一般公共预算财政拨款支出决算表 2010607 合计",
	"584 compare 小于 of printed 135.25 over printed 135.90",
	"588 amount 449.52万元 of 一般公共预算财政拨款支出决算表 2010608 合计",
	"588 compare 小于 of printed 449.52 over printed 450.52",
	"595 amount 84.65万元 of 一般公共预算财政拨款支出决算表 2080501 合计",
	"595 compare 小于 of printed 84.65 over printed 85.55",
	"599 amount 160.75万元 of 一般公共预算财政拨款支出决算表 2080505 合计",
	"599 compare 小于 of printed 160.75 over printed 161.62",
	"606 amount 80.38万元 of 一般公共预算财政拨款支出决算表 2080506 合计",
	"606 compare 小于 of printed 80.38 over printed 80.81",
	"611 amount 0.94万元 of 一般公共预算财政拨款支出决算表 2080599 合计",
	"611 compare 持平 of printed 0.94 over printed 0.94",
	"615 amount 60.99万元 of 一般公共预算财政拨款支出决算表 2101101 合计",
	"615 compare 小于 of printed 60.99 over printed 62.29",
	"619 amount 187.19万元 of 一般公共预算财政拨款支出决算表 2210201 合计",
	"619 compare 小于 of printed 187.19 over printed 187.75",
	"623 amount 258.50万元 of 一般公共预算财政拨款支出决算表 2210203 合计",
	"623 compare 持平 of printed 258.50 over printed 258.50",
	"628 amount 2336.91万元 of 一般公共预算财政拨款支出决算表 合计 基本支出",
	"628 amount 2152.26万元 of 一般公共预算财政拨款基本支出决算表 人员经费合计 决算数",
	"628 amount 184.65万元 of 一般公共预算财政拨款基本支出决算表 公用经费合计 决算数",
	"639 amount 0.95万元 of 三公 预算数/合计",
	"639 amount 0.00万元 of 三公 决算数/合计",
	"639 completion 0% of 三公 决算数/合计 over 三公 预算数/合计",
	"639 amount 0.00万元 of 三公 决算数/因公出国（境）费",
	"639 completion 0% of 三公 决算数/因公出国（境）费 over 三公 预算数/因公出国（境）费",
	"639 amount 0.00万元 of 三公 决算数/公务用车购置及运行费",
	"639 completion 0% of 三公 决算数/公务用车购置及运行费 over 三公 预算数/公务用车购置及运行费",
	"639 amount 0.00万元 of 三公 决算数/公务接待费",
	"639 completion 0% of 三公 决算数/公务接待费 over 三公 预算数/公务接待费",
	"639 compare 小于 of 三公 决算数/合计 over 三公 预算数/合计",
	"645 change 0万元 持平 of 三公 决算数/合计",
	"645 change 0万元 持平 of 三公 决算数/因公出国（境）费",
	"645 change 0万元 持平 of 三公 决算数/公务用车购置及运行费",
	"645 change 0万元 持平 of 三公 决算数/公务接待费",
	"663 count 4个",
	"663 count 4个",
	"663 count 4个",
	"663 count 99.43分",
	"663 count 4个",
	"663 count 0个",
	"663 count 0个",
	"663 count 0个",
	"663 count 0个",
	"663 count 0个",
	"663 count 0个",
	"681 amount 184.65万元 of 机关运行经费 ",
	"681 change 2.55万元 增加 of 机关运行经费 ",
	"681 growth 1.40% 增长 of 机关运行经费  over printed 2.55",
	"686 amount 251.25万元 of 政府采购 总额",
	"686 amount 4.79万元 of 政府采购 货物",
	"686 amount 0万元 of 政府采购 工程",
	"686 amount 246.47万元 of 政府采购 服务",
	"689 amount 246.47万元 of 政府采购 预留中小企业",
	"689 amount 0万元 of 政府采购 预留小微企业",
	"689 amount 246.47万元 of 政府采购 预留中小企业中标",
	"689 amount 0万元 of 政府采购 预留小微企业中标",
	"689 amount 4.79万元 of 政府采购 其他中小企业中标",
	"697 count 0辆",
	"697 count 0辆",
	"697 count 0辆",
	"697 count 0辆",
	"697 count 0辆",
	"697 count 0辆",
	"697 count 0辆",
	"697 count 0辆",
	"697 count 0辆",
	"697 count 2台（套）",
}
