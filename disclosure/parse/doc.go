// Package parse reads a published report (部门决算 final accounts or 部门预算
// budget) from its text into a [disclosure.Document] or budget tables, and
// says what it could not read.
//
// # Formats
//
// [Detect] tells the form a report comes in ([Format]): a word processor's
// text export (one cell a line), page text with aligned columns (pdftotext
// -layout), page text whose spacing is lost (pdftotext -raw, text copied
// from a viewer), HTML, DOCX, XLSX, or the library's own JSON. [Parse]
// reads any of them except PDF, after decoding the input (UTF-8, UTF-16,
// GB18030) once; [ParseWordText], [ParseLayout], [ParseFlow],
// [ParseBudget], [ParseJSON] and [ParseLines] read one form each. A PDF is
// converted to text first (package reader/source).
//
// # Results
//
// A [Result] holds the document, the parse findings (scope parse: what could
// not be read, with its line and text; scope text: what only the text
// carries), the counts ([Stats]) and the [Coverage]: which expected tables
// were found, which hold figures that fit more than one column, which parts
// were found but not read, and which checks could not run. Nothing is
// dropped silently. [Result.Check] adds the document's own checks and lowers
// to info what rests on an uncertain reading; [Result.Report] is the JSON
// form the command prints.
//
// # Rules
//
// [Rules], [TextRules], [FlowRules], [BudgetRules] and [FinalRules] list
// the rules whose IDs the findings carry.
//
// # Errors
//
// The error of a Parse function is for unusable input only (empty, not
// text, a PDF not yet converted, malformed JSON) and wraps [ErrUnusable].
package parse
