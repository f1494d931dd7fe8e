package budget_test

import (
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/budget"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/stretchr/testify/assert"
)

// TestGrowthSeverityAsFinal (the probe's case 183b): a growth rate its
// printed figures cannot give is the same defect in a budget and in a
// 决算, and the same severity. The figures by hand: 8726.73万元 up
// 776.73万元 on 7950.00 is +9.770 %; over the rounding of both printed
// figures (±0.005 each; the earlier figure, their difference, ±0.01) the
// rate lies in 9.76999 % … 9.77039 %, so 9.77 % is right; 9.78 % is one
// unit of its last digit beyond (a warning in both); 9.87 % and 9.97 % are errors in both (within half a point, they
// were warnings in a budget), and so is 下降, the wrong direction.
func TestGrowthSeverityAsFinal(t *testing.T) {
	budgetSeverity := func(rate, word string) fiscal.Severity {
		n := budget.ReadNarrative([]string{"2026年收入预算8726.73万元，比上年增加776.73万元，" + word + rate + "。"})
		fs, _ := budget.CheckNarrative(n, nil, 2026, budget.CheckOptions{})
		for _, f := range fs {
			if f.Rule == "budget.narrative.growth" {
				return f.Severity
			}
		}
		return 0
	}
	finalSeverity := func(rate, word string) fiscal.Severity {
		d := &disclosure.Document{Year: 2024}
		s := disclosure.Statement{Line: 1, Subject: "收入合计", Text: "收入合计8726.73万元，比上年增加776.73万元，" + word + rate + "。",
			Figure: rate, Kind: disclosure.KindGrowth, Word: word,
			Of: disclosure.PrintedRef(fiscal.Wan("8726.73"), 2), Over: disclosure.PrintedRef(fiscal.Wan("776.73"), 2)}
		for _, f := range d.CheckStatement(s, nil) {
			if f.Rule == "narr.growth" {
				return f.Severity
			}
		}
		return 0
	}
	for _, c := range []struct {
		rate, word string
		want       fiscal.Severity // 0: no finding
	}{
		{"9.77%", "增长", 0},
		// One unit of the last digit beyond: truncated or rounded the
		// wrong way, a warning in both.
		{"9.78%", "增长", fiscal.SeverityWarning},
		{"9.87%", "增长", fiscal.SeverityError},
		{"9.97%", "增长", fiscal.SeverityError},
		{"10.77%", "增长", fiscal.SeverityError},
		{"9.77%", "下降", fiscal.SeverityError},
	} {
		assert.Equal(t, c.want, budgetSeverity(c.rate, c.word), "budget %s%s", c.word, c.rate)
		assert.Equal(t, c.want, finalSeverity(c.rate, c.word), "决算 %s%s", c.word, c.rate)
	}
}
