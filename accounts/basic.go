package accounts

import (
	"slices"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// basic checks the 一般公共预算财政拨款基本支出决算表: each economic 类 is the
// sum of its 款, 人员经费合计 the sum of 301 and 303, 公用经费合计 the sum of
// the other 类.
func (k *checker) basic(t *Table) {
	// One pass links each class's rows in printed order (first by class,
	// next by row); the classes are kept in the order they first appear.
	order := k.econs[:0]
	k.next = slices.Grow(k.next[:0], len(t.Rows))[:len(t.Rows)]
	heads, tails := k.heads[:0], k.tails[:0]
	last := -1 // the class of the row before: a class's rows are printed together
	for i := range t.Rows {
		r := &t.Rows[i]
		k.next[i] = -1
		if !r.Economic.Valid() {
			continue
		}
		c := classOf(r.Economic)
		ci := last
		if ci < 0 || order[ci] != c {
			ci = slices.Index(order, c)
		}
		if ci < 0 {
			last = len(order)
			order, heads, tails = append(order, c), append(heads, int32(i)), append(tails, int32(i))
			continue
		}
		last = ci
		k.next[tails[ci]], tails[ci] = int32(i), int32(i)
	}
	personnel, public := k.terms2[:0], k.terms3[:0]
	for ci, c := range order {
		// The 类 row (the last one printed) and its 款, in printed order.
		var row *Row
		parts := k.take()
		for i := heads[ci]; i >= 0; i = k.next[i] {
			r := &t.Rows[i]
			if r.Economic.Level() == classify.Class {
				row = r
			} else {
				parts = append(parts, rowTerm(t, r, ColAmount))
			}
		}
		if row != nil && len(parts) > 0 {
			k.equal(ruleBasicHierarchy, rowTerm(t, row, ColAmount), parts)
		}
		// A 类 counts through its own row, or through its 款 when the 类
		// row is not printed.
		if row != nil {
			parts = append(parts[:0], rowTerm(t, row, ColAmount))
		}
		if IsPersonnel(c) {
			personnel = append(personnel, parts...)
		} else {
			public = append(public, parts...)
		}
		k.terms = parts[:0]
	}
	k.equalNamed(ruleBasicPersonnel, t, ItemPersonnelTotal, personnel)
	k.equalNamed(ruleBasicPublic, t, ItemPublicTotal, public)
	k.econs, k.terms2, k.terms3 = order[:0], personnel[:0], public[:0]
	k.heads, k.tails = heads[:0], tails[:0]
}

func classOf(e classify.Economic) classify.Economic {
	c, _ := e.At(classify.Class)
	return c
}

// equalNamed checks a named total row of the main side, when printed.
func (k *checker) equalNamed(rule fiscal.Rule, t *Table, it Item, parts []term) {
	at := k.named(t, SideMain, it, ColAmount)
	if at.r == nil {
		return
	}
	k.equal(rule, at, parts)
}
