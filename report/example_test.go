package report_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/report"
	"github.com/xuri/excelize/v2"
)

// exampleDoc is a one-table document whose 合计 (30.00) is not the sum of
// its one 类 (12.34).
func exampleDoc() (*disclosure.Document, []fiscal.Finding) {
	t := accounts.NewTable(accounts.KindGeneralBudget)
	t.Rows = []accounts.Row{
		{Item: accounts.ItemTotal, Name: "合计", Cells: accounts.Cells{accounts.ColTotal: wan("30.00"), accounts.ColBasic: wan("30.00")}},
		{Function: fnc("201"), Name: "一般公共服务支出", Cells: accounts.Cells{accounts.ColTotal: wan("12.34"), accounts.ColBasic: wan("12.34")}},
	}
	ts := &accounts.Tables{}
	ts.Set(t)
	doc := &disclosure.Document{Department: "某局", Year: 2024, Tables: ts}
	return doc, doc.Check(disclosure.CheckOptions{})
}

// The page holds the tables and a list of findings, each linked to the
// cell it concerns.
func ExampleHTML() {
	doc, findings := exampleDoc()
	var page bytes.Buffer
	if err := report.HTML(&page, doc, findings, report.Options{Source: "example.txt"}); err != nil {
		fmt.Println(err)
		return
	}
	s := page.String()
	fmt.Println(strings.HasPrefix(s, "<!DOCTYPE html>"))
	fmt.Println(strings.Contains(s, `<td id="t1-b1-r1-c1" class="num flag error" data-findings="f1">30.00`))
	fmt.Println(strings.Contains(s, `<a href="#t1-b1-r1-c1" data-target="t1-b1-r1-c1" data-note="f1">`))
	// Output:
	// true
	// true
	// true
}

// The workbook has a sheet per table and a findings sheet.
func ExampleXLSX() {
	doc, findings := exampleDoc()
	var buf bytes.Buffer
	if err := report.XLSX(&buf, doc, findings, report.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	fmt.Println(f.GetSheetList())
	rows, _ := f.GetRows(report.FindingsSheet)
	fmt.Println(rows[1][1], rows[1][2], rows[1][16])
	// Output:
	// [一般公共预算财政拨款支出决算表 发现]
	// error acc.general.total '一般公共预算财政拨款支出决算表'!C4
}
