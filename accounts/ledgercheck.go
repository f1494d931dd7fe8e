package accounts

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// Check runs the ledger's own rules, exactly (in fen): the department's
// balance (收入 + 使用非财政拨款结余 + 年初 = 支出 + 结余分配 + 年末), the
// balance of each 财政拨款 fund, and the classification the tables rely on
// (economic codes on 一般公共预算 基本支出, natures that agree with them).
func (l *Ledger) Check() []fiscal.Finding {
	t, err := l.departmentTotals()
	if err != nil {
		return []fiscal.Finding{ruleLedgerBalance.Finding(fiscal.Where{Part: "ledger"}, "the ledger cannot be summed: %v", err)}
	}
	var out []fiscal.Finding
	var zero classify.Function
	w := fiscal.Where{Part: "ledger"}
	sum := func(as ...fiscal.Amount) fiscal.Amount {
		s, _ := fiscal.Sum(as...) // cannot overflow: Rollup bounded every sum
		return s
	}
	in := sum(t.Income(zero, AllSources), t.NonAppropriationSurplusUsed(), t.Opening(zero, AllSources))
	outSide := sum(t.Expense(zero, AllSources, AllNatures), t.SurplusDistribution(), t.Closing(zero, AllSources))
	if f, ok := ruleLedgerBalance.CompareAmounts(w, "本年收入 + 使用非财政拨款结余 + 年初结转和结余 against 本年支出 + 结余分配 + 年末结转和结余",
		outSide, in, fiscal.Amount{}, fiscal.Format{Unit: fiscal.Yuan, Decimals: 2}); ok {
		out = append(out, f)
	}
	for _, src := range []FundSource{SourceGeneral, SourceGovFund, SourceStateCapital} {
		s := SourceSet(src)
		fw := w
		fw.Row = src.String()
		if f, ok := ruleLedgerFund.CompareAmounts(fw, src.String()+" 年初 + 本年收入 against 本年支出 + 年末",
			sum(t.Expense(zero, s, AllNatures), t.Closing(zero, s)), sum(t.Opening(zero, s), t.Income(zero, s)), fiscal.Amount{}, fiscal.Format{Unit: fiscal.Yuan, Decimals: 2}); ok {
			out = append(out, f)
		}
	}
	// The classification rules look at every entry; a finding's location
	// is spelled out only for an entry that fails one.
	// What the rules ask of an entry's source and nature, by its cell
	// (source × numNatures + nature); and whether each economic code is
	// personnel (人员经费), by its index: computed once, not per entry.
	const (
		fBasic = 1 << iota
		fGeneralBasic
		fPersonnelNature
		fSpentAs
	)
	var flags [int(numSources) * int(numNatures)]uint8
	for src := SourceGeneral; src < numSources; src++ {
		for nat := NaturePersonnel; nat < numNatures; nat++ {
			var f uint8
			basic := nat == NaturePersonnel || nat == NaturePublic
			if basic {
				f |= fBasic
			}
			if basic && src == SourceGeneral {
				f |= fGeneralBasic
			}
			if nat == NaturePersonnel {
				f |= fPersonnelNature
			}
			if src.IsAppropriation() && nat != NatureProject && !basic {
				f |= fSpentAs
			}
			flags[int(src)*int(numNatures)+int(nat)] = f
		}
	}
	var pbuf [128]bool
	personnelEc := pbuf[:0]
	if len(l.ec.codes) > len(pbuf) {
		personnelEc = make([]bool, 0, len(l.ec.codes))
	}
	for _, c := range l.ec.codes {
		personnelEc = append(personnelEc, IsPersonnel(c))
	}
	for i := range l.exp {
		r := &l.exp[i]
		f, ec := flags[r.cell()], r.ec()
		noEconomic := f&fGeneralBasic != 0 && ec == 0
		personnel := f&fBasic != 0 && ec != 0 && personnelEc[ec-1] != (f&fPersonnelNature != 0)
		spentAs := f&fSpentAs != 0
		if !noEconomic && !personnel && !spentAs {
			continue
		}
		e := l.expenseAt(i)
		ew := fiscal.Where{Part: "ledger", Row: "expense " + itoa(i), Text: e.Function.String() + " " + e.Economic.String()}
		if noEconomic {
			out = append(out, ruleLedgerEconomic.Finding(ew, "一般公共预算财政拨款 %s of %s has no economic code, so the 基本支出决算表 cannot show it", e.Nature, e.Amount))
		}
		if personnel {
			out = append(out, ruleLedgerNature.Finding(ew, "economic code %s is recorded as %s", e.Economic, e.Nature))
		}
		if spentAs {
			out = append(out, ruleLedgerNature.Finding(ew, "%s is spent as %s; the 财政拨款 tables have only 基本支出 and 项目支出", e.Source, e.Nature))
		}
	}
	fiscal.SortFindings(out)
	return out
}

// departmentTotals returns Totals that answer for the whole department
// (the zero code) only, which is all the ledger's rules ask. When the sum
// of the entries' magnitudes fits an int64 no sum can overflow, and one
// pass without allocating gives them; otherwise the full roll-up decides
// (and reports the overflow it finds).
func (l *Ledger) departmentTotals() (*Totals, error) {
	t := &Totals{surplus: [2]int64{l.surplusUsed.Fen(), l.surplusDist.Fen()}}
	var mag uint64
	fits := true
	add := func(v int64) {
		m := uint64(v)
		if v < 0 {
			m = uint64(-v)
		}
		if m > 1<<63-1 || mag+m > 1<<63-1 {
			fits = false
		}
		mag += m
	}
	a := &t.all
	for i := range l.inc {
		r := &l.inc[i]
		a.inc[r.source] += r.amount
		add(r.amount)
	}
	// By the record's cell (source × numNatures + nature), the index of
	// a.exp read as one array.
	var byCell [int(numSources) * int(numNatures)]int64
	for i := range l.exp {
		r := &l.exp[i]
		byCell[r.cell()] += r.amount
		add(r.amount)
	}
	for c, v := range byCell {
		a.exp[c/int(numNatures)][c%int(numNatures)] += v
	}
	for i := range l.bal {
		r := &l.bal[i]
		a.open[r.source] += r.opening
		a.close[r.source] += r.closing
		add(r.opening)
		add(r.closing)
		if !fits {
			break
		}
	}
	if fits {
		return t, nil
	}
	return l.Rollup()
}
