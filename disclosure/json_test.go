package disclosure_test

import (
	"encoding/json"
	"testing"

	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSONRoundTrip writes the whole Daye document as JSON and reads it
// back: the result equals the original, field for field.
func TestJSONRoundTrip(t *testing.T) {
	doc := daye2024.Document()
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	var back disclosure.Document
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, doc, &back)
	// Money is never a JSON number.
	assert.Contains(t, string(b), `"total":"65770300.00"`)
	assert.NotContains(t, string(b), `6577.03,`)
	// And the findings are the same.
	assert.Equal(t, doc.Check(disclosure.CheckOptions{}), back.Check(disclosure.CheckOptions{}))
}
