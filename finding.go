package fiscal

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Severity says how much a finding matters. The zero Severity is unset: a
// [Rule] with no severity and a finding built from it default to
// SeverityError.
type Severity uint8

// Severities, from most to least serious.
const (
	SeverityError   Severity = iota + 1 // a figure that is wrong
	SeverityWarning                     // suspicious, or wrong by a reader's standard but not a rule's
	SeverityInfo                        // worth knowing: a difference within rounding, a note
)

// String returns "error", "warning" or "info".
func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	case SeverityInfo:
		return "info"
	}
	return fmt.Sprintf("Severity(%d)", uint8(s))
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "error":
		return SeverityError, nil
	case "warning":
		return SeverityWarning, nil
	case "info":
		return SeverityInfo, nil
	}
	return 0, fmt.Errorf("fiscal: unknown severity %q (want error, warning or info)", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (s Severity) MarshalText() ([]byte, error) {
	if s < SeverityError || s > SeverityInfo {
		return nil, fmt.Errorf("fiscal: cannot marshal %v", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Where locates a finding in a document. Fields that do not apply are
// empty.
type Where struct {
	Part   string `json:"part,omitempty"`   // document part: "表", "情况说明", "绩效自评表", …
	Table  string `json:"table,omitempty"`  // table title or number: "收入支出决算总表", "公开01表"
	Row    string `json:"row,omitempty"`    // row key: a code ("2010301") or the row's name ("本年收入合计")
	Column string `json:"column,omitempty"` // column name: "决算数", "基本支出"
	Text   string `json:"text,omitempty"`   // the text the finding is about, verbatim
	Line   int    `json:"line,omitempty"`   // 1-based line in the source file, when read from one
}

// Bounds on what a finding quotes from a document, in characters. A
// finding about a line of any length prints and marshals in bounded
// space.
const (
	MaxQuote   = 200 // Where's Part, Table, Row, Column and Text
	MaxMessage = 400 // Finding.Message
)

// Quote returns s cut to at most n characters, ending in "…" when cut.
// It is how a finding bounds the text it quotes ([MaxQuote],
// [MaxMessage]).
func Quote(s string, n int) string {
	if len(s) <= n { // at least one byte per character
		return s
	}
	count := 0
	for i := range s {
		if count == n {
			return s[:i] + "…"
		}
		count++
	}
	return s
}

// bounded returns w with every field cut to MaxQuote characters.
func (w Where) bounded() Where {
	w.Part, w.Table, w.Row, w.Column, w.Text = Quote(w.Part, MaxQuote), Quote(w.Table, MaxQuote), Quote(w.Row, MaxQuote), Quote(w.Column, MaxQuote), Quote(w.Text, MaxQuote)
	return w
}

// String joins the non-empty parts: "收入支出决算总表 / 本年收入合计 / 决算数".
// Each part is cut to [MaxQuote] characters.
func (w Where) String() string { return string(w.Append(nil)) }

// Append appends [Where.String] to b and returns the extended slice: a
// caller spelling a message into a buffer of its own adds the location
// without a string of it.
func (w Where) Append(b []byte) []byte {
	w = w.bounded()
	n := len(b)
	for _, p := range [...]string{w.Part, w.Table, w.Row, w.Column} {
		if p == "" {
			continue
		}
		if len(b) > n {
			b = append(b, " / "...)
		}
		b = append(b, p...)
	}
	if w.Line > 0 {
		b = append(b, " (line "...)
		b = strconv.AppendInt(b, int64(w.Line), 10)
		b = append(b, ')')
	}
	if w.Text != "" {
		b = append(b, ' ')
		b = strconv.AppendQuote(b, w.Text)
	}
	return b
}

// MarshalJSON writes the location with each field cut to [MaxQuote]
// characters.
func (w Where) MarshalJSON() ([]byte, error) {
	type plain Where
	return marshalUnescaped(plain(w.bounded()))
}

// marshalUnescaped is json.Marshal without escaping < > & (as
// [EncodeFindings] writes them).
func marshalUnescaped(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Figure is a number in a finding (expected, actual, difference, tolerance),
// or nothing. It marshals to JSON as a decimal string, never a JSON number;
// the zero Figure is "nothing" and is left out of JSON.
type Figure struct {
	d decimal.Decimal
	// An amount's figure is coef × 10^exp, kept as integers (d unset) until
	// a decimal is asked for: findings are built by the thousand, and a
	// decimal allocates.
	coef   int64
	exp    int8
	scaled bool // the figure is coef × 10^exp, not d
	ok     bool
	places int8 // digits always shown after the point, or -1 for as many as the value has
}

// FigureOf returns the figure d, shown with as many decimals as it has.
func FigureOf(d decimal.Decimal) Figure { return Figure{d: d, ok: true, places: -1} }

// FigureScaled returns the figure coef × 10^exp, shown with as many
// decimals as it has: the same figure as FigureOf(decimal.New(coef, exp))
// (the same text, the same decimal), kept as integers so that no decimal
// is made unless one is asked for.
func FigureScaled(coef int64, exp int) Figure {
	if exp < -127 || exp > 127 {
		return FigureOf(decimal.New(coef, int32(exp)))
	}
	return Figure{coef: coef, exp: int8(exp), scaled: true, ok: true, places: -1}
}

// FigureFixed returns the figure d shown with at least places decimals
// ("4573.00" rather than "4573"), the way a table prints it.
func FigureFixed(d decimal.Decimal, places int) Figure {
	return Figure{d: d, ok: true, places: int8(min(max(places, 0), 20))}
}

// AmountFigure returns a in unit u at the given decimals: Wan("4573") in
// WanYuan at 2 is "4573.00". Digits beyond the decimals are kept, never
// rounded away.
func AmountFigure(a Amount, u Unit, decimals int) Figure {
	if !u.Valid() {
		u = Yuan
	}
	return Figure{coef: a.fen, exp: int8(-u.MaxDecimals()), scaled: true, ok: true, places: int8(min(max(decimals, 0), 20))}
}

// Decimal returns the figure and whether there is one.
func (f Figure) Decimal() (decimal.Decimal, bool) {
	if f.scaled {
		return decimal.New(f.coef, int32(f.exp)), f.ok
	}
	return f.d, f.ok
}

// Parts returns the figure as coef × 10^exp when there is one and its
// coefficient has at most 15 digits (every figure of an Amount below 10^13
// 元), without making a decimal; ok is false otherwise.
func (f Figure) Parts() (coef int64, exp int, ok bool) {
	switch {
	case !f.ok:
		return 0, 0, false
	case f.scaled:
		if f.coef <= -1e15 || f.coef >= 1e15 {
			return 0, 0, false
		}
		return f.coef, int(f.exp), true
	case f.d.NumDigits() > 15:
		return 0, 0, false
	}
	return f.d.CoefficientInt64(), int(f.d.Exponent()), true
}

// IsZero reports whether there is no figure (for `json:",omitzero"`).
func (f Figure) IsZero() bool { return !f.ok }

// String returns the decimal, or "" when there is none.
func (f Figure) String() string {
	if !f.ok {
		return ""
	}
	var buf [48]byte
	if b, ok := f.appendSmall(buf[:0]); ok {
		return string(b)
	}
	d, _ := f.Decimal()
	if f.places >= 0 && d.Equal(d.Truncate(int32(f.places))) {
		return d.StringFixed(int32(f.places))
	}
	return d.String()
}

// Append appends [Figure.String] to b: for a caller that spells a message
// into a buffer of its own.
func (f Figure) Append(b []byte) []byte { return f.appendTo(b) }

// appendTo appends [Figure.String] to b.
func (f Figure) appendTo(b []byte) []byte {
	if !f.ok {
		return b
	}
	if out, ok := f.appendSmall(b); ok {
		return out
	}
	return append(b, f.String()...)
}

// appendSmall appends String for a coefficient of at most 15 digits (every
// figure of an Amount below 10^13 元), in integer arithmetic: findings are
// printed by the thousand in a batch, and big-number formatting was most of
// their cost. It gives the same text as the decimal path or reports false.
func (f Figure) appendSmall(b []byte) ([]byte, bool) {
	var (
		coef int64
		exp  int
	)
	if f.scaled {
		// At most 15 digits, as for a decimal.
		if f.coef <= -1e15 || f.coef >= 1e15 {
			return b, false
		}
		coef, exp = f.coef, int(f.exp)
	} else {
		if f.d.NumDigits() > 15 { // at most 15 digits: the coefficient fits an int64
			return b, false
		}
		coef, exp = f.d.CoefficientInt64(), int(f.d.Exponent())
	}
	neg, mag := coef < 0, uint64(coef)
	if neg {
		mag = uint64(-coef)
	}
	p := int(f.places)
	if p < 0 || exp < -p {
		// Digits beyond the places shown (or no places): fixed at p when
		// they are all zeros, else every digit with trailing zeros trimmed.
		if p >= 0 {
			drop := -exp - p
			if drop >= len(pow10) {
				return b, false
			}
			if mag%uint64(pow10[drop]) == 0 {
				return appendFixed(b, neg, mag/uint64(pow10[drop]), p), true
			}
		}
		if exp >= 0 {
			for range exp {
				if mag > 1<<59 {
					return b, false
				}
				mag *= 10
			}
			return appendFixed(b, neg, mag, 0), true
		}
		d := -exp
		for d > 0 && mag%10 == 0 {
			mag /= 10
			d--
		}
		return appendFixed(b, neg, mag, d), true
	}
	// No digits beyond p: scale the coefficient to p places.
	for e := exp; e > -p; e-- {
		if mag > 1<<59 {
			return b, false
		}
		mag *= 10
	}
	return appendFixed(b, neg, mag, p), true
}

// appendFixed appends mag × 10^-places with exactly places decimals, with a
// minus sign when neg and mag is not zero.
func appendFixed(b []byte, neg bool, mag uint64, places int) []byte {
	var buf [24]byte
	digits := strconv.AppendUint(buf[:0], mag, 10)
	if neg && mag != 0 {
		b = append(b, '-')
	}
	if places == 0 {
		return append(b, digits...)
	}
	if len(digits) > places {
		b = append(b, digits[:len(digits)-places]...)
		b = append(b, '.')
		b = append(b, digits[len(digits)-places:]...)
	} else {
		b = append(b, '0', '.')
		for range places - len(digits) {
			b = append(b, '0')
		}
		b = append(b, digits...)
	}
	return b
}

// MarshalJSON writes the decimal as a JSON string, or null.
func (f Figure) MarshalJSON() ([]byte, error) {
	if !f.ok {
		return []byte("null"), nil
	}
	return json.Marshal(f.String())
}

// UnmarshalJSON reads a decimal string (or number), or null.
func (f *Figure) UnmarshalJSON(b []byte) error {
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		*f = Figure{}
		return nil
	}
	var d decimal.Decimal
	if err := d.UnmarshalJSON(b); err != nil {
		return err
	}
	*f = FigureOf(d)
	return nil
}

// Finding is the result of a check: which rule, how serious, where, what was
// expected and what was printed, and whether the difference is within
// rounding. It is modelled on [time.ParseError]: everything a reader needs
// to find and judge the problem, as data.
//
// Its JSON form is the interface other programs rely on:
//
//	{"rule": "…", "severity": "error", "within_rounding": false,
//	 "where": {"part": …, "table": …, "row": …, "column": …, "text": …},
//	 "expected": "6577.04", "actual": "6577.03", "difference": "-0.01",
//	 "tolerance": "0.02", "unit": "万元", "message": "…",
//	 "cells": [{"table": …, "row": …, "column": …, "line": …}, …]}
//
// Figures that do not apply are left out. Difference is actual − expected.
//
// Cells lists the printed cells (and narrative figures) the check read,
// when the check says: the first is the one whose figure is Actual (the
// figure the check judges), the others those Expected was taken from.
// Findings that share a cell and a difference are one defect; a caller
// may tell them apart from independent ones by their cells.
type Finding struct {
	Rule           string   `json:"rule"`
	Severity       Severity `json:"severity"`
	WithinRounding bool     `json:"within_rounding"`
	Where          Where    `json:"where"`
	Expected       Figure   `json:"expected,omitzero"`
	Actual         Figure   `json:"actual,omitzero"`
	Difference     Figure   `json:"difference,omitzero"`
	Tolerance      Figure   `json:"tolerance,omitzero"`
	Unit           string   `json:"unit,omitempty"`
	Message        string   `json:"message"`
	Cells          []Where  `json:"cells,omitempty"`
}

// String is a one-line summary: "error R01 where: message", the quoted
// text cut to [MaxQuote] and the message to [MaxMessage] characters.
func (f Finding) String() string {
	s := f.Severity.String() + " " + f.Rule
	if w := f.Where.String(); w != "" {
		s += " " + w
	}
	return s + ": " + Quote(f.Message, MaxMessage)
}

// MarshalJSON writes the JSON form described at [Finding], with the
// quoted text cut to [MaxQuote] and the message to [MaxMessage]
// characters.
func (f Finding) MarshalJSON() ([]byte, error) {
	type plain Finding
	p := plain(f)
	p.Message = Quote(p.Message, MaxMessage)
	return marshalUnescaped(p)
}

// SortFindings orders findings by severity (errors first), then rule, then
// location, so that output is deterministic.
func SortFindings(fs []Finding) {
	if len(fs) < 2 {
		return
	}
	// A finding is a few hundred bytes: sorting their indices (stably)
	// and moving each finding once is cheaper than a sort moving the
	// findings.
	var buf [16]int32
	var idx []int32
	if len(fs) <= len(buf) {
		idx = buf[:len(fs)]
	} else {
		idx = make([]int32, len(fs))
	}
	sortIndex(fs, idx)
	// Put fs[idx[k]] at k, in place, one cycle of the permutation at a
	// time: each finding moves once, through one spare on the stack, and
	// a position done is marked by idx[k] = k.
	for k := range fs {
		if int(idx[k]) == k {
			continue
		}
		spare := fs[k]
		j := k
		for {
			next := int(idx[j])
			idx[j] = int32(j)
			if next == k {
				fs[j] = spare
				break
			}
			fs[j] = fs[next]
			j = next
		}
	}
}

// AppendSorted appends fs to dst in the order [SortFindings] gives them
// and returns the extended slice; fs is left as it was. A caller that
// gathers findings in a buffer of its own and returns them in a slice of
// their own moves each finding once, rather than copying them and then
// sorting the copy.
func AppendSorted(dst, fs []Finding) []Finding {
	var buf [128]int32
	var idx []int32
	if len(fs) <= len(buf) {
		idx = buf[:len(fs)]
	} else {
		idx = make([]int32, len(fs))
	}
	sortIndex(fs, idx)
	dst = slices.Grow(dst, len(fs))
	for _, i := range idx {
		dst = append(dst, fs[i])
	}
	return dst
}

// sortIndex fills idx (len(fs) long) with the indices of fs in the order
// SortFindings gives: by compareFindings, equal findings in their order in
// fs (a stable sort).
func sortIndex(fs []Finding, idx []int32) {
	for i := range idx {
		idx[i] = int32(i)
	}
	if len(idx) <= 16 {
		// Few findings: an insertion sort of the indices (stable).
		for i := 1; i < len(idx); i++ {
			for j := i; j > 0 && compareFindings(&fs[idx[j-1]], &fs[idx[j]]) > 0; j-- {
				idx[j-1], idx[j] = idx[j], idx[j-1]
			}
		}
		return
	}
	// Each finding's severity and first seven bytes of its rule in one
	// integer, compared first: most pairs differ there, and the findings'
	// strings are compared only for the others. (The key orders as
	// compareFindings does, or ties: a rule's bytes beyond the seventh, or
	// a zero byte, are compared in full.)
	var kbuf [128]uint64
	var keys []uint64
	if len(fs) <= len(kbuf) {
		keys = kbuf[:len(fs)]
	} else {
		keys = make([]uint64, len(fs))
	}
	for i := range fs {
		keys[i] = sortKey(&fs[i])
	}
	slices.SortFunc(idx, func(i, j int32) int { // the index as the last key: stable
		if ki, kj := keys[i], keys[j]; ki != kj {
			return cmp.Compare(ki, kj)
		}
		if c := compareFindings(&fs[i], &fs[j]); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
}

// sortKey is the severity's rank in the top byte and the rule's first
// seven bytes, zero-padded, below it: keys in the order of
// compareFindings's first two keys, or equal.
func sortKey(f *Finding) uint64 {
	k := uint64(sevRank(f.Severity)) & 0xFF << 56
	for i := 0; i < 7 && i < len(f.Rule); i++ {
		k |= uint64(f.Rule[i]) << (48 - 8*i)
	}
	return k
}

// compareFindings orders two findings by severity (errors first), rule and
// location; each key is compared only when the ones before are equal.
func compareFindings(a, b *Finding) int {
	if c := cmp.Compare(sevRank(a.Severity), sevRank(b.Severity)); c != 0 {
		return c
	}
	// strings.Compare compares once where cmp.Compare of two strings
	// that are not less compares again for greater; the order is the same.
	if c := strings.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	if c := strings.Compare(a.Where.Table, b.Where.Table); c != 0 {
		return c
	}
	if c := strings.Compare(a.Where.Row, b.Where.Row); c != 0 {
		return c
	}
	if c := strings.Compare(a.Where.Column, b.Where.Column); c != 0 {
		return c
	}
	return cmp.Compare(a.Where.Line, b.Where.Line)
}

func sevRank(s Severity) int {
	if s == 0 {
		return int(SeverityError)
	}
	return int(s)
}

// HasErrors reports whether any finding has severity error.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == SeverityError {
			return true
		}
	}
	return false
}

// EncodeFindings writes findings to w as an indented JSON array in the
// Finding JSON form: [] for none, never null, and Chinese text and < > &
// unescaped.
func EncodeFindings(w io.Writer, fs []Finding) error {
	if fs == nil {
		fs = []Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(fs)
}
