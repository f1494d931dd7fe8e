package accounts_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStructure(t *testing.T) {
	cells := accounts.Cells{accounts.ColTotal: w("1.00"), accounts.ColBasic: w("1.00")}
	tb := table(accounts.KindGeneralBudget,
		accounts.Row{Item: accounts.ItemTotal, Cells: cells},
		accounts.Row{Function: fn("201"), Name: "一般公共服务支出", Cells: cells},
		accounts.Row{Function: fn("20103"), Name: "政府办公厅(室)及相关机构事务", Cells: cells}, // half-width (): same name
		accounts.Row{Function: fn("2010399"), Name: "其他政府办公厅（室）及相关机构事务支出", Cells: cells},
	)
	assert.Empty(t, check(tb), "pass")

	tb.Rows = append(tb.Rows,
		accounts.Row{Code: "2O10399", Name: "typo in the code", Line: 12},  // malformed
		accounts.Row{Function: fn("2010399"), Name: "其他政府办公厅（室）及相关机构事务支出"}, // duplicate
		accounts.Row{Function: fn("2050205"), Name: "高等教育"},                // orphan: no 205 or 20502
		accounts.Row{Function: fn("2189901"), Name: "不存在"},                 // cannot exist (no 类 218), orphan
		accounts.Row{Function: fn("2080506"), Name: "行政单位离退休"},             // 2080501's name, orphan
	)
	fs := check(tb)
	assert.Equal(t, []string{"acc.structure.code", "acc.structure.duplicate", "acc.structure.name", "acc.structure.orphan", "acc.structure.unknown"}, ruleIDs(fs))
	code := only(fs, "acc.structure.code")
	require.Len(t, code, 1)
	assert.Equal(t, "2O10399", code[0].Where.Text)
	assert.Equal(t, 12, code[0].Where.Line)
	assert.Len(t, only(fs, "acc.structure.orphan"), 3)
	name := only(fs, "acc.structure.name")
	require.Len(t, name, 1)
	assert.Equal(t, "2080506 printed with the name 行政单位离退休, which is 2080501's; the catalog names 2080506 \"机关事业单位职业年金缴费支出\"", name[0].Message)
	assert.Equal(t, fiscal.SeverityWarning, name[0].Severity, "2080501's name is printed in several reports")
	unknown := only(fs, "acc.structure.unknown")
	require.Len(t, unknown, 1)
	assert.Equal(t, fiscal.SeverityWarning, unknown[0].Severity, "no 类 218: the code cannot exist")
	assert.Contains(t, unknown[0].Message, "its parent 218 does not")
}

// TestStructureCatalogBasis: what the catalog does not know is info, what
// it cannot confirm is info, a former edition's name is info.
func TestStructureCatalogBasis(t *testing.T) {
	cells := accounts.Cells{accounts.ColTotal: w("1.00"), accounts.ColBasic: w("1.00")}
	tb := table(accounts.KindGeneralBudget,
		accounts.Row{Item: accounts.ItemTotal, Cells: cells},
		accounts.Row{Function: fn("201"), Name: "一般公共服务支出", Cells: cells},
		accounts.Row{Function: fn("20103"), Name: "政府办公厅(室)及相关机构事务", Cells: cells},
		accounts.Row{Function: fn("2010397"), Name: "某项", Cells: cells},     // 项 the embedded catalog lacks: info
		accounts.Row{Function: fn("2010304"), Name: "专项服务支出", Cells: cells}, // trailing 支出: same name
		accounts.Row{Function: fn("2010305"), Name: "专项业务", Cells: cells},   // a recalled name differs: info
	)
	fs := append(only(check(tb), "acc.structure.name"), only(check(tb), "acc.structure.unknown")...)
	require.Len(t, fs, 2, "%v", fs)
	assert.Contains(t, fs[0].Message, `the catalog names it "专项业务及机关事务管理"`)
	for _, f := range fs {
		assert.Equal(t, fiscal.SeverityInfo, f.Severity, f.Message)
	}
	assert.Equal(t, "acc.structure.unknown", fs[1].Rule)
	assert.Contains(t, fs[1].Message, "load the official one")
	tb = table(accounts.KindGeneralBudget,
		accounts.Row{Item: accounts.ItemTotal, Cells: cells},
		accounts.Row{Function: fn("207"), Name: "文化体育与传媒支出", Cells: cells}, // the name before 2019
	)
	fs = only(check(tb), "acc.structure.name")
	require.Len(t, fs, 1)
	assert.Equal(t, fiscal.SeverityInfo, fs[0].Severity)
	assert.Contains(t, fs[0].Message, "its name in the editions up to 2018")
}

func TestStructureAbsent(t *testing.T) {
	// A table with data that says it is empty.
	tb := table(accounts.KindGovFund, accounts.Row{Item: accounts.ItemTotal, Cells: accounts.Cells{accounts.ColIncome: w("1.00"), accounts.ColClosing: w("1.00")}})
	tb.EmptyStatement = "本单位无此项内容，故本表无数据。"
	fs := check(tb)
	// The statement contradicts the figures, and the 合计 has no 类 rows.
	assert.Equal(t, []string{"acc.govfund.total", "acc.structure.empty"}, ruleIDs(fs))
	// Rows with no code and no name are ignored; rows whose cells are all
	// blank are printed rows like any other.
	tb = table(accounts.KindIncome, accounts.Row{}, accounts.Row{Function: fn("201")})
	fs = check(tb)
	assert.Equal(t, []string{"acc.structure.empty"}, ruleIDs(fs), "only the missing statement")
}
