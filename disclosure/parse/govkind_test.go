package parse_test

import (
	"errors"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// governmentFinal is a county's 政府决算 as counties publish it beside
// their departments' (the probe's case 137): a 目录 of the report on the
// 本级 accounts, and the (01表) balance of the whole county.
const governmentFinal = `某县2024年政府决算公开

目  录
第一部分 关于2024年县本级财政决算的报告
第二部分 转移支付执行情况说明
第三部分 2024年决算报表
（01表）一般公共预算收支决算总表

第一部分 关于2024年县本级财政决算的报告
全县收入合计334959万元，比上年减少69291万元，同比下降17.14%。
全县支出合计334959万元（含结转下年支出10277万元）。

（01表）一般公共预算收支决算总表
收入                    决算数        支出                     决算数
一般公共预算收入          88690        一般公共预算支出           287975
`

// TestGovernmentAccountsRefused: a government's whole accounts are not a
// department's report: refused as of the wrong kind (exit 2 in the
// command), not checked for a department's parts (ten false errors). A
// department's report that names 政府预算 in its 说明 is read.
func TestGovernmentAccountsRefused(t *testing.T) {
	_, err := parse.Parse([]byte(governmentFinal))
	require.Error(t, err)
	assert.ErrorIs(t, err, parse.ErrUnusable)
	var nr *input.NotReadableError
	require.True(t, errors.As(err, &nr))
	assert.Equal(t, input.ReasonWrongKind, nr.Reason)

	dept := "某局2024年度部门决算\n\n目录\n一、收入支出决算总表\n说明：政府预算收支科目依《2024年政府收支分类科目》。\n" +
		"收入支出决算总表\n项目  决算数\n一般公共预算财政拨款收入  100.00\n本年收入合计  100.00\n"
	_, err = parse.Parse([]byte(dept))
	assert.NoError(t, err)
}
