package input_test

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"math/rand/v2"
	"testing"

	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// randomBytes returns n bytes from a seeded generator.
func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed+1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// zipOf returns a zip archive holding empty files of the given names.
func zipOf(t testing.TB, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, n := range names {
		f, err := w.Create(n)
		require.NoError(t, err)
		_, err = f.Write([]byte("<x/>"))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// gzipOf returns s compressed with gzip.
func gzipOf(t testing.TB, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	_, err := w.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return buf.Bytes()
}

func TestSniff(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("2024年度部门决算\n收入支出决算总表\n金额单位：万元\n"))
	require.NoError(t, err)
	tar := make([]byte, 1024)
	copy(tar, "report.txt")
	copy(tar[257:], "ustar\x0000")
	// A DOCX cut after the second local header: no directory to read,
	// the names found in the local headers.
	docx := zipOf(t, "[Content_Types].xml", "word/document.xml")
	docxCut := docx[:bytes.Index(docx, []byte("word/document.xml"))+20]
	for _, c := range []struct {
		name string
		data []byte
		want input.Format
	}{
		{"nil", nil, input.FormatEmpty},
		{"spaces and line ends", []byte(" \r\n\t\n"), input.FormatEmpty},
		{"UTF-8 text", []byte("部门决算\n"), input.FormatText},
		{"UTF-8 BOM text", []byte("\xef\xbb\xbf部门决算\n"), input.FormatText},
		{"GBK text", gbk, input.FormatText},
		{"UTF-16LE text", append([]byte{0xff, 0xfe}, utf16Bytes("部门决算 2024\n", false)...), input.FormatText},
		{"UTF-16BE text without BOM", utf16Bytes("部门决算 2024\n收入 100.00\n", true), input.FormatText},
		{"UTF-16LE text without BOM or ASCII", utf16Bytes("大冶市政务服务和大数据管理局部门决算收入支出决算总表", false), input.FormatText},
		{"JSON", []byte("  {\"department\": \"x\"}"), input.FormatJSON},
		{"JSON in UTF-16", append([]byte{0xff, 0xfe}, utf16Bytes("{\"year\": 2024}", false)...), input.FormatJSON},
		{"HTML", []byte("<!DOCTYPE html>\n<html><body><table></table></body></html>"), input.FormatHTML},
		{"HTML fragment", []byte("<table><tr><td>合计</td></tr></table>"), input.FormatHTML},
		{"text beginning with <", []byte("<2024年度>部门决算"), input.FormatText},
		{"PDF", []byte("%PDF-1.7\n1 0 obj\n"), input.FormatPDF},
		{"PDF after junk", []byte("\x00\x00junk%PDF-1.4\n"), input.FormatPDF},
		{"DOCX", zipOf(t, "[Content_Types].xml", "word/document.xml"), input.FormatDOCX},
		{"XLSX", zipOf(t, "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"), input.FormatXLSX},
		{"zip", zipOf(t, "report.txt"), input.FormatZip},
		{"DOCX cut short", docxCut, input.FormatDOCX},
		{"gzip", gzipOf(t, "决算"), input.FormatGzip},
		{"7z", []byte("7z\xbc\xaf\x27\x1c\x00\x04"), input.Format7z},
		{"rar", []byte("Rar!\x1a\x07\x00"), input.FormatRar},
		{"bzip2", []byte("BZh91AY&SY"), input.FormatBzip2},
		{"xz", []byte("\xfd7zXZ\x00\x00"), input.FormatXZ},
		{"zstd", []byte("\x28\xb5\x2f\xfd\x00"), input.FormatZstd},
		{"tar", tar, input.FormatTar},
		{"legacy Word", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 100)...), input.FormatOLE},
		{"random bytes", randomBytes(10000, 7), input.FormatBinary},
		{"PNG", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), randomBytes(200, 3)...), input.FormatBinary},
		{"NULs", make([]byte, 4096), input.FormatBinary},
	} {
		assert.Equal(t, c.want, input.Sniff(c.data), c.name)
	}
}

func TestSniffCorpus(t *testing.T) {
	for _, c := range []struct {
		name string
		want input.Format
	}{
		{daye, input.FormatText},
		{putuo, input.FormatText},
		{"shanghai-putuo-czj-2024.pdf", input.FormatPDF},
		{"shanghai-putuo-2026-department-budget-template.xlsx", input.FormatXLSX},
	} {
		assert.Equal(t, c.want, input.Sniff(corpus(t, c.name)), c.name)
	}
}

func TestFormatPredicates(t *testing.T) {
	assert.True(t, input.Format7z.IsArchive())
	assert.True(t, input.FormatZip.IsArchive())
	assert.False(t, input.FormatDOCX.IsArchive())
	assert.False(t, input.FormatBinary.IsArchive())
	assert.True(t, input.FormatHTML.IsText())
	assert.False(t, input.FormatPDF.IsText())
	assert.Equal(t, "7z", input.Format7z.String())
}
