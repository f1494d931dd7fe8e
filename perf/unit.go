package perf

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Measure is what the unit of a target measures, which decides whether two
// units can be compared.
type Measure uint8

// The measures. Two figures compare only within one measure; counts only
// when their units are the same word ("次" against "次", never "次" against
// "个"); durations only when they share a base (年, 季度, 个月 and 月 in
// months; 周, 天 and 日 in days; 工作日 alone; 小时 and 分钟 in minutes).
const (
	MeasureNone        Measure = iota // a bare number: "0", "33.6"
	MeasureMoney                      // 元, 千元, 万元 (or 万), 亿元 (or 亿): read as a [fiscal.Amount]
	MeasurePercent                    // % or ％
	MeasureDuration                   // 年, 个月, 天, …
	MeasureTemperature                // ℃, 摄氏度, °C
	MeasureCount                      // any other unit: 次, 个, 人, 家, 件, 项, 万条, ‰, …
)

var measureNames = [...]string{"unitless", "money", "percent", "duration", "temperature", "count"}

// String returns "unitless", "money", "percent", "duration", "temperature"
// or "count".
func (m Measure) String() string {
	if int(m) < len(measureNames) {
		return measureNames[m]
	}
	return fmt.Sprintf("Measure(%d)", uint8(m))
}

// unitInfo is what a unit word means: its measure, and for money and
// durations the base it converts to and how many of the base one unit is.
type unitInfo struct {
	measure Measure
	base    string // "yuan", "month", "day", "workday", "minute", "℃", "%", or the count word
	factor  int64  // how many base units one unit is
}

// moneyUnits are the money units and their size in 元.
var moneyUnits = [...]struct {
	text   string
	factor int64
}{{"元", 1}, {"千元", 1_000}, {"万元", 10_000}, {"万", 10_000}, {"亿元", 100_000_000}, {"亿", 100_000_000}}

// durationUnits are the duration units, their base and size.
var durationUnits = [...]struct {
	text   string
	base   string
	factor int64
}{
	{"年", "month", 12}, {"个季度", "month", 3}, {"季度", "month", 3}, {"个月", "month", 1}, {"月", "month", 1},
	{"周", "day", 7}, {"个周", "day", 7}, {"星期", "day", 7}, {"个星期", "day", 7}, {"天", "day", 1}, {"日", "day", 1},
	{"个工作日", "workday", 1}, {"工作日", "workday", 1},
	{"小时", "minute", 60}, {"个小时", "minute", 60}, {"分钟", "minute", 1},
}

// lookupUnit says what a unit as written means. The empty unit is
// MeasureNone; a unit that is not money, percent, duration or temperature is
// a Count whose base is the word itself with full-width letters folded.
func lookupUnit(u string) unitInfo {
	// A switch rather than a scan of moneyUnits and durationUnits: units
	// are looked up several times for every target checked.
	// unit_test.go checks that both say the same.
	switch u {
	case "":
		return unitInfo{measure: MeasureNone, factor: 1}
	case "元":
		return unitInfo{measure: MeasureMoney, base: "yuan", factor: 1}
	case "千元":
		return unitInfo{measure: MeasureMoney, base: "yuan", factor: 1_000}
	case "万元", "万":
		return unitInfo{measure: MeasureMoney, base: "yuan", factor: 10_000}
	case "亿元", "亿":
		return unitInfo{measure: MeasureMoney, base: "yuan", factor: 100_000_000}
	case "%", "％":
		return unitInfo{measure: MeasurePercent, base: "%", factor: 1}
	case "℃", "摄氏度", "°C", "°c", "度C":
		return unitInfo{measure: MeasureTemperature, base: "℃", factor: 1}
	case "年":
		return unitInfo{measure: MeasureDuration, base: "month", factor: 12}
	case "个季度", "季度":
		return unitInfo{measure: MeasureDuration, base: "month", factor: 3}
	case "个月", "月":
		return unitInfo{measure: MeasureDuration, base: "month", factor: 1}
	case "周", "个周", "星期", "个星期":
		return unitInfo{measure: MeasureDuration, base: "day", factor: 7}
	case "天", "日":
		return unitInfo{measure: MeasureDuration, base: "day", factor: 1}
	case "个工作日", "工作日":
		return unitInfo{measure: MeasureDuration, base: "workday", factor: 1}
	case "小时", "个小时":
		return unitInfo{measure: MeasureDuration, base: "minute", factor: 60}
	case "分钟":
		return unitInfo{measure: MeasureDuration, base: "minute", factor: 1}
	}
	return unitInfo{measure: MeasureCount, base: foldWidth(u), factor: 1}
}

// symbolUnits are the units written with symbols rather than letters.
var symbolUnits = [...]string{"%", "％", "‰", "℃", "°C", "°c", "°"}

// validUnit reports whether u can be a unit: a known symbol unit, or one
// to [MaxUnitRunes] letters (Han characters included), such as "次", "万条",
// "个小类", "摄氏度", "Mbps". Words that qualify a number rather than
// measure it (左右, 约, 余, 多, 几, 以, 及, 或, 等) make it no unit, and so
// does 元 outside a money unit ("万元万").
func validUnit(u string) bool {
	switch u {
	case "%", "％", "‰", "℃", "°C", "°c", "°": // symbolUnits (unit_speed_test.go checks the list)
		return true
	case "元", "千元", "万元", "万", "亿元", "亿": // lookupUnit's money units, without its folding of a count
		return true
	}
	n := 0
	for _, r := range u {
		if !isLetter(r) || notInUnit(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= MaxUnitRunes
}

// notInUnit reports whether r is one of notInUnits (unit_speed_test.go
// checks the two agree).
func notInUnit(r rune) bool {
	switch r {
	case '左', '右', '约', '余', '多', '几', '以', '及', '或', '等', '元':
		return true
	}
	return false
}

// notInUnits are the characters that never belong to a unit.
const notInUnits = "左右约余多几以及或等元"

// MaxUnitRunes is the longest unit, in characters, that the parser accepts
// after a number ("个工作日" has 4). Longer text after a number makes the
// target qualitative.
const MaxUnitRunes = 5

// foldWidth maps full-width ASCII letters and digits to ASCII.
func foldWidth(s string) string {
	// The full-width forms U+FF01–U+FF5E all begin with the byte EF in
	// UTF-8: a unit without one is returned as it is (what Map returns).
	if strings.IndexByte(s, 0xef) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '！' && r <= '～' {
			return r - '！' + '!'
		}
		return r
	}, s)
}

func isLetter(r rune) bool {
	switch {
	case r >= 0x4e00 && r <= 0x9fff: // CJK Unified Ideographs: all letters (Lo)
		return true
	case r < utf8.RuneSelf:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}
