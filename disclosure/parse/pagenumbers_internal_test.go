package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// TestBarePageNumbersKept: lone numbers that are no page numbers stay.
func TestBarePageNumbersKept(t *testing.T) {
	dropped := func(s string) []string {
		ls := text.Split([]byte(s))
		var out []string
		for i := range barePageNumbers([]byte(s), ls) {
			out = append(out, strings.TrimSpace(ls[i].Text))
		}
		return out
	}
	filler := "行政运行\n\n45.60\n\n事业运行\n\n12.30\n\n"
	// Column numbers one a line, between blank lines: too close together.
	assert.Empty(t, dropped("栏次\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n"))
	// A code's 款 printed apart (pdftotext without -layout): 11, 12, 13
	// run by one, far apart, but 301 and 302 come again, and 11 twice.
	assert.Empty(t, dropped("301\n\n11\n\n"+filler+"302\n\n12\n\n"+filler+"302\n\n13\n\n"+filler+"301\n\n11\n\n"+filler))
	// Pages marked by form feeds: a number inside a page is none.
	assert.Empty(t, dropped("a\n\n7\n\nb\n\fc\n\n8\n\nd\n\fe\n\n9\n\nf\n\f"))
	// Two numbers only.
	assert.Empty(t, dropped(filler+"\n1\n\n"+filler+"\n2\n\n"+filler))
	// Page numbers, with and without form feeds.
	assert.ElementsMatch(t, []string{"1", "2", "3"}, dropped(filler+"\n1\n\n"+filler+"\n2\n\n"+filler+"\n3\n\n"))
	assert.ElementsMatch(t, []string{"4", "5", "6"}, dropped("a\n4\n\fb\n5\n\fc\n\n6\n\n\f"))
}
