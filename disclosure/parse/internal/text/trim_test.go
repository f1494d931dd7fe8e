package text

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// TestTrimLikeStringsTrim checks Trim, which trims the blanks by their
// bytes, against strings.Trim with the same cutset, on random texts of
// blanks, ideographs, broken UTF-8 and bytes that begin or end a blank.
func TestTrimLikeStringsTrim(t *testing.T) {
	pieces := []string{" ", "\t", "\u3000", "\u00a0", "一", "况", "a", "1", "\xe3", "\x80", "\xc2", "\xa0", "\xe3\x80", "\xff", "　"}
	rng := rand.New(rand.NewPCG(15, 22))
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, strings.Trim(s, " \t\u3000\u00a0"), Trim(s), "%q", s)
	}
}

// splitBySplit is Split as it was written before cutting the lines
// directly: strings.Split, the last empty part dropped.
func splitBySplit(data []byte) []Line {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	s := string(data)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\f", "")
	parts := strings.Split(s, "\n")
	if len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	out := make([]Line, len(parts))
	for i, p := range parts {
		out[i] = Line{N: i + 1, Text: p}
	}
	return out
}

// TestSplitLikeStringsSplit checks Split against the version built on
// strings.Split, on random texts of lines, breaks of every kind, form
// feeds, byte-order marks and broken UTF-8.
func TestSplitLikeStringsSplit(t *testing.T) {
	pieces := []string{"a", "一般", "\n", "\r\n", "\r", "\f", "\xef\xbb\xbf", "\xff", " ", "\t"}
	rng := rand.New(rand.NewPCG(15, 25))
	for range 100_000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		data := []byte(b.String())
		require.Equal(t, splitBySplit(data), Split(data), "%q", data)
	}
}
