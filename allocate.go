package fiscal

import (
	"errors"
	"math"
	"math/big"
	"slices"
)

// ErrWeights is returned by [Allocate] for negative or all-zero weights.
var ErrWeights = errors.New("weights must be non-negative and not all zero")

// Allocate splits total into parts proportional to weights so that the
// parts always sum to total exactly. Each part is first the proportional
// share rounded toward zero to the fen; the fen left over are then handed
// out one each to the parts with the largest remainders, ties going to the
// earlier part (the largest-remainder method), so the result is
// deterministic. A negative total is split as its magnitude and negated.
func Allocate(total Amount, weights []int64) ([]Amount, error) {
	var sum big.Int
	for _, w := range weights {
		if w < 0 {
			return nil, ErrWeights
		}
		sum.Add(&sum, big.NewInt(w))
	}
	if sum.Sign() == 0 {
		return nil, ErrWeights
	}
	if total.fen == math.MinInt64 {
		return nil, &OverflowError{Op: "neg", A: total.fen}
	}
	neg := total.fen < 0
	mag := new(big.Int).SetUint64(absU(total.fen))
	parts := make([]Amount, len(weights))
	rems := make([]*big.Int, len(weights))
	var given big.Int
	for i, w := range weights {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(mag, big.NewInt(w)), &sum, new(big.Int))
		parts[i] = Amount{q.Int64()} // q ≤ |total| fits
		rems[i] = r
		given.Add(&given, q)
	}
	left := new(big.Int).Sub(mag, &given).Int64() // < len(weights)
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rems[b].Cmp(rems[a]) })
	for _, i := range order[:left] {
		parts[i].fen++
	}
	if neg {
		for i := range parts {
			parts[i].fen = -parts[i].fen
		}
	}
	return parts, nil
}
