package forms_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure/parse/internal/forms"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/stretchr/testify/assert"
)

// FuzzParse feeds arbitrary bytes through text.Split to Parse: it must not
// panic, must give the same result twice, and every finding must be of a
// listed rule, with a line of the input; every row read must carry a line
// of the input, and the counts must agree with the forms and findings.
func FuzzParse(f *testing.F) {
	for _, d := range [][]string{projectDoc, departmentDoc, standardDoc} {
		f.Add([]byte(strings.ReplaceAll(strings.ReplaceAll(strings.Join(d, "\n"), "→", "\t"), "▯", "\u3000")))
	}
	for _, s := range []string{
		"", "\t", "\n", "\t\n\n\t", "\r\n\t\r", "\xef\xbb\xbf\t项目名称", "\xff\t\xfe",
		"一、项目绩效自评表\n\t\n续\n\n\t年度绩效目标\n\t一级指标\n\t三级指标\n\n\t\n\t",
		"部门整体绩效自评表\n\n\t基本支出总额\n\t1\n\t项目支出总额\n\tx\n\n续表\n\n\t偏差原因\n\t\n",
	} {
		f.Add([]byte(s))
	}
	// A slice of the Daye report: its first two forms.
	dir := corpustest.Dir()
	if b, err := os.ReadFile(filepath.Join(dir, dayeFile)); err == nil {
		ls := strings.Split(string(b), "\n")
		if len(ls) > 2630 {
			f.Add([]byte(strings.Join(ls[2144:2630], "\n")))
		}
	}
	known := map[string]bool{}
	for _, r := range forms.Rules() {
		known[r.ID] = true
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := text.Split(data)
		res := forms.Parse(lines)
		assert.Equal(t, res, forms.Parse(lines), "not deterministic")
		n := len(lines)
		for _, fd := range res.Findings {
			if !known[fd.Rule] {
				t.Fatalf("unlisted rule %s", fd.Rule)
			}
			if fd.Where.Line < 1 || fd.Where.Line > n {
				t.Fatalf("finding at line %d of %d: %s", fd.Where.Line, n, fd)
			}
		}
		if res.Stats.Unread > len(res.Findings) {
			t.Fatalf("%d unread but %d findings", res.Stats.Unread, len(res.Findings))
		}
		forms, rows := len(res.Projects), 0
		if res.Department != nil {
			forms++
			rows += len(res.Department.Rows)
		}
		for _, p := range res.Projects {
			rows += len(p.Rows)
			if p.Line < 1 || p.Line > n {
				t.Fatalf("form at line %d of %d", p.Line, n)
			}
			for _, r := range p.Rows {
				if r.Line < 1 || r.Line > n {
					t.Fatalf("row at line %d of %d", r.Line, n)
				}
			}
		}
		if forms > res.Stats.Forms || rows > res.Stats.Rows {
			t.Fatalf("stats %+v for %d forms, %d rows kept", res.Stats, forms, rows)
		}
	})
}
