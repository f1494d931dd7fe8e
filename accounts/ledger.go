package accounts

import (
	"fmt"
	"iter"
	"slices"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// FundSource is where money comes from: the three kinds of 财政拨款 and the
// five other sources of a department's income.
type FundSource uint8

// Fund sources, in the order of the 收入支出决算总表's income rows.
const (
	SourceGeneral      FundSource = iota + 1 // 一般公共预算财政拨款
	SourceGovFund                            // 政府性基金预算财政拨款
	SourceStateCapital                       // 国有资本经营预算财政拨款
	SourceSuperior                           // 上级补助
	SourceBusiness                           // 事业
	SourceOperating                          // 经营
	SourceAffiliated                         // 附属单位上缴
	SourceOther                              // 其他
	numSources                               // one past the last
)

var sourceNames = [...]string{"", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款",
	"上级补助", "事业", "经营", "附属单位上缴", "其他"}

// String returns the source's Chinese name.
func (s FundSource) String() string {
	if !s.Valid() {
		return fmt.Sprintf("FundSource(%d)", uint8(s))
	}
	return sourceNames[s]
}

// Valid reports whether s is one of the eight sources.
func (s FundSource) Valid() bool { return s >= SourceGeneral && s < numSources }

// IsAppropriation reports whether s is 财政拨款 (one of the first three).
func (s FundSource) IsAppropriation() bool { return s >= SourceGeneral && s <= SourceStateCapital }

// Nature is what an expenditure is for, as the 支出决算表 columns divide it.
type Nature uint8

// Natures of expenditure.
const (
	NaturePersonnel  Nature = iota + 1 // 基本支出-人员经费
	NaturePublic                       // 基本支出-公用经费
	NatureProject                      // 项目支出
	NatureRemitted                     // 上缴上级支出
	NatureOperating                    // 经营支出
	NatureSubsidiary                   // 对附属单位补助支出
	numNatures
)

var natureNames = [...]string{"", "基本支出-人员经费", "基本支出-公用经费", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"}

// String returns the nature's Chinese name.
func (n Nature) String() string {
	if !n.Valid() {
		return fmt.Sprintf("Nature(%d)", uint8(n))
	}
	return natureNames[n]
}

// Valid reports whether n is one of the six natures.
func (n Nature) Valid() bool { return n >= NaturePersonnel && n < numNatures }

// IsBasic reports whether n is 基本支出 (人员经费 or 公用经费).
func (n Nature) IsBasic() bool { return n == NaturePersonnel || n == NaturePublic }

// EntityType is the legal type of a unit (单位), which decides, for
// example, whether 机关运行经费 applies.
type EntityType uint8

// Unit types.
const (
	Administrative      EntityType = iota + 1 // 行政单位
	CivilServiceManaged                       // 参照公务员法管理事业单位 (参公)
	Institution                               // 事业单位
)

// String returns the type's Chinese name.
func (t EntityType) String() string {
	switch t {
	case Administrative:
		return "行政单位"
	case CivilServiceManaged:
		return "参照公务员法管理事业单位"
	case Institution:
		return "事业单位"
	}
	return fmt.Sprintf("EntityType(%d)", uint8(t))
}

// Entity is a unit (单位) whose accounts the department's final accounts
// combine.
type Entity struct {
	Name string
	Type EntityType
}

// EntityID identifies an entity within a ledger.
type EntityID uint16

// Income is one income entry: money of a source, under a 功能分类 项.
type Income struct {
	Entity   EntityID
	Source   FundSource
	Function classify.Function // a 项 (7 digits)
	Amount   fiscal.Amount
}

// Expense is one expenditure entry.
type Expense struct {
	Entity   EntityID
	Function classify.Function // a 项 (7 digits)
	Economic classify.Economic // a 款 (5 digits), or zero when not classified
	Nature   Nature
	Source   FundSource
	Amount   fiscal.Amount
}

// Balance is a carry-over (结转和结余) of a source under a 功能分类 项: at the
// start of the year (年初) and at its end (年末).
type Balance struct {
	Entity   EntityID
	Source   FundSource
	Function classify.Function // a 项 (7 digits)
	Opening  fiscal.Amount     // 年初结转和结余
	Closing  fiscal.Amount     // 年末结转和结余
}

// EntryError is returned when an entry cannot be added to a ledger.
type EntryError struct {
	Entry string // "income", "expense", "balance", "entity"
	Index int    // the position the entry would have taken
	Field string // the field at fault
	Value string // its value
	Why   string
}

func (e *EntryError) Error() string {
	return fmt.Sprintf("accounts: %s %d: %s %s: %s", e.Entry, e.Index, e.Field, e.Value, e.Why)
}

// Ledger is a department's final accounts at the finest grain, in fen:
// the entities it covers, and income, expenditure and balance entries by
// source, 功能分类 项, 部门经济分类 款 and nature.
//
// Codes are interned into dense indices as entries are added, so that
// [Ledger.Rollup] touches only arrays. A Ledger is not safe for concurrent
// modification; once built it may be read concurrently.
type Ledger struct {
	Department string
	Year       int

	entities []Entity
	fn       interner[classify.FunctionKind]
	ec       interner[classify.EconomicKind]
	inc      []incomeRec
	exp      []expenseRec
	bal      []balanceRec

	surplusUsed fiscal.Amount // 使用非财政拨款结余
	surplusDist fiscal.Amount // 结余分配
}

type incomeRec struct {
	amount int64
	fn     uint32
	entity EntityID
	source FundSource
}

// expenseRec is an expense as stored: the amount, and its codes' indices,
// entity, source and nature packed into one word, 16 bytes in all (a
// ledger is written once and read by every roll-up and check; 24 bytes
// made building it twice the memory traffic). The low six bits hold
// source × numNatures + nature, which is the entry's cell within its
// function's block of sums in the roll-up. The fields fit: source and
// nature are valid (below 9 and 7, so the cell is below 63), a function
// index is below 10^7 < 2^24 (7-digit codes), an economic index + 1 at most
// 10^5 < 2^17 (5-digit codes), an entity below 2^16.
type expenseRec struct {
	amount int64
	key    uint64 // cell (bits 0–5), fn (6–29), ec (30–46: index + 1, 0 for none), entity (47–62)
}

func newExpenseRec(amount int64, fn, ec uint32, entity EntityID, nature Nature, source FundSource) expenseRec {
	cell := uint64(source)*uint64(numNatures) + uint64(nature)
	return expenseRec{amount: amount, key: cell | uint64(fn)<<6 | uint64(ec)<<30 | uint64(entity)<<47}
}

// The cell must fit six bits: this constant does not compile otherwise.
const _ uint = 63 - uint(numSources)*uint(numNatures)

// cell is source × numNatures + nature.
func (r *expenseRec) cell() int          { return int(r.key & 63) }
func (r *expenseRec) fn() uint32         { return uint32(r.key >> 6 & (1<<24 - 1)) }
func (r *expenseRec) ec() uint32         { return uint32(r.key >> 30 & (1<<17 - 1)) }
func (r *expenseRec) entity() EntityID   { return EntityID(r.key >> 47) }
func (r *expenseRec) nature() Nature     { return Nature(r.cell() % int(numNatures)) }
func (r *expenseRec) source() FundSource { return FundSource(r.cell() / int(numNatures)) }

type balanceRec struct {
	opening, closing int64
	fn               uint32
	entity           EntityID
	source           FundSource
}

// interner maps codes to dense indices in the order first seen. Codes are
// never zero, so an open-addressing table of their digits (0 marking an
// empty slot) finds one in a probe or two, without hashing through a map.
type interner[K classify.SchemeKind] struct {
	codes []classify.Code[K]
	keys  []uint32 // code digits by slot, 0 when empty; len is a power of two
	vals  []uint32 // the index of the code in codes, by slot
}

func (in *interner[K]) id(c classify.Code[K]) uint32 {
	v := c.Uint32()
	if len(in.keys) > 0 {
		mask := uint32(len(in.keys) - 1)
		for j := (v * 0x9E3779B1) >> 7 & mask; ; j = (j + 1) & mask {
			switch in.keys[j] {
			case v:
				return in.vals[j]
			case 0:
				if 2*(len(in.codes)+1) <= len(in.keys) {
					i := uint32(len(in.codes))
					in.codes = append(in.codes, c)
					in.keys[j], in.vals[j] = v, i
					return i
				}
				return in.grow(c)
			}
		}
	}
	return in.grow(c)
}

// first returns the index of the code with digits v when it sits in the
// slot of its first probe (the common case: the table is at most half
// full), small enough to be inlined into the loops that add entries.
func (in *interner[K]) first(v uint32) (uint32, bool) {
	if len(in.keys) == 0 {
		return 0, false
	}
	j := (v * 0x9E3779B1) >> 7 & uint32(len(in.keys)-1)
	if in.keys[j] == v && v != 0 {
		return in.vals[j], true
	}
	return 0, false
}

// grow adds c after doubling the table.
func (in *interner[K]) grow(c classify.Code[K]) uint32 {
	size := max(64, 2*len(in.keys))
	in.keys, in.vals = make([]uint32, size), make([]uint32, size)
	codes := in.codes
	in.codes = in.codes[:0]
	for _, old := range codes {
		in.insert(old)
	}
	return in.insert(c)
}

func (in *interner[K]) insert(c classify.Code[K]) uint32 {
	v, mask := c.Uint32(), uint32(len(in.keys)-1)
	j := (v * 0x9E3779B1) >> 7 & mask
	for in.keys[j] != 0 {
		j = (j + 1) & mask
	}
	i := uint32(len(in.codes))
	in.codes = append(in.codes, c)
	in.keys[j], in.vals[j] = v, i
	return i
}

// find returns the index of c, if interned.
func (in *interner[K]) find(c classify.Code[K]) (uint32, bool) {
	if len(in.keys) == 0 {
		return 0, false
	}
	v, mask := c.Uint32(), uint32(len(in.keys)-1)
	for j := (v * 0x9E3779B1) >> 7 & mask; ; j = (j + 1) & mask {
		switch in.keys[j] {
		case v:
			return in.vals[j], true
		case 0:
			return 0, false
		}
	}
}

// reset empties the interner, keeping its storage.
func (in *interner[K]) reset() {
	in.codes = in.codes[:0]
	clear(in.keys)
}

// NewLedger returns an empty ledger.
func NewLedger(department string, year int) *Ledger {
	return &Ledger{Department: department, Year: year}
}

// Reset empties the ledger for another department, keeping its storage, so
// that building many ledgers one after another (as package batch does)
// reuses memory instead of allocating it again.
func (l *Ledger) Reset(department string, year int) {
	l.Department, l.Year = department, year
	l.entities = l.entities[:0]
	l.fn.reset()
	l.ec.reset()
	l.inc, l.exp, l.bal = l.inc[:0], l.exp[:0], l.bal[:0]
	l.surplusUsed, l.surplusDist = fiscal.Amount{}, fiscal.Amount{}
}

// AddEntity adds a unit and returns its ID.
func (l *Ledger) AddEntity(e Entity) (EntityID, error) {
	if len(l.entities) >= 1<<16-1 {
		return 0, &EntryError{Entry: "entity", Index: len(l.entities), Field: "Name", Value: e.Name, Why: "too many entities"}
	}
	if e.Type < Administrative || e.Type > Institution {
		return 0, &EntryError{Entry: "entity", Index: len(l.entities), Field: "Type", Value: e.Type.String(), Why: "not 行政单位, 参公 or 事业单位"}
	}
	l.entities = append(l.entities, e)
	return EntityID(len(l.entities) - 1), nil
}

// Entities returns the ledger's units, indexed by EntityID.
func (l *Ledger) Entities() []Entity { return append([]Entity(nil), l.entities...) }

func (l *Ledger) checkCommon(entry string, idx int, ent EntityID, src FundSource, fn classify.Function) error {
	if int(ent) >= len(l.entities) {
		return &EntryError{Entry: entry, Index: idx, Field: "Entity", Value: fmt.Sprint(ent), Why: "no such entity"}
	}
	if !src.Valid() {
		return &EntryError{Entry: entry, Index: idx, Field: "Source", Value: src.String(), Why: "not a fund source"}
	}
	if fn.Level() != classify.Item {
		return &EntryError{Entry: entry, Index: idx, Field: "Function", Value: fn.String(), Why: "entries are kept at 项 level (7 digits)"}
	}
	return nil
}

// AddIncome adds an income entry.
func (l *Ledger) AddIncome(in Income) error {
	if err := l.checkCommon("income", len(l.inc), in.Entity, in.Source, in.Function); err != nil {
		return err
	}
	l.inc = append(l.inc, incomeRec{amount: in.Amount.Fen(), fn: l.fn.id(in.Function), entity: in.Entity, source: in.Source})
	return nil
}

// AddExpense adds an expenditure entry. Its economic code, when given, must
// be a 款.
func (l *Ledger) AddExpense(e Expense) error {
	rec, err := l.expense(&e, len(l.exp))
	if err != nil {
		return err
	}
	l.exp = append(l.exp, rec)
	return nil
}

// AddExpenses adds expenditure entries in order, as [Ledger.AddExpense]
// would one by one, growing the ledger once. At the first entry that
// cannot be added it stops and returns its error; the entries before it
// stay added.
func (l *Ledger) AddExpenses(es []Expense) error {
	// The records are written in place into storage grown once (no append
	// per entry); on an error the ledger keeps the entries before it.
	start := len(l.exp)
	exp := slices.Grow(l.exp, len(es))[:start+len(es)]
	out := exp[start:]
	out = out[:len(es)] // (lets the compiler drop the bounds checks of out[i])
	n := len(l.entities)
	for i := range es {
		e := &es[i]
		// The common case, tested inline: a known entity, a valid source
		// and nature, a 项, and no economic code or a 款.
		fv, ev := e.Function.Uint32(), e.Economic.Uint32()
		if int(e.Entity) < n && e.Source.Valid() && e.Nature.Valid() && fv-100_000 < 10_000_000-100_000 &&
			(ev == 0 || ev-1_000 < 100_000-1_000) {
			var ec uint32
			if ev != 0 {
				x, ok := l.ec.first(ev)
				if !ok {
					x = l.ec.id(e.Economic)
				}
				ec = x + 1
			}
			fi, ok := l.fn.first(fv)
			if !ok {
				fi = l.fn.id(e.Function)
			}
			out[i] = newExpenseRec(e.Amount.Fen(), fi, ec, e.Entity, e.Nature, e.Source)
			continue
		}
		rec, err := l.expense(e, start+i)
		if err != nil {
			l.exp = exp[:start+i]
			return err
		}
		out[i] = rec
	}
	l.exp = exp
	return nil
}

// AddIncomes adds income entries in order, as [Ledger.AddIncome] would one
// by one, growing the ledger once; like [Ledger.AddExpenses] it stops at the
// first entry that cannot be added.
func (l *Ledger) AddIncomes(ins []Income) error {
	start := len(l.inc)
	inc := slices.Grow(l.inc, len(ins))[:start+len(ins)]
	out := inc[start:]
	out = out[:len(ins)]
	n := len(l.entities)
	for i := range ins {
		in := &ins[i]
		if fv := in.Function.Uint32(); int(in.Entity) < n && in.Source.Valid() && fv-100_000 < 10_000_000-100_000 {
			fi, ok := l.fn.first(fv)
			if !ok {
				fi = l.fn.id(in.Function)
			}
			out[i] = incomeRec{amount: in.Amount.Fen(), fn: fi, entity: in.Entity, source: in.Source}
			continue
		}
		if err := l.checkCommon("income", start+i, in.Entity, in.Source, in.Function); err != nil {
			l.inc = inc[:start+i]
			return err
		}
		out[i] = incomeRec{amount: in.Amount.Fen(), fn: l.fn.id(in.Function), entity: in.Entity, source: in.Source}
	}
	l.inc = inc
	return nil
}

func (l *Ledger) expense(e *Expense, idx int) (expenseRec, error) {
	// The common case, tested inline: a known entity, a valid source and
	// nature, a 项, and no economic code or a 款.
	if int(e.Entity) < len(l.entities) && e.Source.Valid() && e.Nature.Valid() && e.Function.Level() == classify.Item &&
		(!e.Economic.Valid() || e.Economic.Level() == classify.Section) {
		var ec uint32
		if e.Economic.Valid() {
			ec = l.ec.id(e.Economic) + 1
		}
		return newExpenseRec(e.Amount.Fen(), l.fn.id(e.Function), ec, e.Entity, e.Nature, e.Source), nil
	}
	if err := l.checkCommon("expense", idx, e.Entity, e.Source, e.Function); err != nil {
		return expenseRec{}, err
	}
	if !e.Nature.Valid() {
		return expenseRec{}, &EntryError{Entry: "expense", Index: idx, Field: "Nature", Value: e.Nature.String(), Why: "not a nature of expenditure"}
	}
	return expenseRec{}, &EntryError{Entry: "expense", Index: idx, Field: "Economic", Value: e.Economic.String(), Why: "economic codes are kept at 款 level (5 digits)"}
}

// AddBalance adds a carry-over entry.
func (l *Ledger) AddBalance(b Balance) error {
	if err := l.checkCommon("balance", len(l.bal), b.Entity, b.Source, b.Function); err != nil {
		return err
	}
	l.bal = append(l.bal, balanceRec{opening: b.Opening.Fen(), closing: b.Closing.Fen(), fn: l.fn.id(b.Function), entity: b.Entity, source: b.Source})
	return nil
}

// SetNonAppropriationSurplusUsed sets 使用非财政拨款结余.
func (l *Ledger) SetNonAppropriationSurplusUsed(a fiscal.Amount) { l.surplusUsed = a }

// SetSurplusDistribution sets 结余分配.
func (l *Ledger) SetSurplusDistribution(a fiscal.Amount) { l.surplusDist = a }

// NonAppropriationSurplusUsed returns 使用非财政拨款结余.
func (l *Ledger) NonAppropriationSurplusUsed() fiscal.Amount { return l.surplusUsed }

// SurplusDistribution returns 结余分配.
func (l *Ledger) SurplusDistribution() fiscal.Amount { return l.surplusDist }

// Len returns the numbers of income, expense and balance entries.
func (l *Ledger) Len() (income, expense, balance int) { return len(l.inc), len(l.exp), len(l.bal) }

// Incomes walks the income entries in the order added.
func (l *Ledger) Incomes() iter.Seq[Income] {
	return func(yield func(Income) bool) {
		for _, r := range l.inc {
			if !yield(Income{Entity: r.entity, Source: r.source, Function: l.fn.codes[r.fn], Amount: fiscal.Fen(r.amount)}) {
				return
			}
		}
	}
}

// Expenses walks the expenditure entries in the order added.
func (l *Ledger) Expenses() iter.Seq[Expense] {
	return func(yield func(Expense) bool) {
		for i := range l.exp {
			if !yield(l.expenseAt(i)) {
				return
			}
		}
	}
}

func (l *Ledger) expenseAt(i int) Expense {
	r := &l.exp[i]
	e := Expense{Entity: r.entity(), Function: l.fn.codes[r.fn()], Nature: r.nature(), Source: r.source(), Amount: fiscal.Fen(r.amount)}
	if ec := r.ec(); ec > 0 {
		e.Economic = l.ec.codes[ec-1]
	}
	return e
}

// Balances walks the balance entries in the order added.
func (l *Ledger) Balances() iter.Seq[Balance] {
	return func(yield func(Balance) bool) {
		for _, r := range l.bal {
			if !yield(Balance{Entity: r.entity, Source: r.source, Function: l.fn.codes[r.fn], Opening: fiscal.Fen(r.opening), Closing: fiscal.Fen(r.closing)}) {
				return
			}
		}
	}
}
