package reader_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// TestAppropriationSummaryBothFunds: a 财政拨款收入支出决算总表 with spending
// of both 政府性基金 and 国有资本经营 funds, spacing collapsed and empty cells
// dropped. A 类 printing three figures fits 合计+一般+基金 and 合计+一般+国资
// alike: it is never put in 政府性基金 by preference when the 国有资本经营
// row says that fund is used. Each row read with certainty holds its own
// figures (by hand: 3316.30 + 152.50 + 273.62 = 3742.42 一般公共预算).
func TestAppropriationSummaryBothFunds(t *testing.T) {
	text := `财政拨款收入支出决算总表
单位：万元
收入 支出
项目 决算数 项目 合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款
一、一般公共预算财政拨款 3742.42 一、一般公共服务支出 3316.30 3316.30
二、政府性基金预算财政拨款 1022.50 二、灾害防治及应急管理支出 1175.00 152.50 1022.50
三、国有资本经营预算财政拨款 1050.63 三、文化旅游体育与传媒支出 1324.25 273.62 1050.63
本年收入合计 5815.55 本年支出合计 5815.55 3742.42 1022.50 1050.63
总计 5815.55 总计 5815.55 3742.42 1022.50 1050.63`
	ts, cov := reader.FinalTables(textLines(text))
	var found bool
	ambiguous := map[string]bool{}
	for _, c := range cov {
		if c.Profile == "final.appropriation-summary" {
			found = c.Found
			for _, k := range c.AmbiguousRows {
				ambiguous[k] = true
			}
		}
	}
	require.True(t, found)
	tb := ts.Get(accounts.KindAppropriationSummary)
	if tb == nil {
		return // not read: nothing claimed
	}
	want := map[string][4]string{
		"224": {"1175.00", "152.50", "1022.50", ""},
		"207": {"1324.25", "273.62", "", "1050.63"},
	}
	cols := []accounts.Column{accounts.ColTotal, accounts.ColGeneral, accounts.ColGovFund, accounts.ColStateCapital}
	for code, w := range want {
		fn, err := classify.ParseFunction(code)
		require.NoError(t, err)
		r, ok := tb.FunctionRow(accounts.SideExpenditure, fn)
		if !ok {
			continue
		}
		var got [4]string
		for i, c := range cols {
			got[i] = r.Cells[c].Format(fiscal.TableFormat())
		}
		if !ambiguous[code] {
			assert.Equal(t, w, got, code)
		}
	}
}

// TestShortTotalRow: a table of explicit cells (a web page, a document's
// table) whose 合计 spans the code and name columns and lost its span
// prints one cell fewer: its figures are read as they come, not shifted
// one column right (4,402.44 read as the 科目名称 made three false errors).
func TestShortTotalRow(t *testing.T) {
	var general []*profile.Table
	for _, p := range reader.FinalProfiles() {
		if p.ID == "final.general-budget" {
			general = append(general, p)
		}
	}
	require.Len(t, general, 1)
	lines := cellLines(
		[]string{"一般公共预算财政拨款支出决算表"},
		[]string{"科目编码", "科目名称", "合计", "基本支出", "项目支出"},
		[]string{"合计", "4,402.44", "1,106.74", "3,295.70"},
		[]string{"201", "一般公共服务支出", "4,402.44", "1,106.74", "3,295.70"},
		[]string{"20103", "政府办公厅（室）及相关机构事务", "4,402.44", "1,106.74", "3,295.70"},
	)
	read := tables.Read(lines, general, tables.Options{})
	require.Len(t, read, 1)
	require.NotEmpty(t, read[0].Rows)
	total := read[0].Rows[0]
	require.Equal(t, "total", total.Named)
	got := map[string]string{}
	for k, c := range total.Cells {
		got[k] = c.Format(fiscal.TableFormat())
	}
	assert.Equal(t, map[string]string{"total": "4402.44", "basic": "1106.74", "project": "3295.70"}, got)
}

// TestRowNumberColumns: a two-sided summary in explicit cells (a web
// page's table) with 行次 columns on both sides: their numbers are no
// figures, even where a side's label is blank.
func TestRowNumberColumns(t *testing.T) {
	lines := cellLines(
		[]string{"收入支出决算总表"},
		[]string{"项目", "行次", "金额", "项目", "行次", "金额"},
		[]string{"一、一般公共预算财政拨款收入", "1", "6,402.44", "一、一般公共服务支出", "32", "6,402.44"},
		[]string{"", "2", "", "二、外交支出", "33", ""},
		[]string{"本年收入合计", "3", "6,402.44", "本年支出合计", "34", "6,402.44"},
		[]string{"总计", "4", "6,402.44", "总计", "35", "6,402.44"},
	)
	ts, cov := reader.FinalTables(lines)
	for _, c := range cov {
		if c.Profile == "final.summary" {
			require.True(t, c.Found)
			assert.Zero(t, c.Ambiguous, "%v", c.AmbiguousRows)
			assert.Empty(t, c.Unread)
		}
	}
	tb := ts.Get(accounts.KindSummary)
	require.NotNil(t, tb)
	for _, r := range tb.Rows {
		for _, c := range r.Cells {
			if !c.IsAbsent() {
				assert.Equal(t, "6402.44", c.Format(fiscal.TableFormat()), "%s: a 行次 read as a figure", r.Name)
			}
		}
	}
}

// TestRowNumbersWithoutItem: the national template's 收入支出决算总表 as page
// text prints 行次 on every line, also where the left item is blank or both
// are ("  9   九、卫生健康支出   40", "  30      61"): those numbers are no
// figures, and the table reads with certainty.
func TestRowNumbersWithoutItem(t *testing.T) {
	text := `收入支出决算总表
单位：万元
项目                                  行次     金额      项目                              行次  金额
一、一般公共预算财政拨款收入          1        100.00    一、一般公共服务支出              32    80.00
二、政府性基金预算财政拨款收入        2         20.00    二、外交支出                      33
                                      3                  三、国防支出                      34    10.00
                                      4                  四、公共安全支出                  35
                                      5                  五、教育支出                      36    10.00
                                      6                  六、科学技术支出                  37
                                      7                  七、文化旅游体育与传媒支出        38    10.00
                                      8                  八、社会保障和就业支出            39    10.00
本年收入合计                          9        120.00    本年支出合计                      40   120.00
年初结转和结余                       10                  年末结转和结余                    41
                                     11                                                    42
总计                                 12        120.00    总计                              43   120.00`
	_, cov := reader.FinalTables(textLines(text))
	for _, c := range cov {
		if c.Profile == "final.summary" {
			require.True(t, c.Found)
			assert.Zero(t, c.Ambiguous, "%v", c.AmbiguousRows)
			assert.Empty(t, c.Unread)
		}
	}
}
