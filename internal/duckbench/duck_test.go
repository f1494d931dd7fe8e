package duckbench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/export"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParquetThroughDuckDB writes a ledger as Parquet with package export,
// reads it back through DuckDB (read_parquet), sums the amounts by 类,
// source and kind in SQL, and compares every sum with the library's
// roll-up (Totals.Expense and Totals.Income of each 类 and source).
func TestParquetThroughDuckDB(t *testing.T) {
	l, err := Ledger(20_000)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "ledger.parquet")
	f, err := os.Create(path)
	require.NoError(t, err)
	require.NoError(t, export.WriteLedger(f, l))
	require.NoError(t, f.Close())

	db, err := Open(2, nil, nil)
	require.NoError(t, err)
	defer db.Close()
	var version string
	require.NoError(t, db.db.QueryRow("SELECT version()").Scan(&version))
	t.Logf("DuckDB %s", version)
	got, err := db.Query(context.Background(),
		`SELECT kind, left(function, 3), source, sum(amount_fen) FROM read_parquet(?) GROUP BY ALL`, path)
	require.NoError(t, err)

	tot, err := l.Rollup()
	require.NoError(t, err)
	checked := 0
	for class := 201; class <= 230; class++ {
		code, err := classify.ParseFunction(fmt.Sprint(class))
		require.NoError(t, err)
		for src := accounts.SourceGeneral; src <= accounts.SourceOther; src++ {
			s := accounts.SourceSet(src)
			key := fmt.Sprintf("%d|%s", class, src)
			assert.Equal(t, tot.Expense(code, s, accounts.AllNatures).Fen(), got["expense|"+key], "expense %s", key)
			assert.Equal(t, tot.Income(code, s).Fen(), got["income|"+key], "income %s", key)
			checked++
		}
	}
	assert.Equal(t, 240, checked)
	var sum int64
	for _, v := range got {
		sum += v
	}
	all := tot.Expense(classify.Function{}, accounts.AllSources, accounts.AllNatures).Fen() + tot.Income(classify.Function{}, accounts.AllSources).Fen()
	assert.Equal(t, all, sum, "every row of the Parquet is in a 类 the loop checked")
}

// TestRollupLikeLibrary checks the SQL roll-up of BenchmarkRollup against
// the library's: the sum of every 项, 款 and 类 by source and nature.
func TestRollupLikeLibrary(t *testing.T) {
	l, err := Ledger(50_000)
	require.NoError(t, err)
	incomes, expenses := Entries(l)
	db, err := Open(2, incomes, expenses)
	require.NoError(t, err)
	defer db.Close()
	exp, err := db.Query(context.Background(), rollupExpenses)
	require.NoError(t, err)
	inc, err := db.Query(context.Background(), rollupIncomes)
	require.NoError(t, err)
	tot, err := l.Rollup()
	require.NoError(t, err)
	codes := tot.Functions()
	require.NotEmpty(t, codes)
	n := 0
	for _, c := range codes {
		for src := accounts.SourceGeneral; src <= accounts.SourceOther; src++ {
			for nat := accounts.NaturePersonnel; nat <= accounts.NatureSubsidiary; nat++ {
				want := tot.Expense(c, accounts.SourceSet(src), accounts.NatureSet(nat)).Fen()
				assert.Equal(t, want, exp[fmt.Sprintf("%d|%d|%d", c.Uint32(), src, nat)], "%s %s %s", c, src, nat)
				n++
			}
			assert.Equal(t, tot.Income(c, accounts.SourceSet(src)).Fen(), inc[fmt.Sprintf("%d|%d", c.Uint32(), src)], "%s %s", c, src)
		}
	}
	assert.Greater(t, n, 1000)
}
