//go:build !pdfium

package source_test

import (
	"testing"

	"github.com/cnfiscal/fiscal/reader/source"
)

// engines are the PDF engines of this build: Poppler only without the
// pdfium tag.
func engines(testing.TB) []source.PDFEngine { return []source.PDFEngine{source.Poppler{}} }
