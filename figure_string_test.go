package fiscal

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// decimalString is Figure.String by decimal arithmetic alone: the second
// method the integer formatting is checked against.
func decimalString(f Figure) string {
	if f.places >= 0 && f.d.Equal(f.d.Truncate(int32(f.places))) {
		return f.d.StringFixed(int32(f.places))
	}
	return f.d.String()
}

func TestFigureStringSmall(t *testing.T) {
	for _, tc := range []struct {
		coef   int64
		exp    int32
		places int
		want   string
	}{
		{657703, -2, 2, "6577.03"},
		{65770300, -4, 2, "6577.03"},
		{-1, -2, 2, "-0.01"},
		{0, -6, 2, "0.00"},
		{0, 0, 0, "0"},
		{55000, -6, 2, "0.055"},     // a tolerance finer than the places
		{4573, 0, 2, "4573.00"},     // an integer shown at two places
		{4573, 2, 0, "457300"},      // a positive exponent
		{-120, -3, 0, "-0.12"},      // trailing zeros trimmed
		{1234500, -6, -1, "1.2345"}, // as many decimals as it has
		{1200, 0, -1, "1200"},       // an integer, no places
		{-5, -1, 3, "-0.500"},       // padded
		{999999999999999, -2, 2, "9999999999999.99"},
	} {
		f := FigureFixed(decimal.New(tc.coef, tc.exp), tc.places)
		if tc.places < 0 {
			f = FigureOf(decimal.New(tc.coef, tc.exp))
		}
		assert.Equal(t, tc.want, f.String(), "%d e%d at %d", tc.coef, tc.exp, tc.places)
		assert.Equal(t, decimalString(f), f.String(), "%d e%d at %d", tc.coef, tc.exp, tc.places)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200_000 {
		var coef int64
		switch rng.IntN(4) {
		case 0:
			coef = rng.Int64N(1000)
		case 1:
			coef = rng.Int64N(1_000_000_000)
		case 2:
			coef = rng.Int64N(1 << 54) // around the 15-digit limit
		default:
			coef = rng.Int64() // beyond it: the decimal path
		}
		if rng.IntN(2) == 0 {
			coef = -coef
		}
		if rng.IntN(3) == 0 {
			coef = coef / 1000 * 1000 // trailing zeros
		}
		d := decimal.New(coef, int32(rng.IntN(14)-10))
		f := FigureFixed(d, rng.IntN(8))
		if rng.IntN(5) == 0 {
			f = FigureOf(d)
		}
		if !assert.Equal(t, decimalString(f), f.String(), "%d e%d at %d", coef, d.Exponent(), f.places) {
			return
		}
	}
}

func TestCompareAmountsLikeDecimals(t *testing.T) {
	r := NewRule("x", "x", ScopeInTable, SeverityError)
	rng := rand.New(rand.NewPCG(5, 6))
	for range 50_000 {
		e, a := Fen(rng.Int64N(1e12)-5e11), Fen(rng.Int64N(1e12)-5e11)
		if rng.IntN(3) == 0 {
			a = Fen(e.Fen() + rng.Int64N(21) - 10)
		}
		tol := Fen(rng.Int64N(20))
		u := []Unit{Yuan, WanYuan}[rng.IntN(2)]
		f := Format{Unit: u, Decimals: rng.IntN(4)}
		got, gotOK := r.CompareAmounts(Where{Row: "r"}, "what", e, a, tol, f)
		want, wantOK := r.CompareDecimals(Where{Row: "r"}, "what", e.DecimalIn(u), a.DecimalIn(u), tol.DecimalIn(u), u.String(), f.Decimals)
		if !assert.Equal(t, wantOK, gotOK) || !assert.Equal(t, want.String(), got.String()) {
			return
		}
		for _, p := range [][2]Figure{{want.Expected, got.Expected}, {want.Actual, got.Actual}, {want.Difference, got.Difference}, {want.Tolerance, got.Tolerance}} {
			d0, _ := p[0].Decimal()
			d1, _ := p[1].Decimal()
			assert.True(t, d0.Equal(d1) && d0.Exponent() == d1.Exponent() && p[0].places == p[1].places)
		}
		assert.Equal(t, want.Severity, got.Severity)
		assert.Equal(t, want.WithinRounding, got.WithinRounding)
	}
}

// TestAmountFigureLikeDecimal checks that an amount's figure, kept in
// integers, prints and converts as the decimal figure of the same amount
// (FigureFixed of Amount.DecimalIn), at every size including amounts past
// 15 digits and the extremes of an int64.
func TestAmountFigureLikeDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	fens := []int64{0, 1, -1, 99, 1e15 - 1, 1e15, -1e15, 1<<63 - 1, -1 << 63}
	for range 100_000 {
		switch rng.IntN(3) {
		case 0:
			fens = append(fens, rng.Int64N(1_000_000)-500_000)
		case 1:
			fens = append(fens, rng.Int64N(1<<52)-(1<<51))
		default:
			fens = append(fens, int64(rng.Uint64()))
		}
	}
	for i, fen := range fens {
		u := []Unit{Yuan, WanYuan}[i%2]
		places := i % 5
		got := AmountFigure(Fen(fen), u, places)
		want := FigureFixed(Fen(fen).DecimalIn(u), places)
		if !assert.Equal(t, decimalString(want), got.String(), "%d fen in %s at %d", fen, u, places) {
			return
		}
		d, ok := got.Decimal()
		assert.True(t, ok)
		if !assert.True(t, d.Equal(want.d) && d.Exponent() == want.d.Exponent(), "%d fen in %s", fen, u) {
			return
		}
		var buf []byte
		assert.Equal(t, got.String(), string(got.appendTo(buf)))
	}
	assert.Equal(t, "", Figure{}.String())
	assert.Equal(t, "", string(Figure{}.appendTo(nil)))
}

// TestPercentFenLikeShare checks the integer percentage against
// Share(num, den).Percent(d), the exact fraction rounded.
func TestPercentFenLikeShare(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 4))
	cases := [][2]int64{{440244, 657703}, {1, 8}, {1, 16}, {-1, 16}, {1, -16}, {0, 5}, {1<<63 - 1, 1}, {1, 1<<63 - 1}}
	for range 200_000 {
		num, den := rng.Int64N(1e14)-5e13, rng.Int64N(1e14)-5e13
		if rng.IntN(3) == 0 {
			den = rng.Int64N(1000) - 500
		}
		cases = append(cases, [2]int64{num, den})
	}
	decided := 0
	for i, c := range cases {
		d := i % 6
		got, ok := percentFen(c[0], c[1], d)
		if c[1] == 0 {
			assert.False(t, ok)
			continue
		}
		if !ok {
			continue
		}
		decided++
		r, err := Share(Fen(c[0]), Fen(c[1]))
		if !assert.NoError(t, err) {
			return
		}
		want := r.Percent(d)
		if !assert.True(t, want.Equal(got) && want.Exponent() == got.Exponent(), "%d/%d at %d: %s, want %s", c[0], c[1], d, got, want) {
			return
		}
	}
	assert.Greater(t, decided, 190_000)
	_, ok := percentFen(-1<<63, 3, 2)
	assert.False(t, ok)
}

// TestSortFindingsStable checks the index sort against a stable sort of
// the findings themselves.
func TestSortFindingsStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 5))
	for range 200 {
		fs := make([]Finding, rng.IntN(60))
		for i := range fs {
			fs[i] = Finding{Severity: Severity(rng.IntN(4)), Rule: string(rune('a' + rng.IntN(3))),
				Where:   Where{Table: string(rune('x' + rng.IntN(2))), Row: string(rune('0' + rng.IntN(3))), Line: rng.IntN(3)},
				Message: strconv.Itoa(i)}
		}
		want := slices.Clone(fs)
		slices.SortStableFunc(want, func(a, b Finding) int { // the order as SortFindings documents it
			return cmp.Or(
				cmp.Compare(sevRank(a.Severity), sevRank(b.Severity)),
				cmp.Compare(a.Rule, b.Rule),
				cmp.Compare(a.Where.Table, b.Where.Table),
				cmp.Compare(a.Where.Row, b.Where.Row),
				cmp.Compare(a.Where.Column, b.Where.Column),
				cmp.Compare(a.Where.Line, b.Where.Line),
			)
		})
		SortFindings(fs)
		if !assert.Equal(t, want, fs) {
			return
		}
	}
}
