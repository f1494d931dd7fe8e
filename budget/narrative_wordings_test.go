package budget_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// wordingCase is a sentence added to the Putuo 2026 budget's 说明 as
// another department would write it: right, it adds no error; with one
// figure mistyped (old → new), exactly the error named.
type wordingCase struct {
	right, old, new, rule string
}

func runWordingCases(t *testing.T, cases []wordingCase) {
	t.Helper()
	errorsWith := putuoBudgetWith(t)
	base := errorsWith("")
	for _, c := range cases {
		assert.ElementsMatch(t, base, errorsWith(c.right), c.right)
		if c.old == "" {
			continue
		}
		require1(t, c.right, c.old)
		wrong := strings.Replace(c.right, c.old, c.new, 1)
		assert.ElementsMatch(t, append(slices.Clone(base), c.rule), errorsWith(wrong), wrong)
	}
}

func require1(t *testing.T, s, sub string) {
	t.Helper()
	if strings.Count(s, sub) != 1 {
		t.Fatalf("%q is not once in %q", sub, s)
	}
}

// TestPersonnelCostParts: the parts of the 人员经费 a budget states ("在职
// 人员经费…", "离退休人员经费…") are no statement of the whole (the Putuo
// tables' 人员经费 2356.3342: each part was a false error); in and out of
// brackets, and with the whole beside them. When every part is given
// (在职 and 离退休, or 在职, 离休 and 退休) they are summed against the whole
// stated beside them, or else the table's: 2300.00 + 56.33 = 2356.33.
func TestPersonnelCostParts(t *testing.T) {
	const basic = " 2026年基本支出2574.17万元，其中："
	runWordingCases(t, []wordingCase{
		{basic + "在职人员经费2300.00万元，离退休人员经费56.33万元，公用经费217.83万元。", "人员经费56.33", "人员经费65.33",
			"budget.narrative.uses 在职+离退休人员经费"},
		{basic + "人员经费2356.33万元（在职人员经费2300.00万元，离退休人员经费56.33万元），公用经费217.83万元。", "人员经费56.33", "人员经费65.33",
			"budget.narrative.uses 人员经费"},
		{basic + "人员经费2356.33万元（在职人员经费2300.00万元，离退休人员经费56.33万元），公用经费217.83万元。", "2356.33", "2365.33",
			"budget.narrative.uses 人员经费"},
		{basic + "在职人员经费2300.00万元，离休人员经费6.33万元，退休人员经费50.00万元。", "50.00", "55.00",
			"budget.narrative.uses 在职+离休+退休人员经费"},
		// One part alone: nothing to sum.
		{basic + "在职人员经费2300.00万元，公用经费217.83万元。", "", "", ""},
		{" 2026年离退休人员经费56.33万元，主要用于离退休人员的退休费。", "", "", ""},
	})
}
