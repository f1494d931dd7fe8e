package accounts

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// structure checks what identities rely on: codes that are codes, rows
// printed once, 款 and 项 printed with their parents, codes and names that
// the catalog knows, and the statement of an empty table.
func (k *checker) structure(t *Table) {
	k.present.reset(len(t.Rows))
	for i := range t.Rows {
		r := &t.Rows[i]
		if v := rowCode(r); v != 0 {
			k.present.put(sideCode{r.Side, v}.key(), int32(i))
		}
	}
	// Rows are told apart by their key (Row.Key); compactKey gives the
	// same answer without spelling keys out, except for rows keyed by
	// their printed name alone, where the text is compared.
	byText := false
	for i := range t.Rows {
		if _, ok := compactKey(&t.Rows[i]); !ok {
			byText = true
			break
		}
	}
	k.seen.reset(len(t.Rows))
	var seenText map[string]int
	if byText {
		seenText = map[string]int{}
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Code != "" && !r.Function.Valid() && !r.Economic.Valid() && r.Item == 0 {
			w := rowWhere(t, r)
			w.Text = r.Code
			k.out = append(k.out, ruleCode.Finding(w, "%q is not a %s code", r.Code, schemeOfKind(t.Kind).ShortName()))
			continue
		}
		var (
			j   int
			dup bool
		)
		if byText {
			key := r.Key()
			if j, dup = seenText[key]; !dup {
				seenText[key] = i
			}
		} else {
			key, _ := compactKey(r)
			var j32 int32
			if j32, dup = k.seen.get(key.key()); !dup {
				k.seen.put(key.key(), int32(i))
			}
			j = int(j32)
		}
		if dup {
			k.out = append(k.out, ruleDuplicate.Finding(rowWhere(t, r), "row %s is printed twice (rows %d and %d)", r.Key(), j+1, i+1))
		}
		if v := rowCode(r); v >= 10_000 {
			if _, ok := k.present.get(sideCode{r.Side, v / 100}.key()); !ok {
				k.out = append(k.out, ruleOrphan.Finding(rowWhere(t, r), "row %d is printed without its parent %d", v, v/100))
			}
		}
		k.catalogName(t, r)
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

// rowWhere locates a row of a table in a finding.
func rowWhere(t *Table, r *Row) fiscal.Where {
	return fiscal.Where{Table: t.Kind.Title(), Part: t.Number, Row: r.Key(), Line: r.Line}
}

// sideCode is a code's digits on a side of a table.
type sideCode struct {
	side Side
	v    uint32
}

func (c sideCode) key() uint64 { return uint64(c.side)<<32 | uint64(c.v) }

// rowKey is [Row.Key] as data: two rows have equal rowKeys exactly when
// they have equal keys.
type rowKey struct {
	side        Side
	item, under Item
	v           uint32 // the digits of a code (functional and economic codes print as their digits)
}

func (k rowKey) key() uint64 {
	return uint64(k.side)<<48 | uint64(k.item)<<40 | uint64(k.under)<<32 | uint64(k.v)
}

// compactKey returns the row's key as data, or false for a row whose key is
// its printed name or code text (which could spell another row's key).
func compactKey(r *Row) (rowKey, bool) {
	switch {
	case r.Function.Valid():
		return rowKey{side: r.Side, v: r.Function.Uint32()}, true
	case r.Economic.Valid():
		return rowKey{side: r.Side, v: r.Economic.Uint32()}, true
	case r.Item > 0 && r.Item < numItems && r.Under < numItems:
		return rowKey{side: r.Side, item: r.Item, under: r.Under}, true
	}
	return rowKey{}, false
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

func schemeOfKind(k TableKind) classify.Scheme {
	if k == KindBasicExpenditure {
		return classify.SchemeEconomic
	}
	return classify.SchemeFunction
}

// catalogName reports a code the catalog lacks and a printed name that
// differs from the catalog's, by what the catalog knows (classify's
// Catalog.Judge): a code that cannot exist (an ancestor absent at a level
// where the catalog is complete) is a warning; a code merely missing from a
// catalog that is incomplete at its level is info ("load the official
// one"); a name differing from an official or well-printed name is a
// warning naming both, one differing from a recalled or pattern name is
// info; the name of an earlier edition is info. Names are compared by
// classify.NameKey (width, brackets, spaces, numbering, a trailing 支出).
func (k *checker) catalogName(t *Table, r *Row) {
	var (
		v                  classify.Verdict
		name, basis        string
		otherCode, missing string
		edition            string
		trusted            bool
		until              int
	)
	// A functional code printed with a name found right for it in an
	// earlier table of this check: the answer depends on the code and
	// the printed name alone.
	if r.Function.Valid() {
		if j, ok := k.nameOK.get(uint64(r.Function.Uint32())); ok && k.okNames[j] == r.Name {
			return
		}
	}
	printed := stripNumbering(r.Name)
	// The common case first, as Judge decides it (a known code printed
	// with the catalog's name), without Judge's whole answer.
	switch {
	case r.Function.Valid() && k.opt.Functions != nil:
		if e, ok := k.opt.Functions.Lookup(r.Function); ok && (printed == "" || printed == e.Name) {
			k.nameOK.put(uint64(r.Function.Uint32()), int32(len(k.okNames)))
			k.okNames = append(k.okNames, r.Name)
			return
		}
	case r.Economic.Valid() && k.opt.Economics != nil:
		if e, ok := k.opt.Economics.Lookup(r.Economic); ok && (printed == "" || printed == e.Name) {
			return
		}
	}
	switch {
	case r.Function.Valid() && k.opt.Functions != nil:
		j := k.opt.Functions.Judge(r.Function, printed)
		v, name, basis, trusted = j.Verdict, j.Entry.Name, j.Entry.Basis, j.Entry.Trusted()
		otherCode, missing, until = j.Other.Code.String(), j.Missing.String(), j.Alias.Until
		if v == classify.NameMatches || v == classify.NameVariant {
			return
		}
		edition = editionOf(k.opt.Functions.Edition())
	case r.Economic.Valid() && k.opt.Economics != nil:
		j := k.opt.Economics.Judge(r.Economic, printed)
		v, name, basis, trusted = j.Verdict, j.Entry.Name, j.Entry.Basis, j.Entry.Trusted()
		otherCode, missing, until = j.Other.Code.String(), j.Missing.String(), j.Alias.Until
		if v == classify.NameMatches || v == classify.NameVariant {
			return
		}
		edition = editionOf(k.opt.Economics.Edition())
	default:
		return
	}
	w := rowWhere(t, r) // built only for a finding
	code := rowCodeString(r)
	info := func(f fiscal.Finding) fiscal.Finding { f.Severity = fiscal.SeverityInfo; return f }
	switch v {
	case classify.CodeImpossible:
		if missing == code {
			k.out = append(k.out, ruleUnknown.Finding(w, "code %s does not exist in the %s catalog, which holds every code at its level", code, edition))
		} else {
			k.out = append(k.out, ruleUnknown.Finding(w, "code %s cannot exist in the %s catalog: its parent %s does not", code, edition, missing))
		}
	case classify.CodeMissing:
		k.out = append(k.out, info(ruleUnknown.Finding(w, "code %s is not in the embedded %s catalog, which is incomplete at this level; load the official one", code, edition)))
	case classify.NameOfOther, classify.NameDiffers:
		w.Text = r.Name
		var f fiscal.Finding
		if v == classify.NameOfOther {
			f = ruleName.Finding(w, "%s printed with the name %s, which is %s's; the catalog names %s %q", code, printed, otherCode, code, name)
		} else {
			f = ruleName.Finding(w, "code %s is printed as %q; the catalog names it %q", code, r.Name, name)
		}
		if !trusted {
			f.Message += " (the catalog's name is " + basis + ", not confirmed by an official text or several reports)"
			f = info(f)
		}
		k.out = append(k.out, f)
	case classify.NameFormer:
		w.Text = r.Name
		when := "an earlier edition"
		if until > 0 {
			when = "the editions up to " + itoa(until)
		}
		k.out = append(k.out, info(ruleName.Finding(w, "code %s is printed as %q, its name in %s; the %s catalog names it %q", code, r.Name, when, edition, name)))
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
