package disclosure_test

import (
	"fmt"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/stretchr/testify/assert"
)

// dayeProblems are the errors and warnings the narrative, "三公", 机关运行经费
// and 名词解释 rules must report on the Daye 2024 report, each derived by
// hand from the report (rule, line, expected, printed):
var dayeProblems = []string{
	// 1662: 6402.44 / 6577.03 = 97.35% → 97.3%, printed 97.4%; 174.60 /
	// 6577.03 = 2.65% → 2.7%, printed 2.6% (each one digit off).
	"narr.share warning 1662 97.3 97.4",
	"narr.share warning 1662 2.7 2.6",
	// 1673: 政府性基金 增加2000万元, 增加100%: last year's figure was 0.
	"narr.growth-from-zero error 1673  100",
	// 1677: 一般公共预算财政拨款支出 is 4402.44 in 公开05, printed 6402.44;
	// 4402.44 / 6577.03 = 66.9%, printed 97.4%; 1084.32 / (4402.44 −
	// 1084.32) = 32.7%, printed 20.4%.
	"narr.amount error 1677 4402.44 6402.44",
	"narr.share error 1677 66.9 97.4",
	"narr.growth error 1677 32.7 20.4",
	// 1681 repeats 6402.44.
	"narr.amount error 1681 4402.44 6402.44",
	// 1683: 一般公共服务支出 is all of 公开05: 4402.44 / 4402.44 = 100%.
	"narr.share error 1683 100.0 68.8",
	// 1685: 其他支出（类） and its 项 are 政府性基金, absent from 公开05.
	"narr.amount error 1685 0.00 2000.00",
	"narr.amount error 1685 0.00 2000.00",
	"narr.share error 1685 0.0 31.2",
	// 1689: 决算数 4402.44, 4402.44 / 4094.32 = 107.5%.
	"narr.amount error 1689 4402.44 6402.44",
	"narr.completion error 1689 107.5 156.4",
	// 1691: 2010399 is 4386.38 in 公开05; 4386.38 / 4094.32 = 107.1%.
	"narr.amount error 1691 4386.38 4402.44",
	"narr.completion error 1691 107.1 107.5",
	// 1695: 2290402 is not 一般公共预算 spending.
	"narr.amount error 1695 0.00 2000.00",
	// 1717: "三公" 1.71 / 1.71 = 100.0%, printed 85.5%.
	"narr.completion error 1717 100.0 85.5",
	// 1739: 机关运行经费 124.6 said to equal 公用经费 124.66.
	"tp.running.public warning 1739 124.66 124.60",
	// 1752: the 33 projects' 5295.70 (公开03 项目支出) over 一般公共预算 项目支出
	// 3295.70 = 160.7% → 161%, printed 100%.
	"narr.share error 1752 161 100",
	// 1934: the 监查执法 form's 执行数 is 9.93, printed 9.83.
	"narr.amount error 1934 9.93 9.83",
	// 1986: 民情通 执行数 133.98 on the form, printed 133.9 (truncated).
	"narr.amount warning 1986 133.98 133.90",
	// 1996: 一张网 执行数 45.638 → 45.64, printed 45.63; 45.638 / 45.64 =
	// 99.996% → 100.0%, printed 99.9%.
	"narr.amount warning 1996 45.638 45.630",
	"narr.completion warning 1996 100.0 99.9",
	// 2143: the 名词解释 calls 22904 "其他支出（款）".
	"disc.explained-name warning 2143  ",
}

func TestDayeDocument(t *testing.T) {
	fs := daye2024.Document().Check(disclosure.CheckOptions{})
	var got []string
	for _, f := range fs {
		if f.Severity == fiscal.SeverityInfo || !isDocRule(f.Rule) {
			continue
		}
		got = append(got, fmt.Sprintf("%s %s %d %s %s", f.Rule, f.Severity, f.Where.Line, f.Expected, f.Actual))
	}
	assert.ElementsMatch(t, dayeProblems, got)

	// The forms: Σ 执行数 of the 33 projects against 公开03 项目支出 5295.70.
	var total []fiscal.Finding
	for _, f := range fs {
		if f.Rule == "perf.project.total" {
			total = append(total, f)
		}
	}
	if assert.Len(t, total, 1) {
		assert.Equal(t, fiscal.SeverityError, total[0].Severity)
	}
	// Every finding is located: a line, or a table and row.
	for _, f := range fs {
		assert.True(t, f.Where.Line > 0 || (f.Where.Row != "" && (f.Where.Table != "" || f.Where.Part != "")), "%v", f)
	}
}

func isDocRule(id string) bool {
	for _, p := range []string{"narr.", "disc.", "tp.", "proc.", "acc."} {
		if len(id) > len(p) && id[:len(p)] == p {
			return true
		}
	}
	return false
}
