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
		tl, err := source.PDFCells(pages, 0)
		require.NoError(t, err)
		rc, err := parse.ParseLines(tl, parse.FormatPDF)
		require.NoError(t, err)
		rt, err := parse.Parse(source.PDFText(pages))
		require.NoError(t, err)
		rp, err := parse.ParseLines(must(source.PDFLines(pages, 0)), parse.FormatPDF)
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
