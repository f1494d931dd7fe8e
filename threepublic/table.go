package threepublic

import "github.com/cnfiscal/fiscal"

// Figures are the six printed figures of one side of the "三公" table: its
// 预算数 or its 决算数.
type Figures struct {
	Total            fiscal.Cell `json:"total,omitzero"`             // 合计
	Abroad           fiscal.Cell `json:"abroad,omitzero"`            // 因公出国（境）费
	Vehicles         fiscal.Cell `json:"vehicles,omitzero"`          // 公务用车购置及运行费 小计
	VehiclePurchase  fiscal.Cell `json:"vehicle_purchase,omitzero"`  // 公务用车购置费
	VehicleOperation fiscal.Cell `json:"vehicle_operation,omitzero"` // 公务用车运行维护费 (运行费)
	Reception        fiscal.Cell `json:"reception,omitzero"`         // 公务接待费
}

// Expenses returns the four categories of the column.
func (c Figures) Expenses() Expenses {
	return Expenses{Abroad: c.Abroad, VehiclePurchase: c.VehiclePurchase, VehicleOperation: c.VehicleOperation, Reception: c.Reception}
}

// Table is the 财政拨款"三公"经费支出决算表: 预算数 and 决算数, each with 合计,
// 因公出国（境）费, 公务用车购置及运行费 {小计, 购置费, 运行费} and 公务接待费,
// as printed or derived.
type Table struct {
	Title      string      `json:"title,omitempty"`  // as printed: 财政拨款“三公”经费支出决算表
	Number     string      `json:"number,omitempty"` // 公开09表, 表七
	Department string      `json:"department,omitempty"`
	Unit       fiscal.Unit `json:"unit"`
	Decimals   int         `json:"decimals"`
	Budget     Figures     `json:"budget"`         // 预算数 (全年预算数, adjusted)
	Actual     Figures     `json:"actual"`         // 决算数
	Line       int         `json:"line,omitempty"` // the line of the figures, for a table read from a document
	Notes      []string    `json:"notes,omitempty"`
	// EmptyStatement is printed instead of figures by a department without
	// "三公" spending.
	EmptyStatement string `json:"empty_statement,omitempty"`
}

// TableTitle is the national template's title.
const TableTitle = "财政拨款“三公”经费支出决算表"

// DeriveOptions configures [Derive], as accounts.DeriveOptions does the
// eight financial tables.
type DeriveOptions struct {
	// Unit and Decimals are the printing precision. The zero Unit means 万元
	// at two decimals, as published; Yuan at 2 decimals gives exact tables.
	Unit     fiscal.Unit
	Decimals int
}

// Derive builds the table from the 预算数 and 决算数 expenses: subtotals and
// totals are summed exactly, then every cell is rounded half away from zero
// to the printing precision of opt. Zero amounts print blank.
//
// Every Derive of the module has this shape: the data, then the options
// (the zero value giving the published precision), returning the tables or
// an error; see accounts.Derive.
func Derive(budget, actual Expenses, opt DeriveOptions) (*Table, error) {
	unit, decimals := opt.Unit, opt.Decimals
	if !unit.Valid() {
		unit, decimals = fiscal.WanYuan, 2
	}
	t := &Table{Title: TableTitle, Unit: unit, Decimals: decimals}
	var err error
	if t.Budget, err = column(budget, unit, decimals); err != nil {
		return nil, err
	}
	if t.Actual, err = column(actual, unit, decimals); err != nil {
		return nil, err
	}
	return t, nil
}

func column(e Expenses, unit fiscal.Unit, decimals int) (Figures, error) {
	var firstErr error
	cell := func(a fiscal.Amount, err error) fiscal.Cell {
		if err == nil {
			a, err = a.Round(unit, decimals)
		}
		if err != nil && firstErr == nil {
			firstErr = err
		}
		if a.IsZero() {
			return fiscal.Cell{}
		}
		return fiscal.Present(a)
	}
	vehicles, verr := e.Vehicles()
	total, terr := e.Total()
	c := Figures{
		Total:            cell(total, terr),
		Abroad:           cell(e.Abroad.OrZero(), nil),
		Vehicles:         cell(vehicles, verr),
		VehiclePurchase:  cell(e.VehiclePurchase.OrZero(), nil),
		VehicleOperation: cell(e.VehicleOperation.OrZero(), nil),
		Reception:        cell(e.Reception.OrZero(), nil),
	}
	return c, firstErr
}
