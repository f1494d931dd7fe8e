package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"
)

// TestLintFormats: --format json equals --json, --format text equals the
// default, and the HTML page and workbook hold as many findings as the
// JSON, with the same exit status.
func TestLintFormats(t *testing.T) {
	p := corpusFile(t, "shanghai-putuo-czj-2024.layout.txt")
	codeJ, js, _ := runCmd("lint", "--json", p)
	code, js2, _ := runCmd("lint", "--format", "json", p)
	assert.Equal(t, codeJ, code)
	assert.Equal(t, js, js2)
	var rep struct{ Findings []map[string]any }
	require.NoError(t, json.Unmarshal([]byte(js), &rep))
	findings := rep.Findings
	require.NotEmpty(t, findings)

	_, text, _ := runCmd("lint", p)
	_, text2, _ := runCmd("lint", "--format", "text", p)
	assert.Equal(t, text, text2)

	dir := t.TempDir()
	page := filepath.Join(dir, "r.html")
	code, out, errOut := runCmd("lint", "--format", "html", "--out", page, p)
	assert.Equal(t, codeJ, code, errOut)
	assert.Empty(t, out)
	data, err := os.ReadFile(page)
	require.NoError(t, err)
	root, err := html.Parse(bytes.NewReader(data))
	require.NoError(t, err)
	items := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "li" {
			for _, a := range n.Attr {
				if a.Key == "class" && a.Val == "item" {
					items++
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	assert.Equal(t, len(findings), items)
	assert.Contains(t, string(data), "shanghai-putuo-czj-2024.layout.txt")

	book := filepath.Join(dir, "r.xlsx")
	code, _, errOut = runCmd("lint", "--format", "xlsx", "--out", book, p)
	assert.Equal(t, codeJ, code, errOut)
	f, err := excelize.OpenFile(book)
	require.NoError(t, err)
	defer f.Close()
	rows, err := f.GetRows("发现")
	require.NoError(t, err)
	assert.Len(t, rows, len(findings)+1)
}

func TestLintFormatErrors(t *testing.T) {
	p := corpusFile(t, "shanghai-putuo-czj-2024.layout.txt")
	cases := []struct {
		name string
		args []string
		msg  string
	}{
		{"unknown format", []string{"lint", "--format", "pdf", p}, `unknown format "pdf"`},
		{"json and html", []string{"lint", "--json", "--format", "html", p}, "disagree"},
		{"unwritable", []string{"lint", "--format", "html", "--out", filepath.Join(t.TempDir(), "no", "such", "dir.html"), p}, "no such file"},
	}
	for _, c := range cases {
		code, _, errOut := runCmd(c.args...)
		assert.Equal(t, 2, code, c.name)
		assert.Contains(t, errOut, c.msg, c.name)
	}
	err := writeReport("docx", &bytes.Buffer{}, nil, nil)
	assert.True(t, errors.Is(err, errFormat))
	assert.True(t, strings.Contains(err.Error(), "html"))
}
