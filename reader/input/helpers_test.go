package input_test

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/internal/corpustest"
)

// corpus reads a corpus file (internal/corpustest: $FISCAL_CORPUS, else
// ../shared/corpus beside the repository), skipping the test when the
// corpus is absent and failing when FISCAL_REQUIRE_CORPUS is set.
func corpus(t testing.TB, name string) []byte {
	t.Helper()
	return corpustest.Read(t, name)
}

const (
	daye  = "000_a6b8f70e670f2841.txt"
	putuo = "shanghai-putuo-czj-2024.layout.txt"
)

// utf16Bytes encodes s as UTF-16 with the standard library (a second
// method, independent of the x/text decoder under test).
func utf16Bytes(s string, bigEndian bool) []byte {
	units := utf16.Encode([]rune(s))
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// fullWidth rewrites s the way a word processor's full-width export
// prints figures, by arithmetic on code points (not with the width
// tables under test): every ASCII digit becomes ０-９, and a "." or ","
// between digits becomes ．or ，.
func fullWidth(s string) string {
	rs := []rune(s)
	isDigit := func(i int) bool { return i >= 0 && i < len(rs) && rs[i] >= '0' && rs[i] <= '9' }
	out := make([]rune, len(rs))
	for i, r := range rs {
		switch {
		case r >= '0' && r <= '9':
			out[i] = r + 0xfee0
		case (r == '.' || r == ',') && isDigit(i-1) && isDigit(i+1):
			out[i] = r + 0xfee0 // the full-width forms are the ASCII ones shifted by U+FEE0
		default:
			out[i] = r
		}
	}
	return string(out)
}

// validUTF8 is utf8.Valid for assertions.
func validUTF8(b []byte) bool { return utf8.Valid(b) }
