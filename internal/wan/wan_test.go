package wan

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cnfiscal/fiscal"
)

// TestHalfAndRound: values by hand. 2940.05 万元 is 0.294亿元 at −1
// (2940 万元), 0.29亿元 at −2 (2900), 2940.1 at 1.
func TestHalfAndRound(t *testing.T) {
	w := func(s string) fiscal.Amount {
		a, err := fiscal.ParseAmount(s, fiscal.WanYuan)
		require.NoError(t, err)
		return a
	}
	assert.Equal(t, w("0.005"), Half(2))
	assert.Equal(t, w("0.5"), Half(0))
	assert.Equal(t, w("5"), Half(-1))
	assert.Equal(t, w("50"), Half(-2))
	for d, want := range map[int]string{1: "2940.1", 0: "2940", -1: "2940", -2: "2900", -3: "3000"} {
		got, err := Round(w("2940.05"), d)
		require.NoError(t, err)
		assert.Equal(t, w(want), got, "%d", d)
	}
}
