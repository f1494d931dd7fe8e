package input

import (
	"archive/zip"
	"bytes"
	"strconv"
)

// Format is the form of an input, as told by its content.
type Format uint8

// Formats [Sniff] tells apart. The zero Format is unknown (not sniffed).
const (
	FormatUnknown Format = iota
	FormatEmpty          // no bytes, or only white space
	FormatText           // plain text in an encoding Decode reads
	FormatJSON           // text beginning with "{": the library's JSON form of a Document
	FormatHTML           // an HTML page
	FormatPDF            // a PDF ("%PDF-")
	FormatDOCX           // a zip holding word/document.xml
	FormatXLSX           // a zip holding xl/workbook.xml
	FormatOLE            // a legacy Office compound file (.doc, .xls, .wps)
	FormatZip            // another zip archive
	FormatGzip           // gzip
	Format7z             // 7-Zip
	FormatRar            // RAR
	FormatBzip2          // bzip2
	FormatXZ             // xz
	FormatZstd           // Zstandard
	FormatTar            // a tar archive
	FormatBinary         // bytes that are not text
)

// String returns a short lower-case name: "text", "pdf", "docx", "7z", ….
func (f Format) String() string {
	switch f {
	case FormatUnknown:
		return "unknown"
	case FormatEmpty:
		return "empty"
	case FormatText:
		return "text"
	case FormatJSON:
		return "json"
	case FormatHTML:
		return "html"
	case FormatPDF:
		return "pdf"
	case FormatDOCX:
		return "docx"
	case FormatXLSX:
		return "xlsx"
	case FormatOLE:
		return "ole"
	case FormatZip:
		return "zip"
	case FormatGzip:
		return "gzip"
	case Format7z:
		return "7z"
	case FormatRar:
		return "rar"
	case FormatBzip2:
		return "bzip2"
	case FormatXZ:
		return "xz"
	case FormatZstd:
		return "zstd"
	case FormatTar:
		return "tar"
	case FormatBinary:
		return "binary"
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// IsArchive reports whether f is an archive other than DOCX and XLSX.
func (f Format) IsArchive() bool { return f >= FormatZip && f <= FormatTar }

// IsText reports whether f is decoded as text: plain text, JSON or HTML.
func (f Format) IsText() bool { return f == FormatText || f == FormatJSON || f == FormatHTML }

// signatures are the leading bytes of binary formats.
var signatures = []struct {
	magic string
	f     Format
}{
	{"%PDF-", FormatPDF},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FormatOLE},
	{"\x1f\x8b", FormatGzip},
	{"7z\xbc\xaf\x27\x1c", Format7z},
	{"Rar!\x1a\x07", FormatRar},
	{"BZh", FormatBzip2},
	{"\xfd7zXZ\x00", FormatXZ},
	{"\x28\xb5\x2f\xfd", FormatZstd},
}

// sniffLen is how much of the input Sniff and the encoding detection look
// at.
const sniffLen = 64 << 10

// Sniff tells the format of data from its content alone, never from a file
// name: a PDF, DOCX or XLSX, a legacy Office file, an archive, HTML, the
// library's JSON, plain text in any encoding [Decode] reads, binary data,
// or empty input (nothing but white space). It reads at most the first 64
// KiB except for a zip, whose directory it reads to tell a DOCX or XLSX.
func Sniff(data []byte) Format { return sniff(data, false) }

// IsPDF reports whether Sniff(data) is [FormatPDF]: the signature %PDF-
// within the first kilobyte, in an input that does not begin with a
// UTF-16 byte order mark. Unlike Sniff it never detects a text's
// encoding, which reads up to 64 KiB: a caller that only routes PDFs
// (and decodes anything else itself) asks this.
func IsPDF(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) && !utf16Like(data)
}

// sniff is Sniff; prefix says that data is the start of a longer input
// (so a character may be cut at its end).
func sniff(data []byte, prefix bool) Format {
	f, _, _ := sniffEncoding(data, prefix)
	return f
}

// sniffEncoding is sniff, with the encoding it detected for a text format
// and whether the input reads as text in it (detectEncoding): Decode
// needs both, and detecting twice decoded the same sample twice. enc is
// EncodingUnknown and ok false for a format told before the encoding is
// looked at (a signature, a zip, a tar, empty input).
func sniffEncoding(data []byte, prefix bool) (f Format, enc Encoding, ok bool) {
	t := bytes.TrimLeft(data, " \t\r\n\f\v")
	if len(t) == 0 {
		return FormatEmpty, EncodingUnknown, false
	}
	// A PDF may be preceded by a few bytes of junk; readers accept the
	// signature within the first kilobyte.
	if IsPDF(data) {
		return FormatPDF, EncodingUnknown, false
	}
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return s.f, EncodingUnknown, false
		}
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")) || bytes.HasPrefix(data, []byte("PK\x07\x08")) {
		return sniffZip(data), EncodingUnknown, false
	}
	if len(data) >= 262 && (bytes.Equal(data[257:262], []byte("ustar"))) {
		return FormatTar, EncodingUnknown, false
	}
	enc, ok = detectEncoding(data, prefix)
	if !ok {
		return FormatBinary, enc, ok
	}
	head := decodePrefix(data, enc)
	head = bytes.TrimLeft(head, " \t\r\n\f\v\u00a0\u3000\ufeff")
	if len(head) == 0 {
		return FormatEmpty, enc, ok
	}
	switch {
	case head[0] == '{':
		return FormatJSON, enc, ok
	case head[0] == '<' && looksHTML(head):
		return FormatHTML, enc, ok
	}
	return FormatText, enc, ok
}

// utf16Like reports whether data begins with a UTF-16 byte order mark.
func utf16Like(data []byte) bool {
	return bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff"))
}

// sniffZip tells a DOCX or XLSX from another zip by the names it holds.
func sniffZip(data []byte) Format {
	has := func(name string) bool { return bytes.Contains(data, []byte(name)) }
	if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
		names := map[string]bool{}
		for _, f := range zr.File {
			names[f.Name] = true
		}
		has = func(name string) bool { return names[name] }
	}
	switch {
	case has("word/document.xml"):
		return FormatDOCX
	case has("xl/workbook.xml"):
		return FormatXLSX
	}
	return FormatZip
}

// looksHTML reports whether text that begins with "<" is an HTML page.
func looksHTML(head []byte) bool {
	h := bytes.ToLower(head[:min(len(head), 2048)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<table", "<meta", "<div", "<p>", "<title"} {
		if bytes.Contains(h, []byte(tag)) {
			return true
		}
	}
	return false
}
