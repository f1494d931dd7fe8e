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
