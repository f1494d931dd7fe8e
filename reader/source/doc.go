// Package source turns a report in any of the formats departments publish
// into numbered lines of text, the common ground of the reader: an HTML
// page's paragraphs and table rows, a DOCX document's paragraphs and
// table rows (word/document.xml), an XLSX workbook's rows sheet by sheet.
// Table rows keep their cells, empty ones included, so that the table
// reader places figures by column where the format says where they are.
//
// A PDF's words come with their boxes (PDF, PDFPages: pdftotext
// -bbox-layout, or pdfium through the nested module reader/source/pdfium);
// its lines keep the words' positions as layout text, since a PDF draws no
// empty cell (docs/PDF.md).
//
// Every adapter bounds what it reads (Limits) and returns an error, never a
// panic, on a malformed file.
package source
