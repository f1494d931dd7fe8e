package fiscal

import (
	"math"
	"math/bits"
)

// Amount is an exact sum of money: a whole number of fen (0.01 元) in an
// int64. The zero value is 0 元, and == compares amounts.
//
// An Amount has no unit of its own; units ([Yuan], [WanYuan], [YiYuan]) belong
// to parsing and formatting. A published 万元 figure "6577.03" is the Amount
// 65,770,300.00 元. Arithmetic detects overflow and reports it as an
// [*OverflowError] instead of wrapping around.
type Amount struct {
	fen int64
}

// Fen returns the amount of n fen.
func Fen(n int64) Amount { return Amount{fen: n} }

// YuanOf returns the amount of n whole 元, or an error if it overflows.
func YuanOf(n int64) (Amount, error) { return Fen(n).MulInt(100) }

// Fen returns the amount as a whole number of fen.
func (a Amount) Fen() int64 { return a.fen }

// IsZero reports whether a is 0 元.
func (a Amount) IsZero() bool { return a.fen == 0 }

// Sign returns -1, 0 or +1.
func (a Amount) Sign() int {
	switch {
	case a.fen < 0:
		return -1
	case a.fen > 0:
		return 1
	}
	return 0
}

// Cmp compares a and b: -1 if a < b, 0 if equal, +1 if a > b.
func (a Amount) Cmp(b Amount) int {
	switch {
	case a.fen < b.fen:
		return -1
	case a.fen > b.fen:
		return 1
	}
	return 0
}

// Add returns a + b.
func (a Amount) Add(b Amount) (Amount, error) {
	s, ok := addInt64(a.fen, b.fen)
	if !ok {
		return Amount{}, &OverflowError{Op: "add", A: a.fen, B: b.fen}
	}
	return Amount{s}, nil
}

// Sub returns a − b.
func (a Amount) Sub(b Amount) (Amount, error) {
	s, ok := subInt64(a.fen, b.fen)
	if !ok {
		return Amount{}, &OverflowError{Op: "sub", A: a.fen, B: b.fen}
	}
	return Amount{s}, nil
}

// Neg returns −a.
func (a Amount) Neg() (Amount, error) {
	if a.fen == math.MinInt64 {
		return Amount{}, &OverflowError{Op: "neg", A: a.fen}
	}
	return Amount{-a.fen}, nil
}

// Abs returns |a|.
func (a Amount) Abs() (Amount, error) {
	if a.fen < 0 {
		return a.Neg()
	}
	return a, nil
}

// MulInt returns a × n.
func (a Amount) MulInt(n int64) (Amount, error) {
	p, ok := mulInt64(a.fen, n)
	if !ok {
		return Amount{}, &OverflowError{Op: "mul", A: a.fen, B: n}
	}
	return Amount{p}, nil
}

// Sum returns the sum of amounts (0 for none).
func Sum(amounts ...Amount) (Amount, error) {
	var s int64
	for _, x := range amounts {
		var ok bool
		if s, ok = addInt64(s, x.fen); !ok {
			return Amount{}, &OverflowError{Op: "add", A: s, B: x.fen}
		}
	}
	return Amount{s}, nil
}

// Round returns a rounded to the given number of decimals of unit u, half
// away from zero (四舍五入): Round(WanYuan, 2) of 1,234.50 元 is 1,200.00 元
// (0.12 万元), of 1,250.00 元 is 1,300.00 元 (0.13 万元). Decimals beyond
// what names whole fen change nothing. It is how a figure in 元 becomes the
// figure printed in a 万元 table.
func (a Amount) Round(u Unit, decimals int) (Amount, error) {
	if !u.Valid() {
		return Amount{}, &ParseError{Text: u.String(), Err: ErrUnit}
	}
	if decimals < 0 {
		decimals = 0
	}
	if decimals >= u.MaxDecimals() {
		return a, nil
	}
	step := u.Fen() / pow10[decimals]
	r, ok := roundHalfAway(a.fen, step)
	if !ok {
		return Amount{}, &OverflowError{Op: "round", A: a.fen, B: step}
	}
	return Amount{r}, nil
}

var pow10 = [...]int64{1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
	100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000,
	10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000,
	100_000_000_000_000_000, 1_000_000_000_000_000_000}

// roundHalfAway rounds n to a multiple of step (> 0), half away from zero.
func roundHalfAway(n, step int64) (int64, bool) {
	q, r := n/step, n%step
	if r < 0 {
		r = -r
	}
	if r*2 >= step {
		if n < 0 {
			q--
		} else {
			q++
		}
	}
	return mulInt64(q, step)
}

func addInt64(a, b int64) (int64, bool) {
	s := a + b
	return s, (s > a) == (b > 0) || b == 0
}

func subInt64(a, b int64) (int64, bool) {
	s := a - b
	return s, (s < a) == (b > 0) || b == 0
}

func mulInt64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	neg := (a < 0) != (b < 0)
	ua, ub := absU(a), absU(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return int64(-lo), true // -lo in two's complement; lo == 1<<63 gives MinInt64
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

func absU(a int64) uint64 {
	if a < 0 {
		return uint64(-a) // MinInt64 maps to 1<<63, as intended
	}
	return uint64(a)
}
