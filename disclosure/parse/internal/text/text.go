package text

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Line is one line of a source file, numbered from 1.
type Line struct {
	N    int
	Text string // without the line break; \f (page breaks) removed
}

// Split splits data into lines: a UTF-8 byte-order mark is dropped, CRLF and
// CR end lines, form feeds are removed. Invalid UTF-8 is replaced by U+FFFD
// so that no byte can stop a parser.
func Split(data []byte) []Line {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	s := string(data)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\f", "")
	// The lines cut straight into a slice of their number (no slice of
	// strings first); a last empty line (after the final break) is none.
	out := make([]Line, 0, strings.Count(s, "\n")+1)
	for n := 1; ; n++ {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			if s != "" {
				out = append(out, Line{N: n, Text: s})
			}
			return out
		}
		out = append(out, Line{N: n, Text: s[:i]})
		s = s[i+1:]
	}
}

// Trim trims ASCII spaces, tabs, the full-width space U+3000 and the
// no-break space U+00A0.
func Trim(s string) string {
	// strings.Trim(s, " \t\u3000\u00a0") by the blanks' bytes (U+3000 is
	// E3 80 80, U+00A0 is C2 A0 in UTF-8), without decoding runes: most
	// lines neither start nor end with one (trim_test.go compares).
	for s != "" {
		switch {
		case s[0] == ' ' || s[0] == '\t':
			s = s[1:]
		case strings.HasPrefix(s, "\u3000"):
			s = s[len("\u3000"):]
		case strings.HasPrefix(s, "\u00a0"):
			s = s[len("\u00a0"):]
		default:
			goto right
		}
	}
right:
	for s != "" {
		switch last := s[len(s)-1]; {
		case last == ' ' || last == '\t':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u3000"):
			s = s[:len(s)-len("\u3000")]
		case strings.HasSuffix(s, "\u00a0"):
			s = s[:len(s)-len("\u00a0")]
		default:
			return s
		}
	}
	return s
}

// IsCell reports whether a line of a word-processor export is a table cell:
// it starts with a tab.
func IsCell(l Line) bool { return strings.HasPrefix(l.Text, "\t") }

// Cell returns the text of a cell line: the leading tab removed, trailing
// spaces and full-width spaces trimmed.
func Cell(l Line) string {
	return strings.TrimRight(strings.TrimPrefix(l.Text, "\t"), " \u3000\u00a0")
}
