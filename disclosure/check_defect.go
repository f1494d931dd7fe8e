package disclosure

import (
	"strconv"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/threepublic"
)

// cellsOf says where the figures of a narrative statement's check are
// printed: the statement's own figure first (the figure judged), then
// the cells its Of and Over point at (a figure the narrative itself prints
// for a rate, its Printed, is part of the sentence and not listed again).
func (d *Document) cellsOf(s *Statement) []fiscal.Where {
	out := []fiscal.Where{s.where()}
	out = d.appendRefCells(out, &s.Of)
	return d.appendRefCells(out, &s.Over)
}

// appendRefCells appends where the cells a ref points at are printed, each
// leaf of a sum; a cell the document does not print is left out.
func (d *Document) appendRefCells(out []fiscal.Where, r *Ref) []fiscal.Where {
	switch {
	case len(r.Sum) > 0:
		for i := range r.Sum {
			out = d.appendRefCells(out, &r.Sum[i])
		}
	case r.Printed != nil:
	case r.Part == PartThreePublic && d.ThreePublic != nil:
		// Spelled as the "三公" table's own checks spell it.
		side, name, _ := cutField(r.Field)
		if name == "公务用车运行费" {
			name = threepublic.VehicleOperation.String()
		}
		if v, err := d.resolve(r, false); err == nil && v.Present {
			out = append(out, d.ThreePublic.CellWhere(side, name))
		}
	case r.Table != 0 || r.Part != "":
		if v, err := d.resolve(r, true); err == nil && v.Present {
			out = append(out, v.Where)
		}
	}
	return out
}

// cutField splits a part's field "决算数/合计" at its first slash.
func cutField(f string) (side, name string, ok bool) {
	for i := 0; i < len(f); i++ {
		if f[i] == '/' {
			return f[:i], f[i+1:], true
		}
	}
	return f, "", false
}

// statedFix is an amount the narrative states for a cell that its table
// prints otherwise (a narr.amount error): the figure the narrative's own
// rates beside it may have been computed from.
type statedFix struct {
	amount   fiscal.Amount
	decimals int
	line     int
	text     string // the figure as printed
	conflict bool   // the item states two different amounts for the cell
}

// statedKey groups the amounts a heading states for one cell or part.
func statedKey(s *Statement) string {
	return strconv.Itoa(len(s.Section)) + ":" + s.Section + s.Of.String()
}

// noteStated records, for an amount statement whose check gave the
// findings fs, the amount it states when narr.amount found it wrong.
func noteStated(fixes map[string]statedFix, s *Statement, i int, amounts statedAmounts, fs []fiscal.Finding) map[string]statedFix {
	if s.Kind != KindAmount || s.Word != "" || s.Of.Table == 0 && s.Of.Part == "" || len(s.Of.Sum) > 0 || isReceptionPart(s) {
		return fixes
	}
	wrong := false
	for j := range fs {
		wrong = wrong || fs[j].Rule == ruleAmount.ID && fs[j].Severity == fiscal.SeverityError
	}
	if !wrong {
		return fixes
	}
	a, dp, err := amounts.amount(i, s)
	if err != nil {
		return fixes
	}
	if fixes == nil {
		fixes = map[string]statedFix{}
	}
	k := statedKey(s)
	if old, ok := fixes[k]; ok {
		if old.amount != a {
			old.conflict = true
			fixes[k] = old
		}
		return fixes
	}
	fixes[k] = statedFix{amount: a, decimals: dp, line: s.Line, text: s.Figure}
	return fixes
}

// holdsOverStated reports whether a rate (a share, a completion, a growth)
// the check found wrong holds when the cell its Of or Over points at is
// taken as the narrative states it under the same heading rather than as
// the table prints it: the rate and the amount beside it agree. It
// returns the stated figure it took and the ref it took it for.
func (d *Document) holdsOverStated(s *Statement, fixes map[string]statedFix) (statedFix, *Ref, bool) {
	fix, ok := d.holdsOver(s, fixes)
	if !ok {
		return fix, nil, false
	}
	if probe := (Statement{Section: s.Section, Of: s.Of}); fixes[statedKey(&probe)] == fix {
		return fix, &s.Of, true
	}
	return fix, &s.Over, true
}

// tableSays reports whether an error among fs judges the printed cell at
// (the first of its cells) and finds that the figure satisfying its check
// is a (within the check's tolerance and half a unit of the last digit of
// a figure printed at dp decimals): the table's own figures say what the
// narrative says, and the cell is the defect.
func tableSays(fs []fiscal.Finding, at fiscal.Where, a fiscal.Amount, dp int) bool {
	for i := range fs {
		f := &fs[i]
		if f.Severity != fiscal.SeverityError || len(f.Cells) == 0 || f.Cells[0] != at {
			continue
		}
		exp, ok1 := f.Expected.Decimal()
		tol, ok2 := f.Tolerance.Decimal()
		if !ok1 || !ok2 {
			continue
		}
		switch f.Unit {
		case "万元":
			exp, tol = exp.Shift(4), tol.Shift(4)
		case "元":
		default:
			continue
		}
		if exp.Sub(a.Decimal()).Abs().LessThanOrEqual(tol.Add(half(dp).Decimal())) {
			return true
		}
	}
	return false
}

// holdsOver is holdsOverStated without the ref.
func (d *Document) holdsOver(s *Statement, fixes map[string]statedFix) (statedFix, bool) {
	if len(fixes) == 0 || s.Kind != KindShare && s.Kind != KindCompletion && s.Kind != KindGrowth {
		return statedFix{}, false
	}
	fixOf := func(r *Ref) (statedFix, bool) {
		if r.Table == 0 && r.Part == "" || len(r.Sum) > 0 {
			return statedFix{}, false
		}
		probe := Statement{Section: s.Section, Of: *r}
		f, ok := fixes[statedKey(&probe)]
		return f, ok && !f.conflict
	}
	value := func(r *Ref) (fiscal.Amount, int, *statedFix, bool) {
		if f, ok := fixOf(r); ok {
			return f.amount, f.decimals, &f, true
		}
		v, err := d.resolve(r, false)
		return v.Amount, v.Decimals, nil, err == nil
	}
	coef, dec, err := fiscal.ParsePercentCoef(s.Figure)
	if err != nil {
		return statedFix{}, false
	}
	w := s.where()
	num, numDec, fixNum, ok1 := value(&s.Of)
	den, denDec, fixDen, ok2 := value(&s.Over)
	if !ok1 || !ok2 {
		return statedFix{}, false
	}
	used := fixNum
	if used == nil {
		used = fixDen
	}
	if used == nil || fixNum != nil && fixDen != nil {
		return statedFix{}, false // nothing (or everything) taken from the narrative
	}
	switch s.Kind {
	case KindShare:
		_, wrong := ruleShare.ComparePercentCoef(w, "", coef, dec, num, den, half(max(numDec, denDec)))
		return *used, !wrong
	case KindCompletion:
		_, wrong := ruleCompletion.ComparePercentCoef(w, "", coef, dec, num, den, half(max(numDec, denDec)))
		return *used, !wrong
	}
	// A growth: the change (Over, printed) over the prior figure (Of −
	// change); only the current figure can be the narrative's.
	if fixNum == nil {
		return statedFix{}, false
	}
	change := signed(s, den)
	prior, err := num.Sub(change)
	if err != nil || prior.IsZero() {
		return statedFix{}, false
	}
	if sg, ok := Sign(s.Word); ok && sg < 0 {
		coef = -coef
	}
	_, wrong := ruleGrowth.ComparePercentCoef(w, "", coef, dec, change, prior, half(max(numDec, denDec)))
	return *used, !wrong
}
