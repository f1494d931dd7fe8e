package disclosure_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/cnfiscal/fiscal/perf"
)

// TestDepartmentFormOfOtherMoney: a 部门整体绩效自评表 that prints a budget
// block gives its 基本支出 and 项目支出 of the money it covers, which may
// be less than the department's (财政拨款 only, a form helper's note). Its
// 基本支出 is compared with the 支出决算表's only when its 全年执行数 is the
// table's 基本支出 + 项目支出; else nothing is compared and the coverage
// says why. The Daye 2024 report: 支出决算表 合计 基本支出 1281.34, 项目支出
// 5295.70, its form's 1281.33 and 5295.69 (read by hand from the report).
func TestDepartmentFormOfOtherMoney(t *testing.T) {
	wan := func(s string) perf.Money {
		m, err := perf.ParseMoney(s, fiscal.WanYuan)
		require.NoError(t, err)
		return m
	}
	count := func(d *disclosure.Document) int {
		n := 0
		for _, f := range d.Check(disclosure.CheckOptions{}) {
			if f.Rule == "disc.department-form" && f.Severity == fiscal.SeverityError {
				n++
			}
		}
		return n
	}
	d := daye2024.Document()
	exp, ok := d.Tables.Expenditure.Named(accounts.SideMain, accounts.ItemTotal)
	require.True(t, ok)
	require.Equal(t, "1281.34", exp.Cell(accounts.ColBasic).Format(fiscal.TableFormat()))
	require.Equal(t, "5295.70", exp.Cell(accounts.ColProject).Format(fiscal.TableFormat()))
	dept := d.Performance.Department
	require.NotNil(t, dept)
	// As published: the form's 1281.33 and 5295.69 are the table's within
	// rounding.
	assert.Zero(t, count(d))

	// The block of the department's money (1281.34 + 5295.70 = 6577.04):
	// compared, and a mistyped 基本支出 found.
	dept.Uses = []perf.Source{{Name: "基本支出", Spent: wan("1281.34")}, {Name: "项目支出", Spent: wan("5295.70")}}
	dept.Spent = wan("6577.04")
	dept.BasicSpending = wan("1218.33")
	assert.Equal(t, 1, count(d))
	assert.Empty(t, d.DepartmentFormUnchecked())

	// The block of 财政拨款 only: nothing compared, and why.
	dept.Uses = []perf.Source{{Name: "基本支出", Spent: wan("1218.33")}, {Name: "项目支出", Spent: wan("4900.00")}}
	dept.Spent = wan("6118.33")
	assert.Zero(t, count(d))
	assert.Contains(t, d.DepartmentFormUnchecked(), "covers other money")
}
