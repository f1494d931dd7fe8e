package fiscal

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestAppendSorted checks AppendSorted against a stable sort by the order
// SortFindings documents, on random findings with many ties (told apart
// by their messages only) and lengths across the stack buffer's size,
// appended after findings already in dst; the input is left as it was.
func TestAppendSorted(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 7))
	// Rules alike in their first seven bytes or shorter, a zero byte in
	// one: the sort's integer keys tie there, and the strings decide.
	rules := []string{"a", "b", "c", "acc.income.total", "acc.income.row", "acc.inc", "acc.in\x00", "acc.in", "acc.in\x00x", "perf.rate.low", "perf.rate"}
	for range 300 {
		fs := make([]Finding, rng.IntN(300))
		for i := range fs {
			fs[i] = Finding{Severity: []Severity{0, 1, 2, 3, 200}[rng.IntN(5)], Rule: rules[rng.IntN(len(rules))],
				Where:   Where{Table: string(rune('x' + rng.IntN(2))), Row: string(rune('0' + rng.IntN(3))), Column: string(rune('p' + rng.IntN(2))), Line: rng.IntN(3)},
				Message: strconv.Itoa(i)}
		}
		in := slices.Clone(fs)
		want := slices.Clone(fs)
		slices.SortStableFunc(want, func(a, b Finding) int {
			return cmp.Or(
				cmp.Compare(sevRank(a.Severity), sevRank(b.Severity)),
				cmp.Compare(a.Rule, b.Rule),
				cmp.Compare(a.Where.Table, b.Where.Table),
				cmp.Compare(a.Where.Row, b.Where.Row),
				cmp.Compare(a.Where.Column, b.Where.Column),
				cmp.Compare(a.Where.Line, b.Where.Line),
			)
		})
		head := []Finding{{Rule: "first", Message: "already there"}}
		got := AppendSorted(slices.Clone(head), fs)
		require.Equal(t, append(slices.Clone(head), want...), got)
		require.Equal(t, in, fs, "the input is not changed")
		sorted := slices.Clone(fs)
		SortFindings(sorted)
		require.Equal(t, want, sorted)
	}
	require.Empty(t, AppendSorted(nil, nil))
}
