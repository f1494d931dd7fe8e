// Command synthetic writes the final accounts of a made-up department as
// the formats departments publish them, for trying the reader on formats
// the corpus does not hold: page text with its columns aligned
// (report.txt), the same text with its spacing collapsed and empty cells
// dropped (report-collapsed.txt), an HTML page (report.html) and a
// workbook with a sheet per table (report.xlsx).
//
// Usage:
//
//	go run ./examples/synthetic DIR
//	go run ./cmd/fiscal lint DIR/report.html
package main

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/xuri/excelize/v2"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: synthetic DIR")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "synthetic:", err)
		os.Exit(1)
	}
}

func run(dir string, stdout io.Writer) error {
	doc, err := department()
	if err != nil {
		return err
	}
	var text bytes.Buffer
	text.WriteString(doc.Department + "2024年度部门决算\n\n第二部分 部门决算表\n\n")
	if err := doc.RenderTables(&text); err != nil {
		return err
	}
	files := map[string][]byte{
		"report.txt":           text.Bytes(),
		"report-collapsed.txt": []byte(collapse(text.String())),
		"report.html":          page(doc),
	}
	x, err := workbook(doc)
	if err != nil {
		return err
	}
	files["report.xlsx"] = x
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
		fmt.Fprintln(stdout, p)
	}
	return nil
}

// department is a made-up department whose accounts are correct: its
// ledger's closing balances are opening + income − spending.
func department() (*disclosure.Document, error) {
	l := accounts.NewLedger("示例市示例局", 2024)
	e, err := l.AddEntity(accounts.Entity{Name: "示例局本级", Type: accounts.Administrative})
	if err != nil {
		return nil, err
	}
	fn := classify.MustParse[classify.FunctionKind]
	eco := classify.MustParse[classify.EconomicKind]
	wan := func(s string) fiscal.Amount { return fiscal.MustParseAmount(s, fiscal.WanYuan) }
	g := accounts.SourceGeneral
	for _, in := range []accounts.Income{
		{Entity: e, Source: g, Function: fn("2010601"), Amount: wan("1200.00")},
		{Entity: e, Source: g, Function: fn("2010602"), Amount: wan("300.00")},
		{Entity: e, Source: g, Function: fn("2080505"), Amount: wan("150.00")},
		{Entity: e, Source: g, Function: fn("2210201"), Amount: wan("180.00")},
		{Entity: e, Source: accounts.SourceOther, Function: fn("2010602"), Amount: wan("6.20")},
	} {
		if err := l.AddIncome(in); err != nil {
			return nil, err
		}
	}
	for _, x := range []accounts.Expense{
		{Entity: e, Source: g, Function: fn("2010601"), Economic: eco("30101"), Nature: accounts.NaturePersonnel, Amount: wan("800.00")},
		{Entity: e, Source: g, Function: fn("2010601"), Economic: eco("30201"), Nature: accounts.NaturePublic, Amount: wan("380.00")},
		{Entity: e, Source: g, Function: fn("2010602"), Nature: accounts.NatureProject, Amount: wan("290.00")},
		{Entity: e, Source: g, Function: fn("2080505"), Economic: eco("30108"), Nature: accounts.NaturePersonnel, Amount: wan("150.00")},
		{Entity: e, Source: g, Function: fn("2210201"), Economic: eco("30113"), Nature: accounts.NaturePersonnel, Amount: wan("180.00")},
		{Entity: e, Source: accounts.SourceOther, Function: fn("2010602"), Nature: accounts.NatureProject, Amount: wan("6.20")},
	} {
		if err := l.AddExpense(x); err != nil {
			return nil, err
		}
	}
	// 一般公共预算: 1830.00 received, 1800.00 spent, 30.00 carried over.
	for _, b := range []accounts.Balance{
		{Entity: e, Source: g, Function: fn("2010601"), Closing: wan("20.00")},
		{Entity: e, Source: g, Function: fn("2010602"), Closing: wan("10.00")},
	} {
		if err := l.AddBalance(b); err != nil {
			return nil, err
		}
	}
	ts, err := l.Tables(accounts.DeriveOptions{})
	if err != nil {
		return nil, err
	}
	return &disclosure.Document{Department: l.Department, Year: 2024, Tables: ts}, nil
}

var spaces = regexp.MustCompile(`[ \t]+`)

// collapse gives one space between cells and drops the empty ones.
func collapse(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		b.WriteString(strings.TrimSpace(spaces.ReplaceAllString(l, " ")) + "\n")
	}
	return b.String()
}

// rows returns a table's rows as cells, as a page prints them.
func rows(t *accounts.Table) [][]string {
	cell := func(c fiscal.Cell) string { return c.Format(fiscal.TableFormat()) }
	if t.Kind == accounts.KindSummary || t.Kind == accounts.KindAppropriationSummary {
		var in, out []*accounts.Row
		for i := range t.Rows {
			if t.Rows[i].Side == accounts.SideIncome {
				in = append(in, &t.Rows[i])
			} else {
				out = append(out, &t.Rows[i])
			}
		}
		head := []string{"项目（收入）", "决算数", "项目（支出）"}
		for _, c := range t.ColumnsOf(accounts.SideExpenditure) {
			head = append(head, t.ColumnName(c))
		}
		all := [][]string{head}
		for i := range max(len(in), len(out)) {
			r := []string{"", ""}
			if i < len(in) {
				r = []string{in[i].Name, cell(in[i].Cell(accounts.ColAmount))}
			}
			if i < len(out) {
				r = append(r, out[i].Name)
				for _, c := range t.ColumnsOf(accounts.SideExpenditure) {
					r = append(r, cell(out[i].Cell(c)))
				}
			}
			all = append(all, r)
		}
		return all
	}
	head := []string{"科目编码", "科目名称"}
	for _, c := range t.ColumnsOf(accounts.SideMain) {
		head = append(head, t.ColumnName(c))
	}
	all := [][]string{head}
	for i := range t.Rows {
		r := &t.Rows[i]
		code, name := r.Key(), r.Name
		if r.Item != 0 {
			code, name = r.Item.Name(), ""
		}
		cells := []string{code, name}
		for _, c := range t.ColumnsOf(accounts.SideMain) {
			cells = append(cells, cell(r.Cell(c)))
		}
		all = append(all, cells)
	}
	return all
}

// page writes the report as an HTML page: a heading and a <table> a table.
func page(doc *disclosure.Document) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n", html.EscapeString(doc.Department))
	fmt.Fprintf(&b, "<h1>%s2024年度部门决算</h1>\n", html.EscapeString(doc.Department))
	for _, t := range doc.Tables.All() {
		fmt.Fprintf(&b, "<h3>%s</h3><p>单位：万元</p>\n<table>\n", html.EscapeString(t.Title))
		for _, r := range rows(t) {
			b.WriteString("<tr>")
			for _, c := range r {
				fmt.Fprintf(&b, "<td>%s</td>", html.EscapeString(c))
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return []byte(b.String())
}

// workbook writes the report as a workbook: a sheet a table, its title on
// the first row.
func workbook(doc *disclosure.Document) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	for i, t := range doc.Tables.All() {
		sheet := fmt.Sprintf("表%d", i+1)
		if _, err := f.NewSheet(sheet); err != nil {
			return nil, err
		}
		all := append([][]string{{t.Title}, {"单位：万元"}}, rows(t)...)
		for ri, r := range all {
			for ci, c := range r {
				name, err := excelize.CoordinatesToCellName(ci+1, ri+1)
				if err != nil {
					return nil, err
				}
				if err := f.SetCellStr(sheet, name, c); err != nil {
					return nil, err
				}
			}
		}
	}
	if err := f.DeleteSheet("Sheet1"); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
