package layout_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/layout"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/internal/corpustest"
)

// FuzzParse feeds arbitrary bytes to Parse: it must not panic, and every
// finding must point inside the input.
func FuzzParse(f *testing.F) {
	dir := corpustest.Dir()
	// Seeds: the corpus files in blocks of 40 lines (small inputs keep the
	// fuzzer's minimisation quick).
	for _, name := range []string{putuoFile, templateFile} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		lines := strings.SplitAfter(string(data), "\n")
		for i := 0; i < len(lines); i += 40 {
			f.Add([]byte(strings.Join(lines[i:min(i+40, len(lines))], "")))
		}
	}
	f.Add([]byte(lay(expenditureHeader()...)))
	f.Add([]byte("收入决算表\n单位：万元\n201  06  01 行政运行  1.00\n"))
	f.Add([]byte("目录\n第一部分\n第一部分 概况\n序号 单位名称 备注\n1 某局\n第三部分 情况说明\n  机关运行经费支出1.00万元。\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := text.Split(data)
		start := time.Now()
		res := layout.Parse(lines)
		if el := time.Since(start); el > 5*time.Second {
			t.Fatalf("Parse took %v on %d lines", el, len(lines))
		}
		if res.Document == nil {
			t.Fatal("nil document")
		}
		if res.Stats.Lines != len(lines) {
			t.Fatalf("Stats.Lines %d, want %d", res.Stats.Lines, len(lines))
		}
		for _, fd := range res.Findings {
			if fd.Where.Line < 0 || fd.Where.Line > len(lines) {
				t.Fatalf("finding outside the input: %s", fd)
			}
		}
	})
}
