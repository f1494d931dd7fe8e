package perf

import "github.com/cnfiscal/fiscal"

// MustParseTarget is like [ParseTarget] but panics on error. It is meant
// for targets written as literals in programs and tests, never for input.
func MustParseTarget(s string) Target {
	t, err := ParseTarget(s)
	if err != nil {
		panic(err)
	}
	return t
}

// MustParseMoney is like [ParseMoney] but panics on error. It is meant for
// figures written as literals in programs and tests (such as the forms
// transcribed in package dayedata), never for input.
func MustParseMoney(text string, unit fiscal.Unit) Money {
	m, err := ParseMoney(text, unit)
	if err != nil {
		panic(err)
	}
	return m
}
