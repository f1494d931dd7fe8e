package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestBadInputs posts what users really send and checks the exact status
// and the reason in the JSON body.
func TestBadInputs(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	licence, err := os.ReadFile(filepath.Join("..", "..", "LICENSE"))
	require.NoError(t, err)
	random := make([]byte, 1<<20)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(r.Uint32())
	}
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	f, _ := zw.Create("report.txt")
	_, _ = f.Write([]byte("2024年度部门决算\n"))
	require.NoError(t, zw.Close())
	var gz bytes.Buffer
	gw := gzip.NewWriter(&gz)
	_, _ = gw.Write([]byte("2024年度部门决算\n"))
	require.NoError(t, gw.Close())
	gbkProse, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(strings.Repeat("今天天气很好，我们去公园散步。\n", 20)))
	require.NoError(t, err)

	const (
		binary      = "binary data, not text"
		archive     = "an archive, not a report (extract it first)"
		unsupported = "a format not read here"
		notReport   = "text that is not a fiscal report"
		empty       = "empty input"
		malformed   = "malformed document"
	)
	cases := []struct {
		name   string
		body   io.Reader
		status int
		reason string
	}{
		{"empty", strings.NewReader(""), http.StatusUnprocessableEntity, empty},
		{"white space", strings.NewReader(" \r\n\t\u3000\n"), http.StatusUnprocessableEntity, empty},
		{"random bytes", bytes.NewReader(random), http.StatusUnsupportedMediaType, binary},
		{"NULs", bytes.NewReader(make([]byte, 100<<10)), http.StatusUnsupportedMediaType, binary},
		{"zip", bytes.NewReader(zb.Bytes()), http.StatusUnsupportedMediaType, archive},
		{"gzip", bytes.NewReader(gz.Bytes()), http.StatusUnsupportedMediaType, archive},
		{"7z", strings.NewReader("7z\xbc\xaf\x27\x1c\x00\x04rest"), http.StatusUnsupportedMediaType, archive},
		{"rar", strings.NewReader("Rar!\x1a\x07\x01\x00rest"), http.StatusUnsupportedMediaType, archive},
		{"PDF", strings.NewReader("%PDF-1.7\n1 0 obj\n"), http.StatusUnsupportedMediaType, unsupported},
		{"legacy Word", bytes.NewReader(append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 512)...)), http.StatusUnsupportedMediaType, unsupported},
		{"the licence", bytes.NewReader(licence), http.StatusUnprocessableEntity, notReport},
		{"GBK prose", bytes.NewReader(gbkProse), http.StatusUnprocessableEntity, notReport},
		{"HTML without a report", strings.NewReader("<!DOCTYPE html><html><body><p>hello</p></body></html>"), http.StatusUnprocessableEntity, notReport},
		{"report words, nothing of a report", strings.NewReader("2024年度部门决算\n收入 支出 万元\n"), http.StatusUnprocessableEntity, notReport},
		{"malformed JSON", strings.NewReader(`{"department":`), http.StatusUnprocessableEntity, malformed},
		{"JSON of the wrong shape", strings.NewReader(`{"department": 5}`), http.StatusUnprocessableEntity, malformed},
		{"a line of 1 MiB", bodyOf([]byte("收入支出决算总表"), 1<<20), http.StatusUnprocessableEntity, "a line too long"},
		{"9 MiB (chunked)", io.MultiReader(bodyOf([]byte("决算 收入 100\n"), MaxBody), strings.NewReader("more")), http.StatusRequestEntityTooLarge, "input too large"},
	}
	for _, c := range cases {
		resp, v := postTo(t, srv.URL, c.body)
		assert.Equal(t, c.status, resp.StatusCode, "%s: %v", c.name, v)
		assert.Equal(t, c.reason, v["reason"], c.name)
		assert.NotEmpty(t, v["error"], c.name)
		assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"), c.name)
	}

	// With a Content-Length over the limit the answer comes before the body
	// is read.
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/lint", bodyOf([]byte("x"), MaxBody+1))
	require.NoError(t, err)
	req.ContentLength = MaxBody + 1
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)
}

// TestHarmlessVariants: the Daye report with CR line ends, in GB18030 or
// with full-width digits gets the answer of the original.
func TestHarmlessVariants(t *testing.T) {
	daye := corpus(t, "000_a6b8f70e670f2841.txt")
	_, want := post(t, string(daye))
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(daye)
	require.NoError(t, err)
	wide := []rune(string(daye))
	for i, c := range wide {
		if c >= '0' && c <= '9' {
			wide[i] = c + 0xfee0
		}
	}
	for name, body := range map[string][]byte{
		"CR":          bytes.ReplaceAll(daye, []byte("\n"), []byte("\r")),
		"GB18030":     gb,
		"full-width":  []byte(string(wide)),
		"UTF-8 BOM":   append([]byte("\xef\xbb\xbf"), daye...),
		"UTF-16 CRLF": utf16LE(strings.ReplaceAll(string(daye), "\n", "\r\n")),
	} {
		resp, got := post(t, string(body))
		require.Equal(t, http.StatusOK, resp.StatusCode, name)
		assert.Equal(t, want, got, name)
	}
}
