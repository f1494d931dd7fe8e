package duckbench

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"

	"github.com/duckdb/duckdb-go/v2"
)

// DB is an in-memory DuckDB database holding entries in two tables,
// expense(f, s, n, a) and income(f, s, a): the function code's digits,
// source, nature and amount in fen.
type DB struct {
	connector *duckdb.Connector
	db        *sql.DB
}

// Open opens an in-memory database that runs queries on threads threads
// and loads the entries into it with DuckDB's appender.
func Open(threads int, incomes, expenses []Entry) (*DB, error) {
	c, err := duckdb.NewConnector("", nil)
	if err != nil {
		return nil, err
	}
	d := &DB{connector: c, db: sql.OpenDB(c)}
	d.db.SetMaxOpenConns(1) // one connection: the tables live in it
	if err := d.load(threads, incomes, expenses); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

func (d *DB) load(threads int, incomes, expenses []Entry) error {
	ctx := context.Background()
	for _, q := range []string{
		fmt.Sprintf("SET threads = %d", threads),
		"CREATE TABLE expense (f INTEGER, s TINYINT, n TINYINT, a BIGINT)",
		"CREATE TABLE income (f INTEGER, s TINYINT, a BIGINT)",
	} {
		if _, err := d.db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("duckdb: %s: %w", q, err)
		}
	}
	conn, err := d.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		for _, t := range []struct {
			table string
			rows  []Entry
		}{{"expense", expenses}, {"income", incomes}} {
			app, err := duckdb.NewAppenderFromConn(dc.(driver.Conn), "", t.table)
			if err != nil {
				return err
			}
			for _, e := range t.rows {
				var err error
				if t.table == "expense" {
					err = app.AppendRow(int32(e.Function), e.Source, e.Nature, e.Fen)
				} else {
					err = app.AppendRow(int32(e.Function), e.Source, e.Fen)
				}
				if err != nil {
					app.Close()
					return err
				}
			}
			if err := app.Close(); err != nil {
				return err
			}
		}
		return nil
	})
}

// Close closes the database.
func (d *DB) Close() error {
	err := d.db.Close()
	if cerr := d.connector.Close(); err == nil {
		err = cerr
	}
	return err
}

// rollupSQL is the roll-up of the library's Ledger.Rollup in SQL: sums by
// 项, source and nature, carried up to the 款 and the 类 (a 7-digit code's
// digits divided by 100 and by 10,000).
const rollupExpenses = `WITH leaf AS (SELECT f, s, n, sum(a) AS a FROM expense GROUP BY f, s, n)
SELECT coalesce(f7, f5, f3) AS code, s, n, sum(a) FROM (SELECT f AS f7, f // 100 AS f5, f // 10000 AS f3, s, n, a FROM leaf)
GROUP BY GROUPING SETS ((f7, s, n), (f5, s, n), (f3, s, n))`

const rollupIncomes = `WITH leaf AS (SELECT f, s, sum(a) AS a FROM income GROUP BY f, s)
SELECT coalesce(f7, f5, f3) AS code, s, sum(a) FROM (SELECT f AS f7, f // 100 AS f5, f // 10000 AS f3, s, a FROM leaf)
GROUP BY GROUPING SETS ((f7, s), (f5, s), (f3, s))`

// leafExpenses and leafIncomes are the sums by 项 alone (no carrying up):
// DuckDB's aggregation without the grouping sets.
const (
	leafExpenses = `SELECT f, s, n, sum(a) FROM expense GROUP BY f, s, n`
	leafIncomes  = `SELECT f, s, sum(a) FROM income GROUP BY f, s`
)

// Rollup runs the roll-up of expenses and incomes and returns the number
// of sums and their total (what is read back, so that nothing is left
// unread).
func (d *DB) Rollup(ctx context.Context) (sums int, total int64, err error) {
	return d.run(ctx, rollupExpenses, rollupIncomes)
}

// Leaves runs the sums by 项, source and nature alone.
func (d *DB) Leaves(ctx context.Context) (sums int, total int64, err error) {
	return d.run(ctx, leafExpenses, leafIncomes)
}

func (d *DB) run(ctx context.Context, queries ...string) (sums int, total int64, err error) {
	for _, q := range queries {
		rows, err := d.db.QueryContext(ctx, q)
		if err != nil {
			return 0, 0, err
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return 0, 0, err
			}
			sums++
			if v, ok := sumValue(vals[len(vals)-1]); ok {
				total += v
			}
		}
		if err := rows.Close(); err != nil {
			return 0, 0, err
		}
	}
	return sums, total, nil
}

// Query runs q and returns its rows as strings keyed by all but the last
// column, with the last column (a sum) as an int64.
func (d *DB) Query(ctx context.Context, q string, args ...any) (map[string]int64, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	out := map[string]int64{}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		key := ""
		for i, v := range vals[:len(vals)-1] {
			if i > 0 {
				key += "|"
			}
			key += fmt.Sprint(v)
		}
		s, ok := sumValue(vals[len(vals)-1])
		if !ok {
			return nil, fmt.Errorf("duckdb: sum %v (%T) is not an integer", vals[len(vals)-1], vals[len(vals)-1])
		}
		out[key] = s
	}
	return out, rows.Err()
}

// sumValue reads a SUM of BIGINT (DuckDB returns HUGEINT, a *big.Int).
func sumValue(v any) (int64, bool) {
	switch x := v.(type) {
	case int64:
		return x, true
	case int32:
		return int64(x), true
	case interface {
		IsInt64() bool
		Int64() int64
	}:
		return x.Int64(), x.IsInt64()
	}
	return 0, false
}
