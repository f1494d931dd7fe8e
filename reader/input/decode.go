package input

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Info says what [Decode] found and did.
type Info struct {
	Format   Format   // as told by [Sniff]
	Encoding Encoding // the encoding the input was decoded from
	BOM      bool     // the input began with a byte order mark (removed)
	CRLF     int      // CR LF line ends turned into LF
	CR       int      // lone CR line ends turned into LF
	Folded   int      // characters replaced by normalisation (widths, NBSP)
	Lines    int      // lines in the decoded text
	Pages    int      // pages: form-feed-separated parts with text
	Bytes    int      // bytes of input
}

// Decode reads a text input within lim and returns it as UTF-8,
// normalised once for the stages after it. It fails fast, before
// decoding, on input past lim.MaxBytes or with a line past
// lim.MaxLineBytes, and returns a [*NotReadableError] for empty input,
// binary data, an archive, and formats that are not text (a PDF, DOCX,
// XLSX or legacy Office file: convert them first).
//
// The encoding is told by a byte order mark, by the NUL bytes of UTF-16
// (either byte order), as UTF-8 when valid, else as GB18030 (which reads
// GBK and GB2312). The byte order mark is removed.
//
// Normalisation, for text and HTML (JSON is only decoded): CR LF and lone
// CR become LF; NBSP (U+00A0) becomes a space; full-width digits become
// ASCII digits, and ％ becomes %; next to digits only, ．between digits
// becomes ".", ，followed by exactly three digits after a digit (a
// thousands separator) becomes ",", and －/＋ before a digit become "-"/"+".
// Elsewhere ，stays the sentence punctuation later stages split on, and
// the ideographic space U+3000, （）, “”, 《》 stay as they are (catalog
// names are printed with them).
func Decode(data []byte, lim Limits) ([]byte, Info, error) {
	info := Info{Bytes: len(data)}
	if lim.MaxBytes > 0 && int64(len(data)) > lim.MaxBytes {
		return nil, info, lim.tooLarge()
	}
	if err := CheckLines(data, lim); err != nil {
		return nil, info, err
	}
	// Sniff with the encoding it tells on the way: detected once, not once
	// for Sniff and again here.
	f, enc, ok := sniffEncoding(data, false)
	info.Format = f
	if err := formatError(info.Format); err != nil {
		return nil, info, err
	}
	if !ok { // Sniff said text; only a malformed UTF-16 tail can get here
		return nil, info, notReadable(ReasonBinary, "")
	}
	info.Encoding = enc
	body := data
	if e, n := bomOf(data); n > 0 && e == enc {
		info.BOM, body = true, data[n:]
	}
	var text []byte
	switch enc {
	case UTF8:
		text = body
	default:
		if enc == UTF16LE || enc == UTF16BE {
			body = body[:len(body)&^1]
		}
		var err error
		text, err = decoder(enc).NewDecoder().Bytes(body)
		if err != nil {
			return nil, info, notReadable(ReasonBinary, fmt.Sprintf("not decodable as %s: %v", enc, err))
		}
	}
	if info.Format == FormatJSON {
		out := bytes.ToValidUTF8(text, []byte("\ufffd"))
		info.Lines = bytes.Count(out, []byte("\n")) + 1
		return out, info, nil
	}
	out := normalize(text, &info)
	if len(bytes.TrimSpace(out)) == 0 { // TrimSpace trims U+3000 too
		return nil, info, notReadable(ReasonEmpty, "only white space")
	}
	info.Lines = bytes.Count(out, []byte("\n")) + 1
	if out[len(out)-1] == '\n' {
		info.Lines--
	}
	info.Pages = countPages(out)
	if lim.MaxPages > 0 && info.Pages > lim.MaxPages {
		return nil, info, lim.tooManyPages()
	}
	return out, info, nil
}

// formatError returns the error for a format Decode does not read.
func formatError(f Format) error {
	switch {
	case f == FormatEmpty:
		return notReadable(ReasonEmpty, "")
	case f == FormatBinary:
		return notReadable(ReasonBinary, "")
	case f.IsArchive():
		return notReadable(ReasonArchive, "a "+f.String()+" archive")
	case f == FormatPDF:
		return notReadable(ReasonUnsupported, "a PDF: convert it to text first (pdftotext -layout)")
	case f == FormatDOCX, f == FormatXLSX:
		return notReadable(ReasonUnsupported, "a "+f.String()+" file: save it as text first")
	case f == FormatOLE:
		return notReadable(ReasonUnsupported, "a legacy Office file (.doc, .xls): save it as text first")
	}
	return nil
}

// countPages counts the form-feed-separated parts of text that hold
// anything but white space (at least 1).
func countPages(text []byte) int {
	if bytes.IndexByte(text, '\f') < 0 {
		return 1
	}
	n := 0
	for page := range bytes.SplitSeq(text, []byte("\f")) {
		if len(bytes.TrimSpace(page)) > 0 {
			n++
		}
	}
	return max(n, 1)
}

// normalize applies the normalisation of [Decode] and counts what it
// changed in info. Valid UTF-8 is walked by its bytes (and checked on the
// way): runs that need no
// change (ASCII other than CR, and every character other than NBSP and
// the full-width forms) are copied whole, and nothing is copied at all
// when no character changes: the text itself is returned. Text found not
// to be valid UTF-8 goes through normalizeRunes from its start.
func normalize(text []byte, info *Info) []byte {
	orig := *info
	var out []byte // nil until the first change
	start := 0     // the first byte not yet in out
	prevDigit := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				if out == nil {
					out = make([]byte, 0, len(text))
				}
				out = append(out, text[start:i]...)
				if i+1 < len(text) && text[i+1] == '\n' {
					info.CRLF++
					i++ // the LF follows, and is kept
					start = i
					continue
				}
				info.CR++
				out = append(out, '\n')
				i++
				start = i
				prevDigit = false
				continue
			}
			prevDigit = c >= '0' && c <= '9'
			i++
			continue
		}
		// Only NBSP (C2 A0) and the full-width forms U+FF01–U+FF5E (EF BC
		// 81 – EF BD 9E) may change; every other character is kept.
		size := validRuneLen(text[i:])
		if size == 0 { // not valid UTF-8: start again rune by rune
			*info = orig
			return normalizeRunes(text, info)
		}
		if c != 0xc2 && c != 0xef {
			i += size
			prevDigit = false
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		var repl byte
		switch n := narrow(r); {
		case r == '\u00a0':
			repl, prevDigit = ' ', false
		case n >= '0' && n <= '9' || n == '%':
			repl, prevDigit = byte(n), n != '%'
		case n == '.' && prevDigit && digitAt(text[i+size:]),
			n == ',' && prevDigit && groupAt(text[i+size:]),
			(n == '-' || n == '+') && digitAt(text[i+size:]):
			repl, prevDigit = byte(n), false
		default:
			i += size
			prevDigit = false
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(text))
		}
		out = append(out, text[start:i]...)
		out = append(out, repl)
		info.Folded++
		i += size
		start = i
	}
	if out == nil && start == 0 {
		return text
	}
	return append(out, text[start:]...)
}

// validRuneLen returns the length of the valid UTF-8 encoding of a
// character beyond ASCII at the start of s, or 0 when s does not begin
// with one (the ranges of utf8.Valid: no overlong forms, no surrogates,
// nothing past U+10FFFF).
func validRuneLen(s []byte) int {
	cont := func(b byte) bool { return b&0xc0 == 0x80 }
	switch c := s[0]; {
	case c < 0xc2:
		return 0
	case c < 0xe0:
		if len(s) < 2 || !cont(s[1]) {
			return 0
		}
		return 2
	case c < 0xf0:
		if len(s) < 3 || !cont(s[1]) || !cont(s[2]) || c == 0xe0 && s[1] < 0xa0 || c == 0xed && s[1] > 0x9f {
			return 0
		}
		return 3
	case c < 0xf5:
		if len(s) < 4 || !cont(s[1]) || !cont(s[2]) || !cont(s[3]) || c == 0xf0 && s[1] < 0x90 || c == 0xf4 && s[1] > 0x8f {
			return 0
		}
		return 4
	}
	return 0
}

// normalizeRunes is normalize rune by rune, for text that is not valid
// UTF-8 (each undecodable byte becomes U+FFFD).
func normalizeRunes(text []byte, info *Info) []byte {
	out := make([]byte, 0, len(text))
	prevDigit := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r' && i+1 < len(text) && text[i+1] == '\n':
				info.CRLF++
				i++ // the LF follows
				continue
			case c == '\r':
				info.CR++
				c = '\n'
			}
			out = append(out, c)
			prevDigit = c >= '0' && c <= '9'
			i++
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		i += size
		switch n := narrow(r); {
		case r == '\u00a0':
			out = append(out, ' ')
			info.Folded++
			prevDigit = false
			continue
		case n >= '0' && n <= '9' || n == '%':
			out = append(out, byte(n))
			info.Folded++
			prevDigit = n != '%'
			continue
		case n == '.' && prevDigit && digitAt(text[i:]),
			n == ',' && prevDigit && groupAt(text[i:]),
			(n == '-' || n == '+') && digitAt(text[i:]):
			out = append(out, byte(n))
			info.Folded++
			prevDigit = false
			continue
		}
		out = utf8.AppendRune(out, r)
		prevDigit = false
	}
	return out
}

// narrow returns the narrow (ASCII) form of a full-width ASCII variant
// (U+FF01–U+FF5E), or 0 for any other character.
func narrow(r rune) rune {
	if r < 0xff01 || r > 0xff5e {
		return 0
	}
	p := width.LookupRune(r)
	if p.Kind() != width.EastAsianFullwidth {
		return 0
	}
	return p.Narrow()
}

// digitOf returns the ASCII digit of the character at the start of s
// (ASCII or full-width), or 0.
func digitOf(s []byte) (byte, int) {
	if len(s) == 0 {
		return 0, 0
	}
	if s[0] >= '0' && s[0] <= '9' {
		return s[0], 1
	}
	r, size := utf8.DecodeRune(s)
	if n := narrow(r); n >= '0' && n <= '9' {
		return byte(n), size
	}
	return 0, 0
}

// digitAt reports whether s begins with a digit.
func digitAt(s []byte) bool {
	d, _ := digitOf(s)
	return d != 0
}

// groupAt reports whether s begins with exactly three digits: the group
// after a thousands separator.
func groupAt(s []byte) bool {
	for range 3 {
		d, size := digitOf(s)
		if d == 0 {
			return false
		}
		s = s[size:]
	}
	return !digitAt(s)
}
