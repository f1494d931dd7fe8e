package perf

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Level1 is a 一级指标 (first-level indicator) of the official tree. The
// zero Level1 is "none": a 一级 printed on a form that is not one of the
// four (the 部门整体 forms use their own, such as 运行成本 or 履职效能).
type Level1 uint8

// The 一级 indicators.
const (
	Output       Level1 = iota + 1 // 产出指标
	Benefit                        // 效益指标
	Satisfaction                   // 满意度指标
	Cost                           // 成本指标, a 一级 since 财预〔2021〕101号
)

var level1Names = [...]string{"", "产出", "效益", "满意度", "成本"}

// String returns the short official name: "产出", "效益", "满意度", "成本".
func (l Level1) String() string {
	if l.Valid() {
		return level1Names[l]
	}
	return fmt.Sprintf("Level1(%d)", uint8(l))
}

// appendName appends [Level1.Name] to b.
func (l Level1) appendName(b []byte) []byte {
	if l.Valid() {
		return append(append(b, level1Names[l]...), "指标"...)
	}
	return append(b, l.Name()...)
}

// Name returns the name as the forms print it: "产出指标".
func (l Level1) Name() string {
	if l.Valid() {
		return level1Names[l] + "指标"
	}
	return l.String()
}

// Valid reports whether l is one of the four 一级.
func (l Level1) Valid() bool { return l >= Output && l <= Cost }

// Level2 is a 二级指标 (second-level indicator) of the official tree. Each
// knows its 一级 ([Level2.Level1]). The zero Level2 is "none": a 二级 printed
// on a form that is not official (the Daye forms print "具体指标" under
// 满意度).
type Level2 uint8

// The 二级 indicators, grouped by their 一级.
const (
	Quantity     Level2 = iota + 1 // 数量指标 (产出)
	Quality                        // 质量指标 (产出)
	Timeliness                     // 时效指标 (产出)
	OutputCost                     // 成本指标 (产出), the 二级 of the 2020 tree that became the 一级 Cost in 2021
	Economic                       // 经济效益指标 (效益)
	Social                         // 社会效益指标 (效益)
	Ecological                     // 生态效益指标 (效益)
	Sustainable                    // 可持续影响指标 (效益)
	ServiceUsers                   // 服务对象满意度指标 (满意度)
	EconomicCost                   // 经济成本指标 (成本, since 2021)
	SocialCost                     // 社会成本指标 (成本, since 2021)
	EcoCost                        // 生态环境成本指标 (成本, since 2021)
)

var level2Info = [...]struct {
	name string
	l1   Level1
}{
	{},
	{"数量", Output},
	{"质量", Output},
	{"时效", Output},
	{"成本", Output},
	{"经济效益", Benefit},
	{"社会效益", Benefit},
	{"生态效益", Benefit},
	{"可持续影响", Benefit},
	{"服务对象满意度", Satisfaction},
	{"经济成本", Cost},
	{"社会成本", Cost},
	{"生态环境成本", Cost},
}

// Valid reports whether l is one of the official 二级.
func (l Level2) Valid() bool { return l >= Quantity && l <= EcoCost }

// String returns the short official name: "数量", "经济成本".
func (l Level2) String() string {
	if l.Valid() {
		return level2Info[l].name
	}
	return fmt.Sprintf("Level2(%d)", uint8(l))
}

// appendName appends [Level2.Name] to b.
func (l Level2) appendName(b []byte) []byte {
	if l.Valid() {
		return append(append(b, level2Info[l].name...), "指标"...)
	}
	return append(b, l.Name()...)
}

// Name returns the name as the forms print it: "数量指标".
func (l Level2) Name() string {
	if l.Valid() {
		return level2Info[l].name + "指标"
	}
	return l.String()
}

// Level1 returns the 一级 that l belongs to: Output for OutputCost (the 2020
// tree), Cost for EconomicCost, SocialCost and EcoCost (the 2021 tree).
func (l Level2) Level1() Level1 {
	if l.Valid() {
		return level2Info[l].l1
	}
	return 0
}

// IsCost reports whether l measures cost (成本): OutputCost or a 二级 of
// the 一级 Cost. A bare target of a cost indicator is an upper bound.
func (l Level2) IsCost() bool { return l == OutputCost || l.Level1() == Cost }

// Framework is an edition of the indicator tree. Forms of either edition
// load; a framework says which 一级 and 二级 it has.
type Framework uint8

// The editions of the tree.
const (
	// Framework2020 is the tree of 财预〔2020〕10号: 产出, 效益, 满意度,
	// with 成本 a 二级 under 产出.
	Framework2020 Framework = iota + 1
	// Framework2021 is the tree of 财预〔2021〕101号: 成本 is a 一级 with
	// 经济成本, 社会成本 and 生态环境成本.
	Framework2021
)

// String returns "2020" or "2021".
func (f Framework) String() string {
	switch f {
	case Framework2020:
		return "2020"
	case Framework2021:
		return "2021"
	}
	return fmt.Sprintf("Framework(%d)", uint8(f))
}

// Level1s returns the 一级 of the framework in the order forms print them.
func (f Framework) Level1s() []Level1 {
	switch f {
	case Framework2020:
		return []Level1{Output, Benefit, Satisfaction}
	case Framework2021:
		return []Level1{Cost, Output, Benefit, Satisfaction}
	}
	return nil
}

// Level2s returns the 二级 under l1 in the framework.
func (f Framework) Level2s(l1 Level1) []Level2 {
	var out []Level2
	for l := Quantity; l <= EcoCost; l++ {
		if l.Level1() == l1 && f.Contains(l) {
			out = append(out, l)
		}
	}
	return out
}

// Contains reports whether the 二级 l is part of the framework: OutputCost
// only in 2020; EconomicCost, SocialCost and EcoCost only in 2021.
func (f Framework) Contains(l Level2) bool {
	switch {
	case !l.Valid():
		return false
	case f == Framework2020:
		return l.Level1() != Cost
	case f == Framework2021:
		return l != OutputCost
	}
	return false
}

// ParseLevel1 reads a 一级 name as forms print it: "产出", "产出指标",
// "产出\n指标" (a cell broken over two lines), with any spaces. Other
// names, such as the 部门整体 form's "运行成本", give a [*LevelError]
// wrapping [ErrLevel].
func ParseLevel1(s string) (Level1, error) {
	if l, ok := parseLevel1(s); ok {
		return l, nil
	}
	return 0, &LevelError{Text: s, Level: 1, Err: ErrLevel}
}

// parseLevel1 is ParseLevel1 without building an error.
func parseLevel1(s string) (Level1, bool) {
	if l, ok := plainLevel1(s); ok {
		return l, true // printed as the official name, with or without 指标
	}
	var buf [96]byte
	n := levelKeyBytes(buf[:0], s)
	for l := Output; l <= Cost; l++ {
		if string(n) == level1Names[l] {
			return l, true
		}
	}
	return 0, false
}

// ParseLevel2 reads a 二级 name as forms print it: "数量指标", "经济成本指标",
// "服务对象满意度", with any spaces and line breaks. "成本" and "成本指标"
// read as OutputCost, the 二级 of the 2020 tree: as a 一级 the same word is
// [Cost]. Other names, such as "具体指标", give a [*LevelError].
func ParseLevel2(s string) (Level2, error) {
	if l, ok := parseLevel2(s); ok {
		return l, nil
	}
	return 0, &LevelError{Text: s, Level: 2, Err: ErrLevel}
}

// parseLevel2 is ParseLevel2 without building an error.
func parseLevel2(s string) (Level2, bool) {
	if l, ok := plainLevel2(s); ok {
		return l, true
	}
	var buf [96]byte
	n := levelKeyBytes(buf[:0], s)
	for l := Quantity; l <= EcoCost; l++ {
		if string(n) == level2Info[l].name {
			return l, true
		}
	}
	return 0, false
}

// plainLevel1 and plainLevel2 read the official names as forms most often
// print them, with and without 指标 and nothing else ("产出指标", "数量"):
// what parseLevel1 and parseLevel2 read without folding, by a switch
// (unit_speed_test.go checks the cases against level1Names and
// level2Info).
func plainLevel1(s string) (Level1, bool) {
	switch s {
	case "产出", "产出指标":
		return Output, true
	case "效益", "效益指标":
		return Benefit, true
	case "满意度", "满意度指标":
		return Satisfaction, true
	case "成本", "成本指标":
		return Cost, true
	}
	return 0, false
}

func plainLevel2(s string) (Level2, bool) {
	switch s {
	case "数量", "数量指标":
		return Quantity, true
	case "质量", "质量指标":
		return Quality, true
	case "时效", "时效指标":
		return Timeliness, true
	case "成本", "成本指标":
		return OutputCost, true
	case "经济效益", "经济效益指标":
		return Economic, true
	case "社会效益", "社会效益指标":
		return Social, true
	case "生态效益", "生态效益指标":
		return Ecological, true
	case "可持续影响", "可持续影响指标":
		return Sustainable, true
	case "服务对象满意度", "服务对象满意度指标":
		return ServiceUsers, true
	case "经济成本", "经济成本指标":
		return EconomicCost, true
	case "社会成本", "社会成本指标":
		return SocialCost, true
	case "生态环境成本", "生态环境成本指标":
		return EcoCost, true
	}
	return 0, false
}

// levelKey removes white space (line breaks and the full-width space
// included) and a trailing "指标".
func levelKey(s string) string {
	if mayHaveSpace(s) {
		s = removeSpaces(s)
	}
	return strings.TrimSuffix(s, "指标")
}

// levelKeyBytes appends levelKey(s) to b (without allocating when it fits).
func levelKeyBytes(b []byte, s string) []byte {
	switch {
	case !mayHaveSpace(s):
		b = append(b, s...)
	case asciiSpacesOnly(s):
		// "产出\n指标": valid UTF-8 whose only blanks are ASCII, dropped
		// byte by byte (each rune would be appended as its own bytes).
		for i := 0; i < len(s); i++ {
			if c := s[i]; c != ' ' && (c < '\t' || c > '\r') {
				b = append(b, c)
			}
		}
	default:
		for _, r := range s {
			if !isSpace(r) {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return bytes.TrimSuffix(b, []byte("指标"))
}

// asciiSpacesOnly reports whether s is valid UTF-8 without the lead
// bytes of U+00A0, U+3000 and U+FEFF (C2, E3, EF): its blanks, if any,
// are ASCII.
func asciiSpacesOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0xC2 || c == 0xE3 || c == 0xEF {
			return false
		}
	}
	return utf8.ValidString(s)
}

// mayHaveSpace reports whether s may hold a rune isSpace reports: an ASCII
// space or control byte, or the lead byte of U+00A0, U+3000 or U+FEFF.
func mayHaveSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ', c >= '\t' && c <= '\r', c == 0xC2, c == 0xE3, c == 0xEF:
			return true
		}
	}
	return false
}

// removeSpaces removes the runes isSpace reports.
func removeSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}

// Category is where an indicator sits in the tree: a 一级 and, when known,
// a 二级. It decides what a bare target means: a cost indicator's "5万元"
// is an upper bound, any other's "30次" a lower bound.
type Category struct {
	Level1 Level1 // 一级; zero when unknown
	Level2 Level2 // 二级; zero when unknown or not given
}

// ParseCategory reads "一级/二级" or either alone: "产出/数量", "成本",
// "成本/经济成本", "产出/成本" (the 2020 tree), "数量" (its 一级 follows),
// "效益/社会效益指标". The separator is "/" or "／". A 二级 under the wrong
// 一级 ("效益/数量") is an error wrapping [ErrLevelMismatch].
func ParseCategory(s string) (Category, error) {
	t := strings.ReplaceAll(s, "／", "/")
	first, second, two := strings.Cut(t, "/")
	if !two {
		if l1, err := ParseLevel1(first); err == nil {
			return Category{Level1: l1}, nil
		}
		l2, err := ParseLevel2(first)
		if err != nil {
			return Category{}, &LevelError{Text: s, Level: 0, Err: ErrLevel}
		}
		return Category{Level1: l2.Level1(), Level2: l2}, nil
	}
	l1, err := ParseLevel1(first)
	if err != nil {
		return Category{}, &LevelError{Text: s, Level: 1, Err: ErrLevel}
	}
	l2, err := ParseLevel2(second)
	if err != nil {
		return Category{}, &LevelError{Text: s, Level: 2, Err: ErrLevel}
	}
	if l2.Level1() != l1 {
		return Category{}, &LevelError{Text: s, Level: 0, Err: ErrLevelMismatch}
	}
	return Category{Level1: l1, Level2: l2}, nil
}

// IsCost reports whether the category measures cost: the 一级 Cost, or the
// 2020 二级 OutputCost.
func (c Category) IsCost() bool { return c.Level1 == Cost || c.Level2.IsCost() }

// String returns "产出/数量", "成本", or "" for the zero Category.
func (c Category) String() string {
	switch {
	case c.Level1.Valid() && c.Level2.Valid():
		return c.Level1.String() + "/" + c.Level2.String()
	case c.Level1.Valid():
		return c.Level1.String()
	case c.Level2.Valid():
		return c.Level2.Level1().String() + "/" + c.Level2.String()
	}
	return ""
}
