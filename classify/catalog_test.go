package classify_test

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func fn(s string) classify.Function { return classify.MustParse[classify.FunctionKind](s) }

func smallCatalog(t *testing.T) *classify.Catalog[classify.FunctionKind] {
	t.Helper()
	c, err := classify.NewCatalog(classify.Coverage{Edition: 2024, Note: "test"}, []classify.Entry[classify.FunctionKind]{
		{Code: fn("20103"), Name: "政府办公厅（室）及相关机构事务"},
		{Code: fn("201"), Name: "一般公共服务支出"},
		{Code: fn("2010399"), Name: "其他政府办公厅（室）及相关机构事务支出"},
		{Code: fn("2010301"), Name: "行政运行"},
		{Code: fn("2290402"), Name: "其他地方自行试点项目收益专项债券收入安排的支出"}, // no 229, no 22904
		{Code: fn("229"), Name: "其他支出"},
		{Code: fn("22999"), Name: "其他支出"},
	})
	require.NoError(t, err)
	return c
}

func codesOf(es []classify.Entry[classify.FunctionKind]) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Code.String())
	}
	return out
}

func TestCatalog(t *testing.T) {
	c := smallCatalog(t)
	assert.Equal(t, 7, c.Len())
	assert.Equal(t, 2024, c.Edition())
	assert.Equal(t, classify.SchemeFunction, c.Coverage().Scheme)

	e, ok := c.Lookup(fn("2010399"))
	require.True(t, ok)
	assert.Equal(t, "其他政府办公厅（室）及相关机构事务支出", e.Name)
	_, ok = c.Lookup(fn("2010302"))
	assert.False(t, ok)
	assert.Equal(t, "", c.Name(fn("202")))

	assert.Equal(t, []string{"201", "229"}, codesOf(c.Children(classify.Function{})))
	assert.Equal(t, []string{"2010301", "2010399"}, codesOf(c.Children(fn("20103"))))
	assert.Equal(t, []string{"2290402"}, codesOf(c.Children(fn("22904"))), "children of a missing code are still found")

	var all []string
	for e := range c.All() {
		all = append(all, e.Code.String())
	}
	assert.Equal(t, []string{"201", "20103", "2010301", "2010399", "229", "2290402", "22999"}, all, "walk order")

	var sub []string
	for e := range c.Walk(fn("20103")) {
		sub = append(sub, e.Code.String())
	}
	assert.Equal(t, []string{"20103", "2010301", "2010399"}, sub)
	sub = nil
	for e := range c.Walk(fn("229")) {
		sub = append(sub, e.Code.String())
		if len(sub) == 2 {
			break // stopping early is allowed
		}
	}
	assert.Equal(t, []string{"229", "2290402"}, sub)

	assert.Equal(t, []string{"2290402"}, codesOf(c.Orphans()), "22904 is missing: reported, not attached")
	assert.Equal(t, []string{"201", "20103", "2010399"}, codesOf(c.Path(fn("2010399"))))
	assert.Equal(t, []string{"229"}, codesOf(c.Path(fn("2290402")))[:1])
}

func TestFindByName(t *testing.T) {
	c := smallCatalog(t)
	cases := []struct {
		name string
		want []string
	}{
		{"政府办公厅（室）及相关机构事务", []string{"20103"}},
		{"政府办公厅(室)及相关机构事务", []string{"20103"}},     // half-width parentheses
		{"政府办公厅（室）及相关\n机构事务", []string{"20103"}},   // wrapped across lines
		{" 政府办公厅 （室） 及相关机构事务　", []string{"20103"}}, // spaces, full-width space
		{"其他支出", []string{"229", "22999"}},         // a shared name
		{"行政运行", []string{"2010301"}},
		{"不存在", nil},
	}
	for _, k := range cases {
		assert.Equal(t, k.want, codesOf(c.FindByName(k.name)), k.name)
	}
	assert.Equal(t, []string{"20103", "2010399"}, codesOf(c.Search("办公厅(室)")))
	assert.Nil(t, c.Search(" "))
	assert.Equal(t, "政府办公厅(室)", classify.NormalizeName("政府办公厅（室）"))
	assert.Equal(t, "ABC123", classify.NormalizeName("ＡＢＣ１２３"))
}

func TestNewCatalogErrors(t *testing.T) {
	_, err := classify.NewCatalog(classify.Coverage{}, []classify.Entry[classify.FunctionKind]{
		{Code: fn("201"), Name: "一般公共服务支出"}, {Code: fn("201"), Name: "其他"},
	})
	var de *classify.DuplicateError
	require.True(t, errors.As(err, &de))
	assert.Equal(t, "201", de.Code)
	_, err = classify.NewCatalog(classify.Coverage{}, []classify.Entry[classify.FunctionKind]{{Name: "x"}})
	assert.Error(t, err)
	_, err = classify.NewCatalog(classify.Coverage{}, []classify.Entry[classify.FunctionKind]{{Code: fn("201"), Name: "  "}})
	assert.Error(t, err)
}

func TestCatalogConcurrent(t *testing.T) {
	cats, err := classify.Embedded(2024)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				again, _ := classify.Embedded(2024)
				assert.Equal(t, "公务接待费", again.Economic.Name(classify.MustParse[classify.EconomicKind]("30217")))
				assert.NotEmpty(t, cats.Function.FindByName("行政运行"))
				n := 0
				for range cats.Function.All() {
					n++
				}
				assert.Equal(t, cats.Function.Len(), n)
			}
		}()
	}
	wg.Wait()
}

const officialCSV = `科目编码,科目名称,说明
201,一般公共服务支出,
20101,人大事务,
2010101,行政运行,
201 01 02,一般行政管理事务,split form

2010103,"机关服务",
`

func TestLoadCSVUTF8(t *testing.T) {
	c, err := classify.LoadCSV[classify.FunctionKind](strings.NewReader("\ufeff"+officialCSV), classify.LoadOptions{Edition: 2024})
	require.NoError(t, err)
	assert.Equal(t, 5, c.Len())
	assert.Equal(t, "一般行政管理事务", c.Name(fn("2010102")))
	e, _ := c.Lookup(fn("2010103"))
	assert.Equal(t, "file", e.Basis)
	assert.Equal(t, 2024, e.Edition)
}

func TestLoadCSVGBK(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(officialCSV))
	require.NoError(t, err)
	require.False(t, bytes.Equal(gbk, []byte(officialCSV)))
	c, err := classify.LoadCSV[classify.FunctionKind](bytes.NewReader(gbk), classify.LoadOptions{Edition: 2024})
	require.NoError(t, err, "GBK detected")
	assert.Equal(t, "人大事务", c.Name(fn("20101")))
	c, err = classify.LoadCSV[classify.FunctionKind](bytes.NewReader(gbk), classify.LoadOptions{Encoding: classify.EncodingGBK})
	require.NoError(t, err)
	assert.Equal(t, 5, c.Len())
	_, err = classify.LoadCSV[classify.FunctionKind](bytes.NewReader(gbk), classify.LoadOptions{Encoding: classify.EncodingUTF8})
	assert.ErrorContains(t, err, "not UTF-8 text: invalid byte")
}

func TestLoadCSVTSVAndColumns(t *testing.T) {
	tsv := "名称\t编码\n工资福利支出\t301\n基本工资\t30101\n"
	c, err := classify.LoadCSV[classify.EconomicKind](strings.NewReader(tsv), classify.LoadOptions{})
	require.NoError(t, err)
	assert.Equal(t, "基本工资", c.Name(classify.MustParse[classify.EconomicKind]("30101")))
	noHeader := "x;301;工资福利支出\n"
	c, err = classify.LoadCSV[classify.EconomicKind](strings.NewReader(noHeader), classify.LoadOptions{Comma: ';', CodeColumn: 1, NameColumn: 2})
	require.NoError(t, err)
	assert.Equal(t, 1, c.Len())
}

func TestLoadCSVMalformedRows(t *testing.T) {
	in := `code,name
201,一般公共服务支出
2010x,坏
20101,
301,工资福利支出
201,重复
20102,政协事务
`
	_, err := classify.LoadCSV[classify.FunctionKind](strings.NewReader(in), classify.LoadOptions{})
	var le *classify.LoadError
	require.True(t, errors.As(err, &le))
	require.Len(t, le.Rows, 4)
	lines := []int{le.Rows[0].Line, le.Rows[1].Line, le.Rows[2].Line, le.Rows[3].Line}
	assert.Equal(t, []int{3, 4, 5, 6}, lines)
	assert.ErrorIs(t, le.Rows[0].Err, classify.ErrChar)
	assert.Equal(t, "2010x", le.Rows[0].Text)
	assert.Equal(t, "name", le.Rows[1].Column)
	assert.ErrorIs(t, le.Rows[2].Err, classify.ErrLead, "a code of another scheme")
	assert.Contains(t, le.Rows[3].Err.Error(), "repeats line 2")
	assert.ErrorIs(t, err, classify.ErrChar, "errors.Is reaches row errors")
	assert.Contains(t, err.Error(), "4 malformed row(s); line 3 code:")

	_, err = classify.LoadCSV[classify.FunctionKind](strings.NewReader("201,\"unterminated\n"), classify.LoadOptions{})
	assert.Error(t, err)
	_, err = classify.LoadCSV[classify.FunctionKind](bytes.NewReader([]byte{0x81, 0x20, '\n'}), classify.LoadOptions{})
	assert.ErrorContains(t, err, "not GBK text")
}
