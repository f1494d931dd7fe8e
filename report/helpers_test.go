package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse"
	"github.com/cnfiscal/fiscal/internal/corpustest"
	"github.com/cnfiscal/fiscal/threepublic"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// corpusFile reads a corpus file (internal/corpustest: FISCAL_CORPUS or
// ../shared/corpus); it skips when the corpus is absent, and fails instead
// when FISCAL_REQUIRE_CORPUS is set (as in CI).
func corpusFile(t testing.TB, name string) []byte {
	t.Helper()
	return corpustest.Read(t, name)
}

// putuo reads the Putuo 财政局 report and returns its document and every
// finding: the parse findings and the document's checks, sorted.
func putuo(t testing.TB) (*disclosure.Document, []fiscal.Finding) {
	t.Helper()
	r, err := parse.Parse(corpusFile(t, "shanghai-putuo-czj-2024.layout.txt"))
	require.NoError(t, err)
	fs := append([]fiscal.Finding(nil), r.Findings...)
	fs = append(fs, r.Document.Check(disclosure.CheckOptions{})...)
	fiscal.SortFindings(fs)
	return r.Document, fs
}

func wan(s string) fiscal.Cell { return fiscal.MustParseCell(s, fiscal.WanYuan) }

func fnc(s string) classify.Function { return classify.MustParse[classify.FunctionKind](s) }

// smallDoc is a document typed by hand: a 一般公共预算财政拨款支出决算表 of two
// 类 and a total, a "三公" table, and two narrative sentences.
func smallDoc() *disclosure.Document {
	gb := accounts.NewTable(accounts.KindGeneralBudget)
	gb.Number = "表五"
	gb.Rows = []accounts.Row{
		{Item: accounts.ItemTotal, Name: "合计", Line: 10, Cells: accounts.Cells{accounts.ColTotal: wan("30.00"), accounts.ColBasic: wan("20.00"), accounts.ColProject: wan("10.00")}},
		{Function: fnc("201"), Name: "一般公共服务支出", Line: 11, Cells: accounts.Cells{accounts.ColTotal: wan("12.34"), accounts.ColBasic: wan("12.34")}},
		{Function: fnc("208"), Name: "社会保障和就业支出", Line: 12, Cells: accounts.Cells{accounts.ColTotal: wan("17.67"), accounts.ColBasic: wan("7.66"), accounts.ColProject: wan("10.00")}},
	}
	ts := &accounts.Tables{}
	ts.Set(gb)
	tp := &threepublic.Table{Title: threepublic.TableTitle, Number: "表七", Unit: fiscal.WanYuan, Decimals: 2,
		Budget: threepublic.Figures{Total: wan("5.00"), Reception: wan("5.00")},
		Actual: threepublic.Figures{Total: wan("4.00"), Reception: wan("3.50")}}
	return &disclosure.Document{Department: "某局", Year: 2024, Tables: ts, ThreePublic: tp,
		Narrative: []disclosure.Statement{
			{Line: 40, Text: "一般公共预算财政拨款支出30.00万元。", Subject: "一般公共预算财政拨款支出", Figure: "30.00万元"},
			{Line: 41, Text: "一般公共服务支出12.34万元，占41.13%。", Subject: "一般公共服务支出", Figure: "12.34万元"},
			{Line: 41, Text: "一般公共服务支出12.34万元，占41.13%。", Subject: "占", Figure: "41.13%"},
		}}
}

// parseHTML parses a page and indexes its elements by id.
func parseHTML(t *testing.T, page []byte) (*html.Node, map[string]*html.Node) {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	ids := map[string]*html.Node{}
	walk(root, func(n *html.Node) {
		if id := attr(n, "id"); id != "" {
			_, dup := ids[id]
			require.False(t, dup, "id %q twice", id)
			ids[id] = n
		}
	})
	return root, ids
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	if n.Type != html.ElementNode {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, c string) bool {
	return n.Type == html.ElementNode && strings.Contains(" "+attr(n, "class")+" ", " "+c+" ")
}

// text is the concatenated text of a node.
func text(n *html.Node) string {
	var b strings.Builder
	walk(n, func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
	})
	return b.String()
}

// ownText is the text of a node without the badges it carries.
func ownText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return strings.TrimSpace(b.String())
}

// items returns the finding list's entries.
func items(root *html.Node) []*html.Node {
	var out []*html.Node
	walk(root, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "li" && hasClass(n, "item") {
			out = append(out, n)
		}
	})
	return out
}

// link returns an entry's anchor.
func link(n *html.Node) *html.Node {
	var a *html.Node
	walk(n, func(c *html.Node) {
		if a == nil && c.Type == html.ElementNode && c.Data == "a" {
			a = c
		}
	})
	return a
}

func mustDec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
