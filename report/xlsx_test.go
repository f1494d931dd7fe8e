package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/report"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// fillOf returns the fill colour of a cell, or "".
func fillOf(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	require.NoError(t, err)
	st, err := f.GetStyle(id)
	require.NoError(t, err)
	if len(st.Fill.Color) == 0 {
		return ""
	}
	return strings.TrimPrefix(strings.ToUpper(st.Fill.Color[0]), "#")
}

// find returns the reference of the first cell in sheet with the given value.
func find(t *testing.T, f *excelize.File, sheet, value string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	require.NoError(t, err)
	for r, row := range rows {
		for c, v := range row {
			if v == value {
				ref, err := excelize.CoordinatesToCellName(c+1, r+1)
				require.NoError(t, err)
				return ref
			}
		}
	}
	t.Fatalf("no cell %q in sheet %s", value, sheet)
	return ""
}

func TestXLSX(t *testing.T) {
	fs, _ := smallFindings()
	var buf bytes.Buffer
	require.NoError(t, report.XLSX(&buf, smallDoc(), fs, report.Options{}))
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	defer f.Close()
	gb, tp := "表五 一般公共预算财政拨款支出决算表", "表七 财政拨款“三公”经费支出决算表"
	assert.Equal(t, []string{gb, tp, report.TextSheet, report.FindingsSheet}, f.GetSheetList())

	// The cells, as printed, and their colours by hand: 208 基本支出 7.66
	// has an error; the 201 row label a warning; 201 合计 12.34 nothing.
	ref := find(t, f, gb, "7.66")
	assert.Equal(t, report.ColorError, fillOf(t, f, gb, ref))
	typ, err := f.GetCellType(gb, ref)
	require.NoError(t, err)
	assert.NotEqual(t, excelize.CellTypeSharedString, typ, "figures are numbers")
	assert.Equal(t, report.ColorWarning, fillOf(t, f, gb, find(t, f, gb, "一般公共服务支出")))
	assert.Empty(t, fillOf(t, f, gb, find(t, f, gb, "12.34")))
	comments, err := f.GetComments(gb)
	require.NoError(t, err)
	byCell := map[string]string{}
	for _, c := range comments {
		var b strings.Builder
		for _, p := range c.Paragraph {
			b.WriteString(p.Text)
		}
		byCell[c.Cell] = b.String() + c.Text
	}
	assert.Contains(t, byCell[ref], "基本支出 is off")
	assert.Contains(t, byCell[ref], "acc.general.total")
	assert.Equal(t, report.ColorError, fillOf(t, f, tp, find(t, f, tp, "4.00")))
	assert.Equal(t, report.ColorError, fillOf(t, f, report.TextSheet, find(t, f, report.TextSheet, "一般公共服务支出12.34万元，占41.13%。")))

	rows, err := f.GetRows(report.FindingsSheet)
	require.NoError(t, err)
	require.Len(t, rows, len(fs)+1)
	assert.Equal(t, report.FindingsHeader, rows[0])
	assert.Equal(t, []string{"1", "error", "acc.general.total"}, rows[1][:3])
	assert.Equal(t, report.ColorError, fillOf(t, f, report.FindingsSheet, "B2"))
	assert.Equal(t, report.ColorWarning, fillOf(t, f, report.FindingsSheet, "B3"))
	// The link of finding 1 goes to the 7.66 cell; finding 8 (a table
	// the document lacks) has none.
	link := "'" + gb + "'!" + ref
	ok, target, err := f.GetCellHyperLink(report.FindingsSheet, "Q2")
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, link, target)
	ok, _, err = f.GetCellHyperLink(report.FindingsSheet, "Q9")
	require.NoError(t, err)
	assert.False(t, ok)
	assert.Equal(t, "41.07", rows[6][9], "expected of narr.share")
}

func TestXLSXPutuo(t *testing.T) {
	doc, fs := putuo(t)
	var buf bytes.Buffer
	require.NoError(t, report.XLSX(&buf, doc, fs, report.Options{}))
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	defer f.Close()
	assert.Len(t, f.GetSheetList(), 9+2, "nine tables, the text, the findings")
	rows, err := f.GetRows(report.FindingsSheet)
	require.NoError(t, err)
	require.Len(t, rows, len(fs)+1)
	// By hand: 基本支出决算表 301 prints 2082.85, which a rounding finding
	// (info) concerns.
	var basic string
	for _, s := range f.GetSheetList() {
		if strings.Contains(s, "基本支出") {
			basic = s
		}
	}
	require.NotEmpty(t, basic)
	assert.Equal(t, report.ColorInfo, fillOf(t, f, basic, find(t, f, basic, "2082.85")))
}

func TestXLSXEmpty(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, report.XLSX(&buf, nil, nil, report.Options{}))
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, []string{report.FindingsSheet}, f.GetSheetList())
	rows, err := f.GetRows(report.FindingsSheet)
	require.NoError(t, err)
	assert.Len(t, rows, 1, "the header only")
}
