package fiscal

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Scope says what a rule looks at.
type Scope string

// Scopes of rules.
const (
	ScopeStructure  Scope = "structure"   // codes, rows and cells are well-formed
	ScopeInTable    Scope = "in-table"    // sums and balances inside one table
	ScopeCrossTable Scope = "cross-table" // a figure printed in two tables
	ScopeNarrative  Scope = "narrative"   // 情况说明 against the tables
	ScopeCrossPart  Scope = "cross-part"  // tables against 三公, procurement, performance forms
	ScopeCrossYear  Scope = "cross-year"  // this year's report against last year's
	ScopeForm       Scope = "form"        // a performance self-evaluation form
	ScopeText       Scope = "text"        // what only the text carries: placeholders, years, names
	ScopeParse      Scope = "parse"       // what a parser could not read
)

// Rule is a check's metadata: a stable ID that findings carry, a title, the
// scope and the default severity. Packages list their rules (for example
// accounts.Rules), and the command prints them all.
type Rule struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Scope    Scope    `json:"scope"`
	Severity Severity `json:"severity"`
}

// NewRule returns the rule with the given ID, title, scope and default
// severity: the way packages declare their rules.
func NewRule(id, title string, scope Scope, sev Severity) Rule {
	return Rule{ID: id, Title: title, Scope: scope, Severity: sev}
}

func (r Rule) severity() Severity {
	if r.Severity == 0 {
		return SeverityError
	}
	return r.Severity
}

// Finding returns a finding of r at w with the rule's default severity and
// no figures.
func (r Rule) Finding(w Where, format string, args ...any) Finding {
	return Finding{Rule: r.ID, Severity: r.severity(), Where: w, Message: sprintf(format, args)}
}

// sprintf is fmt.Sprintf(format, args...), with the two messages it would
// only copy given as they are: a format without verbs and no arguments,
// and "%s" of one string (TestSprintfShortcuts).
func sprintf(format string, args []any) string {
	switch {
	case len(args) == 0 && strings.IndexByte(format, '%') < 0:
		return format
	case len(args) == 1 && format == "%s":
		if s, ok := args[0].(string); ok {
			return s
		}
	}
	return fmt.Sprintf(format, args...)
}

// FindingText is [Rule.Finding] with the message given as bytes, already
// spelled out: a caller that appends its message into a buffer of its own
// saves fmt's work and the buffer's string; the message is copied.
//
// (Not inlined, so that a caller's buffer can stay on its stack.)
//
//go:noinline
func (r Rule) FindingText(w Where, message []byte) Finding {
	return Finding{Rule: r.ID, Severity: r.severity(), Where: w, Message: string(message)}
}

// CompareAmounts checks that actual equals expected. It returns no finding
// (false) when they are equal. Otherwise the finding carries expected,
// actual, the difference (actual − expected) and tol, in the unit of f and
// shown with at least its decimals ("4573.00"); when |difference| ≤ tol it
// is marked within rounding and has severity info, else it has the rule's
// severity. what names the quantity in the message.
func (r Rule) CompareAmounts(w Where, what string, expected, actual, tol Amount, f Format) (Finding, bool) {
	return compareAmounts(r, w, what, expected, actual, tol, f)
}

// CompareAmountsText is [Rule.CompareAmounts] with what given as bytes: a
// caller that spells what into a buffer of its own, only once a comparison
// has failed, saves a string the message would copy anyway. The finding
// is the same; what is not kept.
//
// (Not inlined: a caller then sees that what does not escape, which it
// cannot see through the generic function behind it, and keeps its buffer
// on the stack.)
//
//go:noinline
func (r Rule) CompareAmountsText(w Where, what []byte, expected, actual, tol Amount, f Format) (Finding, bool) {
	return compareAmounts(r, w, what, expected, actual, tol, f)
}

func compareAmounts[S string | []byte](r Rule, w Where, what S, expected, actual, tol Amount, f Format) (Finding, bool) {
	if expected == actual {
		return Finding{}, false
	}
	u := f.Unit
	if !u.Valid() {
		u = Yuan
	}
	diff, ok := subInt64(actual.fen, expected.fen)
	if !ok || tol.fen < 0 || diff == -1<<63 {
		return compareDecimals(r, w, what, expected.DecimalIn(u), actual.DecimalIn(u), tol.DecimalIn(u), u.String(), f.Decimals)
	}
	// In fen, exactly: the same figures as CompareDecimals computes.
	fig := func(fen int64) Figure { return AmountFigure(Fen(fen), u, f.Decimals) }
	return compared(r, w, what, fig(expected.fen), fig(actual.fen), fig(diff), fig(tol.fen), u.String(), max(diff, -diff) <= tol.fen), true
}

// compared builds the finding of a comparison that failed.
func compared[S string | []byte](r Rule, w Where, what S, expected, actual, diff, tol Figure, unit string, within bool) Finding {
	f := Finding{
		Rule:       r.ID,
		Severity:   r.severity(),
		Where:      w,
		Expected:   expected,
		Actual:     actual,
		Difference: diff,
		Tolerance:  tol,
		Unit:       unit,
	}
	// The message is "%s: expected %s, printed %s (difference %s %s)",
	// joined without fmt: findings are built by the thousand.
	// Appended into one buffer: one allocation for the message.
	var buf [256]byte
	b := append(buf[:0], what...)
	b = append(b, ": expected "...)
	b = f.Expected.appendTo(b)
	b = append(b, ", printed "...)
	b = f.Actual.appendTo(b)
	b = append(b, " (difference "...)
	b = f.Difference.appendTo(b)
	b = append(b, ' ')
	b = append(b, unit...)
	if within {
		f.WithinRounding = true
		f.Severity = SeverityInfo
		b = append(b, ", within rounding tolerance "...)
		b = f.Tolerance.appendTo(b)
	}
	f.Message = string(append(b, ')'))
	return f
}

// CompareDecimals is [Rule.CompareAmounts] for numbers that are not money
// (percentages, counts); unit is printed as given ("%", "次"), and figures
// show at least decimals digits after the point.
func (r Rule) CompareDecimals(w Where, what string, expected, actual, tol decimal.Decimal, unit string, decimals int) (Finding, bool) {
	return compareDecimals(r, w, what, expected, actual, tol, unit, decimals)
}

// CompareCoef is [Rule.CompareDecimals] for figures given as coefficients
// at 10^−decimals (expected, actual and tol are each coef × 10^−decimals):
// the same finding, its figures kept as integers, so that no decimal is
// made. Coefficients whose difference does not fit an int64, and decimals
// outside 0–16, go through CompareDecimals.
func (r Rule) CompareCoef(w Where, what string, expected, actual, tol int64, unit string, decimals int) (Finding, bool) {
	diff, ok := subInt64(actual, expected)
	if !ok || diff == -1<<63 || decimals < 0 || decimals > 16 {
		d := func(c int64) decimal.Decimal { return decimal.New(c, int32(-decimals)) }
		return r.CompareDecimals(w, what, d(expected), d(actual), d(tol), unit, decimals)
	}
	if diff == 0 {
		return Finding{}, false
	}
	fig := func(c int64) Figure {
		return Figure{coef: c, exp: int8(-decimals), scaled: true, ok: true, places: int8(decimals)}
	}
	return compared(r, w, what, fig(expected), fig(actual), fig(diff), fig(tol), unit, max(diff, -diff) <= tol), true
}

func compareDecimals[S string | []byte](r Rule, w Where, what S, expected, actual, tol decimal.Decimal, unit string, decimals int) (Finding, bool) {
	diff := actual.Sub(expected)
	if diff.IsZero() {
		return Finding{}, false
	}
	fig := func(d decimal.Decimal) Figure { return FigureFixed(d, decimals) }
	return compared(r, w, what, fig(expected), fig(actual), fig(diff), fig(tol), unit, diff.Abs().LessThanOrEqual(tol)), true
}

// Policy overrides the severity of rules by ID. A nil Policy changes
// nothing.
type Policy map[string]Severity

// Apply returns the findings with severities overridden. Findings within
// rounding keep severity info unless the policy names their rule.
func (p Policy) Apply(fs []Finding) []Finding {
	if len(p) == 0 {
		return fs
	}
	out := make([]Finding, len(fs))
	for i, f := range fs {
		if s, ok := p[f.Rule]; ok {
			f.Severity = s
		}
		out[i] = f
	}
	return out
}

// RoundingTolerance is the largest difference that rounding alone can
// explain when a printed total is compared with the sum of n printed parts,
// each printed at the given number of decimals: (n + 1) × half a unit of the
// last digit. For 3 parts at 2 decimals it is 0.02; for one figure printed
// in two places (n = 1) it is 0.01.
func RoundingTolerance(n, decimals int) decimal.Decimal {
	if n < 0 {
		n = 0
	}
	return decimal.New(int64(n+1)*5, int32(-max(decimals, 0)-1))
}

// AmountTolerance is [RoundingTolerance] as an Amount, for figures printed in
// unit u at the given decimals: AmountTolerance(3, WanYuan, 2) is 0.02 万元
// (200 元). Decimals at or beyond fen precision give 0: exact data gets exact
// checks.
func AmountTolerance(n int, u Unit, decimals int) Amount {
	if !u.Valid() || decimals >= u.MaxDecimals() {
		return Amount{}
	}
	if n < 0 {
		n = 0
	}
	half := u.Fen() / pow10[max(decimals, 0)] / 2
	t, ok := mulInt64(int64(n+1), half)
	if !ok {
		return Amount{}
	}
	return Amount{t}
}
