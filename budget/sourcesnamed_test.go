package budget_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSourcesOfADepartmentNamedAsAUnit: a department whose name ends as
// a unit's does (档案馆, 中心, 医院) states its 收入预算 and its sources after
// the 收支总计; the sources are its own and checked (the probe's case 216:
// '成都市档案馆2024年收入预算…，其中：上年结转1.12万元' for 0.12 was silent,
// the 馆 read as a subordinate unit's). The hand-made national budget's
// 上年结转 is 50.00: 51.00 is one budget.narrative.uses.
func TestSourcesOfADepartmentNamedAsAUnit(t *testing.T) {
	const total = "成都市档案馆2026年收入、支出预算总计1000.00万元。"
	for _, c := range []struct {
		carry string
		want  []string
	}{
		{"50.00", nil},
		{"51.00", []string{"budget.narrative.uses 上年结转资金"}},
	} {
		errs, _ := nationalErrors(total+"二、收入预算情况说明成都市档案馆2026年收入预算1000.00万元，其中：上年结转"+c.carry+"万元；一般公共预算拨款收入800.00万元。", nationalBudget())
		assert.Equal(t, c.want, errs, c.carry)
	}
}
