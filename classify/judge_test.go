package classify_test

import (
	"testing"

	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNameKey: harmless printed variants share a key; real differences do not.
func TestNameKey(t *testing.T) {
	same := []struct{ a, b, why string }{
		{"政府办公厅（室）及相关机构事务", "政府办公厅(室)及相关机构事务", "full-width and ASCII brackets"},
		{"机关事业单位基本养老保险缴费支出", "机关事业单位基本养老保险缴费", "a trailing 支出"},
		{"行政运行", "  行 政 运 行 ", "letter-spaced justified cell"},
		{"行政运行", "行政\n运行", "a name wrapped across lines"},
		{"因公出国（境）费用", "因公出国〔境〕费用", "other brackets"},
		{"“两房”建设", "\"两房\"建设", "quotation marks"},
		{"“两房”建设", "两房建设", "no quotation marks"},
		{"在乡复员、退伍军人生活补助", "在乡复员退伍军人生活补助", "the enumeration comma"},
		{"行政运行", "1.行政运行", "a numbering prefix"},
		{"行政运行", "（1）行政运行", "a bracketed number"},
		{"住房公积金", "住房公积金　", "a trailing full-width space"},
		{"ＩＴ", "IT", "full-width letters"},
		{"其他支出", "其他", "a trailing 支出, also after 其他"},
		{"一般公共服务支出", "一、一般公共服务支出", "a Chinese list number"},
		{"抗疫特别国债安排的支出", "二十六、抗疫特别国债安排的支出", "a two-character list number"},
		{"一般公共服务支出", "1、一般公共服务支出", "an ASCII list number"},
	}
	for _, c := range same {
		assert.True(t, classify.SameName(c.a, c.b), c.why)
	}
	differ := []struct{ a, b, why string }{
		{"行政运行", "事业运行", "another name"},
		{"行政单位医疗", "事业单位医疗", "one character"},
		{"一般行政管理事务", "行政管理事务", "a Chinese numeral that is part of the name stays"},
		{"支出", "", "支出 alone is not folded to nothing"},
	}
	for _, c := range differ {
		assert.False(t, classify.SameName(c.a, c.b), c.why)
	}
	assert.Equal(t, "支出", classify.NameKey("支出"))
}

// TestJudge runs the verdicts on the embedded 2024 catalog.
func TestJudge(t *testing.T) {
	cats, err := classify.Embedded(2024)
	require.NoError(t, err)
	f := func(s string) classify.Function { return classify.MustParse[classify.FunctionKind](s) }
	cases := []struct {
		code, printed string
		want          classify.Verdict
		other         string // for NameOfOther
		trusted       bool
	}{
		{"2080505", "机关事业单位基本养老保险缴费支出", classify.NameMatches, "", true},
		{"2080505", "机关事业单位基本养老保险缴费", classify.NameMatches, "", true},
		{"2080505", "", classify.NameMatches, "", true},
		{"2080506", "行政单位离退休", classify.NameOfOther, "2080501", true},
		{"2010602", "行政运行", classify.NameOfOther, "2010601", true},
		{"2010601", "行政管理", classify.NameDiffers, "", true},
		{"2011308", "招商引资项目", classify.NameDiffers, "", false}, // printed in one report only
		{"207", "文化体育与传媒支出", classify.NameFormer, "", false},   // 207's name is printed in one corpus report
		{"21301", "农业", classify.NameFormer, "", false},
		{"201", "外交支出", classify.NameOfOther, "202", true},
		{"2010397", "某项", classify.CodeMissing, "", false},
		{"20197", "某款", classify.CodeMissing, "", false},
		{"2189901", "不存在", classify.CodeImpossible, "", false},
		{"218", "不存在", classify.CodeImpossible, "", false},
	}
	for _, c := range cases {
		j := cats.Function.Judge(f(c.code), c.printed)
		assert.Equal(t, c.want, j.Verdict, "%s %s: %s", c.code, c.printed, j.Verdict)
		if c.other != "" {
			assert.Equal(t, c.other, j.Other.Code.String(), c.code)
		}
		if c.want < classify.CodeMissing {
			assert.Equal(t, c.trusted, j.Entry.Trusted(), "%s (%s, seen %d)", c.code, j.Entry.Basis, j.Entry.Seen)
		}
	}
	j := cats.Function.Judge(f("2189901"), "")
	assert.Equal(t, "218", j.Missing.String())
	j = cats.Function.Judge(f("207"), "文化体育与传媒支出")
	assert.Equal(t, 2018, j.Alias.Until)
	// A variant recorded in data/variants.tsv is accepted.
	e := classify.MustParse[classify.EconomicKind]("39906")
	assert.Equal(t, classify.NameVariant, cats.Economic.Judge(e, "赠与").Verdict)
	assert.Equal(t, classify.NameMatches, cats.Economic.Judge(e, "赠予").Verdict)
	// In the 2018-named catalog a former name is not yet former.
	old, err := classify.NewCatalog(classify.Coverage{Edition: 2018}, []classify.Entry[classify.FunctionKind]{{Code: f("207"), Name: "文化体育与传媒支出"}})
	require.NoError(t, err)
	assert.Equal(t, classify.CodeMissing, old.Judge(f("208"), "").Verdict, "a catalog that states no completeness never says impossible")
}
