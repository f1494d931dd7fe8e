package input_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestDecodeVariants: every harmless variant of a real report decodes to
// exactly the bytes of the original.
func TestDecodeVariants(t *testing.T) {
	for _, name := range []string{daye, putuo} {
		orig := corpus(t, name)
		// The originals are normal but for the full-width percent sign
		// (Daye prints "100％"): UTF-8 without BOM, LF, ASCII digits, no
		// NBSP. Decoding them changes exactly the ％.
		want := bytes.ReplaceAll(orig, []byte("％"), []byte("%"))
		got, info, err := input.Decode(orig, input.DefaultLimits())
		require.NoError(t, err, name)
		require.True(t, bytes.Equal(want, got), "%s: the clean original decodes to more than its ％ changed", name)
		assert.Equal(t, input.UTF8, info.Encoding)
		assert.Equal(t, bytes.Count(orig, []byte("％")), info.Folded)

		gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(orig)
		require.NoError(t, err)
		s := string(orig)
		crlf := strings.ReplaceAll(s, "\n", "\r\n")
		variants := []struct {
			name string
			data []byte
			enc  input.Encoding
		}{
			{"GB18030", gb, input.GB18030},
			{"UTF-16LE with BOM", append([]byte{0xff, 0xfe}, utf16Bytes(s, false)...), input.UTF16LE},
			{"UTF-16BE with BOM", append([]byte{0xfe, 0xff}, utf16Bytes(s, true)...), input.UTF16BE},
			{"UTF-16LE without BOM", utf16Bytes(s, false), input.UTF16LE},
			{"UTF-16BE without BOM", utf16Bytes(s, true), input.UTF16BE},
			{"UTF-8 BOM", append([]byte("\xef\xbb\xbf"), orig...), input.UTF8},
			{"CR only", []byte(strings.ReplaceAll(s, "\n", "\r")), input.UTF8},
			{"CRLF", []byte(crlf), input.UTF8},
			{"full-width digits", []byte(fullWidth(s)), input.UTF8},
			{"NBSP for spaces", []byte(strings.ReplaceAll(s, " ", "\u00a0")), input.UTF8},
			{"GB18030, CRLF, full-width", mustGB(t, fullWidth(crlf)), input.GB18030},
			{"UTF-16LE BOM, CRLF, full-width", append([]byte{0xff, 0xfe}, utf16Bytes(fullWidth(crlf), false)...), input.UTF16LE},
		}
		for _, v := range variants {
			require.False(t, bytes.Equal(v.data, orig), "%s: the variant %s must differ from the original", name, v.name)
			got, info, err := input.Decode(v.data, input.DefaultLimits())
			require.NoError(t, err, "%s %s", name, v.name)
			assert.Equal(t, v.enc, info.Encoding, "%s %s", name, v.name)
			if !bytes.Equal(want, got) {
				i := 0
				for i < len(got) && i < len(want) && got[i] == want[i] {
					i++
				}
				t.Errorf("%s %s: decoded text differs from the original at byte %d: %q, want %q", name, v.name, i,
					got[max(0, i-20):min(len(got), i+20)], want[max(0, i-20):min(len(want), i+20)])
			}
		}
	}
}

func mustGB(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

// TestNormalize: one case per rule of the normalisation.
func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"收入合计\r\n6577.03\r\n", "收入合计\n6577.03\n"}, // CR LF
		{"a\rb\r\rc", "a\nb\n\nc"},                 // lone CR, twice
		{"a\u00a0b", "a b"},                        // NBSP
		{"６５７７．０３万元", "6577.03万元"},                 // full-width digits and point
		{"６，５７７．０３", "6,577.03"},                   // thousands separator
		{"１，２３４，５６７", "1,234,567"},                 // two separators
		{"增长１２．５％", "增长12.5%"},                     // percent
		{"减少－３．８６万元，增加＋１", "减少-3.86万元，增加+1"},       // signs before digits; the sentence comma stays
		{"收入１００，支出２００", "收入100，支出200"},             // ，after a figure, before a word: punctuation
		{"分别为１，２", "分别为1，2"},                       // ，before one digit: a list, not a separator
		{"１，２３４５", "1，2345"},                       // ，before four digits: not a separator
		{"第一部分．概况", "第一部分．概况"},                     // ．without digits
		{"１．", "1．"},                               // ．without a digit after
		{"－－", "－－"},                               // －without a digit
		{"\u3000（一）“三公”《说明》", "\u3000（一）“三公”《说明》"}, // kept as printed
		{"ＡＢＣ：", "ＡＢＣ："},                           // full-width letters and colon are not normalised
	} {
		got, _, err := input.Decode([]byte("决算 "+c.in), input.Limits{})
		require.NoError(t, err, c.in)
		assert.Equal(t, "决算 "+c.want, string(got), c.in)
	}
}

// TestDecodeInfo checks what Decode reports on a small text built by hand.
func TestDecodeInfo(t *testing.T) {
	data := append([]byte("\xef\xbb\xbf"), "一\r\n二\r三\f四\n５\n"...)
	got, info, err := input.Decode(data, input.DefaultLimits())
	require.NoError(t, err)
	assert.Equal(t, "一\n二\n三\f四\n5\n", string(got))
	assert.Equal(t, input.Info{Format: input.FormatText, Encoding: input.UTF8, BOM: true, CRLF: 1, CR: 1, Folded: 1, Lines: 4, Pages: 2, Bytes: len(data)}, info)
}

// TestDecodeJSON: JSON is decoded, not normalised (its strings are data).
func TestDecodeJSON(t *testing.T) {
	doc := "{\"department\": \"Ａ\u00a0部门\", \"year\": 2024}\r\n"
	got, info, err := input.Decode(append([]byte{0xff, 0xfe}, utf16Bytes(doc, false)...), input.DefaultLimits())
	require.NoError(t, err)
	assert.Equal(t, doc, string(got))
	assert.Equal(t, input.FormatJSON, info.Format)
}

// TestDecodeErrors: each unreadable input gives its reason, and errors.Is
// and errors.As work.
func TestDecodeErrors(t *testing.T) {
	small := input.Limits{MaxBytes: 1000, MaxLineBytes: 100, MaxPages: 2}
	for _, c := range []struct {
		name string
		data []byte
		lim  input.Limits
		want input.Reason
	}{
		{"nil", nil, input.DefaultLimits(), input.ReasonEmpty},
		{"white space", []byte(" \n\t\r\n "), input.DefaultLimits(), input.ReasonEmpty},
		{"ideographic spaces", []byte("\u3000\u3000\n"), input.DefaultLimits(), input.ReasonEmpty},
		{"UTF-16 spaces", []byte("\xff\xfe \x00\n\x00"), input.DefaultLimits(), input.ReasonEmpty},
		{"random bytes", randomBytes(4096, 1), input.DefaultLimits(), input.ReasonBinary},
		{"NULs", make([]byte, 100), input.DefaultLimits(), input.ReasonBinary},
		{"zip", zipOf(t, "a.txt"), input.DefaultLimits(), input.ReasonArchive},
		{"gzip", gzipOf(t, "决算"), input.DefaultLimits(), input.ReasonArchive},
		{"7z", []byte("7z\xbc\xaf\x27\x1c\x00\x04"), input.DefaultLimits(), input.ReasonArchive},
		{"rar", []byte("Rar!\x1a\x07\x01\x00"), input.DefaultLimits(), input.ReasonArchive},
		{"PDF", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), input.DefaultLimits(), input.ReasonUnsupported},
		{"DOCX", zipOf(t, "[Content_Types].xml", "word/document.xml"), input.DefaultLimits(), input.ReasonUnsupported},
		{"XLSX", zipOf(t, "[Content_Types].xml", "xl/workbook.xml"), input.DefaultLimits(), input.ReasonUnsupported},
		{"too large", bytes.Repeat([]byte("决算\n"), 200), small, input.ReasonTooLarge},
		{"line too long", []byte(strings.Repeat("决", 40)), small, input.ReasonLineTooLong},
		{"too many pages", []byte("一\f二\f三\f"), small, input.ReasonTooManyPages},
	} {
		_, _, err := input.Decode(c.data, c.lim)
		require.Error(t, err, c.name)
		assert.ErrorIs(t, err, input.ErrNotReadable, c.name)
		var nr *input.NotReadableError
		require.True(t, errors.As(err, &nr), c.name)
		assert.Equal(t, c.want, nr.Reason, "%s: %v", c.name, err)
	}
}

// TestLimitError names the limit passed.
func TestLimitError(t *testing.T) {
	_, _, err := input.Decode([]byte("决算\n"+strings.Repeat("x", 101)+"\n"), input.Limits{MaxLineBytes: 100})
	require.Error(t, err)
	assert.Equal(t, "not a readable report: a line too long: line 2 is longer than 100 bytes (Limits.MaxLineBytes)", err.Error())
	var nr *input.NotReadableError
	require.ErrorAs(t, err, &nr)
	assert.Equal(t, 2, nr.Line)
	assert.Equal(t, int64(7+100), nr.Offset) // "决算\n" is 7 bytes; the 101st byte of line 2 passes the limit

	_, _, err = input.Decode(make([]byte, 11), input.Limits{MaxBytes: 10})
	assert.EqualError(t, err, "not a readable report: input too large: more than 10 bytes (Limits.MaxBytes)")
}

func TestCheckLines(t *testing.T) {
	lim := input.Limits{MaxLineBytes: 3}
	for _, c := range []struct {
		text string
		line int // 0: no error
	}{
		{"abc\nabc\r\nabc\rabc", 0},
		{"abc\r\nabcd", 2},
		{"a\r\r\nabcd", 3}, // CR ends line 1, CR LF line 2
		{"\n\n\nabcd", 4},
		{"", 0},
	} {
		err := input.CheckLines([]byte(c.text), lim)
		if c.line == 0 {
			assert.NoError(t, err, c.text)
			continue
		}
		var nr *input.NotReadableError
		require.ErrorAs(t, err, &nr, c.text)
		assert.Equal(t, c.line, nr.Line, "%q", c.text)
	}
}
