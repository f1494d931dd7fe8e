package threepublic

import (
	"slices"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// RunningCostConfig says which economic codes count as 机关运行经费.
type RunningCostConfig struct {
	// Classes are the economic 类 counted whole. The default is 302 商品和
	// 服务支出 and 310 资本性支出, the national default as far as it is known
	// (DOMAIN.md §5 marks it unconfirmed): make it match local rules.
	Classes []classify.Economic
	// Include adds single 款 outside Classes; Exclude removes 款 inside them
	// (some places count 30227 委托业务费 elsewhere).
	Include, Exclude []classify.Economic
}

// DefaultRunningCostConfig returns the default code set: all of 302 and 310.
func DefaultRunningCostConfig() RunningCostConfig {
	return RunningCostConfig{Classes: []classify.Economic{
		classify.MustParse[classify.EconomicKind]("302"), classify.MustParse[classify.EconomicKind]("310"),
	}}
}

func (cfg RunningCostConfig) counts(e classify.Economic) bool {
	if !e.Valid() || slices.Contains(cfg.Exclude, e) {
		return false
	}
	if slices.Contains(cfg.Include, e) {
		return true
	}
	c, _ := e.At(classify.Class)
	return slices.Contains(cfg.Classes, c)
}

// EntityCost is the 机关运行经费 of one unit.
type EntityCost struct {
	Name   string
	Type   accounts.EntityType
	Amount fiscal.Amount
}

// RunningCost is 机关运行经费: the 日常公用经费 that keeps 行政单位 and
// 参照公务员法管理事业单位 running, paid from 一般公共预算财政拨款 基本支出.
// Other 事业单位 have none: for a department made only of them it is not
// applicable, and Reason says so.
type RunningCost struct {
	Applicable bool
	Reason     string // why not applicable
	Amount     fiscal.Amount
	ByEntity   []EntityCost // the 行政 and 参公 units, in ledger order
}

// RunningCostFromLedger computes 机关运行经费 from a ledger.
func RunningCostFromLedger(l *accounts.Ledger, cfg RunningCostConfig) (RunningCost, error) {
	ents := l.Entities()
	byEnt := make([]fiscal.Amount, len(ents))
	for e := range l.Expenses() {
		if e.Source != accounts.SourceGeneral || !e.Nature.IsBasic() || !cfg.counts(e.Economic) {
			continue
		}
		s, err := byEnt[e.Entity].Add(e.Amount)
		if err != nil {
			return RunningCost{}, err
		}
		byEnt[e.Entity] = s
	}
	rc := RunningCost{}
	for i, ent := range ents {
		if ent.Type != accounts.Administrative && ent.Type != accounts.CivilServiceManaged {
			continue
		}
		rc.Applicable = true
		rc.ByEntity = append(rc.ByEntity, EntityCost{Name: ent.Name, Type: ent.Type, Amount: byEnt[i]})
		s, err := rc.Amount.Add(byEnt[i])
		if err != nil {
			return RunningCost{}, err
		}
		rc.Amount = s
	}
	if !rc.Applicable {
		rc.Reason = "机关运行经费 applies to 行政单位 and 参照公务员法管理事业单位 only; the department has neither"
	}
	return rc, nil
}
