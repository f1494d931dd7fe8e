package source_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/reader/source"
	"github.com/cnfiscal/fiscal/reader/tables"
	"github.com/stretchr/testify/require"
)

// corpusDir returns the corpus directory (internal/corpustest: $FISCAL_CORPUS,
// else ../shared/corpus beside the repository), skipping the test when it
// is absent and failing when FISCAL_REQUIRE_CORPUS is set.
func corpusDir(t testing.TB) string {
	t.Helper()
	if !corpustest.Available() {
		corpustest.Missing(t, "corpus not found at "+corpustest.Dir())
	}
	return corpustest.Dir()
}

func corpusPDFs(t testing.TB) []string {
	ps, err := filepath.Glob(filepath.Join(corpusDir(t), "*.pdf"))
	require.NoError(t, err)
	if len(ps) == 0 {
		t.Skip("no PDF in the corpus")
	}
	sort.Strings(ps)
	return ps
}

// quality is what the reader makes of one extraction.
type quality struct {
	kind                        string
	tables, rows, ambig, errors int
	errRules                    []string
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
			q.errRules = append(q.errRules, f.Rule+" "+f.Where.Table+" "+f.Where.Row+" "+f.Where.Column)
		}
	}
	return q
}

// layoutText runs pdftotext -layout, the current way a PDF is read.
func layoutText(t testing.TB, pdf string) []byte {
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", "-q", pdf, "-").Output()
	require.NoError(t, err)
	return out
}

// TestPDFMeasure prints, for each corpus PDF, the time and what the reader
// makes of each extraction: pdftotext -layout (today's path), the bbox
// adapter's lines with cells, and the bbox adapter's positioned text. Run
// it with FISCAL_PDF_MEASURE=1 (the figures are docs/PDF.md's).
func TestPDFMeasure(t *testing.T) {
	if os.Getenv("FISCAL_PDF_MEASURE") == "" {
		t.Skip("set FISCAL_PDF_MEASURE=1 to measure")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	for _, pdf := range corpusPDFs(t) {
		data, err := os.ReadFile(pdf)
		require.NoError(t, err)
		name := filepath.Base(pdf)

		t0 := time.Now()
		lt := layoutText(t, pdf)
		dLayout := time.Since(t0)
		rl, err := parse.Parse(lt)
		require.NoError(t, err)
		ql := measure(rl)
		rll, err := parse.ParseLines(positionedLines(lt), parse.FormatPDF)
		require.NoError(t, err)
		qll := measure(rll)

		for _, eng := range engines(t) {
			runtime.GC()
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			t0 = time.Now()
			pages, err := source.PDFPages(context.Background(), bytes.NewReader(data), source.PDFOptions{Engine: eng})
			d := time.Since(t0)
			runtime.ReadMemStats(&m1)
			require.NoError(t, err, name)
			tl, err := source.PDFCells(source.DropRunning(pages), 0)
			require.NoError(t, err)
			rc, err := parse.ParseLines(tl, parse.FormatPDF)
			require.NoError(t, err, name)
			qc := measure(rc)
			rt, err := parse.Parse(source.PDFText(pages))
			require.NoError(t, err, name)
			qt := measure(rt)
			rp, err := parse.ParseLines(must(source.PDFLines(source.DropRunning(pages), 0)), parse.FormatPDF)
			require.NoError(t, err, name)
			qp := measure(rp)
			t.Logf("%s\n  layout  %6.0f ms  %s\n    as lines: %s\n  %-7s %6.0f ms  alloc %d MiB, %d lines\n    cells: %s\n    text:  %s\n    lines: %s",
				name, ms(dLayout), ql, qll, eng.Name(), ms(d), (m1.TotalAlloc-m0.TotalAlloc)>>20, len(tl), qc, qt, qp)
			if os.Getenv("FISCAL_PDF_MEASURE") == "v" {
				t.Logf("layout errors:\n  %s\nlayout as lines errors:\n  %s\ncells errors:\n  %s\ntext errors:\n  %s\nlines errors:\n  %s",
					strings.Join(ql.errRules, "\n  "), strings.Join(qll.errRules, "\n  "), strings.Join(qc.errRules, "\n  "), strings.Join(qt.errRules, "\n  "), strings.Join(qp.errRules, "\n  "))
			}
		}
	}
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

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
