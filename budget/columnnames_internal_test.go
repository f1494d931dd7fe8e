package budget

import (
	"os"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEveryColumnNamed: each column ID column.go declares has the name a
// finding prints for it (增减额 and 增减率 were printed "change" and
// "change-rate"). The IDs are read from the source, so a column added
// later without a name fails here.
func TestEveryColumnNamed(t *testing.T) {
	src, err := os.ReadFile("column.go")
	if err != nil {
		t.Fatal(err)
	}
	decl := regexp.MustCompile(`(?m)^\s+(Col\w+)\s+= "([^"]+)"`)
	ms := decl.FindAllStringSubmatch(string(src), -1)
	assert.Greater(t, len(ms), 40)
	for _, m := range ms {
		_, ok := columnNames[m[2]]
		assert.True(t, ok, "%s (%q) has no name", m[1], m[2])
	}
	assert.Equal(t, "增减额", columnName(ColChange))
}
