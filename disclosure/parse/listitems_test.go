package parse_test

import (
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// putuoEdited returns the error keys of the Putuo 2024 决算 as published,
// and a function giving those of the text with at (printed once) replaced
// by with.
func putuoEdited(t *testing.T, at string) (want []string, edited func(with string) []string) {
	t.Helper()
	orig := string(corpustest.Read(t, "shanghai-putuo-czj-2024.layout.txt"))
	require.Equal(t, 1, strings.Count(orig, at))
	return errorsOf(t, []byte(orig)), func(with string) []string {
		return errorsOf(t, []byte(strings.Replace(orig, at, with, 1)))
	}
}

// incomeHeading is where the Putuo 2024 决算's 收入决算 section begins: a
// paragraph put before it closes the 总体 section.
const incomeHeading = "\n  二、收入决算情况说明\n"

// TestListItemsOfTotalsPutuo writes the Putuo 2024 决算's totals as
// Guangxi's 梧州 template lists them (the probe's case 131), every figure
// the tables': the 总支出 with 本年支出 2940.05 (−63.14 from 3003.19:
// 2.1%), then its items, a 类 (201: 2106.66, −63.14 from 2169.80: 2.9%)
// and "上年结转和结余" (the 年初结转和结余 49.14, +6.19 from 42.95: 14.4%),
// each with its change in the next sentence. The changes are the items',
// not the list head's: no error beyond the report's own.
func TestListItemsOfTotalsPutuo(t *testing.T) {
	want, edited := putuoEdited(t, incomeHeading)
	list := "\n  （二）本单位2024年度总支出2995.39万元，其中本年支出2940.05万元，较2023年度决算数减少63.14万元，下降2.1%。支出具体情况如下：\n" +
		"  1.一般公共服务支出2106.66万元：主要用于本单位财政事务方面的支出。较2023年度决算数减少63.14万元，下降2.9%。\n" +
		"  2.上年结转和结余49.14万元，为以前年度结转的资金。较2023年度决算数增加6.19万元，增长14.4%。\n"
	assert.Equal(t, want, edited(list+incomeHeading))
}

// TestCompletionWithBudgetInsidePutuo writes the Putuo 2024 决算's "三公"
// completion as Guangdong's template does, the budget inside the phrase
// ("完成全年预算0.95万元的0%": 0.00 / 0.95 = 0 %; the probe's case 139):
// right, no error beyond the report's own; the rate mistyped, one more.
func TestCompletionWithBudgetInsidePutuo(t *testing.T) {
	want, edited := putuoEdited(t, "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的\n0%，")
	with := func(rate string) []string {
		return edited("“三公”经费财政拨款支出决算为0.00万元，完成全年预算0.95万元的" + rate + "，")
	}
	assert.Equal(t, want, with("0%"))
	wrong := with("10%")
	assert.Len(t, wrong, len(want)+1)
	assert.Contains(t, strings.Join(wrong, "\n"), "narr.completion")
}

// TestIncomeItemsInTotalsSectionPutuo: the 总收入 and its items listed in
// the 总体 section (梧州's template; the probe's case 132), figures the
// Putuo 2024 tables' (收入总计 2995.39, 财政拨款 2940.05, 其他收入 6.20):
// right, no error beyond the report's own; each mistyped, one more.
func TestIncomeItemsInTotalsSectionPutuo(t *testing.T) {
	want, edited := putuoEdited(t, incomeHeading)
	list := "\n  （一）本单位2024年度总收入2995.39万元，其中本年收入2946.25万元。收入具体情况如下。\n" +
		"  1.一般公共预算财政拨款收入2940.05万元，为区本级财政当年拨付的资金。\n" +
		"  2.其他收入6.20万元，为预算单位在“财政拨款收入”之外取得的收入。\n"
	assert.Equal(t, want, edited(list+incomeHeading))
	for _, c := range [][2]string{{"总收入2995.39", "总收入2959.39"}, {"财政拨款收入2940.05", "财政拨款收入2904.05"}, {"其他收入6.20", "其他收入6.02"}} {
		assert.Len(t, edited(strings.Replace(list, c[0], c[1], 1)+incomeHeading), len(want)+1, c[1])
	}
}

// TestPartsOfTheOpeningInTotalsSectionPutuo: in the 总体 section, a part
// of the 年初结转和结余 named after the 基本支出 or 项目支出 it will pay for
// ("其中：基本支出结转20.00万元") is no 基本支出 or 项目支出 (the probe's
// rw/x/CO1: two false errors when the section's items were first read).
func TestPartsOfTheOpeningInTotalsSectionPutuo(t *testing.T) {
	want, edited := putuoEdited(t, incomeHeading)
	added := "\n  年初结转和结余49.14万元，其中：基本支出结转20.00万元，项目支出结转29.14万元。\n"
	assert.Equal(t, want, edited(added+incomeHeading))
}
