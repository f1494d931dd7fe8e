package budget_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/reader"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/cnfiscal/fiscal/reader/source"
	"github.com/cnfiscal/fiscal/reader/tables"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readHTMLBudget reads the budget tables of an HTML page.
func readHTMLBudget(t *testing.T, page string) *budget.Tables {
	t.Helper()
	lines, err := source.HTML([]byte(page), source.DefaultLimits())
	require.NoError(t, err)
	var grids []profile.Grid
	for _, tb := range tables.Read(lines, budget.Profiles(), tables.Options{}) {
		grids = append(grids, tb.Grid)
	}
	ts, _ := budget.FromGrids(grids)
	return ts
}

// incomePage is a national 部门收入总表 as a web page prints it: the
// headers in the order given, each row's figures under them (cells by
// header name).
func incomePage(headers []string, rows [][]string) string {
	var b strings.Builder
	b.WriteString("<html><body><p>部门收入总表</p><p>单位：万元</p><table>\n<tr><th>科目编码</th><th>科目名称</th>")
	for _, h := range headers {
		fmt.Fprintf(&b, "<th>%s</th>", h)
	}
	b.WriteString("</tr>\n")
	for _, r := range rows {
		b.WriteString("<tr>")
		for _, c := range r {
			fmt.Fprintf(&b, "<td>%s</td>", c)
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table></body></html>\n")
	return b.String()
}

// The probe's case 186: a web page's 部门收入总表 printing its columns in
// another order than the national template's (or one more, 国有资本经营
// 预算拨款收入, or one the profile does not know) has each figure read
// under the header printed over it. Before, the figures filled the
// profile's columns in order (一般公共预算拨款 800 read as 上年结转, 4 false
// errors on a correct budget), and a row of one figure more than the
// columns was uncertain.
func TestIncomeColumnsByHeader(t *testing.T) {
	money := func(ts *budget.Tables, row string) map[string]string {
		in := ts.Get(budget.KindIncome)
		require.NotNil(t, in)
		r := in.Total()
		if row != "" {
			for i := range in.Rows {
				if in.Rows[i].Function.String() == row {
					r = &in.Rows[i]
				}
			}
		}
		require.NotNil(t, r, row)
		out := map[string]string{}
		for _, c := range []string{budget.ColTotal, budget.ColCarryOverIncome, budget.ColGeneral, budget.ColFund, budget.ColCapital, budget.ColBusiness, budget.ColOperating, budget.ColOther} {
			if cell := r.Cell(c); !cell.IsAbsent() {
				out[c] = cell.Format(fiscal.TableFormat())
			}
		}
		if r.Ambiguous {
			out["ambiguous"] = "yes"
		}
		return out
	}
	// Every row prints the same figures: 合计 1,100.00 = 上年结转 100.00 +
	// 一般公共预算拨款 800.00 + 事业收入 200.00.
	rowsOf := func(figs ...string) [][]string {
		var out [][]string
		for _, r := range [][2]string{{"", "合计"}, {"201", "一般公共服务支出"}, {"20101", "人大事务"}, {"2010101", "行政运行"}} {
			out = append(out, append([]string{r[0], r[1]}, figs...))
		}
		return out
	}
	t.Run("permuted", func(t *testing.T) {
		page := incomePage([]string{"合计", "一般公共预算拨款收入", "事业收入", "上年结转", "政府性基金预算拨款收入", "事业单位经营收入", "其他收入"},
			rowsOf("1,100.00", "800.00", "200.00", "100.00", "0.00", "0.00", "0.00"))
		ts := readHTMLBudget(t, page)
		want := map[string]string{budget.ColTotal: "1100.00", budget.ColGeneral: "800.00", budget.ColBusiness: "200.00",
			budget.ColCarryOverIncome: "100.00", budget.ColFund: "0.00", budget.ColOperating: "0.00", budget.ColOther: "0.00"}
		assert.Equal(t, want, money(ts, ""))
		assert.Equal(t, want, money(ts, "2010101"))
	})
	t.Run("国有资本经营预算 printed", func(t *testing.T) {
		page := incomePage([]string{"合计", "上年结转", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "事业收入", "事业单位经营收入", "其他收入"},
			rowsOf("1,100.00", "100.00", "750.00", "0.00", "50.00", "200.00", "0.00", "0.00"))
		ts := readHTMLBudget(t, page)
		want := map[string]string{budget.ColTotal: "1100.00", budget.ColCarryOverIncome: "100.00", budget.ColGeneral: "750.00",
			budget.ColFund: "0.00", budget.ColCapital: "50.00", budget.ColBusiness: "200.00", budget.ColOperating: "0.00", budget.ColOther: "0.00"}
		assert.Equal(t, want, money(ts, ""))
		assert.Equal(t, want, money(ts, "20101"))
	})
	t.Run("a column the profile does not know", func(t *testing.T) {
		heads := []string{"合计", "上年结转", "一般公共预算拨款收入", "财政专户管理资金收入", "事业收入", "其他收入"}
		// Its nought is nothing: the row is certain, the others'
		// figures under their names.
		ts := readHTMLBudget(t, incomePage(heads, rowsOf("1,100.00", "100.00", "800.00", "0.00", "200.00", "0.00")))
		assert.Equal(t, map[string]string{budget.ColTotal: "1100.00", budget.ColCarryOverIncome: "100.00", budget.ColGeneral: "800.00",
			budget.ColBusiness: "200.00", budget.ColOther: "0.00"}, money(ts, "201"))
		// A figure in it is kept aside, never moved into a known
		// column; the row's sums cannot be told, so it is uncertain.
		ts = readHTMLBudget(t, incomePage(heads, rowsOf("1,100.00", "100.00", "700.00", "100.00", "200.00", "0.00")))
		assert.Equal(t, map[string]string{budget.ColTotal: "1100.00", budget.ColCarryOverIncome: "100.00", budget.ColGeneral: "700.00",
			budget.ColBusiness: "200.00", budget.ColOther: "0.00", "ambiguous": "yes"}, money(ts, "201"))
	})
}

// basicPageText is a national 一般公共预算基本支出表 as page text prints it
// (one space between cells, empty cells dropped), typed by hand under the
// given header: every 类 and 款 row prints its 合计 and the one part it
// holds, equal, so the sums alone cannot tell 人员经费 from 公用经费.
func basicPageText(header string) string {
	return "一般公共预算基本支出表\n单位：万元\n" + header + `
合计 205.00 170.00 35.00
301 工资福利支出 150.00 150.00
30101 基本工资 100.00 100.00
30102 津贴补贴 50.00 50.00
302 商品和服务支出 30.00 30.00
30201 办公费 10.00 10.00
30211 差旅费 20.00 20.00
303 对个人和家庭的补助 20.00 20.00
30302 退休费 20.00 20.00
310 资本性支出 5.00 5.00
31002 办公设备购置 5.00 5.00
`
}

// The probe's case 184: in page text, a 基本支出 row printing two equal
// figures is 合计 and 人员经费 for a 301 or 303 row, 合计 and 公用经费 for a
// 302 or 310 row, by definition, when the table's header names those
// columns; under a header that does not, the rows stay uncertain. Before,
// every coded row was uncertain and a mistyped 款 only info.
func TestBasicByClass(t *testing.T) {
	read := func(text string) *tables.Table {
		var lines []tables.Line
		for i, l := range strings.Split(text, "\n") {
			lines = append(lines, tables.Line{N: i + 1, Text: l})
		}
		for _, tb := range tables.Read(lines, budget.Profiles(), tables.Options{}) {
			if tb.Profile.ID == "budget."+budget.KindGeneralBasic.String() {
				return tb
			}
		}
		t.Fatal("一般公共预算基本支出表 not read")
		return nil
	}
	tb := read(basicPageText("科目编码 科目名称 合计 人员经费 公用经费"))
	assert.Zero(t, tb.Ambiguous(), tb.AmbiguousRows())
	got := map[string]string{}
	for _, r := range tb.Rows {
		for col, c := range r.Cells {
			if col != budget.ColTotal {
				got[r.Code+" "+col] = c.Format(fiscal.TableFormat())
			}
		}
	}
	assert.Equal(t, map[string]string{
		" " + budget.ColPersonnel: "170.00", " " + budget.ColPublic: "35.00",
		"301 personnel": "150.00", "30101 personnel": "100.00", "30102 personnel": "50.00",
		"303 personnel": "20.00", "30302 personnel": "20.00",
		"302 public": "30.00", "30201 public": "10.00", "30211 public": "20.00",
		"310 public": "5.00", "31002 public": "5.00",
	}, got)

	tb = read(basicPageText("科目编码 科目名称 合计 工资性支出 商品服务支出"))
	assert.Equal(t, []string{"301", "30101", "30102", "302", "30201", "30211", "303", "30302", "310", "31002"}, tb.AmbiguousRows())
}

// A two-sided 财政拨款收支总表 given with its cells whose 支出 side prints
// 政府性基金预算 before 一般公共预算 has each figure read under the header
// printed over it (before, in the profile's order: 800.00 of 一般公共预算
// spending read as 政府性基金预算's).
func TestTwoSidedColumnsByHeader(t *testing.T) {
	page := `<p>财政拨款收支总表</p><p>单位：万元</p><table>
<tr><th>收入项目</th><th>预算数</th><th>支出项目</th><th>合计</th><th>政府性基金预算</th><th>一般公共预算</th></tr>
<tr><td>一、一般公共预算拨款</td><td>800.00</td><td>一、一般公共服务支出</td><td>800.00</td><td>0.00</td><td>800.00</td></tr>
<tr><td>二、政府性基金预算拨款</td><td>50.00</td><td>二、城乡社区支出</td><td>50.00</td><td>50.00</td><td></td></tr>
<tr><td>收入总计</td><td>850.00</td><td>支出总计</td><td>850.00</td><td>50.00</td><td>800.00</td></tr>
</table>`
	lines, err := source.HTML([]byte(page), source.DefaultLimits())
	require.NoError(t, err)
	fn := reader.NewestCatalogs().Function
	opts := tables.Options{Label: func(_ *profile.Table, label string) (string, string, []string) {
		return budget.LabelSides(fn, label)
	}}
	var grids []profile.Grid
	for _, tb := range tables.Read(lines, budget.TwoSidedProfiles(), opts) {
		grids = append(grids, tb.Grid)
	}
	ts, _ := budget.FromGrids(grids)
	ap := ts.Get(budget.KindAppropriationSummary)
	require.NotNil(t, ap)
	got := map[string]string{}
	for _, r := range ap.Rows {
		if r.Side != budget.SideExpenditure {
			continue
		}
		key := r.Function.String()
		if !r.Function.Valid() {
			key = r.Item.Name()
		}
		for _, c := range []string{budget.ColExpenditure, budget.ColExpenditureGeneral, budget.ColExpenditureFund} {
			if cell := r.Cell(c); !cell.IsAbsent() {
				got[key+" "+c] = cell.Format(fiscal.TableFormat())
			}
		}
	}
	assert.Equal(t, map[string]string{
		"201 expenditure": "800.00", "201 expenditure.general": "800.00", "201 expenditure.fund": "0.00",
		"212 expenditure": "50.00", "212 expenditure.fund": "50.00",
		"支出总计 expenditure": "850.00", "支出总计 expenditure.general": "800.00", "支出总计 expenditure.fund": "50.00",
	}, got)
}
