package disclosure

import (
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/threepublic"
)

// changeOf is a stated change against last year, signed by its word.
type changeOf struct {
	s        *Statement    // in the document's narrative
	amount   fiscal.Amount // signed: 减少 is negative, 持平 is 0
	decimals int
	sign     int   // the word's direction: +1, −1, 0
	group    int32 // what it points at: its index in stated.keys
}

// statedChanges are the statements of changes against last year that
// point at a cell or a part, in order, grouped by what they point at (the
// Ref.String of each group, spelled into one buffer).
type statedChanges struct {
	cs   []changeOf
	keys [][2]int32 // by group, in order of first appearance: its key in buf
	buf  []byte
}

// find returns the group whose key is k, or −1.
func (c *statedChanges) find(k []byte) int32 {
	for g, span := range c.keys {
		if string(c.buf[span[0]:span[1]]) == string(k) {
			return int32(g)
		}
	}
	return -1
}

// first returns the first change of group g.
func (c *statedChanges) first(g int32) (changeOf, bool) {
	for _, x := range c.cs {
		if x.group == g {
			return x, true
		}
	}
	return changeOf{}, false
}

// statedChanges returns the statements of changes against last year that
// point at a cell or a part, grouped by what they point at, in order. (A
// few dozen at most: groups are found by a scan of their keys, with no
// string made for any.)
func (d *Document) statedChanges(amounts statedAmounts) statedChanges {
	return d.readChanges(statedChanges{}, amounts)
}

// readChanges appends to c what statedChanges returns, and returns it: the
// caller may give c buffers of its own (on its stack) for the changes, keys
// and their text. (c goes by value: stored through a pointer, the buffers
// would move to the heap.)
func (d *Document) readChanges(c statedChanges, amounts statedAmounts) statedChanges {
	for i := range d.Narrative {
		s := &d.Narrative[i]
		if s.Kind != KindChange || (s.Of.Table == 0 && s.Of.Part == "") {
			continue
		}
		sg, ok := Sign(s.Word)
		if !ok || inReason(s) {
			continue
		}
		a, dp, err := amounts.amount(i, s)
		if err != nil {
			continue
		}
		start := len(c.buf)
		c.buf = s.Of.appendString(c.buf)
		g := c.find(c.buf[start:])
		if g >= 0 {
			c.buf = c.buf[:start]
		} else {
			g = int32(len(c.keys))
			c.keys = append(c.keys, [2]int32{int32(start), int32(len(c.buf))})
		}
		c.cs = append(c.cs, changeOf{s: s, amount: signed(s, a), decimals: dp, sign: sg, group: g})
	}
	return c
}

// checkDirections reports a figure said to be unchanged and changed, or to
// have risen and fallen, against last year (rule narr.direction-conflict).
// It needs two change statements that point at the same cell or part; with
// fewer it has nothing to compare.
func (c *statedChanges) checkDirections() []fiscal.Finding {
	var out []fiscal.Finding
	for g := range c.keys {
		first := -1
		for i := range c.cs {
			if c.cs[i].group != int32(g) {
				continue
			}
			if first < 0 {
				first = i
				continue
			}
			a, b := c.cs[first], c.cs[i]
			da, db := direction(a), direction(b)
			if da == db {
				continue
			}
			out = append(out, ruleDirectionConflict.Finding(b.s.where(),
				"%s: said to be %s (line %d, %q) and %s (line %d, %q) against last year", b.s.Subject,
				directionName(da), a.s.Line, a.s.Word+" "+a.s.Figure, directionName(db), b.s.Line, b.s.Word+" "+b.s.Figure))
			break
		}
	}
	return out
}

// direction is the direction a change states: the word's, or 0 when it
// changes by nothing ("增加0万元" says no change).
func direction(c changeOf) int {
	if c.amount.IsZero() {
		return 0
	}
	return c.sign
}

func directionName(d int) string {
	switch {
	case d > 0:
		return "higher"
	case d < 0:
		return "lower"
	}
	return "unchanged"
}

// checkThreePublicChanges compares the stated change of the "三公" total
// with the sum of the stated changes of its parts (rule disc.3p.change-sum),
// and the vehicle total's with 购置费 and 运行费. It needs a change stated for
// the total and for every part (the vehicle part either as one figure or
// as both of its parts); when any is missing it does not run.
func (c *statedChanges) checkThreePublicChanges() []fiscal.Finding {
	get := func(field string) (changeOf, bool) {
		if len(c.cs) == 0 {
			return changeOf{}, false
		}
		var buf [128]byte
		ref := PartRef(PartThreePublic, "决算数/"+field)
		k := ref.appendString(buf[:0])
		g := c.find(k)
		if g < 0 {
			return changeOf{}, false
		}
		return c.first(g)
	}
	var out []fiscal.Finding
	purchase, okP := get(threepublic.VehiclePurchase.String())
	operation, okO := get(threepublic.VehicleOperation.String())
	if !okO {
		operation, okO = get("公务用车运行费")
	}
	vehicles, okV := get("公务用车购置及运行费")
	if okV && okP && okO {
		out = append(out, compareChanges(vehicles, "公务用车购置及运行费", purchase, operation)...)
	}
	total, okT := get("合计")
	abroad, okA := get(threepublic.Abroad.String())
	reception, okR := get(threepublic.Reception.String())
	if !okT || !okA || !okR {
		return out
	}
	switch {
	case okV:
		out = append(out, compareChanges(total, "“三公”经费", abroad, vehicles, reception)...)
	case okP && okO:
		out = append(out, compareChanges(total, "“三公”经费", abroad, purchase, operation, reception)...)
	}
	return out
}

// compareChanges checks that a total's stated change is the sum of its
// parts'.
func compareChanges(total changeOf, what string, parts ...changeOf) []fiscal.Finding {
	var sum fiscal.Amount
	dp := total.decimals
	var terms []string
	for _, p := range parts {
		s, err := sum.Add(p.amount)
		if err != nil {
			return nil
		}
		sum, dp = s, max(dp, p.decimals)
		terms = append(terms, fmt.Sprintf("%s %s (line %d)", strings.TrimSpace(p.s.Word), p.s.Figure, p.s.Line))
	}
	tol := fiscal.AmountTolerance(len(parts), fiscal.WanYuan, dp)
	f, ok := ruleChangeSum.CompareAmounts(total.s.where(),
		fmt.Sprintf("%s's change against last year (%s %s) against the sum of its parts' (%s)", what, total.s.Word, total.s.Figure, strings.Join(terms, ", ")),
		sum, total.amount, tol, fiscal.Format{Unit: fiscal.WanYuan, Decimals: dp})
	if !ok {
		return nil
	}
	return []fiscal.Finding{f}
}

// inReason reports whether a statement's figure is printed inside a reason
// (主要原因是…项目经费减少1134.33万元): a change of a part, whatever the
// subject the sentence before it named.
func inReason(s *Statement) bool {
	i := strings.Index(s.Text, s.Figure)
	if i < 0 {
		i = len(s.Text)
	}
	return hasReasonWord(s.Text[:i])
}
