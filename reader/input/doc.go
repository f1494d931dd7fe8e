// Package input is the first stage of the report reader: it tells what an
// input is, decodes text, normalises it once, and refuses, with a reason,
// what is not a readable report, all within limits.
//
// # Formats
//
// [Sniff] tells a format from content alone, never from a file name: a
// PDF, DOCX, XLSX, a legacy Office file, an archive (zip, gzip, 7z, rar,
// bzip2, xz, zstd, tar), HTML, the library's JSON, plain text in any
// encoding [Decode] reads, binary data, or empty input.
//
// # Decoding and normalisation
//
// [Decode] reads UTF-8 with or without a byte order mark, UTF-16 in either
// byte order with or without a mark (told by the NUL bytes of its ASCII
// characters, or by its characters when it has none), and GB18030 (GBK,
// GB2312) when a text is not valid UTF-8, with golang.org/x/text. It then
// normalises once: line ends to LF, NBSP to a space, full-width digits
// and ％ to ASCII, and full-width ．，－＋ to ASCII only where they belong
// to a number. It keeps the ideographic space and full-width brackets and
// quotes, which catalog names are printed with, and the sentence comma ，.
// The harmless variants of a report (its encodings, line ends, widths, a
// byte order mark) decode to the same bytes.
//
// # Errors
//
// An input that is not a readable report gives a [*NotReadableError] with
// a [Reason] (empty, binary, an archive, a PDF without a text layer, text
// that is not a fiscal report, the wrong kind of report, a format not read
// here, a limit passed); errors.Is(err, [ErrNotReadable]) holds for each.
// These errors are distinct from findings: a report that is read has
// findings, one that is not has this error.
//
// # Limits
//
// [Limits] bound the input's size, its longest line, its pages and the
// time spent; [DefaultLimits] gives 64 MiB, 256 KiB, 2,000 pages and a
// minute. [ReadAll] reads a reader within them, so an endless reader or a
// single 64 MiB line stops at the limit with memory bounded by it;
// [Decode] checks size and lines before decoding anything. The error names
// the limit passed.
//
// # Is it a report?
//
// [LooksLikeFiscalReport] is a cheap, generous gate on decoded text: any
// department's 决算 or 预算 passes; a licence text or prose does not.
// [KindOf] tells a 预算 report from a 决算 report by its table titles.
package input
