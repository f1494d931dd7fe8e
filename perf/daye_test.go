package perf_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/internal/dayedata"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dayeIndicator returns the indicator of the Daye forms at a source line.
func dayeIndicator(t *testing.T, line int) perf.Indicator {
	t.Helper()
	d, ps := dayedata.Forms()
	all := d.Indicators()
	for _, f := range ps {
		all = append(all, f.Indicators()...)
	}
	for _, ind := range all {
		if ind.Line == line {
			return ind
		}
	}
	t.Fatalf("no indicator at line %d", line)
	return perf.Indicator{}
}

// dayeForm returns the Daye project form whose heading begins with prefix
// ("九、").
func dayeForm(t *testing.T, prefix string) perf.ProjectForm {
	t.Helper()
	_, ps := dayedata.Forms()
	for _, f := range ps {
		if strings.HasPrefix(f.Heading, prefix) {
			return f
		}
	}
	t.Fatalf("no form %s", prefix)
	return perf.ProjectForm{}
}

// TestDayeTextsParse reads every target and actual of the 34 forms: each
// parses or is qualitative; the only errors are the three blank cells.
func TestDayeTextsParse(t *testing.T) {
	d, ps := dayedata.Forms()
	rows := d.Rows
	for _, f := range ps {
		rows = append(rows, f.Rows...)
	}
	var blanks []string
	quantities, qualitative := 0, 0
	for _, r := range rows {
		cells := []struct{ which, text string }{{"target", r.Target}, {"actual", r.Actual}}
		if r.Merged {
			cells = cells[:1]
		}
		for _, c := range cells {
			got, err := perf.ParseTarget(c.text)
			if err != nil {
				var te *perf.TargetError
				require.True(t, errors.As(err, &te), "line %d %s", r.Line, c.which)
				require.ErrorIs(t, err, perf.ErrBlank, "line %d %s %q", r.Line, c.which, c.text)
				blanks = append(blanks, c.which+"@"+strconv.Itoa(r.Line))
				continue
			}
			if got.Qualitative {
				qualitative++
			} else {
				quantities++
			}
		}
	}
	// 业务学习与培训完成率 (部门整体), 罚没收入 (二十、), 提升政府形象 (三十、).
	assert.Equal(t, []string{"actual@2421", "target@5237", "actual@6557"}, blanks)
	assert.Equal(t, 2*(36+297)-4-3, quantities+qualitative, "every other cell reads")
	assert.Greater(t, quantities, 300)
}

func itoa(n int) string {
	return fiscal.Fen(int64(n)).Format(fiscal.Format{Unit: fiscal.Yuan, Decimals: 0})
}

// TestDayeEvaluations evaluates indicators of the Daye forms, each with a
// weight of 10, against results derived by hand.
func TestDayeEvaluations(t *testing.T) {
	cases := []struct {
		line    int
		form    string
		outcome perf.Outcome
		cause   perf.Cause
		score   string
	}{
		{2372, "部门整体", perf.Met, perf.Compared, "10"},               // 不低于95% against 97%: 97 ≥ 95
		{2203, "部门整体", perf.Met, perf.Compared, "10"},               // 运行成本: 5万元 bare cost is ≤; 0.54 ≤ 5
		{2453, "部门整体", perf.Partly, perf.Compared, "9.7"},           // 100% against 97%: 97/100 × 10
		{2565, "二、", perf.Met, perf.Compared, "10"},                 // 不少于2次 against 3次
		{2587, "二、", perf.Met, perf.Compared, "10"},                 // 不少于1亿元 against 1.5亿元: 150,000,000 ≥ 100,000,000
		{2696, "三、", perf.Partly, perf.Compared, "8.89"},            // 18人 against 16人: 16/18 × 10 = 8.888… → 8.89
		{2733, "三、", perf.Met, perf.Compared, "10"},                 // ≥97% against 97%
		{2817, "四、", perf.Met, perf.Compared, "10"},                 // 成本 13.22 against 13.10: bare cost, 13.10 ≤ 13.22
		{2825, "四、", perf.Partly, perf.Compared, "9.67"},            // 600包 against 580包: 580/600 × 10 = 9.666… → 9.67
		{2962, "五、", perf.Met, perf.Compared, "10"},                 // 不少于25次 against 30次以上: every value ≥ 30 is ≥ 25
		{3467, "八、", perf.Met, perf.Compared, "10"},                 // 20℃—26℃ against 23.8摄氏度
		{3474, "八、", perf.Met, perf.Compared, "10"},                 // 30%—70% against 46.70%
		{3509, "八、", perf.NotAssessable, perf.NeedsJudgement, "0"},  // 不低于95% against 97%%: the actual cannot be read
		{3460, "八、", perf.NotAssessable, perf.Blank, "0"},           // one cell across target and actual
		{3591, "九、", perf.Met, perf.Compared, "10"},                 // 成本 449.4万 against 299.6万: ≤
		{3725, "十、", perf.NotAssessable, perf.NeedsJudgement, "0"},  // 每年不少于12次 against 每月开展一到两次
		{3889, "十一、", perf.Met, perf.Compared, "10"},                // =3台 against 3台
		{4025, "十二、", perf.Met, perf.Compared, "10"},                // 33万条 against 33万条
		{4515, "十五、", perf.NotAssessable, perf.NeedsJudgement, "0"}, // 项目业主满意度 against ≥95% (columns shifted)
		{5223, "二十、", perf.Met, perf.Compared, "10"},                // 0 against 0
		{5259, "二十、", perf.Met, perf.Compared, "10"},                // ≥100% against 100%
		{5237, "二十、", perf.NotAssessable, perf.Blank, "0"},          // no target for 罚没收入
		{5349, "二十一、", perf.Met, perf.Compared, "10"},               // ＞25次 against ＞25次: > 25 satisfies > 25
		{5371, "二十一、", perf.Met, perf.Compared, "10"},               // 全年 against 全年
		{5482, "二十二、", perf.Met, perf.Compared, "10"},               // 成本 32.3万 against 14.23824万: ≤
		{5757, "二十四、", perf.Met, perf.Compared, "10"},               // 12个月 against 12个月
		{5862, "二十五、", perf.Partly, perf.Compared, "8.89"},          // 18人 against 16人, as 三、
		{6109, "二十七、", perf.NotAssessable, perf.UnitMismatch, "0"},  // 33.6 against 100%
		{6435, "二十九、", perf.Met, perf.Compared, "10"},               // ≥30% against 60%
		{6673, "三十一、", perf.Met, perf.Compared, "10"},               // 每年不少于1200次 against 1825次
		{6922, "三十三、", perf.NotAssessable, perf.UnitMismatch, "0"},  // 122项 against 93.80%
		{6944, "三十三、", perf.Partly, perf.Compared, "6.84"},          // 效益 650万元 against 444.88万元: 444.88/650 × 10 = 6.844… → 6.84
		{6973, "三十三、", perf.Met, perf.Compared, "10"},               // 95%以上 against 95%以上: ≥ 95 meets ≥ 95
		{7127, "三十四、", perf.Met, perf.Compared, "10"},               // 0 against 0
	}
	for _, c := range cases {
		ind := dayeIndicator(t, c.line)
		e, err := perf.EvaluateIndicator(ind, perf.EvalOptions{Weight: dec("10")})
		require.NoError(t, err)
		assert.Equal(t, c.outcome, e.Outcome, "%s line %d", c.form, c.line)
		assert.Equal(t, c.cause, e.Cause, "%s line %d: %s", c.form, c.line, e.Reason)
		assert.True(t, dec(c.score).Equal(e.Score), "%s line %d: score %s, want %s", c.form, c.line, e.Score, c.score)
	}
}

// TestDayeScores scores seven Daye forms with the default scheme (执行率 10,
// 产出 50, 效益 30, 满意度 10, 成本 0) and JudgeVerbatim, against totals
// derived by hand.
func TestDayeScores(t *testing.T) {
	cases := []struct {
		form                    string
		rate, indicators, total string
		grade                   perf.Grade
		unassessed              int
	}{
		// 二、: 16.06/16.244 = 0.988672… → 9.89; 产出 3 rows met (50); 效益 1亿→1.5亿,
		// 200→280人 met and 合规 judged (30); 满意度 100% (10). 99.8867… → 99.89.
		{"二、", "9.89", "90", "99.89", perf.Excellent, 0},
		// 三、: 10; 产出 50/3 × (16/18 + 1 + 1) = 1300/27 = 48.148…; 效益 two
		// verbatim rows (30); 满意度 ≥97%→97% (10). 88.148… and 98.148… → 98.15.
		{"三、", "10", "88.15", "98.15", perf.Excellent, 0},
		// 九、: 299.6/449.4 = 2/3 → 6.67; 产出 five rows met (50); 效益 one
		// merged cell (0); 满意度 two different texts (0). 56.67.
		{"九、", "6.67", "50", "56.67", perf.Poor, 2},
		// 十九、: 916.47/815.9 > 1 → 10; 产出 four verbatim rows (50); 效益 two
		// (30); 满意度 ≥95%→99.8% (10). 100.
		{"十九、", "10", "90", "100", perf.Excellent, 0},
		// 二十、: 9.93/12 = 0.8275 → 8.275 → 8.28; 产出 4 rows met (50); 效益
		// 30/3 each: blank target 0, ≥2次→≥2次 10, 无污染 10 (20); 满意度
		// ≥100%→100% (10). 80, and 88.275 → 88.28.
		{"二十、", "8.28", "80", "88.28", perf.Good, 1},
		// 二十二、: 14.23824/32.3 = 0.440812… → 4.41; 产出 3 rows met (50); 效益
		// (the two rows under a merged 产出 cell) 15 × (0 + 1) = 15; 满意度 two
		// different texts (0). 65, and 69.408… → 69.41.
		{"二十二、", "4.41", "65", "69.41", perf.Fair, 2},
		// 三十三、: 444.88/650 = 0.684430… → 6.84; 产出 50/3 × (0 + 1 + 1) =
		// 33.333…; 效益 7.5 × (444.88/650 + 3) = 27.633…; 满意度 10.
		// 70.9665… → 70.97; 77.8108… → 77.81.
		{"三十三、", "6.84", "70.97", "77.81", perf.Fair, 1},
	}
	s := perf.DefaultScoringScheme()
	s.Judge = perf.JudgeVerbatim
	for _, c := range cases {
		sc, err := perf.ScoreProject(dayeForm(t, c.form), s)
		require.NoError(t, err, c.form)
		assert.True(t, dec(c.rate).Equal(sc.RateScore), "%s rate %s", c.form, sc.RateScore)
		assert.True(t, dec(c.indicators).Equal(sc.Indicators), "%s indicators %s", c.form, sc.Indicators)
		assert.True(t, dec(c.total).Equal(sc.Total), "%s total %s", c.form, sc.Total)
		assert.Equal(t, c.grade, sc.Grade, c.form)
		assert.Equal(t, c.unassessed, sc.Unassessed, c.form)
	}
}

// TestDayeFindings runs every check on the 34 forms. Each finding was
// confirmed by reading the form.
func TestDayeFindings(t *testing.T) {
	d, ps := dayedata.Forms()
	type key struct {
		form string // heading number
		rule string
		line int
	}
	var got []key
	for _, f := range ps {
		n, _, _ := strings.Cut(f.Heading, "、")
		for _, fd := range perf.CheckProject(f, perf.CheckOptions{}) {
			got = append(got, key{n, fd.Rule, fd.Where.Line})
		}
	}
	for _, fd := range perf.CheckDepartment(d, perf.CheckOptions{}) {
		got = append(got, key{"一", fd.Rule, fd.Where.Line})
	}
	want := []key{
		{"二", perf.RuleActualHigh, 2565},        // 3次 against 不少于2次: 150%, boilerplate 偏差原因
		{"二", perf.RuleActualHigh, 2587},        // 1.5亿元 against 不少于1亿元: 150%
		{"二", perf.RuleActualHigh, 2595},        // 280人 against 不少于200人: 140%
		{"四", perf.RuleRatePrinted, 2758},       // 99.10% against 13.10/13.22 = 99.09%: within rounding
		{"四", perf.RuleLevel, 2855},             // 社会效益指标 under the merged 产出 cell
		{"四", perf.RuleLevel, 2863},             // 生态效益指标 likewise
		{"五", perf.RuleActualHigh, 2970},        // 20次以上 against 不少于15次: 133%; 偏差原因 "无"
		{"六", perf.RuleCostSpent, 3063},         // 9.8 + 36.67 + 35 = 81.47 against 执行数 35
		{"八", perf.RuleBlank, 3460},             // one cell across target and actual
		{"八", perf.RuleBlank, 3488},             // likewise
		{"八", perf.RuleMalformed, 3509},         // 97%%
		{"九", perf.RuleRatePrinted, 3534},       // 66.70% against 299.6/449.4 = 66.67%
		{"九", perf.RuleBlank, 3635},             // one cell across target and actual
		{"十", perf.RuleLevel, 3791},             // 生态效益指标 under 产出
		{"十一", perf.RuleLevel, 3925},            // 生态效益指标 under 产出
		{"十二", perf.RuleRatePrinted, 3957},      // 98.60% against 22.68/23 = 98.61%: within rounding
		{"十三", perf.RuleLevel, 4186},            // 社会效益指标 under 产出
		{"十三", perf.RuleLevel, 4195},            // 生态效益指标 under 产出
		{"十五", perf.RuleActualHigh, 4472},       // 18次 against 不少于12次: 150%
		{"十八", perf.RuleActualHigh, 4881},       // 20次以上 against 不少于15次: 133%
		{"十九", perf.RuleSpentOverBudget, 4993},  // 916.47 against 815.9
		{"二十", perf.RuleBlank, 5237},            // no target for 罚没收入
		{"二十", perf.RuleTargetImpossible, 5259}, // 群众满意度 ≥100%
		{"二十二", perf.RuleRateLow, 5425},         // 44.08%
		{"二十二", perf.RuleLevel, 5513},           // 社会效益指标 under 产出
		{"二十二", perf.RuleLevel, 5521},           // 生态效益指标 under 产出
		{"二十五", perf.RuleCostSpent, 5797},       // 107.65 against 执行数 133.98
		{"二十六", perf.RuleRatePrinted, 5920},     // 99.90% against 45.638/45.64 = 100.00%
		{"二十六", perf.RuleActualHigh, 5984},      // 15次以上 against 不少于10次: 150%
		{"二十六", perf.RuleLevel, 6007},           // 社会效益指标 under 产出
		{"二十六", perf.RuleLevel, 6017},           // 生态效益指标 under 产出
		{"二十七", perf.RuleUnitMismatch, 6109},    // 33.6 against 100%
		{"二十九", perf.RuleActualHigh, 6398},      // 16次 against 不少于12次: 133%
		{"二十九", perf.RuleActualHigh, 6435},      // 60% against ≥30%: 200%
		{"三十", perf.RuleMalformed, 6467},        // printed 执行率 100%%
		{"三十", perf.RuleLevel, 6557},            // 社会效益指标 under 产出
		{"三十", perf.RuleBlank, 6557},            // no actual
		{"三十", perf.RuleLevel, 6565},            // 生态效益指标 under 产出
		{"三十一", perf.RuleActualHigh, 6673},      // 1825次 against 每年不少于1200次: 152%
		{"三十一", perf.RuleLevel, 6688},           // 社会效益指标 under 产出
		{"三十一", perf.RuleLevel, 6696},           // 生态效益指标 under 产出
		{"三十三", perf.RuleUnitMismatch, 6922},    // 122项 against 93.80%
		{"三十四", perf.RuleRatePrinted, 6998},     // 95.90% against 211.79/220.9 = 95.88%: within rounding
		{"三十四", perf.RuleBlank, 7113},           // one cell across target and actual
		{"一", perf.RuleUnitMismatch, 2380},      // 122项 against 93.80%
		{"一", perf.RuleBlank, 2421},             // no actual
	}
	assert.Equal(t, want, got)

	// Σ 执行数 of the 33 forms, added by hand: 16.06 + 5.85 + 13.10 + 109.4 +
	// 35 + 16 + 138.6224 + 299.6 + 93.30 + 18.3 + 22.68 + 184.7 + 15.82 +
	// 41.27 + 28.5 + 11.34 + 2000 + 916.47 + 9.93 + 9 + 14.23824 + 8.2 + 9 +
	// 133.98 + 45.638 + 33.6 + 18.99 + 50.7724 + 234.02 + 39.14 + 12.00 +
	// 444.88 + 211.79 = 5241.19104 万元.
	w := fiscal.Where{Part: "表", Table: "支出决算表", Row: "合计", Column: "项目支出"}
	fs := perf.CheckProjectTotal(ps, dayedata.PublishedProjectSpending().Amount, w)
	require.Len(t, fs, 1)
	assert.Equal(t, "5295.70", fs[0].Expected.String())
	assert.Equal(t, "5241.19104", fs[0].Actual.String())
	assert.Equal(t, "-54.50896", fs[0].Difference.String())
	assert.Equal(t, "0.17", fs[0].Tolerance.String()) // (33 + 1) × 0.005
	assert.Equal(t, fiscal.SeverityError, fs[0].Severity)
	// The department form's own 项目支出总额 is 5295.69: 0.01 below 公开03.
	fs = perf.CheckProjectTotal(ps, d.ProjectSpending.Amount, d.Where())
	require.Len(t, fs, 1)
	assert.Equal(t, "-54.49896", fs[0].Difference.String())
}
