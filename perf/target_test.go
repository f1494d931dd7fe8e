package perf_test

import (
	"errors"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseTarget covers every form of target the issue lists and the
// Daye forms print, one per line.
func TestParseTarget(t *testing.T) {
	cases := []struct {
		in         string
		comparator perf.Comparator
		written    string
		period     string
		number     string // as decimal.String prints it
		high       string // for Between
		unit       string
		measure    perf.Measure
	}{
		{"≥30次", perf.AtLeast, "≥", "", "30", "", "次", perf.MeasureCount},
		{"＞25次", perf.MoreThan, "＞", "", "25", "", "次", perf.MeasureCount},          // full-width >
		{"≥ 2次", perf.AtLeast, "≥", "", "2", "", "次", perf.MeasureCount},            // space after the comparator
		{"不少于12次", perf.AtLeast, "不少于", "", "12", "", "次", perf.MeasureCount},       // word comparator
		{"不低于95%", perf.AtLeast, "不低于", "", "95", "", "%", perf.MeasurePercent},     //
		{"不超过3天", perf.AtMost, "不超过", "", "3", "", "天", perf.MeasureDuration},       //
		{"≤5万元", perf.AtMost, "≤", "", "5", "", "万元", perf.MeasureMoney},            //
		{"＝1年", perf.Equal, "＝", "", "1", "", "年", perf.MeasureDuration},            // full-width =
		{"=100%", perf.Equal, "=", "", "100", "", "%", perf.MeasurePercent},         //
		{"100%", perf.None, "", "", "100", "", "%", perf.MeasurePercent},            // bare
		{"12万元", perf.None, "", "", "12", "", "万元", perf.MeasureMoney},              //
		{"16.244万元", perf.None, "", "", "16.244", "", "万元", perf.MeasureMoney},      //
		{"122项", perf.None, "", "", "122", "", "项", perf.MeasureCount},              //
		{"93.80%", perf.None, "", "", "93.8", "", "%", perf.MeasurePercent},         // trailing zero kept in NumberText
		{"全年", perf.None, "", "", "1", "", "年", perf.MeasureDuration},               // 全年 = one year
		{"一年", perf.None, "", "", "1", "", "年", perf.MeasureDuration},               // numeral in words
		{"1年", perf.None, "", "", "1", "", "年", perf.MeasureDuration},               //
		{"12个月", perf.None, "", "", "12", "", "个月", perf.MeasureDuration},           //
		{"十二个月", perf.None, "", "", "12", "", "个月", perf.MeasureDuration},           // 十二 = 12
		{"半年", perf.None, "", "", "0.5", "", "年", perf.MeasureDuration},             // 半 = 0.5
		{"三个月", perf.None, "", "", "3", "", "个月", perf.MeasureDuration},             // 三 = 3
		{"两年", perf.None, "", "", "2", "", "年", perf.MeasureDuration},               // 两 = 2
		{"二十九天", perf.None, "", "", "29", "", "天", perf.MeasureDuration},            // 二十九 = 2 × 10 + 9
		{"30次以上", perf.AtLeast, "以上", "", "30", "", "次", perf.MeasureCount},         // suffix comparator
		{"95%以上", perf.AtLeast, "以上", "", "95", "", "%", perf.MeasurePercent},       //
		{"3天以内", perf.AtMost, "以内", "", "3", "", "天", perf.MeasureDuration},         //
		{"5万元及以下", perf.AtMost, "及以下", "", "5", "", "万元", perf.MeasureMoney},        //
		{"每年不少于48次", perf.AtLeast, "不少于", "每年", "48", "", "次", perf.MeasureCount},   // period
		{"20℃—26℃", perf.Between, "", "", "20", "26", "℃", perf.MeasureTemperature}, // range, unit on both ends
		{"30%—70%", perf.Between, "", "", "30", "70", "%", perf.MeasurePercent},     //
		{"1-12月", perf.Between, "", "", "1", "12", "月", perf.MeasureDuration},       // unit on the high end only
		{"3至5天", perf.Between, "", "", "3", "5", "天", perf.MeasureDuration},         // 至
		{"±5%", perf.Within, "±", "", "5", "", "%", perf.MeasurePercent},            // plus-minus
		{"23.8摄氏度", perf.None, "", "", "23.8", "", "摄氏度", perf.MeasureTemperature},  //
		{"33万条", perf.None, "", "", "33", "", "万条", perf.MeasureCount},              // 万 inside a count unit: not money
		{"344个小类", perf.None, "", "", "344", "", "个小类", perf.MeasureCount},          //
		{"2000万", perf.None, "", "", "2000", "", "万", perf.MeasureMoney},            // 万 alone is 万元
		{"1.5亿元", perf.None, "", "", "1.5", "", "亿元", perf.MeasureMoney},            //
		{"0", perf.None, "", "", "0", "", "", perf.MeasureNone},                     // bare number
		{"33.6", perf.None, "", "", "33.6", "", "", perf.MeasureNone},               //
		{"１２次", perf.None, "", "", "12", "", "次", perf.MeasureCount},                // full-width digits
		{"99.32％", perf.None, "", "", "99.32", "", "％", perf.MeasurePercent},        // full-width %
		{"-5%", perf.None, "", "", "-5", "", "%", perf.MeasurePercent},              // signed
		{"达到95%", perf.AtLeast, "达到", "", "95", "", "%", perf.MeasurePercent},       //
		{"不高于2%", perf.AtMost, "不高于", "", "2", "", "%", perf.MeasurePercent},        //
		{"低于5%", perf.LessThan, "低于", "", "5", "", "%", perf.MeasurePercent},        //
		{"＜5%", perf.LessThan, "＜", "", "5", "", "%", perf.MeasurePercent},          //
		{"超过10次", perf.MoreThan, "超过", "", "10", "", "次", perf.MeasureCount},        //
		{"　≥97%　", perf.AtLeast, "≥", "", "97", "", "%", perf.MeasurePercent},       // full-width spaces around
		{"2个工作日", perf.None, "", "", "2", "", "个工作日", perf.MeasureDuration},         //
		{"13.10 ", perf.None, "", "", "13.1", "", "", perf.MeasureNone},             // trailing space (Daye line 2806)
	}
	for _, c := range cases {
		got, err := perf.ParseTarget(c.in)
		require.NoError(t, err, c.in)
		assert.False(t, got.Qualitative, c.in)
		assert.Equal(t, c.in, got.Text, c.in)
		assert.Equal(t, c.comparator, got.Comparator, c.in)
		assert.Equal(t, c.written, got.Written, c.in)
		assert.Equal(t, c.period, got.Period, c.in)
		assert.Equal(t, c.number, got.Number.String(), c.in)
		if c.high != "" {
			assert.Equal(t, c.high, got.High.String(), c.in)
		}
		assert.Equal(t, c.unit, got.Unit, c.in)
		assert.Equal(t, c.measure, got.Measure(), c.in)
	}
}

// TestParseTargetParts checks the parts reported as written.
func TestParseTargetParts(t *testing.T) {
	got, err := perf.ParseTarget("每年 不少于 １２ 次")
	require.NoError(t, err)
	assert.Equal(t, "每年", got.Period)
	assert.Equal(t, "不少于", got.Written)
	assert.Equal(t, "１２", got.NumberText) // as written, full-width
	assert.Equal(t, "次", got.Unit)

	got, err = perf.ParseTarget("20℃—26℃")
	require.NoError(t, err)
	assert.Equal(t, "20", got.NumberText)
	assert.Equal(t, "—", got.Separator)
	assert.Equal(t, "26", got.HighText)

	got, err = perf.ParseTarget("93.80%")
	require.NoError(t, err)
	assert.Equal(t, "93.80", got.NumberText, "the printed precision survives")

	got, err = perf.ParseTarget("全年")
	require.NoError(t, err)
	assert.Equal(t, "全", got.NumberText)
}

// TestParseTargetQualitative lists texts that are not quantities: kept
// verbatim, no error.
func TestParseTargetQualitative(t *testing.T) {
	for _, in := range []string{
		"合规",              // a word
		"无污染",             //
		"获省级表彰",           //
		"优秀",              //
		"一致",              // 一 followed by a non-unit
		"前三",              // Chinese numeral outside a duration
		"第一",              //
		"全天候",             // 全 only with 年
		"检查项目不少于30个",      // text before the comparator
		"便民服务事项超200项",     //
		"97%%",            // malformed unit
		"省内10元/件、省外20元/件", // compound
		"无污染全年",           //
		"每月开展一到两次",        // numerals in words outside a duration
		"≥30次以上",          // two comparators
		"1-3次以上",          // a range with a comparator
		"20℃—26%",         // a range whose units differ
		"12元/件",           // a unit with a slash
		"30次左右",           // unknown suffix
		"一月",              // January, not a month's duration
		"5次会议讨论事项",        // unit too long
		"网络畅通率不低于95%\n初步实现数据共享共通",
	} {
		got, err := perf.ParseTarget(in)
		require.NoError(t, err, in)
		assert.True(t, got.Qualitative, in)
		assert.Equal(t, in, got.Text, in)
		assert.Equal(t, perf.MeasureNone, got.Measure(), in)
		assert.Equal(t, in, got.String(), in)
	}
}

func TestParseTargetErrors(t *testing.T) {
	cases := []struct {
		in   string
		want error
	}{
		{"", perf.ErrBlank},                    // empty cell
		{"　", perf.ErrBlank},                   // full-width space only
		{" \t\n", perf.ErrBlank},               //
		{"\xff次", perf.ErrEncoding},            // invalid UTF-8
		{"≥", perf.ErrOperand},                 // comparator alone
		{"不少于 ", perf.ErrOperand},              //
		{"70%—30%", perf.ErrRange},             // reversed range
		{"1.234万元万", nil},                      // (not an error: qualitative; checked below)
		{"1.0000001万元", perf.ErrMoney},         // finer than a fen: 0.0000001 万元 = 0.001 元
		{"99999999999999999亿元", perf.ErrMoney}, // beyond an Amount
		{"12345678901234567890123456789012345678901次", perf.ErrTooLong},
	}
	for _, c := range cases {
		got, err := perf.ParseTarget(c.in)
		if c.want == nil {
			require.NoError(t, err, c.in)
			assert.True(t, got.Qualitative, c.in)
			continue
		}
		require.Error(t, err, c.in)
		assert.ErrorIs(t, err, c.want, c.in)
		var te *perf.TargetError
		require.True(t, errors.As(err, &te), c.in)
		assert.Equal(t, c.in, te.Text, "the error names the text")
		assert.Contains(t, err.Error(), "perf: cannot read", c.in)
	}
	// Money errors also carry the root package's cause.
	_, err := perf.ParseTarget("1.0000001万元")
	assert.ErrorIs(t, err, fiscal.ErrPrecision)
}

func TestTargetAmount(t *testing.T) {
	cases := []struct {
		in    string
		money bool
		fen   int64
	}{
		{"16.244万元", true, 162_440_00},    // 16.244 × 10,000 元 = 162,440.00 元
		{"1.5亿元", true, 150_000_000_00},   // 1.5 × 100,000,000 元
		{"≤5万元", true, 50_000_00},         // 5 × 10,000 元, whatever the comparator
		{"12元", true, 12_00},              //
		{"3.5千元", true, 3_500_00},         // 3.5 × 1,000 元
		{"14.23824万", true, 142_382_40},   // 14.23824 × 10,000 = 142,382.40 元 (Daye 执行数)
		{"138.6224万", true, 1_386_224_00}, // 138.6224 × 10,000 = 1,386,224.00 元
		{"0.000001万元", true, 1},           // 0.000001 × 10,000 元 = 0.01 元, one fen
		{"0万元", true, 0},                  // zero is money too
		{"１．５万元", true, 15_000_00},        // full-width digits and point: 1.5 × 10,000
		{"−3万元", true, -3_0000_00},        // U+2212 minus
		{"≤ 5 万元", true, 50_000_00},       // spaces between the parts
		{"1-2万元", true, 10_000_00},        // a range: the low end, 1 × 10,000
		{"100%", false, 0},                // a percentage is not money
		{"33万条", false, 0},                // 万 inside a count unit
		{"20", false, 0},                  // bare: no unit
		{"合规", false, 0},                  // qualitative
		{"9,000元", false, 0},              // separators are not read: qualitative
		{"二十五万元", false, 0},               // numerals in words are only durations
		{"7万元/年", false, 0},               // per year: qualitative
	}
	for _, c := range cases {
		got, err := perf.ParseTarget(c.in)
		require.NoError(t, err, c.in)
		a, ok := got.Amount()
		assert.Equal(t, c.money, ok, c.in)
		assert.Equal(t, c.fen, a.Fen(), c.in)
	}
	hi, ok := perf.MustParseTarget("1-2万元").HighAmount()
	require.True(t, ok)
	assert.Equal(t, int64(20_000_00), hi.Fen()) // 2 × 10,000 元
	_, ok = perf.MustParseTarget("2万元").HighAmount()
	assert.False(t, ok, "no range, no high end")
}

func TestTargetImplied(t *testing.T) {
	cases := []struct {
		in   string
		cost bool
		want perf.Comparator
	}{
		{"5万元", true, perf.AtMost},    // a bare cost target is an upper bound
		{"30次", false, perf.AtLeast},  // any other bare target a lower bound
		{"100%", false, perf.AtLeast}, //
		{"≥5万元", true, perf.AtLeast},  // a written comparator wins
		{"≤30次", false, perf.AtMost},  //
		{"=1年", true, perf.Equal},     //
	}
	for _, c := range cases {
		assert.Equal(t, c.want, perf.MustParseTarget(c.in).Implied(c.cost), c.in)
	}
}

func TestTargetString(t *testing.T) {
	cases := []struct{ in, want string }{
		{"不少于12次", "≥12次"},
		{"每年不少于48次", "每年≥48次"},
		{"＝1年", "=1年"},
		{"20℃—26℃", "20–26℃"},
		{"一年", "1年"},
		{"30次以上", "≥30次"},
		{"＞25次", ">25次"},
		{"±5%", "±5%"},
		{"100%", "100%"},
		{"合规", "合规"},
	}
	for _, c := range cases {
		got := perf.MustParseTarget(c.in)
		assert.Equal(t, c.want, got.String(), c.in)
		back := perf.MustParseTarget(got.String())
		assert.Equal(t, got.Comparator, back.Comparator, c.in)
		assert.True(t, got.Number.Equal(back.Number), c.in)
		assert.Equal(t, got.Unit, back.Unit, c.in)
	}
}

func TestComparatorNames(t *testing.T) {
	cases := []struct {
		c             perf.Comparator
		token, symbol string
	}{
		{perf.None, "none", ""},
		{perf.AtLeast, "at_least", "≥"},
		{perf.MoreThan, "more_than", ">"},
		{perf.AtMost, "at_most", "≤"},
		{perf.LessThan, "less_than", "<"},
		{perf.Equal, "equal", "="},
		{perf.Between, "between", "–"},
		{perf.Within, "within", "±"},
	}
	for _, c := range cases {
		assert.Equal(t, c.token, c.c.String())
		assert.Equal(t, c.symbol, c.c.Symbol())
		b, err := c.c.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, c.token, string(b))
	}
	_, err := perf.Comparator(99).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Comparator(99)", perf.Comparator(99).String())
}

// TestComparatorWords checks every comparator word, each against 5次.
func TestComparatorWords(t *testing.T) {
	cases := []struct {
		word string
		want perf.Comparator
	}{
		{"≥", perf.AtLeast}, {"≧", perf.AtLeast}, {"⩾", perf.AtLeast}, {">=", perf.AtLeast}, {"不少于", perf.AtLeast},
		{"不低于", perf.AtLeast}, {"不小于", perf.AtLeast}, {"至少", perf.AtLeast}, {"达到", perf.AtLeast},
		{"大于等于", perf.AtLeast}, {"大于或等于", perf.AtLeast},
		{">", perf.MoreThan}, {"＞", perf.MoreThan}, {"超过", perf.MoreThan}, {"大于", perf.MoreThan},
		{"高于", perf.MoreThan}, {"多于", perf.MoreThan},
		{"≤", perf.AtMost}, {"≦", perf.AtMost}, {"⩽", perf.AtMost}, {"<=", perf.AtMost}, {"不超过", perf.AtMost},
		{"不高于", perf.AtMost}, {"不多于", perf.AtMost}, {"不大于", perf.AtMost}, {"至多", perf.AtMost},
		{"最多", perf.AtMost}, {"小于等于", perf.AtMost}, {"小于或等于", perf.AtMost},
		{"<", perf.LessThan}, {"＜", perf.LessThan}, {"小于", perf.LessThan}, {"低于", perf.LessThan}, {"少于", perf.LessThan},
		{"=", perf.Equal}, {"＝", perf.Equal}, {"等于", perf.Equal},
		{"±", perf.Within},
	}
	for _, c := range cases {
		got, err := perf.ParseTarget(c.word + "5次")
		require.NoError(t, err, c.word)
		assert.Equal(t, c.want, got.Comparator, c.word)
		assert.Equal(t, c.word, got.Written, c.word)
	}
}
