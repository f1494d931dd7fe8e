package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./examples/daye2024 -update to create %s", path)
	assert.Equal(t, string(want), string(got), "output differs from %s (review, then -update)", path)
}

func TestReport(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errb), errb.String())
	golden(t, "report.txt", out.Bytes())
	assert.Contains(t, out.String(), "公开01表")
	assert.Contains(t, out.String(), "error narr.amount")
}

func TestJSON(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"--json"}, &out, &errb), errb.String())
	golden(t, "findings.json", out.Bytes())
	var fs []map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &fs))
	require.NotEmpty(t, fs)
	for _, f := range fs {
		for _, k := range []string{"rule", "severity", "within_rounding", "where", "message"} {
			assert.Contains(t, f, k)
		}
	}
}

func TestBadFlag(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"--nope"}, &out, &errb))
}
