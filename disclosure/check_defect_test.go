package disclosure_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/daye2024"
)

// TestNarrativeCells: a narrative figure's finding lists its cells, the
// statement's own figure first, then the cells it was compared with. The
// Daye 2024 情况说明's "一般公共服务支出（类）4402.44万元，占68.8%" (line
// 1683) is 201's 合计 over the table's 合计 in 公开05. Its rates computed
// from a wrong amount of the narrative (6402.44, where 公开05 agrees with
// itself on 4402.44) are wrong figures printed, and stay errors.
func TestNarrativeCells(t *testing.T) {
	fs := daye2024.Document().Check(disclosure.CheckOptions{})
	got := map[string]fiscal.Finding{}
	for _, f := range fs {
		got[fmt.Sprintf("%s %d %s", f.Rule, f.Where.Line, f.Actual)] = f
	}
	f := got["narr.share 1683 68.8"]
	if assert.Len(t, f.Cells, 3) {
		assert.Equal(t, 1683, f.Cells[0].Line)
		assert.Equal(t, "情况说明", f.Cells[0].Part)
		assert.Equal(t, "201", f.Cells[1].Row)
		assert.Equal(t, "一般公共预算财政拨款支出决算表", f.Cells[1].Table)
		assert.True(t, strings.HasPrefix(f.Cells[2].Row, "合计"), f.Cells[2].Row)
	}
	for _, key := range []string{"narr.growth 1677 20.4", "narr.share 1683 68.8", "narr.completion 1689 156.4", "narr.completion 1691 107.5"} {
		if f, ok := got[key]; assert.True(t, ok, key) {
			assert.Equal(t, fiscal.SeverityError, f.Severity, f.String())
		}
	}
}
