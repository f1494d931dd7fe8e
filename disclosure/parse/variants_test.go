package parse_test

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/reader/tables"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The extraction styles a report's text arrives in, re-rendered from the
// corpus text by test code: what other tools and other departments give.

var spaces = regexp.MustCompile(`[ \t\x{3000}]+`)

// collapse gives one space between cells and drops the empty ones
// (pdfplumber, text copied from a viewer).
func collapse(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		b.WriteString(strings.TrimSpace(spaces.ReplaceAllString(l, " ")))
		b.WriteByte('\n')
	}
	return b.String()
}

var figureRE = regexp.MustCompile(`^-?[0-9][0-9,]*\.[0-9]+$`)

// figuresAfter prints the figures of every line that has a label and
// figures on the lines after it, one a line (pdftotext -raw and the
// default mode print cells so when a row's cells have different heights).
func figuresAfter(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(collapse(s), "\n") {
		fs := strings.Fields(l)
		var words, figs []string
		for _, f := range fs {
			if figureRE.MatchString(f) {
				figs = append(figs, f)
			} else if len(figs) == 0 {
				words = append(words, f)
			} else {
				// Text after figures (a second side): keep the line.
				words, figs = nil, nil
				break
			}
		}
		if len(words) == 0 || len(figs) == 0 {
			b.WriteString(l)
			b.WriteByte('\n')
			continue
		}
		b.WriteString(strings.Join(words, " "))
		b.WriteByte('\n')
		for _, f := range figs {
			b.WriteString(f)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// wrapLongNames rewrites every coded row whose name is longer than eight
// characters with wrap(code and figure fields, name), which returns the
// lines to print instead; other lines are kept.
func wrapLongNames(s string, wrap func(fields []string, at int, name []rune) []string) string {
	var b strings.Builder
	for _, l := range strings.Split(collapse(s), "\n") {
		fs := strings.Fields(l)
		i := 0
		for i < len(fs) && len(fs[i]) <= 3 && isDigits(fs[i]) {
			i++
		}
		if i == 0 || i >= len(fs) || figureRE.MatchString(fs[i]) || len([]rune(fs[i])) <= 8 {
			b.WriteString(l + "\n")
			continue
		}
		for _, out := range wrap(fs, i, []rune(fs[i])) {
			b.WriteString(out + "\n")
		}
	}
	return b.String()
}

// wrapNames breaks long names of coded rows onto the line after their row
// (a narrow 科目名称 column).
func wrapNames(s string) string {
	return wrapLongNames(s, func(fs []string, i int, name []rune) []string {
		rest := append(append(slices.Clone(fs[:i]), string(name[:6])), fs[i+1:]...)
		return []string{strings.Join(rest, " "), string(name[6:])}
	})
}

// wrapAround breaks long names of coded rows around their row, as
// pdfplumber prints a cell taller than its row: the name's first part on
// the line before the row, the rest on the line after.
func wrapAround(s string) string {
	return wrapLongNames(s, func(fs []string, i int, name []rune) []string {
		rest := append(slices.Clone(fs[:i]), fs[i+1:]...)
		return []string{string(name[:4]), strings.Join(rest, " "), string(name[4:])}
	})
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// pageBreaks inserts a form feed, a running header and a page number every
// 40 lines.
func pageBreaks(s string) string {
	var b strings.Builder
	for i, l := range strings.Split(s, "\n") {
		if i > 0 && i%40 == 0 {
			fmt.Fprintf(&b, "- %d -\n\f", i/40)
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// runningHeads puts a running header and footer on every page (pages are
// separated by form feeds, as pdftotext prints them).
func runningHeads(s string) string {
	pages := strings.Split(s, "\f")
	for i, p := range pages {
		pages[i] = "上海市普陀区财政局2024年度部门决算\n" + p + "\n普陀区财政局\n"
	}
	return strings.Join(pages, "\f")
}

type variant struct {
	name string
	f    func(string) string
	// certain is the share (in percent) of the original's figures the
	// variant must read with certainty.
	certain int
}

var variants = []variant{
	{"collapsed", collapse, 75},
	// Figures moved after their label on top of the layout's own figures
	// printed before short rows: two styles mixed in one table, harder
	// than any one extraction.
	{"figures-after", figuresAfter, 60},
	{"wrapped-names", wrapNames, 75},
	{"wrapped-around", wrapAround, 75},
	{"collapsed-pages", func(s string) string { return pageBreaks(collapse(s)) }, 75},
	{"collapsed-crlf", func(s string) string { return crlf(collapse(s)) }, 75},
	{"running-heads", runningHeads, 100},
}

// certainCells returns the cells of the tables the reading is certain of,
// by table, row key and column.
func certainCells(r *parse.Result) map[string]string {
	uncertain := map[string]bool{}
	for _, t := range r.Coverage.Uncertain {
		uncertain[t] = true
	}
	if r.Document.Tables == nil {
		return map[string]string{}
	}
	return certainCellsOf(r.Document.Tables, uncertain)
}

// errorKeys identifies the error findings independently of lines.
func errorKeys(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Severity == fiscal.SeverityError {
			out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s|%s", f.Rule, f.Where.Table, f.Where.Row, f.Where.Column, f.Expected, f.Actual))
		}
	}
	slices.Sort(out)
	return out
}

// TestVariantsPutuo re-renders the Putuo 财政局 layout text in other
// extraction styles: every figure of every table the reader is certain of
// equals the figure read from the original, no error finding appears that
// the original does not give, and most tables are read with certainty.
func TestVariantsPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	require.Equal(t, parse.FormatLayout, base.Format)
	want := certainCells(base)
	wantErrors := errorKeys(base.Check(disclosure.CheckOptions{}))
	require.Len(t, wantErrors, 2, "the Putuo report's two known errors (0.3 for 2961.68, said once though both sides print the 总计; 71.73% for 71.65%)")
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			r, err := parse.Parse([]byte(v.f(orig)))
			require.NoError(t, err)
			assert.Contains(t, []parse.Format{parse.FormatFlow, parse.FormatLayout}, r.Format)
			got := certainCells(r)
			for k, g := range got {
				if w, ok := want[k]; ok {
					assert.Equal(t, w, g, k)
				} else {
					t.Errorf("%s: %s read from the variant only", k, g)
				}
			}
			// Seven of the eight tables (the 基本支出 table prints two
			// blocks side by side and cannot be read without positions).
			assert.GreaterOrEqual(t, len(got)*100, len(want)*v.certain, "figures read with certainty")
			all := r.Check(disclosure.CheckOptions{})
			for _, e := range errorKeys(all) {
				assert.Contains(t, wantErrors, e, "an error the original does not give")
			}
			for _, f := range all {
				// Names split over lines are put back together: no
				// misnamed-code warning comes from the extraction.
				if f.Severity == fiscal.SeverityWarning {
					assert.NotContains(t, f.Rule, "acc.structure", "%v", f)
				}
			}
		})
	}
}

// TestVariantsDaye re-renders the Daye word-processor export without its
// tabs (one cell a line, spacing collapsed): the reader is certain of most
// tables, and what it is certain of equals the typed export's reading;
// it raises no error the original does not.
func TestVariantsDaye(t *testing.T) {
	orig := string(corpus(t, daye))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := certainCells(base)
	wantErrors := errorKeys(base.Check(disclosure.CheckOptions{}))
	for _, v := range []variant{{"collapsed", collapse, 0}, {"collapsed-crlf", func(s string) string { return crlf(collapse(s)) }, 0}} {
		t.Run(v.name, func(t *testing.T) {
			r, err := parse.Parse([]byte(v.f(orig)))
			require.NoError(t, err)
			got := certainCells(r)
			for k, g := range got {
				if w, ok := want[k]; ok {
					assert.Equal(t, w, g, k)
				}
			}
			assert.NotEmpty(t, got)
			// The 财政拨款收入支出决算总表, one cell a line with its 行次 and
			// its fund headers above the 栏次 line: the 类 rows printing
			// 2,000.00 under 合计 and under one fund are placed by the fund
			// tables, 总计 by 本年支出合计 and 年末; the 政府性基金 table by
			// its balance identity and the same 类 of the 支出决算表. No
			// row stays open (before, 41 and 4 did).
			for _, c := range r.Coverage.Tables {
				switch c.Profile {
				case "final.appropriation-summary", "final.gov-fund":
					assert.Zero(t, c.Ambiguous, "ambiguous rows of %s", c.Title)
				}
			}
			assert.Empty(t, r.Coverage.Uncertain)
			for _, e := range errorKeys(r.Check(disclosure.CheckOptions{})) {
				assert.Contains(t, wantErrors, e, "an error the original does not give")
			}
		})
	}
}

// TestFlowUncertainLowered: a finding about a table holding ambiguous rows
// is info, never an error.
func TestFlowUncertainLowered(t *testing.T) {
	text := "支出决算表\n单位：万元\n项目 本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出\n" +
		"合计 30.00 20.00 10.00\n201 一般公共服务支出 30.00 20.00 10.00\n20101 人大事务 30.00 20.00 10.00\n" +
		"2010101 行政运行 20.00 20.00\n2010102 一般行政管理事务 10.00 10.00\n"
	r, err := parse.Parse([]byte(text))
	require.NoError(t, err)
	require.Equal(t, parse.FormatFlow, r.Format)
	tbl := r.Document.Tables.Get(accounts.KindExpenditure)
	require.NotNil(t, tbl)
	// 2010101 (20, 20) and 2010102 (10, 10): the hierarchy says 基本 and
	// 项目 respectively.
	row, ok := tbl.FunctionRow(accounts.SideMain, mustFn(t, "2010101"))
	require.True(t, ok)
	assert.Equal(t, "20.00", row.Cell(accounts.ColBasic).Format(fiscal.TableFormat()))
	row, ok = tbl.FunctionRow(accounts.SideMain, mustFn(t, "2010102"))
	require.True(t, ok)
	assert.Equal(t, "10.00", row.Cell(accounts.ColProject).Format(fiscal.TableFormat()))
	assert.Empty(t, r.Coverage.Uncertain)
}

func mustFn(t *testing.T, s string) classify.Function {
	t.Helper()
	c, err := classify.ParseFunction(s)
	require.NoError(t, err)
	return c
}

// TestPutuoOtherExtractions reads the Putuo PDF as pdftotext prints it
// without -layout (-raw: one text row a line in reading order, figures of
// tall rows on the lines after): the figures read with certainty equal the
// layout reading's, and the errors are the layout reading's.
func TestPutuoOtherExtractions(t *testing.T) {
	pdf := corpusPath(t, "shanghai-putuo-czj-2024.pdf")
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("FISCAL_REQUIRE_CORPUS") != "" {
			t.Fatal("pdftotext is needed (Debian: poppler-utils)")
		}
		t.Skip("pdftotext not installed")
	}
	base, err := parse.Parse(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	require.NoError(t, err)
	want := certainCells(base)
	wantErrors := errorKeys(base.Check(disclosure.CheckOptions{}))
	out, err := exec.Command(bin, "-raw", "-enc", "UTF-8", pdf, "-").Output()
	require.NoError(t, err)
	r, err := parse.Parse(out)
	require.NoError(t, err)
	require.Equal(t, parse.FormatFlow, r.Format)
	got := certainCells(r)
	for k, g := range got {
		assert.Equal(t, want[k], g, k)
	}
	assert.GreaterOrEqual(t, len(got)*100, len(want)*75)
	assert.Equal(t, wantErrors, errorKeys(r.Check(disclosure.CheckOptions{})))
}

// corpusPath returns the path of a corpus file (internal/corpustest:
// $FISCAL_CORPUS, else ../shared/corpus beside the repository), skipping
// the test when it is absent and failing when FISCAL_REQUIRE_CORPUS is set.
func corpusPath(t testing.TB, name string) string {
	t.Helper()
	return corpustest.Path(t, name)
}

// TestOtherTitles renames the Putuo tables as other provinces title them
// ("收入决算总表", "支出决算总表", "…基本支出决算明细表"), in the layout text and
// collapsed: the same figures are read and the same errors found.
func TestOtherTitles(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := certainCells(base)
	rules := func(fs []fiscal.Finding) []string {
		var out []string
		for _, f := range fs {
			if f.Severity == fiscal.SeverityError {
				out = append(out, f.Rule+"|"+f.Where.Row+"|"+f.Where.Column+"|"+f.Expected.String()+"|"+f.Actual.String())
			}
		}
		slices.Sort(out)
		return out
	}
	wantErrors := rules(base.Check(disclosure.CheckOptions{}))
	lines := strings.Split(orig, "\n")
	for i, l := range lines {
		s := strings.TrimSpace(l)
		switch {
		case strings.HasSuffix(s, "、收入决算表"), s == "收入决算表":
			lines[i] = strings.Replace(l, "收入决算表", "收入决算总表", 1)
		case strings.HasSuffix(s, "、支出决算表"), s == "支出决算表":
			lines[i] = strings.Replace(l, "支出决算表", "支出决算总表", 1)
		case strings.HasSuffix(s, "基本支出决算表"):
			lines[i] = strings.Replace(l, "基本支出决算表", "基本支出决算明细表", 1)
		}
	}
	renamed := strings.Join(lines, "\n")
	require.NotEqual(t, orig, renamed)
	require.Contains(t, renamed, "支出决算总表")
	for _, v := range []variant{{"layout", func(s string) string { return s }, 100}, {"collapsed", collapse, 75}} {
		t.Run(v.name, func(t *testing.T) {
			r, err := parse.Parse([]byte(v.f(renamed)))
			require.NoError(t, err)
			got := certainCells(r)
			for k, g := range got {
				assert.Equal(t, want[k], g, k)
			}
			assert.GreaterOrEqual(t, len(got)*100, len(want)*v.certain, "figures read with certainty")
			assert.Equal(t, wantErrors, rules(r.Check(disclosure.CheckOptions{})))
		})
	}
}

// TestMoreTables adds to the Putuo report two tables of the larger sets
// (Sichuan prints 13) whose titles the profiles also match: an
// 一般公共预算财政拨款支出决算明细表 by 经济分类 after the 功能分类 table, and a
// 国有资本经营预算财政拨款支出决算表 after the 收入支出 one. The tables read
// and the errors found are the original's.
func TestMoreTables(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := certainCells(base)
	wantErrors := errorKeys(base.Check(disclosure.CheckOptions{}))
	const detail = "\n一般公共预算财政拨款支出决算明细表\n单位：万元\n" +
		"科目编码 科目名称 合计 基本支出 项目支出\n合计 2,336.91 2,336.91\n301 工资福利支出 1,500.00 1,500.00\n" +
		"30101 基本工资 1,500.00 1,500.00\n302 商品和服务支出 836.91 836.91\n30201 办公费 836.91 836.91\n"
	const stateSpending = "\n国有资本经营预算财政拨款支出决算表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n" +
		"本单位无国有资本经营预算财政拨款支出，故本表为空表。\n"
	lines := strings.Split(orig, "\n")
	var out []string
	added := 0
	for i, l := range lines {
		s := strings.TrimSpace(l)
		if s == "一般公共预算财政拨款基本支出决算表" {
			out = append(out, strings.Split(detail, "\n")...)
			added++
		}
		out = append(out, l)
		if s == "国有资本经营预算财政拨款收入支出决算表" && i > 100 {
			// after the table's lines: at the next blank run
			added++
			out = append(out, strings.Split(stateSpending, "\n")...)
		}
	}
	require.Equal(t, 2, added)
	for _, v := range []variant{{"layout", func(s string) string { return s }, 100}, {"collapsed", collapse, 75}} {
		t.Run(v.name, func(t *testing.T) {
			r, err := parse.Parse([]byte(v.f(strings.Join(out, "\n"))))
			require.NoError(t, err)
			got := certainCells(r)
			for k, g := range got {
				assert.Equal(t, want[k], g, k)
			}
			assert.GreaterOrEqual(t, len(got)*100, len(want)*v.certain, "figures read with certainty")
			for _, e := range errorKeys(r.Check(disclosure.CheckOptions{})) {
				assert.Contains(t, wantErrors, e, "an error the original does not give")
			}
		})
	}
}

// TestOneReaderPutuo reads the Putuo layout text by the table reader alone
// (ParseLines: no layout reader behind it). Every table is read with
// certainty, the 基本支出 table's two blocks side by side included (its 类
// codes repeated above their 款, names wrapped, figures printed above
// their rows), and every figure equals the layout reader's.
func TestOneReaderPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	var ls []tables.Line
	for i, s := range strings.Split(strings.ReplaceAll(orig, "\f", ""), "\n") {
		ls = append(ls, tables.Line{N: i + 1, Text: s})
	}
	r, err := parse.ParseLines(ls, parse.FormatLayout)
	require.NoError(t, err)
	assert.Empty(t, r.Coverage.Uncertain)
	for _, c := range r.Coverage.Tables {
		if c.Profile != "final.three-public" {
			assert.Zero(t, c.Ambiguous, c.Title)
			assert.Empty(t, c.Reason, c.Title)
		}
	}
	assert.Equal(t, certainCells(base), certainCells(r))
	assert.Equal(t, errorKeys(base.Check(disclosure.CheckOptions{})), errorKeys(r.Check(disclosure.CheckOptions{})))
}

// TestUnmodelledTables adds to the Putuo report the tables other sets
// print beside the nine (Yunnan's and Chongqing's 项目支出 and 机关运行经费
// tables, Sichuan's 财政拨款支出决算明细表, a 政府采购 table, 会议费 and 培训费,
// and a 部门整体支出绩效自评表 right after the last of the nine)
// whose titles hold a modelled table's title behind a narrowing word. They
// are not read as the modelled tables nor joined to them as continued
// pages: the tables read with certainty and the errors found are exactly
// the original's, in the layout text and collapsed.
func TestUnmodelledTables(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := certainCells(base)
	wantErrors := errorKeys(base.Check(disclosure.CheckOptions{}))
	const extra = putuoDepartmentForm + `                   一般公共预算财政拨款项目支出决算表
                                                     单位：万元
      科目编码          科目名称         合计     商品和服务支出   资本性支出
201               一般公共服务支出      603.14        500.00        103.14
201     06        财政事务              603.14        500.00        103.14
201     06   01   行政运行                8.37          8.37
201     06   07   信息化建设            135.25         32.11        103.14
201     06   08   财政委托业务支出      459.52        459.52
                  合计                  603.14        500.00        103.14
                    机关运行经费支出决算表
                                             单位：万元
     经济分类科目编码      科目名称            决算数
   302                商品和服务支出          150.00
   30201              办公费                   50.00
   30211              差旅费                  100.00
                      合计                    150.00
              会议费、培训费支出决算表
                                             单位：万元
     项目            预算数      决算数
     会议费            2.00        1.50
     培训费            3.00        2.80
              政府采购支出决算表
                                             单位：万元
     项目          合计     货物      工程     服务
   201 一般公共服务支出   120.00    20.00          100.00
              财政拨款支出决算明细表
                                             单位：万元
  科目编码  科目名称  合计  工资福利支出  商品和服务支出
  201 一般公共服务支出 2,106.66 1,200.00 906.66
`
	at := strings.Index(orig, "   第三部分上海市普陀区财政局2024年度部门决算情况")
	require.Positive(t, at)
	withExtra := orig[:at] + strings.TrimPrefix(extra, "\n") + orig[at:]
	for _, v := range []variant{{"layout", func(s string) string { return s }, 100}, {"collapsed", collapse, 75}} {
		t.Run(v.name, func(t *testing.T) {
			r, err := parse.Parse([]byte(v.f(withExtra)))
			require.NoError(t, err)
			got := certainCells(r)
			for k, g := range got {
				assert.Equal(t, want[k], g, k)
			}
			assert.GreaterOrEqual(t, len(got)*100, len(want)*v.certain, "figures read with certainty")
			assert.Equal(t, wantErrors, errorKeys(r.Check(disclosure.CheckOptions{})))
			if v.name == "layout" {
				for _, c := range r.Coverage.Tables {
					assert.Zero(t, c.Ambiguous, "no row of another table read into %s", c.Title)
				}
			}
			// Found, set aside and said so (the form is read as a form).
			assert.Equal(t, []string{"一般公共预算财政拨款项目支出决算表", "机关运行经费支出决算表", "会议费、培训费支出决算表",
				"政府采购支出决算表", "财政拨款支出决算明细表"}, r.Coverage.Unmodelled)
			assert.Contains(t, r.Summary(), "not checked (no model of them): 一般公共预算财政拨款项目支出决算表")
		})
	}
}

// TestUnmodelledTablesDaye adds a 机关运行经费支出决算表 and an 一般公共预算
// 财政拨款项目支出决算表 to the Daye word-processor export, numbered 公开10表
// and 公开11表 in its style, before its "三公" table: neither is taken for
// the 支出决算表 printed a second time, and the errors are the original's.
func TestUnmodelledTablesDaye(t *testing.T) {
	orig := string(corpus(t, daye))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	wantErrors := errorKeys(base.Check(disclosure.CheckOptions{}))
	table := func(title, number string, header []string, rows ...[]string) []string {
		out := []string{"\t" + title, "", "\t" + number, "", "\t部门：大冶市政务服务和大数据管理局                    金额单位：万元", ""}
		for _, r := range append([][]string{header}, rows...) {
			for _, c := range r {
				out = append(out, "\t"+c)
			}
			out = append(out, "")
		}
		return out
	}
	extra := append(table("机关运行经费支出决算表", "公开10表", []string{"经济分类科目编码", "科目名称", "决算数"},
		[]string{"302", "商品和服务支出", "50.00"}, []string{"30201", "办公费", "50.00"}, []string{"合计", "　", "50.00"}),
		table("一般公共预算财政拨款项目支出决算表", "公开11表", []string{"功能分类科目编码", "科目名称", "合计", "商品和服务支出"},
			[]string{"201", "一般公共服务支出", "30.00", "30.00"}, []string{"合计", "　", "30.00", "30.00"})...)
	lines := strings.Split(orig, "\n")
	at := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) == "财政拨款“三公”经费支出决算表" })
	require.Positive(t, at)
	withExtra := strings.Join(slices.Concat(lines[:at], extra, lines[at:]), "\n")
	r, err := parse.Parse([]byte(withExtra))
	require.NoError(t, err)
	assert.Equal(t, wantErrors, errorKeys(r.Check(disclosure.CheckOptions{})))
}

// TestTitlesAsTyped prints every table title of the Putuo report (the
// tables themselves, not the contents' entries) as other departments type
// them: numbered with a colon ("附表3：…", "表三：…"), or wrapped onto a
// second line after its first eight characters (a narrow title cell). The
// tables read with certainty and the errors found are the original's.
func TestTitlesAsTyped(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := certainCells(base)
	wantErrors := errorKeys(base.Check(disclosure.CheckOptions{}))
	retitle := func(f func(k int, indent, title string) string) string {
		lines := strings.Split(orig, "\n")
		k := 0
		for i, l := range lines {
			s := strings.TrimSpace(strings.Trim(l, "\f"))
			if i < 100 || !strings.HasSuffix(s, "决算表") && !strings.HasSuffix(s, "决算总表") || strings.ContainsAny(s, "、 ") {
				continue
			}
			k++
			lines[i] = f(k, l[:strings.Index(l, s)], s)
		}
		require.Equal(t, 9, k, "the nine tables' titles")
		return strings.Join(lines, "\n")
	}
	cn := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	for _, v := range []struct {
		name string
		f    func(k int, indent, title string) string
	}{
		{"附表N：", func(k int, indent, title string) string { return fmt.Sprintf("%s附表%d：%s", indent, k, title) }},
		{"表N:", func(k int, indent, title string) string { return fmt.Sprintf("%s表%s:%s", indent, cn[k], title) }},
		// A label in brackets after the title: its number or its year.
		{"（表N）", func(k int, indent, title string) string { return fmt.Sprintf("%s%s（表%d）", indent, title, k) }},
		{"（公开0N表）", func(k int, indent, title string) string {
			return fmt.Sprintf("%s%s（公开%02d表）", indent, title, k)
		}},
		{"(表N) in ASCII", func(k int, indent, title string) string { return fmt.Sprintf("%s%s(表%s)", indent, title, cn[k]) }},
		{"（2024年度）", func(k int, indent, title string) string { return indent + title + "（2024年度）" }},
		// The unit on the title's line, as a PDF prints a right-aligned
		// unit on the title's baseline.
		{"单位 on the title's line", func(k int, indent, title string) string { return indent + title + "          单位：万元" }},
		{"wrapped", func(k int, indent, title string) string {
			r := []rune(title)
			if len(r) <= 8 {
				return indent + title
			}
			return indent + string(r[:8]) + "\n" + indent + string(r[8:])
		}},
	} {
		t.Run(v.name, func(t *testing.T) {
			r, err := parse.Parse([]byte(retitle(v.f)))
			require.NoError(t, err)
			assert.Equal(t, want, certainCells(r))
			assert.Equal(t, wantErrors, errorKeys(r.Check(disclosure.CheckOptions{})))
			found := 0
			for _, c := range r.Coverage.Tables {
				if c.Found && c.Reason == "" {
					found++
				}
			}
			assert.Equal(t, 9, found, "tables read")
		})
	}
}

// TestPartsAsTyped numbers the parts of the Putuo and Daye reports as
// other departments do: "三、" for "第三部分" (in the contents, in the body,
// or both), or not at all, or lists no parts in the contents. The 情况说明
// is found all the same: the errors are the original's.
func TestPartsAsTyped(t *testing.T) {
	part := regexp.MustCompile(`第([一二三四五六七八九十]+)部分[：:\s]*`)
	cn := func(s string) string { return part.ReplaceAllString(s, "$1、") }
	none := func(s string) string { return part.ReplaceAllString(s, "") }
	for _, c := range []struct {
		file     string
		contents bool // the report has a table of contents
	}{
		{"shanghai-putuo-czj-2024.layout.txt", true},
		{daye, false},
	} {
		orig := string(corpus(t, c.file))
		base, err := parse.Parse([]byte(orig))
		require.NoError(t, err)
		wantErrors := errorKeys(base.Check(disclosure.CheckOptions{}))
		require.NotEmpty(t, wantErrors)
		body := 0 // where the body begins: the first part's heading the second time
		if c.contents {
			body = strings.Index(orig, "第一部分")
			body += 1 + strings.Index(orig[body+1:], "第一部分")
		}
		for _, v := range []struct {
			name string
			f    func(string) string
		}{
			{"contents 三、", func(s string) string { return cn(s[:body]) + s[body:] }},
			{"body 三、", func(s string) string { return s[:body] + cn(s[body:]) }},
			{"all 三、", cn},
			{"body unnumbered", func(s string) string { return s[:body] + none(s[body:]) }},
			{"contents without parts", func(s string) string {
				var kept []string
				for _, l := range strings.Split(s[:body], "\n") {
					if !part.MatchString(strings.TrimSpace(l)) {
						kept = append(kept, l)
					}
				}
				return strings.Join(kept, "\n") + s[body:]
			}},
		} {
			if !c.contents && strings.HasPrefix(v.name, "contents") {
				continue
			}
			t.Run(c.file+"/"+v.name, func(t *testing.T) {
				typed := v.f(orig)
				require.NotEqual(t, orig, typed)
				r, err := parse.Parse([]byte(typed))
				require.NoError(t, err)
				assert.Equal(t, wantErrors, errorKeys(r.Check(disclosure.CheckOptions{})))
			})
		}
	}
}

// TestOneWrongFigurePutuo changes one figure of a coded row of the Putuo
// 收入决算表, 支出决算表 and 一般公共预算财政拨款支出决算表 at a time (its first
// figure, one more in the units digit): a row that no longer adds up must
// be an error that names the row, not an ambiguous row that hides it.
func TestOneWrongFigurePutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	lines := strings.Split(orig, "\n")
	row := regexp.MustCompile(`^\s*(\d{3})(?:\s+(\d{2}))?(?:\s+(\d{2}))?\s+\S+\s+[\d,]*?(\d)\.\d\d\b`)
	inTable := false
	tried, caught := 0, 0
	var missed []string
	for i, l := range lines {
		s := strings.TrimSpace(strings.Trim(l, "\f"))
		switch s {
		case "收入决算表", "支出决算表", "一般公共预算财政拨款支出决算表":
			inTable = i > 100
			continue
		case "一般公共预算财政拨款基本支出决算表", "财政拨款收入支出决算总表":
			inTable = false
		}
		m := row.FindStringSubmatchIndex(l)
		if !inTable || m == nil {
			continue
		}
		code := l[m[2]:m[3]]
		for k := 4; k < 8; k += 2 {
			if m[k] >= 0 {
				code += l[m[k]:m[k+1]]
			}
		}
		d := l[m[8]] - '0'
		changed := slices.Clone(lines)
		changed[i] = l[:m[8]] + string(rune('0'+(d+1)%10)) + l[m[9]:]
		r, err := parse.Parse([]byte(strings.Join(changed, "\n")))
		require.NoError(t, err)
		tried++
		found := false
		for _, f := range r.Check(disclosure.CheckOptions{}) {
			if f.Severity == fiscal.SeverityError && (f.Where.Row == code || containsWord(f.Message, code)) {
				found = true
				break
			}
		}
		if found {
			caught++
		} else {
			missed = append(missed, fmt.Sprintf("line %d %s", i+1, code))
		}
	}
	require.Equal(t, 57, tried, "coded rows of the three tables: 19 each")
	t.Logf("caught %d of %d; missed: %v", caught, tried, missed)
	assert.GreaterOrEqual(t, caught*100, tried*90, "one wrong figure caught as an error naming its row")
}

// containsWord reports whether code stands in s as a whole number.
func containsWord(s, code string) bool {
	for i := strings.Index(s, code); i >= 0; {
		end := i + len(code)
		if (i == 0 || s[i-1] < '0' || s[i-1] > '9') && (end == len(s) || s[end] < '0' || s[end] > '9') {
			return true
		}
		next := strings.Index(s[i+1:], code)
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}

// TestMarginsPutuo prints the Putuo report with another left margin, as
// other PDFs and pdftotext -fixed give it (every line four spaces further
// in; pdftotext -layout -fixed 3 of the PDF itself), with its numbered
// headings indented further than the paragraphs or its paragraphs indented
// as a block under headings at the margin, and with its cells separated by
// tabs: the 情况说明 is read the same, and the errors are the original's.
func TestMarginsPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	wantErrors := errorKeys(base.Check(disclosure.CheckOptions{}))
	heading := regexp.MustCompile(`(?m)^  ([一二三四五六七八九十]+、)`)
	inputs := map[string]string{
		"indented":          regexp.MustCompile(`(?m)^`).ReplaceAllString(orig, "    "),
		"headings indented": heading.ReplaceAllString(orig, "        $1"),
		// The 情况说明's paragraphs indented as a block under headings at
		// the margin (a word processor's left indent).
		"body as a block": func() string {
			at := strings.LastIndex(orig, "第三部分")
			lines := strings.Split(orig[at:], "\n")
			for i, l := range lines {
				switch t := strings.TrimSpace(l); {
				case t == "":
				case heading.MatchString(l), regexp.MustCompile(`^（[一二三四五六七八九十]+）`).MatchString(t):
					lines[i] = t
				default:
					lines[i] = "    " + t
				}
			}
			return orig[:at] + strings.Join(lines, "\n")
		}(),
		// Cells separated by one tab (copied from a spreadsheet or a
		// word processor's table) instead of aligned spaces.
		"tabs": regexp.MustCompile(`(\S)  +(\S)`).ReplaceAllString(regexp.MustCompile(`(\S)  +(\S)`).ReplaceAllString(orig, "$1\t$2"), "$1\t$2"),
	}
	if bin, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command(bin, "-layout", "-fixed", "3", "-enc", "UTF-8", corpusPath(t, "shanghai-putuo-czj-2024.pdf"), "-").Output()
		require.NoError(t, err)
		inputs["pdftotext -fixed 3"] = string(out)
	} else if os.Getenv("FISCAL_REQUIRE_CORPUS") != "" {
		t.Fatal("pdftotext is needed (Debian: poppler-utils)")
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			require.NotEqual(t, orig, in)
			r, err := parse.Parse([]byte(in))
			require.NoError(t, err)
			assert.Equal(t, len(base.Document.Narrative), len(r.Document.Narrative), "narrative figures")
			assert.Equal(t, wantErrors, errorKeys(r.Check(disclosure.CheckOptions{})))
		})
	}
}

// TestJoinedParagraphsPutuo joins the wrapped lines of each paragraph of
// the Putuo 情况说明 into one line, as word processors' and web pages'
// text gives them, and puts spaces around every amount: the errors are
// the original's (an item whose 年初预算 is not read no longer makes the
// sum of the items' 年初预算 fall short of the total's).
func TestJoinedParagraphsPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	wantErrors := errorKeys(base.Check(disclosure.CheckOptions{}))
	start := strings.LastIndex(orig, "第三部分")
	end := strings.LastIndex(orig, "第四部分")
	require.Positive(t, start)
	require.Greater(t, end, start)
	var out []string
	for _, l := range strings.Split(orig[start:end], "\n") {
		if n := len(out); n > 0 && l != "" && l[0] != ' ' && out[n-1] != "" {
			out[n-1] += l // a wrapped line, at the margin: the paragraph goes on
			continue
		}
		out = append(out, l)
	}
	joined := orig[:start] + strings.Join(out, "\n") + orig[end:]
	spaced := orig[:start] + regexp.MustCompile(`(\d)万元`).ReplaceAllString(orig[start:end], "$1 万元") + orig[end:]
	for name, in := range map[string]string{"joined": joined, "spaced": spaced} {
		t.Run(name, func(t *testing.T) {
			require.NotEqual(t, orig, in)
			r, err := parse.Parse([]byte(in))
			require.NoError(t, err)
			assert.Equal(t, wantErrors, errorKeys(r.Check(disclosure.CheckOptions{})))
		})
	}
}

// TestASCIIStops types the 情况说明 of Putuo and Daye with English full
// stops ("." for "。"), as some input methods and web pages give it: the
// sentences are split the same, and the errors are the original's.
func TestASCIIStops(t *testing.T) {
	for _, name := range []string{"shanghai-putuo-czj-2024.layout.txt", daye} {
		t.Run(name, func(t *testing.T) {
			orig := string(corpus(t, name))
			base, err := parse.Parse([]byte(orig))
			require.NoError(t, err)
			start := strings.LastIndex(orig, "第三部分")
			require.Positive(t, start)
			typed := orig[:start] + strings.ReplaceAll(orig[start:], "。", ".")
			r, err := parse.Parse([]byte(typed))
			require.NoError(t, err)
			assert.Equal(t, errorKeys(base.Check(disclosure.CheckOptions{})), errorKeys(r.Check(disclosure.CheckOptions{})))
		})
	}
}

// TestTemplateAlternativesPutuo leaves the template's alternatives in one
// sentence of the Putuo 情况说明 ("增加（减少）56.95万元，增长（下降）1.87%"): the
// placeholders are the errors added, not a misread figure besides them.
func TestTemplateAlternativesPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	typed := strings.Replace(orig, "减少56.95万元，下降1.87%", "增加（减少）56.95万元，增长（下降）1.87%", 1)
	require.NotEqual(t, orig, typed)
	r, err := parse.Parse([]byte(typed))
	require.NoError(t, err)
	want := append(errorKeys(base.Check(disclosure.CheckOptions{})), "text.placeholder|||||", "text.placeholder|||||")
	slices.Sort(want)
	assert.Equal(t, want, errorKeys(r.Check(disclosure.CheckOptions{})))
}

// TestRunningCostRules: the Putuo 情况说明 states its 机关运行经费 without
// saying it equals the 公用经费: the equality rules are skipped with that
// reason, never said to have run; the part ≤ whole rule runs. Daye says
// so: all three run.
func TestRunningCostRules(t *testing.T) {
	for name, want := range map[string]map[string]bool{
		"shanghai-putuo-czj-2024.layout.txt": {"tp.running.public": false, "tp.running.applicable": false, "tp.running.within": true},
		daye:                                 {"tp.running.public": true, "tp.running.applicable": true, "tp.running.within": true},
	} {
		r, err := parse.Parse(corpus(t, name))
		require.NoError(t, err)
		r.Check(disclosure.CheckOptions{})
		got := map[string]bool{}
		for _, x := range r.Coverage.Rules {
			if strings.HasPrefix(x.Rule, "tp.running.") {
				got[x.Rule] = x.Ran
				if !x.Ran {
					assert.Contains(t, x.Reason, "does not say that 机关运行经费 equals", x.Rule)
				}
			}
		}
		assert.Equal(t, want, got, name)
	}
}

// TestRateWordsPutuoDaye writes growth rates as 增幅 and 降幅, as many
// reports do ("较上年度增加1084.32万元，增幅20.4%"): Daye's with every
// "，增长"/"，下降" so written keeps its errors (its true narr.growth of
// 一般公共预算财政拨款支出 among them), and Putuo's "降幅1.87%" is right
// while "降幅2.87%" is one error more (56.95 / 3052.34 = 1.87%).
func TestRateWordsPutuoDaye(t *testing.T) {
	daye := string(corpus(t, "000_a6b8f70e670f2841.txt"))
	base, err := parse.Parse([]byte(daye))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	require.Contains(t, strings.Join(want, "\n"), "narr.growth")
	reworded := strings.NewReplacer("，增长", "，增幅", "，下降", "，降幅").Replace(daye)
	require.NotEqual(t, daye, reworded)
	r, err := parse.Parse([]byte(reworded))
	require.NoError(t, err)
	got := errorKeys(r.Check(disclosure.CheckOptions{}))
	for i := range got {
		got[i] = strings.ReplaceAll(got[i], "：增幅", "：增长") // the row names the word as printed
	}
	assert.Equal(t, want, got)

	putuo := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err = parse.Parse([]byte(putuo))
	require.NoError(t, err)
	want = errorKeys(base.Check(disclosure.CheckOptions{}))
	require.Contains(t, putuo, "减少56.95万元，下降1.87%")
	right, err := parse.Parse([]byte(strings.Replace(putuo, "减少56.95万元，下降1.87%", "减少56.95万元，降幅1.87%", 1)))
	require.NoError(t, err)
	assert.Equal(t, want, errorKeys(right.Check(disclosure.CheckOptions{})))
	wrong, err := parse.Parse([]byte(strings.Replace(putuo, "减少56.95万元，下降1.87%", "减少56.95万元，降幅2.87%", 1)))
	require.NoError(t, err)
	got = errorKeys(wrong.Check(disclosure.CheckOptions{}))
	assert.Len(t, got, len(want)+1)
	assert.Contains(t, strings.Join(got, "\n"), "narr.growth")
}

// TestUnitFiguresPutuo: a 部门决算 covers several units (Putuo's 财政局
// has three) and some reports give each unit's figures; the tables print
// the department's, so a unit's figure is not compared with them. Each
// sentence below (its figures made up to add up to the department's
// 2995.39 and 2940.05) keeps the report's errors; the department's own
// figure mistyped in the same sentence is still one error more.
func TestUnitFiguresPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	const at = "以及项目支出中合同支付进度条款等原因减少支付。\n"
	require.Contains(t, orig, at)
	with := func(sentence string) []string {
		r, err := parse.Parse([]byte(strings.Replace(orig, at, at+"  "+sentence+"\n", 1)))
		require.NoError(t, err)
		return errorKeys(r.Check(disclosure.CheckOptions{}))
	}
	for _, s := range []string{
		"本部门本年支出合计2940.05万元，其中：机关本级本年支出合计2500.00万元，所属事业单位本年支出合计440.05万元。",
		"从单位构成看，上海市普陀区财政局（本级）本年支出2500.00万元，上海市普陀区国库收付中心本年支出440.05万元。",
		"区国库收付中心本年支出合计440.05万元，其中：基本支出400.00万元，项目支出40.05万元。",
		"下属单位本年收入合计495.39万元，占18.50%。",
	} {
		assert.Equal(t, want, with(s), s)
	}
	got := with("本部门本年支出合计2950.05万元，其中：机关本级本年支出合计2500.00万元，所属事业单位本年支出合计450.05万元。")
	assert.Len(t, got, len(want)+1, "the department's 2950.05 against its table's 2940.05")
	// 本级 in the department's own name or scope is the department: its
	// figure mistyped is an error (2950.05 for 2940.05, 2985.39 for
	// 2995.39).
	for _, s := range []string{
		"本部门（含局机关本级及所属单位）本年支出合计2950.05万元，其中：基本支出2336.91万元。",
		"上海市普陀区财政局（本级）2024年度收入支出总计2985.39万元。",
		"上海市普陀区财政局（含机关本级）2024年度收入支出总计2985.39万元。",
		"本部门（机关本级）2024年度收入支出总计2985.39万元。",
	} {
		assert.Len(t, with(s), len(want)+1, s)
	}
}

// TestSmallTableInNarrativePutuo puts a small "三公" table inside the
// 情况说明, as several provinces do ("…情况如下表：" then 项目 / 预算数 /
// 决算数 rows; Putuo's own figures, 合计 0.95 / 0.00), before a paragraph
// that starts at the margin as Putuo's does. The rows are not one sentence
// with the paragraph after them: the errors are the report's.
func TestSmallTableInNarrativePutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	const at = "  （一）“三公”经费财政拨款支出决算总体情况说明。\n"
	require.Contains(t, orig, at)
	table := "  2024年度“三公”经费财政拨款预算及决算情况如下表：\n" +
		"                          单位：万元\n" +
		"      项  目                        预算数        决算数\n" +
		"      合  计                          0.95          0.00\n" +
		"      1.因公出国（境）费               0.00          0.00\n" +
		"      2.公务接待费                     0.95          0.00\n" +
		"      3.公务用车购置及运行维护费       0.00          0.00\n" +
		"        其中：公务用车购置费           0.00          0.00\n" +
		"              公务用车运行维护费       -             -\n"
	for name, in := range map[string]string{
		"table then the paragraph": strings.Replace(orig, at, at+table, 1),
		"a blank line between":     strings.Replace(orig, at, at+table+"\n", 1),
	} {
		t.Run(name, func(t *testing.T) {
			r, err := parse.Parse([]byte(in))
			require.NoError(t, err)
			assert.Equal(t, want, errorKeys(r.Check(disclosure.CheckOptions{})))
		})
	}
}

// TestYiYuanFiguresPutuo states Putuo's 本年支出合计 (2940.05 万元) in 亿元, as
// large departments do, at each precision: right when the table's figure
// rounds to it (0.294亿元 is to the 10 万元), one error more when it does
// not by more than one unit of its last digit (0.28亿元 would be a
// warning: off by one unit).
func TestYiYuanFiguresPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	const at = "  三、支出决算情况说明\n"
	require.Contains(t, orig, at)
	with := func(figure string) []string {
		r, err := parse.Parse([]byte(strings.Replace(orig, at, at+"  本年支出合计"+figure+"。\n", 1)))
		require.NoError(t, err)
		return errorKeys(r.Check(disclosure.CheckOptions{}))
	}
	for _, right := range []string{"0.294亿元", "0.2940亿元", "0.29亿元", "0.29401亿元", "2940.05万元"} {
		assert.Equal(t, want, with(right), right)
	}
	for _, wrong := range []string{"0.304亿元", "0.2950亿元", "0.27亿元", "0.29410亿元"} {
		assert.Len(t, with(wrong), len(want)+1, wrong)
	}
}

// TestPriorYearSentencesPutuo puts last year's figure in a sentence of its
// own before Putuo's ("2023年度机关运行经费支出182.10万元。" before
// "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%"): it is
// not this year's, so neither the 184.65 nor its growth is compared with
// it, and the report's errors stay. This year's figure so stated, wrong,
// is still an error.
func TestPriorYearSentencesPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	const at = " 机关运行经费支出184.65万元，比2023年度增加2.55万元"
	require.Contains(t, orig, at)
	with := func(sentence string) []string {
		r, err := parse.Parse([]byte(strings.Replace(orig, at, "  "+sentence+"\n"+at, 1)))
		require.NoError(t, err)
		return errorKeys(r.Check(disclosure.CheckOptions{}))
	}
	assert.Equal(t, want, with("2023年度机关运行经费支出182.10万元。"))
	assert.Equal(t, want, with("上年度机关运行经费支出182.10万元。"))
	wrong := with("2024年度机关运行经费支出186.65万元。")
	assert.Greater(t, len(wrong), len(want))
	assert.Contains(t, strings.Join(wrong, "\n"), "narr.amount||机关运行经费支出||186.65|184.65")
}

// TestChangeAfterSemicolonPutuo writes Putuo's 机关运行经费 sentence with
// its budget first (190.00; 184.65 / 190.00 = 97.18%) and its change
// against last year after a "；": the change is the 机关运行经费's (2.55 /
// 182.10 = 1.40%), not the subject of a sentence sections before (the
// 公务接待费), so the errors are the report's; its rate mistyped is one
// more.
func TestChangeAfterSemicolonPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	const at = "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。"
	require.Contains(t, orig, at)
	with := func(rate string) []string {
		s := "机关运行经费年初预算190.00万元，支出184.65万元，比年初预算减少5.35万元，完成年初预算的97.18%；比2023年度增加2.55万元，增长" + rate + "。"
		r, err := parse.Parse([]byte(strings.Replace(orig, at, s, 1)))
		require.NoError(t, err)
		return errorKeys(r.Check(disclosure.CheckOptions{}))
	}
	assert.Equal(t, want, with("1.40%"))
	wrong := with("2.40%")
	assert.Len(t, wrong, len(want)+1)
	assert.Contains(t, strings.Join(wrong, "\n"), "narr.growth||机关运行经费")
}

// TestDifferenceFromBudgetPutuo adds to Putuo's sentences the difference
// from the budget, as the national template words it: "支出决算为2940.05万
// 元，比年初预算减少53.87万元" (2993.92 − 2940.05) and, for the "三公",
// "比年初预算减少0.95万元" (0.95 − 0.00). The amount printed after 减少 is
// the budget less the 决算: the errors are the report's; 63.87 is one more.
func TestDifferenceFromBudgetPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	general := [2]string{"支出决算为2940.05万元，完\n成年初预算", "支出决算为2940.05万元，比年初预算减少%s万元，完\n成年初预算"}
	three := [2]string{"支出决算为0.00万元，完成预算的", "支出决算为0.00万元，比年初预算减少0.95万元，完成预算的"}
	require.Contains(t, orig, general[0])
	require.Contains(t, orig, three[0])
	with := func(diff string) []string {
		in := strings.Replace(orig, general[0], fmt.Sprintf(general[1], diff), 1)
		in = strings.Replace(in, three[0], three[1], 1)
		r, err := parse.Parse([]byte(in))
		require.NoError(t, err)
		return errorKeys(r.Check(disclosure.CheckOptions{}))
	}
	assert.Equal(t, want, with("53.87"))
	assert.Len(t, with("63.87"), len(want)+1)
	// The Gansu wording: "决算数小于预算数53.87万元" after the rate.
	const rate = "成年初预算的98.20%。"
	require.True(t, strings.Contains(orig, rate))
	gansu := func(diff string) []string {
		r, err := parse.Parse([]byte(strings.Replace(orig, rate, "成年初预算的98.20%，决算数小于预算数"+diff+"万元。", 1)))
		require.NoError(t, err)
		return errorKeys(r.Check(disclosure.CheckOptions{}))
	}
	assert.Equal(t, want, gansu("53.87"))
	assert.Len(t, gansu("63.87"), len(want)+1)
}

// TestEvaluationMoneyPutuo adds to Putuo's 预算绩效 paragraph the money of
// evaluations other than all its projects': the department's whole
// spending ("部门整体支出绩效自评，涉及资金2940.05万元", its 本年支出合计) and
// selected projects ("选取重点项目2个，涉及资金450.52万元"): neither is 项目支出
// (603.14), and the errors are the report's.
func TestEvaluationMoneyPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	const at = "  十、预算绩效管理情况\n"
	require.True(t, strings.Contains(orig, at))
	for _, s := range []string{
		"本部门开展部门整体支出绩效自评，涉及资金2940.05万元，自评得分95分。",
		"本部门选取重点项目2个开展绩效评价，涉及资金450.52万元。",
	} {
		r, err := parse.Parse([]byte(strings.Replace(orig, at, at+"  "+s+"\n", 1)))
		require.NoError(t, err)
		assert.Equal(t, want, errorKeys(r.Check(disclosure.CheckOptions{})), s)
	}
}

// TestAdjustedBudgetPutuo states, beside Putuo's 年初预算 of the 一般公共预算
// spending (2993.92), a budget adjusted during the year (2950.00): it is
// no 年初预算, and a completion rate of it is 2940.05 / 2950.00 = 99.66%,
// of the 年初预算 98.20%. The errors are the report's; a rate of the
// adjusted budget mistyped (98.66%) is one more.
func TestAdjustedBudgetPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	const at = "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完\n成年初预算的98.20%。"
	require.True(t, strings.Contains(orig, at))
	with := func(s string) []string {
		r, err := parse.Parse([]byte(strings.Replace(orig, at, s, 1)))
		require.NoError(t, err)
		return errorKeys(r.Check(disclosure.CheckOptions{}))
	}
	for _, s := range []string{
		"一般公共预算财政拨款支出年初预算为2993.92万元，调整预算为2950.00万元，支出决算为2940.05万元，完成调整预算的99.66%。",
		"一般公共预算财政拨款支出年初预算为2993.92万元，调整后预算为2950.00万元，支出决算为2940.05万元，完成预算的99.66%。",
		"一般公共预算财政拨款支出年初预算为2993.92万元，全年预算为2950.00万元，支出决算为2940.05万元，完成全年预算的99.66%，完成年初预算的98.20%。",
	} {
		assert.Equal(t, want, with(s), s)
	}
	assert.Len(t, with("一般公共预算财政拨款支出年初预算为2993.92万元，调整预算为2950.00万元，支出决算为2940.05万元，完成调整预算的98.66%。"), len(want)+1)
}

// TestNegativeChangesPutuo writes Putuo's decrease (收入支出总计减少56.95万元，
// 下降1.87%) as reports filled from a spreadsheet do, with a minus: it is
// the same change, and the errors are the report's; the change mistyped
// (-66.95) is one more.
func TestNegativeChangesPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	const at = "支出总计减少56.95万元，下降1.87%。"
	require.True(t, strings.Contains(orig, at))
	with := func(s string) []string {
		r, err := parse.Parse([]byte(strings.Replace(orig, at, s, 1)))
		require.NoError(t, err)
		return errorKeys(r.Check(disclosure.CheckOptions{}))
	}
	for _, s := range []string{"支出总计增加-56.95万元，增长-1.87%。", "支出总计增减变化-56.95万元，变化率-1.87%。", "支出总计减少-56.95万元，下降-1.87%。"} {
		assert.Equal(t, want, with(s), s)
	}
	assert.Greater(t, len(with("支出总计增加-66.95万元，增长-1.87%。")), len(want))
}

// TestBasicItemsPutuo lists, as many county reports do, the 基本支出's
// 经济分类 amounts in Putuo's 基本支出 paragraph, each taken from its 基本
// 支出决算表 (基本工资 262.33, 津贴补贴 1238.58, 住房公积金 187.19; 工资福利支出
// 2082.85, 商品和服务支出 171.07): the errors are the report's, and one
// mistyped (住房公积金 178.19, 商品和服务支出 181.07) is one more.
func TestBasicItemsPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	const at = "  六、一般公共预算财政拨款基本支出决算情况说明\n"
	require.True(t, strings.Contains(orig, at))
	with := func(s string) []string {
		r, err := parse.Parse([]byte(strings.Replace(orig, at, at+"  "+s+"\n", 1)))
		require.NoError(t, err)
		return errorKeys(r.Check(disclosure.CheckOptions{}))
	}
	const items = "人员经费2152.26万元，主要包括：基本工资262.33万元、津贴补贴1238.58万元、住房公积金%s万元。按经济分类科目分：工资福利支出2082.85万元、商品和服务支出%s万元。"
	assert.Equal(t, want, with(fmt.Sprintf(items, "187.19", "171.07")))
	// Items of a clause about 项目支出 are not the 基本支出 table's.
	assert.Equal(t, want, with("公用经费184.65万元，主要包括：办公费21.21万元。另外，项目支出中安排委托业务费449.52万元、办公费3.00万元。"))
	assert.Len(t, with(fmt.Sprintf(items, "178.19", "171.07")), len(want)+1)
	assert.Len(t, with(fmt.Sprintf(items, "187.19", "181.07")), len(want)+1)
}

// TestFundSummaryPutuo writes Putuo's totals in the Guangdong summary form:
// the department's ("总收支。年初结转和结余49.14万元，本年收入2,946.25万元…")
// and the 一般公共预算财政拨款's own (21.63, 2,940.05, 2,940.05, 21.63), which
// are not the 收入支出决算总表's. The errors are the report's; the
// department's 年末结转和结余 mistyped (65.34) is one more.
func TestFundSummaryPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	const at = "  一、收入支出决算总体情况说明\n"
	require.True(t, strings.Contains(orig, at))
	with := func(end string) []string {
		s := "  总收支。2024年度年初结转和结余49.14万元，本年收入2,946.25万元，本年支出2,940.05万元，使用非财政拨款结余0万元，结余分配0万元，年末结转和结余" + end + "万元。\n" +
			"  一般公共预算财政拨款收支。2024年度一般公共预算财政拨款年初结转和结余21.63万元，本年收入2,940.05万元，本年支出2,940.05万元，年末结转和结余21.63万元。\n"
		r, err := parse.Parse([]byte(strings.Replace(orig, at, at+s, 1)))
		require.NoError(t, err)
		return errorKeys(r.Check(disclosure.CheckOptions{}))
	}
	assert.Equal(t, want, with("55.34"))
	assert.Len(t, with("65.34"), len(want)+1)
}

// TestCompletionWordsPutuo writes Putuo's completion rate (2940.05 /
// 2993.92 = 98.20%) as other reports do: "为年初预算的98.20%", "占年初预算
// 的98.20%". Right, the report's errors; 99.20% is one more.
func TestCompletionWordsPutuo(t *testing.T) {
	orig := string(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	want := errorKeys(base.Check(disclosure.CheckOptions{}))
	const at = "支出决算为2940.05万元，完\n成年初预算的98.20%。"
	require.True(t, strings.Contains(orig, at))
	for _, w := range []string{"为", "占"} {
		with := func(rate string) []string {
			r, err := parse.Parse([]byte(strings.Replace(orig, at, "支出决算为2940.05万元，"+w+"年初预算的"+rate+"%。", 1)))
			require.NoError(t, err)
			return errorKeys(r.Check(disclosure.CheckOptions{}))
		}
		assert.Equal(t, want, with("98.20"), w)
		assert.Len(t, with("99.20"), len(want)+1, w)
	}
}
