package input

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestIsPDFLikeSniff compares IsPDF with Sniff(data) == FormatPDF on random
// inputs made of the signature, byte order marks, blanks, text in several
// encodings' bytes and NULs, the signature placed around the first
// kilobyte's end.
func TestIsPDFLikeSniff(t *testing.T) {
	pieces := []string{"%PDF-", "%PDF", "-1.7", "\xff\xfe", "\xfe\xff", "\xef\xbb\xbf", " ", "\n", "\x00", "决算", "\xb2\xe2", "{", "<html>", "PK\x03\x04", "abc"}
	r := rand.New(rand.NewPCG(15, 14))
	pdfs := 0
	for range 100_000 {
		var b []byte
		if r.IntN(4) == 0 {
			b = make([]byte, 1010+r.IntN(20)) // the signature near the first kilobyte's end
			for i := range b {
				b[i] = 'a'
			}
		}
		for range r.IntN(6) {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		want := Sniff(b) == FormatPDF
		require.Equal(t, want, IsPDF(b), "%q", b)
		if want {
			pdfs++
		}
	}
	require.Greater(t, pdfs, 10_000)
}
