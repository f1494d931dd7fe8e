package narrative

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// guardedRE is a regular expression with a byte test that every text it
// matches passes: the expression runs only on texts that pass the test
// (most do not), and answers as the expression alone would.
// guards_test.go checks each guard against its expression on random text.
type guardedRE struct {
	re    *regexp.Regexp
	guard func(string) bool
}

// MatchString is [regexp.Regexp.MatchString].
func (g guardedRE) MatchString(s string) bool { return g.guard(s) && g.re.MatchString(s) }

// FindStringIndex is [regexp.Regexp.FindStringIndex].
func (g guardedRE) FindStringIndex(s string) []int {
	if !g.guard(s) {
		return nil
	}
	return g.re.FindStringIndex(s)
}

// FindStringSubmatchIndex is [regexp.Regexp.FindStringSubmatchIndex].
func (g guardedRE) FindStringSubmatchIndex(s string) []int {
	if !g.guard(s) {
		return nil
	}
	return g.re.FindStringSubmatchIndex(s)
}

// FindStringSubmatch is [regexp.Regexp.FindStringSubmatch].
func (g guardedRE) FindStringSubmatch(s string) []string {
	if !g.guard(s) {
		return nil
	}
	return g.re.FindStringSubmatch(s)
}

// FindAllStringSubmatchIndex is [regexp.Regexp.FindAllStringSubmatchIndex].
func (g guardedRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.guard(s) {
		return nil
	}
	return g.re.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is [regexp.Regexp.ReplaceAllString]: a text the guard
// rejects holds no match and comes back as it is.
func (g guardedRE) ReplaceAllString(s, repl string) string {
	if !g.guard(s) {
		return s
	}
	return g.re.ReplaceAllString(s, repl)
}

// guard builds a guardedRE.
func guard(expr string, test func(string) bool) guardedRE {
	return guardedRE{re: regexp.MustCompile(expr), guard: test}
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
