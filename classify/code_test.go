package classify_test

import (
	"errors"
	"testing"

	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseForms(t *testing.T) {
	cases := []struct {
		in   string
		want string
	}{
		{"2010399", "2010399"},     // full code
		{"201 03 99", "2010399"},   // split 类/款/项 columns
		{"201  03  99", "2010399"}, // wider gaps
		{"201\t03\t99", "2010399"}, // tab-separated cells
		{"201　03　99", "2010399"},   // full-width spaces
		{"２０１０３９９", "2010399"},     // full-width digits
		{" 20103 ", "20103"},       // surrounding spaces
		{"201 03", "20103"},        // 款 split
		{"201", "201"},             // 类
		{"２０１　０３", "20103"},        // full-width, split
	}
	for _, c := range cases {
		code, err := classify.ParseFunction(c.in)
		require.NoError(t, err, "%q", c.in)
		assert.Equal(t, c.want, code.String(), "%q", c.in)
	}
	e, err := classify.ParseEconomic("302 17")
	require.NoError(t, err)
	assert.Equal(t, "30217", e.String())
	g, err := classify.ParseGovEconomic("50101")
	require.NoError(t, err)
	assert.Equal(t, classify.SchemeGovEconomic, g.Scheme())
	r, err := classify.ParseRevenue("103 04 01 01")
	require.NoError(t, err)
	assert.Equal(t, "103040101", r.String())
	assert.Equal(t, classify.Subitem, r.Level())
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		scheme classify.Scheme
		in     string
		want   error
		detail string
	}{
		{classify.SchemeFunction, "", classify.ErrEmpty, "no digits"},
		{classify.SchemeFunction, "　", classify.ErrEmpty, "no digits"},
		{classify.SchemeFunction, "20103x", classify.ErrChar, "character 'x' is not a digit"},
		{classify.SchemeFunction, "2010", classify.ErrLength, "4 digits; 功能分类 codes have 3, 5 or 7 digits"},
		{classify.SchemeFunction, "201039901", classify.ErrLength, "9 digits; 功能分类 codes have 3, 5 or 7 digits"},
		{classify.SchemeFunction, "20", classify.ErrLength, "2 digits; 功能分类 codes have 3, 5 or 7 digits"},
		{classify.SchemeFunction, "3010101", classify.ErrLead, "begins with 3; 功能分类 codes begin with 2"},
		{classify.SchemeFunction, "2010 3 99", classify.ErrSplit, `类 group "2010" has 4 digits, want 3`},
		{classify.SchemeFunction, "201 3 99", classify.ErrSplit, `group "3" has 1 digits, want 2`},
		{classify.SchemeFunction, "2010099", classify.ErrZeroSeg, "款 segment is 00"},
		{classify.SchemeFunction, "2010300", classify.ErrZeroSeg, "项 segment is 00"},
		{classify.SchemeEconomic, "3021701", classify.ErrLength, "7 digits; 部门经济分类 codes have 3 or 5 digits"},
		{classify.SchemeEconomic, "50101", classify.ErrLead, "begins with 5; 部门经济分类 codes begin with 3"},
		{classify.SchemeGovEconomic, "30101", classify.ErrLead, "begins with 3; 政府经济分类 codes begin with 5"},
		{classify.SchemeRevenue, "10304010101", classify.ErrLength, "11 digits; 收入分类 codes have 3, 5, 7 or 9 digits"},
	}
	for _, c := range cases {
		var err error
		switch c.scheme {
		case classify.SchemeFunction:
			_, err = classify.ParseFunction(c.in)
		case classify.SchemeEconomic:
			_, err = classify.ParseEconomic(c.in)
		case classify.SchemeGovEconomic:
			_, err = classify.ParseGovEconomic(c.in)
		case classify.SchemeRevenue:
			_, err = classify.ParseRevenue(c.in)
		}
		require.Error(t, err, "%q", c.in)
		assert.ErrorIs(t, err, c.want, "%q", c.in)
		var ce *classify.CodeError
		require.True(t, errors.As(err, &ce))
		assert.Equal(t, c.in, ce.Text, "the error names the text")
		assert.Equal(t, c.scheme, ce.Scheme)
		assert.Equal(t, c.detail, ce.Detail, "%q", c.in)
	}
}

func TestDetectScheme(t *testing.T) {
	for in, want := range map[string]classify.Scheme{
		"2010399": classify.SchemeFunction, "30217": classify.SchemeEconomic,
		"50101": classify.SchemeGovEconomic, "103": classify.SchemeRevenue, "２０１ ０３": classify.SchemeFunction,
	} {
		s, err := classify.DetectScheme(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, s, in)
	}
	_, err := classify.DetectScheme("401")
	assert.ErrorIs(t, err, classify.ErrLead)
	assert.Contains(t, err.Error(), "not a classification code")
	_, err = classify.DetectScheme("2010")
	assert.ErrorIs(t, err, classify.ErrLength)
	_, err = classify.DetectScheme("x")
	assert.ErrorIs(t, err, classify.ErrChar)
	_, err = classify.DetectScheme("")
	assert.ErrorIs(t, err, classify.ErrEmpty)
}

func TestHierarchy(t *testing.T) {
	c := classify.MustParse[classify.FunctionKind]("2010399")
	assert.Equal(t, classify.Item, c.Level())
	p, ok := c.Parent()
	require.True(t, ok)
	assert.Equal(t, "20103", p.String())
	pp, ok := p.Parent()
	require.True(t, ok)
	assert.Equal(t, "201", pp.String())
	_, ok = pp.Parent()
	assert.False(t, ok, "a 类 has no parent")
	assert.Equal(t, []classify.Function{pp, p}, c.Ancestors())
	assert.Empty(t, pp.Ancestors())
	assert.True(t, pp.IsAncestorOf(c))
	assert.True(t, p.IsAncestorOf(c))
	assert.False(t, c.IsAncestorOf(c), "not its own ancestor")
	assert.False(t, c.IsAncestorOf(p))
	assert.False(t, classify.MustParse[classify.FunctionKind]("20104").IsAncestorOf(c))
	assert.False(t, classify.MustParse[classify.FunctionKind]("202").IsAncestorOf(c))
	assert.False(t, classify.Function{}.IsAncestorOf(c))
	a, ok := c.At(classify.Section)
	require.True(t, ok)
	assert.Equal(t, p, a)
	_, ok = p.At(classify.Item)
	assert.False(t, ok)
	assert.Equal(t, "201 03 99", c.Split())
	assert.Equal(t, "201", pp.Split())
	assert.Equal(t, uint32(2010399), c.Uint32())
	assert.Equal(t, "项", classify.Item.String())
	assert.Equal(t, 7, classify.Item.Digits())
	var zero classify.Function
	assert.False(t, zero.Valid())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, classify.Level(0), zero.Level())
}

func TestCompareWalkOrder(t *testing.T) {
	codes := []string{"201", "20101", "2010101", "2010199", "20102", "202", "20201", "299"}
	for i := 1; i < len(codes); i++ {
		a := classify.MustParse[classify.FunctionKind](codes[i-1])
		b := classify.MustParse[classify.FunctionKind](codes[i])
		assert.Equal(t, -1, classify.Compare(a, b), "%s < %s", a, b)
		assert.Equal(t, 1, classify.Compare(b, a))
	}
	x := classify.MustParse[classify.FunctionKind]("201")
	assert.Equal(t, 0, classify.Compare(x, x))
}

func TestCodeText(t *testing.T) {
	var c classify.Function
	require.NoError(t, c.UnmarshalText([]byte("201 03 99")))
	b, err := c.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "2010399", string(b))
	require.NoError(t, c.UnmarshalText(nil))
	assert.False(t, c.Valid())
	assert.Error(t, c.UnmarshalText([]byte("301")))
	s, err := classify.ParseScheme("gov-economic")
	require.NoError(t, err)
	assert.Equal(t, "政府预算支出经济分类科目", s.Name())
	_, err = classify.ParseScheme("x")
	assert.Error(t, err)
}
