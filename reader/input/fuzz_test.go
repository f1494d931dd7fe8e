package input_test

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/reader/input"
)

// FuzzSniff: Sniff never panics and always names a format.
func FuzzSniff(f *testing.F) {
	for _, s := range []string{"", " ", "%PDF-1.4", "PK\x03\x04", "\xff\xfe{\x00", "部门决算\n", "<html>", "{}", "\x1f\x8b\x08"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got := input.Sniff(data); got == input.FormatUnknown {
			t.Fatalf("Sniff(%q) = unknown", data)
		}
	})
}

// FuzzDecode: Decode never panics; it returns valid UTF-8 or a
// NotReadableError; its output has no CR; decoding its output again
// changes nothing.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"决算\r\n１２．５％", "６，５７７．０３", "\xef\xbb\xbf收入", "\xff\xfe1\x002\x00", "a\rb", "{\"a\": 1}", "\xd6\xd0\xce\xc4"} {
		f.Add([]byte(s))
	}
	lim := input.Limits{MaxBytes: 1 << 20, MaxLineBytes: 4096, MaxPages: 50}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, info, err := input.Decode(data, lim)
		if err != nil {
			var nr *input.NotReadableError
			if !errors.As(err, &nr) || !errors.Is(err, input.ErrNotReadable) {
				t.Fatalf("Decode(%q): error %v is not a NotReadableError", data, err)
			}
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("Decode(%q) from %s = %q: not UTF-8", data, info.Encoding, out)
		}
		if info.Format == input.FormatJSON {
			return
		}
		if bytes.IndexByte(out, '\r') >= 0 {
			t.Fatalf("Decode(%q) = %q: a CR is left", data, out)
		}
		again, _, err := input.Decode(out, input.Limits{})
		if err != nil {
			t.Fatalf("Decode(Decode(%q) = %q): %v", data, out, err)
		}
		if !bytes.Equal(again, out) {
			t.Fatalf("Decode is not idempotent on %q: %q then %q", data, out, again)
		}
	})
}
