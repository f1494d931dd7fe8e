package wordtext

import (
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/threepublic"
)

// readThreePublic reads the "三公" table: a header of 预算数 and 决算数, each
// with 合计, 因公出国（境）费, 公务用车购置及运行费 (小计, 购置费, 运行维护费)
// and 公务接待费; the column numbers 1–12; one row of figures.
func (p *parser) readThreePublic(info titleInfo, title text.Line, ls []text.Line) *threepublic.Table {
	s := split(rowsOf(ls), isFiguresRow)
	t := &threepublic.Table{Title: info.title, Number: info.number, Department: s.dept}
	if t.Number == "" {
		t.Number = s.number
	}
	where := fiscal.Where{Part: "表", Table: info.title, Text: text.Trim(title.Text), Line: title.N}
	t.Unit = p.unitOf(s.meta, where)
	fig := &figures{p: p, where: fiscal.Where{Part: "表", Table: info.title}, unit: t.Unit}
	read := false
	for _, r := range s.body {
		if !r.blank() {
			break
		}
		if len(r.cells) == 12 || len(r.cells) == 6 {
			// The figures row of a table without "三公" spending, printed
			// blank.
			t.Line, read = r.cells[0].line, true
			p.res.Stats.Rows++
			break
		}
	}
	readBody(s.body, &t.Notes, &t.EmptyStatement, func(r row) {
		if read {
			p.unreadThreePublic(info.title, r, "a second row of figures")
			return
		}
		read = p.threePublicFigures(t, fig, r, s.header)
	})
	t.Decimals = fig.decimals()
	if !read && t.EmptyStatement == "" {
		p.finding(ruleTableNoRows.Finding(where, "the \"三公\" table prints no figures and does not say it is empty"), 0)
	}
	return t
}

// isFiguresRow reports whether every cell of a row with text is an
// amount.
func isFiguresRow(r row) bool {
	n := 0
	for _, c := range r.cells {
		if c.blank() {
			continue
		}
		if _, err := fiscal.ParseCell(c.s, fiscal.WanYuan); err != nil {
			return false
		}
		n++
	}
	return n > 0
}

// threePublicFigures reads the row of figures: twelve cells (预算数 then
// 决算数), or six (决算数 alone, when the header prints no 预算数).
func (p *parser) threePublicFigures(t *threepublic.Table, fig *figures, r row, header []row) bool {
	cols := []string{"合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行维护费", "公务接待费"}
	var targets []*threepublic.Figures
	var names []string
	switch len(r.cells) {
	case 12:
		targets, names = []*threepublic.Figures{&t.Budget, &t.Actual}, []string{"预算数", "决算数"}
	case 6:
		if headerHas(header, "预算") {
			p.unreadThreePublic(t.Title, r, "6 figures under a header with 预算数 and 决算数")
			return false
		}
		targets, names = []*threepublic.Figures{&t.Actual}, []string{"决算数"}
	default:
		p.unreadThreePublic(t.Title, r, fmt.Sprintf("%d cells, want 12 (预算数 and 决算数, six each)", len(r.cells)))
		return false
	}
	t.Line = r.cells[0].line
	pairs, actualFirst := interleaved(header)
	if pairs && actualFirst {
		targets[0], targets[1], names[0], names[1] = targets[1], targets[0], names[1], names[0]
	}
	for k, col := range targets {
		cells := r.cells[k*6 : k*6+6]
		if pairs && len(targets) == 2 {
			// 预算数 and 决算数 side by side under each item: the
			// item's two cells are neighbours.
			cells = nil
			for i := k; i < 12; i += 2 {
				cells = append(cells, r.cells[i])
			}
		}
		dst := []*fiscal.Cell{&col.Total, &col.Abroad, &col.Vehicles, &col.VehiclePurchase, &col.VehicleOperation, &col.Reception}
		for i, c := range cells {
			*dst[i] = fig.read(c, names[k], cols[i])
		}
	}
	p.res.Stats.Rows++
	return true
}

// interleaved reports whether the header prints 预算数 and 决算数 under
// each item (the national layout: 合计 预算数 | 决算数, 因公出国（境）费
// 预算数 | 决算数, …: twelve such cells, alternating) rather than six
// items under 预算数 and six under 决算数 (Hubei's 公开09表), and which
// comes first.
func interleaved(header []row) (pairs, actualFirst bool) {
	var kinds []bool // true for 决算
	for _, r := range header {
		for _, c := range r.cells {
			switch n := strings.Join(strings.Fields(c.s), ""); {
			case strings.HasPrefix(n, "预算"):
				kinds = append(kinds, false)
			case strings.HasPrefix(n, "决算"):
				kinds = append(kinds, true)
			}
		}
	}
	if len(kinds) != 12 {
		return false, false
	}
	for i := 1; i < len(kinds); i++ {
		if kinds[i] == kinds[i-1] {
			return false, false
		}
	}
	return true, kinds[0]
}

// headerHas reports whether a header cell contains s.
func headerHas(header []row, s string) bool {
	for _, r := range header {
		for _, c := range r.cells {
			if strings.Contains(c.s, s) {
				return true
			}
		}
	}
	return false
}

// unreadThreePublic reports a row of the "三公" table that cannot be
// placed.
func (p *parser) unreadThreePublic(title string, r row, why string) {
	var txt []string
	for _, c := range r.cells {
		txt = append(txt, c.trimmed())
	}
	p.finding(ruleRowWidth.Finding(fiscal.Where{Part: "表", Table: title, Text: strings.Join(txt, " | "), Line: r.cells[0].line},
		"row not read: %s", why), r.nonBlank())
}
