package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// lintIO runs fiscal lint with the given standard input.
func lintIO(stdin []byte, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = runLint(args, bytes.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// utf16Of encodes s as UTF-16 with the standard library.
func utf16Of(s string, bigEndian, bom bool) []byte {
	var out []byte
	if bom {
		if bigEndian {
			out = []byte{0xfe, 0xff}
		} else {
			out = []byte{0xff, 0xfe}
		}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// wideDigits prints every ASCII digit full-width, and "." or "," between
// digits as ．or ，(the full-width forms are the ASCII ones + U+FEE0).
func wideDigits(s string) string {
	rs := []rune(s)
	digit := func(i int) bool { return i >= 0 && i < len(rs) && rs[i] >= '0' && rs[i] <= '9' }
	for i, r := range rs {
		if digit(i) || (r == '.' || r == ',') && digit(i-1) && digit(i+1) {
			rs[i] = r + 0xfee0
		}
	}
	return string(rs)
}

// TestHarmlessVariants: a report saved in another encoding, with other
// line ends, with full-width figures or a byte order mark gives exactly
// the findings (and exit status) of the clean original.
func TestHarmlessVariants(t *testing.T) {
	for _, name := range []string{"000_a6b8f70e670f2841.txt", "shanghai-putuo-czj-2024.layout.txt"} {
		path := corpusFile(t, name)
		orig, err := os.ReadFile(path)
		require.NoError(t, err)
		wantCode, want, errOut := lintIO(nil, "--json", path)
		require.Equal(t, 1, wantCode, errOut) // both reports have error findings
		require.Greater(t, strings.Count(want, `"rule"`), 20, "%s: the original gives its findings", name)

		s := string(orig)
		gb, err := simplifiedchinese.GB18030.NewEncoder().String(s)
		require.NoError(t, err)
		crlf := strings.ReplaceAll(s, "\n", "\r\n")
		dir := t.TempDir()
		for _, v := range []struct {
			name string
			data string
		}{
			{"GB18030", gb},
			{"UTF-16LE BOM", string(utf16Of(s, false, true))},
			{"UTF-16BE BOM", string(utf16Of(s, true, true))},
			{"UTF-16LE", string(utf16Of(s, false, false))},
			{"UTF-16BE", string(utf16Of(s, true, false))},
			{"UTF-8 BOM", "\xef\xbb\xbf" + s},
			{"CR only", strings.ReplaceAll(s, "\n", "\r")},
			{"CRLF", crlf},
			{"full-width digits", wideDigits(s)},
			{"GB18030, CRLF, full-width digits", mustGB(t, wideDigits(crlf))},
		} {
			require.NotEqual(t, s, v.data, v.name)
			file := filepath.Join(dir, strings.NewReplacer(" ", "_", ",", "").Replace(v.name)+".txt")
			require.NoError(t, os.WriteFile(file, []byte(v.data), 0o644))
			code, got, errOut := lintIO(nil, "--json", file)
			assert.Equal(t, wantCode, code, "%s %s: %s", name, v.name, errOut)
			assert.Equal(t, findingsOf(t, want), findingsOf(t, got), "%s %s: the findings differ from the original's", name, v.name)
		}
		// Standard input gives the same findings as the file.
		code, got, errOut := lintIO([]byte(gb), "--json", "-")
		assert.Equal(t, wantCode, code, errOut)
		assert.Equal(t, findingsOf(t, want), findingsOf(t, got), "%s from standard input", name)
	}
}

// mustGB encodes s as GB18030 (the reports hold characters GBK lacks,
// such as ☑).
func mustGB(t *testing.T, s string) string {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().String(s)
	require.NoError(t, err)
	return b
}

// findingsOf returns the findings of a lint --json report, as JSON text
// (the report's source names the file, which differs between variants).
func findingsOf(t *testing.T, report string) string {
	t.Helper()
	var rep struct {
		Findings json.RawMessage `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(report), &rep))
	return string(rep.Findings)
}
