package pdfium_test

import (
	"context"
	"fmt"
	"os"

	"github.com/cnfiscal/fiscal/reader/source"
	"github.com/cnfiscal/fiscal/reader/source/pdfium"
)

// An Engine is started once (seconds without a compilation cache) and
// reads many PDFs; its lines go to the table reader like any adapter's.
func ExampleNew() {
	eng, err := pdfium.New(pdfium.Options{CacheDir: os.TempDir() + "/fiscal-pdfium"})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer eng.Close()
	f, err := os.Open("report.pdf")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	lines, err := source.PDF(context.Background(), f, source.PDFOptions{Engine: eng})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range lines {
		fmt.Println(l.N, l.Text)
	}
}
