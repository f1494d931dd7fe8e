package perf

import (
	"math/rand/v2"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// figureParts returns a figure's text and its decimal's coefficient and
// exponent, for comparing two findings field for field.
func figureParts(f fiscal.Figure) (string, string, int32) {
	d, _ := f.Decimal()
	return f.String(), d.Coefficient().String(), d.Exponent()
}

// TestHighFindingAgainstRat compares checkHigh's integer finding with the
// one its exact fractions give, on random targets and actuals in every
// kind of unit, thresholds and figures on the threshold included.
func TestHighFindingAgainstRat(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 15))
	units := []string{"", "%", "万元", "元", "亿元", "千元", "个月", "年", "天", "周", "小时", "分钟", "次", "个"}
	never := func() bool { return false }
	compared := 0
	for range 200_000 {
		tu := units[rng.IntN(len(units))]
		au := tu
		if rng.IntN(3) == 0 { // another unit of the same measure, or not
			au = units[rng.IntN(len(units))]
		}
		tgt := Target{Text: "t", Number: randDecimal(rng), Unit: tu}
		act := Target{Text: "a “引” \"q\"", Number: randDecimal(rng), Unit: au}
		th := decimal.New(13, -1)
		if rng.IntN(3) == 0 {
			th = randDecimal(rng).Abs()
		}
		if rng.IntN(4) == 0 { // on the threshold exactly
			act.Number = tgt.Number.Mul(th).Mul(decimal.NewFromInt(lookupUnit(tu).factor)).
				Div(decimal.NewFromInt(lookupUnit(au).factor))
		}
		af, tf := lookupUnit(au).factor, lookupUnit(tu).factor
		below, ok := ratioBelow(act.Number, af, tgt.Number, tf, th)
		if !ok || below {
			continue
		}
		w := fiscal.Where{Table: "表", Row: "指标"}
		got, ok := highFinding(&tgt, &act, af, tf, w, partsOf(th))
		if !ok {
			continue
		}
		want, found := highFindingRat(&tgt, &act, w, th, never)
		require.True(t, found, "%s%s against %s%s at %s", act.Number, au, tgt.Number, tu, th)
		compared++
		assert.Equal(t, want.Message, got.Message)
		assert.Equal(t, want.Rule, got.Rule)
		assert.Equal(t, want.Severity, got.Severity)
		assert.Equal(t, want.Where, got.Where)
		assert.Equal(t, want.Unit, got.Unit)
		for _, p := range [][2]fiscal.Figure{{want.Expected, got.Expected}, {want.Actual, got.Actual}} {
			ws, wc, we := figureParts(p[0])
			gs, gc, ge := figureParts(p[1])
			if !assert.Equal(t, []any{ws, wc, we}, []any{gs, gc, ge}, "%s%s against %s%s", act.Number, au, tgt.Number, tu) {
				return
			}
		}
		if t.Failed() {
			return
		}
	}
	assert.Greater(t, compared, 10_000, "the integer path builds most findings")
}

// TestHighFindingByHand checks the integer finding of a figure worked out
// by hand: 24 months against a target of 1 年 (12 months) is 200%.
func TestHighFindingByHand(t *testing.T) {
	tgt := Target{Text: "≥1年", Comparator: AtLeast, Number: decimal.New(1, 0), Unit: "年"}
	act := Target{Text: "24个月", Number: decimal.New(24, 0), Unit: "个月"}
	f, ok := highFinding(&tgt, &act, 1, 12, fiscal.Where{}, partsOf(decimal.New(13, -1)))
	require.True(t, ok)
	assert.Equal(t, `actual "24个月" is 200% of target "≥1年" (threshold 130%) and 偏差原因 gives no explanation`, f.Message)
	assert.Equal(t, "1", f.Expected.String())
	assert.Equal(t, "2", f.Actual.String())
	assert.Equal(t, "年", f.Unit)
}

// TestRateToleranceAgainstRat compares the integer tolerance of a printed
// 执行率 with its exact fractions (value and exponent), on random amounts
// and half units, negative and overflowing ones included.
func TestRateToleranceAgainstRat(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 16))
	halves := []int64{0, 0, 5, 50, 500, 5000, 50_000, 500_000}
	amount := func() int64 {
		switch rng.IntN(5) {
		case 0:
			return rng.Int64N(1000)
		case 1:
			return -rng.Int64N(1e9)
		case 2:
			return 1<<62 + rng.Int64N(1<<62)
		default:
			return rng.Int64N(1e12)
		}
	}
	computed := 0
	for range 100_000 {
		s, b := amount(), amount()
		hs, hb := halves[rng.IntN(len(halves))], halves[rng.IntN(len(halves))]
		d := rng.IntN(4)
		wantC, ok := percentFenCoef(s, b, d)
		if !ok {
			continue
		}
		want := decimal.New(wantC, int32(-d))
		tc, set, ok := rateTolerance(s, b, hs, hb, wantC, d)
		if !ok {
			continue
		}
		computed++
		got := decimal.Zero
		if set {
			got = decimal.New(tc, int32(-d))
		}
		exp := rateToleranceRat(fiscal.Fen(s), fiscal.Fen(b), fiscal.Fen(hs), fiscal.Fen(hb), want, d)
		if !assert.True(t, exp.Equal(got) && exp.Exponent() == got.Exponent(), "%d/%d ±%d/%d at %d: %s, want %s", s, b, hs, hb, d, got, exp) {
			return
		}
	}
	assert.Greater(t, computed, 50_000)
}

// TestEqualScaled compares equalScaled with decimal equality.
func TestEqualScaled(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 17))
	for range 100_000 {
		a := randDecimal(rng)
		b := a
		switch rng.IntN(3) {
		case 0: // the same value at another exponent
			k := int32(rng.IntN(4))
			b = decimal.NewFromBigInt(a.Coefficient().Mul(a.Coefficient(), decimal.New(1, k).BigInt()), a.Exponent()-k)
		case 1:
			b = randDecimal(rng)
		}
		ac, ae, ok1 := smallParts(a)
		bc, be, ok2 := smallParts(b)
		if !ok1 || !ok2 {
			continue
		}
		require.Equal(t, a.Equal(b), equalScaled(ac, ae, bc, be), "%s = %s", a, b)
	}
	assert.True(t, equalScaled(5, 0, 500, -2))
	assert.False(t, equalScaled(5, 0, -500, -2))
	assert.True(t, equalScaled(0, 3, 0, -7))
}
