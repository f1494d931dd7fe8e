// Package fen holds integer arithmetic on amounts in fen that more than
// one package of the module needs, for the checks that run by the
// thousand and must not allocate.
package fen

import (
	"math/bits"

	"github.com/shopspring/decimal"
)

// Percent returns num / den × 100 rounded half away from zero to d
// decimals (what fiscal.Ratio.Percent of fiscal.Share gives) for amounts
// in fen, in integer arithmetic, or false when den is zero or the
// operands are too large for it.
func Percent(num, den int64, d int) (decimal.Decimal, bool) {
	if den == 0 || d < 0 || d > 16 || num == -1<<63 || den == -1<<63 {
		return decimal.Decimal{}, false
	}
	neg := (num < 0) != (den < 0)
	n, m := uint64(num), uint64(den)
	if num < 0 {
		n = uint64(-num)
	}
	if den < 0 {
		m = uint64(-den)
	}
	hi, lo := uint64(0), n
	for range 2 + d { // × 10^(2+d) in 128 bits
		h1, l := bits.Mul64(lo, 10)
		h2 := hi * 10
		if hi > (1<<64-1)/10 {
			return decimal.Decimal{}, false
		}
		var c uint64
		hi, c = bits.Add64(h2, h1, 0)
		if c != 0 {
			return decimal.Decimal{}, false
		}
		lo = l
	}
	if hi >= m {
		return decimal.Decimal{}, false
	}
	q, r := bits.Div64(hi, lo, m)
	if r >= m-r { // 2r ≥ m
		q++
	}
	if q > 1<<62 {
		return decimal.Decimal{}, false
	}
	v := int64(q)
	if neg {
		v = -v
	}
	return decimal.New(v, int32(-d)), true
}
