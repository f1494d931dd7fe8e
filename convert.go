package fiscal

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
)

// Decimal returns the amount in 元 as a decimal (two decimals, exact).
func (a Amount) Decimal() decimal.Decimal { return decimal.New(a.fen, -2) }

// DecimalIn returns the amount in unit u as an exact decimal: 65,770,300.00
// 元 in 万元 is 6577.03.
func (a Amount) DecimalIn(u Unit) decimal.Decimal {
	if !u.Valid() {
		u = Yuan
	}
	return decimal.New(a.fen, int32(-u.MaxDecimals()))
}

// FromDecimal returns the amount of d 元. A d finer than one fen is an error
// wrapping [ErrPrecision]; one too large, [ErrOverflow].
func FromDecimal(d decimal.Decimal) (Amount, error) { return FromDecimalIn(d, Yuan) }

// FromDecimalIn returns the amount of d units of u (FromDecimalIn(6577.03,
// WanYuan) is 65,770,300.00 元), with the errors of [FromDecimal].
func FromDecimalIn(d decimal.Decimal, u Unit) (Amount, error) {
	if !u.Valid() {
		return Amount{}, &ParseError{Text: d.String(), Err: ErrUnit}
	}
	scaled := d.Shift(int32(u.MaxDecimals()))
	if !scaled.Equal(scaled.Truncate(0)) {
		return Amount{}, &ParseError{Text: d.String(), Err: ErrPrecision}
	}
	bi := scaled.BigInt()
	if !bi.IsInt64() {
		return Amount{}, &ParseError{Text: d.String(), Err: ErrOverflow}
	}
	return Amount{bi.Int64()}, nil
}

// MarshalText implements [encoding.TextMarshaler]: the amount in 元 with two
// decimals and no separators ("65770300.00").
func (a Amount) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: any form
// [ParseAmount] reads, in 元 unless the text names a unit. A blank is an
// error: use [Cell] for cells that may be empty.
func (a *Amount) UnmarshalText(b []byte) error {
	v, err := ParseAmount(string(b), Yuan)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// MarshalJSON writes the amount in 元 as a JSON string ("65770300.00"),
// never as a JSON number, so no reader turns it into a float.
func (a Amount) MarshalJSON() ([]byte, error) {
	return []byte(`"` + a.String() + `"`), nil
}

// UnmarshalJSON reads a JSON string as [Amount.UnmarshalText] does. A JSON
// number is accepted too when it is an exact number of fen (it is read as
// decimal text, never through a float).
func (a *Amount) UnmarshalJSON(b []byte) error {
	var s string
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	} else {
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return &ParseError{Text: string(b), Err: ErrSyntax}
		}
		s = n.String()
		if d, err := decimal.NewFromString(s); err == nil {
			v, err := FromDecimal(d)
			if err != nil {
				return err
			}
			*a = v
			return nil
		}
	}
	return a.UnmarshalText([]byte(s))
}

// Value implements [driver.Valuer]: the amount in 元 as a decimal string,
// which NUMERIC/DECIMAL columns accept.
func (a Amount) Value() (driver.Value, error) { return a.String(), nil }

// Scan implements [database/sql.Scanner]. It accepts a decimal string or
// bytes (NUMERIC/DECIMAL columns), and an int64 as whole 元. A floating-point value is
// refused: a float column cannot hold money exactly. NULL is refused too:
// scan a nullable column into a [Cell].
func (a *Amount) Scan(src any) error {
	switch v := src.(type) {
	case string:
		return a.UnmarshalText([]byte(v))
	case []byte:
		return a.UnmarshalText(v)
	case int64:
		x, err := YuanOf(v)
		if err != nil {
			return err
		}
		*a = x
		return nil
	case nil:
		return fmt.Errorf("fiscal: cannot scan NULL into Amount: %w", ErrBlank)
	}
	return fmt.Errorf("fiscal: cannot scan %T into Amount: use a NUMERIC/DECIMAL column", src)
}

// Value implements [driver.Valuer]: NULL when absent, else as [Amount.Value].
func (c Cell) Value() (driver.Value, error) {
	if !c.present {
		return nil, nil
	}
	return c.amount.Value()
}

// Scan implements [database/sql.Scanner]: NULL is absent, anything else is
// scanned as [Amount.Scan] does.
func (c *Cell) Scan(src any) error {
	if src == nil {
		*c = Cell{}
		return nil
	}
	var a Amount
	if err := a.Scan(src); err != nil {
		return err
	}
	*c = Present(a)
	return nil
}
