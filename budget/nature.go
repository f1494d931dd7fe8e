package budget

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// 基本支出 by 部门经济分类: 人员经费 are the 类 301 工资福利支出 and 303 对个人
// 和家庭的补助; 公用经费 are 302 商品和服务支出, 307 债务利息及费用支出, 309
// and 310 资本性支出, 399 其他支出. A fact of the classification, not of a
// layout.
var personnelClasses = map[string]bool{"301": true, "303": true}
var publicClasses = map[string]bool{"302": true, "307": true, "309": true, "310": true, "399": true}

// natureOf returns the column (ColPersonnel or ColPublic) a 基本支出 row of
// economic code c falls in, or "" for a class of neither list.
func natureOf(c classify.Economic) string {
	cl, ok := c.At(classify.Class)
	if !ok {
		return ""
	}
	switch s := cl.String(); {
	case personnelClasses[s]:
		return ColPersonnel
	case publicClasses[s]:
		return ColPublic
	}
	return ""
}

// settleNature places the single part of an ambiguous row of a 基本支出
// table (合计 printed with one of 人员经费 and 公用经费, the other blank: the
// figure fits either column by the sums) in the column its 经济分类 类
// belongs to. The placement holds only when the table's 合计 row, read with
// certainty, then equals the sum of the 类 rows in both columns (exactly,
// or within rounding for figures not printed to the fen); otherwise the
// rows stay ambiguous.
func settleNature(t *Table) {
	if t.Kind != KindGeneralBasic && t.Kind != KindAppropriationBasic {
		return
	}
	total := t.Total()
	if total == nil || total.Ambiguous {
		return
	}
	type move struct {
		r        *Row
		from, to string
	}
	var moves []move
	for i := range t.Rows {
		r := &t.Rows[i]
		if !r.Ambiguous || !r.Economic.Valid() {
			continue
		}
		to := natureOf(r.Economic)
		if to == "" {
			return
		}
		from := ColPersonnel
		if to == ColPersonnel {
			from = ColPublic
		}
		tot, okT := r.Cell(ColTotal).Amount()
		a, okA := r.Cell(to).Amount()
		b, okB := r.Cell(from).Amount()
		switch {
		case okT && okB && !okA && b == tot:
			moves = append(moves, move{r, from, to})
		case okT && okA && !okB && a == tot:
			moves = append(moves, move{r, "", to})
		default:
			return // more than a one-part row in doubt: leave them all
		}
	}
	if len(moves) == 0 {
		return
	}
	for _, m := range moves {
		if m.from != "" {
			m.r.Cells[m.to] = m.r.Cells[m.from]
			delete(m.r.Cells, m.from)
		}
	}
	if !classesAddUp(t, total) {
		for _, m := range moves {
			if m.from != "" {
				m.r.Cells[m.from] = m.r.Cells[m.to]
				delete(m.r.Cells, m.to)
			}
		}
		return
	}
	for _, m := range moves {
		m.r.Ambiguous = false
	}
}

// classesAddUp reports whether the 类 rows of a 基本支出 table add up to its
// 合计 in the 人员经费 and 公用经费 columns, none of them ambiguous.
func classesAddUp(t *Table, total *Row) bool {
	n := 0
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Economic.Valid() && r.Economic.Level() == classify.Class {
			n++
		}
	}
	tol := fiscal.AmountTolerance(n, t.Unit, t.Decimals)
	for _, col := range []string{ColPersonnel, ColPublic} {
		var sum fiscal.Amount
		for i := range t.Rows {
			r := &t.Rows[i]
			if !r.Economic.Valid() || r.Economic.Level() != classify.Class {
				continue
			}
			sum, _ = sum.Add(r.Cell(col).OrZero())
		}
		want, ok := total.Cell(col).Amount()
		if !ok {
			return false
		}
		d, err := want.Sub(sum)
		if err != nil {
			return false
		}
		if d.Sign() < 0 {
			d, _ = d.Neg()
		}
		if d.Cmp(tol) > 0 {
			return false
		}
	}
	return true
}
