package disclosure

import (
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
)

// ruleRepeat: one item of the narrative states a figure, then states it
// again ("支出决算为 X", "合计 X") for the same thing.
var ruleRepeat = fiscal.NewRule("narr.repeat",
	"A figure the same narrative item states twice for the same thing (…4402.44万元，…支出决算为4402.44万元) is the same both times",
	fiscal.ScopeNarrative, fiscal.SeverityError)

// appendRepeatKey appends the key that groups the amounts one item states
// for one thing: the heading and paragraph they are printed in and the
// cell or part they repeat (its [Ref.String]). The heading is prefixed by
// its length, so that two different triples never spell the same key.
func appendRepeatKey(b []byte, section string, line int, of *Ref) []byte {
	b = strconv.AppendInt(b, int64(len(section)), 10)
	b = append(b, ':')
	b = append(b, section...)
	b = strconv.AppendInt(b, int64(line), 10)
	b = append(b, ':')
	return of.appendString(b)
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
func (d *Document) checkRepeats(amounts statedAmounts) []fiscal.Finding {
	// The amounts are grouped by key in the order each key first appears;
	// a group is a list linked through next, held by index so that no
	// statement is copied. Groups are found through an open-addressing
	// table of their keys' hashes; a probe compares the key in full with
	// the group's first statement's, both spelled on the stack (a map of
	// strings made a string of every key).
	type stated struct {
		i      int32 // the statement's index in d.Narrative
		next   int32 // the next amount of the same key, or -1
		amount fiscal.Amount
		dp     int
	}
	type group struct {
		first, last int32 // its first and last amount in ss
	}
	var (
		ssBuf           [256]stated // on the stack while a report's amounts fit
		groupBuf        [256]group
		ss              = ssBuf[:0]
		groups          = groupBuf[:0]
		table           []int32 // group index + 1 by slot; 0 is an empty slot
		stack           [1024]int32
		keyBuf, keyBuf2 [256]byte
		seed            = maphash.MakeSeed()
	)
	for i := range d.Narrative {
		s := &d.Narrative[i]
		if s.Kind != KindAmount || s.Word != "" || s.Of.Table == 0 && s.Of.Part == "" || isReceptionPart(s) {
			continue
		}
		a, dp, err := amounts.amount(i, s)
		if err != nil {
			continue
		}
		if table == nil {
			// At least twice as many slots as there can be keys.
			size := len(stack)
			for size < 2*len(d.Narrative) {
				size *= 2
			}
			if size == len(stack) {
				table = stack[:]
			} else {
				table = make([]int32, size)
			}
		}
		key := appendRepeatKey(keyBuf[:0], s.Section, s.Line, &s.Of)
		mask := uint64(len(table) - 1)
		slot := maphash.Bytes(seed, key) & mask
		g := int32(-1)
		for table[slot] != 0 {
			c := table[slot] - 1
			f := &d.Narrative[ss[groups[c].first].i]
			if string(appendRepeatKey(keyBuf2[:0], f.Section, f.Line, &f.Of)) == string(key) {
				g = c
				break
			}
			slot = (slot + 1) & mask
		}
		n := int32(len(ss))
		if g >= 0 {
			ss[groups[g].last].next = n
			groups[g].last = n
		} else {
			table[slot] = int32(len(groups)) + 1
			groups = append(groups, group{first: n, last: n})
		}
		ss = append(ss, stated{i: int32(i), next: -1, amount: a, dp: dp})
	}
	var out []fiscal.Finding
	for _, g := range groups {
		head := ss[g.first]
		firstS := &d.Narrative[head.i]
		for j := head.next; j >= 0; j = ss[j].next {
			again := ss[j]
			againS := &d.Narrative[again.i]
			if partAfter(firstS, againS) {
				continue
			}
			tol, err := half(head.dp).Add(half(again.dp))
			if err != nil || head.amount == again.amount {
				continue // equal amounts: CompareAmounts finds nothing, no text to spell
			}
			what := fmt.Sprintf("%s stated again (%q after %q in the same item)", againS.Subject, againS.Figure, firstS.Figure)
			f, ok := ruleRepeat.CompareAmounts(againS.where(), what, head.amount, again.amount, tol,
				fiscal.Format{Unit: fiscal.WanYuan, Decimals: max(head.dp, again.dp)})
			if !ok || f.WithinRounding {
				continue
			}
			switch v, err := d.Resolve(againS.Of); {
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
func isReceptionPart(s *Statement) bool {
	// Each word found by its last byte (containsByLast: 内 ends in 85, 宾
	// in BE, 事 in 8B, rarer bytes than the lead byte E5 of 国 and 外;
	// TestReceptionBytes).
	t := s.Subject
	return containsByLast(t, "国内") || containsByLast(t, "外宾") || containsByLast(t, "外事")
}

// partAfter reports whether the second amount is introduced as a part of
// the first (其中, 含 between them): a part, not the same thing again.
func partAfter(first, again *Statement) bool {
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
