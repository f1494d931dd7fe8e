package budget

import (
	"github.com/cnfiscal/fiscal"
)

// codeKey is a row's code as text and its parent's, for either scheme.
func codeKey(r *Row) (key, parent string, ok bool) {
	switch {
	case r.Function.Valid():
		p, has := r.Function.Parent()
		if has {
			return r.Function.String(), p.String(), true
		}
		return r.Function.String(), "", true
	case r.Economic.Valid():
		p, has := r.Economic.Parent()
		if has {
			return r.Economic.String(), p.String(), true
		}
		return r.Economic.String(), "", true
	}
	return "", "", false
}

// hierarchy checks a coded table: each code equals the sum of its printed
// children, and the 合计 row the sum of the rows whose parent is not
// printed, in every column of the profile that binds t's columns (the
// national 收入总表's 上年结转 and funds, not the general 收入预算总表's).
func (k *checker) hierarchy(t *Table, rule fiscal.Rule) {
	p := k.profileOf(t)
	if p == nil {
		return
	}
	byCode := map[string]*Row{}
	var order []string
	for i := range t.Rows {
		r := &t.Rows[i]
		if key, _, ok := codeKey(r); ok {
			if _, dup := byCode[key]; !dup {
				order = append(order, key)
			}
			byCode[key] = r
		}
	}
	children := map[string][]*Row{}
	var top []*Row
	for _, key := range order {
		r := byCode[key]
		_, parent, _ := codeKey(r)
		if parent != "" && byCode[parent] != nil {
			children[parent] = append(children[parent], r)
		} else {
			top = append(top, r)
		}
	}
	total := t.Total()
	if total == nil {
		// A row printed with figures but no label or code (the single row of
		// a 支出预算总表 by nature) is the table's total.
		for i := range t.Rows {
			if r := &t.Rows[i]; r.Label == "" && r.Code == "" && r.Item == 0 && !r.Function.Valid() && !r.Economic.Valid() {
				total = r
				break
			}
		}
	}
	for _, c := range p.Columns {
		if c.ID == ColChangeRate {
			continue // a rate does not add up
		}
		for _, key := range order {
			if kids := children[key]; len(kids) > 0 {
				k.equal(rule, ref{t: t, r: byCode[key], col: c.ID}, refs(t, kids, c.ID))
			}
		}
		if total != nil && len(top) > 0 {
			k.equal(rule, ref{t: t, r: total, col: c.ID}, refs(t, top, c.ID))
		}
	}
}
