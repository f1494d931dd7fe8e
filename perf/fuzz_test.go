package perf_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/shopspring/decimal"
)

// FuzzParseTarget checks that parsing never panics, that errors are
// *TargetError naming the input, that a quantity's canonical form reads
// back to the same parts, and cross-checks plain numbers against
// shopspring/decimal.
func FuzzParseTarget(f *testing.F) {
	for _, s := range []string{
		"≥30次", "＞25次", "≥ 2次", "不少于12次", "不低于95%", "不超过3天", "≤5万元", "＝1年", "=100%",
		"100%", "12万元", "16.244万元", "122项", "93.80%", "全年", "一年", "1年", "12个月", "合规",
		"无污染", "获省级表彰", "优秀", "30次以上", "20℃—26℃", "30%—70%", "1-12月", "每年不少于48次",
		"97%%", "±5%", "-5%", "十二个月", "半年", "１２次", "99.32％", "1.0000001万元", "70%—30%", "≥", "",
		"　", "\xff", "33万条", "344个小类", "23.8摄氏度", "检查项目不少于30个",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := perf.ParseTarget(s)
		if err != nil {
			var te *perf.TargetError
			if !errors.As(err, &te) {
				t.Fatalf("%q: error %T is not a *TargetError", s, err)
			}
			if te.Text != s {
				t.Fatalf("%q: error names %q", s, te.Text)
			}
			return
		}
		if got.Text != s {
			t.Fatalf("%q: Text %q", s, got.Text)
		}
		if got.Qualitative {
			if got.Comparator != perf.None || got.Unit != "" || got.String() != s {
				t.Fatalf("%q: qualitative with parts %+v", s, got)
			}
			return
		}
		if got.Comparator == perf.Between && got.Number.GreaterThan(got.High) {
			t.Fatalf("%q: range %s > %s", s, got.Number, got.High)
		}
		if _, ok := got.Amount(); ok != (got.Measure() == perf.MeasureMoney) {
			t.Fatalf("%q: Amount ok %v for measure %s", s, ok, got.Measure())
		}
		canon := got.String()
		back, err := perf.ParseTarget(canon)
		if err != nil || back.Qualitative {
			t.Fatalf("%q: canonical %q does not read back: %v", s, canon, err)
		}
		if back.Comparator != got.Comparator || !back.Number.Equal(got.Number) || back.Unit != got.Unit ||
			back.Period != got.Period || (got.Comparator == perf.Between && !back.High.Equal(got.High)) {
			t.Fatalf("%q: canonical %q reads as %+v, was %+v", s, canon, back, got)
		}
		if !perf.UnitsAgree(got, back) {
			t.Fatalf("%q: units disagree with their own canonical form", s)
		}
		// A plain ASCII number: the same value as decimal reads.
		if got.Comparator == perf.None && got.Period == "" && strings.TrimSpace(s) == got.NumberText+got.Unit && isPlain(got.NumberText) {
			d, derr := decimal.NewFromString(got.NumberText)
			if derr != nil || !d.Equal(got.Number) {
				t.Fatalf("%q: number %s, decimal says %s (%v)", s, got.Number, d, derr)
			}
		}
	})
}

func isPlain(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' && s[i] != '-' {
			return false
		}
	}
	return true
}

// FuzzCheckDepartment checks a 部门整体 form's budget block with arbitrary
// texts for its figures, 执行率, 分值, 得分 and scoring word: the checks
// never panic, give the same findings twice, and every finding is of a
// listed rule.
func FuzzCheckDepartment(f *testing.F) {
	f.Add("3,043.06", "3,043.06", "2,940.05", "96.61%", "10", "9.66", "", "2,336.91", "603.14")
	f.Add("100", "", "110", "", "10", "10", "执行率*该指标分值，最高不得超过分值上限。", "90", "20")
	f.Add("0", "0", "0", "0%", "0", "0", "得分=执行率×分值", "0", "0")
	f.Add("1e9", "-5", "9999999999999999", "１００％", "x", "10.5", "乘", "", "/")
	known := map[string]bool{}
	for _, r := range perf.Rules() {
		known[r.ID] = true
	}
	f.Fuzz(func(t *testing.T, initial, budget, spent, rate, points, score, method, basic, project string) {
		m := func(s string) perf.Money {
			v, err := perf.ParseMoney(s, fiscal.WanYuan)
			if err != nil {
				return perf.Money{}
			}
			return v
		}
		d := perf.DepartmentForm{Initial: m(initial), Budget: m(budget), Spent: m(spent), Rate: rate, BudgetPoints: points,
			BudgetScore: score, ScoreMethod: method, Total: score,
			Sources: []perf.Source{{Name: "财政拨款", Initial: m(initial), Budget: m(budget), Spent: m(basic)}},
			Uses:    []perf.Source{{Name: "基本支出", Spent: m(basic)}, {Name: "项目支出", Spent: m(project)}},
			Rows:    []perf.Row{{Name: "次数", Target: "≥12次", Actual: "12次", Points: points, Score: score}}}
		a := perf.CheckDepartment(d, perf.CheckOptions{})
		b := perf.CheckDepartment(d, perf.CheckOptions{})
		if len(a) != len(b) {
			t.Fatalf("not deterministic: %d then %d findings", len(a), len(b))
		}
		for _, fd := range a {
			if !known[fd.Rule] {
				t.Fatalf("unknown rule %q", fd.Rule)
			}
		}
		_ = perf.Unchecked(nil, &d, perf.CheckOptions{})
	})
}
