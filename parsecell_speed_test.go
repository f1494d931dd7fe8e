package fiscal

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// parseCellGeneral is ParseCell without its shortcut for plain figures.
func parseCellGeneral(s string, unit Unit) (Cell, error) {
	t := foldNumber(s)
	for _, b := range blankCells {
		if t == b {
			return Cell{}, nil
		}
	}
	switch {
	case strings.HasSuffix(t, "万元"):
		t, unit = t[:len(t)-len("万元")], WanYuan
	case strings.HasSuffix(t, "亿元"):
		t, unit = t[:len(t)-len("亿元")], YiYuan
	case strings.HasSuffix(t, "万"):
		t, unit = t[:len(t)-len("万")], WanYuan
	case strings.HasSuffix(t, "亿"):
		t, unit = t[:len(t)-len("亿")], YiYuan
	case strings.HasSuffix(t, "元"):
		t, unit = t[:len(t)-len("元")], Yuan
	case strings.HasSuffix(t, "%"):
		return Cell{}, &ParseError{Text: s, Err: ErrPercent}
	}
	if !unit.Valid() {
		return Cell{}, &ParseError{Text: s, Err: ErrUnit}
	}
	t = strings.TrimRight(t, " ")
	fen, err := parseFixed(t, unit.MaxDecimals())
	if err != nil {
		return Cell{}, &ParseError{Text: s, Err: err}
	}
	return Present(Amount{fen}), nil
}

// TestParsePlainCell compares ParseCell, which reads plain figures by a
// shortcut, with its general path on random figures of digits, points,
// units, signs, commas and spaces, lengths around int64's limit included,
// in every unit (the invalid one too).
func TestParsePlainCell(t *testing.T) {
	pieces := []string{"0", "1", "5", "9", "9", "9", ".", ",", "-", " ", "万元", "元", "亿元", "万", "%", "０", "00000", "99999"}
	r := rand.New(rand.NewPCG(15, 13))
	plain := 0
	for range 400_000 {
		var b strings.Builder
		for range r.IntN(9) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if r.IntN(3) == 0 { // a plain figure, or nearly one
			s = strings.Repeat("9", r.IntN(20)) + []string{"", ".", ".5", ".123456789012"}[r.IntN(4)] + []string{"", "万元", "元", "亿元"}[r.IntN(4)]
		}
		for _, u := range []Unit{Yuan, WanYuan, YiYuan, Unit(0)} {
			want, werr := parseCellGeneral(s, u)
			got, gerr := ParseCell(s, u)
			require.Equal(t, werr, gerr, "%q in %v", s, u)
			require.Equal(t, want, got, "%q in %v", s, u)
			if _, ok := parsePlainCell(s, u); ok {
				plain++
			}
		}
	}
	require.Greater(t, plain, 50_000)
}
