package fiscal_test

import (
	"database/sql/driver"
	"encoding/json"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecimalConversions(t *testing.T) {
	a := fiscal.Wan("6577.03")
	assert.Equal(t, "65770300", a.Decimal().String())
	assert.Equal(t, "6577.03", a.DecimalIn(fiscal.WanYuan).String())
	assert.Equal(t, "0.6577030000", a.DecimalIn(fiscal.YiYuan).StringFixed(10))

	b, err := fiscal.FromDecimalIn(decimal.RequireFromString("6577.03"), fiscal.WanYuan)
	require.NoError(t, err)
	assert.Equal(t, a, b)
	c, err := fiscal.FromDecimal(decimal.RequireFromString("0.01"))
	require.NoError(t, err)
	assert.Equal(t, fiscal.Fen(1), c)

	_, err = fiscal.FromDecimal(decimal.RequireFromString("0.001"))
	assert.ErrorIs(t, err, fiscal.ErrPrecision)
	_, err = fiscal.FromDecimal(decimal.RequireFromString("1e30"))
	assert.ErrorIs(t, err, fiscal.ErrOverflow)
	_, err = fiscal.FromDecimalIn(decimal.NewFromInt(1), 0)
	assert.ErrorIs(t, err, fiscal.ErrUnit)
}

func TestAmountJSON(t *testing.T) {
	type row struct {
		Amount fiscal.Amount `json:"amount"`
		Cell   fiscal.Cell   `json:"cell"`
		Blank  fiscal.Cell   `json:"blank"`
		Omit   fiscal.Cell   `json:"omit,omitzero"`
	}
	in := row{Amount: fiscal.Wan("4402.44"), Cell: fiscal.Present(fiscal.Amount{})}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"amount":"44024400.00","cell":"0.00","blank":null}`, string(b), "strings, never numbers; blank is null")
	var out row
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	// A JSON number that is whole fen is accepted, without floats.
	var a fiscal.Amount
	require.NoError(t, json.Unmarshal([]byte(`12.34`), &a))
	assert.Equal(t, fiscal.Fen(1234), a)
	require.NoError(t, json.Unmarshal([]byte(`"16.244万元"`), &a))
	assert.Equal(t, fiscal.Fen(16244000), a)
	assert.ErrorIs(t, json.Unmarshal([]byte(`0.001`), &a), fiscal.ErrPrecision)
	assert.Error(t, json.Unmarshal([]byte(`true`), &a))
	assert.Error(t, json.Unmarshal([]byte(`""`), &a), "blank is not an amount")
}

func TestText(t *testing.T) {
	var c fiscal.Cell
	require.NoError(t, c.UnmarshalText([]byte("—")))
	assert.True(t, c.IsAbsent())
	b, err := c.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))
	require.NoError(t, c.UnmarshalText([]byte("1.5")))
	assert.Equal(t, "1.50", c.String())
	assert.Error(t, c.UnmarshalText([]byte("x")))
}

func TestSQL(t *testing.T) {
	a := fiscal.Wan("1.71")
	v, err := a.Value()
	require.NoError(t, err)
	assert.Equal(t, driver.Value("17100.00"), v)

	var back fiscal.Amount
	require.NoError(t, back.Scan("17100.00"))
	assert.Equal(t, a, back)
	require.NoError(t, back.Scan([]byte("17100.00")))
	assert.Equal(t, a, back)
	require.NoError(t, back.Scan(int64(17100)))
	assert.Equal(t, a, back, "int64 is whole 元")
	assert.Error(t, back.Scan(float64(1.5)), "floats refused")
	assert.ErrorIs(t, back.Scan(nil), fiscal.ErrBlank)
	assert.Error(t, back.Scan(int64(1)<<62), "overflow")

	var c fiscal.Cell
	require.NoError(t, c.Scan(nil))
	assert.True(t, c.IsAbsent())
	cv, err := c.Value()
	require.NoError(t, err)
	assert.Nil(t, cv)
	require.NoError(t, c.Scan("2.00"))
	cv, err = c.Value()
	require.NoError(t, err)
	assert.Equal(t, driver.Value("2.00"), cv)
	assert.Error(t, c.Scan(true))
}
