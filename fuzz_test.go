package fiscal_test

import (
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/shopspring/decimal"
)

// FuzzParseAmount checks that parsing never panics, and cross-checks every
// accepted plain number against shopspring/decimal.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"6,577.03", "2000.00　", "１２．５", "16.244万元", "14.23824万", "1.5亿元", "-3.86", "—", "", "1.234", "92233720368547758.07"} {
		f.Add(s, uint8(2))
	}
	f.Fuzz(func(t *testing.T, s string, u uint8) {
		unit := fiscal.Unit(u % 4)
		c, err := fiscal.ParseCell(s, unit)
		if err != nil {
			return
		}
		a, ok := c.Amount()
		if !ok {
			if !fiscal.IsBlank(s) {
				t.Fatalf("%q: absent but not blank", s)
			}
			return
		}
		// Plain ASCII numbers with no unit suffix: compare with decimal.
		plain := strings.TrimSpace(s)
		if plain == "" || strings.ContainsAny(plain, ",万亿元") || strings.ContainsFunc(plain, func(r rune) bool { return r > 127 }) {
			return
		}
		d, err := decimal.NewFromString(strings.TrimPrefix(plain, "+"))
		if err != nil {
			return
		}
		want, err := fiscal.FromDecimalIn(d, unit)
		if err != nil {
			t.Fatalf("%q parsed to %v but decimal says %v", s, a, err)
		}
		if want != a {
			t.Fatalf("%q: parsed %v, decimal %v", s, a, want)
		}
		// Round trip through the text form.
		back, err := fiscal.ParseAmount(a.String(), fiscal.Yuan)
		if err != nil || back != a {
			t.Fatalf("%q: round trip %v → %q → %v, %v", s, a, a.String(), back, err)
		}
	})
}
