package budget

import (
	"io"
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
)

// columnHeaders names each column ID as a table prints it, in the order
// columns are written.
var columnHeaders = []struct{ id, header string }{
	{ColIncome, "收入"},
	{ColExpenditure, "支出"},
	{ColUse, "支出用途"},
	{ColAmount, "金额"},
	{ColTotal, "合计"},
	{ColThreePublicAll, "合计"},
	{ColAppropriation, "财政拨款收入"},
	{ColBusiness, "事业收入"},
	{ColOperating, "事业单位经营收入"},
	{ColOther, "其他收入"},
	{ColGeneral, "一般公共预算"},
	{ColFund, "政府性基金预算"},
	{ColCapital, "国有资本经营预算"},
	{ColBasic, "基本支出"},
	{ColPersonnel, "人员经费"},
	{ColPublic, "公用经费"},
	{ColProject, "项目支出"},
	{ColExpenditureReserve, "单位预留机动经费"},
	{ColCarryForward, "结转下年资金"},
	{ColExpenditureBasic, "支出/基本支出"},
	{ColExpenditurePersonnel, "支出/人员经费"},
	{ColExpenditurePublic, "支出/公用经费"},
	{ColExpenditureProject, "支出/项目支出"},
	{ColExpenditureGeneral, "支出/一般公共预算"},
	{ColExpenditureFund, "支出/政府性基金预算"},
	{ColExpenditureCapital, "支出/国有资本经营预算"},
	{ColThreePublicTotal, "“三公”经费"},
	{ColAbroad, "因公出国(境)费"},
	{ColVehicle, "公务用车购置及运行费"},
	{ColVehiclePurchase, "公务用车购置费"},
	{ColVehicleRunning, "公务用车运行费"},
	{ColReception, "公务接待费"},
	{ColMeeting, "会议费"},
	{ColTraining, "培训费"},
	{ColRunningCosts, "机关运行经费"},
}

// WriteText writes the tables as read, one block per table: the title (and
// number), the unit, a header line and one line per row, cells separated
// by tabs (so that the text pastes into a spreadsheet). A row starts with
// its key ([Row.Key]); an ambiguous row ends with "(ambiguous)". Columns
// no row of a table prints are left out; a column ID the package does not
// name is written as its ID, after the named ones, so no figure is lost.
func (ts *Tables) WriteText(w io.Writer) error {
	var b strings.Builder
	for i, t := range ts.All() {
		if i > 0 {
			b.WriteByte('\n')
		}
		writeTable(&b, t)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeTable(b *strings.Builder, t *Table) {
	b.WriteString(t.Title)
	if t.Number != "" {
		b.WriteString("（" + t.Number + "）")
	}
	b.WriteByte('\n')
	b.WriteString("单位：" + t.Unit.String() + "\n")
	if t.Empty != "" {
		b.WriteString(t.Empty + "\n")
	}
	cols := printedColumns(t)
	b.WriteString("项目")
	for _, c := range cols {
		b.WriteString("\t" + headerOf(c))
	}
	b.WriteByte('\n')
	format := fiscal.Format{Unit: t.Unit, Decimals: t.Decimals}
	for i := range t.Rows {
		r := &t.Rows[i]
		key := r.Key()
		if r.Label != "" && r.Label != key && !strings.HasSuffix(key, "/"+r.Label) {
			key += " " + r.Label
		}
		b.WriteString(key)
		for _, c := range cols {
			b.WriteString("\t" + r.Cells[c].Format(format))
		}
		if r.Ambiguous {
			b.WriteString("\t(ambiguous)")
		}
		b.WriteByte('\n')
	}
}

// printedColumns returns the column IDs some row of t holds, named ones in
// the order of columnHeaders, then the others sorted.
func printedColumns(t *Table) []string {
	seen := map[string]bool{}
	for _, r := range t.Rows {
		for c := range r.Cells {
			seen[c] = true
		}
	}
	var cols []string
	for _, h := range columnHeaders {
		if seen[h.id] {
			cols = append(cols, h.id)
			delete(seen, h.id)
		}
	}
	var rest []string
	for c := range seen {
		rest = append(rest, c)
	}
	slices.Sort(rest)
	return append(cols, rest...)
}

func headerOf(id string) string {
	for _, h := range columnHeaders {
		if h.id == id {
			return h.header
		}
	}
	return id
}
