package accounts_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// ledgerView is everything a ledger holds, as plain values, for
// comparing two ledgers.
type ledgerView struct {
	Department          string
	Year                int
	Entities            []accounts.Entity
	Income              []accounts.Income
	Expenses            []accounts.Expense
	Balances            []accounts.Balance
	SurplusUsed, Distrb fiscal.Amount
}

func viewOf(l *accounts.Ledger) ledgerView {
	return ledgerView{Department: l.Department, Year: l.Year, Entities: l.Entities(),
		Income: slices.Collect(l.Incomes()), Expenses: slices.Collect(l.Expenses()), Balances: slices.Collect(l.Balances()),
		SurplusUsed: l.NonAppropriationSurplusUsed(), Distrb: l.SurplusDistribution()}
}

// requireSameLedger asserts equal contents and an equal roll-up.
func requireSameLedger(t *testing.T, want, got *accounts.Ledger) {
	t.Helper()
	require.Equal(t, viewOf(want), viewOf(got))
	wt, err := want.Rollup()
	require.NoError(t, err)
	gt, err := got.Rollup()
	require.NoError(t, err)
	require.Equal(t, wt, gt)
	assert.Equal(t, wt.Income(fn("201"), accounts.AllSources), gt.Income(fn("201"), accounts.AllSources))
}

func TestLedgerFileRoundTrip(t *testing.T) {
	formats := []struct {
		name  string
		write func(*bytes.Buffer, *accounts.Ledger) error
		read  func(*bytes.Buffer) (*accounts.Ledger, error)
	}{
		{"csv", func(b *bytes.Buffer, l *accounts.Ledger) error { return accounts.WriteLedgerCSV(b, l) },
			func(b *bytes.Buffer) (*accounts.Ledger, error) {
				return accounts.ReadLedgerCSV(b, accounts.LedgerReadOptions{})
			}},
		{"json", func(b *bytes.Buffer, l *accounts.Ledger) error { return accounts.WriteLedgerJSON(b, l) },
			func(b *bytes.Buffer) (*accounts.Ledger, error) {
				return accounts.ReadLedgerJSON(b, accounts.LedgerReadOptions{})
			}},
		{"xlsx", func(b *bytes.Buffer, l *accounts.Ledger) error { return accounts.WriteLedgerXLSX(b, l) },
			func(b *bytes.Buffer) (*accounts.Ledger, error) {
				return accounts.ReadLedgerXLSX(b, accounts.LedgerReadOptions{})
			}},
	}
	for _, f := range formats {
		for _, scale := range []int64{1, 10000} {
			l := syntheticLedger(t, scale)
			var buf bytes.Buffer
			require.NoError(t, f.write(&buf, l), f.name)
			got, err := f.read(&buf)
			require.NoError(t, err, f.name)
			requireSameLedger(t, l, got)
		}
	}
}

func TestLedgerJSONMarshal(t *testing.T) {
	l := syntheticLedger(t, 1)
	b, err := json.Marshal(l)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"source":"一般公共预算财政拨款","function":"2010601","amount":"1234567.89"`)
	var got accounts.Ledger
	require.NoError(t, json.Unmarshal(b, &got))
	requireSameLedger(t, l, &got)
}

// handCSV is a ledger typed by hand, in Chinese headers and a column order
// of its own, with an extra column the format does not define.
const handCSV = `单位,单位类型,类别,资金来源,功能分类科目编码,经济分类科目编码,支出性质,金额,年初结转和结余,年末结转和结余,备注
某局本级,行政单位,收入,一般公共预算财政拨款,2010101,,,"1,000.50",,,
某局本级,,收入,一般公共预算,2010102,,,200,,,x
某中心,事业,收入,事业收入,2050205,,,300.25,,,
某局本级,,支出,一般公共预算财政拨款,2010101,30101,人员经费,800.00,,,
某局本级,,支出,一般公共预算财政拨款,2010102,,项目支出,200.50,,,
某中心,,支出,事业,2050205,,公用经费,300.25,,,
某局本级,,结转结余,一般公共预算财政拨款,2010101,,,,10.00,10.00,
,,结余分配,,,,,1.5万元,,,
`

func TestReadLedgerCSVByHand(t *testing.T) {
	l, err := accounts.ReadLedgerCSV(strings.NewReader(handCSV), accounts.LedgerReadOptions{Department: "某局", Year: 2024})
	require.NoError(t, err)
	assert.Equal(t, "某局", l.Department)
	assert.Equal(t, 2024, l.Year)
	assert.Equal(t, []accounts.Entity{{Name: "某局本级", Type: accounts.Administrative}, {Name: "某中心", Type: accounts.Institution}}, l.Entities())
	in, ex, bal := l.Len()
	assert.Equal(t, [3]int{3, 3, 1}, [3]int{in, ex, bal})
	tot, err := l.Rollup()
	require.NoError(t, err)
	// By hand: 201 income = 1000.50 + 200 = 1200.50 元; 2050205 = 300.25.
	assert.Equal(t, yuan("1200.50"), tot.Income(fn("201"), accounts.AllSources))
	assert.Equal(t, yuan("300.25"), tot.Income(fn("205"), accounts.SourceSet(accounts.SourceBusiness)))
	assert.Equal(t, yuan("800.00"), tot.Expense(fn("201"), accounts.AllSources, accounts.NatureSet(accounts.NaturePersonnel)))
	assert.Equal(t, yuan("800.00"), tot.BasicByEconomic(eco("30101"), accounts.Basic))
	assert.Equal(t, yuan("15000.00"), l.SurplusDistribution(), "1.5万元 names its unit")
	b := slices.Collect(l.Balances())
	assert.Equal(t, yuan("10.00"), b[0].Opening)
}

func TestReadLedgerCSVGBK(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(handCSV)
	require.NoError(t, err)
	require.False(t, bytes.Equal([]byte(gbk), []byte(handCSV)))
	fromGBK, err := accounts.ReadLedgerCSV(strings.NewReader(gbk), accounts.LedgerReadOptions{Department: "某局"})
	require.NoError(t, err)
	fromUTF8, err := accounts.ReadLedgerCSV(strings.NewReader("\ufeff"+handCSV), accounts.LedgerReadOptions{Department: "某局"})
	require.NoError(t, err)
	requireSameLedger(t, fromUTF8, fromGBK)
}

func TestReadLedgersCSVManyDepartments(t *testing.T) {
	a := syntheticLedger(t, 1)
	b := syntheticLedger(t, 10000)
	b.Department, b.Year = "另一局", 2023
	var buf bytes.Buffer
	require.NoError(t, accounts.WriteLedgersCSV(&buf, []*accounts.Ledger{a, b}))
	ls, err := accounts.ReadLedgersCSV(bytes.NewReader(buf.Bytes()), accounts.LedgerReadOptions{})
	require.NoError(t, err)
	require.Len(t, ls, 2)
	requireSameLedger(t, a, ls[0])
	requireSameLedger(t, b, ls[1])

	// Interleaved rows of two departments still give one ledger each.
	mixed := "department,entity,entity_type,entry,source,function,amount\n" +
		"甲,甲本级,行政,income,general,2010101,1.00\n" +
		"乙,乙本级,参公,income,general,2010101,2.00\n" +
		"甲,甲本级,,income,general,2010101,3.00\n"
	ls, err = accounts.ReadLedgersCSV(strings.NewReader(mixed), accounts.LedgerReadOptions{})
	require.NoError(t, err)
	require.Len(t, ls, 2)
	assert.Equal(t, []string{"甲", "乙"}, []string{ls[0].Department, ls[1].Department})
	ta, err := ls[0].Rollup()
	require.NoError(t, err)
	assert.Equal(t, yuan("4.00"), ta.Income(fn("2010101"), accounts.AllSources))

	_, err = accounts.ReadLedgerCSV(strings.NewReader(mixed), accounts.LedgerReadOptions{})
	var fe *accounts.LedgerFileError
	require.ErrorAs(t, err, &fe)
	assert.ErrorIs(t, err, accounts.ErrLedgerFile)
}

func TestReadLedgerCSVErrors(t *testing.T) {
	const head = "entity,entity_type,entry,source,function,economic,nature,amount\n"
	cases := []struct {
		name   string
		in     string
		row    int
		column string
		value  string
		cause  any // a pointer to the wrapped error type, or nil for ErrLedgerFile
	}{
		{"empty file", "", 1, "", "", nil},
		{"no entry column", "entity,amount\nx,1\n", 1, "", "", nil},
		{"unknown entry", head + "a,行政,支付,general,2010101,,,1\n", 2, "entry", "支付", nil},
		{"unknown source", head + "a,行政,income,财政,2010101,,,1\n", 2, "source", "财政", nil},
		{"bad code", head + "a,行政,income,general,20101x1,,,1\n", 2, "function", "20101x1", new(*classify.CodeError)},
		{"款 not 项", head + "a,行政,income,general,20101,,,1\n", 2, "function", "20101", new(*accounts.EntryError)},
		{"bad amount", head + "a,行政,income,general,2010101,,,1.234\n", 2, "amount", "1.234", new(*fiscal.ParseError)},
		{"missing amount", head + "a,行政,income,general,2010101,,,\n", 2, "amount", "", nil},
		{"no unit type", head + "a,,income,general,2010101,,,1\n", 2, "entity_type", "", nil},
		{"type changes", head + "a,行政,entity,,,,,\na,事业,entity,,,,,\n", 3, "entity_type", "事业", nil},
		{"economic 类", head + "a,行政,expense,general,2010101,301,人员经费,1\n", 2, "economic", "301", new(*accounts.EntryError)},
		{"no nature", head + "a,行政,expense,general,2010101,30101,,1\n", 2, "nature", "", nil},
		{"short row", head + "a,行政,income\n", 2, "", "", nil},
		{"bad quote", head + "a,行政,\"income,general\n", 2, "", "", nil},
	}
	for _, c := range cases {
		_, err := accounts.ReadLedgerCSV(strings.NewReader(c.in), accounts.LedgerReadOptions{File: "l.csv"})
		var fe *accounts.LedgerFileError
		require.ErrorAs(t, err, &fe, c.name)
		assert.Equal(t, "l.csv", fe.File, c.name)
		assert.Equal(t, c.row, fe.Row, c.name)
		assert.Equal(t, c.column, fe.Column, c.name)
		assert.Equal(t, c.value, fe.Value, c.name)
		assert.Contains(t, err.Error(), "l.csv", c.name)
		switch target := c.cause.(type) {
		case **classify.CodeError:
			assert.ErrorAs(t, err, target, c.name)
		case **accounts.EntryError:
			assert.ErrorAs(t, err, target, c.name)
		case **fiscal.ParseError:
			assert.ErrorAs(t, err, target, c.name)
		}
	}
}

func TestReadLedgerJSONErrors(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		sheet  string
		row    int
		column string
	}{
		{"syntax on line 3", "{\n\"department\": \"x\",\n\"entities\": [,]\n}", "", 3, ""},
		{"unknown unit", `{"entities":[{"name":"a","type":"行政单位"}],"income":[{"entity":"b","source":"general","function":"2010101","amount":"1"}]}`, "income", 1, "entity"},
		{"bad amount", `{"entities":[{"name":"a","type":"行政单位"}],"expenses":[{"entity":"a","source":"general","function":"2010101","nature":"project","amount":"1"},{"entity":"a","source":"general","function":"2010101","nature":"project","amount":"x"}]}`, "expenses", 2, "amount"},
		{"unit twice", `{"entities":[{"name":"a","type":"行政单位"},{"name":"a","type":"行政单位"}]}`, "entities", 2, "name"},
		{"wrong type", `{"year":"2024"}`, "", 1, "year"},
	}
	for _, c := range cases {
		_, err := accounts.ReadLedgerJSON(strings.NewReader(c.in), accounts.LedgerReadOptions{File: "l.json"})
		var fe *accounts.LedgerFileError
		require.ErrorAs(t, err, &fe, c.name)
		assert.Equal(t, c.sheet, fe.Sheet, c.name)
		assert.Equal(t, c.row, fe.Row, c.name)
		assert.Equal(t, c.column, fe.Column, c.name)
	}
}

// TestReadLedgerXLSXByHand reads a workbook built cell by cell the way a
// spreadsheet stores it: amounts as binary doubles with noise, codes as
// numbers, an extra sheet, a blank row.
func TestReadLedgerXLSXByHand(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	require.NoError(t, f.SetSheetName("Sheet1", "说明"))
	for _, sh := range []string{accounts.SheetEntities, accounts.SheetIncome} {
		_, err := f.NewSheet(sh)
		require.NoError(t, err)
	}
	require.NoError(t, f.SetSheetRow(accounts.SheetEntities, "A1", &[]any{"单位类型", "单位名称"}))
	require.NoError(t, f.SetSheetRow(accounts.SheetEntities, "A2", &[]any{"参公", "某中心"}))
	require.NoError(t, f.SetSheetRow(accounts.SheetIncome, "A1", &[]any{"单位", "资金来源", "功能分类科目编码", "金额"}))
	require.NoError(t, f.SetCellDefault(accounts.SheetIncome, "D2", "1234.5599999999999"))
	require.NoError(t, f.SetSheetRow(accounts.SheetIncome, "A2", &[]any{"某中心", "一般公共预算财政拨款", 2010301}))
	require.NoError(t, f.SetSheetRow(accounts.SheetIncome, "A4", &[]any{"某中心", "政府性基金", "2290402", "0.1"}))
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))

	l, err := accounts.ReadLedgerXLSX(&buf, accounts.LedgerReadOptions{Department: "某局", Year: 2024})
	require.NoError(t, err)
	assert.Equal(t, []accounts.Entity{{Name: "某中心", Type: accounts.CivilServiceManaged}}, l.Entities())
	got := slices.Collect(l.Incomes())
	require.Len(t, got, 2)
	assert.Equal(t, yuan("1234.56"), got[0].Amount, "float noise within a millionth of a fen")
	assert.Equal(t, fn("2010301"), got[0].Function)
	assert.Equal(t, accounts.SourceGovFund, got[1].Source)
	assert.Equal(t, yuan("0.10"), got[1].Amount)
}

func TestReadLedgerXLSXErrors(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	require.NoError(t, f.SetSheetName("Sheet1", accounts.SheetIncome))
	require.NoError(t, f.SetSheetRow(accounts.SheetIncome, "A1", &[]any{"单位", "单位类型", "资金来源", "功能分类科目编码", "金额"}))
	require.NoError(t, f.SetSheetRow(accounts.SheetIncome, "A2", &[]any{"a", "行政", "一般公共预算", "2010101", "1.00"}))
	require.NoError(t, f.SetSheetRow(accounts.SheetIncome, "A3", &[]any{"a", "", "一般公共预算", "2010101", "1234.5612"}))
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))
	_, err := accounts.ReadLedgerXLSX(&buf, accounts.LedgerReadOptions{File: "l.xlsx"})
	var fe *accounts.LedgerFileError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, accounts.LedgerFileError{File: "l.xlsx", Sheet: "收入", Row: 3, Column: "金额", Value: "1234.5612", Err: fe.Err}, *fe)
	var pe *fiscal.ParseError
	assert.ErrorAs(t, err, &pe)

	_, err = accounts.ReadLedgerXLSX(strings.NewReader("not a zip"), accounts.LedgerReadOptions{})
	require.ErrorAs(t, err, &fe)
	assert.ErrorIs(t, err, accounts.ErrLedgerFile)
}

func TestWriteLedgerNeedsUniqueNames(t *testing.T) {
	l := accounts.NewLedger("x", 2024)
	for range 2 {
		_, err := l.AddEntity(accounts.Entity{Name: "同名", Type: accounts.Institution})
		require.NoError(t, err)
	}
	for _, w := range []func() error{
		func() error { return accounts.WriteLedgerCSV(&bytes.Buffer{}, l) },
		func() error { return accounts.WriteLedgerJSON(&bytes.Buffer{}, l) },
		func() error { return accounts.WriteLedgerXLSX(&bytes.Buffer{}, l) },
	} {
		var ee *accounts.EntryError
		assert.True(t, errors.As(w(), &ee))
	}
}

func TestEnumText(t *testing.T) {
	for s := accounts.SourceGeneral; s <= accounts.SourceOther; s++ {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back accounts.FundSource
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
		id, err := accounts.ParseFundSource(s.ID())
		require.NoError(t, err)
		assert.Equal(t, s, id)
	}
	for n := accounts.NaturePersonnel; n <= accounts.NatureSubsidiary; n++ {
		b, err := n.MarshalText()
		require.NoError(t, err)
		var back accounts.Nature
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, n, back)
	}
	cases := []struct {
		in   string
		want accounts.FundSource
	}{
		{"一般公共预算财政拨款", accounts.SourceGeneral},
		{" 上级补助收入　", accounts.SourceSuperior}, // variant name, full-width space
		{"state_capital", accounts.SourceStateCapital},
		{"附属单位上缴", accounts.SourceAffiliated},
	}
	for _, c := range cases {
		got, err := accounts.ParseFundSource(c.in)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, got, c.in)
	}
	nat, err := accounts.ParseNature("公用经费")
	require.NoError(t, err)
	assert.Equal(t, accounts.NaturePublic, nat)
	_, err = accounts.ParseFundSource("财政")
	assert.Error(t, err)
	_, err = accounts.ParseNature("")
	assert.Error(t, err)
	_, err = accounts.FundSource(0).MarshalText()
	assert.Error(t, err)
	_, err = accounts.Nature(9).MarshalText()
	assert.Error(t, err)

	set := accounts.SourceSet(accounts.SourceGeneral, accounts.SourceOther)
	b, err := set.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "general+other", string(b))
	var back accounts.Sources
	require.NoError(t, back.UnmarshalText(b))
	assert.Equal(t, set, back)
	nb, err := accounts.Basic.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "personnel+public", string(nb))
	et, err := accounts.ParseEntityType("参公")
	require.NoError(t, err)
	assert.Equal(t, accounts.CivilServiceManaged, et)
	col, err := accounts.ParseColumn("基本支出")
	require.NoError(t, err)
	assert.Equal(t, accounts.ColBasic, col)
}
