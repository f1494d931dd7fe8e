package accounts_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/stretchr/testify/assert"
)

// TestDayePublishedTables runs every rule on 公开01–公开08 of the Daye 2024
// report and asserts the exact set of findings. Each was derived by hand
// from the report:
var dayeFindings = []struct {
	rule, table, row, column, expected, actual string
}{
	// 公开01: 4402.44 + 2000.00 + 174.60 = 6577.04 against 本年收入合计 6577.03.
	{"acc.summary.income-total", "公开01表", "收入/本年收入合计", "决算数", "6577.04", "6577.03"},
	// 公开02 合计 row: 财政拨款收入 6402.44 + 其他收入 174.60 = 6577.04.
	{"acc.income.row", "公开02表", "合计", "本年收入合计", "6577.04", "6577.03"},
	// 公开02 类 rows: 4573.01 + 4.03 + 2000.00 = 6577.04.
	{"acc.income.total", "公开02表", "合计", "本年收入合计", "6577.04", "6577.03"},
	// 公开03 合计 row: 基本支出 1281.34 + 项目支出 5295.70 = 6577.04.
	{"acc.expenditure.row", "公开03表", "合计", "本年支出合计", "6577.04", "6577.03"},
	// 公开03 类 rows: 4573.01 + 4.03 + 2000.00 = 6577.04.
	{"acc.expenditure.total", "公开03表", "合计", "本年支出合计", "6577.04", "6577.03"},
	// 一般公共服务支出: 4573.00 in 公开01, 4573.01 in 公开03.
	{"acc.cross.summary-expenditure", "公开03表", "201", "本年支出合计", "4573.00", "4573.01"},
	// 公开06 301 款: 208.26 + 73.83 + 291.06 + 104.72 + 100.03 + 6.08 +
	// 60.72 + 36.96 + 5.83 + 85.06 = 972.55 against 972.54.
	{"acc.basic.hierarchy", "公开06表", "301", "决算数", "972.55", "972.54"},
	// 公开06 302 款: 3.29 + 0.29 + 0.11 + 1.18 + 0.02 + 10.05 + 0.46 + 0.33 +
	// 1.71 + 2.12 + 25.11 + 23.85 + 13.69 + 34.70 = 116.91 against 116.92.
	{"acc.basic.hierarchy", "公开06表", "302", "决算数", "116.91", "116.92"},
	// 人员经费合计: 301 972.54 + 303 9.55 = 982.09 against 982.08.
	{"acc.basic.personnel", "公开06表", "人员经费合计", "决算数", "982.09", "982.08"},
}

// Identities checked by hand that hold exactly, and so must give no
// finding: 公开01 本年支出合计 4573.00 + 4.03 + 2000.00 = 6577.03; 公开04
// 4402.44 + 2000.00 + 0 = 6402.44; 公开05 1106.74 + 3295.70 = 4402.44;
// 公开06 公用经费合计 116.92 + 7.74 = 124.66 and 982.08 + 124.66 = 1106.74
// = 公开05 基本支出; 公开07 2000.00 + 0 − 2000.00 = 0.
func TestDayePublishedTables(t *testing.T) {
	got := daye2024.Tables().Check(accounts.CheckOptions{})
	var rows [][6]string
	for _, f := range got {
		assert.True(t, f.WithinRounding, "%v", f)
		assert.Equal(t, fiscal.SeverityInfo, f.Severity, "%v", f)
		rows = append(rows, [6]string{f.Rule, f.Where.Part, f.Where.Row, f.Where.Column, f.Expected.String(), f.Actual.String()})
	}
	var want [][6]string
	for _, w := range dayeFindings {
		want = append(want, [6]string{w.rule, w.table, w.row, w.column, w.expected, w.actual})
	}
	assert.ElementsMatch(t, want, rows)
	for _, f := range got {
		assert.NotZero(t, f.Where.Line, "findings on the Daye tables carry the report line: %v", f)
	}
}

// TestDayeTolerances checks the tolerance of two findings by hand: three
// printed parts at two decimals give (3+1) × 0.005 = 0.02; ten 301 款
// give (10+1) × 0.005 = 0.055.
func TestDayeTolerances(t *testing.T) {
	for _, f := range daye2024.Tables().Check(accounts.CheckOptions{}) {
		switch {
		case f.Rule == "acc.summary.income-total":
			assert.Equal(t, "0.02", f.Tolerance.String())
			assert.Equal(t, "-0.01", f.Difference.String())
		case f.Rule == "acc.basic.hierarchy" && f.Where.Row == "301":
			assert.Equal(t, "0.055", f.Tolerance.String())
		}
	}
}
