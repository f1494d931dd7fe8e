package perf

import (
	"errors"
	"strconv"
)

// Sentinel errors wrapped by [TargetError] and [LevelError]; test for them
// with [errors.Is].
var (
	// ErrBlank: the text is blank ("", "　"): no target or actual is written.
	ErrBlank = errors.New("blank: nothing is written")
	// ErrEncoding: the text is not valid UTF-8.
	ErrEncoding = errors.New("not valid UTF-8")
	// ErrOperand: a comparator ("≥", "不少于") with no number after it.
	ErrOperand = errors.New("a comparator without a number")
	// ErrRange: a range whose low end is above its high end ("70%—30%").
	ErrRange = errors.New("a range whose low end exceeds its high end")
	// ErrTooLong: a number with more digits than any real figure has
	// (more than [MaxDigits]).
	ErrTooLong = errors.New("a number with too many digits")
	// ErrMoney: a money figure that is not a whole number of fen or does
	// not fit an Amount; the [fiscal.ParseError] that says which is wrapped
	// too.
	ErrMoney = errors.New("not a usable amount of money")
	// ErrLevel: the text names no 一级 or 二级 indicator of the official tree.
	ErrLevel = errors.New("not an indicator level of the official tree")
	// ErrLevelMismatch: a 二级 given with a 一级 it does not belong to.
	ErrLevelMismatch = errors.New("the 二级 does not belong to the 一级")
	// ErrWeight: a weight or share that is negative or out of its range.
	ErrWeight = errors.New("a weight or share out of range")
	// ErrJudgement: a judgement whose outcome is not met, partly or not met.
	ErrJudgement = errors.New("a judgement without an outcome")
)

// TargetError is returned when the text of a target (年初目标值) or an actual
// (实际完成值) cannot be read at all. Qualitative text is not an error: it
// reads as a qualitative [Target]. Text is the input verbatim; Err is one of
// the sentinel errors and, for money, also wraps the [fiscal.ParseError].
type TargetError struct {
	Text   string // the input, verbatim
	Detail string // what is wrong, in words
	Err    error  // ErrBlank, ErrEncoding, ErrOperand, ErrRange, ErrTooLong or ErrMoney
	cause  error  // the underlying error, for ErrMoney
}

// Error says which text could not be read and why.
func (e *TargetError) Error() string {
	s := "perf: cannot read " + strconv.Quote(e.Text) + ": " + e.Err.Error()
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

// Unwrap returns the sentinel error and, when there is one, the underlying
// error (a [*fiscal.ParseError] for money).
func (e *TargetError) Unwrap() []error {
	if e.cause != nil {
		return []error{e.Err, e.cause}
	}
	return []error{e.Err}
}

// LevelError is returned when a text is not a 一级 or 二级 indicator name, or
// a category combines a 一级 and a 二级 that do not belong together.
type LevelError struct {
	Text  string // the input, verbatim
	Level int    // 1 for 一级, 2 for 二级, 0 for a category "一级/二级"
	Err   error  // ErrLevel or ErrLevelMismatch
}

// Error says which text is not in the tree and why.
func (e *LevelError) Error() string {
	what := "an indicator category"
	switch e.Level {
	case 1:
		what = "a 一级 indicator"
	case 2:
		what = "a 二级 indicator"
	}
	return "perf: " + strconv.Quote(e.Text) + " is not " + what + ": " + e.Err.Error()
}

// Unwrap returns the sentinel error.
func (e *LevelError) Unwrap() error { return e.Err }

// ScoreError is returned when a score cannot be computed from its inputs:
// a negative weight, a share outside its band, or a judgement with no
// outcome.
type ScoreError struct {
	What   string // the input at fault: "weight", "share", "outcome", "points"
	Value  string // its value as text
	Detail string // what is wrong, in words
	Err    error  // ErrWeight or ErrJudgement
}

// Error says which input is at fault and why.
func (e *ScoreError) Error() string {
	return "perf: " + e.What + " " + strconv.Quote(e.Value) + ": " + e.Detail
}

// Unwrap returns the sentinel error.
func (e *ScoreError) Unwrap() error { return e.Err }
