package input

import (
	"errors"
	"strconv"
)

// ErrNotReadable is matched (errors.Is) by every error that says an input
// is not a readable report at all, as opposed to a report with findings.
// [*NotReadableError] matches it; so do errors that wrap it.
var ErrNotReadable = errors.New("not a readable report")

// Reason says why an input is not a readable report.
type Reason uint8

// Reasons an input is not readable. The zero Reason is unset.
const (
	ReasonEmpty        Reason = iota + 1 // no bytes, or only white space
	ReasonBinary                         // bytes that are not text in any encoding read here
	ReasonArchive                        // a zip, gzip, 7z, rar, … archive (not a DOCX or XLSX)
	ReasonScanned                        // a PDF without a text layer: scanned pages need OCR
	ReasonNotReport                      // text, but not a fiscal report
	ReasonWrongKind                      // a 预算 report where a 决算 report is expected, or the reverse
	ReasonUnsupported                    // a format this entry point does not read (a PDF, DOCX, XLSX, HTML where text is expected)
	ReasonMalformed                      // a structured form (JSON) that does not parse
	ReasonTooLarge                       // more bytes than Limits.MaxBytes
	ReasonLineTooLong                    // a line longer than Limits.MaxLineBytes
	ReasonTooManyPages                   // more pages than Limits.MaxPages
	ReasonTimeout                        // reading took longer than Limits.Timeout
)

// String returns a short English phrase: "empty input", "binary data", ….
func (r Reason) String() string {
	switch r {
	case ReasonEmpty:
		return "empty input"
	case ReasonBinary:
		return "binary data, not text"
	case ReasonArchive:
		return "an archive, not a report (extract it first)"
	case ReasonScanned:
		return "a PDF without a text layer: it looks scanned and needs OCR"
	case ReasonNotReport:
		return "text that is not a fiscal report"
	case ReasonWrongKind:
		return "a report of the wrong kind"
	case ReasonUnsupported:
		return "a format not read here"
	case ReasonMalformed:
		return "malformed document"
	case ReasonTooLarge:
		return "input too large"
	case ReasonLineTooLong:
		return "a line too long"
	case ReasonTooManyPages:
		return "too many pages"
	case ReasonTimeout:
		return "time limit exceeded"
	}
	return "Reason(" + strconv.Itoa(int(r)) + ")"
}

// NotReadableError says that an input is not a readable report and why.
// It matches [ErrNotReadable] with errors.Is.
type NotReadableError struct {
	Reason Reason
	// Detail adds what was found, or which limit was passed and its value
	// ("more than 67108864 bytes (Limits.MaxBytes)"); it may be empty.
	Detail string
	// Offset is the byte offset in the input where the problem was found,
	// or -1 when it concerns the input as a whole.
	Offset int64
	// Line is the 1-based line where the problem was found, or 0.
	Line int
}

// Error returns "not a readable report: <reason>[: <detail>]".
func (e *NotReadableError) Error() string {
	s := "not a readable report: " + e.Reason.String()
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Is reports whether target is [ErrNotReadable].
func (e *NotReadableError) Is(target error) bool { return target == ErrNotReadable }

// notReadable returns a NotReadableError about the whole input.
func notReadable(r Reason, detail string) *NotReadableError {
	return &NotReadableError{Reason: r, Detail: detail, Offset: -1}
}

// NotReadable returns a [*NotReadableError] with the given reason and
// detail about the input as a whole (Offset -1), for the stages after this
// package that find an input unreadable (a converter, a parser).
func NotReadable(r Reason, detail string) *NotReadableError { return notReadable(r, detail) }
