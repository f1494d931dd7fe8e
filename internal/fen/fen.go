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
	v, ok := PercentCoef(num, den, d)
	if !ok {
		return decimal.Decimal{}, false
	}
	return decimal.New(v, int32(-d)), true
}

// PercentCoef is [Percent] as the coefficient of the percentage at d
// decimals (the percentage is v × 10^−d), for a caller that compares it
// before it makes a decimal of it (a decimal allocates).
func PercentCoef(num, den int64, d int) (v int64, ok bool) {
	if den == 0 || d < 0 || d > 16 || num == -1<<63 || den == -1<<63 {
		return 0, false
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
			return 0, false
		}
		var c uint64
		hi, c = bits.Add64(h2, h1, 0)
		if c != 0 {
			return 0, false
		}
		lo = l
	}
	if hi >= m {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, m)
	if r >= m-r { // 2r ≥ m
		q++
	}
	if q > 1<<62 {
		return 0, false
	}
	v = int64(q)
	if neg {
		v = -v
	}
	return v, true
}
