// Package fiscal is the shared vocabulary of the fiscal library, which models
// Chinese government fiscal classification (政府收支分类科目) and departmental
// final accounts (部门决算).
//
// # Package map
//
// Dependencies point one way, down this list:
//
//   - fiscal (this package): [Amount] (exact money), [Cell] (a table cell that
//     may be blank), [Unit] (元/万元/亿元), [Ratio] (shares, growth and
//     completion rates with explicit rounding), and [Finding], [Severity],
//     [Rule] (the result of every check).
//   - classify: code types and catalogs of 功能分类, 部门/政府经济分类 and 收入分类.
//   - accounts: the ledger of a department's final accounts, the disclosure
//     tables derived from it or read as published, and their identities.
//   - threepublic, procurement: "三公"经费, 机关运行经费 and 政府采购.
//   - perf: performance indicators, targets written as text, scoring and
//     self-evaluation forms.
//   - disclosure: the whole published document, its parsers and cross-part
//     checks.
//   - cmd/fiscal: the command line; examples/…: runnable programs.
//
// # Representation
//
// An [Amount] is a whole number of fen (0.01 元) in an int64: exact, compared
// with ==, and its zero value is 0 元. Units belong to parsing and printing:
// the 万元 figure "6577.03" is the Amount 65,770,300.00 元. Floating point never
// holds money; [decimal.Decimal] is used at the edges (ratios, interop).
//
// # Blank is not zero
//
// A blank table cell ("", "　", "—", "-") parses as an absent [Cell], which
// a check may count as zero in a sum but which is never confused with a
// printed 0.00.
//
// # Rounding
//
// Rounding is always explicit and half away from zero (四舍五入):
// [Amount.Round] to a unit and number of decimals, [Amount.Format] for
// printing, [Ratio.Percent] and [Ratio.Round] for ratios. A printed total
// compared with n printed parts may differ by [RoundingTolerance] without any
// error in the data; [Rule.CompareAmounts] marks such a difference within
// rounding rather than dropping it.
//
// # Errors
//
// Input never causes a panic. Parsing returns [*ParseError] wrapping one of
// [ErrSyntax], [ErrBlank], [ErrPrecision], [ErrOverflow], [ErrUnit],
// [ErrPercent]; arithmetic returns [*OverflowError]; ratios with a zero
// denominator return [*RatioError] wrapping [ErrDivisionByZero]. The Must*
// helpers, which do panic, are for literals in programs and tests.
package fiscal
