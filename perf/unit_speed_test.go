package perf

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// TestValidUnitSwitch checks that validUnit's switch accepts exactly the
// symbol units of symbolUnits, and that notInUnit answers
// strings.ContainsRune(notInUnits, r) for every rune.
func TestValidUnitSwitch(t *testing.T) {
	for _, u := range symbolUnits {
		require.True(t, validUnit(u), u)
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		require.Equal(t, strings.ContainsRune(notInUnits, r), notInUnit(r), "rune %U", r)
	}
	// A symbol outside the list is no unit: "°F" is not in symbolUnits.
	require.False(t, slices.Contains(symbolUnits[:], "°F"))
	require.False(t, validUnit("°F"))
}
