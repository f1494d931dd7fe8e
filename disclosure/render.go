package disclosure

import (
	"io"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/threepublic"
)

// RenderTables writes the document's nine tables in their published
// layout, as fixed-width text aligned for Chinese characters.
func (d *Document) RenderTables(w io.Writer) error {
	var b strings.Builder
	if d.Tables != nil {
		for _, t := range d.Tables.All() {
			if t.Kind == accounts.KindGovFund && d.ThreePublic != nil && !strings.HasPrefix(t.Number, "公开") {
				// National order prints the "三公" table before the fund tables.
				renderThreePublic(&b, d.ThreePublic)
			}
			renderTable(&b, t)
			if t.Kind == accounts.KindStateCapital && d.ThreePublic != nil && strings.HasPrefix(t.Number, "公开") {
				renderThreePublic(&b, d.ThreePublic)
			}
		}
	} else if d.ThreePublic != nil {
		renderThreePublic(&b, d.ThreePublic)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func cellText(c fiscal.Cell, t *accounts.Table) string {
	return c.Format(fiscal.Format{Unit: t.Unit, Decimals: t.Decimals})
}

func header(b *strings.Builder, title, number, dept string, unit fiscal.Unit) {
	b.WriteString(title)
	b.WriteByte('\n')
	if number != "" {
		b.WriteString(number)
		b.WriteByte('\n')
	}
	if !unit.Valid() {
		unit = fiscal.WanYuan
	}
	line := ""
	if dept != "" {
		line = "部门：" + dept + "    "
	}
	b.WriteString(line + "金额单位：" + unit.String() + "\n")
}

// RenderTable writes one table in its published layout, as fixed-width
// text aligned for Chinese characters, and returns the error of w.
func RenderTable(w io.Writer, t *accounts.Table) error {
	var b strings.Builder
	renderTable(&b, t)
	_, err := io.WriteString(w, b.String())
	return err
}

func renderTable(b *strings.Builder, t *accounts.Table) {
	header(b, t.Title, t.Number, t.Department, t.Unit)
	switch t.Kind {
	case accounts.KindSummary, accounts.KindAppropriationSummary:
		renderTwoSided(b, t)
	case accounts.KindBasicExpenditure:
		renderBasic(b, t)
	default:
		renderDetail(b, t)
	}
	if t.EmptyStatement != "" {
		b.WriteString(t.EmptyStatement + "\n")
	}
	for _, n := range t.Notes {
		b.WriteString(n + "\n")
	}
	b.WriteByte('\n')
}

func label(r *accounts.Row) string {
	if r.Name != "" {
		return r.Name
	}
	if r.Item != 0 {
		return r.Item.Name()
	}
	return r.Key()
}

func seq(r *accounts.Row) string {
	if r == nil || r.Seq == 0 {
		return ""
	}
	return strconv.Itoa(r.Seq)
}

// renderTwoSided prints the income side and the expenditure side next to
// each other: the item rows against the 类 rows, then the totals, with
// 总计 against 总计.
func renderTwoSided(b *strings.Builder, t *accounts.Table) {
	in, out := sideRows(t, accounts.SideIncome), sideRows(t, accounts.SideExpenditure)
	inBody, inTail := splitAt(in, accounts.ItemIncomeTotal)
	outBody, outTail := splitAt(out, accounts.ItemExpenditureTotal)
	pairs := pairRows(inBody, outBody)
	pairs = append(pairs, pairTails(inTail, outTail)...)
	inCols, outCols := t.ColumnsOf(accounts.SideIncome), t.ColumnsOf(accounts.SideExpenditure)
	g := &grid{}
	head := []string{"项目（收入）", "行次"}
	for _, c := range inCols {
		head = append(head, t.ColumnName(c))
	}
	head = append(head, "项目（支出）", "行次")
	for _, c := range outCols {
		head = append(head, t.ColumnName(c))
	}
	g.add(head...)
	g.numeric = make([]bool, len(head))
	for i := range inCols {
		g.numeric[2+i] = true
	}
	for i := range outCols {
		g.numeric[4+len(inCols)+i] = true
	}
	for _, p := range pairs {
		var cells []string
		cells = append(cells, rowLabel(p[0]), seq(p[0]))
		for _, c := range inCols {
			cells = append(cells, rowCell(p[0], c, t))
		}
		cells = append(cells, rowLabel(p[1]), seq(p[1]))
		for _, c := range outCols {
			cells = append(cells, rowCell(p[1], c, t))
		}
		g.add(cells...)
	}
	b.WriteString(g.String())
}

func rowLabel(r *accounts.Row) string {
	if r == nil {
		return ""
	}
	l := label(r)
	if r.Under != 0 {
		return "  " + strings.TrimSpace(l)
	}
	return l
}

func rowCell(r *accounts.Row, c accounts.Column, t *accounts.Table) string {
	if r == nil {
		return ""
	}
	return cellText(r.Cell(c), t)
}

func sideRows(t *accounts.Table, s accounts.Side) []*accounts.Row {
	var out []*accounts.Row
	for i := range t.Rows {
		if t.Rows[i].Side == s {
			out = append(out, &t.Rows[i])
		}
	}
	return out
}

func splitAt(rows []*accounts.Row, it accounts.Item) (body, tail []*accounts.Row) {
	for i, r := range rows {
		if r.Item == it && r.Under == 0 {
			return rows[:i], rows[i:]
		}
	}
	return rows, nil
}

func pairRows(a, b []*accounts.Row) [][2]*accounts.Row {
	n := max(len(a), len(b))
	out := make([][2]*accounts.Row, n)
	for i := range n {
		if i < len(a) {
			out[i][0] = a[i]
		}
		if i < len(b) {
			out[i][1] = b[i]
		}
	}
	return out
}

// pairTails pairs the total rows, keeping 总计 on the last line of both
// sides.
func pairTails(a, b []*accounts.Row) [][2]*accounts.Row {
	lastA, lastB := len(a)-1, len(b)-1
	if lastA < 0 || lastB < 0 || a[lastA].Item != accounts.ItemGrandTotal || b[lastB].Item != accounts.ItemGrandTotal {
		return pairRows(a, b)
	}
	out := pairRows(a[:lastA], b[:lastB])
	return append(out, [2]*accounts.Row{a[lastA], b[lastB]})
}

// renderDetail prints a table keyed by 功能分类 codes: 科目编码, 科目名称 and
// the columns.
func renderDetail(b *strings.Builder, t *accounts.Table) {
	cols := t.ColumnsOf(accounts.SideMain)
	g := &grid{}
	head := []string{"科目编码", "科目名称"}
	for _, c := range cols {
		head = append(head, t.ColumnName(c))
	}
	g.add(head...)
	g.numeric = make([]bool, len(head))
	for i := range cols {
		g.numeric[2+i] = true
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		code := r.Code
		if r.Function.Valid() {
			code = r.Function.String()
		}
		name := label(r)
		if code == "" {
			code, name = name, ""
		}
		cells := []string{code, name}
		for _, c := range cols {
			cells = append(cells, cellText(r.Cell(c), t))
		}
		g.add(cells...)
	}
	b.WriteString(g.String())
}

// renderBasic prints the 基本支出决算表 in Hubei's three blocks: 人员经费
// (301, 303), 公用经费 (302), and the other 公用经费 类, side by side, with
// 人员经费合计 and 公用经费合计 last.
func renderBasic(b *strings.Builder, t *accounts.Table) {
	var blocks [3][]*accounts.Row
	var totals []*accounts.Row
	for i := range t.Rows {
		r := &t.Rows[i]
		switch {
		case r.Item != 0:
			totals = append(totals, r)
		case accounts.IsPersonnel(r.Economic):
			blocks[0] = append(blocks[0], r)
		case strings.HasPrefix(r.Economic.String(), "302"):
			blocks[1] = append(blocks[1], r)
		default:
			blocks[2] = append(blocks[2], r)
		}
	}
	g := &grid{numeric: []bool{false, false, true, false, false, true, false, false, true}}
	g.add("科目编码", "科目名称（人员经费）", "决算数", "科目编码", "科目名称（公用经费）", "决算数", "科目编码", "科目名称（公用经费）", "决算数")
	n := max(len(blocks[0]), len(blocks[1]), len(blocks[2]))
	for i := range n {
		var cells []string
		for _, bl := range blocks {
			if i < len(bl) {
				cells = append(cells, bl[i].Economic.String(), label(bl[i]), cellText(bl[i].Cell(accounts.ColAmount), t))
			} else {
				cells = append(cells, "", "", "")
			}
		}
		g.add(cells...)
	}
	var tail []string
	for _, r := range totals {
		tail = append(tail, label(r), "", cellText(r.Cell(accounts.ColAmount), t))
	}
	if len(tail) > 0 {
		g.add(tail...)
	}
	b.WriteString(g.String())
}

func renderThreePublic(b *strings.Builder, t *threepublic.Table) {
	title := t.Title
	if title == "" {
		title = threepublic.TableTitle
	}
	header(b, title, t.Number, t.Department, t.Unit)
	f := fiscal.Format{Unit: t.Unit, Decimals: t.Decimals}
	if !f.Unit.Valid() {
		f = fiscal.TableFormat()
	}
	g := &grid{numeric: []bool{false, true, true, true, true, true, true}}
	g.add("", "合计", "因公出国（境）费", "公务用车购置及运行费小计", "公务用车购置费", "公务用车运行维护费", "公务接待费")
	for _, side := range []struct {
		name string
		c    threepublic.Figures
	}{{"预算数", t.Budget}, {"决算数", t.Actual}} {
		c := side.c
		g.add(side.name, c.Total.Format(f), c.Abroad.Format(f), c.Vehicles.Format(f), c.VehiclePurchase.Format(f), c.VehicleOperation.Format(f), c.Reception.Format(f))
	}
	b.WriteString(g.String())
	if t.EmptyStatement != "" {
		b.WriteString(t.EmptyStatement + "\n")
	}
	for _, n := range t.Notes {
		b.WriteString(n + "\n")
	}
	b.WriteByte('\n')
}
