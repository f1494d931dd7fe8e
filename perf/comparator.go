package perf

import "fmt"

// Comparator says how an actual is held against a target.
type Comparator uint8

// The comparators. None is a bare target ("100%", "12万元"), whose meaning
// follows from the indicator: see [Target.Implied].
const (
	None     Comparator = iota // bare: no comparator written
	AtLeast                    // ≥, 不少于, 不低于, 达到, …以上
	MoreThan                   // ＞, 超过, 高于, 大于
	AtMost                     // ≤, 不超过, 不高于, …以内, …以下
	LessThan                   // ＜, 低于, 少于, 小于
	Equal                      // ＝, 等于
	Between                    // a range: "20℃—26℃", "30%—70%", "1-12月"
	Within                     // ±: the actual (a deviation) at most the number either way
)

var comparatorInfo = [...]struct{ token, symbol string }{
	None:     {"none", ""},
	AtLeast:  {"at_least", "≥"},
	MoreThan: {"more_than", ">"},
	AtMost:   {"at_most", "≤"},
	LessThan: {"less_than", "<"},
	Equal:    {"equal", "="},
	Between:  {"between", "–"},
	Within:   {"within", "±"},
}

// String returns a stable token for programs: "none", "at_least",
// "more_than", "at_most", "less_than", "equal", "between", "within".
func (c Comparator) String() string {
	if int(c) < len(comparatorInfo) {
		return comparatorInfo[c].token
	}
	return fmt.Sprintf("Comparator(%d)", uint8(c))
}

// Symbol returns the comparator's mathematical sign: "≥", ">", "≤", "<",
// "=", "–" (between), "±", or "" for None.
func (c Comparator) Symbol() string {
	if int(c) < len(comparatorInfo) {
		return comparatorInfo[c].symbol
	}
	return "?"
}

// MarshalText implements [encoding.TextMarshaler] with [Comparator.String].
func (c Comparator) MarshalText() ([]byte, error) {
	if int(c) >= len(comparatorInfo) {
		return nil, fmt.Errorf("perf: cannot marshal %v", c)
	}
	return []byte(c.String()), nil
}

// positive reports whether more is better: AtLeast and MoreThan (正向).
func (c Comparator) positive() bool { return c == AtLeast || c == MoreThan }

// negative reports whether less is better: AtMost and LessThan (反向).
func (c Comparator) negative() bool { return c == AtMost || c == LessThan }

// word is a comparator as written.
type word struct {
	text string
	c    Comparator
}

// prefixWords are the comparators written before the number, longest
// first within each leading character so that "不少于" wins over "少于".
var prefixWords = [...]word{
	{"大于或等于", AtLeast}, {"大于等于", AtLeast}, {"不少于", AtLeast}, {"不低于", AtLeast},
	{"不小于", AtLeast}, {"至少", AtLeast}, {"达到", AtLeast},
	{"≥", AtLeast}, {"≧", AtLeast}, {"⩾", AtLeast}, {">=", AtLeast}, {"＞＝", AtLeast},
	{"小于或等于", AtMost}, {"小于等于", AtMost}, {"不超过", AtMost}, {"不高于", AtMost},
	{"不多于", AtMost}, {"不大于", AtMost}, {"至多", AtMost}, {"最多", AtMost},
	{"≤", AtMost}, {"≦", AtMost}, {"⩽", AtMost}, {"<=", AtMost}, {"＜＝", AtMost},
	{"超过", MoreThan}, {"大于", MoreThan}, {"高于", MoreThan}, {"多于", MoreThan},
	{">", MoreThan}, {"＞", MoreThan},
	{"小于", LessThan}, {"低于", LessThan}, {"少于", LessThan}, {"<", LessThan}, {"＜", LessThan},
	{"等于", Equal}, {"=", Equal}, {"＝", Equal},
	{"±", Within}, {"＋/－", Within}, {"+/-", Within},
}

// suffixWords are the comparators written after the number and unit
// ("30次以上"). In Chinese usage 以上, 以下 and 以内 include the number.
var suffixWords = [...]word{
	{"及以上", AtLeast}, {"以上", AtLeast}, {"及以下", AtMost}, {"以下", AtMost}, {"以内", AtMost},
}

// rangeSeparators join the two ends of a range ("20℃—26℃", "1-12月",
// "3至5天"), longest first.
var rangeSeparators = [...]string{"——", "—", "–", "－", "-", "~", "～", "至", "到"}
