package tabletitle

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNames(t *testing.T) {
	for _, c := range []struct {
		title, name string
		want        bool
	}{
		{"支出决算表", "支出决算表", true},
		{"表三 支出决算表", "支出决算表", true},
		{"上海市某某区项目管理中心2024年度支出决算表", "支出决算表", true},
		{"机关运行经费支出决算表", "支出决算表", false},
		{"会议费 支出决算表", "支出决算表", false},
		{"一般公共预算财政拨款项目支出决算表", "支出决算表", false},
		{"政府采购支出决算表", "支出决算表", false},
		{"专项资金支出决算表", "支出决算表", false},
		{"收入决算表", "支出决算表", false},
		// the second place is not narrowed
		{"项目支出决算表 支出决算表", "支出决算表", true},
	} {
		assert.Equal(t, c.want, Names(c.title, c.name), "%s / %s", c.title, c.name)
	}
}

func ExampleNames() {
	fmt.Println(Names("XX局2024年度支出决算表", "支出决算表"))
	fmt.Println(Names("机关运行经费支出决算表", "支出决算表"))
	// Output:
	// true
	// false
}
