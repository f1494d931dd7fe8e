package classify_test

import (
	"testing"

	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var allBases = []string{classify.BasisOfficial, classify.BasisPrinted, classify.BasisPattern, classify.BasisRecalled}

// checkEntries asserts what every embedded entry must carry: a basis of the
// four, a count and a place for a printed name, a place for an official one.
func checkEntries[K classify.SchemeKind](t *testing.T, cat *classify.Catalog[K]) {
	t.Helper()
	for e := range cat.All() {
		require.Contains(t, allBases, e.Basis, "%s %s", e.Code, e.Name)
		switch e.Basis {
		case classify.BasisPrinted:
			assert.GreaterOrEqual(t, e.Seen, 1, "%s: a printed name says how many reports print it", e.Code)
			assert.NotEmpty(t, e.Where, "%s: a printed name says where", e.Code)
		case classify.BasisOfficial:
			assert.NotEmpty(t, e.Where, "%s: an official name says which text", e.Code)
		case classify.BasisPattern:
			assert.Contains(t, []string{"行政运行", "一般行政管理事务", "机关服务", "事业运行"}, e.Name, "%s: only the pattern's names", e.Code)
		}
	}
}

// TestEveryEntryHasABasis runs over every embedded edition and scheme.
func TestEveryEntryHasABasis(t *testing.T) {
	for _, ed := range classify.Editions() {
		cats, err := classify.Embedded(ed)
		require.NoError(t, err)
		checkEntries(t, cats.Function)
		checkEntries(t, cats.Economic)
		checkEntries(t, cats.GovEconomic)
		checkEntries(t, cats.Revenue)
	}
}

func codes[K classify.SchemeKind](es []classify.Entry[K]) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Code.String())
	}
	return out
}

// TestEditionsAreTrees: no entry below a 类 lacks its parent, except the
// two listed revenue 项 of 财预〔2025〕41号 whose 款 is not stated.
func TestEditionsAreTrees(t *testing.T) {
	for _, ed := range classify.Editions() {
		cats, err := classify.Embedded(ed)
		require.NoError(t, err)
		assert.Empty(t, cats.Function.Orphans(), "function %d", ed)
		assert.Empty(t, cats.Economic.Orphans(), "economic %d", ed)
		assert.Empty(t, cats.GovEconomic.Orphans(), "gov-economic %d", ed)
		want := []string(nil)
		if ed >= 2025 {
			want = []string{"1050303", "1050305"}
		}
		assert.Equal(t, want, codes(cats.Revenue.Orphans()), "revenue %d", ed)
		// Every 项 and 款 sits under a 类 of the scheme's 类 list.
		for e := range cats.Function.All() {
			for _, a := range e.Code.Ancestors() {
				assert.True(t, cats.Function.Contains(a), "%d: %s under %s", ed, e.Code, a)
			}
		}
	}
}

// TestEditionDiff2025 asserts the changes typed by hand from the text of
// 财预〔2025〕41号 (2025-05-23): three revenue 项, one 功能分类 项 and two
// 功能分类 款 added, nothing renamed or removed.
func TestEditionDiff2025(t *testing.T) {
	c24, err := classify.Embedded(2024)
	require.NoError(t, err)
	c25, err := classify.Embedded(2025)
	require.NoError(t, err)
	type ch struct{ op, code, name string }
	want := []ch{
		{"add", "2170404", "中央金融机构注资特别国债支出"},
		{"add", "22911", "中央金融机构注资特别国债财务基金支出"},
		{"add", "23107", "中央金融机构注资特别国债还本支出"},
		{"add", "1030184", "中央金融机构注资特别国债财务基金收入"},
		{"add", "1050303", "抗疫特别国债收入"},
		{"add", "1050305", "中央金融机构注资特别国债收入"},
	}
	var got []ch
	for _, c := range classify.DiffAll(c24, c25) {
		got = append(got, ch{c.Op, c.Code, c.Name})
		assert.Equal(t, classify.BasisOfficial, c.Basis)
		assert.Equal(t, "财预〔2025〕41号", c.Where)
		assert.Equal(t, 2025, c.Edition)
	}
	assert.Equal(t, want, got)
	// The recorded change list is what the diff finds.
	rec, err := classify.EditionChanges(2025)
	require.NoError(t, err)
	assert.Len(t, rec, len(want))
	// The reverse diff removes the same codes.
	for _, c := range classify.DiffAll(c25, c24) {
		assert.Equal(t, "remove", c.Op)
	}
	// 2026: no change is known, so it equals 2025.
	c26, err := classify.Embedded(2026)
	require.NoError(t, err)
	assert.Empty(t, classify.DiffAll(c25, c26))
	assert.Contains(t, c26.Function.Coverage().Note, "2026 edition: the 2025 edition with no changes")
	_, err = classify.EditionChanges(2019)
	assert.Error(t, err)
	rec, err = classify.EditionChanges(2024)
	require.NoError(t, err)
	assert.Empty(t, rec, "the base edition")
}

// TestDiffRename builds two small catalogs by hand.
func TestDiffRename(t *testing.T) {
	f := func(s string) classify.Function { return classify.MustParse[classify.FunctionKind](s) }
	a, err := classify.NewCatalog(classify.Coverage{Edition: 2018}, []classify.Entry[classify.FunctionKind]{
		{Code: f("207"), Name: "文化体育与传媒支出"}, {Code: f("20704"), Name: "新闻出版广播影视"}, {Code: f("20701"), Name: "文化（）"},
	})
	require.NoError(t, err)
	b, err := classify.NewCatalog(classify.Coverage{Edition: 2019}, []classify.Entry[classify.FunctionKind]{
		{Code: f("207"), Name: "文化旅游体育与传媒支出"}, {Code: f("20701"), Name: "文化()"}, {Code: f("20708"), Name: "广播电视"},
	})
	require.NoError(t, err)
	var got []string
	for _, c := range classify.Diff(a, b) {
		got = append(got, c.Op+" "+c.Code+" "+c.OldName+">"+c.Name)
	}
	assert.Equal(t, []string{"rename 207 文化体育与传媒支出>文化旅游体育与传媒支出", "remove 20704 >新闻出版广播影视", "add 20708 >广播电视"}, got,
		"20701 differs only in bracket width: not a rename")
}

func TestStats(t *testing.T) {
	cats, err := classify.Embedded(2024)
	require.NoError(t, err)
	s := cats.Function.Stats()
	assert.Equal(t, classify.Class, s.Complete)
	assert.Equal(t, 30, s.ByLevel[classify.Class], "the 30 类 of 2024")
	sum := 0
	for l, n := range s.ByLevel {
		sum += n
		b := 0
		for _, v := range s.ByBasis[l] {
			b += v
		}
		assert.Equal(t, n, b, "level %s: bases add up", l)
	}
	assert.Equal(t, cats.Function.Len(), sum)
	assert.Equal(t, 0, s.ByBasis[classify.Class][classify.BasisPattern], "no 类 is derived from the pattern")
	// The 2024 corpus reports print 16 distinct 功能分类 项 (the list in
	// embed_test.go); the 2019, 2025 and 2026 budgets of the corpus print 16
	// more, with names the catalog had recalled or derived and these reports
	// confirm (looked up by hand in the layout texts).
	confirmed := map[string]string{
		"2010604": "预算改革业务", "2010605": "财政国库业务", "2040501": "行政运行", "2040502": "一般行政管理事务",
		"2040503": "机关服务", "2040504": "案件审判", "2040505": "案件执行", "2040599": "其他法院支出",
		"2040601": "行政运行", "2040604": "基层司法业务", "2040605": "普法宣传", "2040607": "公共法律服务",
		"2040699": "其他司法支出", "2080801": "死亡抚恤", "2210202": "提租补贴", "2109999": "其他卫生健康支出",
	}
	for code, name := range confirmed {
		e, ok := cats.Function.Lookup(classify.MustParse[classify.FunctionKind](code))
		require.True(t, ok, code)
		assert.Equal(t, name, e.Name, code)
		assert.Equal(t, classify.BasisPrinted, e.Basis, code)
	}
	assert.Equal(t, 16+len(confirmed), s.ByBasis[classify.Item][classify.BasisPrinted])
}
