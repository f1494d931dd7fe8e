package perf_test

import (
	"errors"
	"testing"

	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLevel1(t *testing.T) {
	cases := []struct {
		in   string
		want perf.Level1
	}{
		{"产出", perf.Output},
		{"产出指标", perf.Output},
		{"产出\n指标", perf.Output}, // a cell broken over two lines (Daye)
		{"效益\n指标", perf.Benefit},
		{"满意度指标", perf.Satisfaction},
		{"成本\n指标", perf.Cost},
		{" 成 本 ", perf.Cost}, // spaces anywhere
	}
	for _, c := range cases {
		got, err := perf.ParseLevel1(c.in)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, got, c.in)
	}
	for _, in := range []string{"运行\n成本", "履职\n效能", "", "指标", "数量指标"} {
		_, err := perf.ParseLevel1(in)
		var le *perf.LevelError
		require.True(t, errors.As(err, &le), in)
		assert.Equal(t, in, le.Text)
		assert.Equal(t, 1, le.Level)
		assert.ErrorIs(t, err, perf.ErrLevel)
	}
}

func TestParseLevel2(t *testing.T) {
	cases := []struct {
		in   string
		want perf.Level2
		l1   perf.Level1
	}{
		{"数量指标", perf.Quantity, perf.Output},
		{"质量指标", perf.Quality, perf.Output},
		{"时效指标", perf.Timeliness, perf.Output},
		{"成本指标", perf.OutputCost, perf.Output}, // the 2020 tree: 成本 under 产出
		{"经济效益指标", perf.Economic, perf.Benefit},
		{"社会效益", perf.Social, perf.Benefit},
		{"生态效益指标", perf.Ecological, perf.Benefit},
		{"可持续影响指标", perf.Sustainable, perf.Benefit},
		{"服务对象满意度", perf.ServiceUsers, perf.Satisfaction}, // Daye prints it without 指标
		{"服务对象满意度指标", perf.ServiceUsers, perf.Satisfaction},
		{"经济成本指标", perf.EconomicCost, perf.Cost}, // the 2021 tree
		{"社会成本指标", perf.SocialCost, perf.Cost},
		{"生态环境成本指标", perf.EcoCost, perf.Cost},
	}
	for _, c := range cases {
		got, err := perf.ParseLevel2(c.in)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, got, c.in)
		assert.Equal(t, c.l1, got.Level1(), c.in)
	}
	_, err := perf.ParseLevel2("具体指标") // the Daye forms' placeholder under 满意度
	assert.ErrorIs(t, err, perf.ErrLevel)
}

func TestLevelNames(t *testing.T) {
	assert.Equal(t, "产出", perf.Output.String())
	assert.Equal(t, "产出指标", perf.Output.Name())
	assert.Equal(t, "成本指标", perf.Cost.Name())
	assert.Equal(t, "Level1(9)", perf.Level1(9).String())
	assert.Equal(t, "服务对象满意度指标", perf.ServiceUsers.Name())
	assert.Equal(t, "生态环境成本", perf.EcoCost.String())
	assert.Equal(t, "Level2(0)", perf.Level2(0).Name())
	assert.Equal(t, perf.Level1(0), perf.Level2(0).Level1())
}

func TestLevel2IsCost(t *testing.T) {
	for _, l := range []perf.Level2{perf.OutputCost, perf.EconomicCost, perf.SocialCost, perf.EcoCost} {
		assert.True(t, l.IsCost(), l.String())
	}
	for _, l := range []perf.Level2{perf.Quantity, perf.Economic, perf.ServiceUsers, 0} {
		assert.False(t, l.IsCost(), l.String())
	}
}

// TestFramework checks the 2021 move of 成本: a 二级 under 产出 in 2020, a
// 一级 of its own in 2021.
func TestFramework(t *testing.T) {
	assert.Equal(t, []perf.Level1{perf.Output, perf.Benefit, perf.Satisfaction}, perf.Framework2020.Level1s())
	assert.Equal(t, []perf.Level1{perf.Cost, perf.Output, perf.Benefit, perf.Satisfaction}, perf.Framework2021.Level1s())
	assert.Equal(t, []perf.Level2{perf.Quantity, perf.Quality, perf.Timeliness, perf.OutputCost}, perf.Framework2020.Level2s(perf.Output))
	assert.Equal(t, []perf.Level2{perf.Quantity, perf.Quality, perf.Timeliness}, perf.Framework2021.Level2s(perf.Output))
	assert.Empty(t, perf.Framework2020.Level2s(perf.Cost))
	assert.Equal(t, []perf.Level2{perf.EconomicCost, perf.SocialCost, perf.EcoCost}, perf.Framework2021.Level2s(perf.Cost))
	assert.True(t, perf.Framework2020.Contains(perf.OutputCost))
	assert.False(t, perf.Framework2021.Contains(perf.OutputCost))
	assert.False(t, perf.Framework2020.Contains(perf.EconomicCost))
	assert.True(t, perf.Framework2021.Contains(perf.ServiceUsers))
	assert.False(t, perf.Framework(0).Contains(perf.Quantity))
	assert.Nil(t, perf.Framework(0).Level1s())
	assert.Equal(t, "2021", perf.Framework2021.String())
}

func TestParseCategory(t *testing.T) {
	cases := []struct {
		in   string
		want perf.Category
		cost bool
		str  string
	}{
		{"产出/数量", perf.Category{perf.Output, perf.Quantity}, false, "产出/数量"},
		{"产出／数量指标", perf.Category{perf.Output, perf.Quantity}, false, "产出/数量"}, // full-width slash
		{"成本", perf.Category{Level1: perf.Cost}, true, "成本"},
		{"成本/经济成本", perf.Category{perf.Cost, perf.EconomicCost}, true, "成本/经济成本"},
		{"产出/成本", perf.Category{perf.Output, perf.OutputCost}, true, "产出/成本"}, // the 2020 tree
		{"数量", perf.Category{perf.Output, perf.Quantity}, false, "产出/数量"},     // 一级 follows
		{"满意度", perf.Category{Level1: perf.Satisfaction}, false, "满意度"},
	}
	for _, c := range cases {
		got, err := perf.ParseCategory(c.in)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, got, c.in)
		assert.Equal(t, c.cost, got.IsCost(), c.in)
		assert.Equal(t, c.str, got.String(), c.in)
	}
	errs := []struct {
		in   string
		want error
	}{
		{"效益/数量", perf.ErrLevelMismatch}, // 数量 belongs to 产出
		{"成本/成本", perf.ErrLevelMismatch}, // the 2020 二级 under the 2021 一级
		{"运行成本", perf.ErrLevel},
		{"产出/具体", perf.ErrLevel},
		{"其他/数量", perf.ErrLevel},
		{"", perf.ErrLevel},
	}
	for _, c := range errs {
		_, err := perf.ParseCategory(c.in)
		assert.ErrorIs(t, err, c.want, c.in)
		var le *perf.LevelError
		assert.True(t, errors.As(err, &le), c.in)
	}
	assert.Equal(t, "", perf.Category{}.String())
}
