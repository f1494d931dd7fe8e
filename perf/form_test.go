package perf_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseMoney(t *testing.T) {
	cases := []struct {
		text string
		fen  int64
		unit fiscal.Unit
		half int64 // fen
	}{
		{"5.85", 58_500_00, fiscal.WanYuan, 50_00},             // form unit 万元; half of 0.01 万元 = 50 元
		{"16.244万元", 162_440_00, fiscal.WanYuan, 5_00},         // half of 0.001 万元 = 5 元
		{"109.4万", 1_094_000_00, fiscal.WanYuan, 500_00},       // half of 0.1 万元 = 500 元
		{"2000万", 20_000_000_00, fiscal.WanYuan, 5_000_00},     // half of 1 万元
		{"14.23824万", 142_382_40, fiscal.WanYuan, 5},           // 5 decimals of 万元: half of 0.00001 万元 (0.1 元) = 5 fen
		{"12元", 12_00, fiscal.Yuan, 50},                        // half of 1 元
		{"1.5亿元", 150_000_000_00, fiscal.YiYuan, 5_000_000_00}, // half of 0.1 亿元 = 5,000,000 元
		{"13.10 ", 131_000_00, fiscal.WanYuan, 50_00},          // trailing space
	}
	for _, c := range cases {
		m, err := perf.ParseMoney(c.text, fiscal.WanYuan)
		require.NoError(t, err, c.text)
		assert.Equal(t, c.text, m.Text)
		assert.Equal(t, c.fen, m.Amount.Fen(), c.text)
		assert.Equal(t, c.unit, m.Unit, c.text)
		assert.Equal(t, c.half, m.HalfUnit().Fen(), c.text)
	}
	_, err := perf.ParseMoney("abc", fiscal.WanYuan)
	assert.ErrorIs(t, err, fiscal.ErrSyntax)
	assert.Panics(t, func() { perf.MustParseMoney("", fiscal.WanYuan) })
	assert.Panics(t, func() { perf.MustParseTarget("") })
}

// TestResolve fills down merged 一级 and 二级 cells as the Daye forms print
// them.
func TestResolve(t *testing.T) {
	rows := []perf.Row{
		{Level1: "成本\n指标", Level2: "经济成本指标", Name: "财政资金投入"},
		{Level1: "产出\n指标", Level2: "数量指标", Name: "复印纸"},
		{Name: "复印机耗材更换次数"},                            // both blank: 产出/数量
		{Level2: "质量指标", Name: "符合要求"},                 // 二级 printed, 一级 continues
		{Level2: "社会效益指标", Name: "群众满意"},               // a 效益 二级 under the merged 产出 cell
		{Level1: "满意度指标", Level2: "具体指标", Name: "满意度"}, // unofficial 二级
		{Level1: "满意度指标", Name: "其他"},                  // a new 一级 resets the 二级
		{Level1: "成本", Level2: "成本指标", Name: "x"},      // a 二级 repeating the 一级
	}
	got := perf.Resolve(rows)
	require.Len(t, got, len(rows))
	want := []struct {
		l1text, l2text string
		cat            perf.Category
	}{
		{"成本\n指标", "经济成本指标", perf.Category{perf.Cost, perf.EconomicCost}},
		{"产出\n指标", "数量指标", perf.Category{perf.Output, perf.Quantity}},
		{"产出\n指标", "数量指标", perf.Category{perf.Output, perf.Quantity}},
		{"产出\n指标", "质量指标", perf.Category{perf.Output, perf.Quality}},
		{"产出\n指标", "社会效益指标", perf.Category{perf.Benefit, perf.Social}},
		{"满意度指标", "具体指标", perf.Category{Level1: perf.Satisfaction}},
		{"满意度指标", "", perf.Category{Level1: perf.Satisfaction}},
		{"成本", "成本指标", perf.Category{Level1: perf.Cost}},
	}
	for i, w := range want {
		assert.Equal(t, w.l1text, got[i].Level1Text, i)
		assert.Equal(t, w.l2text, got[i].Level2Text, i)
		assert.Equal(t, w.cat, got[i].Category, i)
	}
	l1, ok := got[4].PrintedLevel1()
	assert.True(t, ok)
	assert.Equal(t, perf.Output, l1, "the printed 一级 differs from the category's")
}

func TestIndicatorIsCost(t *testing.T) {
	rows := []perf.Row{
		{Level1: "成本指标", Level2: "经济成本指标", Name: "a"},   // 2021 tree
		{Level1: "产出指标", Level2: "成本指标", Name: "b"},     // 2020 tree
		{Level1: "运行\n成本", Level2: "公用经费控制", Name: "c"}, // department form
		{Level1: "履职\n效能", Level2: "核心业务产出1", Name: "d"},
		{Level1: "产出指标", Level2: "数量指标", Name: "e"},
	}
	want := []bool{true, true, true, false, false}
	for i, ind := range perf.Resolve(rows) {
		assert.Equal(t, want[i], ind.IsCost(), ind.Name)
	}
}

func TestChoices(t *testing.T) {
	opts := []string{"1、部门预算项目□√", "2、市直专项■", "3、转移支付项目□", "1、持续性项目☑√"}
	got := perf.Choices(opts)
	require.Len(t, got, 4)
	assert.Equal(t, perf.Choice{Text: "1、部门预算项目□√", Label: "部门预算项目", Ticked: true}, got[0])
	assert.Equal(t, perf.Choice{Text: "2、市直专项■", Label: "市直专项", Ticked: true}, got[1])
	assert.Equal(t, perf.Choice{Text: "3、转移支付项目□", Label: "转移支付项目", Ticked: false}, got[2])
	assert.True(t, got[3].Ticked)
	assert.Equal(t, []string{"部门预算项目", "市直专项", "持续性项目"}, perf.Ticked(opts))
	assert.Empty(t, perf.Ticked([]string{"1、常年性项目□"}))
}

func TestEvaluateIndicator(t *testing.T) {
	inds := perf.Resolve([]perf.Row{
		{Level1: "成本指标", Level2: "经济成本指标", Name: "项目成本", Target: "13.22", Actual: "13.10"},
		{Level1: "产出指标", Level2: "质量指标", Name: "网络中心安全监控", Target: "对全市电子政务外网安全隐患进行全过程安全监管", Merged: true},
		{Level2: "生态效益指标", Name: "环境影响", Target: "无污染", Actual: "无污染"},
	})
	// A bare cost target is an upper bound: 13.10 ≤ 13.22 is met.
	e, err := perf.EvaluateIndicator(inds[0], perf.EvalOptions{Weight: dec("10")})
	require.NoError(t, err)
	assert.Equal(t, perf.Met, e.Outcome)
	assert.Equal(t, perf.AtMost, e.Comparator)
	// A merged cell is not assessable.
	e, err = perf.EvaluateIndicator(inds[1], perf.EvalOptions{})
	require.NoError(t, err)
	assert.Equal(t, perf.NotAssessable, e.Outcome)
	assert.Equal(t, perf.Blank, e.Cause)
	// JudgeVerbatim takes "无污染" against "无污染" as met.
	j, ok := perf.JudgeVerbatim(inds[2])
	require.True(t, ok)
	e, err = perf.EvaluateIndicator(inds[2], perf.EvalOptions{Weight: dec("15"), Judgement: &j})
	require.NoError(t, err)
	assert.Equal(t, perf.Met, e.Outcome)
	assert.True(t, dec("15").Equal(e.Score))
	_, ok = perf.JudgeVerbatim(inds[1])
	assert.False(t, ok, "no judgement of a merged cell")
	_, ok = perf.JudgeVerbatim(perf.Indicator{Row: perf.Row{Target: "符合", Actual: "获省级表彰"}})
	assert.False(t, ok, "no judgement when the texts differ")
	_, err = perf.EvaluateIndicator(inds[1], perf.EvalOptions{Weight: dec("-1")})
	assert.ErrorIs(t, err, perf.ErrWeight)
}

func TestFormWhere(t *testing.T) {
	f := perf.ProjectForm{Title: "2024年度互联网+监督平台软件、硬件运行维护项目\n绩效自评表", Line: 5425}
	assert.Equal(t, fiscal.Where{Part: "项目支出绩效自评表", Table: "2024年度互联网+监督平台软件、硬件运行维护项目绩效自评表", Line: 5425}, f.Where())
	d := perf.DepartmentForm{Title: "2024年度市政数局部门整体绩效自评表", Line: 2146}
	assert.Equal(t, "部门整体绩效自评表", d.Where().Part)
}
