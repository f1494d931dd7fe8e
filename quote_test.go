package fiscal_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuote(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"", 3, ""},
		{"abc", 3, "abc"},
		{"abcd", 3, "abc…"},
		{"收入支出", 4, "收入支出"},    // 12 bytes, 4 characters: not cut
		{"收入支出决算", 4, "收入支出…"}, // cut on a character boundary
		{"a收", 1, "a…"},
	} {
		assert.Equal(t, c.want, fiscal.Quote(c.in, c.n), c.in)
	}
}

// TestFindingQuoteBounded: a finding about a huge line prints and
// marshals in bounded space; a short one is unchanged.
func TestFindingQuoteBounded(t *testing.T) {
	long := strings.Repeat("本年收入合计", 20000) // 120,000 characters
	f := fiscal.Finding{Rule: "r", Severity: fiscal.SeverityError, Where: fiscal.Where{Row: long, Text: long, Line: 7}, Message: long}
	s := f.String()
	assert.Less(t, utf8.RuneCountInString(s), 2*fiscal.MaxQuote+fiscal.MaxMessage+50)

	b, err := json.Marshal(f)
	require.NoError(t, err)
	var back struct {
		Where   struct{ Row, Text string }
		Message string
	}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, fiscal.MaxQuote+1, utf8.RuneCountInString(back.Where.Text)) // 200 characters and "…"
	assert.Equal(t, long[:3*fiscal.MaxQuote]+"…", back.Where.Text)
	assert.Equal(t, fiscal.MaxQuote+1, utf8.RuneCountInString(back.Where.Row))
	assert.Equal(t, fiscal.MaxMessage+1, utf8.RuneCountInString(back.Message))

	short := fiscal.Finding{Rule: "r", Severity: fiscal.SeverityInfo, Where: fiscal.Where{Text: "A<B & C>D"}, Message: "m"}
	var buf strings.Builder
	require.NoError(t, fiscal.EncodeFindings(&buf, []fiscal.Finding{short}))
	assert.JSONEq(t, `[{"rule":"r","severity":"info","within_rounding":false,"where":{"text":"A<B & C>D"},"message":"m"}]`, buf.String())
	assert.Contains(t, buf.String(), `"A<B & C>D"`, "EncodeFindings does not escape < > &")
	assert.Contains(t, short.String(), `"A<B & C>D": m`)
}
