package input

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encoding is the character encoding of a text input.
type Encoding uint8

// Encodings [Decode] reads. GB18030 includes GBK and GB2312.
const (
	EncodingUnknown Encoding = iota
	UTF8
	UTF16LE
	UTF16BE
	GB18030
)

// String returns "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" or "unknown".
func (e Encoding) String() string {
	switch e {
	case UTF8:
		return "UTF-8"
	case UTF16LE:
		return "UTF-16LE"
	case UTF16BE:
		return "UTF-16BE"
	case GB18030:
		return "GB18030"
	}
	return "unknown"
}

// bomOf returns the encoding a byte order mark at the start of data names
// and the mark's length, or 0.
func bomOf(data []byte) (Encoding, int) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return UTF8, 3
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return UTF16LE, 2
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return UTF16BE, 2
	}
	return EncodingUnknown, 0
}

// detectEncoding tells the encoding of data from its first 64 KiB: a byte
// order mark; else the pattern of NUL bytes of UTF-16 text with ASCII in
// it; else UTF-8 when valid; else GB18030 when it decodes cleanly; else
// UTF-16 without ASCII when nearly every character is CJK or punctuation.
// ok is false for binary data: control characters or undecodable bytes.
//
// prefix says that data is the start of a longer input.
func detectEncoding(data []byte, prefix bool) (enc Encoding, ok bool) {
	sample := data[:min(len(data), sniffLen)]
	cut := prefix || len(sample) < len(data)
	if e, n := bomOf(sample); n > 0 {
		return e, textLike(decodeSample(sample[n:], e), cut)
	}
	if e := nulPattern(sample); e != EncodingUnknown {
		return e, textLike(decodeSample(sample, e), cut)
	}
	if utf8.Valid(sample) { // validUTF8Prefix's first test; textLike's too
		return UTF8, textLikeValid(sample)
	}
	if validUTF8Prefix(sample, cut) {
		return UTF8, textLike(sample, cut)
	}
	if textLike(decodeSample(sample, GB18030), cut) {
		return GB18030, true
	}
	for _, e := range []Encoding{UTF16LE, UTF16BE} {
		if s := decodeSample(sample, e); textLike(s, cut) && mostlyCJK(s) {
			return e, true
		}
	}
	return EncodingUnknown, false
}

// nulPattern reports UTF-16 by its NUL bytes: in UTF-16LE text with ASCII
// characters the odd bytes of those characters are NUL, in UTF-16BE the
// even ones.
func nulPattern(sample []byte) Encoding {
	if bytes.IndexByte(sample, 0) < 0 {
		return EncodingUnknown // no NUL: none counted (most input)
	}
	even, odd := 0, 0
	n := len(sample) &^ 1
	for i := 0; i < n; i += 2 {
		if sample[i] == 0 {
			even++
		}
		if sample[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case pairs == 0:
		return EncodingUnknown
	case odd*5 >= pairs && even*4 <= odd:
		return UTF16LE
	case even*5 >= pairs && odd*4 <= even:
		return UTF16BE
	}
	return EncodingUnknown
}

// validUTF8Prefix reports whether s is valid UTF-8, allowing a rune cut at
// the end when s is a prefix of the input.
func validUTF8Prefix(s []byte, cut bool) bool {
	if cut {
		for i := 0; i < utf8.UTFMax && len(s) > 0; i++ {
			if utf8.Valid(s) {
				return true
			}
			s = s[:len(s)-1]
		}
	}
	return utf8.Valid(s)
}

// decoder returns the x/text decoding of e (UTF-16 with its byte order
// mark ignored, since Decode strips the mark itself).
func decoder(e Encoding) encoding.Encoding {
	switch e {
	case UTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case UTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	case GB18030:
		return simplifiedchinese.GB18030
	}
	return encoding.Nop
}

// decodeSample decodes a sample of the input (perhaps cut mid-character)
// to UTF-8; undecodable bytes become U+FFFD.
func decodeSample(sample []byte, e Encoding) []byte {
	if e == UTF8 {
		return sample
	}
	if e == UTF16LE || e == UTF16BE {
		sample = sample[:len(sample)&^1]
	}
	out, err := decoder(e).NewDecoder().Bytes(sample)
	if err != nil {
		return []byte{0} // not decodable: reads as binary
	}
	return out
}

// decodePrefix decodes the first 4 KiB of data after its byte order mark.
func decodePrefix(data []byte, e Encoding) []byte {
	if _, n := bomOf(data); n > 0 {
		data = data[n:]
	}
	return decodeSample(data[:min(len(data), 4096)], e)
}

// textLike reports whether decoded UTF-8 is text: at most 1% control
// characters other than tab, line ends, form feed and vertical tab, and
// at most 1% undecodable characters (U+FFFD) together, allowing one in a
// text of 20 characters or more, and a character cut at the end when the
// sample is cut from a longer input.
func textLike(s []byte, cut bool) bool {
	if utf8.Valid(s) {
		return textLikeValid(s)
	}
	return textLikeRunes(s, cut)
}

// textLikeValid is textLike for valid UTF-8, counted byte by byte: every
// byte that is not a continuation byte begins a character, a character is
// U+FFFD only where its bytes are EF BF BD, and a control character is one
// byte. (Nothing can be cut at the end of valid UTF-8.)
func textLikeValid(s []byte) bool {
	runes, bad := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			if c >= 0xc0 {
				runes++
				if c == 0xef && i+2 < len(s) && s[i+1] == 0xbf && s[i+2] == 0xbd {
					bad++ // U+FFFD
				}
			}
			continue
		case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
			continue // CR LF counts as one character, as after normalisation
		}
		runes++
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7f {
			bad++
		}
	}
	return bad*100 <= runes || bad == 1 && runes >= 20
}

// textLikeRunes is textLike decoding every character.
func textLikeRunes(s []byte, cut bool) bool {
	runes, bad := 0, 0
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		s = s[size:]
		if r == '\r' && len(s) > 0 && s[0] == '\n' {
			continue // CR LF counts as one character, as after normalisation
		}
		runes++
		switch {
		case cut && r == utf8.RuneError && size <= 1 && len(s) < utf8.UTFMax:
			// a character cut at the end of the sample
		case r == utf8.RuneError, r == 0:
			bad++
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v', r == 0x7f:
			bad++
		}
	}
	return bad*100 <= runes || bad == 1 && runes >= 20
}

// mostlyCJK reports whether at least 90% of the characters of s are CJK
// ideographs, CJK or full-width punctuation, or printable ASCII: the test
// that tells UTF-16 text without ASCII from random bytes.
func mostlyCJK(s []byte) bool {
	runes, cjk := 0, 0
	for _, r := range string(s) {
		runes++
		switch {
		case r >= 0x4e00 && r <= 0x9fff, r >= 0x3000 && r <= 0x303f, r >= 0xff00 && r <= 0xffef,
			r >= 0x20 && r < 0x7f, r == '\t', r == '\n', r == '\r':
			cjk++
		}
	}
	return runes > 0 && cjk*10 >= runes*9
}
