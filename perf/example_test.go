package perf_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/internal/dayedata"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/shopspring/decimal"
)

func ExampleParseTarget() {
	for _, s := range []string{"≥ 2次", "不低于95%", "16.244万元", "每年不少于48次", "30次以上", "20℃—26℃", "全年", "获省级表彰"} {
		t, err := perf.ParseTarget(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		if t.Qualitative {
			fmt.Printf("%s: qualitative\n", s)
			continue
		}
		fmt.Printf("%s: %s, written %q, period %q, number %s, unit %q (%s)\n",
			s, t.Comparator, t.Written, t.Period, t.NumberText, t.Unit, t.Measure())
	}
	// Output:
	// ≥ 2次: at_least, written "≥", period "", number 2, unit "次" (count)
	// 不低于95%: at_least, written "不低于", period "", number 95, unit "%" (percent)
	// 16.244万元: none, written "", period "", number 16.244, unit "万元" (money)
	// 每年不少于48次: at_least, written "不少于", period "每年", number 48, unit "次" (count)
	// 30次以上: at_least, written "以上", period "", number 30, unit "次" (count)
	// 20℃—26℃: between, written "", period "", number 20, unit "℃" (temperature)
	// 全年: none, written "", period "", number 全, unit "年" (duration)
	// 获省级表彰: qualitative
}

func ExampleTarget_Amount() {
	t := perf.MustParseTarget("≤16.244万元")
	a, ok := t.Amount()
	fmt.Println(a, ok, a.Format(fiscal.TableFormat()))
	// Output: 162440.00 true 16.24
}

func ExampleEvaluateText() {
	w := decimal.NewFromInt(10)
	for _, c := range []struct {
		target, actual string
		cost           bool
	}{
		{"≥30次", "24次", false},     // 正向: 24/30 of the weight
		{"5万元", "6万元", true},       // a bare cost target is an upper bound
		{"不少于25次", "30次以上", false}, // an actual written as a bound
		{"122项", "93.80%", false},  // units that do not agree
		{"合规", "合规", false},        // qualitative: needs a judgement
	} {
		e, err := perf.EvaluateText(c.target, c.actual, perf.EvalOptions{Cost: c.cost, Weight: w})
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s / %s: %s (%s) score %s\n", c.target, c.actual, e.Outcome, e.Cause, e.Score)
	}
	// Output:
	// ≥30次 / 24次: partly (compared) score 8
	// 5万元 / 6万元: partly (compared) score 8.33
	// 不少于25次 / 30次以上: met (compared) score 10
	// 122项 / 93.80%: not_assessable (unit mismatch) score 0
	// 合规 / 合规: not_assessable (needs judgement) score 0
}

func ExampleScoreNegative() {
	a, t, w := decimal.NewFromInt(6), decimal.NewFromInt(5), decimal.NewFromInt(10)
	ratio, _ := perf.ScoreNegative(a, t, w, perf.ReverseRatio)
	dev, _ := perf.ScoreNegative(a, t, w, perf.ReverseDeviation)
	fmt.Println("t/a × w:", ratio)
	fmt.Println("(1 − (a − t)/t) × w:", dev)
	// Output:
	// t/a × w: 8.33
	// (1 − (a − t)/t) × w: 8
}

func ExampleScoreJudged() {
	share := decimal.NewNullDecimal(decimal.RequireFromString("0.7"))
	s, err := perf.ScoreJudged(perf.Judgement{Outcome: perf.Partly, Share: share}, decimal.NewFromInt(20))
	fmt.Println(s, err)
	_, err = perf.ScoreJudged(perf.Judgement{Outcome: perf.Met, Share: share}, decimal.NewFromInt(20))
	fmt.Println(err)
	// Output:
	// 14 <nil>
	// perf: share "0.7": outside the band of 达成
}

func ExampleParseCategory() {
	for _, s := range []string{"产出/数量", "成本", "产出/成本", "效益/数量"} {
		c, err := perf.ParseCategory(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c, "cost:", c.IsCost())
	}
	// Output:
	// 产出/数量 cost: false
	// 成本 cost: true
	// 产出/成本 cost: true
	// perf: "效益/数量" is not an indicator category: the 二级 does not belong to the 一级
}

func ExampleScoreProject() {
	_, forms := dayedata.Forms()
	s := perf.DefaultScoringScheme()
	s.Judge = perf.JudgeVerbatim
	sc, err := perf.ScoreProject(forms[1], s) // 三、2024年12345平台费用
	if err != nil {
		panic(err)
	}
	for _, l := range sc.Level1s {
		fmt.Printf("%s %s of %s (%d rows)\n", l.Level1, l.Score, l.Points, l.Rows)
	}
	fmt.Println("执行率", sc.RateScore, "total", sc.Total, sc.Grade)
	// Output:
	// 成本 0 of 0 (1 rows)
	// 产出 48.15 of 50 (3 rows)
	// 效益 30 of 30 (2 rows)
	// 满意度 10 of 10 (1 rows)
	// 执行率 10 total 98.15 优
}

func ExampleCheckProject() {
	_, forms := dayedata.Forms()
	for _, f := range perf.CheckProject(forms[24], perf.CheckOptions{}) { // 二十六、全市“一张网”
		fmt.Println(f.Rule, f.Where.Line, f.Message)
	}
	// Output:
	// perf.rate.printed 5920 执行率 45.638万 / 45.64万 at 2 decimals: expected 100.00, printed 99.90 (difference -0.10 %)
	// perf.actual.high 5984 actual "15次以上" is 150% of target "不少于10次" (threshold 130%) and 偏差原因 gives no explanation
	// perf.level.mismatch 6007 二级 社会效益指标 belongs to 一级 效益指标 but sits under 产出指标
	// perf.level.mismatch 6017 二级 生态效益指标 belongs to 一级 效益指标 but sits under 产出指标
}

func ExampleCheckProjectTotal() {
	_, forms := dayedata.Forms()
	w := fiscal.Where{Table: "支出决算表", Row: "合计", Column: "项目支出"}
	for _, f := range perf.CheckProjectTotal(forms, dayedata.PublishedProjectSpending().Amount, w) {
		fmt.Println(f)
	}
	// Output:
	// error perf.project.total 支出决算表 / 合计 / 项目支出: Σ 执行数 of 33 project forms is 5241.19104 万元, 项目支出 5295.70 万元 (difference -54.50896 万元)
}

func ExampleAppendCheckProject() {
	form := func(project, budget, spent, rate string) perf.ProjectForm {
		return perf.ProjectForm{Title: project + "项目支出绩效自评表", Project: project, Rate: rate,
			Budget: perf.MustParseMoney(budget, fiscal.WanYuan), Spent: perf.MustParseMoney(spent, fiscal.WanYuan)}
	}
	forms := []perf.ProjectForm{
		form("培训", "100", "50", "50%"), // 50 / 100 is 50 %: below the 60 % low rate
		form("会议", "100", "95", "90%"), // 95 / 100 is 95 %, printed 90 %
	}
	// The findings of every form gathered in one slice, no form copied.
	var fs []fiscal.Finding
	for i := range forms {
		fs = perf.AppendCheckProject(fs, &forms[i], perf.CheckOptions{})
	}
	for _, f := range fs {
		fmt.Println(f.Rule, f.Where.Table)
	}
	// Output:
	// perf.rate.low 培训项目支出绩效自评表
	// perf.rate.printed 会议项目支出绩效自评表
}

func ExampleAppendCheckProjects() {
	row := func(level1, level2, name, target, actual string) perf.Row {
		return perf.Row{Level1: level1, Level2: level2, Name: name, Target: target, Actual: actual}
	}
	forms := []perf.ProjectForm{
		{Title: "培训项目支出绩效自评表", Project: "培训", Rate: "100%", Budget: perf.MustParseMoney("10", fiscal.WanYuan),
			Spent: perf.MustParseMoney("10", fiscal.WanYuan), Rows: []perf.Row{
				row("产出\n指标", "数量\n指标", "培训人次", "100人次", "100人次"),
				row("", "质量指标", "合格率", "≥95%", "180%"), // far above its target, with no 偏差原因
			}},
		{Title: "会议项目支出绩效自评表", Project: "会议", Rate: "100%", Budget: perf.MustParseMoney("5", fiscal.WanYuan),
			Spent: perf.MustParseMoney("5", fiscal.WanYuan), Rows: []perf.Row{
				row("产出\n指标", "时效指标", "按时召开", "按时", "按时"), // the same 一级, read once for both forms
				row("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%"),
			}},
	}
	for _, f := range perf.AppendCheckProjects(nil, forms, perf.CheckOptions{}) {
		fmt.Println(f.Rule, f.Where.Row)
	}
	// Output:
	// perf.actual.high 合格率
}
