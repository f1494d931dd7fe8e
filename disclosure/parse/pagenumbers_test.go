package parse_test

import (
	"bytes"
	"fmt"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
)

// TestBarePageNumbers: text extracted page by page and joined prints each
// page's number bare on a line of its own ("3"), between blank lines or as
// the last line before a form feed. The numbers are no figures: a report
// so printed reads the same tables and gives the same errors as without
// them (the probe's A-plain family: a number after a table's last row was
// read into it, the 三公 table and 3 rows were lost, 17 of 30 planted
// defects missed).
func TestBarePageNumbers(t *testing.T) {
	collapse := regexp.MustCompile(` {2,}`)
	for _, name := range []string{"shanghai-putuo-czj-2024.layout.txt", "shanghai-putuo-sfj-2026-budget.layout.txt"} {
		pages := bytes.Split(corpustest.Read(t, name), []byte("\f"))
		require.Greater(t, len(pages), 5, name)
		render := func(sep func(n int) string) []byte {
			var b bytes.Buffer
			for i, p := range pages {
				b.Write(bytes.TrimRight(collapse.ReplaceAll(p, []byte(" ")), "\n "))
				b.WriteString(sep(i + 1))
			}
			return b.Bytes()
		}
		plain := render(func(int) string { return "\n\n\n" })
		want, err := parse.Parse(plain)
		require.NoError(t, err)
		wantErrors := errorsOf(t, plain)
		for style, sep := range map[string]func(int) string{
			"between blank lines":                      func(n int) string { return fmt.Sprintf("\n\n%d\n\n\n", n) },
			"before a form feed":                       func(n int) string { return fmt.Sprintf("\n\n%d\n\f", n) },
			"right under the text, before a form feed": func(n int) string { return fmt.Sprintf("\n%d\n\f", n) },
		} {
			t.Run(name+"/"+style, func(t *testing.T) {
				data := render(sep)
				got, err := parse.Parse(data)
				require.NoError(t, err)
				assert.Equal(t, want.Stats.Tables, got.Stats.Tables)
				assert.Equal(t, want.Stats.Rows, got.Stats.Rows)
				assert.Equal(t, want.Coverage.Uncertain, got.Coverage.Uncertain)
				assert.Equal(t, wantErrors, errorsOf(t, data))
			})
		}
	}
}
