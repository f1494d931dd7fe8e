package pdfium_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/cnfiscal/fiscal/reader/source"
	"github.com/cnfiscal/fiscal/reader/source/pdfium"
)

// FuzzWords feeds damaged PDFs to pdfium: an error, never a panic. The
// seeds are a small valid PDF, the same cut short, and, when the corpus is
// there, the start of a real one.
func FuzzWords(f *testing.F) {
	mini := []byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj " +
		"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>endobj " +
		"4 0 obj<</Length 38>>stream\nBT /F1 10 Tf 20 100 Td (201 3.00) Tj ET\nendstream endobj " +
		"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
	f.Add(mini)
	f.Add(mini[:len(mini)/2])
	f.Add([]byte("%PDF-"))
	if ps, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "corpus", "*budget.pdf")); len(ps) > 0 {
		if data, err := os.ReadFile(ps[0]); err == nil {
			f.Add(data[:min(len(data), 4096)])
		}
	}
	var (
		once sync.Once
		eng  *pdfium.Engine
		err  error
	)
	lim := source.DefaultPDFLimits()
	lim.MaxPages, lim.MaxWords = 20, 20_000
	f.Fuzz(func(t *testing.T, data []byte) {
		if testing.Short() {
			t.Skip("starting pdfium takes seconds")
		}
		once.Do(func() { eng, err = pdfium.New(pdfium.Options{CacheDir: os.Getenv("PDFIUM_CACHE")}) })
		if err != nil {
			t.Skip(err)
		}
		pages, perr := source.PDFPages(context.Background(), bytes.NewReader(data), source.PDFOptions{Engine: eng, Limits: lim})
		if perr == nil && len(pages) > lim.MaxPages {
			t.Fatalf("%d pages, limit %d", len(pages), lim.MaxPages)
		}
	})
}
