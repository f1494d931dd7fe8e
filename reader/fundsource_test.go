package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cnfiscal/fiscal"
)

func TestPlaceFunds(t *testing.T) {
	wan := func(s string) fiscal.Cell {
		c, err := fiscal.ParseCell(s, fiscal.WanYuan)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	// 2,000.00 printed twice: 合计 and one fund (the reader's guess put
	// the second under 一般公共预算).
	printed := map[string]fiscal.Cell{"total": wan("2000.00"), "general": wan("2000.00")}
	tests := []struct {
		name  string
		known [3]int64
		want  map[string]fiscal.Cell
	}{
		{"the 一般公共预算 and 国有资本 tables lack the row", [3]int64{0, -1, 0},
			map[string]fiscal.Cell{"total": wan("2000.00"), "gov-fund": wan("2000.00")}},
		{"the 政府性基金 table gives it", [3]int64{-1, 2_000_000_000, -1},
			map[string]fiscal.Cell{"total": wan("2000.00"), "gov-fund": wan("2000.00")}},
		{"only the 一般公共预算 table known: 政府性基金 or 国有资本", [3]int64{0, -1, -1}, nil},
		{"nothing known", [3]int64{-1, -1, -1}, nil},
		{"the tables contradict the row", [3]int64{0, 0, 0}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := placeFunds(printed, tc.known)
			assert.Equal(t, tc.want != nil, ok)
			assert.Equal(t, tc.want, got)
		})
	}
	// A printed 0 stays printed, under a fund the row leaves empty (known
	// amounts are in fen: 4,402.44 万元 is 4,402,440,000 fen).
	got, ok := placeFunds(map[string]fiscal.Cell{"total": wan("6402.44"), "general": wan("4402.44"), "gov-fund": wan("2000.00"), "state-capital": wan("0")},
		[3]int64{4_402_440_000, -1, 0})
	assert.True(t, ok)
	assert.Equal(t, wan("0"), got["state-capital"])
	assert.Equal(t, wan("2000.00"), got["gov-fund"])
}

func TestOnlyZeros(t *testing.T) {
	zero := fiscal.Present(fiscal.Amount{})
	assert.True(t, onlyZeros(map[string]fiscal.Cell{"total": zero, "general": zero}))
	assert.False(t, onlyZeros(map[string]fiscal.Cell{}), "no figure printed")
	assert.False(t, onlyZeros(map[string]fiscal.Cell{"total": zero, "general": fiscal.Present(fiscal.Fen(1))}))
}
