package pdfium_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/reader/source"
	"github.com/cnfiscal/fiscal/reader/source/pdfium"
	"github.com/cnfiscal/fiscal/reader/tables"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func corpusPDFs(t testing.TB) []string {
	dir := os.Getenv("FISCAL_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared", "corpus")
	}
	ps, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(ps) == 0 {
		t.Skipf("no corpus PDF in %s; set FISCAL_CORPUS to run this test", dir)
	}
	sort.Strings(ps)
	return ps
}

type quality struct {
	kind                        string
	tables, rows, ambig, errors int
}

func (q quality) String() string {
	return fmt.Sprintf("%s %d tables, %d rows, %d ambiguous, %d errors", q.kind, q.tables, q.rows, q.ambig, q.errors)
}

func measure(r *parse.Result) quality {
	q := quality{kind: "决算"}
	if r.Kind == parse.KindBudget {
		q.kind = "预算"
	}
	for _, c := range r.Coverage.Tables {
		if c.Found && c.Rows > 0 {
			q.tables++
		}
		q.rows += c.Rows
		q.ambig += c.Ambiguous
	}
	for _, f := range r.Check(disclosure.CheckOptions{}) {
		if f.Severity == fiscal.SeverityError {
			q.errors++
		}
	}
	return q
}

// TestMeasure prints, for each corpus PDF, pdfium's time and memory and
// what the reader makes of its lines (with cells) and of its positioned
// text. FISCAL_PDF_MEASURE=1 runs it; PDFIUM_CACHE names a compilation
// cache directory.
func TestMeasure(t *testing.T) {
	if os.Getenv("FISCAL_PDF_MEASURE") == "" {
		t.Skip("set FISCAL_PDF_MEASURE=1 to measure")
	}
	pdfs := corpusPDFs(t)
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	eng, err := pdfium.New(pdfium.Options{CacheDir: os.Getenv("PDFIUM_CACHE")})
	require.NoError(t, err)
	defer eng.Close()
	runtime.ReadMemStats(&m1)
	t.Logf("start: %.0f ms, heap in use after start %d MiB, sys %d MiB", ms(time.Since(t0)), m1.HeapInuse>>20, m1.Sys>>20)
	for _, pdf := range pdfs {
		data, err := os.ReadFile(pdf)
		require.NoError(t, err)
		runtime.GC()
		runtime.ReadMemStats(&m0)
		t0 := time.Now()
		pages, err := source.PDFPages(context.Background(), bytes.NewReader(data), source.PDFOptions{Engine: eng})
		d := time.Since(t0)
		runtime.ReadMemStats(&m1)
		require.NoError(t, err, pdf)
		tl, err := source.PDFCells(source.DropRunning(pages), 0)
		require.NoError(t, err)
		rc, err := parse.ParseLines(tl, parse.FormatPDF)
		require.NoError(t, err)
		rt, err := parse.Parse(source.PDFText(pages))
		require.NoError(t, err)
		rp, err := parse.ParseLines(must(source.PDFLines(source.DropRunning(pages), 0)), parse.FormatPDF)
		require.NoError(t, err)
		t.Logf("%s\n  pdfium %6.0f ms  alloc %d MiB, %d lines\n    cells: %s\n    text:  %s\n    lines: %s",
			filepath.Base(pdf), ms(d), (m1.TotalAlloc-m0.TotalAlloc)>>20, len(tl), measure(rc), measure(rt), measure(rp))
	}
	runtime.ReadMemStats(&m1)
	t.Logf("sys at the end: %d MiB", m1.Sys>>20)
}

// positionedLines splits positioned text into lines without cells.
func positionedLines(text []byte) []tables.Line {
	var out []tables.Line
	for i, l := range strings.Split(string(text), "\n") {
		out = append(out, tables.Line{N: i + 1, Text: strings.ReplaceAll(l, "\f", "")})
	}
	return out
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// TestWords reads the first corpus PDF's title page and checks the words
// pdfium gives against the title as printed.
func TestWords(t *testing.T) {
	if testing.Short() {
		t.Skip("starting pdfium takes seconds")
	}
	var pdf string
	for _, p := range corpusPDFs(t) {
		if filepath.Base(p) == "shanghai-putuo-czj-2024.pdf" {
			pdf = p
		}
	}
	if pdf == "" {
		t.Skip("shanghai-putuo-czj-2024.pdf not in the corpus")
	}
	eng, err := pdfium.New(pdfium.Options{CacheDir: os.Getenv("PDFIUM_CACHE")})
	require.NoError(t, err)
	defer eng.Close()
	data, err := os.ReadFile(pdf)
	require.NoError(t, err)
	pages, err := source.PDFPages(context.Background(), bytes.NewReader(data), source.PDFOptions{Engine: eng})
	require.NoError(t, err)
	require.Len(t, pages, 25)
	// The cover, read by eye from the PDF: two lines.
	var cover []string
	for _, l := range pages[0].Lines {
		for _, c := range l.Cells {
			cover = append(cover, c.Text)
		}
	}
	assert.Equal(t, []string{"上海市普陀区财政局", "2024年度部门决算"}, cover)
	// A row of the 收入支出决算总表 (page 6), four cells: the figures
	// as printed.
	var row []string
	for _, l := range pages[5].Lines {
		if len(l.Cells) > 0 && l.Cells[0].Text == "本年收入合计" {
			for _, c := range l.Cells {
				row = append(row, c.Text)
			}
		}
	}
	assert.Equal(t, []string{"本年收入合计", "2,946.25", "本年支出合计", "2,940.05"}, row)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// turnedPDF writes a one-page PDF (300 × 800 points) in Helvetica 10,
// with extra entries in the page dictionary and a transformation before
// the text.
func turnedPDF(page, cm string) []byte {
	content := cm + "\nBT /F1 10 Tf 50 250 Td (Title) Tj ET\nBT /F1 10 Tf 50 230 Td (201) Tj ET\n" +
		"BT /F1 10 Tf 150 230 Td (1,234.00) Tj ET\nBT /F1 10 Tf 50 216 Td (one two) Tj ET\n"
	objs := []string{
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 800]" + page + "/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
		fmt.Sprintf("<</Length %d>>stream\n%s\nendstream", len(content), content),
		"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	return b.Bytes()
}

// TestTurned reads text printed upright, on a landscape page (/Rotate 90,
// content turned back), turned on a portrait page, and on a turned page:
// pdfium gives characters in the page's own space, so the last three run
// up or down the page until the layout turns them. With the font size 10
// (pdfium's), a display column is 5 points: 1,234.00 ends at (188.92 −
// 50) / 5 = 27.8 → column 28 and starts at column 20; 201 ends at 16.68 /
// 5 = 3.3 → column 3 and starts at column 0.
func TestTurned(t *testing.T) {
	if testing.Short() {
		t.Skip("starting pdfium takes seconds")
	}
	eng, err := pdfium.New(pdfium.Options{CacheDir: os.Getenv("PDFIUM_CACHE")})
	require.NoError(t, err)
	defer eng.Close()
	want := "Title\n201                 1,234.00\none two\n"
	for _, tc := range []struct{ name, page, cm string }{
		{"upright", "", ""},
		{"landscape", "/Rotate 90", "0 1 -1 0 300 0 cm"},
		{"content turned", "", "0 1 -1 0 300 0 cm"},
		{"page turned", "/Rotate 90", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages, err := source.PDFPages(context.Background(), bytes.NewReader(turnedPDF(tc.page, tc.cm)), source.PDFOptions{Engine: eng})
			require.NoError(t, err)
			assert.Equal(t, want, string(source.PDFText(pages)))
		})
	}
}
