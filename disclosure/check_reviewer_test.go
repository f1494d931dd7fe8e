package disclosure_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
)

// only returns the findings of one rule.
func only(fs []fiscal.Finding, rule string) []fiscal.Finding {
	var out []fiscal.Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

func tp(field string) disclosure.Ref {
	return disclosure.PartRef(disclosure.PartThreePublic, "决算数/"+field)
}

func change(line int, subject, word, figure string, of disclosure.Ref) disclosure.Statement {
	return disclosure.Statement{Line: line, Subject: subject, Text: subject + "较上年" + word + figure, Figure: figure,
		Kind: disclosure.KindChange, Word: word, Of: of}
}

func TestDirectionConflict(t *testing.T) {
	total := disclosure.Cell(accounts.KindSummary, accounts.SideIncome, accounts.ItemIncomeTotal, accounts.ColAmount)
	other := disclosure.Cell(accounts.KindIncome, accounts.SideMain, accounts.ItemTotal, accounts.ColOtherIncome)
	cases := []struct {
		name string
		ss   []disclosure.Statement
		want int
	}{
		{"the same change said twice", []disclosure.Statement{change(1, "收入合计", "增加", "12.5万元", total), change(5, "收入合计", "增长", "12.5万元", total)}, 0},
		{"持平 and 增加 of one figure", []disclosure.Statement{change(1, "收入合计", "持平", "0万元", total), change(5, "收入合计", "增加", "12.5万元", total)}, 1},
		{"增加 and 减少 of one figure", []disclosure.Statement{change(1, "收入合计", "增加", "3万元", total), change(5, "收入合计", "减少", "3万元", total)}, 1},
		{"增加0万元 is 持平", []disclosure.Statement{change(1, "收入合计", "持平", "0万元", total), change(5, "收入合计", "增加", "0万元", total)}, 0},
		{"different figures: not applicable", []disclosure.Statement{change(1, "收入合计", "持平", "0万元", total), change(5, "其他收入", "增加", "3万元", other)}, 0},
		{"a change inside a reason is a part's", []disclosure.Statement{change(1, "收入合计", "持平", "0万元", total),
			{Line: 2, Subject: "收入合计", Text: "主要原因是项目经费减少3万元", Figure: "3万元", Kind: disclosure.KindChange, Word: "减少", Of: total}}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &disclosure.Document{Year: 2024, Narrative: c.ss}
			fs := only(d.Check(disclosure.CheckOptions{}), "narr.direction-conflict")
			require.Len(t, fs, c.want)
			if c.want > 0 {
				assert.Equal(t, fiscal.SeverityWarning, fs[0].Severity)
				assert.Equal(t, 5, fs[0].Where.Line)
			}
		})
	}
}

func TestThreePublicChangeSum(t *testing.T) {
	cases := []struct {
		name           string
		ss             []disclosure.Statement
		want           int
		expected, diff string
		severity       fiscal.Severity
	}{
		{"adds up: −0.5 = −0.3 + 0 − 0.2", []disclosure.Statement{
			change(1, "三公", "减少", "0.5万元", tp("合计")), change(2, "出国", "减少", "0.3万元", tp("因公出国（境）费")),
			change(3, "车辆", "持平", "0万元", tp("公务用车购置及运行费")), change(4, "接待", "减少", "0.2万元", tp("公务接待费"))}, 0, "", "", 0},
		// 1.2 − 0.5 + 0.1 = 0.8, the total says −0.8 (减少 for 增加).
		{"the total's word is wrong", []disclosure.Statement{
			change(1, "三公", "减少", "0.8万元", tp("合计")), change(2, "出国", "增加", "1.2万元", tp("因公出国（境）费")),
			change(3, "车辆", "减少", "0.5万元", tp("公务用车购置及运行费")), change(4, "接待", "增加", "0.1万元", tp("公务接待费"))}, 1, "0.8", "-1.6", fiscal.SeverityError},
		// 0.12 + 0.25 = 0.37 against a vehicle total of 0.36: within 3 × 0.005.
		{"vehicle parts within rounding", []disclosure.Statement{
			change(1, "车辆", "增加", "0.36万元", tp("公务用车购置及运行费")), change(2, "购置", "增加", "0.12万元", tp("公务用车购置费")),
			change(3, "运行", "增加", "0.25万元", tp("公务用车运行维护费"))}, 1, "0.37", "-0.01", fiscal.SeverityInfo},
		{"an item's change not stated: not applicable", []disclosure.Statement{
			change(1, "三公", "减少", "0.8万元", tp("合计")), change(2, "出国", "增加", "1.2万元", tp("因公出国（境）费")),
			change(4, "接待", "增加", "0.1万元", tp("公务接待费"))}, 0, "", "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &disclosure.Document{Year: 2024, Narrative: c.ss}
			fs := only(d.Check(disclosure.CheckOptions{}), "disc.3p.change-sum")
			require.Len(t, fs, c.want)
			if c.want > 0 {
				assert.Equal(t, c.severity, fs[0].Severity)
				assert.Equal(t, c.expected, fs[0].Expected.String())
				assert.Equal(t, c.diff, fs[0].Difference.String())
			}
		})
	}
}

func TestFunctionNames(t *testing.T) {
	amount := func(subject string, code string) disclosure.Statement {
		return disclosure.Statement{Line: 7, Subject: subject, Text: subject + "2000万元", Figure: "2000万元", Kind: disclosure.KindAmount,
			Of: disclosure.FunctionCell(accounts.KindGovFund, accounts.SideMain, fn(code), accounts.ColTotal)}
	}
	cases := []struct {
		name  string
		s     disclosure.Statement
		year  int
		rows  []string // the codes reported
		texts []string
	}{
		{"names as the tables print them", amount("其他支出（类）其他政府性基金及对应专项债务收入安排的支出（款）其他地方自行试点项目收益专项债券收入安排的支出（项）", "2290402"), 2024, nil, nil},
		{"a trailing 支出 and full-width brackets do not count", amount("1.其他支出(类)其他政府性基金及对应专项债务收入安排的（款）", "22904"), 2024, nil, nil},
		{"the 款 named 其他支出 (Daye line 1695)", amount("其他支出（类）其他支出（款）其他地方自行试点项目收益专项债券收入安排的支出（项）", "2290402"), 2024, []string{"22904"}, []string{"其他支出"}},
		{"a name of the 2018 edition", amount("2024年度文化体育与传媒支出（类）", "207"), 2024, []string{"207"}, []string{"2024年度文化体育与传媒支出"}},
		{"words before the first name", amount("本年度一般公共服务支出（类）", "201"), 2024, nil, nil},
		{"no markers: not applicable", amount("其他支出", "2290402"), 2024, nil, nil},
		{"a 2019 report and no table row: no catalog of its period", amount("社会保障和就业支出（类）行政事业单位离退休（款）", "20805"), 2019, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := tablesDoc()
			d.Year = c.year
			d.Narrative = []disclosure.Statement{c.s}
			fs := only(d.Check(disclosure.CheckOptions{}), "narr.function-name")
			var rows, texts []string
			for _, f := range fs {
				rows, texts = append(rows, f.Where.Row), append(texts, f.Where.Text)
				assert.Equal(t, fiscal.SeverityWarning, f.Severity)
			}
			assert.Equal(t, c.rows, rows)
			assert.Equal(t, c.texts, texts)
		})
	}
	code, name, ok := disclosure.FormerFunctionName("医疗卫生与计划生育支出")
	assert.True(t, ok)
	assert.Equal(t, "210", code.String())
	assert.Equal(t, "卫生健康支出", name)
	_, _, ok = disclosure.FormerFunctionName("卫生健康支出")
	assert.False(t, ok)
}

func TestRulesListReviewerChecks(t *testing.T) {
	ids := map[string]fiscal.Rule{}
	for _, r := range disclosure.Rules() {
		ids[r.ID] = r
	}
	for _, id := range []string{"narr.direction-conflict", "disc.3p.change-sum", "narr.function-name", "narr.doubled-word", "narr.alternatives",
		"narr.percent-sign", "narr.year-form", "narr.stray-unit", "narr.reason", "narr.flat-reason", "disc.3p.items-stated",
		"narr.repeat", "narr.growth-from-zero", "disc.3p.count-amount"} {
		r, ok := ids[id]
		if assert.True(t, ok, id) {
			assert.NotEmpty(t, r.Title)
			assert.NotZero(t, r.Severity)
		}
	}
}
