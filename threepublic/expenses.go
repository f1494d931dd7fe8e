package threepublic

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
)

// Category is one of the "三公" expenses.
type Category uint8

// The "三公" categories. 公务用车购置及运行费 is Vehicles: the sum of its two
// parts.
const (
	Abroad           Category = iota + 1 // 因公出国（境）费
	VehiclePurchase                      // 公务用车购置费
	VehicleOperation                     // 公务用车运行维护费
	Reception                            // 公务接待费
)

// Categories returns the four categories in printed order.
func Categories() []Category { return []Category{Abroad, VehiclePurchase, VehicleOperation, Reception} }

// String returns the category's official name.
func (c Category) String() string {
	switch c {
	case Abroad:
		return "因公出国（境）费"
	case VehiclePurchase:
		return "公务用车购置费"
	case VehicleOperation:
		return "公务用车运行维护费"
	case Reception:
		return "公务接待费"
	}
	return fmt.Sprintf("Category(%d)", uint8(c))
}

// Expenses are the "三公" amounts of one column (预算数 or 决算数), or of one
// year. A blank cell is absent, as printed.
type Expenses struct {
	Abroad           fiscal.Cell // 因公出国（境）费
	VehiclePurchase  fiscal.Cell // 公务用车购置费
	VehicleOperation fiscal.Cell // 公务用车运行维护费
	Reception        fiscal.Cell // 公务接待费
}

// Get returns the amount of a category.
func (e Expenses) Get(c Category) fiscal.Cell {
	switch c {
	case Abroad:
		return e.Abroad
	case VehiclePurchase:
		return e.VehiclePurchase
	case VehicleOperation:
		return e.VehicleOperation
	case Reception:
		return e.Reception
	}
	return fiscal.Cell{}
}

// Vehicles returns 公务用车购置及运行费: 购置费 + 运行维护费.
func (e Expenses) Vehicles() (fiscal.Amount, error) {
	return fiscal.Sum(e.VehiclePurchase.OrZero(), e.VehicleOperation.OrZero())
}

// Total returns the "三公" total: 因公出国（境）费 + 公务用车购置及运行费 +
// 公务接待费.
func (e Expenses) Total() (fiscal.Amount, error) {
	return fiscal.Sum(e.Abroad.OrZero(), e.VehiclePurchase.OrZero(), e.VehicleOperation.OrZero(), e.Reception.OrZero())
}

// Count is a statistic printed with the "三公" figures (团组数, 人次, 辆): a
// whole number, or absent when the document does not state it.
type Count struct {
	n  int64
	ok bool
}

// CountOf returns the count n.
func CountOf(n int64) Count { return Count{n: n, ok: true} }

// Value returns the count and whether it is stated.
func (c Count) Value() (int64, bool) { return c.n, c.ok }

// String returns the number, or "" when not stated.
func (c Count) String() string {
	if !c.ok {
		return ""
	}
	return fmt.Sprint(c.n)
}

// Statistics are the figures that must accompany the "三公" amounts.
type Statistics struct {
	AbroadGroups      Count `json:"abroad_groups,omitzero"`      // 因公出国（境）团组数
	AbroadPersons     Count `json:"abroad_persons,omitzero"`     // 因公出国（境）人次
	VehiclesPurchased Count `json:"vehicles_purchased,omitzero"` // 公务用车购置数 (辆)
	VehiclesHeld      Count `json:"vehicles_held,omitzero"`      // 公务用车保有量 (辆)
	ReceptionBatches  Count `json:"reception_batches,omitzero"`  // 国内公务接待批次 (团组)
	ReceptionPersons  Count `json:"reception_persons,omitzero"`  // 国内公务接待人次
	ForeignBatches    Count `json:"foreign_batches,omitzero"`    // 外事（外宾）接待批次
	ForeignPersons    Count `json:"foreign_persons,omitzero"`    // 外事（外宾）接待人次
	// ForeignReception is the 外宾接待 part of 公务接待费, when stated.
	ForeignReception fiscal.Cell `json:"foreign_reception,omitzero"`
}

// MarshalJSON writes the count as a JSON number, or null when not stated.
func (c Count) MarshalJSON() ([]byte, error) {
	if !c.ok {
		return []byte("null"), nil
	}
	return []byte(fmt.Sprint(c.n)), nil
}

// UnmarshalJSON reads a JSON number (a whole number) or null.
func (c *Count) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		*c = Count{}
		return nil
	}
	var n int64
	if _, err := fmt.Sscan(s, &n); err != nil || fmt.Sprint(n) != s {
		return fmt.Errorf("threepublic: count %s is not a whole number", s)
	}
	*c = CountOf(n)
	return nil
}

// IsZero reports whether the count is not stated (for omitzero).
func (c Count) IsZero() bool { return !c.ok }
