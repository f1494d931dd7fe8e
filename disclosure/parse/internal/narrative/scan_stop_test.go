package narrative

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSplitSentencesASCIIStop: an ASCII point typed for 。 ends a sentence;
// a decimal point, a list's number and an ellipsis do not.
func TestSplitSentencesASCIIStop(t *testing.T) {
	for in, want := range map[string][]string{
		"1.行政运行（项）.年初预算为4.50万元.支出决算为4.5万元.": {"1.行政运行（项）.", "年初预算为4.50万元.", "支出决算为4.5万元."},
		"占比为20.51%.主要原因是增加...详见附表":          {"占比为20.51%.", "主要原因是增加...详见附表"},
		"收入6.2万元。支出3.1万元；":                  {"收入6.2万元。", "支出3.1万元；"},
		"（含外宾接待.不含国内）。":                     {"（含外宾接待.不含国内）。"},
	} {
		assert.Equal(t, want, splitSentences(in), in)
	}
}
