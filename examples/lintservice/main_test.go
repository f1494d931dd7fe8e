package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func post(t *testing.T, body string) (*http.Response, map[string]any) {
	t.Helper()
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/lint", "text/plain", strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	var v map[string]any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&v))
	return resp, v
}

func TestLintJSONDocument(t *testing.T) {
	b, err := json.Marshal(daye2024.Document())
	require.NoError(t, err)
	resp, v := post(t, string(b))
	require.Equal(t, http.StatusOK, resp.StatusCode, "%v", v)
	assert.Equal(t, "json", v["format"])
	assert.Equal(t, true, v["errors"])
	fs := v["findings"].([]any)
	require.NotEmpty(t, fs)
	first := fs[0].(map[string]any)
	assert.Equal(t, "error", first["severity"])
	assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"))
}

func TestLintWordText(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpus", "000_a6b8f70e670f2841.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("FISCAL_REQUIRE_CORPUS") != "" {
			t.Fatalf("corpus not found: %v", err)
		}
		t.Skipf("corpus not found at %s", path)
	}
	resp, v := post(t, string(data))
	require.Equal(t, http.StatusOK, resp.StatusCode, "%v", v)
	assert.Equal(t, "word-text", v["format"])
}

func TestBadRequests(t *testing.T) {
	resp, v := post(t, "")
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Contains(t, v["error"], "empty")

	resp, v = post(t, `{"department": 5}`)
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Contains(t, v["error"], "JSON")

	resp, _ = post(t, "%PDF-1.7 binary")
	assert.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode)

	resp, _ = post(t, strings.Repeat("x", MaxBody+1))
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)

	srv := httptest.NewServer(Handler())
	defer srv.Close()
	r, err := http.Get(srv.URL + "/lint")
	require.NoError(t, err)
	r.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, r.StatusCode)
	assert.Equal(t, "POST", r.Header.Get("Allow"))
}
