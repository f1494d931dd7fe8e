package perf

import (
	"math/bits"

	"github.com/shopspring/decimal"

	"github.com/cnfiscal/fiscal/internal/fen"
)

// Integer arithmetic for the checks' common case. Every helper here
// reports ok=false when its operands do not fit, and the caller then takes
// the exact big.Rat path; where both apply they agree (intmath_test.go
// compares them on random operands). The checks run on every indicator of
// every form, and the big.Rat path allocates at each step.

// u128 is an unsigned 128-bit integer.
type u128 struct{ hi, lo uint64 }

// mul returns x × y and whether it fits 128 bits.
func (x u128) mul(y uint64) (u128, bool) {
	hi1, lo := bits.Mul64(x.lo, y)
	hi2, mid := bits.Mul64(x.hi, y)
	if hi2 != 0 {
		return u128{}, false
	}
	hi, carry := bits.Add64(mid, hi1, 0)
	if carry != 0 {
		return u128{}, false
	}
	return u128{hi, lo}, true
}

// mulPow10 returns x × 10^n and whether it fits 128 bits.
func (x u128) mulPow10(n int) (u128, bool) {
	ok := true
	for ; n > 0 && ok; n-- {
		x, ok = x.mul(10)
	}
	return x, ok
}

// cmp compares x and y.
func (x u128) cmp(y u128) int {
	switch {
	case x.hi != y.hi:
		if x.hi < y.hi {
			return -1
		}
		return 1
	case x.lo < y.lo:
		return -1
	case x.lo > y.lo:
		return 1
	}
	return 0
}

// smallParts returns d as coef × 10^exp with coef of at most 15 digits,
// or false.
func smallParts(d decimal.Decimal) (coef int64, exp int, ok bool) {
	if d.NumDigits() > 15 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), int(d.Exponent()), true
}

// cmpScaled compares a × 10^ea with b × 10^eb for non-negative a and b,
// each given as a 128-bit product; ok is false when aligning the exponents
// overflows.
func cmpScaled(a u128, ea int, b u128, eb int) (int, bool) {
	ok := true
	if ea > eb {
		a, ok = a.mulPow10(ea - eb)
	} else if eb > ea {
		b, ok = b.mulPow10(eb - ea)
	}
	if !ok {
		return 0, false
	}
	return a.cmp(b), true
}

// ratioBelow reports whether (num × nf) / (den × df) < th for decimals num,
// den and th and positive integer factors nf and df, when den > 0 and
// th > 0; ok is false otherwise or when the operands are too large.
func ratioBelow(num decimal.Decimal, nf int64, den decimal.Decimal, df int64, th decimal.Decimal) (below, ok bool) {
	nc, ne, ok1 := smallParts(num)
	dc, de, ok2 := smallParts(den)
	if !ok1 || !ok2 {
		return false, false
	}
	return ratioBelowParts(nc, ne, nf, dc, de, df, th)
}

// ratioBelowParts is ratioBelow for num = nc × 10^ne and den = dc × 10^de.
func ratioBelowParts(nc int64, ne int, nf int64, dc int64, de int, df int64, th decimal.Decimal) (below, ok bool) {
	tc, te, ok := smallParts(th)
	if !ok || dc <= 0 || tc <= 0 || nf <= 0 || df <= 0 || nc == -1<<63 {
		return false, false
	}
	if nc <= 0 {
		return true, true // a ratio of at most zero is below a positive threshold
	}
	// num·nf / (den·df) < th  ⇔  num·nf < th·den·df (den·df > 0).
	left, ok := u128{lo: uint64(nc)}.mul(uint64(nf))
	if !ok {
		return false, false
	}
	right, ok := u128{lo: uint64(dc)}.mul(uint64(df))
	if ok {
		right, ok = right.mul(uint64(tc))
	}
	if !ok {
		return false, false
	}
	c, ok := cmpScaled(left, ne, right, de+te)
	return c < 0, ok
}

// percentFen is [fen.Percent]: num / den × 100 to d decimals for amounts
// in fen (what fiscal.Ratio.Percent gives), in integer arithmetic.
var percentFen = fen.Percent
