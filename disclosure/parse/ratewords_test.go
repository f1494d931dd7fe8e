package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGrowthRateWordingsPutuo writes two changes of the Putuo 2024 决算 in
// other templates' words (the probe's case 178): the rate named
// "下降率为"/"增长率为", or printed before its change, which follows in
// brackets ("比2023年度增长1.40%（增加2.55万元）"). The figures are the
// report's: 一般公共预算财政拨款支出 −63.14 from 3003.19 (2.10%), 机关运行
// 经费 +2.55 from 182.10 (1.40%). Right, no error beyond the report's
// own; the rate mistyped, one narr.growth more.
func TestGrowthRateWordingsPutuo(t *testing.T) {
	const general = "一般公共预算财政拨款支出减少63.14万元，下降2.10%。"
	const running = "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。"
	for _, c := range []struct{ at, right, wrong string }{
		{general, "一般公共预算财政拨款支出减少63.14万元，下降率为2.10%。", "一般公共预算财政拨款支出减少63.14万元，下降率为2.91%。"},
		{running, "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长率为1.40%。", "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长率为1.04%。"},
		{general, "一般公共预算财政拨款支出下降2.10%（减少63.14万元）。", "一般公共预算财政拨款支出下降2.91%（减少63.14万元）。"},
		{running, "机关运行经费支出184.65万元，比2023年度增长1.40%（增加2.55万元）。", "机关运行经费支出184.65万元，比2023年度增长1.04%（增加2.55万元）。"},
	} {
		t.Run(c.right, func(t *testing.T) {
			want, edited := putuoEdited(t, c.at)
			assert.Equal(t, want, edited(c.right))
			wrong := edited(c.wrong)
			assert.Len(t, wrong, len(want)+1)
			assert.Contains(t, strings.Join(wrong, "\n"), "narr.growth")
		})
	}
}
