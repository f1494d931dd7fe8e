package threepublic

import (
	"maps"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// Config says which expenditure counts as "三公".
type Config struct {
	// Codes maps economic 款 to categories. The default: 30212 因公出国（境）
	// 费用, 31013 公务用车购置, 30231 公务用车运行维护费, 30217 公务接待费. Add
	// 30913 (公务用车购置 in 基本建设) with [Config.WithCode] where local rules
	// count it.
	Codes map[classify.Economic]Category
	// Sources is the fund scope. The default is all 财政拨款 (the table's
	// title is 财政拨款"三公"经费); older national forms count 一般公共预算
	// 财政拨款 only: accounts.SourceSet(accounts.SourceGeneral).
	Sources accounts.Sources
	// Natures are the kinds of spending counted: 基本支出 and 项目支出 by
	// default.
	Natures accounts.Natures
}

// DefaultConfig returns the national default scope.
func DefaultConfig() Config {
	eco := func(s string) classify.Economic { return classify.MustParse[classify.EconomicKind](s) }
	return Config{
		Codes: map[classify.Economic]Category{
			eco("30212"): Abroad,
			eco("31013"): VehiclePurchase,
			eco("30231"): VehicleOperation,
			eco("30217"): Reception,
		},
		Sources: accounts.Appropriations,
		Natures: accounts.Basic | accounts.NatureSet(accounts.NatureProject),
	}
}

// WithCode returns a copy of the configuration that also counts economic
// code e in category c.
func (cfg Config) WithCode(e classify.Economic, c Category) Config {
	out := cfg
	out.Codes = maps.Clone(cfg.Codes)
	if out.Codes == nil {
		out.Codes = map[classify.Economic]Category{}
	}
	out.Codes[e] = c
	return out
}

// FromLedger sums the ledger's "三公" spending in the configured scope, in
// fen. Entries without an economic code cannot be "三公" and are not
// counted.
func FromLedger(l *accounts.Ledger, cfg Config) (Expenses, error) {
	var sums [Reception + 1]fiscal.Amount
	var seen [Reception + 1]bool
	for e := range l.Expenses() {
		c, ok := cfg.Codes[e.Economic]
		if !ok || !cfg.Sources.Has(e.Source) || !cfg.Natures.Has(e.Nature) {
			continue
		}
		s, err := sums[c].Add(e.Amount)
		if err != nil {
			return Expenses{}, err
		}
		sums[c], seen[c] = s, true
	}
	cell := func(c Category) fiscal.Cell {
		if !seen[c] {
			return fiscal.Cell{}
		}
		return fiscal.Present(sums[c])
	}
	return Expenses{Abroad: cell(Abroad), VehiclePurchase: cell(VehiclePurchase), VehicleOperation: cell(VehicleOperation), Reception: cell(Reception)}, nil
}
