package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
)

// TestDepartmentFormOnly: the Putuo 2024 决算 with a 部门整体支出绩效自评表
// printed after it and no project form. The narrative's 涉及预算金额 of
// its evaluated projects has no project form to be added up from: a check
// that could not run (info), as without any form, not 3 warnings (the
// forms helper's note once the page-text department form was read). The
// form's figures are the report's: 2940.05 = 2336.91 + 603.14.
func TestDepartmentFormOnly(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	r, err := parse.Parse([]byte(strings.TrimRight(orig, "\n") + "\n" + putuoDepartmentForm))
	require.NoError(t, err)
	require.NotNil(t, r.Document.Performance)
	require.NotNil(t, r.Document.Performance.Department)
	assert.Empty(t, r.Document.Performance.Projects)
	n := 0
	for _, f := range r.Check(disclosure.CheckOptions{}) {
		if f.Rule == "parse.narrative.unattributed" && strings.Contains(f.Message, "涉及预算金额") {
			n++
			assert.Equal(t, fiscal.SeverityInfo, f.Severity, f.Message)
			assert.Contains(t, f.Message, "no project self-evaluation form was read")
		}
	}
	assert.Equal(t, 3, n)
}

// putuoDepartmentForm is a 部门整体支出绩效自评表 of the Putuo 2024 决算 in
// layout text, its figures the report's (2940.05 = 2336.91 + 603.14).
const putuoDepartmentForm = `
              部门整体支出绩效自评表
                                （2024年度）
   部门名称        上海市普陀区财政局
   年度预算申请（万元）    年初预算数     全年预算数     全年执行数    分值    执行率    得分
     年度资金总额           3,043.06      3,043.06      2,940.05      10     96.61%    9.66
     其中：基本支出         2,439.40      2,439.40      2,336.91
           项目支出           603.66        603.66        603.14
`
