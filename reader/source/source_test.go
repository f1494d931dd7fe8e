package source

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

func TestHTML(t *testing.T) {
	page := `<html><head><title>t</title><style>p{}</style><script>var x="<td>1</td>"</script></head><body>
<h2>支出决算表</h2><p>单位：万元</p>
<table><tr><th>科目编码</th><th>科目名称</th><th colspan="2">合计</th></tr>
<tr><td>201</td><td>一般公共服务<br>支出</td><td>30.00</td><td></td></tr></table>
<div>第三部分 情况说明</div></body></html>`
	ls, err := HTML([]byte(page), DefaultLimits())
	require.NoError(t, err)
	var texts []string
	for _, l := range ls {
		texts = append(texts, l.Text)
	}
	// The head (title, style, script) is not the report's text.
	assert.Equal(t, []string{"支出决算表", "单位：万元", "科目编码 科目名称 合计", "201 一般公共服务 支出 30.00", "第三部分 情况说明"}, texts)
	// The colspan is kept as an empty cell after it; the empty cell stays.
	assert.Equal(t, []string{"科目编码", "科目名称", "合计", ""}, ls[2].Cells)
	assert.Equal(t, []string{"201", "一般公共服务 支出", "30.00", ""}, ls[3].Cells)
	for i, l := range ls {
		assert.Equal(t, i+1, l.N)
	}
}

func docx(t testing.TB, body string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	require.NoError(t, err)
	_, err = w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func TestDOCX(t *testing.T) {
	body := `<w:p><w:r><w:t>收入决算表</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:p><w:r><w:t>201</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>一般公共</w:t></w:r><w:r><w:t>服务支出</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><w:t>说明</w:t></w:r><w:r><w:tab/><w:t>一</w:t></w:r></w:p>`
	ls, err := DOCX(docx(t, body), DefaultLimits())
	require.NoError(t, err)
	require.Len(t, ls, 4)
	assert.Equal(t, "收入决算表", ls[0].Text)
	assert.Equal(t, []string{"项目", "", "合计"}, ls[1].Cells)
	assert.Equal(t, []string{"201", "一般公共服务支出", ""}, ls[2].Cells)
	assert.Equal(t, "说明 一", ls[3].Text)
}

func TestXLSX(t *testing.T) {
	f := excelize.NewFile()
	require.NoError(t, f.SetSheetName("Sheet1", "收入决算表"))
	require.NoError(t, f.SetSheetRow("收入决算表", "A1", &[]any{"收入决算表"}))
	require.NoError(t, f.SetSheetRow("收入决算表", "A2", &[]any{"201", "一般公共服务支出", "30.00", "", "10.00"}))
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))
	ls, err := XLSX(buf.Bytes(), DefaultLimits())
	require.NoError(t, err)
	require.Len(t, ls, 3)
	assert.Equal(t, "收入决算表", ls[0].Text, "the sheet's name")
	assert.Nil(t, ls[1].Cells, "a title over one cell is text")
	assert.Equal(t, []string{"201", "一般公共服务支出", "30.00", "", "10.00"}, ls[2].Cells)
}

func TestBadFiles(t *testing.T) {
	_, err := DOCX([]byte("PK\x03\x04 not a zip"), DefaultLimits())
	assert.True(t, errors.Is(err, ErrFormat))
	_, err = DOCX(docx(t, "<w:p><w:r><w:t>x"), DefaultLimits())
	var e *Error
	require.True(t, errors.As(err, &e))
	assert.Equal(t, "docx", e.Format)
	_, err = XLSX([]byte("PK\x03\x04"), DefaultLimits())
	assert.True(t, errors.Is(err, ErrFormat))
	// Limits: a document unpacking beyond the limit, too many lines.
	big := docx(t, strings.Repeat("<w:p><w:r><w:t>一二三四五六七八九十</w:t></w:r></w:p>", 2000))
	_, err = DOCX(big, Limits{MaxUnzipped: 1 << 10, MaxLines: 1 << 20})
	assert.ErrorIs(t, err, ErrFormat)
	_, err = DOCX(big, Limits{MaxUnzipped: 1 << 30, MaxLines: 100})
	assert.ErrorIs(t, err, ErrFormat)
	_, err = HTML([]byte(strings.Repeat("<p>x</p>", 200)), Limits{MaxUnzipped: 1 << 20, MaxLines: 100})
	assert.ErrorIs(t, err, ErrFormat)
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<table><tr><td colspan="3">合计</td><td>1.00</td></tr></table><p>说明</p>`))
	f.Add([]byte(`<td colspan="99999999999">`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ls, err := HTML(data, Limits{MaxUnzipped: 1 << 20, MaxLines: 1000})
		if err == nil && len(ls) > 1000 {
			t.Fatalf("%d lines over the limit", len(ls))
		}
	})
}

func FuzzDOCX(f *testing.F) {
	f.Add(docx(f, `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = DOCX(data, Limits{MaxUnzipped: 1 << 20, MaxLines: 1000})
	})
}

func FuzzXLSX(f *testing.F) {
	x := excelize.NewFile()
	_ = x.SetSheetRow("Sheet1", "A1", &[]any{"201", "1.00"})
	var buf bytes.Buffer
	_ = x.Write(&buf)
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = XLSX(data, Limits{MaxUnzipped: 1 << 20, MaxLines: 1000})
	})
}
