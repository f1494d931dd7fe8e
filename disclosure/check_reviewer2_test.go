package disclosure_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/threepublic"
)

// amountAt is an amount statement of paragraph line.
func amountAt(line int, subject, text, figure string, of disclosure.Ref) disclosure.Statement {
	return disclosure.Statement{Line: line, Section: "（三）一般公共预算财政拨款支出决算具体情况", Subject: subject, Text: text, Figure: figure,
		Kind: disclosure.KindAmount, Of: of}
}

func TestRepeatedFigure(t *testing.T) {
	// 2010399 is 4386.38 in the Daye 公开05; 2080505 is not printed there.
	printed := disclosure.FunctionCell(accounts.KindGeneralBudget, accounts.SideMain, fn("2010399"), accounts.ColTotal)
	absent := disclosure.FunctionCell(accounts.KindGeneralBudget, accounts.SideMain, fn("2080505"), accounts.ColTotal)
	item := "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）"
	cases := []struct {
		name     string
		ss       []disclosure.Statement
		severity fiscal.Severity // 0: no finding
		expected string
		actual   string
	}{
		{"said twice alike", []disclosure.Statement{
			amountAt(9, item, item+"4386.38万元。", "4386.38万元", printed),
			amountAt(9, item+"：支出决算数", "支出决算为4386.38万元。", "4386.38万元", printed)}, 0, "", ""},
		// 4386.4 and 4386.38 differ by 0.02, within 0.05 + 0.005.
		{"one printed at fewer decimals", []disclosure.Statement{
			amountAt(9, item, item+"4386.4万元。", "4386.4万元", printed),
			amountAt(9, item+"：支出决算数", "支出决算为4386.38万元。", "4386.38万元", printed)}, 0, "", ""},
		// The table has no such row: narr.amount reports both against 0.
		{"said twice differently, the row not printed", []disclosure.Statement{
			amountAt(9, "行政单位离退休", "行政单位离退休（项）32.5万元。", "32.5万元", absent),
			amountAt(9, "行政单位离退休：支出决算数", "支出决算为35.2万元。", "35.2万元", absent)}, fiscal.SeverityWarning, "32.5", "35.2"},
		// No "三公" table: the narrative contradicts itself, and nothing
		// else can say so.
		{"said twice differently, no table", []disclosure.Statement{
			amountAt(9, "公务接待费", "公务接待费1.71万元。", "1.71万元", tp("公务接待费")),
			amountAt(9, "公务接待费：支出决算数", "支出决算为1.17万元。", "1.17万元", tp("公务接待费"))}, fiscal.SeverityError, "1.71", "1.17"},
		// The table prints 4386.38: narr.amount reports 4402.44, the
		// contradiction is information.
		{"said twice differently, the table says which", []disclosure.Statement{
			amountAt(9, item, item+"4386.38万元。", "4386.38万元", printed),
			amountAt(9, item+"：支出决算数", "支出决算为4402.44万元。", "4402.44万元", printed)}, fiscal.SeverityInfo, "4386.38", "4402.44"},
		{"合计 in another paragraph: not applicable", []disclosure.Statement{
			amountAt(9, "行政单位离退休", "行政单位离退休（项）32.5万元。", "32.5万元", absent),
			amountAt(11, "行政单位离退休：合计", "合计35.2万元。", "35.2万元", absent)}, 0, "", ""},
		{"a part after 其中: not applicable", []disclosure.Statement{
			amountAt(9, "行政单位离退休", "行政单位离退休（项）32.5万元，其中离休费3.2万元。", "32.5万元", absent),
			amountAt(9, "离休费", "行政单位离退休（项）32.5万元，其中离休费3.2万元。", "3.2万元", absent)}, 0, "", ""},
		{"the 国内 part of 公务接待费: not applicable", []disclosure.Statement{
			amountAt(9, "公务接待费支出决算数", "公务接待费支出决算数为1.71万元。", "1.71万元", tp("公务接待费")),
			amountAt(9, "国内公务接待支出", "国内公务接待支出1.5万元。", "1.5万元", tp("公务接待费"))}, 0, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := tablesDoc()
			d.ThreePublic = nil
			d.Narrative = c.ss
			fs := only(d.Check(disclosure.CheckOptions{}), "narr.repeat")
			if c.severity == 0 {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, c.severity, fs[0].Severity)
			assert.Equal(t, c.expected, fs[0].Expected.String())
			assert.Equal(t, c.actual, fs[0].Actual.String())
			assert.Equal(t, 9, fs[0].Where.Line)
		})
	}
}

func TestGrowthFromZero(t *testing.T) {
	growth := func(text, figure string, current, change fiscal.Amount, currentDec, changeDec int) disclosure.Statement {
		return disclosure.Statement{Line: 4, Subject: "政府性基金预算财政拨款收入", Text: text, Figure: figure, Kind: disclosure.KindGrowth,
			Word: "增长", Of: disclosure.PrintedRef(current, currentDec), Over: disclosure.PrintedRef(change, changeDec)}
	}
	cases := []struct {
		name string
		s    disclosure.Statement
		rule string // "" for neither rule
		sev  fiscal.Severity
	}{
		// Daye line 1673: 2000.00 − 2000 = 0; a base of at most 0.505
		// would give at least 395,940%, not 100%.
		{"增加2000万元，增长100%", growth("收入2000万元，较上年度增加2000万元，增加100%。", "100%", fiscal.Wan("2000"), fiscal.Wan("2000"), 2, 0),
			"narr.growth-from-zero", fiscal.SeverityError},
		// 0.01 − 0.01 = 0, but a base of 0.005 gives 100%: only as
		// far as the printed figures go.
		{"tiny figures: undefined, not certain", growth("收入0.01万元，较上年增加0.01万元，增长100%。", "100%", fiscal.Wan("0.01"), fiscal.Wan("0.01"), 2, 2),
			"narr.growth-undefined", fiscal.SeverityWarning},
		{"the sentence says last year had none", growth("上年无此项收入，本年收入0.01万元，较上年增加0.01万元，增长100%。", "100%", fiscal.Wan("0.01"), fiscal.Wan("0.01"), 2, 2),
			"narr.growth-from-zero", fiscal.SeverityError},
		{"上年为0", growth("上年为0万元，本年0.02万元，较上年增加0.02万元，增长200%。", "200%", fiscal.Wan("0.02"), fiscal.Wan("0.02"), 2, 2),
			"narr.growth-from-zero", fiscal.SeverityError},
		// 300 / (600 − 300) = 100%: a real base.
		{"a base that is not 0: not applicable", growth("收入600万元，较上年增加300万元，增长100%。", "100%", fiscal.Wan("600"), fiscal.Wan("300"), 2, 2), "", 0},
		{"0 from 0, 增长0%: nothing wrong", growth("收入0万元，较上年增加0万元，增长0%。", "0%", fiscal.Wan("0"), fiscal.Wan("0"), 2, 0), "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &disclosure.Document{Year: 2024, Narrative: []disclosure.Statement{c.s}}
			fs := d.Check(disclosure.CheckOptions{})
			zero := append(only(fs, "narr.growth-from-zero"), only(fs, "narr.growth-undefined")...)
			assert.Empty(t, only(fs, "narr.growth"))
			if c.rule == "" {
				assert.Empty(t, zero)
				return
			}
			require.Len(t, zero, 1)
			assert.Equal(t, c.rule, zero[0].Rule)
			assert.Equal(t, c.sev, zero[0].Severity)
			assert.Equal(t, 4, zero[0].Where.Line)
		})
	}
}

// count is a count statement of a "三公" field.
func count(line int, subject, figure, field string) disclosure.Statement {
	return disclosure.Statement{Line: line, Subject: subject, Text: subject + figure, Figure: figure, Kind: disclosure.KindCount,
		Of: disclosure.PartRef(disclosure.PartThreePublic, field)}
}

func TestCountAmount(t *testing.T) {
	amt := func(line int, subject, figure, field string) disclosure.Statement {
		return disclosure.Statement{Line: line, Subject: subject, Text: subject + figure, Figure: figure, Kind: disclosure.KindAmount, Of: tp(field)}
	}
	cases := []struct {
		name string
		ss   []disclosure.Statement
		want []string // "severity line" of each finding
	}{
		{"reception with its counts", []disclosure.Statement{amt(5, "公务接待费支出", "1.71万元", "公务接待费"),
			count(6, "共接待国内来访团组", "9个", disclosure.CountReceptionBatches), count(6, "接待人数", "124人次", disclosure.CountReceptionPersons)}, nil},
		{"reception money, no batch", []disclosure.Statement{amt(5, "公务接待费支出", "1.71万元", "公务接待费"),
			count(6, "共接待国内来访团组", "0个", disclosure.CountReceptionBatches), count(6, "接待人数", "124人次", disclosure.CountReceptionPersons)}, []string{"warning 6"}},
		{"groups abroad, no money", []disclosure.Statement{amt(3, "因公出国（境）费支出", "0万元", "因公出国（境）费"),
			count(4, "全年安排因公出国（境）团组", "2个", disclosure.CountAbroadGroups), count(4, "累计", "６人次", disclosure.CountAbroadPersons)}, []string{"warning 4", "warning 4"}},
		{"a car bought for nothing", []disclosure.Statement{amt(7, "公务用车购置费", "0万元", "公务用车购置费"),
			count(7, "购置（更新）公务用车", "1辆", disclosure.CountVehiclesPurchased)}, []string{"warning 7"}},
		{"running costs, no car held at the year's end: information", []disclosure.Statement{amt(8, "公务用车运行维护费", "0.5万元", "公务用车运行维护费"),
			count(8, "公务用车保有量", "0辆", disclosure.CountVehiclesHeld)}, []string{"info 8"}},
		{"the 国内 count against the 国内 amount, not the whole", []disclosure.Statement{amt(5, "公务接待费支出", "1.71万元", "公务接待费"),
			amt(6, "外宾接待支出", "0万元", "公务接待费"), count(6, "共接待来访团组", "0个", disclosure.CountForeignBatches),
			amt(7, "国内公务接待支出", "1.71万元", "公务接待费"), count(7, "共接待国内来访团组", "9个", disclosure.CountReceptionBatches)}, nil},
		{"no amount stated for the item: not applicable", []disclosure.Statement{
			count(4, "全年安排因公出国（境）团组", "2个", disclosure.CountAbroadGroups)}, nil},
		{"a count of no item: not applicable", []disclosure.Statement{amt(5, "公务接待费支出", "1.71万元", "公务接待费"),
			{Line: 6, Subject: "涉及项目", Figure: "0个", Kind: disclosure.KindCount}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &disclosure.Document{Year: 2024, Narrative: c.ss}
			var got []string
			for _, f := range only(d.Check(disclosure.CheckOptions{}), "disc.3p.count-amount") {
				got = append(got, f.Severity.String()+" "+itoa(f.Where.Line))
			}
			assert.ElementsMatch(t, c.want, got)
		})
	}
	// The "三公" table and the statistics the parser read say the same:
	// tp.statistics reports it, and this rule does not again.
	tbl := &threepublic.Table{Actual: threepublic.Figures{Reception: fiscal.Present(fiscal.Wan("1.71"))}}
	d := &disclosure.Document{Year: 2024, ThreePublic: tbl,
		ThreePublicStatistics: threepublic.Statistics{ReceptionBatches: threepublic.CountOf(0), ReceptionPersons: threepublic.CountOf(124)},
		Narrative: []disclosure.Statement{amt(5, "公务接待费支出", "1.71万元", "公务接待费"),
			count(6, "共接待国内来访团组", "0个", disclosure.CountReceptionBatches)}}
	fs := d.Check(disclosure.CheckOptions{})
	assert.Empty(t, only(fs, "disc.3p.count-amount"))
	assert.NotEmpty(t, only(fs, "tp.statistics"))
	n, err := count(1, "", "１２４人次", disclosure.CountReceptionPersons).Count()
	require.NoError(t, err)
	assert.Equal(t, int64(124), n)
	_, err = count(1, "", "XX人次", disclosure.CountReceptionPersons).Count()
	assert.Error(t, err)
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestGrowthFromZeroOwnFigures: where the document lacks the table, the
// sentence's own amount and change say the base was 0; where it has the
// table, the growth check says so once, against it.
func TestGrowthFromZeroOwnFigures(t *testing.T) {
	fund := disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideIncome, accounts.ItemGovFund, accounts.ColAmount)
	sentence := func(amount, change, rate string) []disclosure.Statement {
		text := "政府性基金预算财政拨款收入" + amount + "，较上年度增加" + change + "，增长" + rate + "。"
		a, err := fiscal.ParseAmount(change, fiscal.WanYuan)
		require.NoError(t, err)
		return []disclosure.Statement{
			{Line: 4, Subject: "政府性基金预算财政拨款收入", Text: text, Figure: amount, Kind: disclosure.KindAmount, Of: fund},
			{Line: 4, Subject: "政府性基金预算财政拨款收入", Text: text, Figure: change, Kind: disclosure.KindChange, Word: "增加", Of: fund},
			{Line: 4, Subject: "政府性基金预算财政拨款收入", Text: text, Figure: rate, Kind: disclosure.KindGrowth, Word: "增长", Of: fund,
				Over: disclosure.PrintedRef(a, 2)},
		}
	}
	cases := []struct {
		name   string
		tables bool
		ss     []disclosure.Statement
		want   []string
	}{
		{"no table: 2000 and 增加2000, 增长100%", false, sentence("2000.00万元", "2000.00万元", "100%"), []string{"narr.growth-from-zero error"}},
		{"no table: 600 and 增加300, 增长100%", false, sentence("600.00万元", "300.00万元", "100%"), nil},
		// The Daye 财政拨款收入支出决算总表 prints 2000.00: one finding, the growth check's.
		{"the table gives the figure", true, sentence("2000.00万元", "2000.00万元", "100%"), []string{"narr.growth-from-zero error"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &disclosure.Document{Year: 2024}
			if c.tables {
				d = tablesDoc()
			}
			d.Narrative = c.ss
			var got []string
			for _, f := range d.Check(disclosure.CheckOptions{}) {
				if f.Rule == "narr.growth-from-zero" || f.Rule == "narr.growth-undefined" || f.Rule == "narr.growth" {
					got = append(got, f.Rule+" "+f.Severity.String())
				}
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestChangeThenComparison: a word of change followed by a word of
// comparison is ordinary Chinese (增长低于预期), not alternatives left in;
// two words of one class are.
func TestChangeThenComparison(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"收入增长低于预期，支出下降高于全市平均水平。", nil},
		{"人员经费增加小于上年。", nil},
		{"较上年增长下降5%。", []string{"增长下降"}},
		{"决算数高于低于预算数。", []string{"高于低于"}},
	}
	for _, c := range cases {
		fs := disclosure.CheckNarrativeText(nil, []disclosure.Paragraph{{Line: 2, Section: "支出决算情况说明", Text: c.text}})
		assert.Equal(t, c.want, texts(fs, "narr.alternatives"), c.text)
	}
}
