package fiscal

import "fmt"

// Unit is a unit of money as printed in a document: 元, 万元 or 亿元.
//
// The zero Unit is "unset"; functions that take a Unit treat it as an error
// unless they say otherwise.
type Unit uint8

// The units of money found in final-accounts documents.
const (
	Yuan    Unit = iota + 1 // 元
	WanYuan                 // 万元 (10,000 元)
	YiYuan                  // 亿元 (100,000,000 元)
)

// fenPer is the number of fen in one of the unit.
var fenPer = [...]int64{0, 100, 1_000_000, 10_000_000_000}

// maxDecimals is the number of decimals of the unit that still name whole
// fen: 2 for 元, 6 for 万元, 10 for 亿元.
var maxDecimals = [...]int{0, 2, 6, 10}

// String returns the unit's Chinese name (元, 万元, 亿元).
func (u Unit) String() string {
	switch u {
	case Yuan:
		return "元"
	case WanYuan:
		return "万元"
	case YiYuan:
		return "亿元"
	}
	return fmt.Sprintf("Unit(%d)", uint8(u))
}

// Valid reports whether u is one of Yuan, WanYuan, YiYuan.
func (u Unit) Valid() bool { return u >= Yuan && u <= YiYuan }

// Fen returns how many fen one u is (100 for 元).
func (u Unit) Fen() int64 {
	if !u.Valid() {
		return 0
	}
	return fenPer[u]
}

// MaxDecimals returns how many decimals a figure in u can carry and still be
// a whole number of fen: 2 for 元, 6 for 万元, 10 for 亿元.
func (u Unit) MaxDecimals() int {
	if !u.Valid() {
		return 0
	}
	return maxDecimals[u]
}

// ParseUnit reads a unit name: "元", "万元" or "万", "亿元" or "亿", with
// surrounding spaces (including the full-width space) ignored.
func ParseUnit(s string) (Unit, error) {
	switch trimSpace(s) {
	case "元":
		return Yuan, nil
	case "万元", "万":
		return WanYuan, nil
	case "亿元", "亿":
		return YiYuan, nil
	}
	return 0, &ParseError{Text: s, Err: ErrUnit}
}

// MarshalText implements [encoding.TextMarshaler]: the unit's Chinese name.
func (u Unit) MarshalText() ([]byte, error) {
	if !u.Valid() {
		return nil, &ParseError{Text: u.String(), Err: ErrUnit}
	}
	return []byte(u.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseUnit].
func (u *Unit) UnmarshalText(b []byte) error {
	v, err := ParseUnit(string(b))
	if err != nil {
		return err
	}
	*u = v
	return nil
}
