package disclosure_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
)

func para(text string) disclosure.Paragraph {
	return disclosure.Paragraph{Line: 3, Section: "一般公共预算财政拨款支出决算情况说明", Text: text}
}

// texts returns the Where.Text of the findings of rule.
func texts(fs []fiscal.Finding, rule string) []string {
	var out []string
	for _, f := range only(fs, rule) {
		out = append(out, f.Where.Text)
	}
	return out
}

func TestWordsAndNumbers(t *testing.T) {
	cases := []struct {
		name, rule, text string
		want             []string
	}{
		{"doubled word", "narr.doubled-word", "较上年下降下降5.2%。", []string{"下降下降"}},
		{"one word", "narr.doubled-word", "较上年下降5.2%。", nil},
		{"增加值 is not a doubled word", "narr.doubled-word", "带动增加增加值10亿元。", nil},
		{"slash alternatives", "narr.alternatives", "较上年增加/减少12万元，增长／下降3%。", []string{"增加/减少", "增长／下降"}},
		{"run together", "narr.alternatives", "较上年增加减少12万元。", []string{"增加减少"}},
		{"parenthesised alternatives are placeholders, reported elsewhere", "narr.alternatives", "较上年增加（减少）12万元。", nil},
		{"same direction twice is no alternative", "narr.alternatives", "较上年增加增长12万元。", nil},
		{"share without %", "narr.percent-sign", "其他收入6.2万元，占41.5，", []string{"占41.5"}},
		{"share of a named whole without %", "narr.percent-sign", "占本年支出合计的97.4；", []string{"占本年支出合计的97.4"}},
		{"completion without %", "narr.percent-sign", "完成年初预算的98.2。", []string{"完成年初预算的98.2"}},
		{"growth without %", "narr.percent-sign", "减少63.14万元，下降2.10。", []string{"下降2.10"}},
		{"shares with % (half- and full-width)", "narr.percent-sign", "占41.5%，占本年支出的2.6％；完成年初预算的98.20%。", nil},
		{"an amount after 占 has its unit", "narr.percent-sign", "占用资金120万元，", nil},
		{"增长 by a count", "narr.percent-sign", "接待批次增长3，", nil},
		{"year of five digits", "narr.year-form", "20245年度收入合计6577.03万元。", []string{"20245年"}},
		{"year of three digits", "narr.year-form", "202年度收入合计。", []string{"202年度"}},
		{"年 missing", "narr.year-form", "2024度一般公共预算财政拨款支出。", []string{"2024度"}},
		{"kilowatt-hours are no year", "narr.year-form", "节约用电2024度，全年2024度电。", nil},
		{"a year beyond 2099", "narr.year-form", "截至2204年12月31日。", []string{"2204年"}},
		{"ordinary years, with spaces as pdftotext prints them", "narr.year-form", "与 2023 年度相比，2035年远景目标，截至2024年12月31日。", nil},
		{"a unit with no figure (Daye line 1702)", "narr.stray-unit", "主要包括：办公费、会议费、培训费、公务接待费元、劳务费。", []string{"公务接待费元"}},
		{"figures with their units", "narr.stray-unit", "公务接待费1.71万元、办公费21.21万元，单元、美元。", nil},
		{"amounts are no years", "narr.year-form", "支出20245.12万元，共计2,024年。", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := disclosure.CheckNarrativeText(&disclosure.Document{Year: 2024}, []disclosure.Paragraph{para(c.text)})
			assert.Equal(t, c.want, texts(fs, c.rule))
			for _, f := range only(fs, c.rule) {
				assert.Equal(t, 3, f.Where.Line)
			}
		})
	}
	// The 名词解释 is not checked.
	g := para("较上年下降下降5.2%。")
	g.Section = "第四部分 名词解释"
	assert.Empty(t, disclosure.CheckNarrativeText(nil, []disclosure.Paragraph{g}))
}

func TestReasons(t *testing.T) {
	general := disclosure.Cell(accounts.KindGeneralBudget, accounts.SideMain, accounts.ItemTotal, accounts.ColTotal)
	completion := func(text, figure string) disclosure.Statement {
		return disclosure.Statement{Line: 3, Subject: "一般公共预算财政拨款支出", Text: text, Figure: figure, Kind: disclosure.KindCompletion,
			Of: general, Over: disclosure.PrintedRef(fiscal.Wan("4094.32"), 2)}
	}
	growth := func(text, figure string) disclosure.Statement {
		return disclosure.Statement{Line: 3, Subject: "支出合计", Text: text, Figure: figure, Kind: disclosure.KindGrowth, Word: "增长", Of: general}
	}
	cases := []struct {
		name  string
		s     disclosure.Statement
		paras []string
		want  int
	}{
		// Daye line 1689: 156.4% of the budget and no reason in the paragraph.
		{"completion far from 100% without a reason", completion("支出决算数为6402.44万元，完成年初预算的156.4%。", "156.4%"),
			[]string{"年初预算为4094.32万元，支出决算数为6402.44万元，完成年初预算的156.4%。其中："}, 1},
		{"with 主要原因是", completion("完成年初预算的156.4%，主要原因是追加专项债资金。", "156.4%"),
			[]string{"完成年初预算的156.4%，主要原因是追加专项债资金。"}, 0},
		{"the reason in the next sentence", completion("完成年初预算的80.1%。", "80.1%"),
			[]string{"完成年初预算的80.1%。决算数小于预算数的主要原因：项目调减。"}, 0},
		{"由于 gives a reason", growth("较上年增加300万元，增长25.0%", "25.0%"),
			[]string{"较上年增加300万元，增长25.0%，由于新增项目。"}, 0},
		{"growth of 25% without a reason", growth("较上年增加300万元，增长25.0%。", "25.0%"), []string{"较上年增加300万元，增长25.0%。"}, 1},
		{"the reason opens the next paragraph", completion("完成年初预算的80.1%。", "80.1%"),
			[]string{"完成年初预算的80.1%。", "主要原因是项目调减。"}, 0},
		{"a small difference needs none", completion("完成年初预算的98.2%。", "98.2%"), []string{"完成年初预算的98.2%。"}, 0},
		{"no paragraph holds the statement: not applicable", completion("完成年初预算的156.4%。", "156.4%"), []string{"另一段。"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var ps []disclosure.Paragraph
			for _, p := range c.paras {
				ps = append(ps, para(p))
			}
			d := &disclosure.Document{Year: 2024, Narrative: []disclosure.Statement{c.s}}
			fs := only(disclosure.CheckNarrativeText(d, ps), "narr.reason")
			assert.Len(t, fs, c.want)
			for _, f := range fs {
				assert.Equal(t, fiscal.SeverityWarning, f.Severity)
				assert.Equal(t, 3, f.Where.Line)
			}
		})
	}
}

func TestFlatReason(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  int
	}{
		// Putuo line 548: 持平, and the reason (continued in the next
		// paragraph) is that spending fell.
		{"持平 explained by a fall copied from a change", []string{"收入支出总计减少56.95万元，下降1.87%。主要原因：基本支出中人员进出及退休变化等原因减少支付。",
			"与2023年度相比，财政拨款收入支出总计持平。主要原因：", "基本支出中人员进出及退休变化等原因减少支付。"}, 1},
		{"持平 explained in the same sentence by a rise copied from a change", []string{"支出合计较上年增加12万元，主要原因是公务接待增加较多。",
			"公务接待费支出决算数与上年度持平，主要原因是公务接待增加较多。"}, 1},
		{"持平 explained by savings, a reason of its own", []string{"与上年度持平，主要原因是严格控制支出，减少公务接待。"}, 0},
		{"持平 with a reason that is no change", []string{"“三公”经费支出决算数1.71万元，与上年度持平，主要原因是我单位严格按照年初预算来控制公务接待支出数。"}, 0},
		{"a negated change", []string{"与上年持平，主要原因是严格控制支出，未增加接待。"}, 0},
		{"持平 with the budget is no change against last year", []string{"决算数与预算数基本持平，主要原因是减少开支。"}, 0},
		{"持平 with no reason: not applicable", []string{"与上年度持平。"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var ps []disclosure.Paragraph
			for i, p := range c.paras {
				q := para(p)
				q.Line += i * 2
				ps = append(ps, q)
			}
			fs := only(disclosure.CheckNarrativeText(nil, ps), "narr.flat-reason")
			assert.Len(t, fs, c.want)
		})
	}
}

func TestThreePublicItemsStated(t *testing.T) {
	sec := "财政拨款“三公”经费支出决算情况说明"
	cases := []struct {
		name  string
		paras []string
		want  string // the message's list, "" for no finding
	}{
		{"every item", []string{"因公出国（境）费支出0万元；公务用车购置费0万元，公务用车运行维护费0.5万元；公务接待费1.71万元。"}, ""},
		{"the vehicle total covers both", []string{"因公出国（境）费0万元，公务用车购置及运行维护费0万元，公务接待费0万元。"}, ""},
		{"no 三公 at all", []string{"本单位2024年度无“三公”经费财政拨款支出。"}, ""},
		{"三公 of 0", []string{"本单位2024年度“三公”经费财政拨款支出决算为0。"}, ""},
		{"出国 and 车辆 unsaid", []string{"“三公”经费支出1.71万元，全部为公务接待费。"}, "因公出国（境）费、公务用车购置费、公务用车运行维护费"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var ps []disclosure.Paragraph
			for _, p := range c.paras {
				ps = append(ps, disclosure.Paragraph{Line: 9, Section: sec, Text: p})
			}
			fs := only(disclosure.CheckNarrativeText(nil, ps), "disc.3p.items-stated")
			if c.want == "" {
				assert.Empty(t, fs)
				return
			}
			if assert.Len(t, fs, 1) {
				assert.Contains(t, fs[0].Message, c.want)
				assert.Equal(t, 9, fs[0].Where.Line)
			}
		})
	}
	// Items under sub-headings of their own belong to the part; the next
	// part ends it.
	ps := []disclosure.Paragraph{
		{Line: 1, Section: sec, Text: sec, Heading: true},
		{Line: 2, Section: sec, Text: "“三公”经费支出1.71万元。"},
		{Line: 3, Section: "1.因公出国（境）费支出情况", Text: "因公出国（境）费0万元。"},
		{Line: 4, Section: "2.公务用车购置及运行费支出情况", Text: "公务用车购置及运行费0万元。"},
		{Line: 5, Section: "3.公务接待费支出情况", Text: "公务接待费1.71万元。"},
		{Line: 6, Section: "机关运行经费支出情况", Text: "出国、接待以外的机关运行经费。"},
	}
	assert.Empty(t, only(disclosure.CheckNarrativeText(nil, ps), "disc.3p.items-stated"))
	ps[4].Text, ps[4].Section = "其他1.71万元。", sec
	fs := only(disclosure.CheckNarrativeText(nil, ps), "disc.3p.items-stated")
	if assert.Len(t, fs, 1, "接待 in the next part does not count") {
		assert.Contains(t, fs[0].Message, "公务接待费")
	}
	// Without a "三公" section the check does not run.
	assert.Empty(t, only(disclosure.CheckNarrativeText(nil, []disclosure.Paragraph{para("公务接待费1.71万元。")}), "disc.3p.items-stated"))
}
