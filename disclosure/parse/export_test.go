package parse

import "github.com/cnfiscal/fiscal"

// LinesForTest returns the text of the lines a report's bytes are read
// as (page numbers, running headers and footers left out).
func LinesForTest(data []byte) []string {
	var out []string
	for _, l := range lines(data) {
		out = append(out, l.Text)
	}
	return out
}

// MergeRepeatsForTest is mergeRepeats.
var MergeRepeatsForTest = mergeRepeats

// UnplacedBudgetForTest is Result.unplacedBudget.
func UnplacedBudgetForTest(r *Result, f fiscal.Finding) string { return r.unplacedBudget(f) }
