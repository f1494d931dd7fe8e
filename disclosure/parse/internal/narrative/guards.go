package narrative

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// guardedRE is a regular expression with a byte test that every text it
// matches passes: the expression runs only on texts that pass the test
// (most do not), and answers as the expression alone would.
// guards_test.go checks each guard against its expression on random text.
//
// An expression whose every match ends at the end of the text ($) is run
// on the text's last bytes only, as many as its longest match has (tail):
// Go's expressions are not searched from the end, and such an expression
// was otherwise tried at every position of a long lead. One whose every
// match begins at the start (^) or ends at the end matches at most once,
// so that removing its match needs no copy of the text.
type guardedRE struct {
	re    *regexp.Regexp
	guard func(string) bool
	// tail is the longest match in bytes of an expression anchored at the
	// end, or 0 (not anchored there, or no bound).
	tail int
	// begin and end say that every match begins at the start of the
	// text, or ends at its end.
	begin, end bool
}

// window returns the part of s the expression needs to see and where it
// begins in s: the last tail bytes, from a byte that begins a rune (the
// expression's search steps through s rune by rune from its start, and
// passes every such byte, so it sees the same positions from there).
func (g guardedRE) window(s string) (string, int) {
	if g.tail == 0 || len(s) <= g.tail {
		return s, 0
	}
	k := len(s) - g.tail
	for k > 0 && !utf8.RuneStart(s[k]) {
		k--
	}
	return s[k:], k
}

// shift moves a match's offsets in the window to offsets in the text.
func shift(m []int, k int) []int {
	if k == 0 {
		return m
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += k
		}
	}
	return m
}

// MatchString is [regexp.Regexp.MatchString].
func (g guardedRE) MatchString(s string) bool {
	if !g.guard(s) {
		return false
	}
	w, _ := g.window(s)
	return g.re.MatchString(w)
}

// FindStringIndex is [regexp.Regexp.FindStringIndex].
func (g guardedRE) FindStringIndex(s string) []int {
	if !g.guard(s) {
		return nil
	}
	w, k := g.window(s)
	return shift(g.re.FindStringIndex(w), k)
}

// FindStringSubmatchIndex is [regexp.Regexp.FindStringSubmatchIndex].
func (g guardedRE) FindStringSubmatchIndex(s string) []int {
	if !g.guard(s) {
		return nil
	}
	w, k := g.window(s)
	return shift(g.re.FindStringSubmatchIndex(w), k)
}

// FindStringSubmatch is [regexp.Regexp.FindStringSubmatch].
func (g guardedRE) FindStringSubmatch(s string) []string {
	if !g.guard(s) {
		return nil
	}
	w, _ := g.window(s)
	return g.re.FindStringSubmatch(w)
}

// FindAllStringSubmatchIndex is [regexp.Regexp.FindAllStringSubmatchIndex].
func (g guardedRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.guard(s) {
		return nil
	}
	w, k := g.window(s)
	all := g.re.FindAllStringSubmatchIndex(w, n)
	for _, m := range all {
		shift(m, k)
	}
	return all
}

// ReplaceAllString is [regexp.Regexp.ReplaceAllString]: a text the guard
// rejects holds no match and comes back as it is. The match of an
// anchored expression is cut off without a copy when repl is empty.
func (g guardedRE) ReplaceAllString(s, repl string) string {
	if !g.guard(s) {
		return s
	}
	if repl == "" && (g.begin || g.end) {
		// One match at most: the text before it (anchored at the end)
		// or after it (at the start).
		w, k := g.window(s)
		m := g.re.FindStringIndex(w)
		switch {
		case m == nil:
			return s
		case g.begin:
			return s[k+m[1]:]
		default:
			return s[:k+m[0]]
		}
	}
	w, k := g.window(s)
	return s[:k] + g.re.ReplaceAllString(w, repl)
}

// guard builds a guardedRE.
func guard(expr string, test func(string) bool) guardedRE {
	g := guardedRE{re: regexp.MustCompile(expr), guard: test}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return g // MustCompile has accepted it: not reached
	}
	re = re.Simplify()
	if !plainAssertions(re) {
		return g
	}
	g.begin, g.end = anchored(re, syntax.OpBeginText), anchored(re, syntax.OpEndText)
	if n, ok := maxBytes(re); ok && g.end && n > 0 {
		g.tail = n
	}
	return g
}

// plainAssertions reports whether re asserts nothing but the start and
// the end of the text (no line or word boundaries, which look at the rune
// before a position), and folds no case (a folded rune may be longer).
func plainAssertions(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return false
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return false
		}
	}
	for _, sub := range re.Sub {
		if !plainAssertions(sub) {
			return false
		}
	}
	return true
}

// anchored reports whether every match of re begins with (op
// OpBeginText) or ends with (OpEndText) that assertion.
func anchored(re *syntax.Regexp, op syntax.Op) bool {
	switch re.Op {
	case op:
		return true
	case syntax.OpCapture:
		return anchored(re.Sub[0], op)
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return false
		}
		if op == syntax.OpBeginText {
			return anchored(re.Sub[0], op)
		}
		return anchored(re.Sub[len(re.Sub)-1], op)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchored(sub, op) {
				return false
			}
		}
		return true
	}
	return false
}

// maxBytes returns the longest text in bytes that re matches, and false
// when there is no bound.
func maxBytes(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText:
		return 0, true
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += runeBytes(r)
		}
		return n, true
	case syntax.OpCharClass:
		n := 0
		for i := 1; i < len(re.Rune); i += 2 {
			n = max(n, runeBytes(re.Rune[i]))
		}
		return n, true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax, true
	case syntax.OpCapture, syntax.OpQuest:
		return maxBytes(re.Sub[0])
	case syntax.OpRepeat:
		n, ok := maxBytes(re.Sub[0])
		if !ok || re.Max < 0 {
			return 0, false
		}
		return n * re.Max, true
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n, ok := maxBytes(sub)
			if !ok {
				return 0, false
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total, true
	}
	return 0, false // stars, pluses, line and word assertions
}

// runeBytes is the length of r in UTF-8 at most: the rune's, or that of
// the widest rune below it (a range's upper end bounds the range).
func runeBytes(r rune) int {
	switch {
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return utf8.UTFMax
}

// endsWithOneOf returns a test that a text ends with one of the runes of
// last: an expression anchored at the end ($) can only match a text that
// ends with a rune its matches end with.
func endsWithOneOf(last string) func(string) bool {
	return func(s string) bool {
		r, _ := utf8.DecodeLastRuneInString(s)
		return r != utf8.RuneError && strings.ContainsRune(last, r)
	}
}

// beginsWithOneOf returns a test that a text begins with one of the runes
// of first, for an expression anchored at the start (^).
func beginsWithOneOf(first string) func(string) bool {
	return func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return r != utf8.RuneError && strings.ContainsRune(first, r)
	}
}

// containsOneOf returns a test that a text holds one of words, each a
// substring of every match of one or more of the expression's
// alternatives.
func containsOneOf(words ...string) func(string) bool {
	return func(s string) bool {
		for _, w := range words {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
}

// digitRunes are the digits that begin a figure or a year.
const digitRunes = "0123456789０１２３４５６７８９"
