package threepublic_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/cnfiscal/fiscal/threepublic"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func w(s string) fiscal.Cell         { return fiscal.MustParseCell(s, fiscal.WanYuan) }
func yuan(s string) fiscal.Amount    { return fiscal.MustParseAmount(s, fiscal.Yuan) }
func fn(s string) classify.Function  { return classify.MustParse[classify.FunctionKind](s) }
func eco(s string) classify.Economic { return classify.MustParse[classify.EconomicKind](s) }

func TestExpensesTotals(t *testing.T) {
	e := threepublic.Expenses{Abroad: w("1.20"), VehiclePurchase: w("20.00"), VehicleOperation: w("3.45"), Reception: w("1.71")}
	v, err := e.Vehicles()
	require.NoError(t, err)
	assert.Equal(t, fiscal.Wan("23.45"), v, "20.00 + 3.45")
	tot, err := e.Total()
	require.NoError(t, err)
	assert.Equal(t, fiscal.Wan("26.36"), tot, "1.20 + 23.45 + 1.71")
	assert.Equal(t, w("3.45"), e.Get(threepublic.VehicleOperation))
	assert.Equal(t, "公务用车运行维护费", threepublic.VehicleOperation.String())
}

// ledger3 has spending under each "三公" code from several sources and
// natures, so that the fund scope and the code set matter.
func ledger3(t *testing.T) *accounts.Ledger {
	t.Helper()
	l := accounts.NewLedger("某某局", 2024)
	office, _ := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	center, _ := l.AddEntity(accounts.Entity{Name: "中心", Type: accounts.CivilServiceManaged})
	school, _ := l.AddEntity(accounts.Entity{Name: "学校", Type: accounts.Institution})
	add := func(ent accounts.EntityID, code string, n accounts.Nature, src accounts.FundSource, amt string) {
		require.NoError(t, l.AddExpense(accounts.Expense{Entity: ent, Function: fn("2010301"), Economic: eco(code), Nature: n, Source: src, Amount: yuan(amt)}))
	}
	g := accounts.SourceGeneral
	add(office, "30217", accounts.NaturePublic, g, "12000.00")                      // 接待, 基本
	add(office, "30217", accounts.NatureProject, g, "5100.00")                      // 接待, 项目
	add(office, "30217", accounts.NatureProject, accounts.SourceGovFund, "100.00")  // 接待, 基金
	add(office, "30217", accounts.NatureProject, accounts.SourceBusiness, "999.00") // 事业收入: never 财政拨款
	add(center, "30231", accounts.NaturePublic, g, "8000.50")                       // 运行
	add(center, "31013", accounts.NatureProject, g, "150000.00")                    // 购置
	add(school, "30913", accounts.NatureProject, g, "200000.00")                    // 基建 购置
	add(school, "30212", accounts.NatureProject, g, "30000.00")                     // 出国
	add(office, "30201", accounts.NaturePublic, g, "4000.00")                       // 办公费: 机关运行经费
	add(center, "31002", accounts.NaturePublic, g, "2500.00")                       // 办公设备: 机关运行经费
	add(school, "30201", accounts.NaturePublic, g, "7777.00")                       // 事业单位: not 机关运行经费
	add(office, "30227", accounts.NaturePublic, g, "1000.00")                       // 委托业务费
	add(office, "30101", accounts.NaturePersonnel, g, "90000.00")                   // 人员经费
	return l
}

func TestFromLedgerScopes(t *testing.T) {
	l := ledger3(t)
	cases := []struct {
		name string
		cfg  threepublic.Config
		want threepublic.Expenses
	}{
		// All 财政拨款 (default): 接待 12000 + 5100 + 100 = 17200.00.
		{"default", threepublic.DefaultConfig(), threepublic.Expenses{
			Abroad: fiscal.Present(yuan("30000.00")), VehiclePurchase: fiscal.Present(yuan("150000.00")),
			VehicleOperation: fiscal.Present(yuan("8000.50")), Reception: fiscal.Present(yuan("17200.00"))}},
		// 一般公共预算 only: 接待 12000 + 5100 = 17100.00.
		{"general only", func() threepublic.Config {
			c := threepublic.DefaultConfig()
			c.Sources = accounts.SourceSet(accounts.SourceGeneral)
			return c
		}(), threepublic.Expenses{
			Abroad: fiscal.Present(yuan("30000.00")), VehiclePurchase: fiscal.Present(yuan("150000.00")),
			VehicleOperation: fiscal.Present(yuan("8000.50")), Reception: fiscal.Present(yuan("17100.00"))}},
		// With 30913: 购置 150000 + 200000 = 350000.00.
		{"with 30913", threepublic.DefaultConfig().WithCode(eco("30913"), threepublic.VehiclePurchase), threepublic.Expenses{
			Abroad: fiscal.Present(yuan("30000.00")), VehiclePurchase: fiscal.Present(yuan("350000.00")),
			VehicleOperation: fiscal.Present(yuan("8000.50")), Reception: fiscal.Present(yuan("17200.00"))}},
		// 基本支出 only: 接待 12000, 运行 8000.50; no 项目 spending.
		{"basic only", func() threepublic.Config {
			c := threepublic.DefaultConfig()
			c.Natures = accounts.Basic
			return c
		}(), threepublic.Expenses{VehicleOperation: fiscal.Present(yuan("8000.50")), Reception: fiscal.Present(yuan("12000.00"))}},
	}
	for _, c := range cases {
		got, err := threepublic.FromLedger(l, c.cfg)
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, got, c.name)
	}
	assert.Len(t, threepublic.DefaultConfig().Codes, 4, "WithCode copies")
}

func TestDeriveAndCheck(t *testing.T) {
	actual, err := threepublic.FromLedger(ledger3(t), threepublic.DefaultConfig())
	require.NoError(t, err)
	tb, err := threepublic.Derive(threepublic.Expenses{Reception: w("1.71"), VehicleOperation: w("1.00")}, actual, threepublic.DeriveOptions{})
	require.NoError(t, err)
	// By hand, 万元 at two decimals: 出国 3.00; 购置 15.00; 运行 0.80005 →
	// 0.80; 小计 15.80005 → 15.80; 接待 1.72; 合计 3 + 15.80005 + 1.72 =
	// 20.52005 → 20.52.
	assert.Equal(t, w("15.80"), tb.Actual.Vehicles)
	assert.Equal(t, w("20.52"), tb.Actual.Total)
	assert.Equal(t, w("2.71"), tb.Budget.Total)
	assert.True(t, tb.Budget.Abroad.IsAbsent(), "zero prints blank")
	assert.Empty(t, tb.Check())

	// Fail: a printed 小计 that is not 购置 + 运行.
	tb.Actual.Vehicles = w("15.90")
	fs := tb.Check()
	require.Len(t, fs, 2, "the 小计 and, through it, the 合计")
	assert.Equal(t, "tp.table.vehicles", fs[0].Rule)
	assert.Equal(t, "15.80", fs[0].Expected.String())
	assert.Equal(t, "tp.table.total", fs[1].Rule)
	assert.Equal(t, "20.62", fs[1].Expected.String(), "3.00 + 15.90 + 1.72")

	// Absent: a blank table has nothing to check.
	assert.Empty(t, (&threepublic.Table{}).Check())
}

func TestDayeThreePublic(t *testing.T) {
	tb := daye2024.ThreePublic()
	assert.Empty(t, tb.Check(), "1.71 = 0 + 0 + 1.71 on both sides")
	assert.Equal(t, fiscal.Wan("1.71"), tb.Budget.Total.OrZero())
	assert.Equal(t, fiscal.Wan("1.71"), tb.Actual.Total.OrZero())
	// 30217 公务接待费 in 公开06 is 1.71: equal to the "三公" 决算, no finding.
	assert.Empty(t, tb.CheckBasicItems(daye2024.Tables().BasicExpenditure))

	fs := threepublic.CheckStatistics(tb.Actual.Expenses(), daye2024.ThreePublicStatistics(), fiscal.Where{Part: "情况说明"})
	require.Len(t, fs, 1)
	assert.Equal(t, "tp.reception.average", fs[0].Rule)
	// By hand: 17100.00 元 / 124 人次 = 137.903… → 137.90.
	assert.Equal(t, "137.90", fs[0].Actual.String())
	assert.Equal(t, fiscal.SeverityInfo, fs[0].Severity)

	// Completion and change, by hand: 1.71 / 1.71 = 100%; same as last year.
	cmp, err := threepublic.Compare(tb, threepublic.Expenses{Reception: w("1.71")})
	require.NoError(t, err)
	assert.Equal(t, "合计", cmp[0].Name)
	r, err := cmp[0].Completion()
	require.NoError(t, err)
	assert.Equal(t, "100", r.Percent(1).String())
	ch, err := cmp[0].Change()
	require.NoError(t, err)
	assert.True(t, ch.IsZero())
	_, err = cmp[1].Completion()
	assert.ErrorIs(t, err, fiscal.ErrDivisionByZero, "因公出国 budget 0: no completion rate")
}

func TestBasicItemsExceed(t *testing.T) {
	tb := daye2024.ThreePublic()
	basic := daye2024.Tables().BasicExpenditure
	row, ok := basic.EconomicRow(eco("30217"))
	require.True(t, ok)
	row.Cells[accounts.ColAmount] = w("2.71")
	fs := tb.CheckBasicItems(basic)
	require.Len(t, fs, 1)
	assert.Equal(t, "tp.basic-items", fs[0].Rule)
	assert.Equal(t, "30217", fs[0].Where.Row)
	assert.Equal(t, "1.71", fs[0].Expected.String())
	assert.Equal(t, "2.71", fs[0].Actual.String())
	assert.Equal(t, fiscal.SeverityError, fs[0].Severity)
}

func TestStatisticsMissing(t *testing.T) {
	n := threepublic.CountOf
	cases := []struct {
		name    string
		actual  threepublic.Expenses
		stats   threepublic.Statistics
		rules   int
		message string
	}{
		{"abroad without groups", threepublic.Expenses{Abroad: w("3.00")}, threepublic.Statistics{AbroadPersons: n(4)}, 1, "not stated"},
		{"abroad with zero persons", threepublic.Expenses{Abroad: w("3.00")}, threepublic.Statistics{AbroadGroups: n(1), AbroadPersons: n(0)}, 1, "is 0"},
		{"vehicles held without cost", threepublic.Expenses{}, threepublic.Statistics{VehiclesPurchased: n(2)}, 1, "but its statistics are 2"},
		{"operation without fleet", threepublic.Expenses{VehicleOperation: w("1.00")}, threepublic.Statistics{}, 1, "保有量"},
		{"all stated", threepublic.Expenses{Abroad: w("3.00")}, threepublic.Statistics{AbroadGroups: n(1), AbroadPersons: n(3)}, 0, ""},
	}
	for _, c := range cases {
		fs := threepublic.CheckStatistics(c.actual, c.stats, fiscal.Where{})
		require.Len(t, fs, c.rules, c.name)
		if c.rules > 0 {
			assert.Equal(t, "tp.statistics", fs[0].Rule, c.name)
			assert.Contains(t, fs[0].Message, c.message, c.name)
		}
	}
}

func TestRunningCost(t *testing.T) {
	l := ledger3(t)
	rc, err := threepublic.RunningCostFromLedger(l, threepublic.DefaultRunningCostConfig())
	require.NoError(t, err)
	require.True(t, rc.Applicable)
	// By hand, 一般公共预算 基本支出 of 行政 and 参公 units under 302 and 310:
	// 本级 30217 12000 + 30201 4000 + 30227 1000 = 17000.00; 中心 30231
	// 8000.50 + 31002 2500 = 10500.50; 学校 (事业单位) not counted.
	assert.Equal(t, yuan("27500.50"), rc.Amount)
	require.Len(t, rc.ByEntity, 2)
	assert.Equal(t, yuan("17000.00"), rc.ByEntity[0].Amount)

	cfg := threepublic.DefaultRunningCostConfig()
	cfg.Exclude = []classify.Economic{eco("30227")}
	cfg.Include = []classify.Economic{eco("30101")}
	rc, err = threepublic.RunningCostFromLedger(l, cfg)
	require.NoError(t, err)
	assert.Equal(t, yuan("116500.50"), rc.Amount, "27500.50 − 1000 + 90000")

	only := accounts.NewLedger("学校", 2024)
	_, _ = only.AddEntity(accounts.Entity{Name: "学校", Type: accounts.Institution})
	rc, err = threepublic.RunningCostFromLedger(only, threepublic.DefaultRunningCostConfig())
	require.NoError(t, err)
	assert.False(t, rc.Applicable)
	assert.Contains(t, rc.Reason, "行政单位")
}

func TestDayeRunningCost(t *testing.T) {
	// The narrative: 124.6 (one decimal) "与…公用经费之和一致"; 公开06 公用经费合计
	// 124.66 (two decimals). |124.66 − 124.6| = 0.06 > 0.05 + 0.005: not a
	// rounding of 124.66 (which is 124.7 at one decimal).
	rc := daye2024.RunningCostStated()
	public := fiscal.Wan("124.66")
	fs := threepublic.CheckRunningCost(rc.Amount, rc.Decimals, public, 2, true, fiscal.Where{Part: "情况说明", Line: rc.Line})
	require.Len(t, fs, 1)
	assert.Equal(t, "tp.running.public", fs[0].Rule)
	assert.False(t, fs[0].WithinRounding)
	assert.Equal(t, "124.66", fs[0].Expected.String())
	assert.Equal(t, "124.60", fs[0].Actual.String())
	assert.Equal(t, "0.055", fs[0].Tolerance.String())
	assert.Equal(t, fiscal.SeverityWarning, fs[0].Severity)

	// 124.7 would have been a correct rounding: reported within rounding.
	ok := threepublic.CheckRunningCost(fiscal.Wan("124.7"), 1, public, 2, true, fiscal.Where{})
	require.Len(t, ok, 1)
	assert.True(t, ok[0].WithinRounding, "0.04 ≤ 0.055")
	assert.Equal(t, fiscal.SeverityInfo, ok[0].Severity)
	none := threepublic.CheckRunningCost(fiscal.Wan("1"), 1, public, 2, false, fiscal.Where{})
	require.Len(t, none, 1)
	assert.Equal(t, "tp.running.applicable", none[0].Rule)
	assert.Empty(t, threepublic.CheckRunningCost(fiscal.Amount{}, 1, public, 2, false, fiscal.Where{}))

	// The comparisons the narrative makes, by hand: 年初预算 = 124.6 − 18.7
	// = 105.9, 124.6 / 105.9 = 117.66% → 117.7% as printed; last year =
	// 124.6 + 3.86 = 128.46, −3.86 / 128.46 = −3.0% → 下降3% as printed.
	c := threepublic.Comparison{Name: "机关运行经费", Budget: w("105.9"), Actual: w("124.6"), Previous: w("128.46")}
	r, err := c.Completion()
	require.NoError(t, err)
	assert.Equal(t, "117.7", r.Percent(1).String())
	g, err := c.Growth()
	require.NoError(t, err)
	assert.Equal(t, "-3", g.Percent(0).String())
}

// TestCheckRunningCostWithin: 机关运行经费 is part of the 公用经费 of the
// 一般公共预算财政拨款基本支出决算表; above it beyond rounding is an error
// (200.00 against 184.65, by hand 15.35), equal or below is not, and a
// figure printed to one decimal is allowed its rounding.
func TestCheckRunningCostWithin(t *testing.T) {
	w := fiscal.Where{Part: "情况说明", Row: "机关运行经费"}
	fs := threepublic.CheckRunningCostWithin(fiscal.Wan("200.00"), 2, fiscal.Wan("184.65"), 2, w)
	require.Len(t, fs, 1)
	assert.Equal(t, "tp.running.within", fs[0].Rule)
	assert.Equal(t, fiscal.SeverityError, fs[0].Severity)
	assert.Contains(t, fs[0].Message, "by 15.35")
	assert.Empty(t, threepublic.CheckRunningCostWithin(fiscal.Wan("184.65"), 2, fiscal.Wan("184.65"), 2, w))
	assert.Empty(t, threepublic.CheckRunningCostWithin(fiscal.Wan("150.00"), 2, fiscal.Wan("184.65"), 2, w))
	assert.Empty(t, threepublic.CheckRunningCostWithin(fiscal.Wan("184.7"), 1, fiscal.Wan("184.65"), 2, w), "184.7 is 184.65 rounded")
}
