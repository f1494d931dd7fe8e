package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestItemNamedBeforeColonPutuo writes two items of the Putuo 2024 决算's
// 一般公共预算财政拨款支出 as Hunan's, Guangdong's and Henan's templates do:
// the item's name (its code after it in brackets, before it, or none),
// then a colon and its 年初预算 and 支出决算 (the probe's case 177: the
// name was dropped and the figures taken for the whole 一般公共预算财政拨款
// 支出, 2 false errors an item). The figures are the tables': 2010602
// 一般行政管理事务 10.00 of 10.00, 2080501 行政单位离退休 84.65 of 85.55
// (98.95%). Right, no error beyond the report's own; one mistyped, one.
func TestItemNamedBeforeColonPutuo(t *testing.T) {
	const second = "2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。主要用于：\n局财政业务指导与宣传等基本支出。年初预算为 10.00 万元，支出决算为10.00万元。"
	const fifth = "5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休\n（项）。主要用于：退休人员经费支出。年初预算为 85.55 万元，支出决算为84.65万\n元。"
	for _, c := range []struct {
		at, right, wrong string
	}{
		{second, "2、一般行政管理事务（2010602）：年初预算为10.00万元，支出决算为10.00万元，完成预算的100%。",
			"2、一般行政管理事务（2010602）：年初预算为10.00万元，支出决算为12.00万元，完成预算的100%。"},
		{second, "2、2010602一般行政管理事务：年初预算10.00万元，支出决算10.00万元。",
			"2、2010602一般行政管理事务：年初预算10.00万元，支出决算11.00万元。"},
		{fifth, "5、行政单位离退休：年初预算数85.55万元，决算数84.65万元，完成预算的98.95%。",
			"5、行政单位离退休：年初预算数85.55万元，决算数86.65万元，完成预算的98.95%。"},
		{fifth, "（5）行政单位离退休（2080501）：年初预算为85.55万元，支出决算为84.65万元。",
			"（5）行政单位离退休（2080501）：年初预算为85.55万元，支出决算为48.65万元。"},
	} {
		t.Run(c.right, func(t *testing.T) {
			want, edited := putuoEdited(t, c.at)
			assert.Equal(t, want, edited(c.right))
			// The 支出决算 mistyped: its finding (and, for 一般行政管理事务,
			// the 决算数与预算数基本持平 after it no longer holding).
			wrong := edited(c.wrong)
			assert.Greater(t, len(wrong), len(want))
			assert.LessOrEqual(t, len(wrong), len(want)+2)
			assert.Contains(t, strings.Join(wrong, "\n"), "narr.amount")
		})
	}
}
