package parse_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/threepublic"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// projectCodes are 功能分类 项 a department may spend on (known to the
// embedded catalog), economicCodes 部门经济分类 款 of 基本支出.
var (
	projectCodes   = []string{"2010101", "2010301", "2010399", "2010601", "2010602", "2050201", "2080501", "2080505", "2080506", "2101101", "2210201", "2210203", "2130101", "2120101"}
	personnelCodes = []string{"30101", "30102", "30103", "30107", "30108", "30109", "30113", "30302", "30305"}
	publicCodes    = []string{"30201", "30202", "30205", "30211", "30216", "30217", "30228", "30229", "30231", "31002"}
)

// randomLedger is a department whose accounts are correct by
// construction: every 项 has 一般公共预算 income, some have 政府性基金 or
// 事业 income, spending stays within income plus the opening balance, and
// each fund's closing balance is opening + income − spending.
func randomLedger(t *testing.T, rng *rand.Rand) *accounts.Ledger {
	t.Helper()
	l := accounts.NewLedger(fmt.Sprintf("测试%d局", rng.IntN(1000)), 2024)
	e, err := l.AddEntity(accounts.Entity{Name: "本级", Type: accounts.Administrative})
	require.NoError(t, err)
	amount := func(maxYuan int) fiscal.Amount { return fiscal.Fen(int64(rng.IntN(maxYuan*100) + 100)) }
	codes := rng.Perm(len(projectCodes))[:2+rng.IntN(6)]
	for _, ci := range codes {
		fn := classify.MustParse[classify.FunctionKind](projectCodes[ci])
		sources := []accounts.FundSource{accounts.SourceGeneral}
		if rng.IntN(4) == 0 {
			sources = append(sources, accounts.SourceGovFund)
		}
		if rng.IntN(4) == 0 {
			sources = append(sources, accounts.SourceBusiness)
		}
		for _, src := range sources {
			income := amount(3_000_000)
			opening := fiscal.Amount{}
			if rng.IntN(3) == 0 {
				opening = amount(200_000)
			}
			require.NoError(t, l.AddIncome(accounts.Income{Entity: e, Source: src, Function: fn, Amount: income}))
			// Spend part of income + opening, split over natures.
			avail, _ := income.Add(opening)
			spent := fiscal.Amount{}
			for range 1 + rng.IntN(3) {
				part := fiscal.Fen(rng.Int64N(avail.Fen()/4 + 1))
				if part.IsZero() {
					continue
				}
				x := accounts.Expense{Entity: e, Function: fn, Source: src, Amount: part}
				switch n := rng.IntN(3); {
				case n == 0 && src == accounts.SourceGeneral:
					x.Nature = accounts.NaturePersonnel
					x.Economic = classify.MustParse[classify.EconomicKind](personnelCodes[rng.IntN(len(personnelCodes))])
				case n == 1 && src == accounts.SourceGeneral:
					x.Nature = accounts.NaturePublic
					x.Economic = classify.MustParse[classify.EconomicKind](publicCodes[rng.IntN(len(publicCodes))])
				default:
					x.Nature = accounts.NatureProject
				}
				require.NoError(t, l.AddExpense(x))
				spent, _ = spent.Add(part)
			}
			closing, _ := avail.Sub(spent)
			if !opening.IsZero() || !closing.IsZero() {
				require.NoError(t, l.AddBalance(accounts.Balance{Entity: e, Source: src, Function: fn, Opening: opening, Closing: closing}))
			}
		}
	}
	return l
}

// accountsErrors are the error findings of the identities and of the
// reading, with their rule and place.
func accountsErrors(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Severity == fiscal.SeverityError && (len(f.Rule) > 4 && f.Rule[:4] == "acc." || len(f.Rule) > 6 && f.Rule[:6] == "parse.") {
			out = append(out, f.String())
		}
	}
	return out
}

// TestRoundTripSynthetic: random correct departments, their tables
// printed (columns aligned) and re-rendered in other extraction styles,
// read back: every figure the reader is certain of equals the printed one,
// and no identity or reading error appears; then one figure changed by one
// unit of its last digit gives an error.
func TestRoundTripSynthetic(t *testing.T) {
	rng := rand.New(rand.NewPCG(2024, 1))
	var tpRead map[string]int
	for i := range 12 {
		l := randomLedger(t, rng)
		opt := accounts.DeriveOptions{}
		if i%3 == 2 {
			// Some departments print in 元, to the fen.
			opt = accounts.DeriveOptions{Unit: fiscal.Yuan, Decimals: 2}
		}
		ts, err := l.Tables(opt)
		require.NoError(t, err)
		doc := &disclosure.Document{Department: l.Department, Year: 2024, Tables: ts}
		doc.ThreePublic = randomThreePublic(t, rng, opt)
		var buf bytes.Buffer
		require.NoError(t, doc.RenderTables(&buf))
		text := buf.String()
		if d := os.Getenv("FISCAL_DUMP_FORMATS"); d != "" {
			require.NoError(t, os.WriteFile(filepath.Join(d, fmt.Sprintf("synthetic%d.txt", i)), []byte(text), 0o644))
		}
		printed := certainCellsOf(ts, nil)
		if i == 0 {
			tpRead = map[string]int{}
		}
		for _, v := range append([]variant{{"printed", func(s string) string { return s }, 100}}, variants...) {
			r, err := parse.Parse([]byte(v.f(text)))
			require.NoError(t, err, "department %d, %s", i, v.name)
			got := certainCells(r)
			for k, g := range got {
				assert.Equal(t, printed[k], g, "department %d, %s: %s", i, v.name, k)
			}
			assert.Empty(t, accountsErrors(r.Check(disclosure.CheckOptions{})), "department %d, %s", i, v.name)
			// The "三公" table: read as printed, or said not read.
			if tp := r.Document.ThreePublic; tp != nil {
				assert.Equal(t, doc.ThreePublic.Budget, tp.Budget, "department %d, %s: 三公 预算数", i, v.name)
				assert.Equal(t, doc.ThreePublic.Actual, tp.Actual, "department %d, %s: 三公 决算数", i, v.name)
				tpRead[v.name]++
			} else {
				assert.NotEmpty(t, r.Coverage.Unread, "department %d, %s: the 三公 table neither read nor said unread", i, v.name)
			}
		}
	}
	t.Logf("\"三公\" tables read, of 12, by style: %v", tpRead)
	assert.Equal(t, 12, tpRead["printed"], "aligned text keeps the columns")
}

// randomThreePublic is a "三公" table whose sums hold by construction, in
// the unit and precision of the department's tables; some items are
// blank, as departments without that spending print them.
func randomThreePublic(t *testing.T, rng *rand.Rand, opt accounts.DeriveOptions) *threepublic.Table {
	t.Helper()
	item := func() fiscal.Cell {
		if rng.IntN(3) == 0 {
			return fiscal.Cell{}
		}
		return fiscal.Present(fiscal.Fen(int64(1+rng.IntN(400)) * 10_000)) // 100.00 to 40,000.00 元, whole 元 … 万元 to the cent
	}
	budget := threepublic.Expenses{Abroad: item(), VehiclePurchase: item(), VehicleOperation: item(), Reception: item()}
	actual := threepublic.Expenses{Abroad: item(), VehiclePurchase: item(), VehicleOperation: item(), Reception: item()}
	tp, err := threepublic.Derive(budget, actual, threepublic.DeriveOptions{Unit: opt.Unit, Decimals: opt.Decimals})
	require.NoError(t, err)
	return tp
}

// certainCellsOf lists the printed cells of tables by kind, row key and
// column, leaving out the uncertain titles.
func certainCellsOf(ts *accounts.Tables, uncertain map[string]bool) map[string]string {
	out := map[string]string{}
	for _, t := range ts.All() {
		if uncertain[t.Title] {
			continue
		}
		for i := range t.Rows {
			row := &t.Rows[i]
			for _, c := range t.ColumnsOf(row.Side) {
				if cell := row.Cell(c); !cell.IsAbsent() {
					// At the table's own unit and decimals: a table in 元
					// compares to the fen.
					out[t.Kind.String()+" "+row.Key()+" "+c.Name()] = t.Unit.String() + " " + cell.Format(fiscal.Format{Unit: t.Unit, Decimals: t.Decimals})
				}
			}
		}
	}
	return out
}

// TestRoundTripCorrupted changes one printed figure of a 项 row of each
// synthetic department's 支出决算表 by 1.00 万元 (a change of one unit of the
// last digit is within rounding of a sum printed in 万元): the
// reading either reports an error or says the table is uncertain — it is
// never silent and certain.
func TestRoundTripCorrupted(t *testing.T) {
	rng := rand.New(rand.NewPCG(2025, 7))
	caught, unsure := 0, 0
	defer func() {
		t.Logf("changed figure reported as an error %d times, its table said uncertain %d times", caught, unsure)
	}()
	for i := range 12 {
		l := randomLedger(t, rng)
		ts, err := l.Tables(accounts.DeriveOptions{})
		require.NoError(t, err)
		exp := ts.Get(accounts.KindExpenditure)
		var rows []*accounts.Row
		for j := range exp.Rows {
			if r := &exp.Rows[j]; r.Function.Valid() && r.Function.Level() == classify.Item {
				rows = append(rows, r)
			}
		}
		require.NotEmpty(t, rows)
		row := rows[rng.IntN(len(rows))]
		a, _ := row.Cell(accounts.ColTotal).Amount()
		bumped, err := a.Add(fiscal.Fen(1_000_000)) // 1.00 万元: beyond any rounding
		require.NoError(t, err)
		row.Cells[accounts.ColTotal] = fiscal.Present(bumped)
		doc := &disclosure.Document{Department: l.Department, Year: 2024, Tables: ts}
		var buf bytes.Buffer
		require.NoError(t, doc.RenderTables(&buf))
		for _, v := range append([]variant{{"printed", func(s string) string { return s }, 0}}, variants...) {
			r, err := parse.Parse([]byte(v.f(buf.String())))
			require.NoError(t, err)
			errs := accountsErrors(r.Check(disclosure.CheckOptions{}))
			uncertain := false
			for _, u := range r.Coverage.Uncertain {
				uncertain = uncertain || u == exp.Title
			}
			assert.True(t, len(errs) > 0 || uncertain, "department %d, %s: %s changed to %s, nothing said", i, v.name, row.Key(), bumped)
			if len(errs) > 0 {
				caught++
			} else {
				unsure++
			}
		}
	}
}
