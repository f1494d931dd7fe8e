package reader_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/cnfiscal/fiscal/reader/tables"
	"github.com/cnfiscal/fiscal/threepublic"
)

func textLines(s string) []tables.Line {
	var out []tables.Line
	for i, l := range strings.Split(s, "\n") {
		out = append(out, tables.Line{N: i + 1, Text: l})
	}
	return out
}

func cellLines(rows ...[]string) []tables.Line {
	var out []tables.Line
	for i, r := range rows {
		out = append(out, tables.Line{N: i + 1, Text: strings.Join(r, " "), Cells: r})
	}
	return out
}

// tpWant is a "三公" table's figures in 万元 as strings: 合计, 因公出国,
// 小计, 购置, 运行, 接待 ("" blank).
type tpWant [2][6]string

func tpGot(t *threepublic.Table) tpWant {
	f := fiscal.Format{Unit: fiscal.WanYuan, Decimals: 2}
	side := func(c threepublic.Figures) [6]string {
		return [6]string{c.Total.Format(f), c.Abroad.Format(f), c.Vehicles.Format(f), c.VehiclePurchase.Format(f), c.VehicleOperation.Format(f), c.Reception.Format(f)}
	}
	return tpWant{side(t.Budget), side(t.Actual)}
}

func TestThreePublicTableLayouts(t *testing.T) {
	// Figures chosen by hand so that every sum holds: 预算 12.00 = 3.00 +
	// 5.00 (1.00 + 4.00) + 4.00; 决算 8.00 = 0 + 4.50 (1.00 + 3.50) + 3.50.
	// The one blank (决算 因公出国) can be told from the sums when dropped.
	full := tpWant{{"12.00", "3.00", "5.00", "1.00", "4.00", "4.00"}, {"8.00", "", "4.50", "1.00", "3.50", "3.50"}}
	tests := []struct {
		name  string
		lines []tables.Line
		want  tpWant
	}{
		{
			name: "item-major, aligned, as Shanghai prints it",
			lines: textLines(`                 财政拨款“三公”经费支出决算表
                                                          单位：万元
                                   公务用车购置及运行费
         合计      因公出国（境）费
                                  小计                   公务用车运行费        公务接待费
                                          公务用车购置费
预算数       决算数   预算数   决算数   预算数    决算数   预算数    决算数   预算数   决算数   预算数      决算数
 12.00       8.00     3.00      -       5.00      4.50    1.00      1.00     4.00     3.50     4.00        3.50`),
			want: full,
		},
		{
			name: "side-major, explicit cells, as Hubei prints it",
			lines: cellLines(
				[]string{"财政拨款“三公”经费支出决算表"},
				[]string{"金额单位：万元"},
				[]string{"预算数", "", "", "", "", "", "决算数"},
				[]string{"合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"},
				[]string{"", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""},
				[]string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
				[]string{"12.00", "3.00", "5.00", "1.00", "4.00", "4.00", "8.00", "", "4.50", "1.00", "3.50", "3.50"},
			),
			want: full,
		},
		{
			name: "side-major, blank cells dropped, names on one line each",
			lines: textLines(`财政拨款“三公”经费支出决算表
单位：万元
预算数
决算数
合计 因公出国（境）费 公务用车购置及运行费 公务接待费
合计 因公出国（境）费 公务用车购置及运行费 公务接待费
小计 公务用车购置费 公务用车运行维护费
小计 公务用车购置费 公务用车运行维护费
12.00 3.00 5.00 1.00 4.00 4.00 8.00 4.50 1.00 3.50 3.50`),
			want: full,
		},
		{
			name: "items as rows",
			lines: textLines(`一般公共预算财政拨款“三公”经费支出决算表
单位：万元
项目 预算数 决算数
合计 12.00 8.00
因公出国（境）费 3.00
公务用车购置及运行费 5.00 4.50
其中：公务用车购置费 1.00 1.00
公务用车运行维护费 4.00 3.50
公务接待费 4.00 3.50`),
			want: full,
		},
		{
			name: "items as rows, 会议费 and 培训费 rows beside them set aside",
			lines: textLines(`一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表
单位：万元
项目 预算数 决算数
一、“三公”经费合计 12.00 8.00
（一）因公出国（境）费 3.00
（二）公务接待费 4.00 3.50
（三）公务用车费 5.00 4.50
1.公务用车购置费 1.00 1.00
2.公务用车运行维护费 4.00 3.50
二、会议费 2.00 1.20
三、培训费 3.00 2.10`),
			want: full,
		},
		{
			name: "会议费 and 培训费 columns beside the 三公, every cell printed (Shaanxi)",
			lines: textLines(`一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表
单位：万元
合计 因公出国（境）费 公务用车购置及运行费 公务接待费 会议费 培训费
小计 公务用车购置费 公务用车运行维护费
预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数
12.00 8.00 3.00 0.00 5.00 4.50 1.00 1.00 4.00 3.50 4.00 3.50 2.00 1.20 3.00 2.10`),
			want: tpWant{{"12.00", "3.00", "5.00", "1.00", "4.00", "4.00"}, {"8.00", "0.00", "4.50", "1.00", "3.50", "3.50"}},
		},
		{
			name: "会议费 and 培训费 columns, aligned, blanks dropped",
			lines: textLines(`                      一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表
                                                                                                  单位：万元
        合计       因公出国（境）费            公务用车购置及运行费              公务接待费       会议费        培训费
                                       小计      公务用车购置费   公务用车运行维护费
  预算数  决算数   预算数  决算数   预算数  决算数  预算数  决算数  预算数  决算数   预算数  决算数  预算数  决算数  预算数  决算数
  12.00    8.00     3.00            5.00    4.50    1.00    1.00    4.00    3.50     4.00    3.50    2.00    1.20    3.00    2.10`),
			want: full,
		},
		{
			name: "items as rows, aligned, a 其中 row of 公务接待费 set aside",
			lines: textLines(`                财政拨款“三公”经费支出决算表
                                                   单位：万元
  项目                               预算数          决算数
  合计                                12.00            8.00
  因公出国（境）费                     3.00
  公务用车购置及运行费                 5.00            4.50
    其中：公务用车购置费               1.00            1.00
          公务用车运行维护费           4.00            3.50
  公务接待费                           4.00            3.50
    其中：外事接待费                                   0.60`),
			want: full,
		},
		{
			name: "sides as rows",
			lines: textLines(`财政拨款“三公”经费支出决算表
单位：万元
项目 合计 因公出国（境）费 公务用车购置及运行费小计 公务用车购置费 公务用车运行维护费 公务接待费
预算数 12.00 3.00 5.00 1.00 4.00 4.00
决算数 8.00 - 4.50 1.00 3.50 3.50`),
			want: full,
		},
		{
			name: "sides as rows, aligned, a blank between two equal figures",
			// 0.87 is 购置费 or 运行费 by the sums; the column it stands in
			// says 运行费.
			lines: textLines(`财政拨款“三公”经费支出决算表
金额单位：万元
        合计  因公出国（境）费  公务用车购置及运行费小计  公务用车购置费  公务用车运行维护费  公务接待费
预算数  6.57              2.72                      3.85            2.75                1.10
决算数  4.49              2.38                      0.87                                0.87        1.24`),
			want: tpWant{{"6.57", "2.72", "3.85", "2.75", "1.10", ""}, {"4.49", "2.38", "0.87", "", "0.87", "1.24"}},
		},
		{
			name: "Hubei order, blanks dropped, one placement fits",
			lines: textLines(`财政拨款“三公”经费支出决算表
金额单位：万元
预算数 决算数
合计 因公出国（境）费 公务用车购置及运行费 公务接待费 合计 因公出国（境）费 公务用车购置及运行费 公务接待费
小计 公务用车购置费 公务用车运行维护费 小计 公务用车购置费 公务用车运行维护费
1 2 3 4 5 6 7 8 9 10 11 12
9.00 2.00 7.00 3.00 4.00 8.00 6.50 2.50 4.00 1.50`),
			// 预算: 9.00 = 2.00 + 7.00 (3.00 + 4.00) + 0; 决算: 8.00 = 0 +
			// 6.50 (2.50 + 4.00) + 1.50. Moving any figure to another
			// column breaks a sum.
			want: tpWant{{"9.00", "2.00", "7.00", "3.00", "4.00", ""}, {"8.00", "", "6.50", "2.50", "4.00", "1.50"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tab, cov := reader.ThreePublicTable(tc.lines)
			require.True(t, cov.Found)
			require.Empty(t, cov.Reason)
			require.NotNil(t, tab)
			assert.Equal(t, tc.want, tpGot(tab))
			assert.Equal(t, fiscal.WanYuan, tab.Unit)
			assert.Empty(t, tab.Check(), "the sums hold")
		})
	}
}

func TestThreePublicTableNotRead(t *testing.T) {
	tests := []struct {
		name, text, reason string
		found              bool
	}{
		{
			name: "two figures that fit several columns",
			text: `财政拨款“三公”经费支出决算表
单位：万元
合计 因公出国（境）费 公务用车购置及运行费 公务接待费
小计 公务用车购置费 公务用车运行费
预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数
0.95 0.95`,
			reason: "more than one placement", found: true,
		},
		{
			name: "one item's figures: 因公出国 or 公务接待, the sums cannot tell",
			text: `财政拨款“三公”经费支出决算表
金额单位：万元
预算数 决算数
合计 因公出国（境）费 公务用车购置及运行费 公务接待费 合计 因公出国（境）费 公务用车购置及运行费 公务接待费
小计 公务用车购置费 公务用车运行维护费 小计 公务用车购置费 公务用车运行维护费
1.71 1.71 1.52 1.52`,
			reason: "more than one placement", found: true,
		},
		{
			name: "columns it does not model",
			text: `财政拨款“三公”经费支出决算表
单位：万元
合计 因公出国（境）费 公务用车购置及运行费 公务接待费 其中：外事接待费 国内接待费
预算数 决算数
1.00 1.00`,
			reason: "does not model", found: true,
		},
		{
			name: "会议费 and 培训费 beside the 三公 (Shaanxi)",
			text: `一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表
单位：万元
合计 因公出国（境）费 公务用车购置及运行费 公务接待费 会议费 培训费
小计 公务用车购置费 公务用车运行维护费
预算数 决算数
3.00 1.00 2.00 2.00 1.00 1.00`,
			// Six figures in sixteen columns, and 会议费 and 培训费 in
			// no sum: too many placements fit.
			reason: "会议费/培训费", found: true,
		},
		{
			name: "rows of 会议费 and 培训费 that the 合计 includes",
			text: `一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表
单位：万元
项目 预算数 决算数
合计 17.00 11.30
因公出国（境）费 3.00
公务用车购置及运行费 5.00 4.50
其中：公务用车购置费 1.00 1.00
公务用车运行维护费 4.00 3.50
公务接待费 4.00 3.50
会议费 2.00 1.20
培训费 3.00 2.10`,
			// 17.00 = 3.00 + 5.00 + 4.00 + 2.00 + 3.00: the sums of the
			// "三公" alone do not hold, and the rows set aside may be why.
			reason: "会议费/培训费", found: true,
		},
		{
			name: "会议费 and 培训费 columns, every cell printed, the 三公 sums not holding",
			text: `一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表
单位：万元
合计 因公出国（境）费 公务用车购置及运行费 公务接待费 会议费 培训费
小计 公务用车购置费 公务用车运行维护费
预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数
17.00 11.30 3.00 0.00 5.00 4.50 1.00 1.00 4.00 3.50 4.00 3.50 2.00 1.20 3.00 2.10`,
			// 17.00 is the 三公 and 会议费 and 培训费 together: not read as
			// printed, which would report a 合计 that is right for its
			// table as wrong.
			reason: "会议费/培训费", found: true,
		},
		{
			name: "a contents entry only",
			text: `目 录
七、财政拨款“三公”经费支出决算表
八、政府性基金预算财政拨款收入支出决算表`,
		},
		{
			name: "sums that hold in no placement",
			text: `财政拨款“三公”经费支出决算表
单位：万元
预算数 决算数
合计 因公出国（境）费 公务用车购置及运行费 公务接待费 合计 因公出国（境）费 公务用车购置及运行费 公务接待费
小计 购置费 运行费 小计 购置费 运行费
5.00 1.00 1.00`,
			reason: "satisfies", found: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tab, cov := reader.ThreePublicTable(textLines(tc.text))
			assert.Nil(t, tab)
			assert.Equal(t, tc.found, cov.Found)
			if tc.reason != "" {
				assert.Contains(t, cov.Reason, tc.reason)
			}
		})
	}
}

// A table that prints every cell is read as printed even when its sums do
// not hold: the checks then say so.
func TestThreePublicTableDefectKept(t *testing.T) {
	tab, cov := reader.ThreePublicTable(textLines(`财政拨款“三公”经费支出决算表
单位：万元
预算数 决算数
合计 因公出国（境）费 公务用车购置及运行费 公务接待费 合计 因公出国（境）费 公务用车购置及运行费 公务接待费
小计 购置费 运行费 小计 购置费 运行费
9.00 3.00 5.00 1.00 4.00 4.00 7.00 2.50 4.50 0.00 4.50 0.00`))
	require.Empty(t, cov.Reason)
	require.NotNil(t, tab)
	assert.Equal(t, tpWant{{"9.00", "3.00", "5.00", "1.00", "4.00", "4.00"}, {"7.00", "2.50", "4.50", "0.00", "4.50", "0.00"}}, tpGot(tab))
	fs := tab.Check()
	require.NotEmpty(t, fs)
	assert.Equal(t, "tp.table.total", fs[0].Rule)
}

// The Putuo report's table, from its pdftotext -layout text: two figures of
// 0.95, 预算数 of 合计 and of 公务接待费 (read by hand from the PDF). The
// sums fit them under 因公出国 as well; where they stand under the headers
// decides (the contents entry of the same title is not the table).
func TestThreePublicTablePutuo(t *testing.T) {
	data := corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt")
	tab, cov := reader.ThreePublicTable(textLines(string(data)))
	require.Empty(t, cov.Reason)
	require.NotNil(t, tab)
	assert.Equal(t, 479, cov.Line)
	assert.Equal(t, tpWant{{"0.95", "", "", "", "", "0.95"}, {"", "", "", "", "", ""}}, tpGot(tab))
}

// A second "三公" table some sets add (a 明细表 or 情况表 comparing two
// years' 决算数) after the 决算 table is not the 决算 table: the one titled
// 财政拨款“三公”经费支出决算表 is read, wherever the other stands.
func TestThreePublicTableOtherTitledAfter(t *testing.T) {
	data := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	const other = `
                         “三公”经费支出决算明细表
                                                     单位：万元

     项目                  2023年决算数       2024年决算数
     合计                      0.50               0.00
     因公出国（境）费          0.00               0.00
     公务用车购置及运行费      0.00               0.00
     公务接待费                0.50               0.00
`
	at := strings.LastIndex(data, "第四部分 名词解释")
	require.Positive(t, at)
	for _, title := range []string{"“三公”经费支出决算明细表", "“三公”经费支出情况表"} {
		text := data[:at] + strings.Replace(other, "“三公”经费支出决算明细表", title, 1) + data[at:]
		tab, cov := reader.ThreePublicTable(textLines(text))
		require.NotNil(t, tab, title)
		assert.Equal(t, 479, cov.Line, title)
		assert.Equal(t, tpWant{{"0.95", "", "", "", "", "0.95"}, {"", "", "", "", "", ""}}, tpGot(tab), title)
	}
}

// A department without "三公" spending prints the table empty with a
// statement saying so: the table is read, every figure blank (0).
func TestThreePublicTableEmptyStatement(t *testing.T) {
	tab, cov := reader.ThreePublicTable(textLines(`财政拨款“三公”经费支出决算表
单位：万元
预算数 决算数
合计 因公出国（境）费 公务用车购置及运行费 公务接待费
本部门2024年度无财政拨款“三公”经费支出，故本表为空表。`))
	require.Empty(t, cov.Reason)
	require.NotNil(t, tab)
	assert.Equal(t, tpWant{}, tpGot(tab))
	assert.Contains(t, tab.EmptyStatement, "故本表为空表")
	// Without the statement, blank headers say nothing: not read.
	tab, cov = reader.ThreePublicTable(textLines("财政拨款“三公”经费支出决算表\n单位：万元\n预算数 决算数\n合计 因公出国（境）费 公务用车购置及运行费 公务接待费\n"))
	assert.Nil(t, tab)
	assert.Contains(t, cov.Reason, "no figures")
}

// Where the sums leave 1.71 under 因公出国 or under 公务接待, the 基本支出
// table's 30217 公务接待费 of 1.71 says which; without it, or with it
// telling nothing, the table stays unread.
func TestThreePublicTableBasicEvidence(t *testing.T) {
	text := `财政拨款“三公”经费支出决算表
单位：万元
预算数 决算数
合计 因公出国（境）费 公务用车购置及运行费 公务接待费 合计 因公出国（境）费 公务用车购置及运行费 公务接待费
小计 公务用车购置费 公务用车运行维护费 小计 公务用车购置费 公务用车运行维护费
3.00 1.00 0.00 0.00 0.00 2.00 1.71 1.71`
	basic := accounts.NewTable(accounts.KindBasicExpenditure)
	eco := classify.MustParse[classify.EconomicKind]
	basic.Rows = []accounts.Row{{Economic: eco("30217"), Name: "公务接待费", Cells: rowCells(accounts.ColAmount, "1.71")}}
	tab, cov := reader.ThreePublicTableWith(textLines(text), basic)
	require.Empty(t, cov.Reason)
	require.NotNil(t, tab)
	assert.Equal(t, tpWant{{"3.00", "1.00", "0.00", "0.00", "0.00", "2.00"}, {"1.71", "", "", "", "", "1.71"}}, tpGot(tab))

	tab, cov = reader.ThreePublicTableWith(textLines(text), nil)
	assert.Nil(t, tab)
	assert.Contains(t, cov.Reason, "more than one placement")
}

func rowCells(col accounts.Column, wan string) (cells accounts.Cells) {
	cells[col] = fiscal.MustParseCell(wan, fiscal.WanYuan)
	return cells
}
