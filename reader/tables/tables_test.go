package tables

import (
	"regexp"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// linesOf numbers the lines of a text.
func linesOf(s string) []Line {
	var out []Line
	for i, l := range strings.Split(s, "\n") {
		out = append(out, Line{N: i + 1, Text: l})
	}
	return out
}

// cells renders a row's cells as "id=figure" in the profile's column order.
func cells(p *profile.Table, r profile.Row) string {
	var parts []string
	for _, c := range p.Columns {
		if cell, ok := r.Cells[c.ID]; ok {
			parts = append(parts, c.ID+"="+cell.Format(fiscal.TableFormat()))
		}
	}
	return strings.Join(parts, " ")
}

// read reads one table of the given profile from text.
func read(t *testing.T, text string, id string) *Table {
	t.Helper()
	var p *profile.Table
	for _, x := range testProfiles() {
		if x.ID == id {
			p = x
		}
	}
	require.NotNil(t, p, id)
	got := Read(linesOf(text), []*profile.Table{p}, Options{})
	require.Len(t, got, 1)
	return got[0]
}

// rowsOf renders every row: "code|named cells (ambiguous)".
func rowsOf(tb *Table) []string {
	var out []string
	for _, r := range tb.Rows {
		key := r.Code
		if key == "" {
			key = r.Named
		}
		s := key + " " + cells(tb.Profile, r)
		if r.Ambiguous {
			s += " ?"
		}
		out = append(out, s)
	}
	return out
}

func TestReadDroppedEmptyCells(t *testing.T) {
	// Empty cells dropped, one space between cells: (10.00, 10.00) could
	// be 基本 or 项目; the parent's 基本 (20.00 = 2010101's 20.00) says 项目.
	text := "支出决算表\n单位：万元\n合计 30.00 20.00 10.00\n201 一般公共服务支出 30.00 20.00 10.00\n" +
		"20101 人大事务 30.00 20.00 10.00\n2010101 行政运行 20.00 20.00\n2010102 一般行政管理事务 10.00 10.00"
	tb := read(t, text, "expenditure")
	assert.Equal(t, []string{
		"total total=30.00 basic=20.00 project=10.00",
		"201 total=30.00 basic=20.00 project=10.00",
		"20101 total=30.00 basic=20.00 project=10.00",
		"2010101 total=20.00 basic=20.00",
		"2010102 total=10.00 project=10.00",
	}, rowsOf(tb))
	assert.Equal(t, fiscal.WanYuan, tb.Unit)
	assert.Equal(t, 2, tb.Decimals)
}

func TestReadAmbiguousKept(t *testing.T) {
	// Nothing tells 基本 from 项目: both rows are kept and marked.
	text := "一般公共预算财政拨款支出决算表\n合计 10.00 10.00\n201 一般公共服务支出 10.00 10.00"
	tb := read(t, text, "general")
	require.Len(t, tb.Rows, 2)
	assert.True(t, tb.Rows[0].Ambiguous)
	assert.True(t, tb.Rows[1].Ambiguous)
	assert.Equal(t, 2, tb.Ambiguous())
}

func TestReadPriorLeavesOptionalColumnsEmpty(t *testing.T) {
	// (30, 20, 10) fits 基本+项目 and 基本+上缴上级支出 alike; 上缴上级支出
	// is seldom used, so the row takes 项目 and says it did.
	text := "支出决算表\n合计 30.00 20.00 10.00\n201 一般公共服务支出 30.00 20.00 10.00"
	tb := read(t, text, "expenditure")
	assert.Equal(t, []string{
		"total total=30.00 basic=20.00 project=10.00",
		"201 total=30.00 basic=20.00 project=10.00",
	}, rowsOf(tb))
	assert.Equal(t, 1, tb.ByPrior)
}

func TestReadFiguresBeforeTheirRow(t *testing.T) {
	// pdftotext -layout centres short cells: the 基本/项目 figures of 201
	// stand on the line above it, the column positions lost.
	text := "一般公共预算财政拨款支出决算表\n20.00 10.00\n201 一般公共服务支出 30.00\n" +
		"2010101 行政运行 20.00 20.00\n2010102 一般行政管理事务 10.00 10.00\n合计 30.00 20.00 10.00"
	tb := read(t, text, "general")
	assert.Equal(t, []string{
		"201 total=30.00 basic=20.00 project=10.00",
		"2010101 total=20.00 basic=20.00",
		"2010102 total=10.00 project=10.00",
		"total total=30.00 basic=20.00 project=10.00",
	}, rowsOf(tb))
}

func TestReadOneCellALine(t *testing.T) {
	// A word processor's export without its tabs: 栏次 numbers, then each
	// cell on its own line; blank cells are lines of a full-width space.
	text := "一般公共预算财政拨款支出决算表\n科目编码\n科目名称\n合计\n基本支出\n项目支出\n栏次\n1\n2\n3\n" +
		"合计\n30.00\n20.00\n10.00\n201\n一般公共服务支出\n30.00\n20.00\n10.00\n" +
		"2010101\n行政运行\n20.00\n20.00\n\u3000\n2010102\n一般行政管理事务\n10.00\n\u3000\n10.00"
	tb := read(t, text, "general")
	assert.Equal(t, []string{
		"total total=30.00 basic=20.00 project=10.00",
		"201 total=30.00 basic=20.00 project=10.00",
		"2010101 total=20.00 basic=20.00",
		"2010102 total=10.00 project=10.00",
	}, rowsOf(tb))
	assert.Equal(t, "行政运行", tb.Rows[2].Label)
}

func TestReadSplitCodesAndWrappedNames(t *testing.T) {
	// 类/款/项 in their own columns, a long name wrapped onto the next
	// line, a page number between.
	text := "支出决算表\n合计 160.75 160.75\n208 社会保障和就业支出 160.75 160.75\n208 05 行政事业单位养老支出 160.75 160.75\n" +
		"- 7 -\n208 05 05 160.75 160.75\n机关事业单位基本养老保险\n缴费支出"
	tb := read(t, text, "expenditure")
	require.Len(t, tb.Rows, 4)
	assert.Equal(t, "2080505", tb.Rows[3].Code)
	assert.Equal(t, "机关事业单位基本养老保险缴费支出", tb.Rows[3].Label)
	assert.Equal(t, "total=160.75 basic=160.75 ?", strings.TrimPrefix(rowsOf(tb)[3], "2080505 "))
}

func TestReadContentsAndContinuation(t *testing.T) {
	// A table of contents names the table first (dot leaders, a page
	// number); the table itself is continued over a page break.
	text := "目录\n三、支出决算表……………5\n四、一般公共预算财政拨款支出决算表 6\n" +
		"支出决算表\n单位：元\n合计 300.00 200.00 100.00\n201 一般公共服务支出 300.00 200.00 100.00\n" +
		"支出决算表（续）\n20101 人大事务 300.00 200.00 100.00"
	tb := read(t, text, "expenditure")
	assert.Equal(t, 4, tb.Line, "the table, not its contents entry")
	assert.Equal(t, fiscal.Yuan, tb.Unit)
	assert.Len(t, tb.Rows, 3)
}

func TestReadTwoBlocksNotRead(t *testing.T) {
	// A 基本支出 table printing 人员经费 and 公用经费 side by side cannot be
	// read without positions: it is found, not read, and says why.
	text := "一般公共预算财政拨款基本支出决算表\n301 工资福利支出 100.00 302 商品和服务支出 50.00\n301 01 基本工资 100.00 302 01 办公费 50.00"
	tb := read(t, text, "basic")
	assert.NotEmpty(t, tb.Reason)
	assert.Empty(t, tb.Rows)
}

func TestReadEmptyTable(t *testing.T) {
	text := "政府性基金预算财政拨款收入支出决算表\n单位：万元\n合计\n注：本单位无政府性基金预算财政拨款收入支出，故本表无数据。"
	p := &profile.Table{ID: "gov-fund", Key: profile.KeyFunction, Titles: []string{"政府性基金预算财政拨款收入支出决算表"},
		Columns: []profile.Column{{ID: "opening"}, {ID: "income"}, {ID: "expenditure"}, {ID: "basic"}, {ID: "project"}, {ID: "closing"}},
		Named:   []profile.NamedRow{{Key: "total", Labels: []string{"合计"}}}}
	got := Read(linesOf(text), []*profile.Table{p}, Options{})
	require.Len(t, got, 1)
	assert.Contains(t, got[0].Empty, "本表无数据")
}

func TestIsAmount(t *testing.T) {
	for s, want := range map[string]bool{
		"1,234.56": true, "0.00": true, "-3.5": true, "4402.44": true, "12": true,
		"1,23.00": false, "1.": false, ".5": false, "12a": false, "": false, "-": false, "1,234,5": false,
	} {
		assert.Equal(t, want, isAmount(s), s)
	}
}

func TestIsPageNumber(t *testing.T) {
	for s, want := range map[string]bool{"-3-": true, "—12—": true, "-3": false, "3-": false, "第3页": true, "第3页共25页": true, "3/25": true,
		"3": false, "301": false, "30.00": false, "第三部分": false} {
		assert.Equal(t, want, isPageNumber(s), s)
	}
}

func TestReadNamesWrappedAround(t *testing.T) {
	// pdfplumber prints a tall name cell around its row: the name's start
	// on the line before, its end on the line after. The catalog decides
	// where each piece belongs; "单位养老支出" is a name's end, not a
	// unit line.
	text := "一般公共预算财政拨款支出决算表\n单位：万元\n201 一般公共服务支出 1.00 1.00\n社会保障\n208 326.72 326.72\n和就业支出\n行政事业\n" +
		"208 05 326.72 326.72\n单位养老支出\n208 05 01 行政单位离退休 326.72 326.72\n注：本表反映……\n合计 327.72 327.72"
	names := map[string]string{"201": "一般公共服务支出", "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080501": "行政单位离退休"}
	var p *profile.Table
	for _, x := range testProfiles() {
		if x.ID == "general" {
			p = x
		}
	}
	got := Read(linesOf(text), []*profile.Table{p}, Options{Name: func(_ profile.RowKey, c string) string { return names[c] }})
	require.Len(t, got, 1)
	var labels []string
	for _, r := range got[0].Rows {
		labels = append(labels, r.Code+" "+r.Label)
	}
	assert.Equal(t, []string{"201 一般公共服务支出", "208 社会保障和就业支出", "20805 行政事业单位养老支出", "2080501 行政单位离退休", " 合计"}, labels)
	assert.Equal(t, fiscal.WanYuan, got[0].Unit)
}

// TestReadNarrowedTitlesAreOtherTables: a table whose title holds a
// profile's title behind a narrowing word (机关运行经费支出决算表, 会议费
// 支出决算表, 项目支出决算表, 政府采购支出决算表) is another table: it ends
// the table before it and its rows are not joined to it as a continued
// page; a department's name or the year before the title does not narrow.
func TestReadNarrowedTitlesAreOtherTables(t *testing.T) {
	const table = "支出决算表\n单位：万元\n合计 300.00 200.00 100.00\n201 一般公共服务支出 300.00 200.00 100.00\n"
	for _, other := range []string{"机关运行经费支出决算表", "会议费、培训费支出决算表", "会议费 支出决算表",
		"项目支出决算表", "政府采购支出决算表", "专项资金支出决算表"} {
		t.Run(other, func(t *testing.T) {
			text := table + other + "\n单位：万元\n302 商品和服务支出 50.00\n30201 办公费 50.00\n合计 50.00\n"
			tb := read(t, text, "expenditure")
			assert.Equal(t, []string{"total total=300.00 basic=200.00 project=100.00", "201 total=300.00 basic=200.00 project=100.00"}, rowsOf(tb))
		})
	}
	for _, title := range []string{"上海市某某区项目管理中心2024年度支出决算表", "表三 支出决算表", "2024年度支出决算表"} {
		t.Run(title, func(t *testing.T) {
			tb := read(t, title+"\n单位：万元\n合计 300.00 200.00 100.00\n", "expenditure")
			assert.Equal(t, 1, tb.Line)
			assert.Len(t, tb.Rows, 1)
		})
	}
}

// TestReadBareRowNotABlank: without column positions, a row printing no
// figure is a blank only where the sums say so. Here 30108's figure was
// moved away by the extraction (to the top of the page) and 301 does not
// add up with it blank: the row is ambiguous, so no check raises an error
// from it. 30199 is blank and 302 adds up without it: it stays a blank.
func TestReadBareRowNotABlank(t *testing.T) {
	text := "基本支出决算表\n单位：万元\n" +
		"301 工资福利支出 30.00\n30101 基本工资 10.00\n30108 机关事业单位基本养老保险缴费\n30102 津贴补贴 5.00\n" +
		"302 商品和服务支出 9.00\n30201 办公费 9.00\n30299 其他商品和服务支出\n合计 39.00\n"
	tb := read(t, text, "basic")
	assert.Equal(t, []string{"301 amount=30.00", "30101 amount=10.00", "30108  ?", "30102 amount=5.00",
		"302 amount=9.00", "30201 amount=9.00", "30299 ", "total amount=39.00"}, rowsOf(tb))
	// With positions kept (pdftotext -layout), an empty cell is seen
	// empty: the row is a blank and the sum's difference is the report's.
	aligned := "基本支出决算表\n单位：万元\n" +
		"301      工资福利支出              30.00\n30101    基本工资                  10.00\n" +
		"30108    机关事业单位基本养老保险缴费\n30102    津贴补贴                   5.00\n"
	tb = read(t, aligned, "basic")
	assert.Equal(t, []string{"301 amount=30.00", "30101 amount=10.00", "30108 ", "30102 amount=5.00"}, rowsOf(tb))
}

// TestReadTitleWithoutRows: a title with nothing under it (a contents'
// entry whose table was not recognised) is found but not read, never a
// table of zeros; an empty table says so and is read as empty.
func TestReadTitleWithoutRows(t *testing.T) {
	tb := read(t, "目录\n三、支出决算表\n第三部分 情况说明\n", "expenditure")
	assert.Empty(t, tb.Rows)
	assert.Equal(t, "no row of it could be read", tb.Reason)
	tb = read(t, "支出决算表\n单位：万元\n本单位无此项支出，故本表为空表。\n", "expenditure")
	assert.Empty(t, tb.Reason)
	assert.NotEmpty(t, tb.Empty)
}

// TestReadMisprintedRowIsCertain: a row whose figures fit no assignment
// (合计 287.19 against 基本支出 187.19) is read as the table's other rows of
// two figures print theirs (合计 and 基本支出, settled by where they stand
// under the headers), certain, for the checks to report the difference; it
// is not an ambiguous row hiding it. Without positions (spacing collapsed)
// the other rows are in doubt too, and so is it.
func TestReadMisprintedRowIsCertain(t *testing.T) {
	text := "支出决算表\n单位：万元\n" +
		"科目编码   科目名称              合计        基本支出      项目支出\n" +
		"221        住房保障支出        445.69        445.69\n" +
		"22102      住房改革支出        445.69        445.69\n" +
		"2210201    住房公积金          287.19        187.19\n" +
		"2210203    购房补贴            258.50        258.50\n" +
		"208        社会保障就业        554.31        554.31\n" +
		"20805      养老支出            554.31        554.31\n" +
		"201        一般公共服务        300.00        200.00        100.00\n" +
		"20106      财政事务            300.00        200.00        100.00\n"
	tb := read(t, text, "expenditure")
	assert.Equal(t, []string{"221 total=445.69 basic=445.69", "22102 total=445.69 basic=445.69",
		"2210201 total=287.19 basic=187.19", "2210203 total=258.50 basic=258.50",
		"208 total=554.31 basic=554.31", "20805 total=554.31 basic=554.31",
		"201 total=300.00 basic=200.00 project=100.00", "20106 total=300.00 basic=200.00 project=100.00"}, rowsOf(tb))
	collapsed := regexp.MustCompile(` +`).ReplaceAllString(text, " ")
	for _, r := range read(t, collapsed, "expenditure").Rows {
		assert.True(t, r.Ambiguous || r.Code[:3] == "201", r.Code)
	}
}

// TestReadRoundedFigure: a figure printed to the unit among figures to
// the fen (a total formatted "#,##0") marks its row rounded; a zero
// printed "0" does not.
func TestReadRoundedFigure(t *testing.T) {
	text := "支出决算表\n单位：元\n合计 300.34 200 100.34\n201 一般公共服务支出 300.34 200.34 100.00\n20101 人大事务 300.34 200.34 100.00 0\n"
	tb := read(t, text, "expenditure")
	var rounded []bool
	for _, r := range tb.Rows {
		rounded = append(rounded, r.Rounded)
	}
	assert.Equal(t, []bool{true, false, false}, rounded)
}

// TestReadTwoLabelsOneFigure: "人员经费合计  公用经费合计  355.50" — a unit
// whose 基本支出 pays no 人员经费 prints the first label without a figure;
// the figure is the second's, aligned or collapsed. Two blocks side by side
// ("人员经费合计 2,152.26 公用经费合计 184.65") are not this.
func TestReadTwoLabelsOneFigure(t *testing.T) {
	for _, sep := range []string{"                              ", " "} {
		text := "基本支出决算表\n单位：万元\n302 商品和服务支出 355.50\n30207 邮电费 355.50\n人员经费合计" + sep + "公用经费合计" + sep + "355.50\n"
		tb := read(t, text, "basic")
		assert.Equal(t, []string{"302 amount=355.50", "30207 amount=355.50", "personnel ", "public amount=355.50"}, rowsOf(tb), "separator %q", sep)
	}
}

// TestOtherTables: the tables no profile describes are listed once each,
// a contents entry and the table itself as one; the set's own heading
// ("XX局2024年度部门决算表") and the profiles' tables are not listed.
func TestOtherTables(t *testing.T) {
	text := "目录\n三、支出决算表……5\n十、机关运行经费支出决算表……12\n" +
		"上海市XX局2024年度部门决算表\n支出决算表\n单位：万元\n合计 300.00 200.00 100.00\n" +
		"十、机关运行经费支出决算表\n单位：万元\n302 商品和服务支出 50.00\n政府采购情况表\n合计 20.00\n"
	assert.Equal(t, []string{"机关运行经费支出决算表", "政府采购情况表"}, OtherTables(linesOf(text), testProfiles()))
}

// A table printing whole 万元 aligned with split codes: figures such as
// 228 and 209 stand where the 类 codes of a second block of rows would
// stand, one column of figures, not a block; their rows are read, and the
// table's decimals are known to be none.
func TestReadWholeFiguresLikeCodes(t *testing.T) {
	text := "一般公共预算财政拨款支出决算表\n" +
		"                                                        单位：万元\n" +
		"类     款    项    科目名称              合计        基本支出      项目支出\n" +
		"221             住房保障支出              452           452             0\n" +
		"221   02        住房改革支出              452           452             0\n" +
		"221   02   01   住房公积金               209           209             0\n" +
		"221   02   03   购房补贴                 243           243             0\n" +
		"204   06   13   信息化建设               228             0           228\n" +
		"                合计                      680           452           228\n"
	got := Read(linesOf(text), []*profile.Table{testProfiles()[2]}, Options{})
	if len(got) != 1 {
		t.Fatalf("%d tables", len(got))
	}
	tb := got[0]
	if tb.Reason != "" {
		t.Fatalf("not read: %s", tb.Reason)
	}
	var rows []string
	for _, r := range tb.Rows {
		rows = append(rows, r.Code+r.Named+" "+cells(tb.Profile, r))
	}
	want := []string{
		"221 total=452.00 basic=452.00 project=0.00",
		"22102 total=452.00 basic=452.00 project=0.00",
		"2210201 total=209.00 basic=209.00 project=0.00",
		"2210203 total=243.00 basic=243.00 project=0.00",
		"2040613 total=228.00 basic=0.00 project=228.00",
		"total total=680.00 basic=452.00 project=228.00",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if tb.Decimals != 0 || !tb.DecimalsKnown {
		t.Errorf("decimals %d (known %v), want 0 (known)", tb.Decimals, tb.DecimalsKnown)
	}
}

// TestReadNamedRowAfterEmptyCell: a table given with its cells (HTML, a
// workbook, DOCX) prints the 合计 row's 科目编码 cell empty and 合计 in the
// name cell; the row is the total, not lost (the probe's case 172: the
// 合计 of every table read as 0, 39 false errors on a correct HTML report).
func TestReadNamedRowAfterEmptyCell(t *testing.T) {
	var p *profile.Table
	for _, x := range testProfiles() {
		if x.ID == "general" {
			p = x
		}
	}
	rows := [][]string{
		{"一般公共预算财政拨款支出决算表"},
		{"单位：万元"},
		{"科目编码", "科目名称", "合计", "基本支出", "项目支出"},
		{"", "合计", "1,930.83", "1,287.13", "643.70"},
		{"213", "农林水支出", "1,620.51", "976.81", "643.70"},
		{"21301", "农业农村", "1,620.51", "976.81", "643.70"},
		{"2130101", "行政运行", "976.81", "976.81", ""},
		{"2130122", "农业生产发展", "643.70", "", "643.70"},
		{"221", "住房保障支出", "310.32", "310.32", ""},
		{"22102", "住房改革支出", "310.32", "310.32", ""},
		{"2210201", "住房公积金", "310.32", "310.32", ""},
	}
	var ls []Line
	for i, r := range rows {
		ls = append(ls, Line{N: i + 1, Text: strings.Join(r, " "), Cells: r})
	}
	got := Read(ls, []*profile.Table{p}, Options{})
	require.Len(t, got, 1)
	out := rowsOf(got[0])
	require.NotEmpty(t, out)
	assert.Equal(t, "total total=1930.83 basic=1287.13 project=643.70", out[0])
	assert.Len(t, out, 8)
}
