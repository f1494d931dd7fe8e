package fiscal

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// parseFixedByOps is parseFixed as it was written before its digits were
// accumulated inline: each step through mulInt64 and addInt64. It is the
// reference the inline loop is tested against.
func parseFixedByOps(t string, scale int) (int64, error) {
	neg := false
	switch {
	case strings.HasPrefix(t, "-"):
		neg, t = true, t[1:]
	case strings.HasPrefix(t, "+"):
		t = t[1:]
	}
	intPart, frac, hasDot := strings.Cut(t, ".")
	if intPart == "" && (!hasDot || frac == "") {
		return 0, ErrSyntax
	}
	if hasDot && frac == "" {
		return 0, ErrSyntax
	}
	if strings.IndexByte(intPart, ',') >= 0 && !validGrouping(intPart) {
		return 0, ErrSyntax
	}
	var v int64
	overflow := false
	acc := func(d byte) {
		if overflow {
			return
		}
		var ok bool
		if v, ok = mulInt64(v, 10); !ok {
			overflow = true
			return
		}
		if v, ok = addInt64(v, int64(d-'0')); !ok {
			overflow = true
		}
	}
	for i := 0; i < len(intPart); i++ {
		c := intPart[i]
		if c == ',' {
			continue
		}
		if c < '0' || c > '9' {
			return 0, ErrSyntax
		}
		acc(c)
	}
	for i := 0; i < len(frac); i++ {
		c := frac[i]
		if c < '0' || c > '9' {
			return 0, ErrSyntax
		}
		if i >= scale {
			if c != '0' {
				return 0, ErrPrecision
			}
			continue
		}
		acc(c)
	}
	for i := len(frac); i < scale; i++ {
		acc('0')
	}
	if overflow {
		return 0, ErrOverflow
	}
	if neg {
		v = -v
	}
	return v, nil
}

// TestParseFixedInline compares parseFixed with the reference on random
// texts of digits, separators and signs (lengths around where int64
// overflows included), and on the edges of int64.
func TestParseFixedInline(t *testing.T) {
	cases := []string{"9223372036854775807", "9223372036854775808", "-9223372036854775807", "92233720368547758.07",
		"92233720368547758.08", "922337203685477580.7", "1,000", "1,00", ".5", "5.", "-", "+", "", "0.000", "12.345"}
	r := rand.New(rand.NewPCG(15, 5))
	const alphabet = "0123456789999,.-+x"
	for range 300_000 {
		var b strings.Builder
		for range r.IntN(24) {
			if r.IntN(4) == 0 {
				b.WriteByte(alphabet[r.IntN(len(alphabet))])
			} else {
				b.WriteByte(byte('0' + r.IntN(10)))
			}
		}
		cases = append(cases, b.String())
	}
	for _, c := range cases {
		for _, scale := range []int{0, 2, 4, 6} {
			want, werr := parseFixedByOps(c, scale)
			got, gerr := parseFixed(c, scale)
			require.Equal(t, werr, gerr, "%q at scale %d", c, scale)
			require.Equal(t, want, got, "%q at scale %d", c, scale)
		}
	}
}
