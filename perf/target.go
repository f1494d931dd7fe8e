package perf

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
)

// Target is a target (年初目标值, 年度指标值) or an actual (实际完成值) as
// written on a form, read into its parts: comparator, number and unit.
// Text the parser cannot read as a quantity is qualitative and kept
// verbatim: "合规", "无污染", "获省级表彰", "检查项目不少于30个".
//
// The parts are reported exactly as recognised, so that a reader can see
// what was understood: Written is the comparator as written ("≥",
// "不少于", "以上"), Period a leading period ("每年"), NumberText and
// HighText the numbers as written ("１２", "一"), Unit the unit as written
// ("次", "％", "万元", "个月").
type Target struct {
	Text        string          // the text, verbatim
	Qualitative bool            // no quantity could be read: only Text is set
	Comparator  Comparator      // None for a bare target ("100%")
	Written     string          // the comparator as written, before or after the number; "" for None
	Period      string          // a leading period as written: "每年", "每月", "全年"; usually ""
	Number      decimal.Decimal // the number in Unit; for Between the low end; 1 for "一年" and "全年"
	NumberText  string          // the number as written: "30", "16.244", "一", "全"
	Separator   string          // for Between, the separator as written: "—", "-", "至"
	High        decimal.Decimal // for Between, the high end
	HighText    string          // for Between, the high end as written
	Unit        string          // the unit as written; "" for a bare number

	// n and h hold Number and High as integers, before a decimal is made
	// of them: the checks read targets by the hundred, and a decimal
	// allocates. Only the checks' own reading (parseTarget) leaves them
	// set; ParseTarget makes the decimals and clears them.
	n, h num
	// ui is lookupUnit(Unit), read once by the checks' reading (uiSet);
	// ParseTarget clears it with n and h.
	ui    unitInfo
	uiSet bool
}

// MaxDigits is the largest number of digits the parser reads in one
// number. No figure on a form comes near it; longer runs are an error
// wrapping [ErrTooLong] rather than work for the decimal arithmetic.
const MaxDigits = 40

// periodWords are the periods that may lead a quantity: "每年不少于12次".
var periodWords = [...]string{"每年", "每季度", "每月", "每周", "每天", "每日", "年均", "月均", "全年", "年度"}

// ParseTarget reads a target or an actual as written on a form.
//
// Recognised, with spaces (the full-width space included) allowed between
// the parts:
//
//   - a comparator before the number: ≥ ＞ > ≤ ＜ < ＝ = ± and the words
//     不少于 不低于 不小于 至少 达到 大于等于 (at least), 超过 大于 高于 多于
//     (more than), 不超过 不高于 不多于 不大于 至多 最多 小于等于 (at most),
//     小于 低于 少于 (less than), 等于 (equal); or one after the unit: 以上,
//     及以上 (at least), 以下, 及以下, 以内 (at most);
//   - a leading period: 每年, 每季度, 每月, 每周, 每天, 每日, 年均, 月均, 全年,
//     年度 ("每年不少于12次");
//   - a number in ASCII or full-width digits with an optional fraction and,
//     for the first number, a sign;
//   - a range "20℃—26℃", "30%—70%", "1-12月", "3至5天" (Between);
//   - a unit of up to [MaxUnitRunes] letters or a symbol unit (%, ％, ‰, ℃,
//     °C). 元, 千元, 万元, 万, 亿元 and 亿 are money and must come to whole
//     fen ([Target.Amount]); 年, 季度, 个月, 月, 周, 天, 日, 工作日, 小时 and
//     分钟 are durations; anything else is a count (see [Measure]);
//   - durations in words: 一年 … 十二个月, 半年, 全年 (one year).
//
// Anything else is qualitative: the result has Qualitative set and Text
// kept verbatim, and no error. Text before the comparator
// ("检查项目不少于30个"), two comparators, Chinese numerals other than in a
// duration ("前三"), a malformed unit ("97%%") all make a target
// qualitative.
//
// Errors, as a [*TargetError]: a blank text ([ErrBlank]), invalid UTF-8
// ([ErrEncoding]), a comparator with nothing after it ([ErrOperand]), a
// range whose ends are reversed ([ErrRange]), a number of more than
// [MaxDigits] digits ([ErrTooLong]), and money finer than a fen or beyond
// an Amount ([ErrMoney]).
func ParseTarget(s string) (Target, error) {
	t, err := parseTarget(s)
	t.materialize()
	return t, err
}

// parseTarget is [ParseTarget] with the numbers of up to 18 digits left as
// integers (Target.n, Target.h) rather than made into decimals: the
// checks' reading, which asks for a decimal only where it needs one.
func parseTarget(s string) (Target, error) {
	var q Target
	err := parseTargetInto(&q, s)
	return q, err
}

// parseTargetInto is parseTarget writing its target into *q, whatever
// *q held: a target is large, and the checks read hundreds. *q is left
// exactly as parseTarget returns it.
func parseTargetInto(q *Target, s string) error {
	t, r, done, err := parseShortcut(q, s)
	if done {
		return err
	}
	return parseTrimmed(q, s, t, r)
}

// parseShortcut reads into *q what parseTargetInto reads without its
// general scan, and reports done with the error; otherwise (done false)
// it leaves *q as it was and returns s trimmed to t, not blank, and its
// first rune r, for the general scan.
func parseShortcut(q *Target, s string) (t string, r rune, done bool, err error) {
	if !validText(s) {
		*q = Target{}
		return "", 0, true, &TargetError{Text: s, Err: ErrEncoding}
	}
	t = trimSpace(s)
	if t == "" {
		*q = Target{}
		return "", 0, true, &TargetError{Text: s, Err: ErrBlank}
	}
	r, _ = utf8.DecodeRuneInString(t)
	// Two shapes most texts have, read without the general scan (which
	// reads them the same: target_speed_test.go checks both against it):
	// text no quantity can begin with, and a bare percentage.
	if !mayBeginPeriod(r) && !mayBeginComparator(r) && !mayBeginQuantity(r) {
		*q = Target{Text: s, Qualitative: true}
		return "", 0, true, nil
	}
	if plainPercent(q, s, t) {
		return "", 0, true, nil
	}
	return t, r, false, nil
}

// targetMemo holds the texts of one document's forms that parseTargetInto
// read by its general scan, with what they read as: the forms of a
// document print the same quantities again and again ("1年", "≥95%",
// "1个", "4800"), and the general scan is most of a check's reading. The
// shortcuts (qualitative text, a bare percentage) are cheaper than a
// look-up and are not kept; nor are texts that do not read (an error).
// Texts beyond its room are read each time. The zero value is empty; a
// nil *targetMemo keeps nothing.
type targetMemo struct {
	slots [2 * memoTargets]uint8 // entry + 1 by slot (open addressing); 0 is empty
	n     int
	texts [memoTargets]string
	vals  [memoTargets]Target
}

const memoTargets = 64

// read is parseTargetInto(q, s), the general scan's result taken from
// the memo when s was read before.
func (m *targetMemo) read(q *Target, s string) error {
	if m == nil {
		return parseTargetInto(q, s)
	}
	t, r, done, err := parseShortcut(q, s)
	if done {
		return err
	}
	// FNV-1a of the text, for the slot.
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	j := h & (2*memoTargets - 1)
	for m.slots[j] != 0 {
		if e := m.slots[j] - 1; m.texts[e] == s {
			*q = m.vals[e]
			return nil
		}
		j = (j + 1) & (2*memoTargets - 1)
	}
	err = parseTrimmed(q, s, t, r)
	if err == nil && m.n < memoTargets {
		m.texts[m.n], m.vals[m.n] = s, *q
		m.n++
		m.slots[j] = uint8(m.n)
	}
	return err
}

// validText is utf8.ValidString(s), a Chinese character read without the
// library's tables: a lead byte E1–EC, EE or EF is valid exactly when two
// continuation bytes follow (E0 and ED restrict their second byte); at any
// other byte above ASCII the library decides the rest of the text.
func validText(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case (c >= 0xE1 && c <= 0xEC || c >= 0xEE) && c <= 0xEF:
			if i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
				return false
			}
			i += 3
		default:
			return utf8.ValidString(s[i:])
		}
	}
	return true
}

// parseTrimmed is parseTargetInto's general scan of s, trimmed to t (not
// blank), whose first rune is r.
func parseTrimmed(q *Target, s, t string, r rune) error {
	*q = Target{} // parseQuantity fills in a zero target
	if mayBeginPeriod(r) {
		for _, p := range periodWords {
			if rest, ok := strings.CutPrefix(t, p); ok {
				ok, err := parseQuantity(q, trimLeftSpace(rest))
				if err != nil && !isOperand(err) {
					*q = Target{}
					return withText(err, s)
				}
				if ok && err == nil {
					q.Text, q.Period = s, p
					return nil
				}
				*q = Target{}
			}
		}
	}
	ok, err := parseQuantity(q, t)
	if err != nil {
		*q = Target{}
		return withText(err, s)
	}
	if !ok {
		*q = Target{Text: s, Qualitative: true}
		return nil
	}
	q.Text = s
	return nil
}

// mayBeginQuantity reports whether r may begin a number (a digit or a
// sign) or a duration in words (a numeral, 十, 全, 半): with no period and
// no comparator before it, a text whose first rune is none of these is
// qualitative.
func mayBeginQuantity(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９':
		return true
	}
	switch r {
	case '-', '−', '－', '+', '＋', '十', '全', '半':
		return true
	}
	_, numeral := chineseDigit(r)
	return numeral
}

// plainPercent reads t (s trimmed) into *q when it is ASCII digits, with
// at most one point between digits, and a final "%": "100%", "97.5%". It
// reports false, leaving *q as it was, for any other text.
func plainPercent(q *Target, s, t string) bool {
	n := len(t) - 1
	if n < 1 || t[n] != '%' {
		return false
	}
	var coef int64
	digits, frac, dot := 0, 0, false
	for i := 0; i < n; i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			coef = coef*10 + int64(c-'0')
			digits++
			if dot {
				frac++
			}
		case c == '.' && !dot && digits > 0 && i+1 < n:
			dot = true
		default:
			return false
		}
	}
	if digits > 18 || (dot && frac == 0) {
		return false
	}
	*q = Target{Text: s, NumberText: t[:n], Unit: t[n:], n: num{coef: coef, exp: int32(-frac), set: true},
		ui: unitInfo{measure: MeasurePercent, base: "%", factor: 1}, uiSet: true} // lookupUnit("%")
	return true
}

func isOperand(err error) bool {
	te, ok := err.(*TargetError)
	return ok && te.Err == ErrOperand
}

func withText(err error, s string) error {
	if te, ok := err.(*TargetError); ok {
		te.Text = s
	}
	return err
}

// parseQuantity reads comparator, number(s), unit and suffix from t into
// *q, which must be the zero Target. ok is false when t is not a quantity
// (it is qualitative); err is set when t is a quantity that cannot be
// used. Unless ok is true and err nil, *q holds no meaning: the caller
// clears it.
func parseQuantity(q *Target, t string) (ok bool, err error) {
	rest := t
	if w := longestPrefix(rest); w.text != "" {
		q.Comparator, q.Written = w.c, w.text
		rest = trimLeftSpace(rest[len(w.text):])
		if rest == "" {
			return false, &TargetError{Err: ErrOperand, Detail: "nothing after " + w.text}
		}
	}
	if n, text, unit, after, found := wordDuration(rest); found {
		q.n, q.NumberText, q.Unit = n, text, unit
		rest = after
	} else {
		d, n, text, after, found, err := scanNumber(rest, true)
		if err != nil || !found {
			return false, err
		}
		q.Number, q.n, q.NumberText = d, n, text
		rest = trimLeftSpace(after)
		var unit1 string
		unit1, rest = scanUnit(rest)
		rest = trimLeftSpace(rest)
		if sep, after, isRange := cutSeparator(rest); isRange {
			hd, hn, htext, after2, found, err := scanNumber(after, true)
			if err != nil || !found {
				return false, err
			}
			unit2, after3 := scanUnit(trimLeftSpace(after2))
			if unit1 != "" && unit2 != "" && unit1 != unit2 {
				return false, nil
			}
			if q.Comparator != None {
				return false, nil // "≥1-3次": two comparators
			}
			q.Comparator, q.Separator, q.High, q.h, q.HighText = Between, sep, hd, hn, htext
			if unit2 != "" {
				unit1 = unit2
			}
			rest = trimLeftSpace(after3)
		}
		q.Unit = unit1
	}
	if q.Unit != "" && !validUnit(q.Unit) {
		return false, nil
	}
	if rest != "" {
		var w word
		for _, sw := range suffixWords {
			if rest == sw.text {
				w = sw
				break
			}
		}
		if w.text == "" || q.Comparator != None {
			return false, nil
		}
		q.Comparator, q.Written = w.c, w.text
	}
	q.ui, q.uiSet = lookupUnit(q.Unit), true
	if q.Comparator == Between && q.lowAboveHigh() {
		return false, &TargetError{Err: ErrRange, Detail: q.NumberText + " > " + q.HighText}
	}
	if _, _, err := q.amounts(); err != nil {
		return false, err
	}
	return true, nil
}

// longestPrefix returns the longest comparator word that t begins with.
func longestPrefix(t string) word {
	r, _ := utf8.DecodeRuneInString(t)
	if !mayBeginComparator(r) {
		return word{} // most text: no word to try
	}
	// Only the words that begin with t's first rune can begin t.
	var best word
	for _, w := range prefixGroups[r] {
		if len(w.text) > len(best.text) && strings.HasPrefix(t, w.text) {
			best = w
		}
	}
	return best
}

// prefixGroups are prefixWords by their first rune, each group in the
// order of prefixWords. It is read only.
var prefixGroups = groupPrefixWords()

func groupPrefixWords() map[rune][]word {
	g := make(map[rune][]word)
	for _, w := range prefixWords {
		r, _ := utf8.DecodeRuneInString(w.text)
		g[r] = append(g[r], w)
	}
	return g
}

// mayBeginComparator reports whether r is the first rune of one of
// prefixWords (target_internal_test.go checks the list).
func mayBeginComparator(r rune) bool {
	switch r {
	case '大', '不', '至', '达', '≥', '≧', '⩾', '>', '＞', '小', '最', '≤', '≦', '⩽', '<', '＜',
		'超', '高', '多', '低', '少', '等', '=', '＝', '±', '＋', '+':
		return true
	}
	return false
}

// mayBeginPeriod reports whether r is the first rune of one of periodWords.
func mayBeginPeriod(r rune) bool {
	switch r {
	case '每', '年', '月', '全':
		return true
	}
	return false
}

// cutSeparator reports whether t begins with a range separator followed,
// after optional spaces, by a digit, and returns the separator and the
// text after it.
func cutSeparator(t string) (sep, after string, ok bool) {
	if r, _ := utf8.DecodeRuneInString(t); !mayBeginSeparator(r) {
		return "", t, false
	}
	for _, s := range rangeSeparators {
		if rest, found := strings.CutPrefix(t, s); found {
			rest = trimLeftSpace(rest)
			if startsWithDigit(rest) || startsWithSignedDigit(rest) {
				return s, rest, true
			}
		}
	}
	return "", t, false
}

// scanNumber reads a number at the start of t: ASCII or full-width digits,
// an optional fraction after "." or "．", and when signed is true an
// optional leading sign. found is false when t does not begin with one.
//
// A number of up to 18 digits comes as p (its integers), n left zero;
// a longer one as n.
func scanNumber(t string, signed bool) (n decimal.Decimal, p num, text, rest string, found bool, err error) {
	// The number is written into a stack buffer as ASCII ("-12.5"); up to
	// 18 digits it is also accumulated as an integer coefficient, and the
	// decimal is made from that without parsing text.
	var buf [MaxDigits + 4]byte
	b := buf[:0]
	i := 0
	neg := false
	if signed {
		if r, size := utf8.DecodeRuneInString(t); r == '-' || r == '−' || r == '－' || r == '+' || r == '＋' {
			if !startsWithDigit(t[size:]) {
				return decimal.Decimal{}, num{}, "", t, false, nil
			}
			if r != '+' && r != '＋' {
				b = append(b, '-')
				neg = true
			}
			i = size
		}
	}
	digits, frac, dot := 0, 0, false
	var coef int64
scan:
	for i < len(t) {
		if digits > MaxDigits { // fail fast: never build a long number
			return decimal.Decimal{}, num{}, "", t, false, &TargetError{Err: ErrTooLong, Detail: fmt.Sprintf("more than %d digits", MaxDigits)}
		}
		if c := t[i]; c >= '0' && c <= '9' { // an ASCII digit, without decoding
			if len(b) < cap(b) {
				b = append(b, c)
			}
			coef = coef*10 + int64(c-'0')
			digits++
			if dot {
				frac++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		switch {
		case r >= '0' && r <= '9', r >= '０' && r <= '９':
			d := r - '0'
			if r >= '０' {
				d = r - '０'
			}
			if len(b) < cap(b) {
				b = append(b, byte('0'+d))
			}
			coef = coef*10 + int64(d) // meaningful up to 18 digits
			digits++
			if dot {
				frac++
			}
		case (r == '.' || r == '．') && !dot && digits > 0 && startsWithDigit(t[i+size:]):
			b = append(b, '.')
			dot = true
		default:
			break scan
		}
		i += size
	}
	if digits == 0 {
		return decimal.Decimal{}, num{}, "", t, false, nil
	}
	if digits > MaxDigits {
		return decimal.Decimal{}, num{}, "", t, false, &TargetError{Err: ErrTooLong, Detail: fmt.Sprintf("more than %d digits", MaxDigits)}
	}
	if digits <= 18 {
		if neg {
			coef = -coef
		}
		return decimal.Decimal{}, num{coef: coef, exp: int32(-frac), set: true}, t[:i], t[i:], true, nil
	}
	d, perr := decimal.NewFromString(string(b))
	if perr != nil {
		return decimal.Decimal{}, num{}, "", t, false, nil
	}
	return d, num{}, t[:i], t[i:], true, nil
}

func startsWithDigit(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９')
}

func startsWithSignedDigit(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return (r == '-' || r == '−' || r == '－' || r == '+' || r == '＋') && startsWithDigit(t[size:])
}

// scanUnit reads the run of letters and unit symbols at the start of t. It
// stops before a suffix comparator ("以上") and before a range separator
// that is followed by a number.
func scanUnit(t string) (unit, rest string) {
	i := 0
	for i < len(t) {
		tail := t[i:]
		// A suffix word or a separator is looked for only where the rune
		// begins one (target_internal_test.go checks the lists).
		r, size := utf8.DecodeRuneInString(tail)
		if mayBeginSuffix(r) && beginsWithSuffixWord(tail) {
			break
		}
		if mayBeginSeparator(r) {
			if _, _, isSep := cutSeparator(tail); isSep {
				break
			}
		}
		if !isUnitRune(r) {
			break
		}
		i += size
	}
	return t[:i], t[i:]
}

// beginsWithSuffixWord reports whether t begins with one of suffixWords.
func beginsWithSuffixWord(t string) bool {
	for _, sw := range suffixWords {
		if strings.HasPrefix(t, sw.text) {
			return true
		}
	}
	return false
}

// mayBeginSuffix reports whether r is the first rune of one of
// suffixWords.
func mayBeginSuffix(r rune) bool { return r == '及' || r == '以' }

// mayBeginSeparator reports whether r is the first rune of one of
// rangeSeparators.
func mayBeginSeparator(r rune) bool {
	switch r {
	case '—', '–', '－', '-', '~', '～', '至', '到':
		return true
	}
	return false
}

func isUnitRune(r rune) bool {
	switch r {
	case '%', '％', '‰', '℃', '°':
		return true
	}
	return isLetter(r)
}

// chineseDigit returns the value of a numeral of a duration in words
// ("三个月"), and whether r is one.
func chineseDigit(r rune) (int64, bool) {
	switch r {
	case '一':
		return 1, true
	case '二', '两':
		return 2, true
	case '三':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	}
	return 0, false
}

// wordDuration reads a duration written in words at the start of t: 一年,
// 两年, 十二个月, 三天, 半年, 全年. The unit must follow the numeral
// directly, and the rest must be empty or a suffix comparator.
func wordDuration(t string) (n num, text, unit, rest string, found bool) {
	if t == "" || t[0] < utf8.RuneSelf {
		return // no numeral, 全 or 半 is ASCII
	}
	var v num
	i := 0
	r, size := utf8.DecodeRuneInString(t)
	switch {
	case r == '全':
		v, i = num{coef: 1, set: true}, size
		if !strings.HasPrefix(t[i:], "年") {
			return
		}
	case r == '半':
		v, i = num{coef: 5, exp: -1, set: true}, size
	default:
		var tens, ones int64
		for i < len(t) {
			r, size := utf8.DecodeRuneInString(t[i:])
			if d, ok := chineseDigit(r); ok && ones == 0 {
				ones = d
			} else if r == '十' && tens == 0 {
				tens = max(ones, 1)
				ones = 0
			} else {
				break
			}
			i += size
		}
		if i == 0 || (tens == 0 && ones == 0) {
			return
		}
		v = num{coef: tens*10 + ones, set: true}
	}
	text = t[:i]
	after := t[i:]
	for _, d := range durationUnits {
		if strings.HasPrefix(after, d.text) && len(d.text) > len(unit) {
			unit = d.text
		}
	}
	if unit == "" || unit == "月" || unit == "日" { // "一月" is January, "一日" a date
		return num{}, "", "", "", false
	}
	rest = trimLeftSpace(after[len(unit):])
	return v, text, unit, rest, true
}

// Measure returns what the target's unit measures; MeasureNone for a bare
// number and for a qualitative target.
func (t Target) Measure() Measure {
	if t.Qualitative {
		return MeasureNone
	}
	return t.unitInfo().measure
}

// Amount returns the target as money, and whether it is money: "16.244万元"
// is 162,440.00 元, "1.5亿元" 150,000,000.00 元. For Between it is the low
// end.
func (t Target) Amount() (fiscal.Amount, bool) {
	a, _, err := t.amounts()
	return a, err == nil && t.Measure() == MeasureMoney
}

// HighAmount returns the high end of a money range, and whether there is
// one.
func (t Target) HighAmount() (fiscal.Amount, bool) {
	_, h, err := t.amounts()
	return h, err == nil && t.Measure() == MeasureMoney && t.Comparator == Between
}

// amounts converts the numbers of a money target to Amounts; it returns a
// *TargetError wrapping ErrMoney when they are finer than a fen or too
// large. A target that is not money gives zero amounts and no error.
func (t *Target) amounts() (lo, hi fiscal.Amount, err error) {
	info := t.unitInfo()
	if t.Qualitative || info.measure != MeasureMoney {
		return fiscal.Amount{}, fiscal.Amount{}, nil
	}
	lo, err = t.moneyLow(info.factor)
	if err != nil {
		return fiscal.Amount{}, fiscal.Amount{}, &TargetError{Err: ErrMoney, Detail: t.NumberText + t.Unit, cause: err}
	}
	if t.Comparator == Between {
		hi, err = t.moneyHigh(info.factor)
		if err != nil {
			return fiscal.Amount{}, fiscal.Amount{}, &TargetError{Err: ErrMoney, Detail: t.HighText + t.Unit, cause: err}
		}
	}
	return lo, hi, nil
}

// moneyOf returns n × factor 元 as an Amount, with the errors of
// fiscal.FromDecimal. A number of up to 15 digits is converted in integers
// when the result is a whole number of fen that fits; anything else (an
// error included) takes the decimal path, which says what is wrong.
func moneyOf(n decimal.Decimal, factor int64) (fiscal.Amount, error) {
	if n.NumDigits() <= 15 {
		if a, ok := moneyParts(n.CoefficientInt64(), int(n.Exponent()), factor); ok {
			return a, nil
		}
	}
	return fiscal.FromDecimal(n.Mul(decimal.NewFromInt(factor)))
}

// moneyParts is moneyOf for coef × 10^exp in integers: ok is false when
// the amount is not a whole number of fen or does not fit (moneyOf then
// gives the error).
func moneyParts(coef int64, exp int, factor int64) (fiscal.Amount, bool) {
	exp += 2 // in fen
	v, ok := mulInt64(coef, factor)
	if !ok {
		return fiscal.Amount{}, false
	}
	for ; exp > 0 && ok; exp-- {
		v, ok = mulInt64(v, 10)
	}
	for ; exp < 0 && ok; exp++ {
		ok = v%10 == 0
		v /= 10
	}
	if !ok {
		return fiscal.Amount{}, false
	}
	return fiscal.Fen(v), true
}

// mulInt64 returns a × b and whether it fits an int64.
func mulInt64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	p := a * b
	if p/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	return p, true
}

// unitInfo is lookupUnit(t.Unit), read once where the checks read t.
func (t *Target) unitInfo() unitInfo {
	if t.uiSet {
		return t.ui
	}
	return lookupUnit(t.Unit)
}

// Implied returns the comparator that the target means: its own, or for a
// bare target (None) AtMost when the indicator measures cost and AtLeast
// otherwise. "5万元" under 成本 means "no more than 5万元"; "30次" under
// 产出 means "at least 30次".
func (t Target) Implied(cost bool) Comparator {
	if t.Comparator != None {
		return t.Comparator
	}
	if cost {
		return AtMost
	}
	return AtLeast
}

// String returns the target in a canonical form that [ParseTarget] reads
// back to the same parts: "每年≥12次", "20–26℃", "=1年"; the text itself
// when qualitative.
func (t Target) String() string {
	if t.Qualitative {
		return t.Text
	}
	var b strings.Builder
	b.WriteString(t.Period)
	switch t.Comparator {
	case None, Between:
	case AtLeast, MoreThan, AtMost, LessThan, Equal, Within:
		b.WriteString(t.Comparator.Symbol())
	}
	b.WriteString(t.Number.String())
	if t.Comparator == Between {
		b.WriteString("–")
		b.WriteString(t.High.String())
	}
	b.WriteString(t.Unit)
	return b.String()
}

// trimSpace trims ASCII white space, the full-width space U+3000, the
// no-break space and the byte-order mark.
func trimSpace(s string) string {
	// Most texts neither start nor end with a blank, told by their first
	// and last bytes (the blanks beyond ASCII are U+00A0 C2 A0, U+3000
	// E3 80 80 and U+FEFF EF BB BF) without decoding runes.
	if s == "" || !mayTrimSpace(s[0], s[len(s)-1]) {
		return s
	}
	return strings.TrimFunc(s, isSpace)
}

func mayTrimSpace(first, last byte) bool {
	return first <= ' ' || first == 0xC2 || first == 0xE3 || first == 0xEF ||
		last <= ' ' || last == 0xA0 || last == 0x80 || last == 0xBF
}

func trimLeftSpace(s string) string { return strings.TrimLeftFunc(s, isSpace) }

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', '\ufeff':
		return true
	}
	return false
}

// ErrNumber: a text that is not a plain decimal number (see [ParseDecimal]).
var ErrNumber = errors.New("not a plain decimal number")

// ParseDecimal reads a plain decimal number as a form or a command line
// writes it: an optional sign, digits (ASCII or full-width), an optional
// fraction after "." or "．", surrounded by optional spaces ("10",
// "12.5", "-3", "１０"). It takes no exponent and at most [MaxDigits]
// digits, so that no later arithmetic on the number can run away
// ("1e400000000" is an error, not a number with 400 million zeros). The
// error is a [*TargetError] wrapping [ErrNumber], [ErrTooLong] or
// [ErrBlank].
func ParseDecimal(s string) (decimal.Decimal, error) {
	t := trimSpace(s)
	if t == "" {
		return decimal.Decimal{}, &TargetError{Text: s, Err: ErrBlank}
	}
	d, p, _, rest, found, err := scanNumber(t, true)
	if p.set {
		d = p.decimal()
	}
	var te *TargetError
	switch {
	case errors.As(err, &te):
		te.Text = s
		return decimal.Decimal{}, te
	case err != nil:
		return decimal.Decimal{}, &TargetError{Text: s, Err: ErrNumber, Detail: err.Error()}
	case !found || rest != "":
		return decimal.Decimal{}, &TargetError{Text: s, Err: ErrNumber, Detail: "only digits, a sign and a decimal point"}
	}
	return d, nil
}
