package threepublic

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/shopspring/decimal"
)

func (t *Table) where(column, side string) fiscal.Where {
	title := t.Title
	if title == "" {
		title = TableTitle
	}
	return fiscal.Where{Table: title, Part: t.Number, Row: side, Column: column, Line: t.Line}
}

func (t *Table) format() fiscal.Format {
	u := t.Unit
	if !u.Valid() {
		u = fiscal.WanYuan
	}
	return fiscal.Format{Unit: u, Decimals: t.Decimals}
}

// Names of the figures of a side of the table, as [Table.CellWhere] takes
// them: 合计 and 公务用车购置及运行费 (its 小计), and each [Category]'s.
const (
	NameTotal    = "合计"
	NameVehicles = "公务用车购置及运行费"
)

// CellWhere says where the table prints a figure: side is "预算数" or
// "决算数", name [NameTotal], [NameVehicles] or a [Category]'s name. Every
// check naming a figure of the table among its cells (fiscal.Finding's
// Cells) names it so.
func (t *Table) CellWhere(side, name string) fiscal.Where {
	return t.where(name, side)
}

// part is one printed figure of a check: its cell and its name.
type part struct {
	c    fiscal.Cell
	name string
}

// compare checks a printed total against printed parts (absent counting as
// zero), with the tolerance of the parts printed. side is the total's
// side (预算数, 决算数) and name its figure's, for the finding's cells.
func (t *Table) compare(rule fiscal.Rule, w fiscal.Where, what, side string, total part, parts ...part) (fiscal.Finding, bool) {
	var sum fiscal.Amount
	n, any := 0, !total.c.IsAbsent()
	for _, p := range parts {
		if p.c.IsAbsent() {
			continue
		}
		n, any = n+1, true
		var err error
		if sum, err = sum.Add(p.c.OrZero()); err != nil {
			return rule.Finding(w, "%s: the parts overflow: %v", what, err), true
		}
	}
	if !any {
		return fiscal.Finding{}, false
	}
	f := t.format()
	fd, ok := rule.CompareAmounts(w, what, sum, total.c.OrZero(), fiscal.AmountTolerance(n, f.Unit, f.Decimals), f)
	if ok {
		fd.Cells = append(fd.Cells, t.CellWhere(side, total.name))
		for _, p := range parts {
			if !p.c.IsAbsent() {
				fd.Cells = append(fd.Cells, t.CellWhere(side, p.name))
			}
		}
	}
	return fd, ok
}

// Check runs the table's identities: 合计 = 因公出国（境）费 + 公务用车购置及
// 运行费 + 公务接待费 and 公务用车购置及运行费 = 购置费 + 运行费, for 预算数
// and 决算数.
func (t *Table) Check() []fiscal.Finding {
	var out []fiscal.Finding
	for _, side := range []struct {
		name string
		c    Figures
	}{{"预算数", t.Budget}, {"决算数", t.Actual}} {
		if f, ok := t.compare(ruleVehicles, t.where("公务用车购置及运行费/小计", side.name), side.name+" 公务用车购置及运行费 against 购置费 + 运行费", side.name,
			part{side.c.Vehicles, NameVehicles}, part{side.c.VehiclePurchase, VehiclePurchase.String()}, part{side.c.VehicleOperation, VehicleOperation.String()}); ok {
			out = append(out, f)
		}
		if f, ok := t.compare(ruleTotal, t.where("合计", side.name), side.name+" 合计 against 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费", side.name,
			part{side.c.Total, NameTotal}, part{side.c.Abroad, Abroad.String()}, part{side.c.Vehicles, NameVehicles}, part{side.c.Reception, Reception.String()}); ok {
			out = append(out, f)
		}
	}
	return out
}

// CheckBasicItems checks the table's 决算数 against the matching economic
// items of the 一般公共预算财政拨款基本支出决算表: 30212 因公出国（境）费用,
// 30217 公务接待费, 30231 公务用车运行维护费 and 31013 公务用车购置 there are
// 一般公共预算 基本支出 only, so they cannot exceed the "三公" figures, which
// cover 基本 and 项目 支出 of all 财政拨款.
func (t *Table) CheckBasicItems(basic *accounts.Table) []fiscal.Finding {
	if basic == nil {
		return nil
	}
	var out []fiscal.Finding
	f := t.format()
	for _, item := range []struct {
		code string
		cat  Category
		c    fiscal.Cell
	}{{"30212", Abroad, t.Actual.Abroad}, {"30217", Reception, t.Actual.Reception},
		{"30231", VehicleOperation, t.Actual.VehicleOperation}, {"31013", VehiclePurchase, t.Actual.VehiclePurchase}} {
		row, ok := basic.EconomicRow(classify.MustParse[classify.EconomicKind](item.code))
		if !ok {
			continue
		}
		b := row.Cell(accounts.ColAmount).OrZero()
		a := item.c.OrZero()
		if b.Cmp(a) <= 0 {
			continue
		}
		tol := fiscal.AmountTolerance(1, f.Unit, f.Decimals)
		w := fiscal.Where{Table: basic.Kind.Title(), Part: basic.Number, Row: item.code, Column: "决算数", Line: row.Line}
		fd, _ := ruleBasicItems.CompareAmounts(w, fmt.Sprintf("基本支出决算表 %s %s (%s) exceeds the \"三公\" %s 决算数", item.code, row.Name, b.Format(f), item.cat),
			a, b, tol, f)
		fd.Cells = []fiscal.Where{w, t.CellWhere("决算数", item.cat.String())}
		out = append(out, fd)
	}
	return out
}

// CheckStatistics checks that each non-zero "三公" 决算 amount comes with its
// statistics, and that statistics do not claim activity without money. It
// also reports the average 国内公务接待 cost per person, as information.
func CheckStatistics(actual Expenses, s Statistics, w fiscal.Where) []fiscal.Finding {
	var out []fiscal.Finding
	positive := func(c Count) bool { n, ok := c.Value(); return ok && n > 0 }
	stated := func(c Count) bool { _, ok := c.Value(); return ok }
	need := func(amount fiscal.Cell, what string, counts ...Count) {
		if amount.OrZero().Sign() <= 0 {
			for _, c := range counts {
				if positive(c) {
					out = append(out, ruleStatistics.Finding(w, "%s is 0 but its statistics are %s", what, c))
					return
				}
			}
			return
		}
		for _, c := range counts {
			if !positive(c) {
				msg := "not stated"
				if stated(c) {
					msg = "0"
				}
				out = append(out, ruleStatistics.Finding(w, "%s is %s but a statistic that must accompany it is %s", what, amount.OrZero().Format(fiscal.TableFormat()), msg))
				return
			}
		}
	}
	need(actual.Abroad, Abroad.String(), s.AbroadGroups, s.AbroadPersons)
	need(actual.VehiclePurchase, VehiclePurchase.String(), s.VehiclesPurchased)
	domestic := actual.Reception
	if fr, ok := s.ForeignReception.Amount(); ok {
		d, err := actual.Reception.OrZero().Sub(fr)
		if err == nil {
			domestic = fiscal.Present(d)
		}
		need(s.ForeignReception, "外宾接待费", s.ForeignBatches, s.ForeignPersons)
	}
	need(domestic, "国内公务接待费", s.ReceptionBatches, s.ReceptionPersons)
	if actual.VehicleOperation.OrZero().Sign() > 0 && !positive(s.VehiclesHeld) {
		out = append(out, ruleStatistics.Finding(w, "公务用车运行维护费 is %s but 公务用车保有量 is %s", actual.VehicleOperation.OrZero().Format(fiscal.TableFormat()), s.VehiclesHeld))
	}
	if n, ok := s.ReceptionPersons.Value(); ok && n > 0 && domestic.OrZero().Sign() > 0 {
		avg, err := fiscal.NewRatio(domestic.OrZero().Decimal(), decimal.NewFromInt(n))
		if err == nil {
			f := ruleAverage.Finding(w, "国内公务接待 %s 元 for %d 人次: %s 元 per person", domestic.OrZero().Format(fiscal.Format{Unit: fiscal.Yuan, Decimals: 2}), n, avg.Round(2).StringFixed(2))
			f.Actual, f.Unit = fiscal.FigureFixed(avg.Round(2), 2), "元/人次"
			out = append(out, f)
		}
	}
	return out
}

// CheckRunningCostWithin checks that a printed 机关运行经费 does not exceed
// the 公用经费合计 of the 一般公共预算财政拨款基本支出决算表: it is the part
// of that 公用经费 spent by 行政 and 参公 units, whatever the units (a part
// no larger than its whole, where equality cannot be asserted). Each figure
// is printed at its own precision; the tolerance is half a unit of each
// last digit.
func CheckRunningCostWithin(printed fiscal.Amount, printedDecimals int, public fiscal.Amount, publicDecimals int, w fiscal.Where) []fiscal.Finding {
	tol, err := printedTolerance(printedDecimals, publicDecimals)
	if err != nil {
		return []fiscal.Finding{ruleRunningPart.Finding(w, "tolerance overflows: %v", err)}
	}
	over, err := printed.Sub(public)
	if err != nil || over.Cmp(tol) <= 0 {
		return nil
	}
	f := ruleRunningPart.Finding(w, "机关运行经费 %s 万元 exceeds the 公用经费合计 %s 万元 of the 一般公共预算财政拨款基本支出决算表 (by %s 万元)",
		printed.Format(fiscal.TableFormat()), public.Format(fiscal.TableFormat()), over.Format(fiscal.TableFormat()))
	f.Expected = fiscal.AmountFigure(public, fiscal.WanYuan, max(printedDecimals, publicDecimals))
	f.Actual = fiscal.AmountFigure(printed, fiscal.WanYuan, max(printedDecimals, publicDecimals))
	f.Unit = "万元"
	return []fiscal.Finding{f}
}

// CheckRunningCost compares a printed 机关运行经费 with the 公用经费 it must
// equal (as the narrative often claims: "与部门决算中行政单位和参照公务员法管理
// 事业单位财政拨款基本支出中公用经费之和一致"). Each figure is printed at its own
// precision; the tolerance is half a unit of each last digit. applicable is
// whether the department has 行政 or 参公 units.
func CheckRunningCost(printed fiscal.Amount, printedDecimals int, public fiscal.Amount, publicDecimals int, applicable bool, w fiscal.Where) []fiscal.Finding {
	if !applicable {
		if printed.IsZero() {
			return nil
		}
		return []fiscal.Finding{ruleRunningNone.Finding(w, "机关运行经费 %s 万元 is stated, but the department has no 行政 or 参公 units", printed.Format(fiscal.TableFormat()))}
	}
	tol, err := printedTolerance(printedDecimals, publicDecimals)
	if err != nil {
		return []fiscal.Finding{ruleRunning.Finding(w, "tolerance overflows: %v", err)}
	}
	f, found := ruleRunning.CompareAmounts(w, "机关运行经费 against 公用经费", public, printed, tol, fiscal.Format{Unit: fiscal.WanYuan, Decimals: max(printedDecimals, publicDecimals)})
	if !found {
		return nil
	}
	return []fiscal.Finding{f}
}

// printedTolerance is half a unit of each last digit of two 万元 figures
// printed at their own precisions.
func printedTolerance(decimals, otherDecimals int) (fiscal.Amount, error) {
	return fiscal.AmountTolerance(0, fiscal.WanYuan, decimals).Add(fiscal.AmountTolerance(0, fiscal.WanYuan, otherDecimals))
}
