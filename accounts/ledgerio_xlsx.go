package accounts

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// The sheets of a ledger workbook, one per entry kind, with the Chinese
// headers finance software prints.
const (
	SheetLedger   = "部门"   // 部门, 年度, 使用非财政拨款结余, 结余分配: one row
	SheetEntities = "单位"   // 单位, 单位类型
	SheetIncome   = "收入"   // 单位, 资金来源, 功能分类科目编码, 金额
	SheetExpenses = "支出"   // 单位, 资金来源, 功能分类科目编码, 经济分类科目编码, 支出性质, 金额
	SheetBalances = "结转结余" // 单位, 资金来源, 功能分类科目编码, 年初结转和结余, 年末结转和结余
)

var xlsxHeaders = map[string][]string{
	SheetLedger:   {"部门", "年度", "使用非财政拨款结余", "结余分配"},
	SheetEntities: {"单位", "单位类型"},
	SheetIncome:   {"单位", "资金来源", "功能分类科目编码", "金额"},
	SheetExpenses: {"单位", "资金来源", "功能分类科目编码", "经济分类科目编码", "支出性质", "金额"},
	SheetBalances: {"单位", "资金来源", "功能分类科目编码", "年初结转和结余", "年末结转和结余"},
}

var xlsxEntries = map[string]string{
	SheetEntities: entryEntity, SheetIncome: entryIncome, SheetExpenses: entryExpense, SheetBalances: entryBalance,
}

// WriteLedgerXLSX writes a ledger as an XLSX workbook with one sheet per
// entry kind ([SheetLedger], [SheetEntities], [SheetIncome],
// [SheetExpenses], [SheetBalances]), a header row on each, codes as text
// and amounts in 元 as numbers with two decimals (written as decimal
// text, never through a float). [ReadLedgerXLSX] reads it back to an
// equal ledger.
func WriteLedgerXLSX(w io.Writer, l *Ledger) error {
	names, err := entityNames(l)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetLedger); err != nil {
		return err
	}
	money, err := f.NewStyle(&excelize.Style{NumFmt: 4}) // #,##0.00
	if err != nil {
		return err
	}
	for _, sh := range []string{SheetEntities, SheetIncome, SheetExpenses, SheetBalances} {
		if _, err := f.NewSheet(sh); err != nil {
			return err
		}
	}
	xw := &xlsxWriter{f: f, money: money}
	for sh, head := range xlsxHeaders {
		xw.row(sh, 1, head, nil)
	}
	year := ""
	if l.Year != 0 {
		year = strconv.Itoa(l.Year)
	}
	xw.row(SheetLedger, 2, []string{l.Department, year, l.NonAppropriationSurplusUsed().String(), l.SurplusDistribution().String()}, []bool{false, true, true, true})
	for i, e := range l.Entities() {
		xw.row(SheetEntities, i+2, []string{e.Name, e.Type.String()}, nil)
	}
	n := 2
	for in := range l.Incomes() {
		xw.row(SheetIncome, n, []string{names[in.Entity], in.Source.String(), in.Function.String(), in.Amount.String()}, []bool{3: true})
		n++
	}
	n = 2
	for e := range l.Expenses() {
		ec := ""
		if e.Economic.Valid() {
			ec = e.Economic.String()
		}
		xw.row(SheetExpenses, n, []string{names[e.Entity], e.Source.String(), e.Function.String(), ec, e.Nature.String(), e.Amount.String()}, []bool{5: true})
		n++
	}
	n = 2
	for b := range l.Balances() {
		xw.row(SheetBalances, n, []string{names[b.Entity], b.Source.String(), b.Function.String(), b.Opening.String(), b.Closing.String()}, []bool{3: true, 4: true})
		n++
	}
	if xw.err != nil {
		return xw.err
	}
	for sh, head := range xlsxHeaders {
		last, _ := excelize.ColumnNumberToName(len(head))
		if err := f.SetColWidth(sh, "A", last, 18); err != nil {
			return err
		}
	}
	return f.Write(w)
}

type xlsxWriter struct {
	f     *excelize.File
	money int
	err   error
}

// row writes the cells of a row; numeric cells are written as numbers
// from their decimal text.
func (x *xlsxWriter) row(sheet string, n int, cells []string, numeric []bool) {
	for i, v := range cells {
		if x.err != nil {
			return
		}
		ref, err := excelize.CoordinatesToCellName(i+1, n)
		if err != nil {
			x.err = err
			return
		}
		if i < len(numeric) && numeric[i] && v != "" {
			if x.err = x.f.SetCellDefault(sheet, ref, v); x.err == nil {
				x.err = x.f.SetCellStyle(sheet, ref, ref, x.money)
			}
			continue
		}
		x.err = x.f.SetCellStr(sheet, ref, v)
	}
}

// ReadLedgerXLSX reads a ledger workbook: the sheets named [SheetLedger],
// [SheetEntities], [SheetIncome], [SheetExpenses] and [SheetBalances],
// each with a header row (English or Chinese headers, any order, as for
// CSV). Other sheets are ignored; a workbook without any of these sheets
// is an error. Amounts may be numbers or text; a number stored with
// binary floating-point noise ("1234.5599999999999") is read as the
// nearest fen when it lies within a millionth of a fen of it. Errors are
// [*LedgerFileError]s naming the sheet, row and column.
func ReadLedgerXLSX(r io.Reader, opt LedgerReadOptions) (*Ledger, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, &LedgerFileError{File: opt.File, Err: fmt.Errorf("not an XLSX workbook: %v: %w", err, ErrLedgerFile)}
	}
	defer f.Close()
	sheets := map[string]bool{}
	for _, s := range f.GetSheetList() {
		sheets[s] = true
	}
	b := newLedgerBuilder(opt.Department, opt)
	b.lenient = true
	found := false
	if sheets[SheetLedger] {
		found = true
		rows, err := f.GetRows(SheetLedger, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, &LedgerFileError{File: opt.File, Sheet: SheetLedger, Err: err}
		}
		if err := b.readLedgerSheet(rows); err != nil {
			return nil, err
		}
	}
	for _, sh := range []string{SheetEntities, SheetIncome, SheetExpenses, SheetBalances} {
		if !sheets[sh] {
			continue
		}
		found = true
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, &LedgerFileError{File: opt.File, Sheet: sh, Err: err}
		}
		if err := b.readSheet(sh, xlsxEntries[sh], rows); err != nil {
			return nil, err
		}
	}
	if !found {
		return nil, &LedgerFileError{File: opt.File, Err: shapeErr("no ledger sheet (%s, %s, %s, %s or %s)",
			SheetLedger, SheetEntities, SheetIncome, SheetExpenses, SheetBalances)}
	}
	return b.l, nil
}

// sheetHeader maps a sheet's header row, whose columns all carry the same
// entry kind.
func sheetHeader(head []string) (map[int]string, map[string]string, error) {
	cols := map[int]string{}
	heads := map[string]string{}
	for i, h := range head {
		f := headerField(h)
		switch h {
		case "使用非财政拨款结余":
			f = entrySurplusUsed
		case "结余分配":
			f = entrySurplusDist
		}
		if f == "" {
			continue
		}
		if prev, dup := heads[f]; dup {
			return nil, nil, shapeErr("columns %q and %q both give %s", prev, h, f)
		}
		cols[i] = f
		heads[f] = h
	}
	return cols, heads, nil
}

func (b *ledgerBuilder) sheetRecords(sheet string, rows [][]string, each func(r *record) error) error {
	if len(rows) == 0 {
		return nil
	}
	cols, heads, err := sheetHeader(rows[0])
	if err != nil {
		return &LedgerFileError{File: b.opt.File, Sheet: sheet, Row: 1, Err: err}
	}
	for i, row := range rows[1:] {
		r, ok := newRecord(row, cols, heads, sheet, i+2)
		if !ok {
			continue
		}
		if err := each(r); err != nil {
			return err
		}
	}
	return nil
}

func (b *ledgerBuilder) readSheet(sheet, entry string, rows [][]string) error {
	return b.sheetRecords(sheet, rows, func(r *record) error {
		if d := r.get(fieldDepartment); d != "" && d != b.l.Department {
			return r.err(b.opt, fieldDepartment, shapeErr("the workbook is of department %q", b.l.Department))
		}
		return b.add(r, entry)
	})
}

func (b *ledgerBuilder) readLedgerSheet(rows [][]string) error {
	seen := false
	return b.sheetRecords(SheetLedger, rows, func(r *record) error {
		if seen {
			return &LedgerFileError{File: b.opt.File, Sheet: SheetLedger, Row: r.row, Err: shapeErr("the %s sheet has one row", SheetLedger)}
		}
		seen = true
		if d := r.get(fieldDepartment); d != "" {
			b.l.Department = d
		}
		if err := b.year(r); err != nil {
			return err
		}
		for _, e := range []string{entrySurplusUsed, entrySurplusDist} {
			if r.get(e) == "" {
				continue
			}
			sub := &record{sheet: r.sheet, row: r.row, fields: map[string]string{fieldAmount: r.fields[e]},
				cols: map[string]string{fieldAmount: r.cols[e]}}
			if err := b.add(sub, e); err != nil {
				return err
			}
		}
		return nil
	})
}
