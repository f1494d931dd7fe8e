package parse_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/internal/daye2024"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpus reads a corpus file (internal/corpustest: $FISCAL_CORPUS, else
// ../shared/corpus beside the repository), skipping the test when the
// corpus is absent and failing when FISCAL_REQUIRE_CORPUS is set.
func corpus(t testing.TB, name string) []byte {
	t.Helper()
	return corpustest.Read(t, name)
}

const daye = "000_a6b8f70e670f2841.txt"

// ruleLines lists the rule and line of each finding.
func ruleLines(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %d", f.Rule, f.Where.Line))
	}
	return out
}

// key identifies a finding independently of wording.
func key(f fiscal.Finding) string {
	return fmt.Sprintf("%s %s %d %s %s", f.Rule, f.Severity, f.Where.Line, f.Expected, f.Actual)
}

func keys(fs []fiscal.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, key(f))
	}
	return out
}

func TestDayeWordText(t *testing.T) {
	r, err := parse.Parse(corpus(t, daye))
	require.NoError(t, err)
	assert.Equal(t, parse.FormatWordText, r.Format)
	want := daye2024.Document()
	asDecoded(want) // the parser reads the text decoded: ％ as %
	got := r.Document

	// Every part equals the typed document.
	assert.Equal(t, want.Tables, got.Tables)
	assert.Equal(t, want.ThreePublic, got.ThreePublic)
	assert.Equal(t, want.ThreePublicStatistics, got.ThreePublicStatistics)
	assert.Equal(t, want.RunningCost, got.RunningCost)
	assert.Equal(t, want.Procurement, got.Procurement)
	assert.Equal(t, want.Assets, got.Assets)
	assert.Equal(t, want.Performance, got.Performance)
	assert.Equal(t, want.Units, got.Units)
	assert.Equal(t, want.Glossary, got.Glossary)
	assert.Equal(t, want.Explained, got.Explained)
	assert.Equal(t, want.Sections, got.Sections)
	assert.Equal(t, [3]any{want.Department, want.Year, want.Title}, [3]any{got.Department, got.Year, got.Title})

	// The narrative: the same statements but for the wording of their
	// subjects (and their order within a sentence).
	noSubject := func(ss []disclosure.Statement) []disclosure.Statement {
		out := make([]disclosure.Statement, len(ss))
		for i, s := range ss {
			s.Subject = ""
			out[i] = s
		}
		return out
	}
	assert.ElementsMatch(t, noSubject(want.Narrative), noSubject(got.Narrative))

	// And the same findings (compared without the subjects' wording), but
	// for the 类/款/项 names, which only the text's subjects carry: the
	// 款 22904 printed 其他支出（款） on lines 1695 and 1707.
	gotKeys := keys(got.Check(disclosure.CheckOptions{}))
	var names []string
	gotKeys = slices.DeleteFunc(gotKeys, func(k string) bool {
		if strings.HasPrefix(k, "narr.function-name ") {
			names = append(names, k)
			return true
		}
		return false
	})
	assert.ElementsMatch(t, keys(want.Check(disclosure.CheckOptions{})), gotKeys)
	assert.Equal(t, []string{"narr.function-name warning 1695  ", "narr.function-name warning 1707  "}, names)

	// What only the text carries: the doubled 。 of line 1866, "2024度"
	// and no reason for 156.4% of the budget on line 1689, and
	// 公务接待费元 on line 1702.
	assert.ElementsMatch(t, []string{"text.punctuation 1866", "narr.year-form 1689", "narr.reason 1689", "narr.stray-unit 1702"}, ruleLines(r.Findings))

	// Counts: 8 tables + the "三公" table, 235 narrative statements (as
	// many as the typed document holds; line 1743's shares by kind of
	// purchase are of amounts stated nowhere), 34 forms, nothing unread.
	assert.Equal(t, 9, r.Stats.Tables)
	assert.Equal(t, len(want.Narrative), r.Stats.Narrative)
	assert.Equal(t, 235, r.Stats.Narrative)
	assert.Equal(t, 34, r.Stats.Forms)
	assert.Zero(t, r.Stats.Unread)
	assert.Zero(t, r.Stats.Unresolved)
}

func TestJSONRoundTripThroughParse(t *testing.T) {
	b, err := json.Marshal(daye2024.Document())
	require.NoError(t, err)
	r, err := parse.Parse(b)
	require.NoError(t, err)
	assert.Equal(t, parse.FormatJSON, r.Format)
	assert.Equal(t, daye2024.Document(), r.Document)

	_, err = parse.Parse([]byte(`{"department": 1}`))
	assert.ErrorIs(t, err, parse.ErrUnusable)
	_, err = parse.Parse([]byte(`{"nope": 1}`))
	assert.ErrorIs(t, err, parse.ErrUnusable, "unknown fields are refused")
}

func putuo(t *testing.T) *parse.Result {
	r, err := parse.Parse(corpus(t, "shanghai-putuo-czj-2024.layout.txt"))
	require.NoError(t, err)
	require.Equal(t, parse.FormatLayout, r.Format)
	return r
}

func TestPutuoLayout(t *testing.T) {
	r := putuo(t)
	fs := r.Document.Check(disclosure.CheckOptions{})
	find := func(rule string, match func(fiscal.Finding) bool) []fiscal.Finding {
		var out []fiscal.Finding
		for _, f := range fs {
			if f.Rule == rule && match(f) {
				out = append(out, f)
			}
		}
		return out
	}
	// 收入决算表: the 类 rows add up to 2946.26 against 合计 2946.25.
	inc := find("acc.income.total", func(f fiscal.Finding) bool { return f.Where.Column == "本年收入合计" })
	require.Len(t, inc, 1)
	assert.True(t, inc[0].WithinRounding)
	assert.Equal(t, "2946.26", inc[0].Expected.String())
	assert.Equal(t, "2946.25", inc[0].Actual.String())
	// 社会保障和就业支出: 326.71 in the 总表, 326.72 in the 支出决算表.
	ss := find("acc.cross.summary-expenditure", func(f fiscal.Finding) bool { return f.Where.Row == "208" })
	require.Len(t, ss, 1)
	assert.True(t, ss[0].WithinRounding)
	assert.Equal(t, "326.71", ss[0].Expected.String())
	assert.Equal(t, "326.72", ss[0].Actual.String())
	// The narrative's 财政拨款收入支出总计0.3万元 against 2961.68.
	nt := find("narr.amount", func(f fiscal.Finding) bool { return f.Where.Line == 548 })
	require.NotEmpty(t, nt)
	assert.Equal(t, "2961.68", nt[0].Expected.String())
	assert.Equal(t, "0.30", nt[0].Actual.String())
	assert.Equal(t, fiscal.SeverityError, nt[0].Severity)

	assert.Equal(t, 9, r.Stats.Tables)
	assert.Greater(t, r.Stats.Narrative, 90)
}

func TestPutuoPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("FISCAL_REQUIRE_CORPUS") != "" {
			t.Fatal("pdftotext is not installed (poppler-utils)")
		}
		t.Skip("pdftotext is not installed (poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", corpusPath(t, "shanghai-putuo-czj-2024.pdf"), "-").Output()
	require.NoError(t, err)
	r, err := parse.Parse(out)
	require.NoError(t, err)
	layout := putuo(t)
	assert.Equal(t, layout.Document.Tables, r.Document.Tables, "the PDF reads as its layout text")
	assert.Equal(t, keys(layout.Document.Check(disclosure.CheckOptions{})), keys(r.Document.Check(disclosure.CheckOptions{})))
}

func TestTemplate(t *testing.T) {
	r, err := parse.Parse(corpus(t, "shanghai-template-2024.layout.txt"))
	require.NoError(t, err)
	all := append(append([]fiscal.Finding(nil), r.Findings...), r.Document.Check(disclosure.CheckOptions{})...)
	placeholders := 0
	for _, f := range all {
		if f.Severity != fiscal.SeverityError {
			continue
		}
		assert.Equal(t, "text.placeholder", f.Rule, "only placeholders are errors on the blank template: %v", f)
		placeholders++
	}
	// One finding per kind of placeholder (XX on a hundred lines is one),
	// counted with grep in the template: runs of X, runs of … (outside the
	// contents' dot leaders), 如持平作持平表述, 不涉及的不列, 按上述格式依次说明,
	// and the alternatives （增加）（减少）（增长）（下降）（小于）.
	assert.Equal(t, 10, placeholders)
}

func TestDetect(t *testing.T) {
	cases := []struct {
		in   string
		want parse.Format
	}{
		{"%PDF-1.7\n…", parse.FormatPDF},
		{"  {\"department\": \"x\"}", parse.FormatJSON},
		{"\ufeff{}", parse.FormatJSON},
		{"", parse.FormatUnknown},
		{"  \n\t\n", parse.FormatUnknown},
		{"收入支出决算总表\n\t项目\n\t金额\n", parse.FormatWordText},
		{"收入支出决算总表\n  项目     金额\n一、一般  1.00\n", parse.FormatLayout},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, parse.Detect([]byte(c.in)), "%q", c.in)
	}
	_, err := parse.Parse([]byte("%PDF-1.4 ..."))
	assert.ErrorIs(t, err, parse.ErrUnusable)
	_, err = parse.Parse(nil)
	assert.ErrorIs(t, err, parse.ErrUnusable)
}

func TestTextChecks(t *testing.T) {
	doc := "第一部分：某某局概况\n" +
		"第三部分：上海市财政局2023年度部门决算情况说明\n" +
		"截至2023年12月31日，共有车辆0辆。。\n" +
		"收入支出总计增加（减少）XXX万元。\n" +
		"本单位无政府性基金预算财政拨款收入支出。\n"
	r, err := parse.Parse([]byte(doc))
	require.NoError(t, err)
	rules := map[string]int{}
	for _, f := range r.Findings {
		rules[f.Rule]++
	}
	assert.Equal(t, 3, rules["text.placeholder"], "某某, （减少）, XXX")
	assert.Equal(t, 1, rules["text.punctuation"])
	assert.GreaterOrEqual(t, rules["text.sections"], 9, "no tables, no 名词解释")
	if r.Document.Year == 2024 {
		assert.Equal(t, 2, rules["text.year"])
	}
}

func TestTruncatedNeverPanics(t *testing.T) {
	data := corpus(t, daye)
	lines := strings.SplitAfter(string(data), "\n")
	for n := 0; n < len(lines); n += 211 {
		r, err := parse.Parse([]byte(strings.Join(lines[:n], "")))
		if err != nil {
			continue
		}
		_ = r.Document.Check(disclosure.CheckOptions{})
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("收入支出决算总表\n\t项目\n\t金额\n\t一、一般公共预算财政拨款收入\n\t1\n\t4402.44\n"))
	f.Add([]byte("          收入支出决算总表\n一、一般公共预算财政拨款收入      2,940.05   一、一般公共服务支出        2,106.66\n"))
	f.Add([]byte(`{"department":"x","year":2024}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := parse.Parse(b)
		if err != nil {
			return
		}
		_ = r.Document.Check(disclosure.CheckOptions{})
	})
}

// "单位：元" opening every page (pdftotext -raw prints it so) is no running
// header: it says the tables' unit.
func TestUnitLineNotRunningHeader(t *testing.T) {
	var b strings.Builder
	for i := range 5 {
		fmt.Fprintf(&b, "单位：元\n第%d页的内容 %d\n第二行\f", i+1, i)
	}
	got := map[string]bool{}
	for _, l := range parse.LinesForTest([]byte(b.String())) {
		got[l] = true
	}
	assert.True(t, got["单位：元"], "the unit line is kept")
}

// Where the word-text reader cannot read a table (a row with a cell too
// many), the tables are read again by package reader: the coverage then
// gives each table's line, and no table is lost.
func TestWordTextTroubleReaderFirst(t *testing.T) {
	orig := string(corpus(t, daye))
	base, err := parse.Parse([]byte(orig))
	require.NoError(t, err)
	for _, c := range base.Coverage.Tables {
		if c.Profile != "final.three-public" {
			assert.Zero(t, c.Line, "%s: the word-text reader's own table", c.Profile)
		}
	}
	// One cell too many in the 支出决算表's 合计 row.
	i := strings.Index(orig, "\t6,577.03\n")
	require.Positive(t, i)
	broken := orig[:i] + "\t9.99" + orig[i:]
	r, err := parse.Parse([]byte(broken))
	require.NoError(t, err)
	require.Equal(t, parse.FormatWordText, r.Format)
	lines := 0
	for _, c := range r.Coverage.Tables {
		if c.Line > 0 && c.Profile != "final.three-public" {
			lines++
		}
	}
	assert.Positive(t, lines, "the tables read again by package reader")
	assert.NotNil(t, r.Document.Tables.Get(accounts.KindExpenditure))
}
