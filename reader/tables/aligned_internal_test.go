package tables

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNameIndentIsNoCellGap: collapsed text (one space between cells)
// whose names are indented with full-width spaces, as a Word table's are,
// keeps no column positions (the probe's case 215: read by character
// columns, the figures fell under other columns, 10 to 36 false errors
// on consistent reports); text laid out by pdftotext, or cells apart by
// full-width spaces before a figure, keeps them.
func TestNameIndentIsNoCellGap(t *testing.T) {
	lines := func(ss ...string) []Line {
		out := make([]Line, len(ss))
		for i, s := range ss {
			out[i] = Line{N: i + 1, Text: s}
		}
		return out
	}
	assert.False(t, isAligned(lines(
		"201 一般公共服务支出 5667.39 5604.61 27.08 35.70",
		"201 03 　政府办公厅（室）及相关机构事务 5667.39 5604.61 27.08 35.70",
		"201 03 01 　　行政运行 4687.06 4624.28 27.08 35.70",
		"201 03 02 　　一般行政管理事务 980.33 980.33",
	)))
	assert.True(t, isAligned(lines(
		"201       一般公共服务支出            5667.39     5604.61",
		"20103     政府办公厅（室）及相关机构事务  5667.39     5604.61",
		"2010301   行政运行                    4687.06     4624.28",
	)))
	assert.True(t, isAligned(lines(
		"合计　　5667.39　　5604.61",
		"201　一般公共服务支出　5667.39　5604.61",
	)))
}
