package report_test

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/report"
	"github.com/cnfiscal/fiscal/threepublic"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// smallFindings are findings typed by hand against smallDoc, each with the
// text of the element it must be shown on.
func smallFindings() ([]fiscal.Finding, []string) {
	gb := accounts.KindGeneralBudget.Title()
	fs := []fiscal.Finding{
		{Rule: "acc.general.total", Severity: fiscal.SeverityError, Where: fiscal.Where{Table: gb, Part: "表五", Row: "208", Column: "基本支出", Line: 12}, Message: "基本支出 is off"},
		{Rule: "acc.row", Severity: fiscal.SeverityWarning, Where: fiscal.Where{Table: gb, Row: "201"}, Message: "row note"},
		{Rule: "acc.table", Severity: fiscal.SeverityInfo, Where: fiscal.Where{Table: gb, Part: "表五"}, Message: "table note"},
		{Rule: "tp.total", Severity: fiscal.SeverityError, Where: fiscal.Where{Table: threepublic.TableTitle, Row: "决算数", Column: "合计"}, Message: "合计 is off"},
		{Rule: "tp.vehicles", Severity: fiscal.SeverityWarning, Where: fiscal.Where{Table: threepublic.TableTitle, Row: "预算数", Column: "公务用车购置及运行费/小计"}, Message: "小计 blank"},
		{Rule: "narr.share", Severity: fiscal.SeverityError, Where: fiscal.Where{Part: "情况说明", Row: "占", Text: "一般公共服务支出12.34万元，占41.13%。", Line: 41}, Message: "share is off",
			Expected: fiscal.FigureOf(mustDec("41.07")), Actual: fiscal.FigureOf(mustDec("41.13")), Unit: "%"},
		{Rule: "parse.unread", Severity: fiscal.SeverityInfo, Where: fiscal.Where{Part: "情况说明", Text: "未读的一句 <b>粗</b>", Line: 99}, Message: "not read"},
		{Rule: "acc.missing", Severity: fiscal.SeverityError, Where: fiscal.Where{Table: accounts.KindGovFund.Title(), Row: "合计"}, Message: "table missing"},
		{Rule: "<script>alert(1)</script>", Severity: fiscal.SeverityWarning, Message: "<img src=x onerror=alert(1)>"},
	}
	// What each finding is shown on, by hand: a cell's printed figure, a
	// row's label, a table's title, a sentence, or its own note.
	targets := []string{"7.66", "一般公共服务支出", "一般公共预算财政拨款支出决算表表五", "4.00", "",
		"line 41 情况说明一般公共服务支出12.34万元，占41.13%。", "line 99 情况说明未读的一句 <b>粗</b>", "self", "self"}
	return fs, targets
}

func renderHTML(t *testing.T, fs []fiscal.Finding) ([]byte, *html.Node, map[string]*html.Node) {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, report.HTML(&buf, smallDoc(), fs, report.Options{Source: "small.txt", Summary: []string{"1 table"}}))
	root, ids := parseHTML(t, buf.Bytes())
	return buf.Bytes(), root, ids
}

func TestHTMLPlacesEachFinding(t *testing.T) {
	fs, targets := smallFindings()
	_, root, ids := renderHTML(t, fs)
	its := items(root)
	require.Len(t, its, len(fs))
	for i, it := range its {
		a := link(it)
		require.NotNil(t, a, "finding %d has an anchor", i+1)
		href := attr(a, "href")
		require.True(t, strings.HasPrefix(href, "#"), href)
		target, ok := ids[href[1:]]
		require.True(t, ok, "finding %d: target %s exists", i+1, href)
		note, ok := ids["f"+strconv.Itoa(i+1)]
		require.True(t, ok, "finding %d has a note", i+1)
		assert.Equal(t, fs[i].Severity.String(), attr(note, "data-sev"), "finding %d", i+1)
		switch want := targets[i]; want {
		case "self":
			assert.Equal(t, note, target, "finding %d is shown in the list of its own", i+1)
		default:
			got := ownText(target)
			if target.Data == "p" || target.Data == "h2" {
				got = strings.TrimSpace(strings.TrimRight(text(target), "0123456789"))
			}
			assert.Equal(t, want, got, "finding %d", i+1)
		}
	}
	// The 三公 小计 of 预算数 is the fifth cell of the 预算数 row (label
	// cells first), and blank.
	vehicles := ids[attr(link(its[4]), "data-target")]
	assert.Equal(t, "预算数", ownText(vehicles.Parent.FirstChild.NextSibling))
	n := 0
	for c := vehicles.Parent.FirstChild; c != vehicles; c = c.NextSibling {
		n++
	}
	assert.Equal(t, 4, n)
	// A cell shows the colour of its most serious finding.
	assert.True(t, hasClass(ids[attr(link(its[0]), "data-target")], "error"))
	assert.True(t, hasClass(ids[attr(link(its[1]), "data-target")], "warning"))
	// The sentence printed for two figures is shown once.
	sentences := 0
	walk(root, func(n *html.Node) {
		if n.Data == "p" && hasClass(n, "sentence") && strings.Contains(text(n), "一般公共服务支出12.34万元，占41.13%。") {
			sentences++
		}
	})
	assert.Equal(t, 1, sentences)
}

func TestHTMLCountsAndFilters(t *testing.T) {
	fs, _ := smallFindings()
	_, root, ids := renderHTML(t, fs)
	// By hand: errors are findings 1, 4, 6, 8; warnings 2, 5, 9; info 3, 7.
	for sev, want := range map[string]int{"error": 4, "warning": 3, "info": 2} {
		assert.Equal(t, strconv.Itoa(want)+" "+sev, text(ids["count-"+sev]))
	}
	var sevBoxes, ruleBoxes []string
	walk(root, func(n *html.Node) {
		if n.Data == "input" {
			switch attr(n, "data-filter") {
			case "sev":
				sevBoxes = append(sevBoxes, attr(n, "value"))
			case "rule":
				ruleBoxes = append(ruleBoxes, attr(n, "value"))
			}
		}
	})
	assert.Equal(t, []string{"error", "warning", "info"}, sevBoxes)
	assert.Len(t, ruleBoxes, 9, "one filter per rule")
	assert.Contains(t, ruleBoxes, "<script>alert(1)</script>")
}

func TestHTMLSelfContainedAndEscaped(t *testing.T) {
	fs, _ := smallFindings()
	page, root, _ := renderHTML(t, fs)
	scripts := 0
	walk(root, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.Data {
		case "script":
			scripts++
			assert.Empty(t, attr(n, "src"), "inline script only")
		case "link", "img", "iframe", "object", "embed":
			t.Errorf("element <%s> would load a resource", n.Data)
		}
		for _, a := range n.Attr {
			if a.Key == "href" {
				assert.True(t, strings.HasPrefix(a.Val, "#"), "link %q leaves the page", a.Val)
			}
			assert.False(t, strings.HasPrefix(a.Key, "on"), "event handler attribute %s", a.Key)
			if a.Key == "src" {
				t.Errorf("src attribute on <%s>", n.Data)
			}
		}
	})
	assert.Equal(t, 1, scripts)
	assert.NotContains(t, string(page), "<img src=x")
	assert.NotContains(t, string(page), "<b>粗</b>")
	assert.Contains(t, text(root), "<img src=x onerror=alert(1)>", "shown as text")
	assert.Contains(t, text(root), "expected 41.07, printed 41.13 (%)")
}

func TestHTMLEmpty(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, report.HTML(&buf, nil, nil, report.Options{}))
	root, ids := parseHTML(t, buf.Bytes())
	assert.Empty(t, items(root))
	assert.Equal(t, "0 error", text(ids["count-error"]))

	// A finding without a severity counts as an error, as in package fiscal.
	buf.Reset()
	require.NoError(t, report.HTML(&buf, nil, []fiscal.Finding{{Rule: "x", Message: "m"}}, report.Options{}))
	_, ids = parseHTML(t, buf.Bytes())
	assert.Equal(t, "1 error", text(ids["count-error"]))
	assert.Equal(t, "error", attr(ids["f1"], "data-sev"))
}

// TestHTMLPutuo is the golden structure test on a real report: every
// finding has an anchor whose target exists, the counts equal those of
// the findings' JSON, and two findings checked by hand sit on their cell
// and sentence.
func TestHTMLPutuo(t *testing.T) {
	doc, fs := putuo(t)
	var buf bytes.Buffer
	require.NoError(t, report.HTML(&buf, doc, fs, report.Options{Source: "shanghai-putuo-czj-2024.layout.txt"}))
	root, ids := parseHTML(t, buf.Bytes())
	its := items(root)
	require.Len(t, its, len(fs))
	for i, it := range its {
		a := link(it)
		require.NotNil(t, a)
		_, ok := ids[strings.TrimPrefix(attr(a, "href"), "#")]
		require.True(t, ok, "finding %d: %s", i+1, attr(a, "href"))
		assert.Equal(t, fs[i].Rule, attr(it, "data-rule"))
	}
	// The counts by a second method: the findings' JSON form.
	var js bytes.Buffer
	require.NoError(t, fiscal.EncodeFindings(&js, fs))
	var decoded []struct {
		Severity string `json:"severity"`
	}
	require.NoError(t, json.Unmarshal(js.Bytes(), &decoded))
	counts := map[string]int{}
	for _, d := range decoded {
		counts[d.Severity]++
	}
	for _, sev := range []string{"error", "warning", "info"} {
		assert.Equal(t, strconv.Itoa(counts[sev])+" "+sev, text(ids["count-"+sev]))
	}
	tables := 0
	walk(root, func(n *html.Node) {
		if n.Data == "section" && hasClass(n, "table") {
			tables++
		}
	})
	assert.Equal(t, 9, tables, "eight accounts tables and the 三公 table")

	// By hand from the report: 基本支出决算表 301 prints 2082.85 (line 341);
	// the share 71.73% is on line 564.
	found := map[string]bool{}
	for i, f := range fs {
		target := ids[attr(link(its[i]), "data-target")]
		switch {
		case f.Rule == "acc.basic.hierarchy" && f.Where.Row == "301":
			assert.Equal(t, "2082.85", ownText(target))
			assert.Equal(t, "td", target.Data)
			found["301"] = true
		case f.Rule == "narr.share" && f.Where.Line == 564:
			assert.Equal(t, "p", target.Data)
			assert.Contains(t, text(target), "占71.73%")
			found["share"] = true
		}
	}
	assert.Equal(t, map[string]bool{"301": true, "share": true}, found)
}
