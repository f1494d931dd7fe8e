package tables

import (
	"regexp"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func listProfile() *profile.Table {
	return &profile.Table{ID: "purchases", Key: profile.KeyLabel, Titles: []string{"政府采购支出预算表"},
		Columns: []profile.Column{{ID: "total", Headers: []string{"总计"}}}}
}

// A made-up 政府采购 table in the shape of a provincial one: a header over
// two lines, a name wrapped over three lines around its figure, a page
// number between rows, a purchase printed with its form alone, and a note
// after the rows.
const listTable = `政府采购支出预算表
部门名称：某某局                                  单位：万元
采购品目大
          专项名称      经济科目      采购物品名称    采购组织形式    总计
   类
合计                                                             120.50
一、货物 A                                                        20.50
          办公设备购置  办公设备购置                              20.50
                                    台式计算机      政府集中采购     12.00
                                    打印设备        分散采购          8.50
二、服务 C                                                       100.00
                    网络专用线
          信息系统运维  路租赁费                                 100.00
                    （租用）
                             7
                                    运行维护服务    部门集中采购     60.00
                                                    分散采购         40.00
注：采购组织形式为集中采购和分散采购。
   12.00
`

func TestReadListTable(t *testing.T) {
	p := listProfile()
	// The labels as printed, the wrapped name's middle first; and the
	// figures in print order, by hand.
	wantLabels := []string{"合计", "一、货物 A", "办公设备购置 办公设备购置", "台式计算机 政府集中采购", "打印设备 分散采购",
		"二、服务 C", "网络专用线 信息系统运维 路租赁费 （租用）", "运行维护服务 部门集中采购", "分散采购"}
	wantFigures := []string{"120.50", "20.50", "20.50", "12.00", "8.50", "100.00", "100.00", "60.00", "40.00"}
	collapse := regexp.MustCompile(` {2,}`)
	for name, text := range map[string]string{
		"aligned":   listTable,
		"collapsed": collapse.ReplaceAllString(listTable, " "),
		"crlf":      strings.ReplaceAll(listTable, "\n", "\r\n"),
	} {
		t.Run(name, func(t *testing.T) {
			got := Read(linesOf(text), []*profile.Table{p}, Options{})
			require.Len(t, got, 1)
			tb := got[0]
			assert.Empty(t, tb.Reason)
			assert.Empty(t, tb.Unread)
			assert.Equal(t, 2, tb.Decimals)
			var labels, figures []string
			for _, r := range tb.Rows {
				labels = append(labels, strings.TrimSpace(r.Label))
				figures = append(figures, r.Cells["total"].Format(fiscal.Format{Unit: tb.Unit, Decimals: tb.Decimals}))
				assert.False(t, r.Ambiguous, r.Label)
			}
			assert.Equal(t, wantLabels, labels)
			assert.Equal(t, wantFigures, figures)
		})
	}
}

// TestReadListTableDoubt: figures with no text before them cannot be given
// a row (every row is then in doubt), and a row of more figures than
// columns is another table's layout (not read).
func TestReadListTableDoubt(t *testing.T) {
	p := listProfile()
	text := "政府采购支出预算表\n合计 30.00\n一、货物 A 30.00\n台式计算机 政府集中采购 18.00\n 12.00\n"
	got := Read(linesOf(text), []*profile.Table{p}, Options{})
	require.Len(t, got, 1)
	assert.Equal(t, []int{5}, got[0].Unread)
	require.Len(t, got[0].Rows, 3)
	for _, r := range got[0].Rows {
		assert.True(t, r.Ambiguous, r.Label)
	}
	text = "政府采购支出预算表\n合计 30.00 20.00 10.00\n"
	got = Read(linesOf(text), []*profile.Table{p}, Options{})
	require.Len(t, got, 1)
	assert.NotEmpty(t, got[0].Reason)
	assert.Empty(t, got[0].Rows)
}

// TestReadAlternative: a title whose table prints no row of its profile's
// layout is read by the profile's alternative (income sources by label
// over one 金额 column under a title also printed over 功能分类 rows); a
// table that does print its profile's rows is read by that profile.
func TestReadAlternative(t *testing.T) {
	alt := &profile.Table{ID: "income.sources", Key: profile.KeyLabel, Titles: []string{"收入预算总表"},
		Columns: []profile.Column{{ID: "amount", Headers: []string{"金额"}}}}
	coded := &profile.Table{ID: "income", Key: profile.KeyFunction, Titles: []string{"收入预算总表"},
		Columns:     []profile.Column{{ID: "total", Headers: []string{"合计"}}, {ID: "appropriation", Headers: []string{"财政拨款收入"}}},
		Identities:  []profile.Identity{{Total: "total", Parts: []string{"appropriation"}}},
		Alternative: alt}
	bySource := "收入预算总表\n项目名称          金额\n收入总计          120.00\n小计              120.00\n一般公共预算资金  120.00\n"
	got := Read(linesOf(bySource), []*profile.Table{coded}, Options{})
	require.Len(t, got, 1)
	assert.Equal(t, "income.sources", got[0].Profile.ID)
	require.Len(t, got[0].Rows, 3)
	assert.Equal(t, "收入总计", got[0].Rows[0].Label)
	byCode := "收入预算总表\n科目编码  科目名称      合计     财政拨款收入\n204       公共安全支出  120.00   120.00\n"
	got = Read(linesOf(byCode), []*profile.Table{coded}, Options{})
	require.Len(t, got, 1)
	assert.Equal(t, "income", got[0].Profile.ID)
	require.Len(t, got[0].Rows, 1)
	assert.Equal(t, "204", got[0].Rows[0].Code)
}

// TestOthersEndTitles: a title of a table read in another pass (Options.
// Others) wrapped over two lines does not make its second line a title
// of the tables read here: "国有资本经营预算" / "财政拨款收入支出决算表" is
// the 国有资本经营 table, not a second 财政拨款收入支出决算表; and it ends
// the table before it.
func TestOthersEndTitles(t *testing.T) {
	summary := &profile.Table{ID: "appropriation-summary", Key: profile.KeyNamed, Titles: []string{"财政拨款收入支出决算表"},
		Exclude: []string{"国有资本"}, Columns: []profile.Column{{ID: "amount"}}}
	capital := &profile.Table{ID: "state-capital", Key: profile.KeyFunction, Titles: []string{"国有资本经营预算财政拨款收入支出决算表"},
		Columns: []profile.Column{{ID: "total"}}}
	text := "财政拨款收入支出决算表\n合计 10.00\n国有资本经营预算\n财政拨款收入支出决算表\n合计 20.00\n"
	with := find(linesOf(text), []*profile.Table{summary}, []*profile.Table{capital})
	require.Len(t, with, 1)
	assert.Equal(t, 1, with[0].line)
	assert.Len(t, with[0].lines, 1, "the table ends where the other's title begins")
	without := find(linesOf(text), []*profile.Table{summary}, nil)
	require.Len(t, without, 1)
	assert.Greater(t, len(without[0].lines), 1, "without the others, the second line is taken for the title again and the other table's rows joined to this one")
}
