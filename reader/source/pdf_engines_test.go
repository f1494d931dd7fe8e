package source_test

import (
	"testing"

	"github.com/cnfiscal/fiscal/reader/source"
)

// engines are the PDF engines measured here: Poppler (pdfium is measured
// in its own module, reader/source/pdfium).
func engines(testing.TB) []source.PDFEngine { return []source.PDFEngine{source.Poppler{}} }
