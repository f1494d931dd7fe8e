package accounts

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// basic checks the 一般公共预算财政拨款基本支出决算表: each economic 类 is the
// sum of its 款, 人员经费合计 the sum of 301 and 303, 公用经费合计 the sum of
// the other 类.
func (k *checker) basic(t *Table) {
	classes := map[classify.Economic]*Row{}
	kids := map[classify.Economic][]*Row{}
	var order []classify.Economic
	for i := range t.Rows {
		r := &t.Rows[i]
		if !r.Economic.Valid() {
			continue
		}
		c, _ := r.Economic.At(classify.Class)
		if _, seen := classes[c]; !seen {
			classes[c] = nil
			order = append(order, c)
		}
		if r.Economic.Level() == classify.Class {
			classes[c] = r
		} else {
			kids[c] = append(kids[c], r)
		}
	}
	var personnel, public []term
	for _, c := range order {
		row, ks := classes[c], kids[c]
		var parts []term
		for _, kr := range ks {
			parts = append(parts, rowTerm(t, kr, ColAmount))
		}
		if row != nil && len(ks) > 0 {
			k.equal(ruleBasicHierarchy, rowTerm(t, row, ColAmount), parts)
		}
		// A 类 counts through its own row, or through its 款 when the 类
		// row is not printed.
		if row != nil {
			parts = []term{rowTerm(t, row, ColAmount)}
		}
		if IsPersonnel(c) {
			personnel = append(personnel, parts...)
		} else {
			public = append(public, parts...)
		}
	}
	k.equalNamed(ruleBasicPersonnel, t, ItemPersonnelTotal, personnel)
	k.equalNamed(ruleBasicPublic, t, ItemPublicTotal, public)
}

// equalNamed checks a named total row of the main side, when printed.
func (k *checker) equalNamed(rule fiscal.Rule, t *Table, it Item, parts []term) {
	at := named(t, SideMain, it, ColAmount)
	if at.r == nil {
		return
	}
	k.equal(rule, at, parts)
}
