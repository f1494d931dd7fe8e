package accounts

import "github.com/cnfiscal/fiscal"

// detailRules are the three rule families of a table keyed by 功能分类
// codes with a 合计 row: a per-row identity, the 类/款/项 hierarchy and
// 合计 = Σ 类.
type detailRules struct {
	row, hierarchy, total fiscal.Rule
	rowTotal              Column   // the column the row identity checks
	rowParts              []Column // the columns it sums
}

func (k *checker) detail(t *Table, r detailRules) {
	k.rowSum(r.row, t, SideMain, r.rowTotal, r.rowParts, allRows)
	k.hierarchy(r.hierarchy, t, SideMain)
	k.classTotal(r.total, t, SideMain, k.named(t, SideMain, ItemTotal, 0))
}

func allRows(*Row) bool { return true }

// incomeTable checks the 收入决算表.
func (k *checker) incomeTable(t *Table) {
	k.detail(t, detailRules{ruleIncomeRow, ruleIncomeHierarchy, ruleIncomeTotal, ColTotal, colsIncome[1:]})
}

// expenditureTable checks the 支出决算表.
func (k *checker) expenditureTable(t *Table) {
	k.detail(t, detailRules{ruleExpRow, ruleExpHierarchy, ruleExpTotal, ColTotal, colsExpenditure[1:]})
}

// generalBudget checks the 一般公共预算财政拨款支出决算表.
func (k *checker) generalBudget(t *Table) {
	k.detail(t, detailRules{ruleGeneralRow, ruleGeneralHierarchy, ruleGeneralTotal, ColTotal, colsGeneral[1:]})
}

// fund checks the 政府性基金 and 国有资本经营 tables: 本年支出 = 基本 + 项目,
// 年初 + 本年收入 − 本年支出 = 年末 where those columns are printed, the
// hierarchy and the 合计 row.
func (k *checker) fund(t *Table) {
	r := detailRules{ruleGovFundRow, ruleGovFundHierarchy, ruleGovFundTotal, ColExpenditure, colsGeneral[1:]}
	balance := ruleGovFundBalance
	if t.Kind == KindStateCapital {
		r = detailRules{ruleStateRow, ruleStateHierarchy, ruleStateTotal, ColExpenditure, colsGeneral[1:]}
		balance = ruleStateBalance
	}
	k.detail(t, r)
	if !t.prints(SideMain, ColClosing) || !t.prints(SideMain, ColOpening) || !t.prints(SideMain, ColIncome) {
		return
	}
	for i := range t.Rows {
		row := &t.Rows[i]
		k.equal(balance, rowTerm(t, row, ColClosing), []term{
			rowTerm(t, row, ColOpening), rowTerm(t, row, ColIncome), minus(rowTerm(t, row, ColExpenditure)),
		})
	}
}
