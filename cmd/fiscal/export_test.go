package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/export"
	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExportLedgerParquet(t *testing.T) {
	// A ledger of two departments in one CSV file; the Parquet rows summed
	// by department and source equal each ledger's roll-up.
	dir := t.TempDir()
	var ls []*accounts.Ledger
	for d, name := range []string{"甲局", "乙局"} {
		l := accounts.NewLedger(name, 2024)
		id, err := l.AddEntity(accounts.Entity{Name: name + "本级", Type: accounts.Administrative})
		require.NoError(t, err)
		for i := range 200 {
			f := classify.MustParse[classify.FunctionKind]([]string{"2010101", "2050201", "2080505"}[i%3])
			src := accounts.FundSource(1 + (i+d)%8)
			require.NoError(t, l.AddIncome(accounts.Income{Entity: id, Source: src, Function: f, Amount: fiscal.Fen(int64(1000*i + d))}))
			require.NoError(t, l.AddExpense(accounts.Expense{Entity: id, Function: f, Nature: accounts.NatureProject, Source: src, Amount: fiscal.Fen(int64(777*i + 3))}))
		}
		ls = append(ls, l)
	}
	csvPath := filepath.Join(dir, "ledgers.csv")
	f, err := os.Create(csvPath)
	require.NoError(t, err)
	require.NoError(t, accounts.WriteLedgersCSV(f, ls))
	require.NoError(t, f.Close())

	out := filepath.Join(dir, "ledgers.parquet")
	code, stdout, stderr := runCmd("export", "--parquet", out, "--ledger", csvPath)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "800 rows")
	rows, err := parquet.ReadFile[export.EntryRow](out)
	require.NoError(t, err)
	require.Len(t, rows, 800)
	for _, l := range ls {
		tot, err := l.Rollup()
		require.NoError(t, err)
		for src := accounts.SourceGeneral; src <= accounts.SourceOther; src++ {
			var inc, exp int64
			for _, r := range rows {
				if r.Department == l.Department && r.Source == src.String() {
					switch r.Kind {
					case "income":
						inc += r.AmountFen
					case "expense":
						exp += r.AmountFen
					}
				}
			}
			assert.Equal(t, tot.Income(classify.Function{}, accounts.SourceSet(src)).Fen(), inc, "%s %s", l.Department, src)
			assert.Equal(t, tot.Expense(classify.Function{}, accounts.SourceSet(src), accounts.AllNatures).Fen(), exp, "%s %s", l.Department, src)
		}
	}
}

func TestExportReportParquet(t *testing.T) {
	daye := corpusFile(t, "000_a6b8f70e670f2841.txt")
	out := filepath.Join(t.TempDir(), "daye.parquet")
	code, _, stderr := runCmd("export", "--parquet", out, daye)
	require.Equal(t, 0, code, stderr)
	rows, err := parquet.ReadFile[export.CellRow](out)
	require.NoError(t, err)
	r, err := readReport(daye)
	require.NoError(t, err)
	// Per table and column, the Parquet sum equals the sum of the cells as
	// read.
	want := map[[2]string]int64{}
	for _, tb := range r.Document.Tables.All() {
		for i := range tb.Rows {
			for c := accounts.ColAmount; c <= accounts.ColClosing; c++ {
				if a, ok := tb.Rows[i].Cell(c).Amount(); ok {
					want[[2]string{tb.Kind.String(), tb.ColumnName(c)}] += a.Fen()
				}
			}
		}
	}
	got := map[[2]string]int64{}
	for _, row := range rows {
		assert.Equal(t, r.Document.Department, row.Department)
		got[[2]string{row.Table, row.Column}] += row.AmountFen
	}
	assert.Equal(t, want, got)
	assert.NotEmpty(t, got)
}

func TestExportUsage(t *testing.T) {
	for _, args := range [][]string{{"export"}, {"export", "--parquet", "x.csv", "f"}, {"export", "--parquet", "x.parquet"}} {
		code, _, _ := runCmd(args...)
		assert.Equal(t, 2, code, "%v", args)
	}
	code, _, stderr := runCmd("export", "--parquet", filepath.Join(t.TempDir(), "x.parquet"), "--ledger", "missing.csv")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "missing.csv")
}
