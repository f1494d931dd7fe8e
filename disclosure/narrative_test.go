package disclosure_test

import (
	"slices"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fn(s string) classify.Function { return classify.MustParse[classify.FunctionKind](s) }

func tablesDoc() *disclosure.Document {
	return &disclosure.Document{Department: daye2024.Department, Year: 2024, Tables: daye2024.Tables(),
		ThreePublic: daye2024.ThreePublic()}
}

var (
	incomeTotal = disclosure.Cell(accounts.KindSummary, accounts.SideIncome, accounts.ItemIncomeTotal, accounts.ColAmount)
	otherIncome = disclosure.Cell(accounts.KindIncome, accounts.SideMain, accounts.ItemTotal, accounts.ColOtherIncome)
	general     = disclosure.Cell(accounts.KindGeneralBudget, accounts.SideMain, accounts.ItemTotal, accounts.ColTotal)
)

func st(k disclosure.StatementKind, figure, word string, of, over disclosure.Ref) disclosure.Statement {
	return disclosure.Statement{Line: 1, Subject: "s", Text: "t", Figure: figure, Kind: k, Word: word, Of: of, Over: over}
}

func TestStatementChecks(t *testing.T) {
	d := tablesDoc()
	cases := []struct {
		name     string
		s        disclosure.Statement
		rule     string // "" for no finding
		severity fiscal.Severity
		expected string
	}{
		// Amounts, by hand against 公开01/公开02/公开05.
		{"amount equal", st(disclosure.KindAmount, "6577.03万元", "", incomeTotal, disclosure.Ref{}), "", 0, ""},
		{"amount printed with fewer decimals", st(disclosure.KindAmount, "174.6万元", "", otherIncome, disclosure.Ref{}), "", 0, ""},
		{"amount wrong", st(disclosure.KindAmount, "6402.44万元", "", general, disclosure.Ref{}), "narr.amount", fiscal.SeverityError, "4402.44"},
		{"amount within rounding", st(disclosure.KindAmount, "6577.04万元", "", incomeTotal, disclosure.Ref{}), "narr.amount", fiscal.SeverityInfo, "6577.03"},
		{"amount rounded to fewer decimals", st(disclosure.KindAmount, "6577万元", "", incomeTotal, disclosure.Ref{}), "", 0, ""},
		{"amount off by one last digit", st(disclosure.KindAmount, "6577.1万元", "", incomeTotal, disclosure.Ref{}), "narr.amount", fiscal.SeverityWarning, "6577.03"},
		{"amount of an absent row", st(disclosure.KindAmount, "2000万元", "", disclosure.FunctionCell(accounts.KindGeneralBudget, accounts.SideMain, fn("229"), accounts.ColTotal), disclosure.Ref{}), "narr.amount", fiscal.SeverityError, "0.00"},
		// Shares: 174.60 / 6577.03 = 2.6547% → 2.7%.
		{"share right", st(disclosure.KindShare, "2.7%", "", otherIncome, incomeTotal), "", 0, ""},
		{"share wrong by one digit", st(disclosure.KindShare, "2.6%", "", otherIncome, incomeTotal), "narr.share", fiscal.SeverityWarning, "2.7"},
		{"share wrong", st(disclosure.KindShare, "31.2%", "", otherIncome, incomeTotal), "narr.share", fiscal.SeverityError, "2.7"},
		// Completion: 4402.44 / 4094.32 = 107.525% → 107.5%.
		{"completion right", st(disclosure.KindCompletion, "107.5%", "", general, disclosure.PrintedRef(fiscal.Wan("4094.32"), 2)), "", 0, ""},
		{"completion wrong", st(disclosure.KindCompletion, "156.4%", "", general, disclosure.PrintedRef(fiscal.Wan("4094.32"), 2)), "narr.completion", fiscal.SeverityError, "107.5"},
		// Growth: 1154.49 / (6577.03 − 1154.49) = 21.29% → 21.3%.
		{"growth right", st(disclosure.KindGrowth, "21.3%", "增长", incomeTotal, disclosure.PrintedRef(fiscal.Wan("1154.49"), 2)), "", 0, ""},
		{"growth wrong", st(disclosure.KindGrowth, "20.4%", "增长", incomeTotal, disclosure.PrintedRef(fiscal.Wan("1154.49"), 2)), "narr.growth", fiscal.SeverityError, "21.3"},
		// 下降: −915.68 / (4402.44 + 915.68) = −17.22% → 下降17.2%.
		{"decline right", st(disclosure.KindGrowth, "17.2%", "减少", general, disclosure.PrintedRef(fiscal.Wan("915.68"), 2)), "", 0, ""},
		// 6577.03 − 6577.03 = 0, and a base of at most 0.01 would give far more than 100%.
		{"growth from zero", st(disclosure.KindGrowth, "100%", "增加", incomeTotal, disclosure.PrintedRef(fiscal.Wan("6577.03"), 2)), "narr.growth-from-zero", fiscal.SeverityError, ""},
		// Change words.
		{"持平 with a change", st(disclosure.KindChange, "3.86万元", "持平", incomeTotal, disclosure.Ref{}), "narr.word", fiscal.SeverityError, ""},
		// A word of change with no change: the Guangdong template's fill
		// for an unchanged item ("比上年决算数增加0万元，增长0%"), a wording
		// to look at, no wrong figure.
		{"增加 by nothing", st(disclosure.KindChange, "0万元", "增加", incomeTotal, disclosure.Ref{}), "narr.word", fiscal.SeverityWarning, ""},
		{"持平", st(disclosure.KindChange, "0万元", "持平", incomeTotal, disclosure.Ref{}), "", 0, ""},
		// Comparisons: 4402.44 大于 4094.32.
		{"大于 right", st(disclosure.KindCompare, "", "大于", general, disclosure.PrintedRef(fiscal.Wan("4094.32"), 2)), "", 0, ""},
		{"小于 wrong", st(disclosure.KindCompare, "", "小于", general, disclosure.PrintedRef(fiscal.Wan("4094.32"), 2)), "narr.word", fiscal.SeverityError, ""},
		// 持平 at the coarser printed precision: 4402.4 (one decimal) is 4402.44.
		{"持平 at one decimal", st(disclosure.KindCompare, "", "持平", general, disclosure.PrintedRef(fiscal.Wan("4402.4"), 1)), "", 0, ""},
		{"持平 wrong", st(disclosure.KindCompare, "", "持平", general, disclosure.PrintedRef(fiscal.Wan("4094.32"), 2)), "narr.word", fiscal.SeverityError, ""},
		// 基本持平 (roughly level): 4402.44 against 4300.00 is 2.3 % apart; 4094.32 is 7 %.
		{"基本持平 within 5%", disclosure.Statement{Line: 1, Subject: "s", Text: "决算数与预算数基本持平", Kind: disclosure.KindCompare, Word: "持平",
			Of: general, Over: disclosure.PrintedRef(fiscal.Wan("4300.00"), 2)}, "", 0, ""},
		{"基本持平 beyond 5%", disclosure.Statement{Line: 1, Subject: "s", Text: "决算数与预算数基本持平", Kind: disclosure.KindCompare, Word: "持平",
			Of: general, Over: disclosure.PrintedRef(fiscal.Wan("4094.32"), 2)}, "narr.word", fiscal.SeverityError, ""},
		// What cannot be checked.
		{"missing part", st(disclosure.KindAmount, "1万元", "", disclosure.PartRef(disclosure.PartProcurement, "总额"), disclosure.Ref{}), "narr.unresolved", fiscal.SeverityWarning, ""},
		{"unreadable figure", st(disclosure.KindShare, "百分之五", "", otherIncome, incomeTotal), "narr.unresolved", fiscal.SeverityWarning, ""},
		{"count", st(disclosure.KindCount, "124人次", "", disclosure.Ref{}, disclosure.Ref{}), "", 0, ""},
		// A 项 of a table printing no 功能分类 row as deep (公开04 prints
		// none at all): not printed is not 0 there.
		{"amount of a 项 the table does not go down to", st(disclosure.KindAmount, "1511.89万元", "",
			disclosure.FunctionCell(accounts.KindAppropriationSummary, accounts.SideExpenditure, fn("2010601"), accounts.ColTotal), disclosure.Ref{}),
			"narr.unresolved", fiscal.SeverityWarning, ""},
		{"amount of a 项 the general budget table does not print", st(disclosure.KindAmount, "20万元", "",
			disclosure.FunctionCell(accounts.KindGeneralBudget, accounts.SideMain, fn("2290999"), accounts.ColTotal), disclosure.Ref{}),
			"narr.amount", fiscal.SeverityError, "0.00"},
	}
	for _, c := range cases {
		fs := d.CheckStatement(c.s, nil)
		if c.rule == "" {
			assert.Empty(t, fs, c.name)
			continue
		}
		require.Len(t, fs, 1, c.name)
		assert.Equal(t, c.rule, fs[0].Rule, c.name)
		assert.Equal(t, c.severity, fs[0].Severity, "%s: %v", c.name, fs[0])
		if c.expected != "" {
			assert.Equal(t, c.expected, fs[0].Expected.String(), c.name)
		}
		assert.Equal(t, 1, fs[0].Where.Line, c.name)
	}
}

func TestCrossYear(t *testing.T) {
	d := tablesDoc()
	prev := tablesDoc()
	r, ok := prev.Tables.Summary.Named(accounts.SideIncome, accounts.ItemIncomeTotal)
	require.True(t, ok)
	// Last year's 本年收入合计, by hand: 6577.03 − 1154.49 = 5422.54.
	r.Cells[accounts.ColAmount] = fiscal.MustParseCell("5422.54", fiscal.WanYuan)
	s := st(disclosure.KindChange, "1154.49万元", "增加", incomeTotal, disclosure.Ref{})
	assert.Empty(t, d.CheckStatement(s, prev), "the implied prior equals last year's report")
	assert.Empty(t, d.CheckStatement(s, nil), "without last year's report only the word is checked")

	s.Figure = "1084.32万元" // implies 5492.71
	fs := d.CheckStatement(s, prev)
	require.Len(t, fs, 1)
	assert.Equal(t, "narr.prior", fs[0].Rule)
	assert.Equal(t, "5422.54", fs[0].Expected.String())
	assert.Equal(t, "5492.71", fs[0].Actual.String())
	assert.Equal(t, fiscal.ScopeCrossYear, ruleScope(t, "narr.prior"))

	s.Word, s.Figure = "减少", "1154.49万元" // implies 7731.52
	fs = d.CheckStatement(s, prev)
	require.Len(t, fs, 1)
	assert.Equal(t, "7731.52", fs[0].Actual.String())
}

func ruleScope(t *testing.T, id string) fiscal.Scope {
	t.Helper()
	i := slices.IndexFunc(disclosure.Rules(), func(r fiscal.Rule) bool { return r.ID == id })
	require.GreaterOrEqual(t, i, 0)
	return disclosure.Rules()[i].Scope
}

func TestGeneratedNarrativeChecksClean(t *testing.T) {
	d := daye2024.Document()
	gen := d.GenerateNarrative(disclosure.GenerateOptions{PercentDecimals: 1})
	require.NotEmpty(t, gen)
	for _, s := range gen {
		assert.Empty(t, d.CheckStatement(s, nil), "%s %s", s.Subject, s.Figure)
	}
	// By hand: 174.60 / 6577.03 = 2.65% → 2.7%; 4402.44 / 6577.03 = 66.94%
	// → 66.9%; 1.71 / 1.71 = 100.0%.
	figures := map[string]string{}
	for _, s := range gen {
		figures[s.Subject] = s.Figure
	}
	assert.Equal(t, "2.7%", figures["其他收入占本年收入合计的比例"])
	assert.Equal(t, "66.9%", figures["一般公共预算财政拨款支出占本年支出合计的比例"])
	assert.Equal(t, "100.0%", figures["“三公”经费财政拨款支出决算完成全年预算的比例"])
	assert.Equal(t, "4402.44万元", figures["一般公共预算财政拨款支出"])
	assert.Equal(t, "3846.29万元", figures["政府采购支出总额"])
}

// TestShareOfItself: a share read as a cell over itself (the reading lost
// its part: "基本支出X万元，占本年支出合计的Y%") is not compared.
func TestShareOfItself(t *testing.T) {
	d := tablesDoc()
	s := st(disclosure.KindShare, "32.27%", "", incomeTotal, incomeTotal)
	assert.Empty(t, d.CheckStatement(s, nil))
	s.Over = general
	assert.NotEmpty(t, d.CheckStatement(s, nil), "a share of two cells is compared")
}

// TestShareOverMistypedProcurementTotal: a 政府采购支出总额 mistyped (215.26
// for its parts' 4.79 + 0 + 246.47 = 251.26) beside a 中小企业 share right
// over the parts' sum (200.00 / 251.26 = 79.60 %) is one defect (proc.total),
// not also a wrong share (the probe's case 151). A share wrong over the sum
// too is still an error.
func TestShareOverMistypedProcurementTotal(t *testing.T) {
	wan := func(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }
	doc := &disclosure.Document{Year: 2024, Procurement: &procurement.Summary{
		Goods: wan("4.79"), Works: wan("0"), Services: wan("246.47"), Total: wan("215.26"), SME: wan("200.00"), Decimals: 2}}
	share := func(fig string) disclosure.Statement {
		return st(disclosure.KindShare, fig, "", disclosure.PartRef(disclosure.PartProcurement, "中小企业"), disclosure.PartRef(disclosure.PartProcurement, "总额"))
	}
	assert.Empty(t, doc.CheckStatement(share("79.60%"), nil))
	fs := doc.CheckStatement(share("81.60%"), nil)
	require.Len(t, fs, 1)
	assert.Equal(t, "narr.share", fs[0].Rule)
	// With the total right, the same: 79.60 % is right, 81.60 % is not.
	doc.Procurement.Total = wan("251.26")
	assert.Empty(t, doc.CheckStatement(share("79.60%"), nil))
	assert.Len(t, doc.CheckStatement(share("81.60%"), nil), 1)
}
