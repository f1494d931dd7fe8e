package tables

import (
	"github.com/cnfiscal/fiscal"
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal/reader/profile"
)

// twoSided is a two-sided summary profile for tests: one column a side.
func twoSided() *profile.Table {
	one := []profile.Column{{ID: "amount"}}
	return &profile.Table{ID: "summary", Key: profile.KeyNamed, Titles: []string{"收入支出决算总表"},
		Sides: []profile.Side{{ID: "income", Columns: one}, {ID: "expenditure", Columns: one}}}
}

// testLabel knows a few labels of the 总表.
func testLabel(_ *profile.Table, label string) (code, named string, sides []string) {
	l := stripNumbering(norm(label))
	switch l {
	case "一般公共预算财政拨款收入", "本年收入合计", "年初结转和结余":
		return "", l, []string{"income"}
	case "本年支出合计", "年末结转和结余":
		return "", l, []string{"expenditure"}
	case "总计":
		return "", l, []string{"income", "expenditure"}
	case "一般公共服务支出":
		return "201", "", []string{"expenditure"}
	}
	return "", "", nil
}

// FuzzRead: any text, any extraction, no panic; every row read keeps its
// line inside the input.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"支出决算表\n合计 30.00 20.00 10.00\n201 一般公共服务支出 30.00 20.00 10.00",
		"一般公共预算财政拨款支出决算表\n20.00 10.00\n201 一般公共服务支出 30.00\n合计\n30.00\n20.00",
		"收入支出决算总表\n一、一般公共预算财政拨款收入 100.00 一、一般公共服务支出 100.00\n本年收入合计 本年支出合计\n100.00 100.00\n总计 100.00 总计 100.00",
		"收入支出决算总表\n本年收入合计\n1\n100.00\n总计\n100.00\n总计\n100.00",
		"一般公共预算财政拨款基本支出决算表\n301 工资福利支出 1.00 302 商品和服务支出 2.00",
		"支出决算表\n201 06 01 - 1,2 .5 ——\n第3页\n栏次\n1\n2",
		"政府采购支出预算表\n合计 30.00\n一、货物 A 30.00\n  办公设备\n台式计算机 政府集中采购 30.00\n  购置\n7\n 12.00\n注：",
		"收入预算总表\n收入总计 10.00\n小计\n10.00\n事业收入\n10.00 20.00",
	} {
		f.Add(s)
	}
	list := listProfile()
	coded := &profile.Table{ID: "income", Key: profile.KeyFunction, Titles: []string{"收入预算总表"},
		Columns:     []profile.Column{{ID: "total"}, {ID: "appropriation"}},
		Alternative: &profile.Table{ID: "income.sources", Key: profile.KeyLabel, Titles: []string{"收入预算总表"}, Columns: []profile.Column{{ID: "amount"}}}}
	profs := append(testProfiles(), twoSided(), list, coded)
	f.Fuzz(func(t *testing.T, s string) {
		ls := strings.Split(s, "\n")
		var lines []Line
		for i, l := range ls {
			lines = append(lines, Line{N: i + 1, Text: l})
		}
		for _, tb := range Read(lines, profs, Options{Label: testLabel, Validate: func(*profile.Grid) bool { return len(s)%2 == 0 }}) {
			for _, r := range tb.Rows {
				if r.Line < 1 || r.Line > len(ls) {
					t.Fatalf("row line %d outside the input (%d lines)", r.Line, len(ls))
				}
			}
		}
	})
}

func TestReadTwoSided(t *testing.T) {
	// Spacing collapsed: labels and figures of both sides on one line, two
	// labels with their figures on the line above (pdftotext -layout), the
	// 总计 printed on both sides.
	text := "收入支出决算总表\n单位：万元\n一、一般公共预算财政拨款收入 100.00 一、一般公共服务支出 100.00\n" +
		"100.00 100.00\n本年收入合计 本年支出合计\n年初结转和结余 5.00 年末结转和结余 5.00\n总计 105.00 总计 105.00"
	got := Read(linesOf(text), []*profile.Table{twoSided()}, Options{Label: testLabel})
	if len(got) != 1 {
		t.Fatalf("%d tables", len(got))
	}
	rows := twoSidedRows(got[0])
	want := []string{"income/一般公共预算财政拨款收入=1000000.00", "expenditure/201=1000000.00",
		"income/本年收入合计=1000000.00", "expenditure/本年支出合计=1000000.00",
		"income/年初结转和结余=50000.00", "expenditure/年末结转和结余=50000.00",
		"income/总计=1050000.00", "expenditure/总计=1050000.00"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

// The headers of a two-sided table may name what its rows name
// ("一般公共预算财政拨款收入" over a column); printed one a line above the
// 栏次 line, they are headers, not rows.
func TestReadTwoSidedHeadersAboveLineNumbers(t *testing.T) {
	text := "收入支出决算总表\n单位：万元\n收入\n支出\n项目\n行次\n金额\n项目\n行次\n" +
		"一般公共预算财政拨款收入\n本年支出合计\n栏次\n1\n栏次\n2\n" +
		"一、一般公共预算财政拨款收入\n1\n100.00\n一、一般公共服务支出\n3\n100.00\n" +
		"本年收入合计\n2\n100.00\n本年支出合计\n4\n100.00"
	got := Read(linesOf(text), []*profile.Table{twoSided()}, Options{Label: testLabel})
	if len(got) != 1 {
		t.Fatalf("%d tables", len(got))
	}
	rows := twoSidedRows(got[0])
	want := []string{"income/一般公共预算财政拨款收入=1000000.00", "expenditure/201=1000000.00",
		"income/本年收入合计=1000000.00", "expenditure/本年支出合计=1000000.00"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

// A table of one unlabelled row (a budget's "三公" table): its figures,
// over one line or two, are that row, placed by the identities.
func TestReadOneRow(t *testing.T) {
	p := &profile.Table{ID: "three", Key: profile.KeyNamed, Titles: []string{"三公经费预算表"}, OneRow: true,
		Columns:    []profile.Column{{ID: "total"}, {ID: "abroad"}, {ID: "reception"}, {ID: "vehicle"}, {ID: "purchase"}, {ID: "running"}},
		Identities: []profile.Identity{{Total: "total", Parts: []string{"abroad", "reception", "vehicle"}}, {Total: "vehicle", Parts: []string{"purchase", "running"}}}}
	for _, text := range []string{
		"三公经费预算表\n单位：万元\n合计 因公出国(境)费 公务接待费 小计 购置费 运行费\n10.81 0 0.83 9.98 0 9.98",
		"三公经费预算表\n单位：万元\n合计 因公出国(境)费 公务接待费 小计 购置费 运行费\n1 2 3 4 5 6\n10.81 0 0.83\n9.98 0 9.98",
	} {
		got := Read(linesOf(text), []*profile.Table{p}, Options{})
		if len(got) != 1 || len(got[0].Rows) != 1 {
			t.Fatalf("%q: %d tables", text, len(got))
		}
		r := got[0].Rows[0]
		if r.Named != OneRowKey || r.Ambiguous || r.Cells["total"].String() != "108100.00" || r.Cells["running"].String() != "99800.00" || r.Cells["reception"].String() != "8300.00" {
			t.Errorf("%q: %+v", text, r)
		}
	}
}

// A profile's two title variants, both with rows, are two tables (a set
// printing the 功能分类 table and a 明细表 beside it); the same title again
// is the table continued.
func TestReadTwoVariantsTwoTables(t *testing.T) {
	p := &profile.Table{ID: "general", Key: profile.KeyFunction, Titles: []string{"一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算明细表"},
		Columns: []profile.Column{{ID: "total", Headers: []string{"合计"}}}}
	text := "一般公共预算财政拨款支出决算表\n201 一般公共服务支出 30.00\n一般公共预算财政拨款支出决算表（续）\n205 教育支出 5.00\n" +
		"一般公共预算财政拨款支出决算明细表\n301 工资福利支出 35.00\n"
	got := Read(linesOf(text), []*profile.Table{p}, Options{})
	if len(got) != 2 {
		t.Fatalf("%d tables, want 2", len(got))
	}
	if n := len(got[0].Rows); n != 2 || got[0].Title != "一般公共预算财政拨款支出决算表" {
		t.Errorf("first table %q: %d rows, want the two of the table and its continuation", got[0].Title, n)
	}
	if got[1].Title != "一般公共预算财政拨款支出决算明细表" {
		t.Errorf("second table %q", got[1].Title)
	}
}

// The Shanghai 基本支出 table as pdftotext -layout prints it: two blocks
// side by side, the right block starting three columns further left on the
// second page, its 类 code on one line and its 款 with the name on the next
// ("302" then "01 办公费"), or its 款 below the start of the name ("302 因
// 公出国（境）费" then "12" and "用"). Every row gets its code and its
// catalog name; no bare 类 row is left over.
func TestReadSideBySideSplitCodes(t *testing.T) {
	names := map[string]string{
		"301": "工资福利支出", "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金",
		"302": "商品和服务支出", "30201": "办公费", "30212": "因公出国（境）费用", "30213": "维修（护）费",
	}
	opts := Options{Name: func(_ profile.RowKey, code string) string { return names[code] }}
	text := "一般公共预算财政拨款基本支出决算表\n" +
		"                                                                 单位：万元\n" +
		"301                         2,082.85   302                           171.07\n" +
		"            工资福利支出                                 商品和服务支出\n" +
		"                            262.33                                   21.21\n" +
		"301    01                              302\n" +
		"            基本工资                              01   办公费\n" +
		"                         1,238.58                                 12.00\n" +
		"301   02                            302         因 公 出 国 （ 境 ） 费\n" +
		"           津贴补贴                              12\n" +
		"                                                 用\n" +
		"                                                                    2.83\n" +
		"301   03                            302\n" +
		"           奖金                                  13   维修（护）费\n"
	got := Read(linesOf(text), []*profile.Table{testProfiles()[3]}, opts)
	if len(got) != 1 {
		t.Fatalf("%d tables", len(got))
	}
	var rows []string
	for _, r := range got[0].Rows {
		rows = append(rows, r.Code+" "+r.Label)
	}
	slices.Sort(rows)
	want := []string{"301 工资福利支出", "30101 基本工资", "30102 津贴补贴", "30103 奖金", "302 商品和服务支出", "30201 办公费", "30212 因公出国（境）费用", "30213 维修（护）费"}
	if strings.Join(rows, "|") != strings.Join(want, "|") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

// A page number printed below a two-sided table in text without column
// positions is no figure of its last row.
func TestReadTwoSidedPageNumberBelow(t *testing.T) {
	const rows = "收入支出决算总表\n单位：万元\n一、一般公共预算财政拨款收入 100.00 一、一般公共服务支出 100.00\n" +
		"本年收入合计 100.00 本年支出合计 100.00\n年初结转和结余 年末结转和结余\n总计 100.00 总计 100.00\n"
	// Apart from the rows, or right above the next table's number.
	for _, text := range []string{rows + "\n\n\n8\n", rows + "8\n公开 02 表\n"} {
		got := Read(linesOf(text), []*profile.Table{twoSided()}, Options{Label: testLabel})
		if len(got) != 1 {
			t.Fatalf("%d tables", len(got))
		}
		for _, r := range got[0].Rows {
			if r.Cells["amount"].String() == "80000.00" || r.Ambiguous {
				t.Errorf("%q: row %s/%s%s: %v (ambiguous %v): the page number read as a figure", text, r.Side, r.Code, r.Named, r.Cells, r.Ambiguous)
			}
		}
	}
}

// Figures printed alone between two rows neither of which has one fit
// either row; where every gap the identities decided went to the row
// below (the row above already full), the undecided gaps go down too.
func TestReadFloatsFollowTheTablesStyle(t *testing.T) {
	text := "基本支出决算表\n单位：万元\n" +
		"302 商品和服务支出 9.00\n4.00\n30201 办公费\n5.00\n30202 印刷费\n" +
		"303 对个人和家庭的补助 3.00\n1.00\n30301 离休费\n2.00\n30302 退休费\n" +
		"310 资本性支出 7.00\n3.00\n31002 办公设备购置\n4.00\n31003 专用设备购置\n" +
		"301 工资福利支出 30.00\n30101 基本工资\n10.00\n30102 津贴补贴\n20.00\n30103 奖金\n"
	got := Read(linesOf(text), []*profile.Table{testProfiles()[3]}, Options{})
	if len(got) != 1 {
		t.Fatalf("%d tables", len(got))
	}
	want := map[string]string{"30101": "", "30102": "100000.00", "30103": "200000.00"}
	for _, r := range got[0].Rows {
		if w, ok := want[r.Code]; ok {
			if r.Ambiguous || r.Cells["amount"].String() != w && !(w == "" && r.Cells["amount"].IsAbsent()) {
				t.Errorf("%s: %v (ambiguous %v), want %q", r.Code, r.Cells, r.Ambiguous, w)
			}
		}
	}
}

// A balance identity (年末 = 年初 + 本年收入 − 本年支出) with a blank 年末
// as zero.
func TestFitsBalanceIdentity(t *testing.T) {
	p := &profile.Table{ID: "fund", Columns: []profile.Column{{ID: "opening"}, {ID: "income"}, {ID: "expenditure"}, {ID: "basic"}, {ID: "project"}, {ID: "closing"}},
		Identities: []profile.Identity{{Total: "expenditure", Parts: []string{"basic", "project"}},
			{Total: "closing", Parts: []string{"opening", "income"}, Minus: []string{"expenditure"}}}}
	s := &solver{p: p, unit: fiscal.WanYuan, decimals: 2}
	wan := func(v string) fiscal.Cell { return fiscal.Present(fiscal.MustParseAmount(v, fiscal.WanYuan)) }
	for _, c := range []struct {
		cells []fiscal.Cell // opening, income, expenditure, basic, project, closing
		want  bool
	}{
		{[]fiscal.Cell{{}, wan("2000"), wan("2000"), {}, wan("2000"), {}}, true},          // 年末 blank: 0 + 2000 − 2000
		{[]fiscal.Cell{wan("2000"), wan("2000"), {}, {}, {}, wan("2000")}, false},         // 2000 + 2000 − 0 ≠ 2000
		{[]fiscal.Cell{wan("3"), wan("4"), wan("2"), wan("2"), {}, wan("5")}, true},       // 3 + 4 − 2 = 5
		{[]fiscal.Cell{wan("3"), wan("4"), wan("2"), wan("2"), {}, {}}, false},            // 5 left, 年末 blank
		{[]fiscal.Cell{wan("2000.00"), {}, wan("2000.01"), wan("2000.01"), {}, {}}, true}, // within rounding
	} {
		if got := s.fits(assign{cells: c.cells}); got != c.want {
			t.Errorf("%v: fits %v, want %v", c.cells, got, c.want)
		}
	}
}

// twoSidedRows lists a two-sided table's rows as side/key=amount.
func twoSidedRows(t *Table) []string {
	var rows []string
	for _, r := range t.Rows {
		key := r.Code
		if key == "" {
			key = r.Named
		}
		rows = append(rows, r.Side+"/"+key+"="+r.Cells["amount"].String())
	}
	return rows
}

// An extraction that prints a table's unit line after its rows (pdftotext
// -raw), and moves figures after the table's note, is read in that unit,
// the moved figures listed as not placed.
func TestReadUnitAfterRowsFiguresAfterNote(t *testing.T) {
	text := "一般公共预算财政拨款支出决算表\n编制单位：示例局\n" +
		"合计 1,500 1,000 500\n201 一般公共服务支出 1,500 1,000 500\n" +
		"注：本表反映部门本年度一般公共预算财政拨款支出情况。\n12\n417.06\n单位：元\n"
	got := Read(linesOf(text), []*profile.Table{testProfiles()[2]}, Options{})
	if len(got) != 1 {
		t.Fatalf("%d tables", len(got))
	}
	if got[0].Unit != fiscal.Yuan {
		t.Errorf("unit %v, want 元", got[0].Unit)
	}
	if len(got[0].Unread) != 1 || got[0].Unread[0] != 7 {
		t.Errorf("unread lines %v, want [7] (417.06; 12 is the page number)", got[0].Unread)
	}
}
