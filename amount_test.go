package fiscal_test

import (
	"errors"
	"math"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseAmount(t *testing.T) {
	cases := []struct {
		in   string
		unit fiscal.Unit
		fen  int64
	}{
		{"6,577.03", fiscal.WanYuan, 6577_030000},                     // thousands separator, table unit
		{"2000.00　", fiscal.WanYuan, 2000_000000},                     // trailing full-width space (Daye 公开01)
		{"６５７７．０３", fiscal.WanYuan, 6577_030000},                      // full-width digits and point
		{"6，577.03", fiscal.WanYuan, 6577_030000},                     // Chinese comma as separator
		{"16.244万元", fiscal.Yuan, 162440_00},                          // unit in the text wins
		{"14.23824万", fiscal.Yuan, 142382_40},                         // 万 without 元, six decimals
		{"1.5亿元", fiscal.WanYuan, 150000000_00},                       // 亿元
		{"-3.86", fiscal.WanYuan, -38600_00},                          // negative
		{"−3.86", fiscal.WanYuan, -38600_00},                          // U+2212 minus sign
		{"+1", fiscal.Yuan, 100},                                      // explicit plus
		{"12元", fiscal.WanYuan, 1200},                                 // 元 in the text overrides 万元
		{"0", fiscal.Yuan, 0},                                         // zero
		{"0.00", fiscal.WanYuan, 0},                                   // printed zero
		{".5", fiscal.Yuan, 50},                                       // no integer digits
		{"1.2300", fiscal.Yuan, 123},                                  // trailing zeros below a fen are fine
		{"  124.60 ", fiscal.WanYuan, 124_600000},                     // ASCII spaces
		{"1,234,567.891234", fiscal.WanYuan, 1234567_891234_00 / 100}, // 万元 at fen precision
		{"16.244 万元", fiscal.Yuan, 162440_00},                         // space before the unit
		{"92233720368547758.07", fiscal.Yuan, math.MaxInt64},          // the largest amount
	}
	for _, c := range cases {
		a, err := fiscal.ParseAmount(c.in, c.unit)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.fen, a.Fen(), c.in)
	}
}

func TestParseAmountErrors(t *testing.T) {
	cases := []struct {
		in   string
		unit fiscal.Unit
		want error
	}{
		{"", fiscal.WanYuan, fiscal.ErrBlank},
		{"　", fiscal.WanYuan, fiscal.ErrBlank}, // full-width space only
		{"—", fiscal.WanYuan, fiscal.ErrBlank},
		{"-", fiscal.WanYuan, fiscal.ErrBlank},
		{"abc", fiscal.Yuan, fiscal.ErrSyntax},
		{"1.2.3", fiscal.Yuan, fiscal.ErrSyntax},
		{"1.", fiscal.Yuan, fiscal.ErrSyntax},
		{"6,57.03", fiscal.WanYuan, fiscal.ErrSyntax}, // misplaced separator
		{",657.03", fiscal.WanYuan, fiscal.ErrSyntax},
		{"1 234", fiscal.Yuan, fiscal.ErrSyntax}, // inner space
		{"--3", fiscal.Yuan, fiscal.ErrSyntax},
		{"1.234", fiscal.Yuan, fiscal.ErrPrecision}, // a tenth of a fen
		{"1.0000001万元", fiscal.Yuan, fiscal.ErrPrecision},
		{"92233720368547758.08", fiscal.Yuan, fiscal.ErrOverflow}, // one fen too many
		{"99999999999999999999999", fiscal.Yuan, fiscal.ErrOverflow},
		{"93.80%", fiscal.Yuan, fiscal.ErrPercent},
		{"12", 0, fiscal.ErrUnit}, // no unit anywhere
		{"12美元", fiscal.Yuan, fiscal.ErrSyntax},
	}
	for _, c := range cases {
		_, err := fiscal.ParseAmount(c.in, c.unit)
		require.Error(t, err, c.in)
		assert.ErrorIs(t, err, c.want, c.in)
		var pe *fiscal.ParseError
		require.True(t, errors.As(err, &pe), c.in)
		assert.Equal(t, c.in, pe.Text, "the error names the text")
	}
}

func TestParseCellAbsentIsNotZero(t *testing.T) {
	for _, blank := range []string{"", "　", " ", "—", "-", "——", "－"} {
		c, err := fiscal.ParseCell(blank, fiscal.WanYuan)
		require.NoError(t, err, "%q", blank)
		assert.True(t, c.IsAbsent(), "%q is absent", blank)
		_, ok := c.Amount()
		assert.False(t, ok)
		assert.True(t, fiscal.IsBlank(blank))
	}
	zero, err := fiscal.ParseCell("0.00", fiscal.WanYuan)
	require.NoError(t, err)
	assert.False(t, zero.IsAbsent(), "a printed zero is present")
	assert.NotEqual(t, fiscal.Cell{}, zero)
	assert.Equal(t, fiscal.Cell{}.OrZero(), zero.OrZero(), "but both count as zero in a sum")
}

func TestArithmetic(t *testing.T) {
	a, b := fiscal.Wan("4402.44"), fiscal.Wan("2000.00")
	s, err := fiscal.Sum(a, b, fiscal.Wan("174.60"))
	require.NoError(t, err)
	assert.Equal(t, fiscal.Wan("6577.04"), s, "公开01 income rows, by hand")

	d, err := a.Sub(b)
	require.NoError(t, err)
	assert.Equal(t, "2402.44", d.Format(fiscal.TableFormat()))
	assert.Equal(t, 1, a.Cmp(b))
	assert.Equal(t, -1, b.Cmp(a))
	assert.Equal(t, 0, a.Cmp(a))
	n, err := b.Neg()
	require.NoError(t, err)
	assert.Equal(t, -1, n.Sign())
	abs, err := n.Abs()
	require.NoError(t, err)
	assert.Equal(t, b, abs)
	m, err := fiscal.Fen(25).MulInt(-4)
	require.NoError(t, err)
	assert.Equal(t, int64(-100), m.Fen())
	y, err := fiscal.YuanOf(3)
	require.NoError(t, err)
	assert.Equal(t, int64(300), y.Fen())
}

func TestOverflow(t *testing.T) {
	max, min := fiscal.Fen(math.MaxInt64), fiscal.Fen(math.MinInt64)
	one := fiscal.Fen(1)
	checks := []struct {
		name string
		err  error
	}{
		{"add", second(max.Add(one))},
		{"sub", second(min.Sub(one))},
		{"neg", second(min.Neg())},
		{"abs", second(min.Abs())},
		{"mul", second(max.MulInt(2))},
		{"mul negative", second(min.MulInt(-1))},
		{"sum", second(fiscal.Sum(max, one))},
		{"yuan", second(fiscal.YuanOf(math.MaxInt64 / 10))},
		{"round", second(max.Round(fiscal.WanYuan, 2))},
	}
	for _, c := range checks {
		assert.ErrorIs(t, c.err, fiscal.ErrOverflow, c.name)
		var oe *fiscal.OverflowError
		assert.True(t, errors.As(c.err, &oe), c.name)
	}
	// Edges that fit.
	p, err := fiscal.Fen(math.MinInt64 + 1).MulInt(-1)
	require.NoError(t, err)
	assert.Equal(t, int64(math.MaxInt64), p.Fen())
	q, err := fiscal.Fen(math.MinInt64 / 2).MulInt(2)
	require.NoError(t, err)
	assert.Equal(t, int64(math.MinInt64), q.Fen())
	s, err := max.Add(min)
	require.NoError(t, err)
	assert.Equal(t, int64(-1), s.Fen())
}

func second[T any](_ T, err error) error { return err }

func TestRound(t *testing.T) {
	cases := []struct {
		fen      int64
		unit     fiscal.Unit
		decimals int
		want     int64
	}{
		{1234_50, fiscal.WanYuan, 2, 1200_00},            // 0.123450万 → 0.12
		{1250_00, fiscal.WanYuan, 2, 1300_00},            // exactly half → up
		{-1250_00, fiscal.WanYuan, 2, -1300_00},          // half away from zero
		{-1249_99, fiscal.WanYuan, 2, -1200_00},          // below half
		{12345, fiscal.Yuan, 0, 12300},                   // 123.45元 → 123元
		{12350, fiscal.Yuan, 0, 12400},                   // 123.50元 → 124元
		{12345, fiscal.Yuan, 2, 12345},                   // fen precision: unchanged
		{12345, fiscal.WanYuan, 6, 12345},                // 万元 at 6 decimals is fen
		{4_9999_99, fiscal.YiYuan, 0, 0},                 // 4,999,999.99元 → 0亿
		{5000_0000_00, fiscal.YiYuan, 0, 1_0000_0000_00}, // 0.5亿 → 1亿
		{65770340_00, fiscal.WanYuan, 2, 65770300_00},    // 6577.034万 → 6577.03
	}
	for _, c := range cases {
		r, err := fiscal.Fen(c.fen).Round(c.unit, c.decimals)
		require.NoError(t, err)
		assert.Equal(t, c.want, r.Fen(), "%d fen to %d decimals of %s", c.fen, c.decimals, c.unit)
	}
	_, err := fiscal.Fen(1).Round(0, 2)
	assert.ErrorIs(t, err, fiscal.ErrUnit)
}

func TestFormat(t *testing.T) {
	a := fiscal.MustParseAmount("1234567.891234万元", fiscal.Yuan)
	cases := []struct {
		f    fiscal.Format
		want string
	}{
		{fiscal.TableFormat(), "1234567.89"},
		{fiscal.Format{Unit: fiscal.WanYuan, Decimals: 2, Grouping: true}, "1,234,567.89"},
		{fiscal.Format{Unit: fiscal.WanYuan, Decimals: 4, Suffix: true}, "1234567.8912万元"},
		{fiscal.Format{Unit: fiscal.WanYuan, Decimals: 8}, "1234567.89123400"},
		{fiscal.Format{Unit: fiscal.Yuan, Decimals: 2, Grouping: true}, "12,345,678,912.34"},
		{fiscal.Format{Unit: fiscal.Yuan, Decimals: 0}, "12345678912"},
		{fiscal.Format{Unit: fiscal.YiYuan, Decimals: 2, Suffix: true}, "123.46亿元"},
		{fiscal.Format{}, "12345678912"}, // zero Format: 元, no decimals
	}
	for _, c := range cases {
		assert.Equal(t, c.want, a.Format(c.f), "%+v", c.f)
	}
	assert.Equal(t, "-3.86", fiscal.Wan("-3.86").Format(fiscal.TableFormat()))
	assert.Equal(t, "0.00", fiscal.Fen(-4999).Format(fiscal.TableFormat()), "rounds to zero without a sign")
	assert.Equal(t, "-0.01", fiscal.Fen(-5000).Format(fiscal.TableFormat()))
	assert.Equal(t, "123", fiscal.Fen(12300).Format(fiscal.Format{Unit: fiscal.Yuan, Grouping: true}))
	assert.Equal(t, "0.00", fiscal.Amount{}.Format(fiscal.TableFormat()))
	assert.Equal(t, "92233720368547758.07", fiscal.Fen(math.MaxInt64).String())
	assert.Equal(t, "-92233720368547758.08", fiscal.Fen(math.MinInt64).String())
	assert.Equal(t, "-9223372036854.78", fiscal.Fen(math.MinInt64).Format(fiscal.TableFormat()))
	assert.Equal(t, "", fiscal.Cell{}.Format(fiscal.TableFormat()))
}

func TestUnit(t *testing.T) {
	for s, want := range map[string]fiscal.Unit{"元": fiscal.Yuan, "万元": fiscal.WanYuan, "万": fiscal.WanYuan, "亿元": fiscal.YiYuan, " 亿　": fiscal.YiYuan} {
		u, err := fiscal.ParseUnit(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, u, s)
	}
	_, err := fiscal.ParseUnit("千元")
	assert.ErrorIs(t, err, fiscal.ErrUnit)
	assert.Equal(t, int64(1_000_000), fiscal.WanYuan.Fen())
	assert.Equal(t, 6, fiscal.WanYuan.MaxDecimals())
	assert.False(t, fiscal.Unit(0).Valid())
	b, err := fiscal.WanYuan.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "万元", string(b))
	var u fiscal.Unit
	require.NoError(t, u.UnmarshalText([]byte("亿元")))
	assert.Equal(t, fiscal.YiYuan, u)
	_, err = fiscal.Unit(9).MarshalText()
	assert.Error(t, err)
}
