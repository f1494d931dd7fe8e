package daye2024

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// Department is the department's name as printed (部门).
const Department = "大冶市政务服务和大数据管理局"

// Year is the report's year.
const Year = 2024

// Tables returns 公开01–公开08 as published.
func Tables() *accounts.Tables {
	return &accounts.Tables{
		Summary:              summary(),
		Income:               income(),
		Expenditure:          expenditure(),
		AppropriationSummary: appropriationSummary(),
		GeneralBudget:        generalBudget(),
		BasicExpenditure:     basicExpenditure(),
		GovFund:              govFund(),
		StateCapital:         stateCapital(),
	}
}

func table(k accounts.TableKind, title, number, note string) *accounts.Table {
	t := accounts.NewTable(k)
	t.Title, t.Number, t.Department = title, number, Department
	t.Notes = []string{note}
	return t
}

// c is a printed 万元 cell.
func c(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }

func fn(s string) classify.Function  { return classify.MustParse[classify.FunctionKind](s) }
func eco(s string) classify.Economic { return classify.MustParse[classify.EconomicKind](s) }
