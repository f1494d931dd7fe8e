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
	return ratioBelowScaled(nc, ne, nf, dc, de, df, partsOf(th))
}

// scaled is a decimal as coef × 10^exp (smallParts), read once where it is
// used many times: ok is false when it has more than 15 digits.
type scaled struct {
	coef int64
	exp  int
	ok   bool
}

func partsOf(d decimal.Decimal) scaled {
	// The default thresholds, as withDefaults writes them in (the same
	// decimal: its coefficient's pointer and exponent), without counting
	// their digits by a logarithm on every form.
	switch d {
	case defaultHighActual:
		return scaled{13, -1, true}
	case defaultLowRate:
		return scaled{6, -1, true}
	}
	c, e, ok := smallParts(d)
	return scaled{c, e, ok}
}

// ratioBelowScaled is ratioBelowParts with the threshold's parts read.
func ratioBelowScaled(nc int64, ne int, nf int64, dc int64, de int, df int64, th scaled) (below, ok bool) {
	tc, te, ok := th.coef, th.exp, th.ok
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

// divRound returns n × 10^p / d rounded half away from zero (what roundRat
// gives for the same fraction at zero decimals), for d > 0; ok is false
// when d × 10^−p does not fit 64 bits, n × 10^p not 128, or the quotient
// not 62.
func divRound(n u128, p int, d uint64) (q int64, ok bool) {
	if d == 0 {
		return 0, false
	}
	if p > 0 {
		if n, ok = n.mulPow10(p); !ok {
			return 0, false
		}
	}
	for ; p < 0; p++ {
		hi, lo := bits.Mul64(d, 10)
		if hi != 0 {
			return 0, false
		}
		d = lo
	}
	if n.hi >= d {
		return 0, false
	}
	u, r := bits.Div64(n.hi, n.lo, d)
	if r >= d-r { // 2r ≥ d
		u++
	}
	if u > 1<<62 {
		return 0, false
	}
	return int64(u), true
}

// highFigures returns, for a positive actual a = ac × 10^ae and target
// t = tc × 10^te (coefficients of at most 15 digits) and their unit
// factors af and tf, the actual as a percentage of the target at two
// decimals (pct × 10^−2) and the target and the actual in the target's
// unit at eight decimals (× 10^−8): the figures of a [RuleActualHigh]
// finding, in integers. ok is false when the operands are not positive or
// do not fit.
func highFigures(ac int64, ae int, af int64, tc int64, te int, tf int64) (pct, tv, av int64, ok bool) {
	if ac <= 0 || tc <= 0 || af <= 0 || tf <= 0 {
		return 0, 0, 0, false
	}
	an, ok := u128{lo: uint64(ac)}.mul(uint64(af))
	if !ok {
		return 0, 0, 0, false
	}
	dh, dl := bits.Mul64(uint64(tc), uint64(tf))
	if dh != 0 {
		return 0, 0, 0, false
	}
	// a·af / (t·tf) × 100 at 2 decimals: ac·af·10^(ae−te+4) / (tc·tf).
	if pct, ok = divRound(an, ae-te+4, dl); !ok {
		return 0, 0, 0, false
	}
	// t·tf / tf = t at 8 decimals: tc·10^(te+8).
	if tv, ok = divRound(u128{lo: uint64(tc)}, te+8, 1); !ok {
		return 0, 0, 0, false
	}
	// a·af / tf at 8 decimals: ac·af·10^(ae+8) / tf.
	if av, ok = divRound(an, ae+8, uint64(tf)); !ok {
		return 0, 0, 0, false
	}
	return pct, tv, av, true
}

// percentFenCoef is [fen.PercentCoef]: num / den × 100 at d decimals as
// the coefficient v of v × 10^−d, for amounts in fen.
var percentFenCoef = fen.PercentCoef

// equalScaled reports whether a × 10^ea equals b × 10^eb, for a and b of
// at most 62 bits in magnitude; exponents too far apart to align compare
// unequal unless both are zero.
func equalScaled(a int64, ea int, b int64, eb int) bool {
	if a == 0 || b == 0 {
		return a == b
	}
	if (a < 0) != (b < 0) || a == -1<<63 || b == -1<<63 {
		return false
	}
	if a < 0 {
		a, b = -a, -b
	}
	c, ok := cmpScaled(u128{lo: uint64(a)}, ea, u128{lo: uint64(b)}, eb)
	return ok && c == 0
}

// rateTolerance is the tolerance of a printed 执行率 at d decimals, as the
// coefficient of tol × 10^−d: the largest change that rounding 执行数 s and
// 预算数 b (in fen) to their printed precision (half units hs and hb) can
// make to the rate want × 10^−d, i.e. max(hi − want, want − lo) for hi =
// (s+hs)/(b−hb) and lo = (s−hs)/(b+hb) as percentages at d decimals. set
// is false when there is none to compute (no half unit, or b−hb is not
// positive): the tolerance is then zero. ok is false when the figures do
// not fit.
func rateTolerance(s, b, hs, hb, want int64, d int) (tol int64, set, ok bool) {
	if hs < 0 || hb < 0 {
		return 0, false, false
	}
	if hs == 0 && hb == 0 {
		return 0, false, true
	}
	bl, ok1 := subFen(b, hb)
	sh, ok2 := addFen(s, hs)
	sl, ok3 := subFen(s, hs)
	bh, ok4 := addFen(b, hb)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return 0, false, false
	}
	if bl <= 0 {
		return 0, false, true
	}
	hi, ok1 := fen.PercentCoef(sh, bl, d)
	lo, ok2 := fen.PercentCoef(sl, bh, d)
	if !ok1 || !ok2 {
		return 0, false, false
	}
	// Each is within 2^62 and want too: the differences fit.
	return max(hi-want, want-lo), true, true
}

// addFen returns a + b and whether it fits an int64 (and is not its
// minimum, which has no magnitude).
func addFen(a, b int64) (int64, bool) {
	s := a + b
	if (s > a) != (b > 0) || s == -1<<63 {
		return 0, false
	}
	return s, true
}

// subFen returns a − b and whether it fits (see addFen).
func subFen(a, b int64) (int64, bool) {
	s := a - b
	if (s < a) != (b > 0) || s == -1<<63 {
		return 0, false
	}
	return s, true
}
