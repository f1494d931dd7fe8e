package tables

import (
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// alignedTable lays a 支出决算表 out with its figures right-aligned at fixed
// columns, counting a character as one column (as pdftotext -layout does)
// or a wide character as two (as a monospaced display does). Its 项
// 2010101 and 2010102 print one figure each besides 合计, and the
// identities fit either in 基本支出 or in 项目支出 (30 + 30 under 20101 both
// ways): only the positions tell.
func alignedTable(byRunes bool) string {
	w := func(s string) int {
		if byRunes {
			return runeLen(s)
		}
		return displayWidth(s)
	}
	rows := [][]string{
		{"201 一般公共服务支出", "60.00", "30.00", "30.00"},
		{"20101 人大事务", "60.00", "30.00", "30.00"},
		{"2010101 行政运行", "30.00", "30.00", ""},
		{"2010102 一般行政管理事务", "30.00", "", "30.00"},
	}
	edges := []int{40, 52, 64}
	var b strings.Builder
	b.WriteString("支出决算表\n单位：万元\n")
	for _, r := range rows {
		line := r[0]
		for i, fig := range r[1:] {
			if fig == "" {
				continue
			}
			line += strings.Repeat(" ", edges[i]-w(line)-len(fig)) + fig
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

func TestRuneAligned(t *testing.T) {
	var p *profile.Table
	for _, x := range testProfiles() {
		if x.ID == "expenditure" {
			p = x
		}
	}
	require.NotNil(t, p)
	for _, byRunes := range []bool{true, false} {
		text := alignedTable(byRunes)
		assert.Equal(t, byRunes, runeAligned(linesOf(text)), text)
		got := Read(linesOf(text), []*profile.Table{p}, Options{})
		require.Len(t, got, 1)
		byCode := map[string]profile.Row{}
		for _, r := range got[0].Rows {
			byCode[r.Code] = r
		}
		f := fiscal.Format{Unit: fiscal.WanYuan, Decimals: 2}
		for code, want := range map[string][2]string{"2010101": {"30.00", ""}, "2010102": {"", "30.00"}} {
			r := byCode[code]
			assert.False(t, r.Ambiguous, "%s (by runes: %v)", code, byRunes)
			assert.Equal(t, want[0], r.Cells["basic"].Format(f), "%s 基本支出 (by runes: %v)", code, byRunes)
			assert.Equal(t, want[1], r.Cells["project"].Format(f), "%s 项目支出 (by runes: %v)", code, byRunes)
		}
	}
}

// TestByHeaders: a one-row table whose blank cell leaves two assignments
// that add up (小计 32.20 = 购置费 + 运行费 either way) is settled by the
// headers over its figures, centred over right-set figures, a header
// wrapped onto two lines (机关运行经费预算 / 数) joined.
func TestByHeaders(t *testing.T) {
	p := &profile.Table{ID: "three-public", Key: profile.KeyNamed, Titles: []string{"三公经费预算表"}, OneRow: true,
		Columns: []profile.Column{{ID: "total", Headers: []string{"合计"}}, {ID: "vehicle", Headers: []string{"小计"}},
			{ID: "purchase", Headers: []string{"购置费"}}, {ID: "running", Headers: []string{"运行费"}},
			{ID: "costs", Headers: []string{"机关运行经费预算数"}, Optional: true}},
		Identities: []profile.Identity{{Total: "total", Parts: []string{"vehicle"}}, {Total: "vehicle", Parts: []string{"purchase", "running"}}}}
	text := "三公经费预算表\n单位：万元\n" +
		"                                    机关运行经费预算\n" +
		"   合计      小计     购置费    运行费           数\n" +
		"  32.20     32.20              32.20       2,517.78\n"
	got := Read(linesOf(text), []*profile.Table{p}, Options{})
	require.Len(t, got, 1)
	require.Len(t, got[0].Rows, 1)
	r := got[0].Rows[0]
	assert.False(t, r.Ambiguous)
	f := fiscal.Format{Unit: fiscal.WanYuan, Decimals: 2}
	assert.Equal(t, "", r.Cells["purchase"].Format(f))
	assert.Equal(t, "32.20", r.Cells["running"].Format(f))
	assert.Equal(t, "2517.78", r.Cells["costs"].Format(f))
}

// TestByWrappedHeaders: headers wrapped over two or three lines under
// group headers ("“三公”经费" over 小计 and 因公出国（境）费, "公务用车购置
// 及运行维护费" over 小计, 公务用车购置费 and 公务用车运行维护费), in the
// shape of the Jiangsu 12-table layout, laid out by characters and by
// display columns: the blank 购置费 is told from the 运行维护费 by where
// the second 266.80 stands.
func TestByWrappedHeaders(t *testing.T) {
	p := &profile.Table{ID: "three-public", Key: profile.KeyNamed, Titles: []string{"三公经费支出预算表"}, OneRow: true,
		Columns: []profile.Column{{ID: "all", Headers: []string{"合计"}}, {ID: "tp", Headers: []string{"小计", "“三公”经费"}},
			{ID: "abroad", Headers: []string{"因公出国(境)费"}}, {ID: "vehicle", Headers: []string{"小计", "公务用车购置及运行维护费"}},
			{ID: "purchase", Headers: []string{"公务用车购置费"}}, {ID: "running", Headers: []string{"公务用车运行维护费"}},
			{ID: "reception", Headers: []string{"公务接待费"}}, {ID: "meeting", Headers: []string{"会议费"}}},
		Identities: []profile.Identity{{Total: "all", Parts: []string{"tp", "meeting"}}, {Total: "tp", Parts: []string{"abroad", "vehicle", "reception"}},
			{Total: "vehicle", Parts: []string{"purchase", "running"}}}}
	// Each line as cells at character columns: (column, text).
	layout := [][]struct {
		at   int
		text string
	}{
		{{35, "“三公”经费"}},
		{{35, "公务用车购置及运行维护费"}},
		{{2, "合计"}, {23, "因公出"}, {69, "会议费"}},
		{{61, "公务接"}},
		{{14, "小计"}, {23, "国（境）"}, {42, "公务用车购"}, {50, "公务用车运"}},
		{{33, "小计"}, {62, "待费"}},
		{{24, "费"}, {43, "置费"}, {50, "行维护费"}},
		{{3, "2,382.02"}, {14, "513.75"}, {24, "160.00"}, {33, "266.80"}, {52, "266.80"}, {61, "86.95"}, {69, "1,868.27"}},
	}
	for _, byRunes := range []bool{true, false} {
		// By display columns the layout is drawn twice as wide.
		width, scale := runeLen, 1
		if !byRunes {
			width, scale = displayWidth, 2
		}
		var b strings.Builder
		// Another table of the same text, whose figures after names of
		// different lengths tell how the text is aligned (a one-row
		// table after a blank header cannot).
		b.WriteString("支出决算表\n")
		for _, name := range []string{"201 一般公共服务支出", "20101 人大事务"} {
			b.WriteString(name + strings.Repeat(" ", 30*scale-width(name)) + "10.00\n")
		}
		b.WriteString("三公经费支出预算表\n")
		for _, cells := range layout {
			line := ""
			for _, c := range cells {
				line += strings.Repeat(" ", max(c.at*scale-width(line), 1)) + c.text
			}
			b.WriteString(line + "\n")
		}
		got := Read(linesOf(b.String()), []*profile.Table{p}, Options{})
		require.Len(t, got, 1)
		require.Len(t, got[0].Rows, 1, b.String())
		r := got[0].Rows[0]
		f := fiscal.Format{Unit: fiscal.WanYuan, Decimals: 2}
		assert.Equal(t, byRunes, runeAligned(linesOf(b.String())), b.String())
		assert.False(t, r.Ambiguous, "by runes: %v\n%s", byRunes, b.String())
		assert.Equal(t, "", r.Cells["purchase"].Format(f), "by runes: %v", byRunes)
		assert.Equal(t, "266.80", r.Cells["running"].Format(f), "by runes: %v", byRunes)
	}
}

// TestHeadersNotTrustedAlone: headers set right over their figures (not
// centred) over rows that each leave a blank cell, so that every row fits
// several assignments and none is settled: the headers' middles would put
// the figures one column off, and with no settled row to check them
// against they decide nothing. The rows stay ambiguous.
func TestHeadersNotTrustedAlone(t *testing.T) {
	p := &profile.Table{ID: "income", Key: profile.KeyFunction, Titles: []string{"收入预算总表"},
		Columns: []profile.Column{{ID: "total", Headers: []string{"合计"}}, {ID: "appropriation", Headers: []string{"财政拨款收入"}},
			{ID: "business", Headers: []string{"事业收入"}}, {ID: "operating", Headers: []string{"事业单位经营收入"}}, {ID: "other", Headers: []string{"其他收入"}}},
		Identities: []profile.Identity{{Total: "total", Parts: []string{"appropriation", "business", "operating", "other"}}}}
	text := "收入预算总表\n" +
		"科目编码  科目名称                合计   财政拨款收入      事业收入   事业单位经营收入      其他收入\n" +
		"201       一般公共服务支出      676.68         658.92         13.48                          4.28\n" +
		"20101     人大事务              530.98         517.51         13.48\n" +
		"20103     政府办公厅            145.70         141.41                                        4.29\n"
	got := Read(linesOf(text), []*profile.Table{p}, Options{})
	require.Len(t, got, 1)
	for _, r := range got[0].Rows {
		if r.Code == "20103" {
			// 145.70 = 141.41 + 4.29 fits 事业收入 … 其他收入 alike.
			assert.True(t, r.Ambiguous || r.Cells["other"].Format(fiscal.Format{Unit: fiscal.WanYuan, Decimals: 2}) == "4.29", "%+v", r)
		}
	}
}

// TestFullRowPrintedAlike: a row of figures filling every column whose sum
// fails is read as printed only when each figure is printed as the
// table's others: a page number "9" caught among figures to the fen (the
// Jiangsu 支出预算总表 as pdftotext prints it by default) leaves the row
// ambiguous; the same row with a mistyped figure is certain.
func TestFullRowPrintedAlike(t *testing.T) {
	p := &profile.Table{ID: "expenditure", Key: profile.KeyFunction, Titles: []string{"支出预算总表"}, OneRow: true,
		Columns:    []profile.Column{{ID: "total"}, {ID: "basic"}, {ID: "project"}, {ID: "reserve"}, {ID: "carry"}},
		Identities: []profile.Identity{{Total: "total", Parts: []string{"basic", "project", "reserve", "carry"}}}}
	read := func(figs string) profile.Row {
		got := Read(linesOf("支出预算总表\n"+figs+"\n"), []*profile.Table{p}, Options{})
		require.Len(t, got, 1)
		require.Len(t, got[0].Rows, 1)
		return got[0].Rows[0]
	}
	assert.True(t, read("37,188.34\n21,968.00\n10,208.94\n9\n5,011.40").Ambiguous)
	r := read("37,188.34\n21,968.00\n10,208.94\n5,011.40\n9.00")
	assert.False(t, r.Ambiguous)
	assert.Equal(t, "9.00", r.Cells["carry"].Format(fiscal.Format{Unit: fiscal.WanYuan, Decimals: 2}))
}
