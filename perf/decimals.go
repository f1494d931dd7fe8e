package perf

import (
	"sync"

	"github.com/shopspring/decimal"
)

// The numbers forms print most ("100%", "95", "12个月", "5.85") are read
// into decimals made once and shared: a decimal.Decimal never changes the
// big.Int it holds (every operation returns a new value, and the big.Int
// is only ever copied out), so one value serves every target that reads
// the same number, and reading it allocates nothing.
const (
	smallCoef = 1000 // coefficients 0 … 999
	smallFrac = 3    // with 0, 1 or 2 digits after the point
)

// smallDecimals holds c × 10^−f at [f][c]: immutable once made.
var smallDecimals = sync.OnceValue(func() *[smallFrac][smallCoef]decimal.Decimal {
	var t [smallFrac][smallCoef]decimal.Decimal
	for f := range smallFrac {
		for c := range smallCoef {
			t[f][c] = decimal.New(int64(c), int32(-f))
		}
	}
	return &t
})

// newDecimal returns coef × 10^−frac, shared when it is small.
func newDecimal(coef int64, frac int) decimal.Decimal {
	if coef >= 0 && coef < smallCoef && frac >= 0 && frac < smallFrac {
		return smallDecimals()[frac][coef]
	}
	return decimal.New(coef, int32(-frac))
}

// The default thresholds, made once (see CheckOptions).
var (
	defaultLowRate    = decimal.New(6, -1)
	defaultHighActual = decimal.New(13, -1)
)
