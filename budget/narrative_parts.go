package budget

import (
	"strings"

	"github.com/cnfiscal/fiscal"
)

// CostPart is a figure the 编制说明 states for a part of the 人员经费 or
// the 公用经费 ("在职人员经费2300.00万元", "离退休人员经费56.33万元"): not
// the whole, so not compared with the 基本支出 table's column; the parts
// together are, when every part is stated.
type CostPart struct {
	// Whole is SubjectPersonnel or SubjectPublic.
	Whole Subject
	// Name is the part's qualifier as printed ("在职", "离退休").
	Name     string
	Amount   fiscal.Amount
	Decimals int
	Line     int
	Text     string
	// sentence numbers the sentence the part is stated in, so that the
	// parts of one enumeration are summed together.
	sentence int
}

// costPartWords are the qualifiers that make a part of the 人员经费 (the
// staff it is for) or of the 公用经费, as printed right before the word;
// longer first, so that "离退休" is not read as "退休".
var costPartWords = map[Subject][]string{
	SubjectPersonnel: {"离退休人员", "离退休", "在职人员", "在职", "离休人员", "离休", "退休人员", "退休",
		"编外人员", "编外", "聘用人员", "聘用", "临聘人员", "临聘", "遗属"},
	SubjectPublic: {"专项"},
}

// costPartSets are the sets of parts that make up the whole: 在职 and
// 离退休, or 在职, 离休 and 退休.
var costPartSets = [][]string{{"在职", "离退休"}, {"在职", "离休", "退休"}}

// costPartOf returns the part of the 人员经费 or 公用经费 (s) that the
// words before the subject name ("…其中：在职" before "人员经费"), or "".
func costPartOf(s Subject, before string) string {
	for _, w := range costPartWords[s] {
		if strings.HasSuffix(before, w) {
			return strings.TrimSuffix(w, "人员")
		}
	}
	return ""
}

// narrativeCostParts checks the parts of the 人员经费 stated in one
// sentence, when they make up the whole (在职 and 离退休, or 在职, 离休 and
// 退休), against the 人员经费 stated in that sentence, or else the 基本支出
// table's. A stated whole the table contradicts, found already, is not
// summed against: the parts go against the table's.
func (k *checker) narrativeCostParts(n *Narrative, ts *Tables) {
	bySentence := map[int][]CostPart{}
	var order []int
	for _, p := range n.Parts {
		if p.Whole != SubjectPersonnel {
			continue
		}
		if bySentence[p.sentence] == nil {
			order = append(order, p.sentence)
		}
		bySentence[p.sentence] = append(bySentence[p.sentence], p)
	}
	for _, sn := range order {
		parts := bySentence[sn]
		if !completeParts(parts) {
			k.skippedID(ruleNarrUses.ID, "the 人员经费 is stated in parts that do not make up the whole: they are not summed")
			continue
		}
		var refs []ref
		var sum fiscal.Amount
		dec := fiscal.WanYuan.MaxDecimals()
		for _, p := range parts {
			refs = append(refs, stated(p.Name+SubjectPersonnel.String(), p.Amount, p.Decimals, p.Line))
			sum, _ = sum.Add(p.Amount)
			dec = min(dec, p.Decimals)
		}
		stood := false
		for i := range n.Statements {
			st := &n.Statements[i]
			if st.Subject == SubjectPersonnel && st.sentence == sn && !k.wrongStated[SubjectPersonnel] {
				// "人员经费2356.33万元（在职人员经费…，离退休人员经费…）".
				k.equal(ruleNarrUses, stated(st.Subject.String(), st.Amount, st.Decimals, st.Line), refs)
				stood = true
				break
			}
		}
		if stood {
			continue
		}
		whole := k.tablePersonnel(ts)
		if whole == nil {
			k.skippedID(ruleNarrUses.ID, "the parts of the 人员经费 stated have no whole to be summed against")
			continue
		}
		// Against the table: the parts' sum within the rounding of each.
		w, _ := whole.cell().Amount()
		diff, err := sum.Sub(w)
		if err != nil {
			continue
		}
		if abs, err := diff.Abs(); err != nil || abs.Cmp(fiscal.AmountTolerance(len(parts), fiscal.WanYuan, dec)) <= 0 {
			continue
		}
		k.equal(ruleNarrUses, stated(partNames(parts)+SubjectPersonnel.String(), sum, dec, parts[0].Line), []ref{*whole})
	}
}

// partNames joins the parts' names: "在职+离退休".
func partNames(parts []CostPart) string {
	names := make([]string, len(parts))
	for i, p := range parts {
		names[i] = p.Name
	}
	return strings.Join(names, "+")
}

// completeParts reports whether parts name exactly one of [costPartSets].
func completeParts(parts []CostPart) bool {
	for _, set := range costPartSets {
		if len(parts) != len(set) {
			continue
		}
		ok := true
		for _, name := range set {
			found := 0
			for _, p := range parts {
				if p.Name == name {
					found++
				}
			}
			ok = ok && found == 1
		}
		if ok {
			return true
		}
	}
	return false
}

// tablePersonnel is the 人员经费 of the 基本支出 tables, when they print
// one and agree.
func (k *checker) tablePersonnel(ts *Tables) *ref {
	var at *ref
	for _, kd := range []TableKind{KindGeneralBasic, KindAppropriationBasic} {
		t := ts.Get(kd)
		if t == nil || t.Total() == nil {
			continue
		}
		x := ref{t: t, r: t.Total(), col: ColPersonnel}
		if t.Total().Cell(ColPersonnel).IsAbsent() {
			r, ok := byEconomicClass(t, ColPersonnel)
			if !ok {
				continue
			}
			x = ref{t: t, r: r, col: ColTotal}
		}
		if at == nil {
			at = &x
		} else if x.cell().OrZero() != at.cell().OrZero() {
			return nil
		}
	}
	return at
}
