package parse

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
