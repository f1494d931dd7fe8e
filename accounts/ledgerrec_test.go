package accounts

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestExpenseRecPacking checks that every field of a packed expense record
// reads back as stored, at the extremes each can take and at random.
func TestExpenseRecPacking(t *testing.T) {
	type fields struct {
		amount int64
		fn, ec uint32
		entity EntityID
		nature Nature
		source FundSource
	}
	cases := []fields{
		{0, 0, 0, 0, NaturePersonnel, SourceGeneral},
		{-1 << 63, 9_999_999, 100_000, 1<<16 - 2, NatureSubsidiary, SourceOther},
		{1<<63 - 1, 1<<24 - 1, 1<<17 - 1, 1<<16 - 1, 7, 15},
	}
	rng := rand.New(rand.NewPCG(15, 9))
	for range 10_000 {
		cases = append(cases, fields{int64(rng.Uint64()), rng.Uint32N(1 << 24), rng.Uint32N(1 << 17), EntityID(rng.IntN(1 << 16)), Nature(rng.IntN(8)), FundSource(rng.IntN(16))})
	}
	for _, c := range cases {
		r := newExpenseRec(c.amount, c.fn, c.ec, c.entity, c.nature, c.source)
		got := fields{r.amount, r.fn(), r.ec(), r.entity(), r.nature(), r.source()}
		if !assert.Equal(t, c, got) {
			return
		}
	}
}
