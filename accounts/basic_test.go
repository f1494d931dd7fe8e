package accounts_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// basicTable: 301 = 30101 10.00 + 30102 5.00 = 15.00; 303 = 30302 1.00;
// 人员经费合计 = 15.00 + 1.00 = 16.00; 302 = 30201 2.00 + 30217 1.71 = 3.71;
// 310 = 31002 0.29; 公用经费合计 = 3.71 + 0.29 = 4.00.
func basicTable() *accounts.Table {
	r := func(code, v string) accounts.Row {
		return accounts.Row{Economic: eco(code), Cells: accounts.Cells{accounts.ColAmount: w(v)}}
	}
	return table(accounts.KindBasicExpenditure,
		r("301", "15.00"), r("30101", "10.00"), r("30102", "5.00"),
		r("302", "3.71"), r("30201", "2.00"), r("30217", "1.71"),
		r("303", "1.00"), r("30302", "1.00"),
		r("310", "0.29"), r("31002", "0.29"),
		r("399", ""), r("39999", ""),
		accounts.Row{Item: accounts.ItemPersonnelTotal, Cells: accounts.Cells{accounts.ColAmount: w("16.00")}},
		accounts.Row{Item: accounts.ItemPublicTotal, Cells: accounts.Cells{accounts.ColAmount: w("4.00")}},
	)
}

func TestBasicPasses(t *testing.T) {
	assert.Empty(t, check(basicTable()), "blank 399 rows are zero")
}

func TestBasicFails(t *testing.T) {
	tb := basicTable()
	tb.Rows[5].Cells[accounts.ColAmount] = w("1.81") // 30217
	fs := check(tb)
	assert.Equal(t, []string{"acc.basic.hierarchy"}, ruleIDs(fs))
	require.Len(t, fs, 1)
	assert.Equal(t, "302", fs[0].Where.Row)
	assert.Equal(t, "3.81", fs[0].Expected.String(), "2.00 + 1.81")

	tb = basicTable()
	tb.Rows[12].Cells[accounts.ColAmount] = w("17.00")
	tb.Rows[13].Cells[accounts.ColAmount] = w("3.00")
	fs = check(tb)
	assert.Equal(t, []string{"acc.basic.personnel", "acc.basic.public"}, ruleIDs(fs))
	assert.Equal(t, "16.00", only(fs, "acc.basic.personnel")[0].Expected.String())
	assert.Equal(t, "4.00", only(fs, "acc.basic.public")[0].Expected.String())
}

func TestBasicAbsentCells(t *testing.T) {
	// Without 类 rows, a 类 counts through its 款; an absent total row is
	// not checked.
	tb := basicTable()
	kept := tb.Rows[:0]
	for _, r := range tb.Rows {
		if r.Economic.Level() != 1 && r.Item != accounts.ItemPublicTotal {
			kept = append(kept, r)
		}
	}
	tb.Rows = kept
	fs := check(tb)
	assert.Equal(t, []string{"acc.structure.orphan"}, ruleIDs(fs), "款 without 类 rows are orphans, sums still hold")
	tb.Rows[len(tb.Rows)-1].Cells[accounts.ColAmount] = fiscal.Cell{}
	fs = only(check(tb), "acc.basic.personnel")
	require.Len(t, fs, 1)
	assert.Equal(t, "16.00", fs[0].Expected.String())
	assert.Equal(t, "0.00", fs[0].Actual.String())
}
