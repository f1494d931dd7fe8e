package fiscal

import (
	"bytes"
	"encoding/json"
)

// Cell is a table cell holding money: an [Amount], or absent.
//
// A blank cell ("", "　", "—", "-") is absent, which is not the same as a
// printed 0.00: a check may treat an absent part as zero when it sums, but a
// reader, a renderer and a round trip keep the difference. The zero Cell is
// absent.
type Cell struct {
	amount  Amount
	present bool
}

// Present returns the cell holding a.
func Present(a Amount) Cell { return Cell{amount: a, present: true} }

// Amount returns the amount and whether the cell holds one.
func (c Cell) Amount() (Amount, bool) { return c.amount, c.present }

// IsAbsent reports whether the cell is blank.
func (c Cell) IsAbsent() bool { return !c.present }

// OrZero returns the amount, or 0 元 when the cell is absent.
func (c Cell) OrZero() Amount { return c.amount }

// String formats the cell like [Amount.String], or "" when absent.
func (c Cell) String() string {
	if !c.present {
		return ""
	}
	return c.amount.String()
}

// Format formats the cell like [Amount.Format], or "" when absent.
func (c Cell) Format(f Format) string {
	if !c.present {
		return ""
	}
	return c.amount.Format(f)
}

// MarshalText implements [encoding.TextMarshaler]: "" when absent, otherwise
// the amount in 元.
func (c Cell) MarshalText() ([]byte, error) {
	if !c.present {
		return []byte{}, nil
	}
	return c.amount.MarshalText()
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseCell] in 元.
func (c *Cell) UnmarshalText(b []byte) error {
	v, err := ParseCell(string(b), Yuan)
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// MarshalJSON writes null when absent, otherwise the amount in 元 as a
// decimal string ("6577.03").
func (c Cell) MarshalJSON() ([]byte, error) {
	if !c.present {
		return []byte("null"), nil
	}
	return c.amount.MarshalJSON()
}

// UnmarshalJSON reads null (absent) or an amount as [Amount.UnmarshalJSON]
// does.
func (c *Cell) UnmarshalJSON(b []byte) error {
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		*c = Cell{}
		return nil
	}
	var a Amount
	if err := json.Unmarshal(b, &a); err != nil {
		return err
	}
	*c = Present(a)
	return nil
}

// IsZero reports whether the cell is absent, so that a struct field tagged
// `json:",omitzero"` is left out only when blank.
func (c Cell) IsZero() bool { return !c.present }
