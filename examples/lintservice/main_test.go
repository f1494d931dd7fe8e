package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func post(t *testing.T, body string) (*http.Response, map[string]any) {
	t.Helper()
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	return postTo(t, srv.URL, strings.NewReader(body))
}

func postTo(t *testing.T, url string, body io.Reader) (*http.Response, map[string]any) {
	t.Helper()
	resp, err := http.Post(url+"/lint", "text/plain", body)
	require.NoError(t, err)
	defer resp.Body.Close()
	var v map[string]any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&v))
	return resp, v
}

// corpus reads a corpus file (internal/corpustest: $FISCAL_CORPUS, else
// ../shared/corpus beside the repository), skipping the test when the
// corpus is absent and failing when FISCAL_REQUIRE_CORPUS is set.
func corpus(t testing.TB, name string) []byte {
	t.Helper()
	return corpustest.Read(t, name)
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
	data := corpus(t, "000_a6b8f70e670f2841.txt")
	resp, v := post(t, string(data))
	require.Equal(t, http.StatusOK, resp.StatusCode, "%v", v)
	assert.Equal(t, "word-text", v["format"])

	// The same report in UTF-16 gives the same answer.
	resp16, v16 := post(t, string(utf16LE(string(data))))
	require.Equal(t, http.StatusOK, resp16.StatusCode, "%v", v16)
	assert.Equal(t, v, v16)
}

// utf16LE encodes s as UTF-16LE with a byte order mark.
func utf16LE(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			hi, lo := 0xd800+(r>>10), 0xdc00+(r&0x3ff)
			out = append(out, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			continue
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestMethodNotAllowed(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	r, err := http.Get(srv.URL + "/lint")
	require.NoError(t, err)
	defer r.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, r.StatusCode)
	assert.Equal(t, "POST", r.Header.Get("Allow"))
	var v map[string]any
	require.NoError(t, json.NewDecoder(r.Body).Decode(&v))
	assert.NotEmpty(t, v["error"])
}

func TestNewServerTimeouts(t *testing.T) {
	s := NewServer(":0", DefaultConfig())
	assert.Positive(t, s.ReadHeaderTimeout)
	assert.Positive(t, s.ReadTimeout)
	assert.Positive(t, s.WriteTimeout)
	assert.Positive(t, s.IdleTimeout)
	assert.Positive(t, s.MaxHeaderBytes)
	assert.Greater(t, s.WriteTimeout, DefaultConfig().CheckTimeout, "a check within its budget can still be answered")
}

// bodyOf returns a reader of n bytes repeating pattern, built as it is
// read (the client holds no copy).
func bodyOf(pattern []byte, n int64) io.Reader {
	return io.LimitReader(&repeat{p: pattern}, n)
}

type repeat struct {
	p   []byte
	off int
}

func (r *repeat) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = r.p[r.off%len(r.p)]
		r.off++
	}
	return len(b), nil
}

func TestReadAllBodyKinds(t *testing.T) {
	// A body larger than the limit without a Content-Length (chunked) is
	// cut by the reader: 413.
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	resp, v := postTo(t, srv.URL, io.MultiReader(bodyOf([]byte("决算 收入 100万元\n"), MaxBody), strings.NewReader("x")))
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)
	assert.Equal(t, "input too large", v["reason"])

	// Exactly the limit is read (and then judged: prose, not a report).
	resp, v = postTo(t, srv.URL, bytes.NewReader(bytes.Repeat([]byte("今天天气很好。\n"), MaxBody/len("今天天气很好。\n"))))
	assert.Equal(t, http.StatusUnprocessableEntity, resp.StatusCode, "%v", v)
	assert.Equal(t, "text that is not a fiscal report", v["reason"])
}
