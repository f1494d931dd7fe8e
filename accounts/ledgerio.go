package accounts

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/shopspring/decimal"
)

// LedgerFileError locates what is wrong in a ledger file: the file, the
// sheet (XLSX) or array (JSON), the 1-based row (the CSV line, the sheet
// row, the JSON array element, or the JSON line for a syntax error), the
// column (by its header), and the text found there. It wraps the cause:
// an [*EntryError] when the ledger refused the entry, a [*fiscal.ParseError]
// for an amount, a [*classify.CodeError] for a code. Use it with
// [errors.As].
type LedgerFileError struct {
	File   string // the file name given in [LedgerReadOptions], or ""
	Sheet  string // the XLSX sheet or JSON array ("income", "expenses", …), or ""
	Row    int    // 1-based; 0 when the error is about the whole file
	Column string // the column header or JSON field, or ""
	Value  string // the text found, or ""
	Err    error  // the cause
}

func (e *LedgerFileError) Error() string {
	var b strings.Builder
	b.WriteString("accounts: ")
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(": ")
	}
	var loc []string
	if e.Sheet != "" {
		loc = append(loc, "sheet "+strconv.Quote(e.Sheet))
	}
	if e.Row > 0 {
		loc = append(loc, "row "+strconv.Itoa(e.Row))
	}
	if e.Column != "" {
		loc = append(loc, "column "+strconv.Quote(e.Column))
	}
	if len(loc) > 0 {
		b.WriteString(strings.Join(loc, ", "))
		b.WriteString(": ")
	}
	if e.Value != "" {
		b.WriteString(strconv.Quote(e.Value))
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *LedgerFileError) Unwrap() error { return e.Err }

// ErrLedgerFile is wrapped by the causes that are about the file's shape
// rather than a value: a missing header or column, an unknown entry kind,
// conflicting departments, years or unit types.
var ErrLedgerFile = errors.New("malformed ledger file")

func shapeErr(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrLedgerFile)
}

// LedgerReadOptions say how to read a ledger file.
type LedgerReadOptions struct {
	// File names the input in errors ("ledger.csv"); it is not opened.
	File string
	// Department and Year are used when the file has no department or
	// year column (or leaves them blank).
	Department string
	Year       int
	// Unit is the unit of amounts that do not name one ("123.45" rather
	// than "123.45万元"); the zero Unit means 元.
	Unit fiscal.Unit
}

func (o LedgerReadOptions) unit() fiscal.Unit {
	if o.Unit.Valid() {
		return o.Unit
	}
	return fiscal.Yuan
}

// The fields of a ledger file, by their canonical (CSV header) names.
const (
	fieldDepartment = "department"
	fieldYear       = "year"
	fieldEntity     = "entity"
	fieldEntityType = "entity_type"
	fieldEntry      = "entry"
	fieldSource     = "source"
	fieldFunction   = "function"
	fieldEconomic   = "economic"
	fieldNature     = "nature"
	fieldAmount     = "amount"
	fieldOpening    = "opening"
	fieldClosing    = "closing"
)

// LedgerCSVColumns are the columns of a ledger CSV file (账套导出), in
// the order [WriteLedgerCSV] writes them. One row is one entry:
//
//	department   部门: the department; blank means LedgerReadOptions.Department
//	year         年度: the year; blank means LedgerReadOptions.Year
//	entity       单位: the unit's name (required except on surplus rows)
//	entity_type  单位类型: 行政单位/行政, 参照公务员法管理事业单位/参公, 事业单位/事业;
//	             required where a unit first appears, may be blank after
//	entry        类别 (required): entity/单位, income/收入, expense/支出,
//	             balance/结转结余, surplus_used/使用非财政拨款结余,
//	             surplus_distribution/结余分配
//	source       资金来源: a [FundSource] as [ParseFundSource] reads it
//	function     功能分类科目编码: a 项 (7 digits, "2010101" or "201 01 01")
//	economic     经济分类科目编码: a 部门经济分类 款 (5 digits), or blank
//	nature       支出性质 (expense rows): a [Nature] as [ParseNature] reads it
//	amount       金额: income, expense and surplus rows
//	opening      年初结转和结余 (balance rows; blank is zero)
//	closing      年末结转和结余 (balance rows; blank is zero)
//
// Amounts are in 元 unless [LedgerReadOptions].Unit says otherwise or the
// figure names its unit ("1.5万元"); thousands separators are accepted, a
// fraction finer than one fen is an error. Headers may be English (as
// above) or the Chinese names shown (and a few variants: 单位名称,
// 功能分类, 经济分类, 决算数, …), in any order; other columns are ignored.
var LedgerCSVColumns = []string{fieldDepartment, fieldYear, fieldEntity, fieldEntityType, fieldEntry, fieldSource,
	fieldFunction, fieldEconomic, fieldNature, fieldAmount, fieldOpening, fieldClosing}

// fieldAliases maps a folded header to its field: the English name and
// the Chinese headers finance software prints.
var fieldAliases = map[string]string{
	"部门": fieldDepartment, "部门名称": fieldDepartment, "预算部门": fieldDepartment,
	"年度": fieldYear, "年份": fieldYear, "决算年度": fieldYear,
	"单位": fieldEntity, "单位名称": fieldEntity,
	"单位类型": fieldEntityType, "单位性质": fieldEntityType,
	"类别": fieldEntry, "分录类型": fieldEntry, "记录类型": fieldEntry,
	"资金来源": fieldSource, "收入来源": fieldSource,
	"功能分类": fieldFunction, "功能分类科目编码": fieldFunction, "支出功能分类科目编码": fieldFunction, "功能科目编码": fieldFunction,
	"经济分类": fieldEconomic, "经济分类科目编码": fieldEconomic, "部门预算支出经济分类科目编码": fieldEconomic, "经济科目编码": fieldEconomic,
	"支出性质": fieldNature, "支出类型": fieldNature,
	"金额": fieldAmount, "决算数": fieldAmount,
	"年初结转和结余": fieldOpening,
	"年末结转和结余": fieldClosing,
}

// headerField returns the field a header names, or "".
func headerField(h string) string {
	t := strings.ToLower(strings.Trim(h, " \t\r\n\u3000\u00a0\ufeff"))
	for _, f := range LedgerCSVColumns {
		if t == f {
			return f
		}
	}
	return fieldAliases[t]
}

// Entry kinds in the entry column.
const (
	entryEntity      = "entity"
	entryIncome      = "income"
	entryExpense     = "expense"
	entryBalance     = "balance"
	entrySurplusUsed = "surplus_used"
	entrySurplusDist = "surplus_distribution"
)

var entryAliases = map[string]string{
	"单位": entryEntity, "收入": entryIncome, "支出": entryExpense, "结转结余": entryBalance, "结转和结余": entryBalance,
	"使用非财政拨款结余": entrySurplusUsed, "结余分配": entrySurplusDist,
}

func parseEntry(s string) (string, bool) {
	t := strings.ToLower(strings.Trim(s, " \t\r\n\u3000\u00a0"))
	switch t {
	case entryEntity, entryIncome, entryExpense, entryBalance, entrySurplusUsed, entrySurplusDist:
		return t, true
	}
	e, ok := entryAliases[t]
	return e, ok
}

// record is one row of a ledger file, whatever its format: the text of
// each field, and where each came from.
type record struct {
	sheet  string
	row    int
	fields map[string]string
	cols   map[string]string // field -> the column's header as printed, for errors
}

func (r *record) get(f string) string { return strings.Trim(r.fields[f], " \t\r\n\u3000\u00a0") }

func (r *record) err(opt LedgerReadOptions, f string, err error) error {
	col := r.cols[f]
	if col == "" {
		col = f
	}
	return &LedgerFileError{File: opt.File, Sheet: r.sheet, Row: r.row, Column: col, Value: r.get(f), Err: err}
}

// ledgerBuilder adds records to one ledger, keeping units by name.
type ledgerBuilder struct {
	l        *Ledger
	opt      LedgerReadOptions
	entities map[string]EntityID
	types    map[string]EntityType
	yearSet  bool
	lenient  bool // amounts may carry binary floating-point noise (XLSX raw values)
}

func newLedgerBuilder(dept string, opt LedgerReadOptions) *ledgerBuilder {
	return &ledgerBuilder{l: NewLedger(dept, opt.Year), opt: opt, entities: map[string]EntityID{}, types: map[string]EntityType{}}
}

// year records the row's year, which must agree with the department's.
func (b *ledgerBuilder) year(r *record) error {
	s := r.get(fieldYear)
	if s == "" {
		return nil
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1900 || y > 9999 {
		return r.err(b.opt, fieldYear, shapeErr("not a year"))
	}
	if b.yearSet && y != b.l.Year {
		return r.err(b.opt, fieldYear, shapeErr("department %q already has year %d", b.l.Department, b.l.Year))
	}
	b.l.Year, b.yearSet = y, true
	return nil
}

// entity returns the ID of the row's unit, adding it on first sight.
func (b *ledgerBuilder) entity(r *record) (EntityID, error) {
	name := r.get(fieldEntity)
	if name == "" {
		return 0, r.err(b.opt, fieldEntity, shapeErr("the unit (单位) is required"))
	}
	ts := r.get(fieldEntityType)
	var typ EntityType
	if ts != "" {
		t, err := ParseEntityType(ts)
		if err != nil {
			return 0, r.err(b.opt, fieldEntityType, err)
		}
		typ = t
	}
	if id, ok := b.entities[name]; ok {
		if typ != 0 && typ != b.types[name] {
			return 0, r.err(b.opt, fieldEntityType, shapeErr("unit %q was given type %s before", name, b.types[name]))
		}
		return id, nil
	}
	if typ == 0 {
		return 0, r.err(b.opt, fieldEntityType, shapeErr("the unit type is required where unit %q first appears", name))
	}
	id, err := b.l.AddEntity(Entity{Name: name, Type: typ})
	if err != nil {
		return 0, r.err(b.opt, fieldEntity, err)
	}
	b.entities[name] = id
	b.types[name] = typ
	return id, nil
}

// amount reads an amount field; blank gives ok false.
func (b *ledgerBuilder) amount(r *record, f string) (a fiscal.Amount, ok bool, err error) {
	s := r.get(f)
	if fiscal.IsBlank(s) {
		return fiscal.Amount{}, false, nil
	}
	a, perr := fiscal.ParseAmount(s, b.opt.unit())
	if perr == nil {
		return a, true, nil
	}
	if b.lenient {
		if a, ok := fromFloatText(s, b.opt.unit()); ok {
			return a, true, nil
		}
	}
	return fiscal.Amount{}, false, r.err(b.opt, f, perr)
}

// fromFloatText reads a spreadsheet's raw number ("1234.5599999999999",
// "1.5E+3"), which stores a decimal amount as a binary double: it is
// accepted when it lies within a millionth of a fen of a whole number of
// fen. The arithmetic is decimal; no float is involved.
func fromFloatText(s string, u fiscal.Unit) (fiscal.Amount, bool) {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return fiscal.Amount{}, false
	}
	fen := d.Mul(decimal.NewFromInt(u.Fen()))
	r := fen.Round(0)
	if fen.Sub(r).Abs().GreaterThan(decimal.New(1, -6)) || !r.IsInteger() {
		return fiscal.Amount{}, false
	}
	if !r.BigInt().IsInt64() {
		return fiscal.Amount{}, false
	}
	return fiscal.Fen(r.IntPart()), true
}

func (b *ledgerBuilder) required(r *record, f string) (fiscal.Amount, error) {
	a, ok, err := b.amount(r, f)
	if err != nil {
		return a, err
	}
	if !ok {
		return a, r.err(b.opt, f, shapeErr("an amount is required"))
	}
	return a, nil
}

func (b *ledgerBuilder) source(r *record) (FundSource, error) {
	s, err := ParseFundSource(r.get(fieldSource))
	if err != nil {
		return 0, r.err(b.opt, fieldSource, err)
	}
	return s, nil
}

func (b *ledgerBuilder) function(r *record) (classify.Function, error) {
	c, err := classify.ParseFunction(r.get(fieldFunction))
	if err != nil {
		return c, r.err(b.opt, fieldFunction, err)
	}
	return c, nil
}

// add adds one record of the given entry kind.
func (b *ledgerBuilder) add(r *record, entry string) error {
	if err := b.year(r); err != nil {
		return err
	}
	switch entry {
	case entrySurplusUsed, entrySurplusDist:
		a, err := b.required(r, fieldAmount)
		if err != nil {
			return err
		}
		if entry == entrySurplusUsed {
			b.l.SetNonAppropriationSurplusUsed(a)
		} else {
			b.l.SetSurplusDistribution(a)
		}
		return nil
	}
	ent, err := b.entity(r)
	if err != nil || entry == entryEntity {
		return err
	}
	src, err := b.source(r)
	if err != nil {
		return err
	}
	fn, err := b.function(r)
	if err != nil {
		return err
	}
	var addErr error
	var field string
	switch entry {
	case entryIncome:
		a, err := b.required(r, fieldAmount)
		if err != nil {
			return err
		}
		addErr = b.l.AddIncome(Income{Entity: ent, Source: src, Function: fn, Amount: a})
	case entryExpense:
		nat, err := ParseNature(r.get(fieldNature))
		if err != nil {
			return r.err(b.opt, fieldNature, err)
		}
		var ec classify.Economic
		if s := r.get(fieldEconomic); s != "" {
			if ec, err = classify.ParseEconomic(s); err != nil {
				return r.err(b.opt, fieldEconomic, err)
			}
		}
		a, err := b.required(r, fieldAmount)
		if err != nil {
			return err
		}
		addErr = b.l.AddExpense(Expense{Entity: ent, Function: fn, Economic: ec, Nature: nat, Source: src, Amount: a})
	case entryBalance:
		op, _, err := b.amount(r, fieldOpening)
		if err != nil {
			return err
		}
		cl, _, err := b.amount(r, fieldClosing)
		if err != nil {
			return err
		}
		addErr = b.l.AddBalance(Balance{Entity: ent, Source: src, Function: fn, Opening: op, Closing: cl})
	}
	if addErr != nil {
		var ee *EntryError
		if errors.As(addErr, &ee) {
			field = map[string]string{"Function": fieldFunction, "Economic": fieldEconomic, "Source": fieldSource,
				"Nature": fieldNature, "Entity": fieldEntity}[ee.Field]
		}
		return r.err(b.opt, field, addErr)
	}
	return nil
}

// entityNames returns the ledger's unit names, which must be unique and
// non-empty for a file to name them.
func entityNames(l *Ledger) ([]string, error) {
	seen := map[string]bool{}
	ents := l.Entities()
	names := make([]string, len(ents))
	for i, e := range ents {
		if e.Name == "" || seen[e.Name] {
			return nil, &EntryError{Entry: "entity", Index: i, Field: "Name", Value: e.Name,
				Why: "a ledger file names units, so names must be unique and not empty"}
		}
		seen[e.Name] = true
		names[i] = e.Name
	}
	return names, nil
}

// ledgerRows returns a ledger as rows of the fields of [LedgerCSVColumns]:
// units first (so that a unit without entries survives), then income,
// expense and balance entries in the order added, then the ledger-level
// figures when they are not zero.
func ledgerRows(l *Ledger) ([][]string, error) {
	names, err := entityNames(l)
	if err != nil {
		return nil, err
	}
	year := ""
	if l.Year != 0 {
		year = strconv.Itoa(l.Year)
	}
	row := func(entity, typ, entry, source, fn, ec, nature, amount, opening, closing string) []string {
		return []string{l.Department, year, entity, typ, entry, source, fn, ec, nature, amount, opening, closing}
	}
	var out [][]string
	for _, e := range l.Entities() {
		out = append(out, row(e.Name, e.Type.String(), entryEntity, "", "", "", "", "", "", ""))
	}
	for in := range l.Incomes() {
		out = append(out, row(names[in.Entity], "", entryIncome, in.Source.String(), in.Function.String(), "", "", in.Amount.String(), "", ""))
	}
	for e := range l.Expenses() {
		ec := ""
		if e.Economic.Valid() {
			ec = e.Economic.String()
		}
		out = append(out, row(names[e.Entity], "", entryExpense, e.Source.String(), e.Function.String(), ec, e.Nature.String(), e.Amount.String(), "", ""))
	}
	for bl := range l.Balances() {
		out = append(out, row(names[bl.Entity], "", entryBalance, bl.Source.String(), bl.Function.String(), "", "", "", bl.Opening.String(), bl.Closing.String()))
	}
	if a := l.NonAppropriationSurplusUsed(); !a.IsZero() {
		out = append(out, row("", "", entrySurplusUsed, "", "", "", "", a.String(), "", ""))
	}
	if a := l.SurplusDistribution(); !a.IsZero() {
		out = append(out, row("", "", entrySurplusDist, "", "", "", "", a.String(), "", ""))
	}
	return out, nil
}
