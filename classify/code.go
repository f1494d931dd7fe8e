package classify

import (
	"errors"
	"strconv"
	"strings"
)

// Code is a classification code of the scheme K, stored compactly as its
// digits in a uint32 (201, 20103, 2010399). Codes of different schemes are
// different types, so a 功能分类 code cannot be passed where an economic
// code is expected. The zero Code is "no code" and is not [Code.Valid].
//
// Use the aliases [Function], [Economic], [GovEconomic] and [Revenue].
type Code[K SchemeKind] struct {
	v uint32
}

// Function is a 支出功能分类 code: 类 201, 款 20103, 项 2010399.
type Function = Code[FunctionKind]

// Economic is a 部门预算支出经济分类 code: 类 302, 款 30217.
type Economic = Code[EconomicKind]

// GovEconomic is a 政府预算支出经济分类 code: 类 502, 款 50201.
type GovEconomic = Code[GovEconomicKind]

// Revenue is a 收入分类 code: 类 103, 款 10304, 项 1030401, 目 103040101.
type Revenue = Code[RevenueKind]

// Sentinel errors wrapped by [CodeError].
var (
	ErrEmpty   = errors.New("no digits")
	ErrChar    = errors.New("a character that is not a digit")
	ErrLength  = errors.New("wrong number of digits")
	ErrLead    = errors.New("wrong first digit for the scheme")
	ErrSplit   = errors.New("split form must be a 3-digit 类 then 2-digit groups")
	ErrZeroSeg = errors.New("a 款/项/目 segment of 00")
)

// CodeError says why a text is not a code of a scheme.
type CodeError struct {
	Scheme Scheme // the scheme the text was read as
	Text   string // the text, verbatim
	Detail string // what is wrong, in words
	Err    error  // one of the sentinel errors
}

func (e *CodeError) Error() string {
	what := "classification"
	if e.Scheme != 0 {
		what = e.Scheme.ShortName()
	}
	return "classify: " + strconv.Quote(e.Text) + " is not a " + what + " code: " + e.Detail
}

// Unwrap returns the sentinel error.
func (e *CodeError) Unwrap() error { return e.Err }

// Parse reads a code of scheme K in any form printed in tables: "2010399",
// "201 03 99" or "201  03  99" (split 类/款/项 columns, any spaces including
// the full-width space and tabs), full-width digits ("２０１０３９９").
func Parse[K SchemeKind](s string) (Code[K], error) {
	sch := schemeOf[K]()
	if v, ok := fastCode(sch, s); ok {
		return Code[K]{v: v}, nil
	}
	digits, err := normalizeCode(sch, s)
	if err != nil {
		return Code[K]{}, err
	}
	v, _ := strconv.ParseUint(digits, 10, 32)
	return Code[K]{v: uint32(v)}, nil
}

// fastCode reads the common case, plain ASCII digits of a valid code,
// without allocating; anything else goes the general way.
func fastCode(sch Scheme, s string) (uint32, bool) {
	n := len(s)
	if n < 3 || n > sch.MaxLevel().Digits() || n%2 == 0 || s[0] != sch.Lead() {
		return 0, false
	}
	var v uint32
	for i := 0; i < n; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if i >= 3 && i%2 == 1 && c == '0' && s[i+1] == '0' {
			return 0, false
		}
		v = v*10 + uint32(c-'0')
	}
	return v, true
}

// ParseFunction reads a 功能分类 code; see [Parse].
func ParseFunction(s string) (Function, error) { return Parse[FunctionKind](s) }

// ParseEconomic reads a 部门经济分类 code; see [Parse].
func ParseEconomic(s string) (Economic, error) { return Parse[EconomicKind](s) }

// ParseGovEconomic reads a 政府经济分类 code; see [Parse].
func ParseGovEconomic(s string) (GovEconomic, error) { return Parse[GovEconomicKind](s) }

// ParseRevenue reads a 收入分类 code; see [Parse].
func ParseRevenue(s string) (Revenue, error) { return Parse[RevenueKind](s) }

// MustParse is like [Parse] but panics on error; for literals only.
func MustParse[K SchemeKind](s string) Code[K] {
	c, err := Parse[K](s)
	if err != nil {
		panic(err)
	}
	return c
}

// DetectScheme tells the scheme of a code from its first digit (1 收入,
// 2 功能, 3 部门经济, 5 政府经济) after checking its form.
func DetectScheme(s string) (Scheme, error) {
	d := foldDigits(s)
	for i := 0; i < len(d); i++ {
		c := d[i]
		if c >= '0' && c <= '9' {
			for sch := SchemeRevenue; sch <= SchemeGovEconomic; sch++ {
				if sch.Lead() == c {
					_, err := normalizeCode(sch, s)
					return sch, err
				}
			}
			return 0, &CodeError{Text: s, Detail: "first digit " + string(c) + " names no scheme (1 收入, 2 功能, 3 部门经济, 5 政府经济)", Err: ErrLead}
		}
		if !isCodeSpace(rune(c)) {
			break
		}
	}
	_, err := normalizeCode(SchemeFunction, s)
	if err == nil {
		err = &CodeError{Text: s, Detail: "no digits", Err: ErrEmpty}
	}
	return 0, err
}

// normalizeCode returns the contiguous digits of s as a code of sch.
func normalizeCode(sch Scheme, s string) (string, error) {
	fail := func(err error, detail string) (string, error) {
		return "", &CodeError{Scheme: sch, Text: s, Detail: detail, Err: err}
	}
	var groups []string
	for _, g := range strings.FieldsFunc(foldDigits(s), isCodeSpace) {
		groups = append(groups, g)
	}
	if len(groups) == 0 {
		return fail(ErrEmpty, "no digits")
	}
	for _, g := range groups {
		for _, r := range g {
			if r < '0' || r > '9' {
				return fail(ErrChar, "character "+strconv.QuoteRune(r)+" is not a digit")
			}
		}
	}
	digits := groups[0]
	if len(groups) > 1 {
		if len(groups[0]) != 3 {
			return fail(ErrSplit, "类 group "+strconv.Quote(groups[0])+" has "+strconv.Itoa(len(groups[0]))+" digits, want 3")
		}
		for _, g := range groups[1:] {
			if len(g) != 2 {
				return fail(ErrSplit, "group "+strconv.Quote(g)+" has "+strconv.Itoa(len(g))+" digits, want 2")
			}
		}
		digits = strings.Join(groups, "")
	}
	n := len(digits)
	maxDigits := sch.MaxLevel().Digits()
	if n < 3 || n > maxDigits || n%2 == 0 {
		return fail(ErrLength, strconv.Itoa(n)+" digits; "+sch.ShortName()+" codes have "+lengthsOf(sch))
	}
	if digits[0] != sch.Lead() {
		return fail(ErrLead, "begins with "+digits[:1]+"; "+sch.ShortName()+" codes begin with "+string(sch.Lead()))
	}
	for i := 3; i < n; i += 2 {
		if digits[i:i+2] == "00" {
			return fail(ErrZeroSeg, Level((i+1)/2).String()+" segment is 00")
		}
	}
	return digits, nil
}

func lengthsOf(sch Scheme) string {
	var parts []string
	for l := Class; l <= sch.MaxLevel(); l++ {
		parts = append(parts, strconv.Itoa(l.Digits()))
	}
	if len(parts) == 1 {
		return parts[0] + " digits"
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1] + " digits"
}

func isCodeSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u3000', '\u00a0':
		return true
	}
	return false
}

// foldDigits maps full-width digits to ASCII and leaves everything else.
func foldDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '０' && r <= '９' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + r - '０'
		}
		return r
	}, s)
}

// Valid reports whether c is a code (not the zero Code).
func (c Code[K]) Valid() bool { return c.v != 0 }

// Scheme returns the code's scheme.
func (c Code[K]) Scheme() Scheme { return schemeOf[K]() }

// Uint32 returns the code's digits as a number: 2010399.
func (c Code[K]) Uint32() uint32 { return c.v }

// String returns the digits: "2010399"; "" for the zero Code.
func (c Code[K]) String() string {
	if c.v == 0 {
		return ""
	}
	return strconv.FormatUint(uint64(c.v), 10)
}

// Split returns the code in the split-column form: "201 03 99".
func (c Code[K]) Split() string {
	s := c.String()
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:3])
	for i := 3; i < len(s); i += 2 {
		b.WriteByte(' ')
		b.WriteString(s[i : i+2])
	}
	return b.String()
}

// Level returns 类, 款, 项 or 目 (0 for the zero Code).
func (c Code[K]) Level() Level {
	switch {
	case c.v == 0:
		return 0
	case c.v < 1_000:
		return Class
	case c.v < 100_000:
		return Section
	case c.v < 10_000_000:
		return Item
	}
	return Subitem
}

// Parent returns the code one level up (20103 for 2010399) and true, or
// the zero Code and false for a 类.
func (c Code[K]) Parent() (Code[K], bool) {
	if c.Level() <= Class {
		return Code[K]{}, false
	}
	return Code[K]{v: c.v / 100}, true
}

// At returns the ancestor of c at level l (c itself at its own level), and
// false when l is deeper than c.
func (c Code[K]) At(l Level) (Code[K], bool) {
	cl := c.Level()
	if l < Class || l > cl {
		return Code[K]{}, false
	}
	v := c.v
	for ; cl > l; cl-- {
		v /= 100
	}
	return Code[K]{v: v}, true
}

// Ancestors returns the codes above c, 类 first: [201 20103] for 2010399.
func (c Code[K]) Ancestors() []Code[K] {
	var out []Code[K]
	for l := Class; l < c.Level(); l++ {
		a, _ := c.At(l)
		out = append(out, a)
	}
	return out
}

// IsAncestorOf reports whether c is strictly above d: 201 and 20103 are
// ancestors of 2010399; a code is not its own ancestor.
func (c Code[K]) IsAncestorOf(d Code[K]) bool {
	if !c.Valid() || c.Level() >= d.Level() {
		return false
	}
	a, _ := d.At(c.Level())
	return a == c
}

// Compare orders codes as a catalog walks them: each code before its
// children, siblings by number (201, 20101, 2010101, 2010102, 20102, …).
func Compare[K SchemeKind](a, b Code[K]) int {
	ka, kb := a.sortKey(), b.sortKey()
	switch {
	case ka < kb:
		return -1
	case ka > kb:
		return 1
	}
	return 0
}

func (c Code[K]) sortKey() uint64 {
	l := c.Level()
	v := uint64(c.v)
	for i := l; i < Subitem; i++ {
		v *= 100
	}
	return v*8 + uint64(l)
}

// MarshalText implements [encoding.TextMarshaler]: the digits.
func (c Code[K]) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [Parse]; empty
// text gives the zero Code.
func (c *Code[K]) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Code[K]{}
		return nil
	}
	v, err := Parse[K](string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
