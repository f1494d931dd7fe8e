package accounts

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// structure checks what identities rely on: codes that are codes, rows
// printed once, 款 and 项 printed with their parents, codes and names that
// the catalog knows, and the statement of an empty table.
func (k *checker) structure(t *Table) {
	seen := map[string]int{}
	present := map[Side]map[uint32]bool{}
	for i := range t.Rows {
		r := &t.Rows[i]
		if v := rowCode(r); v != 0 {
			if present[r.Side] == nil {
				present[r.Side] = map[uint32]bool{}
			}
			present[r.Side][v] = true
		}
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		w := fiscal.Where{Table: t.Kind.Title(), Part: t.Number, Row: r.Key(), Line: r.Line}
		if r.Code != "" && !r.Function.Valid() && !r.Economic.Valid() && r.Item == 0 {
			w.Text = r.Code
			k.out = append(k.out, ruleCode.Finding(w, "%q is not a %s code", r.Code, schemeOfKind(t.Kind).ShortName()))
			continue
		}
		key := r.Key()
		if j, dup := seen[key]; dup {
			k.out = append(k.out, ruleDuplicate.Finding(w, "row %s is printed twice (rows %d and %d)", key, j+1, i+1))
		} else {
			seen[key] = i
		}
		if v := rowCode(r); v >= 10_000 && !present[r.Side][v/100] {
			k.out = append(k.out, ruleOrphan.Finding(w, "row %d is printed without its parent %d", v, v/100))
		}
		k.catalogName(t, r, w)
	}
	empty := t.IsEmpty()
	switch {
	case empty && t.EmptyStatement == "":
		k.out = append(k.out, ruleEmpty.Finding(fiscal.Where{Table: t.Kind.Title(), Part: t.Number},
			"the table has no figures and no statement that it is empty (such as 本单位无此项内容，故本表无数据)"))
	case !empty && t.EmptyStatement != "":
		k.out = append(k.out, ruleEmpty.Finding(fiscal.Where{Table: t.Kind.Title(), Part: t.Number, Text: t.EmptyStatement},
			"the table has figures but states that it is empty"))
	}
}

// rowCode returns the row's code digits (functional or economic), or 0.
func rowCode(r *Row) uint32 {
	switch {
	case r.Function.Valid():
		return r.Function.Uint32()
	case r.Economic.Valid():
		return r.Economic.Uint32()
	}
	return 0
}

func schemeOfKind(k Kind) classify.Scheme {
	if k == KindBasicExpenditure {
		return classify.SchemeEconomic
	}
	return classify.SchemeFunction
}

// catalogName reports a code the catalog lacks, and a printed name that
// differs from the catalog's (ignoring width, spaces and numbering).
func (k *checker) catalogName(t *Table, r *Row, w fiscal.Where) {
	var (
		name, edition string
		known         bool
	)
	switch {
	case r.Function.Valid() && k.opt.Functions != nil:
		var e classify.Entry[classify.FunctionKind]
		e, known = k.opt.Functions.Lookup(r.Function)
		name, edition = e.Name, editionOf(k.opt.Functions.Edition())
	case r.Economic.Valid() && k.opt.Economics != nil:
		var e classify.Entry[classify.EconomicKind]
		e, known = k.opt.Economics.Lookup(r.Economic)
		name, edition = e.Name, editionOf(k.opt.Economics.Edition())
	default:
		return
	}
	if !known {
		k.out = append(k.out, ruleUnknown.Finding(w, "code %s is not in the %s catalog", rowCodeString(r), edition))
		return
	}
	if r.Name == "" || r.Name == name {
		return
	}
	if normalizeTitle(stripNumbering(r.Name)) != normalizeTitle(name) {
		w.Text = r.Name
		k.out = append(k.out, ruleName.Finding(w, "code %s is printed as %q; the catalog names it %q", rowCodeString(r), r.Name, name))
	}
}

func rowCodeString(r *Row) string {
	if r.Function.Valid() {
		return r.Function.String()
	}
	return r.Economic.String()
}

func editionOf(year int) string {
	if year == 0 {
		return "given"
	}
	return itoa(year)
}
