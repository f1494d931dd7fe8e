package classify_test

import (
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/classify"
)

// FuzzParse checks that parsing never panics, that an accepted code prints
// back to digits that parse to the same code, and that its parent chain is
// consistent.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"2010399", "201 03 99", "２０１０３９９", "30217", "50101", "103040101", "2010099", "", "　"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := classify.ParseFunction(s)
		if err != nil {
			return
		}
		back, err := classify.ParseFunction(c.String())
		if err != nil || back != c {
			t.Fatalf("%q → %v → %v, %v", s, c, back, err)
		}
		split, err := classify.ParseFunction(c.Split())
		if err != nil || split != c {
			t.Fatalf("%q split %q → %v, %v", s, c.Split(), split, err)
		}
		for _, a := range c.Ancestors() {
			if !a.IsAncestorOf(c) || !strings.HasPrefix(c.String(), a.String()) {
				t.Fatalf("%v is not an ancestor of %v", a, c)
			}
		}
	})
}

// FuzzLoadCSV checks that any input yields a catalog or an error, never a
// panic, and that every malformed row names a line.
func FuzzLoadCSV(f *testing.F) {
	f.Add([]byte(officialCSV))
	f.Add([]byte("code,name\n201,x\n2010x,y\n"))
	f.Add([]byte{0x81, 0x20, '\n'})
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := classify.LoadCSV[classify.FunctionKind](strings.NewReader(string(b)), classify.LoadOptions{})
		if err != nil {
			if le, ok := err.(*classify.LoadError); ok {
				for _, r := range le.Rows {
					if r.Line < 1 {
						t.Fatalf("row error without a line: %v", r)
					}
				}
			}
			return
		}
		if c == nil {
			t.Fatal("nil catalog without error")
		}
	})
}

// FuzzNameKey: NameKey never panics and is idempotent, and SameName is
// reflexive.
func FuzzNameKey(f *testing.F) {
	for _, s := range []string{"一、一般公共服务支出", "（1）行政运行", "维修（护）费", "“两房”建设", "支出", "1.", "二十六、", "(一)", "\u3000行 政\n运行\u3000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := classify.NameKey(s)
		if !classify.SameName(s, s) {
			t.Fatalf("SameName(%q, itself) is false", s)
		}
		if k2 := classify.NameKey(k); k2 != k {
			t.Fatalf("NameKey(%q) = %q, but NameKey(%q) = %q", s, k, k, k2)
		}
	})
}
