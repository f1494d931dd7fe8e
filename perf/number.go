package perf

import (
	"github.com/shopspring/decimal"

	"github.com/cnfiscal/fiscal"
)

// num is a number of a target as coef × 10^exp, kept in integers until a
// decimal is asked for (see Target.n). The zero num is "not set".
type num struct {
	coef int64
	exp  int32 // 0 or negative: −(the digits after the point)
	set  bool
}

// decimal returns the number as a decimal (shared when it is small, see
// newDecimal): the decimal ParseTarget has always made of it.
func (p num) decimal() decimal.Decimal {
	return newDecimal(p.coef, int(-p.exp))
}

// materialize makes the decimals of numbers held as integers, and clears
// the integers: the target is then as ParseTarget returns it.
func (t *Target) materialize() {
	t.ui, t.uiSet = unitInfo{}, false
	if t.n.set {
		t.Number, t.n = t.n.decimal(), num{}
	}
	if t.h.set {
		t.High, t.h = t.h.decimal(), num{}
	}
}

// numberParts returns Number as coef × 10^exp when it has at most 15
// digits, from the integers where the target holds them.
func (t *Target) numberParts() (coef int64, exp int, ok bool) {
	if t.n.set {
		if t.n.coef <= -1e15 || t.n.coef >= 1e15 {
			return 0, 0, false
		}
		return t.n.coef, int(t.n.exp), true
	}
	return smallParts(t.Number)
}

// highParts is numberParts for High.
func (t *Target) highParts() (coef int64, exp int, ok bool) {
	if t.h.set {
		if t.h.coef <= -1e15 || t.h.coef >= 1e15 {
			return 0, 0, false
		}
		return t.h.coef, int(t.h.exp), true
	}
	return smallParts(t.High)
}

// number returns Number, made from the integers where the target holds
// them (the target is not changed).
func (t *Target) number() decimal.Decimal {
	if t.n.set {
		return t.n.decimal()
	}
	return t.Number
}

// high returns High as number returns Number.
func (t *Target) high() decimal.Decimal {
	if t.h.set {
		return t.h.decimal()
	}
	return t.High
}

// lowAboveHigh reports whether a range's low end is above its high end.
func (t *Target) lowAboveHigh() bool {
	lc, le, ok1 := t.numberParts()
	hc, he, ok2 := t.highParts()
	if ok1 && ok2 {
		if c, ok := cmpSigned(lc, le, hc, he); ok {
			return c > 0
		}
	}
	return t.number().GreaterThan(t.high())
}

// moneyLow is moneyOf(Number, factor), in integers where they hold it.
func (t *Target) moneyLow(factor int64) (fiscal.Amount, error) {
	if t.n.set {
		if a, ok := moneyParts(t.n.coef, int(t.n.exp), factor); ok {
			return a, nil
		}
	}
	return moneyOf(t.number(), factor)
}

// moneyHigh is moneyOf(High, factor), in integers where they hold it.
func (t *Target) moneyHigh(factor int64) (fiscal.Amount, error) {
	if t.h.set {
		if a, ok := moneyParts(t.h.coef, int(t.h.exp), factor); ok {
			return a, nil
		}
	}
	return moneyOf(t.high(), factor)
}

// cmpSigned compares a × 10^ea with b × 10^eb for coefficients of at most
// 15 digits; ok is false when aligning the exponents overflows.
func cmpSigned(a int64, ea int, b int64, eb int) (int, bool) {
	sa, sb := sign64(a), sign64(b)
	if sa != sb || sa == 0 {
		return cmpInt(sa, sb), true
	}
	if sa < 0 {
		a, b = -a, -b
	}
	c, ok := cmpScaled(u128{lo: uint64(a)}, ea, u128{lo: uint64(b)}, eb)
	return c * sa, ok
}

func sign64(x int64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// amountIn is fiscal.FromDecimalIn(t.Number, u) for a number held as
// integers: coef × 10^exp in u is coef × 10^(exp + u.MaxDecimals()) fen.
// ok is false when the number is not held so, u is not a unit, or the
// amount is not a whole number of fen or does not fit.
func amountIn(t *Target, u fiscal.Unit) (fiscal.Amount, bool) {
	if !t.n.set || !u.Valid() {
		return fiscal.Amount{}, false
	}
	return moneyParts(t.n.coef, int(t.n.exp)+u.MaxDecimals()-2, 1)
}
