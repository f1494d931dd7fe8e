package main

import (
	"os"
	"testing"

	"github.com/cnfiscal/fiscal/internal/corpustest"
)

// TestMain runs the tests and says once how many were skipped for want of
// the corpus (see package internal/corpustest).
func TestMain(m *testing.M) { os.Exit(corpustest.Run(m)) }
