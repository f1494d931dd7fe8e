package budget

import (
	"strings"

	"github.com/cnfiscal/fiscal"
)

// ruleProcurement checks the tree of a 政府采购支出预算表.
var ruleProcurement = fiscal.NewRule("budget.procurement",
	"政府采购支出预算表: 合计 = Σ 货物, 工程, 服务; each 品目 and each line over purchases = Σ its purchases",
	fiscal.ScopeInTable, fiscal.SeverityError)

// procurementLevel is where a row of a 政府采购支出预算表 stands in its tree.
type procurementLevel uint8

const (
	procOther    procurementLevel = iota // a line over purchases (专项, 经济科目)
	procTotal                            // 合计
	procClass                            // 货物, 工程, 服务 (品目大类 A, B, C)
	procPurchase                         // a purchase: printed with its 采购组织形式
)

// procurementClasses are the three 品目大类 of the 政府采购品目分类目录.
var procurementClasses = []string{"货物", "工程", "服务"}

// organisationForms are the words of the 采购组织形式 a purchase prints
// (政府集中采购, 部门集中采购, 分散采购, 分散自行组织, 自行采购, 委托代理采购).
var organisationForms = []string{"集中采购", "分散采购", "自行组织", "自行采购", "委托代理"}

// ProcurementClass returns the 品目大类 a row of a 政府采购支出预算表 names
// ("一、货物 A", "货物类", "工程"), or "".
func ProcurementClass(label string) string {
	l := NormalizeLabel(label)
	l = strings.TrimRight(l, "ABCabc ")
	l = strings.TrimSuffix(l, "类")
	for _, c := range procurementClasses {
		if l == c {
			return c
		}
	}
	return ""
}

func procurementLevelOf(r *Row) procurementLevel {
	switch {
	case r.Item == ItemGrandTotal:
		return procTotal
	case ProcurementClass(r.Label) != "":
		return procClass
	}
	for _, w := range organisationForms {
		if strings.Contains(r.Label, w) {
			return procPurchase
		}
	}
	return procOther
}

// procurement checks a 政府采购支出预算表 printed as a tree of labels over
// one 金额 column, in print order: 合计, then each 品目大类 (货物, 工程,
// 服务), under it lines naming the 专项 or 经济科目, and under those the
// purchases, each printed with its 采购组织形式. 合计 = Σ 大类; where the
// table prints purchases, a line over purchases = Σ its purchases, a 大类
// = Σ the purchases under it and 合计 = Σ every purchase. A line with no
// purchase under it is taken for a purchase printed without its form: a
// 大类 holding one is not summed over purchases (its purchases may not be
// marked), and nor is 合计.
func (k *checker) procurement(t *Table) {
	levels := make([]procurementLevel, len(t.Rows))
	var total *Row
	var classes, purchases []ref
	for i := range t.Rows {
		levels[i] = procurementLevelOf(&t.Rows[i])
		switch levels[i] {
		case procTotal:
			total = &t.Rows[i]
		case procClass:
			classes = append(classes, ref{t: t, r: &t.Rows[i], col: ColTotal})
		case procPurchase:
			purchases = append(purchases, ref{t: t, r: &t.Rows[i], col: ColTotal})
		}
	}
	if total == nil {
		k.skip(ruleProcurement, "%s prints no 合计 row", t.Title)
		return
	}
	if total != &t.Rows[0] && total != &t.Rows[len(t.Rows)-1] || runTogether(t) {
		// A tree printed in pre-order puts 合计 first (or last): labels
		// elsewhere, or labels of several purchases run together, are
		// an extraction that moved the columns apart.
		k.skip(ruleProcurement, "%s: its rows were not read in print order", t.Title)
		return
	}
	at := ref{t: t, r: total, col: ColTotal}
	if len(classes) > 0 {
		k.equal(ruleProcurement, at, classes)
	}
	if len(purchases) == 0 {
		return
	}
	allMarked := true
	// under sums the purchases after row i up to the next row of a level
	// at or above stop; it reports whether every line it passes has
	// purchases under it.
	under := func(i int, stop func(procurementLevel) bool) ([]ref, bool) {
		var parts []ref
		marked := true
		for j := i + 1; j < len(t.Rows) && !stop(levels[j]); j++ {
			switch levels[j] {
			case procPurchase:
				parts = append(parts, ref{t: t, r: &t.Rows[j], col: ColTotal})
			case procOther:
				if j+1 >= len(t.Rows) || levels[j+1] != procPurchase {
					marked = false
				}
			}
		}
		return parts, marked
	}
	for i := range t.Rows {
		switch levels[i] {
		case procOther:
			parts, _ := under(i, func(l procurementLevel) bool { return l != procPurchase })
			if len(parts) == 0 {
				allMarked = false
				continue
			}
			k.equal(ruleProcurement, ref{t: t, r: &t.Rows[i], col: ColTotal}, parts)
		case procClass:
			parts, marked := under(i, func(l procurementLevel) bool { return l == procClass || l == procTotal })
			if marked && len(parts) > 0 {
				k.equal(ruleProcurement, ref{t: t, r: &t.Rows[i], col: ColTotal}, parts)
			}
		}
	}
	if allMarked {
		k.equal(ruleProcurement, at, purchases)
	}
}

// runTogether reports whether a row's label holds more than one
// 采购组织形式: the labels of several purchases read as one.
func runTogether(t *Table) bool {
	for i := range t.Rows {
		n := 0
		for _, w := range organisationForms {
			n += strings.Count(t.Rows[i].Label, w)
		}
		if n > 1 {
			return true
		}
	}
	return false
}

// narrativeProcurement checks the 政府采购预算 the 编制说明 states: the
// total against 货物 + 工程 + 服务 stated beside it (when all three are),
// and each against the 政府采购支出预算表 (its 合计 and 品目大类 rows)
// where the budget publishes one.
func (k *checker) narrativeProcurement(n *Narrative, ts *Tables) {
	tot := n.Get(SubjectProcurement)
	kinds := []Subject{SubjectProcurementGoods, SubjectProcurementWorks, SubjectProcurementServices}
	var parts []ref
	for _, s := range kinds {
		if st := n.Get(s); st != nil {
			parts = append(parts, stated(st.Subject.String(), st.Amount, st.Decimals, st.Line))
		}
	}
	if tot == nil {
		if len(parts) > 0 {
			k.skippedID(ruleNarrProcurement.ID, "the 政府采购 kinds are stated without their total")
		}
		k.reservedWithin(n, nil)
		return
	}
	if len(parts) == len(kinds) {
		k.equal(ruleNarrProcurement, stated(tot.Subject.String(), tot.Amount, tot.Decimals, tot.Line), parts)
	} else if len(parts) > 0 {
		// Some kinds only: together they are not more than the total.
		var sum fiscal.Amount
		for _, p := range parts {
			sum, _ = sum.Add(p.cell().OrZero())
		}
		if sum.Cmp(tot.Amount) > 0 {
			k.out = append(k.out, ruleNarrProcurement.Finding(fiscal.Where{Part: "编制说明", Row: tot.Subject.String(), Line: tot.Line},
				"the kinds of 政府采购 stated add up to %s 万元, more than the %s of %s 万元",
				fiscal.AmountFigure(sum, fiscal.WanYuan, 2), tot.Subject, fiscal.AmountFigure(tot.Amount, fiscal.WanYuan, tot.Decimals)))
		} else {
			k.skippedID(ruleNarrProcurement.ID, "not every kind of 政府采购 (货物, 工程, 服务) is stated beside the total")
		}
	}
	k.reservedWithin(n, tot)
	t := ts.Get(KindProcurement)
	if t == nil {
		return
	}
	if r := t.Total(); r != nil {
		k.compareStated(ruleNarrProcurement, tot, ref{t: t, r: r, col: ColTotal})
	}
	for i, s := range kinds {
		st := n.Get(s)
		if st == nil {
			continue
		}
		for j := range t.Rows {
			if ProcurementClass(t.Rows[j].Label) == procurementClasses[i] {
				k.compareStated(ruleNarrProcurement, st, ref{t: t, r: &t.Rows[j], col: ColTotal})
				break
			}
		}
	}
}

// reservedWithin checks the shares of the 政府采购预算 reserved for small
// firms: the 中小企业's not more than the 政府采购预算 stated before it (or
// tot, the first), the 小微企业's not more than the 中小企业's stated before
// it. A reserve found larger is recorded in k.wrongStated, so that its
// share is not a second finding.
func (k *checker) reservedWithin(n *Narrative, tot *Statement) {
	for i := range n.Statements {
		p := &n.Statements[i]
		var w *Statement
		switch p.Subject {
		case SubjectProcurementSME:
			if w = reservedFrom(n, i); w == nil {
				w = tot
			}
		case SubjectProcurementSmall:
			w = reservedFrom(n, i)
		}
		if w == nil || p.Amount.Cmp(w.Amount) <= 0 {
			continue
		}
		k.out = append(k.out, ruleNarrProcurement.Finding(fiscal.Where{Part: "编制说明", Row: p.Subject.String(), Line: p.Line},
			"%s stated as %s 万元, more than the %s of %s 万元 it is reserved from",
			p.Subject, fiscal.AmountFigure(p.Amount, fiscal.WanYuan, p.Decimals), w.Subject, fiscal.AmountFigure(w.Amount, fiscal.WanYuan, w.Decimals)))
		if k.wrongStated == nil {
			k.wrongStated = map[Subject]bool{}
		}
		k.wrongStated[p.Subject] = true
	}
}

// reservedFrom is the statement the reserve n.Statements[i] is a part of:
// the nearest before it of the 政府采购预算 (for the 中小企业's) or of the
// 中小企业's (for the 小微企业's); nil when none.
func reservedFrom(n *Narrative, i int) *Statement {
	whole := SubjectProcurement
	if n.Statements[i].Subject == SubjectProcurementSmall {
		whole = SubjectProcurementSME
	}
	for j := i - 1; j >= 0; j-- {
		if n.Statements[j].Subject == whole {
			return &n.Statements[j]
		}
	}
	return nil
}
