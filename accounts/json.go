package accounts

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/cnfiscal/fiscal"
)

// MarshalText implements [encoding.TextMarshaler]: "", "收入" or "支出".
func (s Side) MarshalText() ([]byte, error) {
	if s > SideExpenditure {
		return nil, fmt.Errorf("accounts: cannot marshal Side(%d)", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Side) UnmarshalText(b []byte) error {
	for _, v := range []Side{SideMain, SideIncome, SideExpenditure} {
		if v.String() == string(b) {
			*s = v
			return nil
		}
	}
	return fmt.Errorf("accounts: unknown side %q", b)
}

// MarshalText implements [encoding.TextMarshaler] with the row's official
// name; the zero Item marshals as "".
func (i Item) MarshalText() ([]byte, error) {
	if i == 0 {
		return []byte{}, nil
	}
	if i >= numItems {
		return nil, fmt.Errorf("accounts: cannot marshal Item(%d)", uint8(i))
	}
	return []byte(i.Name()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with the official
// name.
func (i *Item) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*i = 0
		return nil
	}
	for v := Item(1); v < numItems; v++ {
		if v.Name() == string(b) {
			*i = v
			return nil
		}
	}
	return fmt.Errorf("accounts: unknown row %q", b)
}

// columnIDs are the stable JSON names of the columns.
var columnIDs = [...]string{"", "amount", "total", "appropriation", "superior", "business", "operating", "affiliated",
	"other_income", "basic", "project", "remitted", "operating_expenditure", "subsidiary", "general", "gov_fund",
	"state_capital", "opening", "income", "expenditure", "closing"}

// MarshalText implements [encoding.TextMarshaler] with a stable English
// identifier ("basic", "other_income", …).
func (c Column) MarshalText() ([]byte, error) {
	if c == 0 || c >= numColumns {
		return nil, fmt.Errorf("accounts: cannot marshal Column(%d)", uint8(c))
	}
	return []byte(columnIDs[c]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Column) UnmarshalText(b []byte) error {
	for v := Column(1); v < numColumns; v++ {
		if columnIDs[v] == string(b) {
			*c = v
			return nil
		}
	}
	return fmt.Errorf("accounts: unknown column %q", b)
}

// MarshalJSON writes the cells that are present as an object keyed by
// column identifier: {"total": "65770300.00", "basic": null}. Absent cells
// are left out, present ones are decimal strings in 元.
func (c Cells) MarshalJSON() ([]byte, error) {
	m := map[string]fiscal.Cell{}
	for col := Column(1); col < numColumns; col++ {
		if !c[col].IsAbsent() {
			m[columnIDs[col]] = c[col]
		}
	}
	return json.Marshal(m)
}

// UnmarshalJSON reads the object form of [Cells.MarshalJSON].
func (c *Cells) UnmarshalJSON(b []byte) error {
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		*c = Cells{}
		return nil
	}
	var m map[string]fiscal.Cell
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*c = Cells{}
	for k, v := range m {
		var col Column
		if err := col.UnmarshalText([]byte(k)); err != nil {
			return err
		}
		c[col] = v
	}
	return nil
}

// MarshalText implements [encoding.TextMarshaler]: the type's Chinese name,
// "" for the zero type (not stated).
func (t EntityType) MarshalText() ([]byte, error) {
	if t == 0 {
		return []byte{}, nil
	}
	if t > Institution {
		return nil, fmt.Errorf("accounts: cannot marshal EntityType(%d)", uint8(t))
	}
	return []byte(t.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (t *EntityType) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*t = 0
		return nil
	}
	for _, v := range []EntityType{Administrative, CivilServiceManaged, Institution} {
		if v.String() == string(b) {
			*t = v
			return nil
		}
	}
	return fmt.Errorf("accounts: unknown unit type %q", b)
}
