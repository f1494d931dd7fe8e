package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/export"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fn(s string) classify.Function  { return classify.MustParse[classify.FunctionKind](s) }
func eco(s string) classify.Economic { return classify.MustParse[classify.EconomicKind](s) }

// testLedger has 3,000 expenses, 600 incomes and 40 balances over 12 项 in
// four 类, two units and every source.
func testLedger(t *testing.T) *accounts.Ledger {
	l := accounts.NewLedger("某某局", 2024)
	a, err := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	require.NoError(t, err)
	b, err := l.AddEntity(accounts.Entity{Name: "中心", Type: accounts.Institution})
	require.NoError(t, err)
	items := []classify.Function{fn("2010101"), fn("2010102"), fn("2010301"), fn("2010350"), fn("2050201"), fn("2050202"),
		fn("2080501"), fn("2080505"), fn("2130101"), fn("2130104"), fn("2010399"), fn("2050299")}
	for i := range 3000 {
		e := accounts.Expense{Entity: []accounts.EntityID{a, b}[i%2], Function: items[i%len(items)], Nature: accounts.Nature(1 + i%6),
			Source: accounts.FundSource(1 + i%8), Amount: fiscal.Fen(int64(i*7919%100000 - 3000))}
		if i%4 == 0 {
			e.Economic = eco([]string{"30101", "30201", "30302", "31002"}[i/4%4])
		}
		require.NoError(t, l.AddExpense(e))
		if i%5 == 0 {
			require.NoError(t, l.AddIncome(accounts.Income{Entity: a, Source: accounts.FundSource(1 + i%8), Function: items[i%len(items)], Amount: fiscal.Fen(int64(i * 31))}))
		}
		if i%75 == 0 {
			require.NoError(t, l.AddBalance(accounts.Balance{Entity: b, Source: accounts.SourceGeneral, Function: items[i%len(items)], Opening: fiscal.Fen(int64(i)), Closing: fiscal.Fen(int64(2 * i))}))
		}
	}
	return l
}

func TestLedgerParquetSumsEqualRollup(t *testing.T) {
	l := testLedger(t)
	var buf bytes.Buffer
	require.NoError(t, export.WriteLedger(&buf, l))
	rows, err := parquet.Read[export.EntryRow](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	require.NoError(t, err)
	in, ex, bal := l.Len()
	require.Len(t, rows, in+ex+bal)

	tot, err := l.Rollup()
	require.NoError(t, err)
	// Sums by 类 and source from the Parquet rows (GROUP BY left(function, 3)),
	// against the library's roll-up.
	type key struct{ class, source string }
	exp, inc, open, clos := map[key]int64{}, map[key]int64{}, map[key]int64{}, map[key]int64{}
	for _, r := range rows {
		assert.Equal(t, "某某局", r.Department)
		assert.Equal(t, int32(2024), r.Year)
		k := key{r.Function[:3], r.Source}
		switch r.Kind {
		case "expense":
			exp[k] += r.AmountFen
		case "income":
			inc[k] += r.AmountFen
		case "balance":
			open[k] += r.OpeningFen
			clos[k] += r.ClosingFen
		}
	}
	for _, class := range []string{"201", "205", "208", "213"} {
		for src := accounts.SourceGeneral; src <= accounts.SourceOther; src++ {
			k, s := key{class, src.String()}, accounts.SourceSet(src)
			assert.Equal(t, tot.Expense(fn(class), s, accounts.AllNatures).Fen(), exp[k], "%v", k)
			assert.Equal(t, tot.Income(fn(class), s).Fen(), inc[k], "%v", k)
			assert.Equal(t, tot.Opening(fn(class), s).Fen(), open[k], "%v", k)
			assert.Equal(t, tot.Closing(fn(class), s).Fen(), clos[k], "%v", k)
		}
	}
	assert.NotZero(t, exp[key{"201", "一般公共预算财政拨款"}])
}

func TestTablesParquet(t *testing.T) {
	// Tables derived exactly (元, two decimals) from a ledger: the 类 rows
	// of the 支出决算表 read back from Parquet add up to the ledger's
	// spending.
	l := testLedger(t)
	ts, err := l.Tables(accounts.DeriveOptions{Unit: fiscal.Yuan, Decimals: 2})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, export.WriteTables(&buf, l.Department, l.Year, ts))
	rows, err := parquet.Read[export.CellRow](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	require.NoError(t, err)
	tot, err := l.Rollup()
	require.NoError(t, err)
	var classes, total int64
	for _, r := range rows {
		if r.Table == "expenditure" && r.Column == "本年支出合计" {
			if len(r.Function) == 3 {
				classes += r.AmountFen
			}
			if r.Item == "合计" {
				total += r.AmountFen
			}
		}
	}
	all := tot.Expense(classify.Function{}, accounts.AllSources, accounts.AllNatures).Fen()
	assert.Equal(t, all, classes)
	assert.Equal(t, all, total)

	// The Daye tables as published: every present cell, exactly.
	d := daye2024.Tables()
	buf.Reset()
	require.NoError(t, export.WriteTables(&buf, daye2024.Department, 2024, d))
	rows, err = parquet.Read[export.CellRow](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	require.NoError(t, err)
	n := 0
	for _, t := range d.All() {
		for i := range t.Rows {
			for c := accounts.ColAmount; c <= accounts.ColClosing; c++ {
				if !t.Rows[i].Cell(c).IsAbsent() {
					n++
				}
			}
		}
	}
	require.Len(t, rows, n)
	// 公开01 收入/本年收入合计 is printed 6577.03 万元.
	found := false
	for _, r := range rows {
		if r.Number == "公开01表" && r.Row == "收入/本年收入合计" {
			assert.Equal(t, int64(6577_030_000), r.AmountFen)
			assert.Equal(t, "万元", r.Unit)
			found = true
		}
	}
	assert.True(t, found)
}

func TestFindingWriterFormats(t *testing.T) {
	fs := daye2024.Tables().Check(accounts.CheckOptions{})
	require.NotEmpty(t, fs)
	var rows []export.FindingRow
	for i, f := range fs {
		rows = append(rows, export.FindingRowOf("dir/报告"+string(rune('A'+i))+".txt", "部门,\"引号\"", 2024, f))
	}
	for _, f := range []export.Format{export.CSV, export.JSON, export.Parquet} {
		t.Run(f.String(), func(t *testing.T) {
			var buf bytes.Buffer
			w, err := export.NewFindingWriter(&buf, f)
			require.NoError(t, err)
			require.NoError(t, w.Write(rows[:2]...))
			require.NoError(t, w.Write(rows[2:]...))
			assert.Equal(t, len(rows), w.Rows())
			require.NoError(t, w.Close())
			var got []export.FindingRow
			switch f {
			case export.CSV:
				text := buf.String()
				require.True(t, strings.HasPrefix(text, "\ufeffreport,department,year,rule,severity,"))
				recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\ufeff"))).ReadAll()
				require.NoError(t, err)
				require.Len(t, recs, len(rows)+1)
				for i, rec := range recs[1:] {
					assert.Equal(t, rows[i].Report, rec[0])
					assert.Equal(t, rows[i].Department, rec[1])
					assert.Equal(t, "2024", rec[2])
					assert.Equal(t, rows[i].Rule, rec[3])
					assert.Equal(t, rows[i].Expected, rec[12])
					assert.Equal(t, rows[i].Message, rec[17])
				}
				return
			case export.JSON:
				require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
			case export.Parquet:
				got, err = parquet.Read[export.FindingRow](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
				require.NoError(t, err)
			}
			assert.Equal(t, rows, got)
		})
	}
	// No rows: a header alone, an empty array, an empty table.
	var buf bytes.Buffer
	w, err := export.NewFindingWriter(&buf, export.JSON)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	assert.JSONEq(t, "[]", buf.String())
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]export.Format{"r.csv": export.CSV, "R.JSON": export.JSON, "a/b.parquet": export.Parquet} {
		f, err := export.FormatOf(name)
		require.NoError(t, err)
		assert.Equal(t, want, f)
	}
	_, err := export.FormatOf("results.xlsx")
	var fe *export.FormatError
	assert.ErrorAs(t, err, &fe)
}
