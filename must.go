package fiscal

// MustParseAmount is like [ParseAmount] but panics on error. It is meant
// for amounts written as literals in programs and tests, never for input.
func MustParseAmount(s string, unit Unit) Amount {
	a, err := ParseAmount(s, unit)
	if err != nil {
		panic(err)
	}
	return a
}

// MustParseCell is like [ParseCell] but panics on error. It is meant for
// cells written as literals in programs and tests, never for input.
func MustParseCell(s string, unit Unit) Cell {
	c, err := ParseCell(s, unit)
	if err != nil {
		panic(err)
	}
	return c
}

// Wan returns the amount of a 万元 figure written as a literal, such as
// Wan("4402.44"); it panics on a malformed literal. Use [ParseAmount] for
// input.
func Wan(s string) Amount { return MustParseAmount(s, WanYuan) }
