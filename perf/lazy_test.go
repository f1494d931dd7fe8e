package perf

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/cnfiscal/fiscal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// randTargetText returns a target or actual as forms write them: a
// comparator, a number (up to 20 digits, with decimals), a range, a
// duration in words, a unit, a suffix; or a stray text.
func randTargetText(rng *rand.Rand) string {
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	number := func() string {
		var b strings.Builder
		if rng.IntN(10) == 0 {
			b.WriteString(pick("-", "+", "－"))
		}
		n := 1 + rng.IntN(6)
		if rng.IntN(15) == 0 {
			n = 16 + rng.IntN(5)
		}
		for i := range n {
			if i == 0 && n > 1 {
				b.WriteByte(byte('1' + rng.IntN(9)))
				continue
			}
			b.WriteByte(byte('0' + rng.IntN(10)))
		}
		if rng.IntN(2) == 0 {
			b.WriteString(pick(".", "．"))
			for range 1 + rng.IntN(5) {
				b.WriteByte(byte('0' + rng.IntN(10)))
			}
		}
		return b.String()
	}
	switch rng.IntN(12) {
	case 0:
		return pick("一年", "全年", "半年", "十二个月", "三天", "两周", "合格", "≥", "", "完成", "一月")
	case 1:
		return number() + pick("%", "℃", "万元", "") + pick("—", "-", "至") + number() + pick("%", "℃", "万元", "")
	case 2:
		return pick("100%", "≥100%", ">100%", "＝100%", "≤100%", "100.00%", "99.9%", "100.0001%", "1e2%")
	}
	return pick("", "", "≥", "≤", ">", "＜", "=", "不少于", "不超过", "达到", "每年不少于") + number() +
		pick("", "%", "％", "万元", "元", "亿元", "千元", "次", "个", "个月", "年", "天", "小时", "分钟", "人次") +
		pick("", "", "以上", "以内", "及以下")
}

// TestLazyTargetsCheckAlike runs the checks that read a target's numbers
// (impossible, checkHigh, the money amounts, ParseTarget's range order) on
// targets read with their numbers as integers and on the same targets
// with their decimals made, on random texts: the results must be the same.
func TestLazyTargetsCheckAlike(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 21))
	names := []string{"满意度", "合格率", "完成数量", "成本", "增长率"}
	o := CheckOptions{}.withDefaults()
	highs := 0
	for range 100_000 {
		ts, as := randTargetText(rng), randTargetText(rng)
		lt, terr := parseTarget(ts)
		la, aerr := parseTarget(as)
		mt, merr := ParseTarget(ts)
		ma, maerr := ParseTarget(as)
		require.Equal(t, merr, terr, ts)
		require.Equal(t, maerr, aerr, as)
		ct, ca := lt, la
		ct.materialize()
		ca.materialize()
		require.Equal(t, mt, ct, ts)
		require.Equal(t, ma, ca, as)
		if terr != nil || aerr != nil {
			continue
		}
		ind := Indicator{Row: Row{Name: names[rng.IntN(len(names))]}}
		if rng.IntN(3) == 0 {
			ind.Category.Level1 = Satisfaction
		}
		require.Equal(t, impossible(&ind, &mt), impossible(&ind, &lt), ts)
		lo1, hi1, err1 := lt.amounts()
		lo2, hi2, err2 := mt.amounts()
		require.Equal(t, []any{lo2, hi2, err2}, []any{lo1, hi1, err1}, ts)
		w := fiscal.Where{Row: ind.Name}
		f1, ok1 := checkHigh(&ind, &lt, &la, &w, &deviation{}, &o, partsOf(o.highActual()))
		f2, ok2 := checkHigh(&ind, &mt, &ma, &w, &deviation{}, &o, partsOf(o.highActual()))
		require.Equal(t, ok2, ok1, "%s against %s", as, ts)
		if ok1 {
			highs++
			assert.Equal(t, f2.Message, f1.Message)
			assert.Equal(t, f2.Expected.String(), f1.Expected.String())
			assert.Equal(t, f2.Actual.String(), f1.Actual.String())
		}
	}
	assert.Greater(t, highs, 300)
}

// TestAppendLevelNames checks the names appended into a message against
// Name, for every value of both levels.
func TestAppendLevelNames(t *testing.T) {
	for v := range 256 {
		assert.Equal(t, Level1(v).Name(), string(Level1(v).appendName(nil)))
		assert.Equal(t, Level2(v).Name(), string(Level2(v).appendName([]byte{})))
	}
	assert.Equal(t, "产出指标", string(Output.appendName(nil)))
}

// TestUnitShortcuts checks isLetter against unicode.IsLetter for every
// rune, chineseDigit against the numerals in order, foldWidth's shortcut
// against strings.Map, and validUnit's money words against lookupUnit.
func TestUnitShortcuts(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			require.Failf(t, "isLetter", "%U", r)
		}
	}
	for i, r := range []rune("一二三四五六七八九") {
		d, ok := chineseDigit(r)
		assert.True(t, ok)
		assert.Equal(t, int64(i+1), d)
	}
	d, ok := chineseDigit('两')
	assert.Equal(t, []any{int64(2), true}, []any{d, ok})
	_, ok = chineseDigit('十')
	assert.False(t, ok)
	for _, u := range []string{"次", "Ｍｂｐｓ", "个", "ｘ次", "％", "kWh", "Ａ", "万元", ""} {
		want := strings.Map(func(r rune) rune {
			if r >= '！' && r <= '～' {
				return r - '！' + '!'
			}
			return r
		}, u)
		assert.Equal(t, want, foldWidth(u), u)
	}
	for _, u := range []string{"元", "千元", "万元", "万", "亿元", "亿", "次", "个", "%", "万元万", "美元"} {
		money := lookupUnit(u).measure == MeasureMoney
		if money {
			assert.True(t, validUnit(u), u)
		}
	}
}

// TestAmountIn compares amountIn with fiscal.FromDecimalIn on the numbers
// of random target texts in each unit.
func TestAmountIn(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 27))
	units := []fiscal.Unit{fiscal.Yuan, fiscal.WanYuan, fiscal.YiYuan, fiscal.Unit(0), fiscal.Unit(99)}
	decided := 0
	for range 100_000 {
		q, err := parseTarget(randTargetText(rng))
		if err != nil || q.Qualitative {
			continue
		}
		u := units[rng.IntN(len(units))]
		got, ok := amountIn(&q, u)
		want, werr := fiscal.FromDecimalIn(q.number(), u)
		if !ok {
			continue
		}
		decided++
		require.NoError(t, werr, "%s in %v", q.number(), u)
		require.Equal(t, want, got, "%s in %v", q.number(), u)
	}
	assert.Greater(t, decided, 20_000)
}
