package disclosure

import (
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal"
)

// ruleRepeat: one item of the narrative states a figure, then states it
// again ("支出决算为 X", "合计 X") for the same thing.
var ruleRepeat = fiscal.NewRule("narr.repeat",
	"A figure the same narrative item states twice for the same thing (…4402.44万元，…支出决算为4402.44万元) is the same both times",
	fiscal.ScopeNarrative, fiscal.SeverityError)

// repeatKey groups the amounts one item states for one thing: the heading
// and paragraph they are printed in and the cell or part they repeat.
type repeatKey struct {
	section string
	line    int
	of      string
}

// checkRepeats compares the amounts one narrative item (a paragraph under
// one heading) states for the same cell or part (rule narr.repeat). Two
// figures that differ by more than half a unit of each one's last digit
// contradict each other whatever the tables say: an error when the
// document lacks the table or part (nothing else reports it), a warning
// when the table lacks the row (narr.amount reports both figures against
// its 0, and the row may not have been read), info when the table prints
// the cell (narr.amount then reports the wrong figure, and the
// contradiction is no second defect). It needs two amounts of the same
// item pointing at the same table cell or part; amounts against the
// budget, sums and figures printed only in the narrative are not compared,
// nor the 外宾 and 国内 parts of 公务接待费 (each a part of what it points at),
// nor a figure introduced by 其中 (a part).
func (d *Document) checkRepeats() []fiscal.Finding {
	type stated struct {
		s      Statement
		amount fiscal.Amount
		dp     int
	}
	var keys []repeatKey
	by := map[repeatKey][]stated{}
	for _, s := range d.Narrative {
		if s.Kind != KindAmount || s.Word != "" || s.Of.Table == 0 && s.Of.Part == "" || isReceptionPart(s) {
			continue
		}
		a, dp, err := s.Amount()
		if err != nil {
			continue
		}
		k := repeatKey{s.Section, s.Line, s.Of.String()}
		if _, ok := by[k]; !ok {
			keys = append(keys, k)
		}
		by[k] = append(by[k], stated{s, a, dp})
	}
	var out []fiscal.Finding
	for _, k := range keys {
		ss := by[k]
		for i := 1; i < len(ss); i++ {
			first, again := ss[0], ss[i]
			if partAfter(first.s, again.s) {
				continue
			}
			tol, err := half(first.dp).Add(half(again.dp))
			if err != nil {
				continue
			}
			what := fmt.Sprintf("%s stated again (%q after %q in the same item)", again.s.Subject, again.s.Figure, first.s.Figure)
			f, ok := ruleRepeat.CompareAmounts(again.s.where(), what, first.amount, again.amount, tol,
				fiscal.Format{Unit: fiscal.WanYuan, Decimals: max(first.dp, again.dp)})
			if !ok || f.WithinRounding {
				continue
			}
			switch v, err := d.Resolve(again.s.Of); {
			case err != nil:
				// The part is not in the document: the narrative alone
				// says the figure, twice and differently.
			case v.Present:
				f.Severity = fiscal.SeverityInfo
				f.Message += fmt.Sprintf("; %s prints %s, and narr.amount reports the figure that differs from it",
					v.Where, v.Amount.Format(fiscal.Format{Unit: fiscal.WanYuan, Decimals: v.Decimals}))
			default:
				// The table has no such row: it may not have been read, and
				// narr.amount reports both figures against its 0.
				f.Severity = fiscal.SeverityWarning
			}
			out = append(out, f)
			break
		}
	}
	return out
}

// isReceptionPart reports whether an amount is the 国内 or 外宾 part of
// 公务接待费 rather than the whole it points at.
func isReceptionPart(s Statement) bool {
	return strings.Contains(s.Subject, "国内") || strings.Contains(s.Subject, "外宾") || strings.Contains(s.Subject, "外事")
}

// partAfter reports whether the second amount is introduced as a part of
// the first (其中, 含 between them): a part, not the same thing again.
func partAfter(first, again Statement) bool {
	i := strings.Index(again.Text, again.Figure)
	if i < 0 {
		return false
	}
	before := again.Text[:i]
	if first.Text == again.Text {
		if j := strings.Index(before, first.Figure); j >= 0 {
			before = before[j+len(first.Figure):]
		}
	}
	return strings.Contains(before, "其中") || strings.Contains(before, "含")
}
