package source_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/cnfiscal/fiscal/reader/source"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// miniPDF writes a one-page PDF (300 × 800 points) whose content stream
// shows each text at its baseline in Helvetica 10, a font whose metrics
// every PDF reader knows: digits 0.556 em wide, the comma and the point
// 0.278, ascent 0.718, descent 0.207.
func miniPDF(texts ...struct {
	x, y float64
	s    string
}) []byte {
	return turnedPDF("", "", texts...)
}

// turnedPDF is miniPDF with extra entries in the page dictionary (such as
// "/Rotate 90") and a transformation (cm) before the text.
func turnedPDF(page, cm string, texts ...struct {
	x, y float64
	s    string
}) []byte {
	var content strings.Builder
	content.WriteString(cm + "\n")
	for _, t := range texts {
		fmt.Fprintf(&content, "BT /F1 10 Tf %g %g Td (%s) Tj ET\n", t.x, t.y, t.s)
	}
	objs := []string{
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 800]" + page + "/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
		fmt.Sprintf("<</Length %d>>stream\n%s\nendstream", content.Len(), content.String()),
		"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	return b.Bytes()
}

type at = struct {
	x, y float64
	s    string
}

func needPdftotext(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
}

func TestPDFPoppler(t *testing.T) {
	needPdftotext(t)
	pdf := miniPDF(at{50, 700, "Title"}, at{50, 680, "201"}, at{150, 680, "1,234.00"}, at{50, 666, "one two"})
	pages, err := source.PDFPages(context.Background(), bytes.NewReader(pdf), source.PDFOptions{})
	require.NoError(t, err)
	require.Len(t, pages, 1)
	p := pages[0]
	assert.Equal(t, 1, p.Number)
	assert.Equal(t, 300.0, p.Width)
	require.Len(t, p.Lines, 3)
	// "201" ends at 50 + 3 × 5.56; "1,234.00" starts at 150: a gap of
	// 83.32 points, far more than a font size. "one two": the space is
	// 2.78 points, under one font size (the box height, 9.25, without a
	// wide character to measure): one cell, with a space.
	cells := func(l source.PDFLine) []string {
		var out []string
		for _, c := range l.Cells {
			out = append(out, c.Text)
		}
		return out
	}
	assert.Equal(t, []string{"Title"}, cells(p.Lines[0]))
	assert.Equal(t, []string{"201", "1,234.00"}, cells(p.Lines[1]))
	assert.Equal(t, []string{"one two"}, cells(p.Lines[2]))
	// Boxes in points from the top: baseline 800 − 680 = 120, ascent
	// 7.18 above, descent 2.07 below.
	assert.InDelta(t, 66.68, p.Lines[1].Cells[0].X1, 0.01)
	assert.InDelta(t, 188.92, p.Lines[1].Cells[1].X1, 0.01)
	assert.InDelta(t, (112.82+122.07)/2, p.Lines[1].Y, 0.01)
	// Positioned text: a display column is half of 9.25 points, and
	// figures stand by their right edge: 201 ends at (66.68 − 50) / 4.625
	// = 3.6 → column 4, so it starts at column 1; 1,234.00 ends at
	// (188.92 − 50) / 4.625 = 30.04 → column 30, so it starts at column 22.
	assert.Equal(t, "Title\n 201                  1,234.00\none two\n", string(source.PDFText(pages)))

	ls, err := source.PDF(context.Background(), bytes.NewReader(pdf), source.PDFOptions{})
	require.NoError(t, err)
	require.Len(t, ls, 3)
	assert.Equal(t, " 201                  1,234.00", ls[1].Text)
	assert.Nil(t, ls[1].Cells)
	assert.Equal(t, 2, ls[1].N)

	// With cells: the row and the title above it, within the row's
	// columns, are a table of two columns; "one two" below is text.
	ls, err = source.PDF(context.Background(), bytes.NewReader(pdf), source.PDFOptions{Cells: true})
	require.NoError(t, err)
	require.Len(t, ls, 3)
	assert.Equal(t, []string{"Title", ""}, ls[0].Cells)
	assert.Equal(t, []string{"201", "1,234.00"}, ls[1].Cells)
	assert.Equal(t, "201 1,234.00", ls[1].Text)
	assert.Nil(t, ls[2].Cells)

	// A wider cell gap does not join a figure to its neighbour: a figure
	// is a cell of its own.
	pages, err = source.PDFPages(context.Background(), bytes.NewReader(pdf), source.PDFOptions{GapEm: 10})
	require.NoError(t, err)
	assert.Equal(t, []string{"201", "1,234.00"}, cells(pages[0].Lines[1]))
}

func TestPDFErrors(t *testing.T) {
	needPdftotext(t)
	ctx := context.Background()

	// No text at all: a scan.
	_, err := source.PDF(ctx, bytes.NewReader(miniPDF()), source.PDFOptions{})
	var nr *input.NotReadableError
	require.ErrorAs(t, err, &nr)
	assert.Equal(t, input.ReasonScanned, nr.Reason)

	// Bytes before the signature (a mail header, a BOM) are allowed, as
	// by PDF readers.
	_, err = source.PDF(ctx, bytes.NewReader(append([]byte("\xef\xbb\xbfjunk\n"), miniPDF(at{50, 700, "x"})...)), source.PDFOptions{})
	require.NoError(t, err)

	// Not a PDF.
	_, err = source.PDF(ctx, strings.NewReader("hello"), source.PDFOptions{})
	var pe *source.PDFError
	require.ErrorAs(t, err, &pe)
	assert.Contains(t, pe.Detail, "not a PDF")
	assert.ErrorIs(t, err, source.ErrFormat)

	// A damaged PDF: pdftotext fails.
	_, err = source.PDF(ctx, strings.NewReader("%PDF-1.4\n garbage"), source.PDFOptions{})
	require.Error(t, err)
	assert.ErrorIs(t, err, source.ErrFormat)

	// Encrypted with a user password (a Standard security handler whose
	// keys no empty password opens).
	_, err = source.PDF(ctx, bytes.NewReader(encryptedPDF()), source.PDFOptions{})
	require.ErrorAs(t, err, &pe)
	assert.Contains(t, pe.Detail, "encrypted")

	// Too large.
	lim := source.DefaultPDFLimits()
	lim.MaxBytes = 100
	_, err = source.PDF(ctx, bytes.NewReader(miniPDF(at{50, 700, "x"})), source.PDFOptions{Limits: lim})
	require.ErrorAs(t, err, &nr)
	assert.Equal(t, input.ReasonTooLarge, nr.Reason)

	// A command that does not finish in time.
	dir := t.TempDir()
	slow := filepath.Join(dir, "pdftotext")
	require.NoError(t, os.WriteFile(slow, []byte("#!/bin/sh\nexec sleep 10\n"), 0o755))
	lim = source.DefaultPDFLimits()
	lim.Timeout = 200 * time.Millisecond
	start := time.Now()
	_, err = source.PDF(ctx, bytes.NewReader(miniPDF(at{50, 700, "x"})), source.PDFOptions{Engine: source.Poppler{Path: slow}, Limits: lim})
	require.ErrorAs(t, err, &nr)
	assert.Equal(t, input.ReasonTimeout, nr.Reason)
	assert.Less(t, time.Since(start), 5*time.Second)

	// No such command.
	_, err = source.PDF(ctx, bytes.NewReader(miniPDF(at{50, 700, "x"})), source.PDFOptions{Engine: source.Poppler{Path: filepath.Join(dir, "none")}})
	require.ErrorAs(t, err, &pe)
}

func TestParseBBoxErrors(t *testing.T) {
	lim := source.DefaultPDFLimits()
	page := `<page width="100" height="100"><word xMin="1" yMin="1" xMax="5" yMax="5">a</word></page>`
	tests := []struct {
		name, xhtml string
		detail      string // in a *BBoxError
		reason      input.Reason
	}{
		{"unclosed page", `<doc><page width="1" height="1">`, "unexpected EOF", 0},
		{"word outside a page", `<doc><word xMin="1" yMin="1" xMax="2" yMax="2">a</word></doc>`, "outside any page", 0},
		{"bad coordinate", `<doc><page width="1" height="1"><word xMin="x" yMin="1" xMax="2" yMax="2">a</word></page></doc>`, `xMin="x"`, 0},
		{"missing coordinate", `<doc><page width="1" height="1"><word yMin="1" xMax="2" yMax="2">a</word></page></doc>`, "has no xMin", 0},
		{"NaN", `<doc><page width="NaN" height="1"></page></doc>`, "not a coordinate", 0},
		{"page in a page", `<doc><page width="1" height="1"><page width="1" height="1"></page></page></doc>`, "a page inside a page", 0},
		{"too many pages", "<doc>" + strings.Repeat(page, 3) + "</doc>", "", input.ReasonTooManyPages},
		{"too many words", `<doc><page width="1" height="1">` + strings.Repeat(`<word xMin="1" yMin="1" xMax="2" yMax="2">a</word>`, 5) + `</page></doc>`, "", input.ReasonTooLarge},
	}
	lim.MaxPages, lim.MaxWords = 2, 4
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := source.ParseBBox([]byte(tc.xhtml), lim, 0)
			require.Error(t, err)
			if tc.reason != 0 {
				var nr *input.NotReadableError
				require.ErrorAs(t, err, &nr)
				assert.Equal(t, tc.reason, nr.Reason)
				return
			}
			var be *source.BBoxError
			require.ErrorAs(t, err, &be)
			assert.Contains(t, be.Detail, tc.detail)
			assert.True(t, errors.Is(err, source.ErrFormat))
		})
	}
}

// TestParseBBoxLines lays out words whose boxes disagree as an office
// suite's export makes them: Chinese text boxes a quarter of the font
// size high, figure boxes twice the font size high with their middles
// above the text's. Figures are from the Putuo 决算 (page 7 of
// shanghai-putuo-czj-2024.pdf), boxes as pdftotext -bbox-layout gives them.
func TestParseBBoxLines(t *testing.T) {
	xhtml := `<html><body><doc><page width="595" height="842">
<flow><block><line><word xMin="66.79" yMin="82.53" xMax="242.79" yMax="85.35">使用非财政拨款结余（含专用结余）</word></line>
<line><word xMin="66.79" yMin="99.78" xMax="143.79" yMax="102.60">年初结转和结余</word></line>
<line><word xMin="44.79" yMin="117.03" xMax="66.79" yMax="119.84">总计</word></line></block></flow>
<flow><block><line><word xMin="270.10" yMin="86.58" xMax="294.85" yMax="107.06">49.14</word></line></block></flow>
<flow><block><line><word xMin="256.35" yMin="103.83" xMax="294.85" yMax="124.31">2,995.39</word></line></block></flow>
<flow><block><line><word xMin="72.00" yMin="305.85" xMax="168.00" yMax="308.92">从预算单位构成看</word></line>
<line><word xMin="72.00" yMin="319.77" xMax="96.00" yMax="322.84">纳入</word><word xMin="99.00" yMin="305.37" xMax="123.00" yMax="327.71">2024</word><word xMin="126.00" yMin="319.77" xMax="150.00" yMax="322.84">年度</word></line></block></flow>
<flow><block><line><word xMin="81.66" yMin="419.64" xMax="93.66" yMax="422.72">类</word></line></block></flow>
<flow><block><line><word xMin="255.81" yMin="427.43" xMax="279.81" yMax="430.50">合计</word></line></block></flow>
<flow><block><line><word xMin="371.79" yMin="413.04" xMax="413.79" yMax="435.39">2,946.25</word></line></block></flow>
</page><page width="595" height="842"></page></doc></body></html>`
	pages, err := source.ParseBBox([]byte(xhtml), source.DefaultPDFLimits(), 0)
	require.NoError(t, err)
	require.Len(t, pages, 2, "the empty second page is kept")
	var got []string
	for _, l := range pages[0].Lines {
		var cs []string
		for _, c := range l.Cells {
			cs = append(cs, c.Text)
		}
		got = append(got, strings.Join(cs, "|"))
	}
	// 49.14's box (86.58–107.06) holds the middle of 年初结转和结余
	// (101.19), not that of the line above (83.94): it is that row's
	// figure, as printed. "2024" (305.37–327.71) holds the middles of both
	// text lines of its block, but pdftotext put it on the second.
	// The gaps of 3 points there are a quarter of the font size (11 to 12
	// points, from the width of the Chinese words): spaces, but a figure
	// is a cell of its own.
	assert.Equal(t, []string{
		"使用非财政拨款结余（含专用结余）",
		"年初结转和结余|49.14",
		"总计|2,995.39",
		"从预算单位构成看",
		"纳入|2024|年度",
		// 2,946.25 (413.04–435.39) holds the middles of both 类 (421.18)
		// and 合计 (428.97): it could be either's, and stays alone.
		"类",
		"2,946.25",
		"合计",
	}, got)
	assert.Empty(t, pages[1].Lines)
	assert.Equal(t, 2, pages[1].Number)
}

func ExampleParseBBox() {
	xhtml := `<doc><page width="300" height="800">
<word xMin="50" yMin="112.82" xMax="66.68" yMax="122.07">201</word>
<word xMin="150" yMin="112.82" xMax="188.92" yMax="122.07">1,234.00</word>
</page></doc>`
	pages, err := source.ParseBBox([]byte(xhtml), source.DefaultPDFLimits(), 0)
	if err != nil {
		panic(err)
	}
	for _, c := range pages[0].Lines[0].Cells {
		fmt.Printf("%q from %.2f to %.2f\n", c.Text, c.X0, c.X1)
	}
	// Output:
	// "201" from 50.00 to 66.68
	// "1,234.00" from 150.00 to 188.92
}

// TestPDFCorpus reads the Putuo 决算 with pdftotext -bbox-layout: its 25
// pages, and two rows of the 收入支出决算总表 as printed (page 6 and the
// table's end on page 7), cells from positions.
func TestPDFCorpus(t *testing.T) {
	needPdftotext(t)
	path := filepath.Join(corpusDir(t), "shanghai-putuo-czj-2024.pdf")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s not in the corpus", path)
	}
	defer f.Close()
	pages, err := source.PDFPages(context.Background(), f, source.PDFOptions{})
	require.NoError(t, err)
	require.Len(t, pages, 25)
	row := func(p source.PDFPage, first string) []string {
		for _, l := range p.Lines {
			if l.Cells[0].Text == first {
				var out []string
				for _, c := range l.Cells {
					out = append(out, c.Text)
				}
				return out
			}
		}
		return nil
	}
	assert.Equal(t, []string{"本年收入合计", "2,946.25", "本年支出合计", "2,940.05"}, row(pages[5], "本年收入合计"))
	assert.Equal(t, []string{"年初结转和结余", "49.14", "年末结转和结余", "55.34"}, row(pages[6], "年初结转和结余"))
	assert.Equal(t, []string{"总计", "2,995.39", "总计", "2,995.39"}, row(pages[6], "总计"))
	// Landscape pages keep their size.
	assert.Equal(t, 842.0, pages[7].Width)
}

// TestPDFTurned reads the same text printed turned: a landscape page
// (/Rotate 90 with its content turned back, the usual way), content turned
// on a portrait page (text running up the page), and a page turned with
// its content not (text running down the page as displayed). Each reads as
// the upright page does (TestPDFPoppler derives that text by hand).
func TestPDFTurned(t *testing.T) {
	needPdftotext(t)
	texts := []at{{50, 250, "Title"}, {50, 230, "201"}, {150, 230, "1,234.00"}, {50, 216, "one two"}}
	want := "Title\n 201                  1,234.00\none two\n"
	for _, tc := range []struct{ name, page, cm string }{
		{"upright", "", ""},
		{"landscape", "/Rotate 90", "0 1 -1 0 300 0 cm"},
		{"content turned", "", "0 1 -1 0 300 0 cm"},
		{"page turned", "/Rotate 90", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages, err := source.PDFPages(context.Background(), bytes.NewReader(turnedPDF(tc.page, tc.cm, texts...)), source.PDFOptions{})
			require.NoError(t, err)
			assert.Equal(t, want, string(source.PDFText(pages)))
		})
	}
}

// TestGrid finds a table's columns from its cells' positions and gives
// its lines one cell a column, blanks included. The page, in points: a
// title, a header (项目 over the names, 合计/基本支出/项目支出 centred over
// right-aligned figures), a row, a name fragment, a row without 基本支出,
// and a sentence after the table.
func TestGrid(t *testing.T) {
	c := func(s string, x0, x1 float64) source.PDFCell { return source.PDFCell{Text: s, X0: x0, X1: x1} }
	p := source.PDFPage{Lines: []source.PDFLine{
		{Cells: []source.PDFCell{c("支出决算表", 200, 260)}},
		{Cells: []source.PDFCell{c("项目", 60, 84), c("合计", 160, 184), c("基本支出", 220, 268), c("项目支出", 300, 348)}},
		{Cells: []source.PDFCell{c("201", 20, 38), c("一般公共服务支出", 60, 140), c("2,106.66", 150, 190), c("1,503.52", 230, 270), c("603.14", 320, 350)}},
		{Cells: []source.PDFCell{c("支出", 60, 84)}},
		{Cells: []source.PDFCell{c("20106", 20, 50), c("财政事务", 60, 108), c("603.14", 165, 190), c("603.14", 320, 350)}},
		{Cells: []source.PDFCell{c("本年支出合计2940.05万元。", 20, 300)}},
	}}
	// Columns from the two rows' cells, overlapping extents merged: codes
	// 20–50, names 60–140, figures 150–190, 230–270 and 320–350. The
	// header's cells each overlap one of them, and so does the title
	// (200–260 reaches 230–270): both are the table's. The fragment
	// between the rows is; the sentence after the last row is not.
	want := [][]string{
		{"", "", "", "支出决算表", ""},
		{"", "项目", "合计", "基本支出", "项目支出"},
		{"201", "一般公共服务支出", "2,106.66", "1,503.52", "603.14"},
		{"", "支出", "", "", ""},
		{"20106", "财政事务", "603.14", "", "603.14"},
		nil,
	}
	assert.Equal(t, want, p.Grid())

	// A name reaching over two figure columns does not merge them.
	p.Lines[2].Cells[1].X1 = 280
	got := p.Grid()
	assert.Len(t, got[2], 5)
	assert.Equal(t, "603.14", got[4][2])
}

// TestPDFCellsBlocks reads a table printing two blocks of rows side by
// side (人员经费 left, 公用经费 right, each with its codes, names and
// figures): the lines of the left block come first, then those of the
// right one.
func TestPDFCellsBlocks(t *testing.T) {
	c := func(s string, x0, x1 float64) source.PDFCell { return source.PDFCell{Text: s, X0: x0, X1: x1} }
	p := source.PDFPage{Lines: []source.PDFLine{
		{Cells: []source.PDFCell{c("科目编码", 20, 68), c("科目名称", 80, 128), c("决算数", 150, 186), c("科目编码", 200, 248), c("科目名称", 260, 308), c("决算数", 330, 366)}},
		{Cells: []source.PDFCell{c("301", 20, 38), c("工资福利支出", 80, 140), c("100.00", 160, 190), c("302", 200, 218), c("商品和服务支出", 260, 320), c("20.00", 345, 370)}},
		{Cells: []source.PDFCell{c("30101", 20, 50), c("基本工资", 80, 128), c("60.00", 165, 190), c("30201", 200, 230), c("办公费", 260, 296), c("5.00", 350, 370)}},
	}}
	ls, err := source.PDFCells([]source.PDFPage{p}, 0)
	require.NoError(t, err)
	var got [][]string
	for _, l := range ls {
		got = append(got, l.Cells)
	}
	assert.Equal(t, [][]string{
		{"科目编码", "科目名称", "决算数"},
		{"301", "工资福利支出", "100.00"},
		{"30101", "基本工资", "60.00"},
		{"科目编码", "科目名称", "决算数"},
		{"302", "商品和服务支出", "20.00"},
		{"30201", "办公费", "5.00"},
	}, got)
}

// TestDropRunning leaves out a header opening four pages of five and the
// page numbers closing them (1 to 5, growing with the page), and keeps a
// line that opens only two pages and the header's text where it stands
// inside a page.
func TestDropRunning(t *testing.T) {
	line := func(s string) source.PDFLine { return source.PDFLine{Cells: []source.PDFCell{{Text: s}}} }
	var pages []source.PDFPage
	for i := 1; i <= 5; i++ {
		var ls []source.PDFLine
		if i != 3 {
			ls = append(ls, line("XX局 2024年度部门决算"))
		}
		if i <= 2 {
			ls = append(ls, line("收入决算表"))
		}
		ls = append(ls, line(fmt.Sprintf("正文%d", i)))
		if i == 3 {
			ls = append(ls, line("XX局2024年度部门决算"))
		}
		ls = append(ls, line(fmt.Sprintf("- %d -", i)))
		pages = append(pages, source.PDFPage{Number: i, Lines: ls})
	}
	texts := func(p source.PDFPage) []string {
		var out []string
		for _, l := range p.Lines {
			out = append(out, l.Cells[0].Text)
		}
		return out
	}
	got := source.DropRunning(pages)
	assert.Equal(t, []string{"收入决算表", "正文1"}, texts(got[0]))
	assert.Equal(t, []string{"正文3", "XX局2024年度部门决算"}, texts(got[2]))
	assert.Equal(t, []string{"正文5"}, texts(got[4]))
	// Bare numbers that do not grow with the page are figures: kept.
	for i := range pages {
		pages[i].Lines[len(pages[i].Lines)-1] = line(fmt.Sprint(8 - i))
	}
	got = source.DropRunning(pages)
	assert.Equal(t, []string{"收入决算表", "正文1", "8"}, texts(got[0]))
	// Numbers from the third page on (a cover and contents unnumbered).
	for i := range pages {
		pages[i].Lines[len(pages[i].Lines)-1] = line(fmt.Sprint(i - 1))
	}
	got = source.DropRunning(pages)
	assert.Equal(t, []string{"收入决算表", "正文1", "-1"}, texts(got[0]), "-1 is a figure")
	assert.Equal(t, []string{"正文5"}, texts(got[4]))
	// The pages given are unchanged.
	assert.Len(t, pages[0].Lines, 4)
	// Fewer than four pages: nothing is running.
	assert.Equal(t, pages[:3], source.DropRunning(pages[:3]))
}

// encryptedPDF writes a one-page PDF encrypted by the Standard security
// handler (RC4, revision 2) with owner and user keys that no password
// gives: readers ask for a password.
func encryptedPDF() []byte {
	objs := []string{
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 800]>>",
		"<</Filter/Standard/V 1/R 2/O <" + strings.Repeat("11", 32) + ">/U <" + strings.Repeat("22", 32) + ">/P -4>>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	id := strings.Repeat("ab", 16)
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root 1 0 R/Encrypt 4 0 R/ID[<%s><%s>]>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, id, id, x)
	return b.Bytes()
}
