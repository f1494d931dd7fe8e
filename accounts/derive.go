package accounts

import (
	"slices"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// DeriveOptions configures [Derive].
type DeriveOptions struct {
	// Unit and Decimals are the printing precision. The zero Unit means 万元
	// at two decimals, as published; Yuan at 2 decimals gives exact tables.
	Unit     fiscal.Unit
	Decimals int
	// Functions and Economics name the rows; nil means the embedded 2024
	// catalogs. A code missing from the catalog gets an empty name.
	Functions *classify.Catalog[classify.FunctionKind]
	Economics *classify.Catalog[classify.EconomicKind]
	// SummaryClasses are the 类 rows of the two summary tables, printed
	// even when blank; nil means [SummaryClasses2024]. 类 with entries that
	// the list lacks are appended.
	SummaryClasses []classify.Function
	// KeepZero prints zero amounts as 0.00; by default they are blank.
	KeepZero bool
	// EmptyStatement is given to tables without data; by default
	// "本单位无此项内容，故本表无数据。".
	EmptyStatement string
}

// SummaryClasses2024 returns the 类 rows of the 2024 收入支出决算总表 and
// 财政拨款收入支出决算总表, in printed order.
func SummaryClasses2024() []classify.Function {
	var out []classify.Function
	for _, c := range []string{"201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214",
		"215", "216", "217", "219", "220", "221", "222", "223", "224", "229", "231", "232", "234"} {
		out = append(out, classify.MustParse[classify.FunctionKind](c))
	}
	return out
}

// Tables rolls the ledger up and derives its eight tables; see [Derive].
func (l *Ledger) Tables(opt DeriveOptions) (*Tables, error) {
	t, err := l.Rollup()
	if err != nil {
		return nil, err
	}
	return Derive(t, opt)
}

type deriver struct {
	t   *Totals
	opt DeriveOptions
	err error
}

// Derive builds the eight disclosure tables from a ledger's totals. Every
// cell is its exact sum in fen rounded half away from zero to the printing
// precision, independently, as finance systems do; so on published
// precision a total may differ from the sum of its printed parts by
// rounding, and the rules report that as within rounding. At 元 with two
// decimals every identity holds exactly.
//
// Every Derive of the module has this shape: the data, then the options
// (the zero value giving the published precision), returning the tables or
// an error; threepublic.Derive builds the ninth table the same way.
func Derive(t *Totals, opt DeriveOptions) (*Tables, error) {
	if !opt.Unit.Valid() {
		opt.Unit, opt.Decimals = fiscal.WanYuan, 2
	}
	if opt.Functions == nil || opt.Economics == nil {
		cats, err := classify.Embedded(2024)
		if err != nil {
			return nil, err
		}
		if opt.Functions == nil {
			opt.Functions = cats.Function
		}
		if opt.Economics == nil {
			opt.Economics = cats.Economic
		}
	}
	if opt.SummaryClasses == nil {
		opt.SummaryClasses = SummaryClasses2024()
	}
	if opt.EmptyStatement == "" {
		opt.EmptyStatement = "本单位无此项内容，故本表无数据。"
	}
	d := &deriver{t: t, opt: opt}
	ts := &Tables{
		Summary:              d.summary(),
		Income:               d.income(),
		Expenditure:          d.expenditure(),
		AppropriationSummary: d.appropriationSummary(),
		GeneralBudget:        d.generalBudget(),
		BasicExpenditure:     d.basic(),
		GovFund:              d.fund(KindGovFund, SourceGovFund),
		StateCapital:         d.fund(KindStateCapital, SourceStateCapital),
	}
	if d.err != nil {
		return nil, d.err
	}
	for _, tb := range ts.All() {
		if tb.IsEmpty() {
			tb.EmptyStatement = opt.EmptyStatement
		}
	}
	return ts, nil
}

func (d *deriver) table(k TableKind) *Table {
	t := NewTable(k)
	t.Unit, t.Decimals = d.opt.Unit, d.opt.Decimals
	return t
}

// cell rounds an exact amount to the printing precision.
func (d *deriver) cell(a fiscal.Amount) fiscal.Cell {
	if a.IsZero() && !d.opt.KeepZero {
		return fiscal.Cell{}
	}
	r, err := a.Round(d.opt.Unit, d.opt.Decimals)
	if err != nil {
		d.err = err
	}
	return fiscal.Present(r)
}

func (d *deriver) sum(as ...fiscal.Amount) fiscal.Amount {
	s, err := fiscal.Sum(as...)
	if err != nil {
		d.err = err
	}
	return s
}

func (d *deriver) fnName(c classify.Function) string { return d.opt.Functions.Name(c) }

// classes returns the summary 类 rows: the configured list plus any 类 with
// entries that it lacks.
func (d *deriver) classes() []classify.Function {
	out := slices.Clone(d.opt.SummaryClasses)
	for _, c := range d.t.Functions() {
		if c.Level() == classify.Class && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// codes returns the functional codes (every level) for which any of the
// amounts is non-zero.
func (d *deriver) codes(nonZero func(classify.Function) bool) []classify.Function {
	var out []classify.Function
	for _, c := range d.t.Functions() {
		if nonZero(c) {
			out = append(out, c)
		}
	}
	return out
}

func (d *deriver) summary() *Table {
	t, tot := d.table(KindSummary), d.t
	var zero classify.Function
	for i, it := range incomeItems {
		t.Add(Row{Side: SideIncome, Item: it, Name: it.Name(), Cells: Cells{ColAmount: d.cell(tot.Income(zero, SourceSet(FundSource(i+1))))}})
	}
	income := tot.Income(zero, AllSources)
	opening := tot.Opening(zero, AllSources)
	used := tot.NonAppropriationSurplusUsed()
	t.Add(
		Row{Side: SideIncome, Item: ItemIncomeTotal, Name: ItemIncomeTotal.Name(), Cells: Cells{ColAmount: d.cell(income)}},
		Row{Side: SideIncome, Item: ItemNonAppropriationSurplus, Name: ItemNonAppropriationSurplus.Name(), Cells: Cells{ColAmount: d.cell(used)}},
		Row{Side: SideIncome, Item: ItemOpening, Name: ItemOpening.Name(), Cells: Cells{ColAmount: d.cell(opening)}},
		Row{Side: SideIncome, Item: ItemGrandTotal, Name: ItemGrandTotal.Name(), Cells: Cells{ColAmount: d.cell(d.sum(income, used, opening))}},
	)
	for _, c := range d.classes() {
		t.Add(Row{Side: SideExpenditure, Function: c, Name: d.fnName(c), Cells: Cells{ColAmount: d.cell(tot.Expense(c, AllSources, AllNatures))}})
	}
	spent := tot.Expense(zero, AllSources, AllNatures)
	dist := tot.SurplusDistribution()
	closing := tot.Closing(zero, AllSources)
	t.Add(
		Row{Side: SideExpenditure, Item: ItemExpenditureTotal, Name: ItemExpenditureTotal.Name(), Cells: Cells{ColAmount: d.cell(spent)}},
		Row{Side: SideExpenditure, Item: ItemSurplusDistribution, Name: ItemSurplusDistribution.Name(), Cells: Cells{ColAmount: d.cell(dist)}},
		Row{Side: SideExpenditure, Item: ItemClosing, Name: ItemClosing.Name(), Cells: Cells{ColAmount: d.cell(closing)}},
		Row{Side: SideExpenditure, Item: ItemGrandTotal, Name: ItemGrandTotal.Name(), Cells: Cells{ColAmount: d.cell(d.sum(spent, dist, closing))}},
	)
	return t
}

func (d *deriver) incomeCells(c classify.Function) Cells {
	tot := d.t
	return Cells{
		ColTotal:         d.cell(tot.Income(c, AllSources)),
		ColAppropriation: d.cell(tot.Income(c, Appropriations)),
		ColSuperior:      d.cell(tot.Income(c, SourceSet(SourceSuperior))),
		ColBusiness:      d.cell(tot.Income(c, SourceSet(SourceBusiness))),
		ColOperating:     d.cell(tot.Income(c, SourceSet(SourceOperating))),
		ColAffiliated:    d.cell(tot.Income(c, SourceSet(SourceAffiliated))),
		ColOtherIncome:   d.cell(tot.Income(c, SourceSet(SourceOther))),
	}
}

func (d *deriver) income() *Table {
	t := d.table(KindIncome)
	t.Add(Row{Item: ItemTotal, Name: ItemTotal.Name(), Cells: d.incomeCells(classify.Function{})})
	for _, c := range d.codes(func(c classify.Function) bool { return !d.t.Income(c, AllSources).IsZero() || d.anyIncome(c) }) {
		t.Add(Row{Function: c, Name: d.fnName(c), Cells: d.incomeCells(c)})
	}
	return t
}

// anyIncome reports whether some source has non-zero income under c (the
// sources may cancel in the total).
func (d *deriver) anyIncome(c classify.Function) bool {
	for s := SourceGeneral; s < numSources; s++ {
		if !d.t.Income(c, SourceSet(s)).IsZero() {
			return true
		}
	}
	return false
}

func (d *deriver) expenditureCells(c classify.Function) Cells {
	tot := d.t
	return Cells{
		ColTotal:        d.cell(tot.Expense(c, AllSources, AllNatures)),
		ColBasic:        d.cell(tot.Expense(c, AllSources, Basic)),
		ColProject:      d.cell(tot.Expense(c, AllSources, NatureSet(NatureProject))),
		ColRemitted:     d.cell(tot.Expense(c, AllSources, NatureSet(NatureRemitted))),
		ColOperatingExp: d.cell(tot.Expense(c, AllSources, NatureSet(NatureOperating))),
		ColSubsidiary:   d.cell(tot.Expense(c, AllSources, NatureSet(NatureSubsidiary))),
	}
}

func (d *deriver) expenditure() *Table {
	t := d.table(KindExpenditure)
	t.Add(Row{Item: ItemTotal, Name: ItemTotal.Name(), Cells: d.expenditureCells(classify.Function{})})
	for _, c := range d.codes(func(c classify.Function) bool { return d.anyExpense(c, AllSources) }) {
		t.Add(Row{Function: c, Name: d.fnName(c), Cells: d.expenditureCells(c)})
	}
	return t
}

func (d *deriver) anyExpense(c classify.Function, sources Sources) bool {
	for s := SourceGeneral; s < numSources; s++ {
		if !sources.Has(s) {
			continue
		}
		for n := NaturePersonnel; n < numNatures; n++ {
			if !d.t.Expense(c, SourceSet(s), NatureSet(n)).IsZero() {
				return true
			}
		}
	}
	return false
}

func (d *deriver) appropriationCells(c classify.Function, amount func(classify.Function, Sources) fiscal.Amount) Cells {
	return Cells{
		ColTotal:        d.cell(amount(c, Appropriations)),
		ColGeneral:      d.cell(amount(c, SourceSet(SourceGeneral))),
		ColGovFund:      d.cell(amount(c, SourceSet(SourceGovFund))),
		ColStateCapital: d.cell(amount(c, SourceSet(SourceStateCapital))),
	}
}

func (d *deriver) appropriationSummary() *Table {
	t, tot := d.table(KindAppropriationSummary), d.t
	var zero classify.Function
	funds := []struct {
		item Item
		src  FundSource
	}{{ItemGeneral, SourceGeneral}, {ItemGovFund, SourceGovFund}, {ItemStateCapital, SourceStateCapital}}
	for _, f := range funds {
		t.Add(Row{Side: SideIncome, Item: f.item, Name: f.item.Name(), Cells: Cells{ColAmount: d.cell(tot.Income(zero, SourceSet(f.src)))}})
	}
	income, opening := tot.Income(zero, Appropriations), tot.Opening(zero, Appropriations)
	t.Add(
		Row{Side: SideIncome, Item: ItemIncomeTotal, Name: ItemIncomeTotal.Name(), Cells: Cells{ColAmount: d.cell(income)}},
		Row{Side: SideIncome, Item: ItemOpening, Name: "年初财政拨款结转和结余", Cells: Cells{ColAmount: d.cell(opening)}},
	)
	for _, f := range funds {
		t.Add(Row{Side: SideIncome, Item: f.item, Under: ItemOpening, Name: f.item.Name(), Cells: Cells{ColAmount: d.cell(tot.Opening(zero, SourceSet(f.src)))}})
	}
	t.Add(Row{Side: SideIncome, Item: ItemGrandTotal, Name: ItemGrandTotal.Name(), Cells: Cells{ColAmount: d.cell(d.sum(income, opening))}})

	spent := func(c classify.Function, s Sources) fiscal.Amount { return tot.Expense(c, s, AllNatures) }
	for _, c := range d.classes() {
		t.Add(Row{Side: SideExpenditure, Function: c, Name: d.fnName(c), Cells: d.appropriationCells(c, spent)})
	}
	t.Add(
		Row{Side: SideExpenditure, Item: ItemExpenditureTotal, Name: ItemExpenditureTotal.Name(), Cells: d.appropriationCells(zero, spent)},
		Row{Side: SideExpenditure, Item: ItemClosing, Name: "年末财政拨款结转和结余", Cells: d.appropriationCells(zero, tot.Closing)},
		Row{Side: SideExpenditure, Item: ItemGrandTotal, Name: ItemGrandTotal.Name(), Cells: d.appropriationCells(zero, func(c classify.Function, s Sources) fiscal.Amount {
			return d.sum(tot.Expense(c, s, AllNatures), tot.Closing(c, s))
		})},
	)
	return t
}

func (d *deriver) generalBudget() *Table {
	t, tot := d.table(KindGeneralBudget), d.t
	general := SourceSet(SourceGeneral)
	cells := func(c classify.Function) Cells {
		return Cells{
			ColTotal:   d.cell(tot.Expense(c, general, AllNatures)),
			ColBasic:   d.cell(tot.Expense(c, general, Basic)),
			ColProject: d.cell(tot.Expense(c, general, NatureSet(NatureProject))),
		}
	}
	t.Add(Row{Item: ItemTotal, Name: ItemTotal.Name(), Cells: cells(classify.Function{})})
	for _, c := range d.codes(func(c classify.Function) bool { return d.anyExpense(c, general) }) {
		t.Add(Row{Function: c, Name: d.fnName(c), Cells: cells(c)})
	}
	return t
}

// personnelClasses are the economic 类 of 人员经费; every other 类 is 公用经费.
var personnelClasses = [...]uint32{301, 303}

// IsPersonnel reports whether an economic code belongs to 人员经费 (301
// 工资福利支出, 303 对个人和家庭的补助) rather than 公用经费.
func IsPersonnel(e classify.Economic) bool {
	c, ok := e.At(classify.Class)
	return ok && slices.Contains(personnelClasses[:], c.Uint32())
}

func (d *deriver) basic() *Table {
	t, tot := d.table(KindBasicExpenditure), d.t
	var personnel, public []fiscal.Amount
	for _, e := range tot.Economics() {
		a := tot.BasicByEconomic(e, Basic)
		if a.IsZero() {
			continue
		}
		t.Add(Row{Economic: e, Name: d.opt.Economics.Name(e), Cells: Cells{ColAmount: d.cell(a)}})
		if e.Level() == classify.Class {
			if IsPersonnel(e) {
				personnel = append(personnel, a)
			} else {
				public = append(public, a)
			}
		}
	}
	t.Add(
		Row{Item: ItemPersonnelTotal, Name: ItemPersonnelTotal.Name(), Cells: Cells{ColAmount: d.cell(d.sum(personnel...))}},
		Row{Item: ItemPublicTotal, Name: ItemPublicTotal.Name(), Cells: Cells{ColAmount: d.cell(d.sum(public...))}},
	)
	return t
}

func (d *deriver) fund(k TableKind, src FundSource) *Table {
	t, tot, s := d.table(k), d.t, SourceSet(src)
	cells := func(c classify.Function) Cells {
		return Cells{
			ColOpening:     d.cell(tot.Opening(c, s)),
			ColIncome:      d.cell(tot.Income(c, s)),
			ColExpenditure: d.cell(tot.Expense(c, s, AllNatures)),
			ColBasic:       d.cell(tot.Expense(c, s, Basic)),
			ColProject:     d.cell(tot.Expense(c, s, NatureSet(NatureProject))),
			ColClosing:     d.cell(tot.Closing(c, s)),
		}
	}
	t.Add(Row{Item: ItemTotal, Name: ItemTotal.Name(), Cells: cells(classify.Function{})})
	for _, c := range d.codes(func(c classify.Function) bool {
		return d.anyExpense(c, s) || !tot.Income(c, s).IsZero() || !tot.Opening(c, s).IsZero() || !tot.Closing(c, s).IsZero()
	}) {
		t.Add(Row{Function: c, Name: d.fnName(c), Cells: cells(c)})
	}
	return t
}
