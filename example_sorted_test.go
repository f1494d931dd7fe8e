package fiscal_test

import (
	"fmt"

	"github.com/cnfiscal/fiscal"
)

// A check gathers its findings in a buffer of its own and returns them in
// a slice of their own, sorted: errors first, then by rule and location.
func ExampleAppendSorted() {
	var buf [8]fiscal.Finding
	all := buf[:0]
	all = append(all,
		fiscal.Finding{Rule: "b.rule", Severity: fiscal.SeverityWarning, Message: "a warning"},
		fiscal.Finding{Rule: "a.rule", Severity: fiscal.SeverityInfo, Message: "a note"},
		fiscal.Finding{Rule: "c.rule", Severity: fiscal.SeverityError, Message: "an error"})
	out := fiscal.AppendSorted(make([]fiscal.Finding, 0, len(all)), all)
	for _, f := range out {
		fmt.Println(f.Severity, f.Rule, f.Message)
	}
	// Output:
	// error c.rule an error
	// warning b.rule a warning
	// info a.rule a note
}

// A printed rate of 99.50% against 99.47% recomputed, both at two
// decimals, with a rounding tolerance of 0.02 points: the figures are
// given as coefficients at 10^−2.
func ExampleRule_CompareCoef() {
	r := fiscal.NewRule("example.rate", "A printed rate is the recomputed one", fiscal.ScopeForm, fiscal.SeverityError)
	f, found := r.CompareCoef(fiscal.Where{Row: "执行率"}, "执行率", 9947, 9950, 2, "%", 2)
	fmt.Println(found, f.Severity, f.Message)
	// Output:
	// true error 执行率: expected 99.47, printed 99.50 (difference 0.03 %)
}
