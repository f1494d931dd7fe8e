package wordtext_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/wordtext"
)

// TestTables reads small hand-written tables of each kind.
func TestTables(t *testing.T) {
	meta := "|部门：测试局| |金额单位：万元"
	tests := []struct {
		name  string
		spec  []string
		kind  accounts.TableKind
		check func(t *testing.T, tb *accounts.Table)
	}{
		{
			name: "summary: two sides, 类 rows by name, blank side rows skipped",
			kind: accounts.KindSummary,
			spec: []string{"|收入支出决算总表", "|公开01表", meta,
				"|收入|支出",
				"|项目|行次|金额|项目|行次|金额",
				"|栏次|　|1|栏次|　|2",
				"|一、一般公共预算财政拨款收入|1|100.00|一、一般公共服务支出|32|90.00",
				"|　|9|　|九、卫生健康支出|40|10.00",
				"|　|30|　|　|61|　",
				"|本年收入合计|27|100.00|本年支出合计|58|100.00",
				"|注：本表反映部门本年度的总收支。",
			},
			check: func(t *testing.T, tb *accounts.Table) {
				want := []accounts.Row{
					{Side: accounts.SideIncome, Item: accounts.ItemGeneralIncome, Name: "一、一般公共预算财政拨款收入", Seq: 1, Cells: cells(accounts.ColAmount, "100.00")},
					{Side: accounts.SideExpenditure, Function: fn("201"), Name: "一、一般公共服务支出", Seq: 32, Cells: cells(accounts.ColAmount, "90.00")},
					{Side: accounts.SideExpenditure, Function: fn("210"), Name: "九、卫生健康支出", Seq: 40, Cells: cells(accounts.ColAmount, "10.00")},
					{Side: accounts.SideIncome, Item: accounts.ItemIncomeTotal, Name: "本年收入合计", Seq: 27, Cells: cells(accounts.ColAmount, "100.00")},
					{Side: accounts.SideExpenditure, Item: accounts.ItemExpenditureTotal, Name: "本年支出合计", Seq: 58, Cells: cells(accounts.ColAmount, "100.00")},
				}
				assert.Equal(t, want, noLines(tb.Rows))
				assert.Equal(t, "公开01表", tb.Number)
				assert.Equal(t, "测试局", tb.Department)
				assert.Equal(t, []string{"注：本表反映部门本年度的总收支。"}, tb.Notes)
				assert.Nil(t, tb.Headers, "金额 is the name of the single figure column")
			},
		},
		{
			name: "income: codes, named total, wrapped header cell, malformed code kept",
			kind: accounts.KindIncome,
			spec: []string{"|收入决算表", meta,
				"|项目|本年收入合计|财政拨款收入|上级补助收入|事业收入|经营", "收入", "|附属单位上缴收入|其他收入",
				"|栏次|1|2|3|4|5|6|7",
				"|合计|10.00|10.00|||||",
				"|201|一般公共服务支出|10.00|10.00|||||0",
				"|2O103|政府办公厅（室）及相关机构事务|10.00|10.00|||||",
			},
			check: func(t *testing.T, tb *accounts.Table) {
				want := []accounts.Row{
					{Item: accounts.ItemTotal, Name: "合计", Cells: cells(accounts.ColTotal, "10", accounts.ColAppropriation, "10")},
					{Function: fn("201"), Name: "一般公共服务支出", Cells: cells(accounts.ColTotal, "10", accounts.ColAppropriation, "10", accounts.ColOtherIncome, "0")},
					{Code: "2O103", Name: "政府办公厅（室）及相关机构事务", Cells: cells(accounts.ColTotal, "10", accounts.ColAppropriation, "10")},
				}
				assert.Equal(t, want, noLines(tb.Rows))
				assert.Nil(t, tb.Headers, "经营收入 wrapped over two lines is still 经营收入")
				assert.Nil(t, tb.Columns)
			},
		},
		{
			name: "expenditure: 类/款/项 printed in split columns",
			kind: accounts.KindExpenditure,
			spec: []string{"|支出决算表", meta,
				"|项目|本年支出合计|基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出",
				"|栏次|1|2|3|4|5|6",
				"|201|03|99|其他政府办公厅（室）及相关机构事务支出|5.00|5.00||||",
			},
			check: func(t *testing.T, tb *accounts.Table) {
				want := []accounts.Row{{Function: fn("2010399"), Name: "其他政府办公厅（室）及相关机构事务支出", Cells: cells(accounts.ColTotal, "5", accounts.ColBasic, "5")}}
				assert.Equal(t, want, noLines(tb.Rows))
			},
		},
		{
			name: "appropriation summary: 年初 sub-rows, four expenditure columns",
			kind: accounts.KindAppropriationSummary,
			spec: []string{"|财政拨款收入支出决算总表", meta,
				"|收     入|支     出",
				"|项目|行次|金额|项目|行次|合计|一般公共预算财政拨款|政府性基金预算财政拨款|国有资本经营预算财政拨款",
				"|栏次|　|1|栏次|　|2|3|4|5",
				"|一、一般公共预算财政拨款|1|8.00|一、一般公共服务支出|33|8.00|8.00||",
				"|年初财政拨款结转和结余|28||年末财政拨款结转和结余|60||||0",
				"|  一般公共预算财政拨款|29||　|61|　|　||",
				"|  政府性基金预算财政拨款|30|0　|　|62|　|　||",
				"|总计|32|8.00|总计|64|8.00|8.00||0",
			},
			check: func(t *testing.T, tb *accounts.Table) {
				want := []accounts.Row{
					{Side: accounts.SideIncome, Item: accounts.ItemGeneral, Name: "一、一般公共预算财政拨款", Seq: 1, Cells: cells(accounts.ColAmount, "8")},
					{Side: accounts.SideExpenditure, Function: fn("201"), Name: "一、一般公共服务支出", Seq: 33, Cells: cells(accounts.ColTotal, "8", accounts.ColGeneral, "8")},
					{Side: accounts.SideIncome, Item: accounts.ItemOpening, Name: "年初财政拨款结转和结余", Seq: 28},
					{Side: accounts.SideExpenditure, Item: accounts.ItemClosing, Name: "年末财政拨款结转和结余", Seq: 60, Cells: cells(accounts.ColStateCapital, "0")},
					{Side: accounts.SideIncome, Under: accounts.ItemOpening, Item: accounts.ItemGeneral, Name: "一般公共预算财政拨款", Seq: 29},
					{Side: accounts.SideIncome, Under: accounts.ItemOpening, Item: accounts.ItemGovFund, Name: "政府性基金预算财政拨款", Seq: 30, Cells: cells(accounts.ColAmount, "0")},
					{Side: accounts.SideIncome, Item: accounts.ItemGrandTotal, Name: "总计", Seq: 32, Cells: cells(accounts.ColAmount, "8")},
					{Side: accounts.SideExpenditure, Item: accounts.ItemGrandTotal, Name: "总计", Seq: 64, Cells: cells(accounts.ColTotal, "8", accounts.ColGeneral, "8", accounts.ColStateCapital, "0")},
				}
				assert.Equal(t, want, noLines(tb.Rows))
			},
		},
		{
			name: "general budget: 小计 printed for 合计",
			kind: accounts.KindGeneralBudget,
			spec: []string{"|一般公共预算财政拨款支出决算表", meta,
				"|项目|本年支出",
				"|功能分类科目编码|科目名称|小计|基本支出|项目支出",
				"|栏次|1|2|3",
				"|合计|3.00|1.00|2.00",
			},
			check: func(t *testing.T, tb *accounts.Table) {
				assert.Equal(t, map[accounts.Column]string{accounts.ColTotal: "小计"}, tb.Headers)
				assert.Equal(t, []accounts.Row{{Item: accounts.ItemTotal, Name: "合计", Cells: cells(accounts.ColTotal, "3", accounts.ColBasic, "1", accounts.ColProject, "2")}}, noLines(tb.Rows))
			},
		},
		{
			name: "basic expenditure: three blocks, a blank block, the two totals",
			kind: accounts.KindBasicExpenditure,
			spec: []string{"|一般公共预算财政拨款基本支出决算明细表", "|部门：测试局          金额单位：万元",
				"|人员经费|公用经费",
				"|科目", "", "编码", "|科目名称|决算数|科目编码|科目名称|决算数|科目", "", "编码", "|科目名称|决算数",
				"|301|工资福利支出|5.00|302|商品和服务支出|1.00|310|资本性支出|",
				"|　|　||30201|  办公费|1.00|　|　|",
				"|人员经费合计|5.00|公用经费合计|1.00",
			},
			check: func(t *testing.T, tb *accounts.Table) {
				want := []accounts.Row{
					{Economic: eco("301"), Name: "工资福利支出", Cells: cells(accounts.ColAmount, "5")},
					{Economic: eco("302"), Name: "商品和服务支出", Cells: cells(accounts.ColAmount, "1")},
					{Economic: eco("310"), Name: "资本性支出"},
					{Economic: eco("30201"), Name: "办公费", Cells: cells(accounts.ColAmount, "1")},
					{Item: accounts.ItemPersonnelTotal, Name: "人员经费合计", Cells: cells(accounts.ColAmount, "5")},
					{Item: accounts.ItemPublicTotal, Name: "公用经费合计", Cells: cells(accounts.ColAmount, "1")},
				}
				assert.Equal(t, want, noLines(tb.Rows))
				assert.Equal(t, "测试局", tb.Department)
				assert.Equal(t, fiscal.WanYuan, tb.Unit)
			},
		},
		{
			name: "gov fund: six standard columns, 小计 under 本年支出",
			kind: accounts.KindGovFund,
			spec: []string{"|政府性基金预算财政拨款收入支出决算表", meta,
				"|项目|年初结转和结余|本年收入|本年支出|年末结转和结余",
				"|功能分类科目编码|科目名称|||小计|基本支出|项目支出|",
				"|栏次|1|2|3|4|5|6",
				"|229|其他支出||2.00|2.00||2.00|",
			},
			check: func(t *testing.T, tb *accounts.Table) {
				assert.Equal(t, map[accounts.Column]string{accounts.ColExpenditure: "小计"}, tb.Headers)
				assert.Nil(t, tb.Columns)
				assert.Equal(t, []accounts.Row{{Function: fn("229"), Name: "其他支出", Cells: cells(accounts.ColIncome, "2", accounts.ColExpenditure, "2", accounts.ColProject, "2")}}, noLines(tb.Rows))
			},
		},
		{
			name: "state capital: Hubei's three columns, empty statement",
			kind: accounts.KindStateCapital,
			spec: []string{"|国有资本经营预算财政拨款支出决算表", meta,
				"|项目|本年支出",
				"|功能分类科目编码|科目名称|合计|基本支出|项目支出",
				"|栏次|1|2|3",
				"|合计|　|　|　",
				"|||||",
				"|注：本表反映部门本年度国有资本经营预算财政拨款支出情况。",
				"本单位无此项内容，故本表无数据。", "",
			},
			check: func(t *testing.T, tb *accounts.Table) {
				assert.Equal(t, accounts.HubeiStateCapitalColumns(), tb.Columns)
				assert.Equal(t, map[accounts.Column]string{accounts.ColExpenditure: "合计"}, tb.Headers)
				assert.Equal(t, "本单位无此项内容，故本表无数据。", tb.EmptyStatement)
				assert.Equal(t, []accounts.Row{{Item: accounts.ItemTotal, Name: "合计"}}, noLines(tb.Rows))
			},
		},
		{
			name: "national numbering before the title, no 栏次 row",
			kind: accounts.KindGeneralBudget,
			spec: []string{"表五 一般公共预算财政拨款支出决算表", "", meta,
				"|功能分类科目编码|科目名称|合计|基本支出|项目支出",
				"|201|一般公共服务支出|3.00|1.00|2.00",
			},
			check: func(t *testing.T, tb *accounts.Table) {
				assert.Equal(t, "表五", tb.Number)
				assert.Equal(t, "一般公共预算财政拨款支出决算表", tb.Title)
				assert.Nil(t, tb.Headers)
				assert.Len(t, tb.Rows, 1)
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ls := report(tc.spec...)
			res := wordtext.Parse(ls)
			requireKnownRules(t, res.Findings)
			assert.Empty(t, tableFindings(res.Findings))
			require.NotNil(t, res.Document.Tables)
			tb := res.Document.Tables.Get(tc.kind)
			require.NotNil(t, tb)
			assert.Equal(t, 2, tb.Decimals)
			tc.check(t, tb)
			for _, r := range tb.Rows {
				assert.Positive(t, r.Line, "row %s has its line", r.Key())
			}
		})
	}
}

// noLines returns rows without their lines, for comparing with rows
// written by hand.
func noLines(rows []accounts.Row) []accounts.Row {
	out := make([]accounts.Row, len(rows))
	for i, r := range rows {
		r.Line = 0
		out[i] = r
	}
	return out
}

// tableFindings leaves out the title finding of the tiny reports, which
// have a part heading but no title with the year in every test.
func tableFindings(fs []fiscal.Finding) []fiscal.Finding {
	var out []fiscal.Finding
	for _, f := range fs {
		if f.Rule != "parse.title" {
			out = append(out, f)
		}
	}
	return out
}
