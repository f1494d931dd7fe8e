package classify_test

import (
	"errors"
	"testing"

	"github.com/cnfiscal/fiscal/classify"
	"github.com/stretchr/testify/assert"
)

// endless reads "2010301,行政运行\n" forever.
type endless struct{ off int }

func (e *endless) Read(p []byte) (int, error) {
	line := []byte("2010301,行政运行\n")
	for i := range p {
		p[i] = line[e.off%len(line)]
		e.off++
	}
	return len(p), nil
}

// TestLoadCSVEndless: a reader that never ends stops at MaxCSVBytes with
// ErrCatalogTooLarge instead of exhausting memory.
func TestLoadCSVEndless(t *testing.T) {
	_, err := classify.LoadCSV[classify.FunctionKind](&endless{}, classify.LoadOptions{Edition: 2024})
	assert.True(t, errors.Is(err, classify.ErrCatalogTooLarge), "%v", err)
}
