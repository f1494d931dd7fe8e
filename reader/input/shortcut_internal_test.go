package input

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// randText returns text made of the pieces normalisation and the text test
// look at: line ends, NBSP, full-width digits and signs next to digits and
// not, CJK, U+FFFD, control characters and (when invalid is set) stray
// and cut bytes.
func randText(rng *rand.Rand, invalid bool) []byte {
	pieces := []string{"\r\n", "\r", "\n", "\u00a0", "０", "９", "％", "．", "，", "－", "＋", "1", "23", "456", ",", ".", "-",
		"合计", "万元", "\u3000", "（", "）", "\ufffd", "\x00", "\x01", "\x7f", "\t", "\f", "ｘ", "Ａ", "～", "😀", " ", "a"}
	if invalid {
		pieces = append(pieces, "\xff", "\xe4\xb8", "\xc2", "\xed\xa0\x80", "\xef\xbc")
	}
	var b strings.Builder
	for range rng.IntN(40) {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return []byte(b.String())
}

// TestNormalizeShortcut compares normalize with normalizeRunes, the rune
// by rune walk it replaces, output and counts, on random texts valid and
// not; and checks that a text with nothing to change is returned as it is.
func TestNormalizeShortcut(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 22))
	unchanged := 0
	for i := range 200_000 {
		text := randText(rng, i%4 == 0)
		orig := string(text)
		var got, want Info
		out := normalize(text, &got)
		ref := normalizeRunes([]byte(orig), &want)
		require.Equal(t, string(ref), string(out), "%q", orig)
		require.Equal(t, want, got, "%q", orig)
		require.Equal(t, orig, string(text), "the input is not changed")
		if len(text) > 0 && want == (Info{}) && string(ref) == orig {
			unchanged++
			require.Same(t, &text[0], &out[0], "%q: returned as it is", orig)
		}
	}
	require.Greater(t, unchanged, 1000)
}

// TestTextLikeShortcut compares textLike (byte by byte for valid UTF-8)
// with textLikeRunes on random texts, whole and cut.
func TestTextLikeShortcut(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 23))
	text, notText := 0, 0
	for i := range 200_000 {
		s := randText(rng, i%3 == 0)
		if rng.IntN(3) == 0 { // mostly plain text, where the 1% bound matters
			s = append([]byte(strings.Repeat("合计万元 ", rng.IntN(30))), s...)
		}
		cut := rng.IntN(2) == 0
		want := textLikeRunes(s, cut)
		require.Equal(t, want, textLike(s, cut), "%q cut=%v", s, cut)
		if want {
			text++
		} else {
			notText++
		}
	}
	require.Greater(t, text, 10_000)
	require.Greater(t, notText, 10_000)
}

// TestValidRuneLen compares validRuneLen with utf8.Valid on every two-byte
// start and on random byte strings.
func TestValidRuneLen(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 24))
	for range 500_000 {
		b := make([]byte, 1+rng.IntN(4))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		if rng.IntN(2) == 0 { // often a lead byte and continuation bytes
			b[0] = byte(0xc0 + rng.IntN(0x40))
			for i := 1; i < len(b); i++ {
				b[i] = byte(0x80 + rng.IntN(0x40))
			}
		}
		if b[0] < 0x80 {
			continue
		}
		n := validRuneLen(b)
		want := 0
		for k := 1; k <= len(b); k++ {
			if utf8.Valid(b[:k]) {
				want = k
				break
			}
		}
		require.Equal(t, want, n, "% x", b)
	}
}

// TestCheckLinesShortcut compares CheckLines (LFs found by IndexByte
// first) with the line scanner alone, error for error, and nulPattern
// with its count of NULs, on random texts and limits.
func TestCheckLinesShortcut(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 64))
	failed := 0
	for i := range 200_000 {
		text := randText(rng, i%4 == 0)
		lim := Limits{MaxLineBytes: 1 + rng.IntN(24)}
		s := lineScanner{max: lim.MaxLineBytes, line: 1}
		want := s.scan(text, lim)
		if want != nil {
			failed++
		}
		require.Equal(t, want, CheckLines(text, lim), "%q, %d", text, lim.MaxLineBytes)
		even, odd := 0, 0
		for j := 0; j+1 < len(text); j += 2 {
			if text[j] == 0 {
				even++
			}
			if text[j+1] == 0 {
				odd++
			}
		}
		if even == 0 && odd == 0 {
			require.Equal(t, EncodingUnknown, nulPattern(text), "%q", text)
		}
	}
	require.Greater(t, failed, 20_000)
	require.Less(t, failed, 180_000)
}
