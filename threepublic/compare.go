package threepublic

import "github.com/cnfiscal/fiscal"

// Comparison puts one figure next to its 年初/全年预算 and last year's
// figure, the way the narrative explains it.
type Comparison struct {
	Name     string      // 合计, 因公出国（境）费, 公务用车购置及运行费, …, 机关运行经费
	Budget   fiscal.Cell // 预算数
	Actual   fiscal.Cell // 决算数
	Previous fiscal.Cell // 上年决算数
}

// Completion returns 决算数 / 预算数 (完成预算的 %); an error for a zero or
// absent budget.
func (c Comparison) Completion() (fiscal.Ratio, error) {
	return fiscal.CompletionRate(c.Actual.OrZero(), c.Budget.OrZero())
}

// Change returns 决算数 − 上年决算数 (增加 when positive, 减少 when
// negative).
func (c Comparison) Change() (fiscal.Amount, error) {
	return c.Actual.OrZero().Sub(c.Previous.OrZero())
}

// Growth returns the change over last year's figure (增长/下降 %); an error
// when last year's figure is zero.
func (c Comparison) Growth() (fiscal.Ratio, error) {
	return fiscal.GrowthRate(c.Actual.OrZero(), c.Previous.OrZero())
}

// Compare lines up the "三公" table against last year's 决算数: 合计, then
// each category and 公务用车购置及运行费.
func Compare(t *Table, previous Expenses) ([]Comparison, error) {
	pv, err := previous.Vehicles()
	if err != nil {
		return nil, err
	}
	pt, err := previous.Total()
	if err != nil {
		return nil, err
	}
	cell := func(a fiscal.Amount) fiscal.Cell { return fiscal.Present(a) }
	return []Comparison{
		{"合计", t.Budget.Total, t.Actual.Total, cell(pt)},
		{Abroad.String(), t.Budget.Abroad, t.Actual.Abroad, previous.Abroad},
		{"公务用车购置及运行费", t.Budget.Vehicles, t.Actual.Vehicles, cell(pv)},
		{VehiclePurchase.String(), t.Budget.VehiclePurchase, t.Actual.VehiclePurchase, previous.VehiclePurchase},
		{VehicleOperation.String(), t.Budget.VehicleOperation, t.Actual.VehicleOperation, previous.VehicleOperation},
		{Reception.String(), t.Budget.Reception, t.Actual.Reception, previous.Reception},
	}, nil
}
