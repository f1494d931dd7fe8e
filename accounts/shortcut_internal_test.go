package accounts

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/require"
)

// stripNumberingByPairs is stripNumbering as it was written before the
// switch on the first rune: each bracket pair tried, then the separators.
func stripNumberingByPairs(s string) string {
	t := trimCell(s)
	if r, _ := utf8.DecodeRuneInString(t); r != '(' && r != '（' && !isNumeralRune(r) {
		return t
	}
	for _, p := range [2][2]string{{"（", "）"}, {"(", ")"}} {
		if rest, ok := strings.CutPrefix(t, p[0]); ok {
			if i := numeralPrefix(rest); i > 0 && strings.HasPrefix(rest[i:], p[1]) {
				return trimCell(rest[i+len(p[1]):])
			}
		}
	}
	if i := numeralPrefix(t); i > 0 {
		for _, sep := range [3]string{"、", ".", "．"} {
			if strings.HasPrefix(t[i:], sep) {
				return trimCell(t[i+len(sep):])
			}
		}
	}
	return t
}

// TestStripNumberingSwitch checks stripNumbering against the version it
// replaces on random labels of numerals, brackets, separators and names.
func TestStripNumberingSwitch(t *testing.T) {
	pieces := []string{"一", "十", "百", "〇", "零", "1", "23", "(", ")", "（", "）", "、", ".", "．", " ", "\u3000", "\u00a0",
		"合计", "一般公共预算财政拨款收入", "（含）", "\xe4", "\xff", "a"}
	rng := rand.New(rand.NewPCG(15, 12))
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, stripNumberingByPairs(s), stripNumbering(s), "%q", s)
	}
}

// TestCellSumAgreesWithEqual checks that cellSum.agrees is true exactly
// when equal finds nothing (no mismatch, no overflow), on random rows of
// absent, zero, small, equal and overflowing cells: the loops skip equal
// on agrees alone.
func TestCellSumAgreesWithEqual(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 13))
	values := []int64{0, 1, -1, 5, 7, 12, 100, -100, 1 << 62, -(1 << 62), 1<<63 - 1, -1 << 63}
	cell := func() fiscal.Cell {
		if rng.IntN(4) == 0 {
			return fiscal.Cell{}
		}
		return fiscal.Present(fiscal.Fen(values[rng.IntN(len(values))]))
	}
	agreed := 0
	for range 100_000 {
		tb := &Table{Kind: KindIncome, Unit: fiscal.WanYuan, Decimals: 2, Rows: []Row{{Function: classify.MustParse[classify.FunctionKind]("201")}}}
		r := &tb.Rows[0]
		parts := []Column{ColAppropriation, ColSuperior, ColBusiness, ColOperating}[:rng.IntN(5)]
		r.Cells[ColTotal] = cell()
		var sum cellSum
		var terms []term
		for _, c := range parts {
			r.Cells[c] = cell()
			sum.add(r.Cell(c))
			terms = append(terms, rowTerm(tb, r, c))
		}
		k := &checker{}
		k.equal(ruleIncomeRow, rowTerm(tb, r, ColTotal), terms)
		require.Equal(t, len(k.out) == 0, sum.agrees(r.Cell(ColTotal)), "%v", r.Cells)
		if len(k.out) == 0 {
			agreed++
		}
	}
	require.Greater(t, agreed, 10_000)
	require.Less(t, agreed, 90_000)
}

// TestNamedIndex checks the checker's index of named rows against the
// free function named (a scan of the rows) on random tables, for every
// side and item, and that an index is rebuilt when the check's table
// changes.
func TestNamedIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 28))
	k := &checker{}
	for range 3_000 {
		tb := &Table{Kind: TableKind(1 + rng.IntN(int(KindStateCapital)))}
		for range rng.IntN(30) {
			tb.Rows = append(tb.Rows, Row{Side: Side(rng.IntN(4)), Item: Item(rng.IntN(int(numItems) + 2)), Under: Item(rng.IntN(3) * rng.IntN(3))})
		}
		for s := Side(0); s < 4; s++ {
			for it := Item(0); it < numItems+2; it++ {
				require.Equal(t, named(tb, s, it, ColAmount), k.named(tb, s, it, ColAmount), "%v %v %v", s, it, tb.Rows)
			}
		}
	}
}
