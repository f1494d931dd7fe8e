package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPartHeading(t *testing.T) {
	for s, want := range map[string]int{
		"第三部分 上海市普陀区财政局2024年度部门决算情况说明": 3,
		"第六部分  附件": 6,
		"三、上海市普陀区财政局2024年度部门决算情况说明": 3,
		"上海市普陀区财政局2024年度部门决算情况说明":   3,
		"二、大冶市某某局2024年度部门决算表":       2,
		"一、部门概况": 1,
		"四、名词解释": 4,
		"名词解释":   4,
		"情况说明":   3,
		// items inside a part
		"五、一般公共预算财政拨款支出决算情况说明": 0,
		"一、收入支出决算总体情况说明":       0,
		"二、部门决算单位构成":           0,
		"三、支出决算表":              0,
		"十、其他重要事项的情况说明":        0,
		"本部门2024年度部门决算情况说明如下：": 0,
	} {
		assert.Equal(t, want, PartHeading(s), s)
	}
}
