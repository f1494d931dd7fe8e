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
		got, ok := highFinding(&tgt, &act, af, tf, w, th)
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
	f, ok := highFinding(&tgt, &act, 1, 12, fiscal.Where{}, decimal.New(13, -1))
	require.True(t, ok)
	assert.Equal(t, `actual "24个月" is 200% of target "≥1年" (threshold 130%) and 偏差原因 gives no explanation`, f.Message)
	assert.Equal(t, "1", f.Expected.String())
	assert.Equal(t, "2", f.Actual.String())
	assert.Equal(t, "年", f.Unit)
}
