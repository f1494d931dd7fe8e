package fiscal

import (
	"errors"
	"strconv"
)

// Sentinel errors wrapped by [ParseError] and the arithmetic errors; test
// for them with [errors.Is].
var (
	// ErrSyntax: the text is not a number in any accepted form.
	ErrSyntax = errors.New("not a number")
	// ErrBlank: the text is a blank cell ("", "　", "—", "-"); see [Cell].
	ErrBlank = errors.New("blank cell: no amount")
	// ErrPrecision: the figure has digits below one fen.
	ErrPrecision = errors.New("finer than one fen")
	// ErrOverflow: the result does not fit the int64 fen of an [Amount].
	ErrOverflow = errors.New("amount out of range")
	// ErrUnit: the unit is missing or not one of 元, 万元, 亿元.
	ErrUnit = errors.New("unknown unit of money")
	// ErrPercent: the text is a percentage where an amount was expected.
	ErrPercent = errors.New("a percentage, not an amount")
	// ErrDivisionByZero: a ratio's denominator is zero.
	ErrDivisionByZero = errors.New("division by zero")
)

// ParseError is returned when text cannot be read as an amount, a unit or a
// number. Text is the input as given; Err is one of the sentinel errors.
type ParseError struct {
	Text string // the input, verbatim
	Err  error  // ErrSyntax, ErrBlank, ErrPrecision, ErrOverflow, ErrUnit, ErrPercent
}

func (e *ParseError) Error() string {
	return "fiscal: cannot read " + strconv.Quote(e.Text) + ": " + e.Err.Error()
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

// OverflowError is returned by arithmetic whose result does not fit an
// [Amount]. It wraps [ErrOverflow].
type OverflowError struct {
	Op   string // "add", "sub", "mul", "neg", "round"
	A, B int64  // the operands, in fen (B is 0 for unary operations)
}

func (e *OverflowError) Error() string {
	return "fiscal: " + e.Op + " of " + strconv.FormatInt(e.A, 10) + " and " +
		strconv.FormatInt(e.B, 10) + " fen: " + ErrOverflow.Error()
}

// Unwrap returns [ErrOverflow].
func (e *OverflowError) Unwrap() error { return ErrOverflow }

// RatioError is returned when a ratio cannot be computed. It wraps
// [ErrDivisionByZero].
type RatioError struct {
	Kind        string // "share", "growth rate", "completion rate", "ratio"
	Numerator   string // as a decimal string
	Denominator string // as a decimal string
	Err         error
}

func (e *RatioError) Error() string {
	return "fiscal: " + e.Kind + " " + e.Numerator + " / " + e.Denominator + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *RatioError) Unwrap() error { return e.Err }
