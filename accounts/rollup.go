package accounts

import (
	"slices"
	"sync"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// Sources is a set of fund sources.
type Sources uint16

// Common sets of sources.
const (
	AllSources     Sources = 1<<numSources - 2                                           // every source
	Appropriations Sources = 1<<SourceGeneral | 1<<SourceGovFund | 1<<SourceStateCapital // 财政拨款
)

// SourceSet returns the set of the given sources.
func SourceSet(ss ...FundSource) Sources {
	var m Sources
	for _, s := range ss {
		m |= 1 << s
	}
	return m
}

// Has reports whether s is in the set.
func (m Sources) Has(s FundSource) bool { return m&(1<<s) != 0 }

// Natures is a set of natures of expenditure.
type Natures uint8

// Common sets of natures.
const (
	AllNatures Natures = 1<<numNatures - 2
	Basic      Natures = 1<<NaturePersonnel | 1<<NaturePublic // 基本支出
)

// NatureSet returns the set of the given natures.
func NatureSet(ns ...Nature) Natures {
	var m Natures
	for _, n := range ns {
		m |= 1 << n
	}
	return m
}

// Has reports whether n is in the set.
func (m Natures) Has(n Nature) bool { return m&(1<<n) != 0 }

// fnAgg are the sums of one functional code (any level) or of all.
type fnAgg struct {
	inc   [numSources]int64
	exp   [numSources][numNatures]int64
	open  [numSources]int64
	close [numSources]int64
}

// Totals are a ledger's sums, exact in fen, by 功能分类 code at every level
// (项, 款, 类) and by 部门经济分类 款 and 类 for 一般公共预算财政拨款 基本支出.
// Build them with [Ledger.Rollup]; they are immutable.
type Totals struct {
	fns     interner[classify.FunctionKind] // every code with sums, in walk order once sorted
	aggs    []fnAgg                         // by index in fns
	all     fnAgg
	sorted  sync.Once
	codes   []classify.Function // every code with sums, sorted in walk order
	ecs     interner[classify.EconomicKind]
	byEcon  [][numNatures]int64 // by index in ecs
	econs   []classify.Economic
	surplus [2]int64 // 使用非财政拨款结余, 结余分配
}

// Rollup sums the ledger. The entries are summed in one pass over dense
// arrays, without allocating per entry; the sums are then carried up from
// 项 to 款 and 类. Overflow of any sum is an error.
func (l *Ledger) Rollup() (*Totals, error) {
	nf := len(l.fn.codes)
	const ns, nn = int(numSources), int(numNatures)
	// One allocation for the five arrays of sums.
	buf := make([]int64, nf*ns*(3+nn)+len(l.ec.codes)*nn)
	inc, buf := buf[:nf*ns:nf*ns], buf[nf*ns:]
	exp, buf := buf[:nf*ns*nn:nf*ns*nn], buf[nf*ns*nn:]
	open, buf := buf[:nf*ns:nf*ns], buf[nf*ns:]
	clos, econ := buf[:nf*ns:nf*ns], buf[nf*ns:]

	// ovf collects the sign bit of every overflowing addition.
	var ovf int64
	for i := range l.inc {
		r := &l.inc[i]
		k := int(r.fn)*ns + int(r.source)
		s := inc[k] + r.amount
		ovf |= (inc[k] ^ s) & (r.amount ^ s)
		inc[k] = s
	}
	const personnel, public = int(SourceGeneral)*nn + int(NaturePersonnel), int(SourceGeneral)*nn + int(NaturePublic)
	for i := range l.exp {
		r := &l.exp[i]
		// (fn·ns + source)·nn + nature = fn·ns·nn + cell.
		cell := r.cell()
		k := int(r.fn())*(ns*nn) + cell
		s := exp[k] + r.amount
		ovf |= (exp[k] ^ s) & (r.amount ^ s)
		exp[k] = s
		if ec := r.ec(); ec != 0 && (cell == personnel || cell == public) {
			j := int(ec-1)*nn + cell - int(SourceGeneral)*nn
			s := econ[j] + r.amount
			ovf |= (econ[j] ^ s) & (r.amount ^ s)
			econ[j] = s
		}
	}
	for i := range l.bal {
		r := &l.bal[i]
		k := int(r.fn)*ns + int(r.source)
		s := open[k] + r.opening
		ovf |= (open[k] ^ s) & (r.opening ^ s)
		open[k] = s
		c := clos[k] + r.closing
		ovf |= (clos[k] ^ c) & (r.closing ^ c)
		clos[k] = c
	}
	if ovf < 0 {
		return nil, &fiscal.OverflowError{Op: "add"}
	}
	// Every sum the Totals can return (over codes, sources and natures) is
	// bounded by the sum of the magnitudes of the 项-level sums: when that
	// fits an int64, nothing below can overflow.
	if !magnitudesFit(inc, exp, open, clos, econ) {
		return nil, &fiscal.OverflowError{Op: "add"}
	}

	t := &Totals{surplus: [2]int64{l.surplusUsed.Fen(), l.surplusDist.Fen()}}
	// Intern every code at every level first, so that the sums are
	// allocated once at their final size.
	for _, code := range l.fn.codes {
		for lv := classify.Class; lv <= code.Level(); lv++ {
			c, _ := code.At(lv)
			t.fns.id(c)
		}
	}
	t.aggs = make([]fnAgg, len(t.fns.codes))
	for f, code := range l.fn.codes {
		t.add(&t.all, inc, exp, open, clos, f)
		for lv := classify.Class; lv <= code.Level(); lv++ {
			c, _ := code.At(lv)
			i, _ := t.fns.find(c)
			t.add(&t.aggs[i], inc, exp, open, clos, f)
		}
	}
	for e, code := range l.ec.codes {
		for lv := classify.Class; lv <= code.Level(); lv++ {
			c, _ := code.At(lv)
			i, ok := t.ecs.find(c)
			if !ok {
				i = t.ecs.id(c)
				t.byEcon = append(t.byEcon, [numNatures]int64{})
			}
			a := &t.byEcon[i]
			for n := range nn {
				a[n] += econ[e*nn+n]
			}
		}
	}
	return t, nil
}

// sort puts the codes in walk order, once: the ledger's own checks do not
// need them, so the roll-up leaves them unsorted until asked.
func (t *Totals) sort() {
	t.sorted.Do(func() {
		t.codes = slices.Clone(t.fns.codes)
		t.econs = slices.Clone(t.ecs.codes)
		slices.SortFunc(t.codes, classify.Compare)
		slices.SortFunc(t.econs, classify.Compare)
	})
}

// add adds the sums of interned 项 f to a.
func (t *Totals) add(a *fnAgg, inc, exp, open, clos []int64, f int) {
	const ns, nn = int(numSources), int(numNatures)
	for s := range ns {
		a.inc[s] += inc[f*ns+s]
		a.open[s] += open[f*ns+s]
		a.close[s] += clos[f*ns+s]
		for n := range nn {
			a.exp[s][n] += exp[(f*ns+s)*nn+n]
		}
	}
}

func magnitudesFit(slices ...[]int64) bool {
	var total uint64
	for _, sl := range slices {
		for _, v := range sl {
			m := uint64(v)
			if v < 0 {
				m = uint64(-v) // MinInt64 maps to 1<<63, which fails the bound
			}
			total += m
			if total > 1<<63-1 || m > 1<<63-1 {
				return false
			}
		}
	}
	return true
}

// Functions returns every functional code with entries, at every level,
// in walk order.
func (t *Totals) Functions() []classify.Function {
	t.sort()
	return slices.Clone(t.codes)
}

// Economics returns every economic code (款 and 类) with 一般公共预算财政拨款
// 基本支出, in walk order.
func (t *Totals) Economics() []classify.Economic {
	t.sort()
	return slices.Clone(t.econs)
}

// noSums are the sums of a code without entries; read-only.
var noSums fnAgg

func (t *Totals) agg(code classify.Function) *fnAgg {
	if !code.Valid() {
		return &t.all
	}
	if i, ok := t.fns.find(code); ok {
		return &t.aggs[i]
	}
	return &noSums
}

// Income returns the income of the sources under code (a 类, 款 or 项; the
// zero code for all).
func (t *Totals) Income(code classify.Function, sources Sources) fiscal.Amount {
	a := t.agg(code)
	var s int64
	for src := SourceGeneral; src < numSources; src++ {
		if sources.Has(src) {
			s += a.inc[src]
		}
	}
	return fiscal.Fen(s)
}

// Expense returns the expenditure of the sources and natures under code
// (the zero code for all).
func (t *Totals) Expense(code classify.Function, sources Sources, natures Natures) fiscal.Amount {
	a := t.agg(code)
	var s int64
	for src := SourceGeneral; src < numSources; src++ {
		if !sources.Has(src) {
			continue
		}
		for n := NaturePersonnel; n < numNatures; n++ {
			if natures.Has(n) {
				s += a.exp[src][n]
			}
		}
	}
	return fiscal.Fen(s)
}

// Opening returns 年初结转和结余 of the sources under code.
func (t *Totals) Opening(code classify.Function, sources Sources) fiscal.Amount {
	return fiscal.Fen(sumSources(&t.agg(code).open, sources))
}

// Closing returns 年末结转和结余 of the sources under code.
func (t *Totals) Closing(code classify.Function, sources Sources) fiscal.Amount {
	return fiscal.Fen(sumSources(&t.agg(code).close, sources))
}

func sumSources(v *[numSources]int64, sources Sources) int64 {
	var s int64
	for src := SourceGeneral; src < numSources; src++ {
		if sources.Has(src) {
			s += v[src]
		}
	}
	return s
}

// BasicByEconomic returns the 一般公共预算财政拨款 基本支出 of an economic
// 类 or 款 (the basis of the 基本支出决算表), for the given natures.
func (t *Totals) BasicByEconomic(code classify.Economic, natures Natures) fiscal.Amount {
	i, ok := t.ecs.find(code)
	if !ok {
		return fiscal.Amount{}
	}
	a := &t.byEcon[i]
	var s int64
	for n := NaturePersonnel; n < numNatures; n++ {
		if natures.Has(n) {
			s += a[n]
		}
	}
	return fiscal.Fen(s)
}

// NonAppropriationSurplusUsed returns 使用非财政拨款结余.
func (t *Totals) NonAppropriationSurplusUsed() fiscal.Amount { return fiscal.Fen(t.surplus[0]) }

// SurplusDistribution returns 结余分配.
func (t *Totals) SurplusDistribution() fiscal.Amount { return fiscal.Fen(t.surplus[1]) }
