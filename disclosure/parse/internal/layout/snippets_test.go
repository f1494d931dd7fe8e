package layout_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/layout"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/threepublic"
)

// at is a word printed from a rune column, the way pdftotext -layout
// places text on a grid of characters.
type at struct {
	x int
	s string
}

// fig is a figure right-aligned to end before column end.
func fig(end int, s string) at { return at{end - utf8.RuneCountInString(s), s} }

// lay builds layout text, one line per slice of words.
func lay(lines ...[]at) string {
	var b strings.Builder
	for _, l := range lines {
		col := 0
		for _, w := range l {
			if w.x > col {
				b.WriteString(strings.Repeat(" ", w.x-col))
				col = w.x
			} else if col > 0 {
				b.WriteByte(' ')
				col++
			}
			b.WriteString(w.s)
			col += utf8.RuneCountInString(w.s)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func L(ws ...at) []at { return ws }

func parse(s string) layout.Result { return layout.Parse(text.Split([]byte(s))) }

func rulesOf(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Rule != "parse.layout.table.missing" && f.Rule != "parse.layout.title" {
			out = append(out, f.Rule)
		}
	}
	return out
}

// The 支出决算表 columns of the snippets: figures end at these columns.
const (
	eTotal   = 36
	eBasic   = 46
	eProject = 56
)

func expenditureHeader() [][]at {
	return [][]at{
		L(at{25, "支出决算表"}),
		L(at{80, "单位：万元"}),
		L(at{8, "项目"}),
		L(at{30, "本年支出合计"}, at{40, "基本支出"}, at{50, "项目支出"}, at{60, "上缴上级支出"}, at{70, "经营支出"}, at{78, "对附属单位补助支出"}),
		L(at{2, "功能分类"}, at{14, "科目名称"}),
		L(at{1, "类"}, at{5, "款"}, at{9, "项"}),
	}
}

// TestSnippetCoded covers split codes, a name wrapped below its code line,
// figures printed above their row, a page break that narrows the columns,
// and notes.
func TestSnippetCoded(t *testing.T) {
	ls := expenditureHeader()
	ls = append(ls,
		L(fig(eTotal, "100.00"), fig(eBasic, "60.00")), // figures above 合计
		L(at{14, "合计"}, fig(eProject, "40.00")),
		L(at{0, "201"}, at{14, "一般公共服务支出"}, fig(eTotal, "100.00"), fig(eBasic, "60.00"), fig(eProject, "40.00")),
		L(at{0, "201"}, at{6, "06"}, at{14, "财政事务"}, fig(eTotal, "100.00"), fig(eBasic, "60.00"), fig(eProject, "40.00")),
		L(at{0, "201"}, at{6, "06"}, at{11, "01"}, fig(eTotal, "60.00"), fig(eBasic, "60.00")),
		L(at{14, "行政运行"}), // name below its code line
		L(),
		L(fig(eProject, "40.00")), // figure above its row
		L(at{0, "201"}, at{6, "06"}, at{11, "02"}, at{14, "一般行政管理事"}, fig(eTotal, "40.00")),
		L(at{14, "务"}),
		// A new page: pdftotext prints its columns narrower.
		L(at{0, "\f208"}, at{14, "社会保障和就业支出"}, fig(30, "5.00"), fig(38, "5.00")),
		L(at{0, "208"}, at{6, "05"}, at{14, "行政事业单位养老支出"}, fig(31, "5.00"), fig(39, "5.00")),
		L(at{0, "注：本表反映部门本年度各项支出情况。"}),
	)
	res := parse(lay(ls...))
	assert.Empty(t, rulesOf(res.Findings))
	tb := res.Document.Tables.Expenditure
	require.NotNil(t, tb)
	cs := func(total, basic, project string) accounts.Cells {
		var x accounts.Cells
		for col, s := range map[accounts.Column]string{accounts.ColTotal: total, accounts.ColBasic: basic, accounts.ColProject: project} {
			if s != "" {
				x[col] = c(s)
			}
		}
		return x
	}
	assert.Equal(t, []accounts.Row{
		{Item: accounts.ItemTotal, Name: "合计", Line: 7, Cells: cs("100.00", "60.00", "40.00")},
		{Function: fn("201"), Name: "一般公共服务支出", Line: 9, Cells: cs("100.00", "60.00", "40.00")},
		{Function: fn("20106"), Name: "财政事务", Line: 10, Cells: cs("100.00", "60.00", "40.00")},
		{Function: fn("2010601"), Name: "行政运行", Line: 11, Cells: cs("60.00", "60.00", "")},
		{Function: fn("2010602"), Name: "一般行政管理事务", Line: 14, Cells: cs("40.00", "", "40.00")},
		{Function: fn("208"), Name: "社会保障和就业支出", Line: 17, Cells: cs("5.00", "5.00", "")},
		{Function: fn("20805"), Name: "行政事业单位养老支出", Line: 18, Cells: cs("5.00", "5.00", "")},
	}, tb.Rows)
	assert.Equal(t, []string{"注：本表反映部门本年度各项支出情况。"}, tb.Notes)
	assert.Nil(t, tb.Columns)
	assert.Nil(t, tb.Headers)
}

// TestSnippetWrappedAbove covers a name printed around its code line: one
// piece above, one below, between rows whose names are on their code
// lines; and codes printed whole.
func TestSnippetWrappedAbove(t *testing.T) {
	ls := [][]at{
		L(at{20, "一般公共预算财政拨款支出决算表"}),
		L(at{50, "单位：万元"}),
		L(at{10, "项目"}),
		L(at{24, "合计"}, at{31, "基本支出"}, at{41, "项目支出"}),
		L(at{2, "功能分类"}, at{14, "科目名称"}),
		L(at{1, "207"}, at{11, "文化旅游体育与传媒支出"}, fig(28, "9.00"), fig(46, "9.00")),
		L(at{11, "其他文化旅游"}),
		L(at{1, "20799"}, at{11, "体育与传媒支"}, fig(28, "9.00"), fig(46, "9.00")),
		L(at{11, "出"}),
		L(at{11, "合计"}, fig(28, "9.00"), fig(46, "9.00")),
	}
	res := parse(lay(ls...))
	assert.Empty(t, rulesOf(res.Findings))
	rows := res.Document.Tables.GeneralBudget.Rows
	require.Len(t, rows, 3)
	assert.Equal(t, "文化旅游体育与传媒支出", rows[0].Name)
	assert.Equal(t, "其他文化旅游体育与传媒支出", rows[1].Name)
	assert.Equal(t, 7, rows[1].Line)
	assert.Equal(t, c("9.00"), rows[1].Cells[accounts.ColProject])
	assert.Equal(t, accounts.ItemTotal, rows[2].Item)
}

// TestSnippetSummary covers a two-sided table: labels that wrap with the
// other side's label between their pieces, and totals whose figures are
// printed above them.
func TestSnippetSummary(t *testing.T) {
	ls := [][]at{
		L(at{28, "财政拨款收入支出决算总表"}),
		L(at{80, "单位：万元"}),
		L(at{10, "收入"}, at{50, "支出"}),
		L(at{54, "一般公共预算"}, at{66, "政府性基金预算"}, at{78, "国有资本经营预算"}),
		L(at{4, "项目"}, at{17, "决算数"}, at{34, "项目"}, at{46, "合计"}, at{54, "财政拨款"}, at{66, "财政拨款"}, at{78, "财政拨款"}),
		L(fig(23, "100.00")),
		L(at{0, "一、一般公共预算财政拨款"}, at{27, "一、一般公共服务支出"}, fig(50, "90.00"), fig(61, "90.00")),
		L(at{0, "二、政府性基金预算财政拨"}),
		L(at{27, "二、外交支出"}),
		L(at{0, "款"}),
		L(at{27, "七、文化旅游体育与传媒支"}, fig(50, "10.00"), fig(61, "10.00")),
		L(at{27, "出"}),
		L(fig(23, "100.00"), fig(50, "100.00")),
		L(at{3, "本年收入合计"}, at{29, "本年支出合计"}, fig(61, "100.00")),
		L(at{0, "年初财政拨款结转和结余"}, at{27, "年末财政拨款结转和结余"}),
		L(at{0, "一、一般公共预算财政拨款"}),
		L(at{5, "总计"}, fig(23, "100.00"), at{31, "总计"}, fig(50, "100.00"), fig(61, "100.00")),
	}
	res := parse(lay(ls...))
	assert.Empty(t, rulesOf(res.Findings))
	tb := res.Document.Tables.AppropriationSummary
	require.NotNil(t, tb)
	amount := func(s string) accounts.Cells { return accounts.Cells{accounts.ColAmount: c(s)} }
	gen := func(s string) accounts.Cells {
		return accounts.Cells{accounts.ColTotal: c(s), accounts.ColGeneral: c(s)}
	}
	in, ex := accounts.SideIncome, accounts.SideExpenditure
	assert.Equal(t, []accounts.Row{
		{Side: in, Item: accounts.ItemGeneral, Name: "一、一般公共预算财政拨款", Line: 6, Cells: amount("100.00")},
		{Side: ex, Function: fn("201"), Name: "一、一般公共服务支出", Line: 7, Cells: gen("90.00")},
		{Side: in, Item: accounts.ItemGovFund, Name: "二、政府性基金预算财政拨款", Line: 8},
		{Side: ex, Function: fn("202"), Name: "二、外交支出", Line: 9},
		{Side: ex, Function: fn("207"), Name: "七、文化旅游体育与传媒支出", Line: 11, Cells: gen("10.00")},
		{Side: in, Item: accounts.ItemIncomeTotal, Name: "本年收入合计", Line: 13, Cells: amount("100.00")},
		{Side: ex, Item: accounts.ItemExpenditureTotal, Name: "本年支出合计", Line: 13, Cells: gen("100.00")},
		{Side: in, Item: accounts.ItemOpening, Name: "年初财政拨款结转和结余", Line: 15},
		{Side: ex, Item: accounts.ItemClosing, Name: "年末财政拨款结转和结余", Line: 15},
		{Side: in, Under: accounts.ItemOpening, Item: accounts.ItemGeneral, Name: "一、一般公共预算财政拨款", Line: 16},
		{Side: in, Item: accounts.ItemGrandTotal, Name: "总计", Line: 17, Cells: amount("100.00")},
		{Side: ex, Item: accounts.ItemGrandTotal, Name: "总计", Line: 17, Cells: gen("100.00")},
	}, tb.Rows)
}

// TestSnippetBasic covers the two halves of the 基本支出 table: the right
// half's 款 on the line below its 类, a letter-spaced name that wraps, and
// the two totals with their figures above them.
func TestSnippetBasic(t *testing.T) {
	ls := [][]at{
		L(at{20, "一般公共预算财政拨款基本支出决算表"}),
		L(at{65, "单位：万元"}),
		L(at{4, "经济分类"}, at{43, "经济分类"}),
		L(at{19, "科目名称"}, at{29, "决算数"}, at{57, "科目名称"}, at{69, "决算数"}),
		L(at{0, "类"}, at{8, "款"}, at{39, "类"}, at{47, "款"}),
		L(at{0, "301"}, fig(36, "10.00"), at{39, "302"}, fig(76, "3.00")),
		L(at{12, "工资福利支出"}, at{51, "商品和服务支出"}),
		L(),
		L(fig(36, "10.00"), fig(76, "3.00")),
		L(at{0, "301"}, at{7, "01"}, at{39, "302"}, at{51, "因 公 出 国 （ 境 ） 费"}),
		L(at{12, "基本工资"}, at{46, "12"}),
		L(at{51, "用"}),
		L(fig(36, "10.00"), fig(76, "3.00")),
		L(at{11, "人员经费合计"}, at{47, "公用经费合计"}),
	}
	res := parse(lay(ls...))
	assert.Empty(t, rulesOf(res.Findings))
	tb := res.Document.Tables.BasicExpenditure
	require.NotNil(t, tb)
	amt := func(s string) accounts.Cells { return accounts.Cells{accounts.ColAmount: c(s)} }
	assert.Equal(t, []accounts.Row{
		{Economic: eco("301"), Name: "工资福利支出", Line: 6, Cells: amt("10.00")},
		{Economic: eco("302"), Name: "商品和服务支出", Line: 6, Cells: amt("3.00")},
		{Economic: eco("30101"), Name: "基本工资", Line: 9, Cells: amt("10.00")},
		{Economic: eco("30212"), Name: "因公出国（境）费用", Line: 9, Cells: amt("3.00")},
		{Item: accounts.ItemPersonnelTotal, Name: "人员经费合计", Line: 13, Cells: amt("10.00")},
		{Item: accounts.ItemPublicTotal, Name: "公用经费合计", Line: 13, Cells: amt("3.00")},
	}, tb.Rows)
}

// TestSnippetThreePublic reads the "三公" table's twelve columns.
func TestSnippetThreePublic(t *testing.T) {
	var labels []at
	for i := 0; i < 12; i++ {
		s := "预算数"
		if i%2 == 1 {
			s = "决算数"
		}
		labels = append(labels, at{i * 7, s})
	}
	ls := [][]at{
		L(at{29, "财政拨款“三公”经费支出决算表"}),
		L(at{75, "单位：万元"}),
		L(at{35, "财政拨款“三公”经费"}),
		labels,
		L(fig(4, "3.00"), fig(11, "2.50"), fig(60, "1.00"), fig(74, "2.00"), fig(81, "2.50")),
	}
	res := parse(lay(ls...))
	assert.Empty(t, rulesOf(res.Findings))
	assert.Equal(t, &threepublic.Table{Title: "财政拨款“三公”经费支出决算表", Unit: fiscal.WanYuan, Decimals: 2, Line: 5,
		Budget: threepublic.Figures{Total: c("3.00"), VehicleOperation: c("1.00"), Reception: c("2.00")},
		Actual: threepublic.Figures{Total: c("2.50"), Reception: c("2.50")},
	}, res.Document.ThreePublic)
}

// TestSnippetUnreadable: what cannot be placed becomes a finding with its
// line and text; nothing is dropped silently.
func TestSnippetUnreadable(t *testing.T) {
	ls := expenditureHeader()
	ls = append(ls,
		L(at{0, "201"}, at{14, "一般公共服务支出"}, fig(eTotal, "1,00.00"), fig(eBasic, "1.00")),
		L(at{0, "201"}, at{6, "06"}, at{14, "财政事务"}, fig(eTotal, "1.00"), at{40, "见附表"}),
		L(at{0, "999"}, at{14, "不是科目"}, fig(eTotal, "1.00")),
		L(fig(eTotal, "7.00")), // below the last row: no row to belong to
	)
	res := parse(lay(ls...))
	byRule := map[string][]fiscal.Finding{}
	for _, f := range res.Findings {
		byRule[f.Rule] = append(byRule[f.Rule], f)
	}
	require.Len(t, byRule["parse.layout.cell"], 2)
	assert.Equal(t, fiscal.Where{Table: "支出决算表", Line: 7, Text: "1,00.00"}, byRule["parse.layout.cell"][0].Where)
	assert.Equal(t, 10, byRule["parse.layout.cell"][1].Where.Line)
	require.Len(t, byRule["parse.layout.line"], 1)
	assert.Equal(t, "见附表", byRule["parse.layout.line"][0].Where.Text)
	assert.Equal(t, 2, res.Stats.UnreadCells)
	rows := res.Document.Tables.Expenditure.Rows
	require.Len(t, rows, 3)
	assert.Equal(t, "999", rows[2].Code, "a code that does not parse is kept as printed")
	assert.False(t, rows[2].Function.Valid())
}

// TestSnippetEmptyTable: a table without figures and its statement.
func TestSnippetEmptyTable(t *testing.T) {
	ls := [][]at{
		L(at{14, "政府性基金预算财政拨款收入支出决算表"}),
		L(at{42, "单位：万元"}),
		L(at{8, "项目"}, at{33, "本年支出"}),
		L(at{4, "功能分类"}, at{19, "年初结转和"}, at{43, "年末结转和"}),
		L(at{25, "本年收入"}),
		L(at{5, "科目编码"}, at{14, "科目名称"}, at{20, "结余"}, at{30, "小计"}, at{33, "基本支出"}, at{38, "项目支出"}, at{44, "结余"}),
		L(at{8, "合计"}),
		L(at{0, "注：本部门无政府性基金预算财政拨款支出，故本表无数据。"}),
	}
	res := parse(lay(ls...))
	assert.Empty(t, rulesOf(res.Findings))
	tb := res.Document.Tables.GovFund
	assert.Equal(t, "本部门无政府性基金预算财政拨款支出，故本表无数据。", tb.EmptyStatement)
	assert.Equal(t, map[accounts.Column]string{accounts.ColExpenditure: "小计"}, tb.Headers)
	assert.Equal(t, []accounts.Row{{Item: accounts.ItemTotal, Name: "合计", Line: 7}}, tb.Rows)
	assert.Empty(t, accounts.CheckTable(tb, accounts.CheckOptions{}))
}

// TestEmptyInput: nothing in, nothing read, a finding that says so.
func TestEmptyInput(t *testing.T) {
	for _, s := range []string{"", "\n\n", "\f", "单位：万元", "收入决算表"} {
		res := parse(s)
		require.NotNil(t, res.Document, "%q", s)
	}
}

// A paragraph under a heading without a number, its first line beginning
// with a quote and wrapped at the margin as a browser prints it: its lines
// stay in order (they were swapped as if pdftotext had moved the quoted
// line above its paragraph, and the 三公 total read as the 公务用车
// figure's restatement). A line beginning with a figure above an indented
// paragraph start is still put back after it.
func TestSnippetQuoteAfterTitle(t *testing.T) {
	src := "第三部分 2024年度部门决算情况说明\n" +
		"    一、收入支出决算总体情况说明\n" +
		"    本年收入合计100万元。\n" +
		"财政拨款“三公”经费支出决算情况说明\n" +
		"\n" +
		"“三公”经费财政拨款支出决算132.59万元，全年预算数86.42\n" +
		"万元，完成全年预算的153.43%。公务用车购置及运行费支出决\n" +
		"算83.00万元。\n" +
		"    二、支出决算情况说明\n" +
		"\n" +
		"603.14万元，占20.51%；\n" +
		"    本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%； 项目支出\n"
	res := parse(src)
	var paras []string
	for _, l := range res.Narrative {
		paras = append(paras, l.Text)
	}
	assert.Contains(t, paras, "“三公”经费财政拨款支出决算132.59万元，全年预算数86.42万元，完成全年预算的153.43%。公务用车购置及运行费支出决算83.00万元。")
	assert.Contains(t, paras, "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%； 项目支出603.14万元，占20.51%；")
}
