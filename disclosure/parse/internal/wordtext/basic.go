package wordtext

import (
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// basicRow reads a printed row of the 基本支出 table, which sets blocks of
// (科目编码, 科目名称, 决算数) side by side (人员经费 on the left, 公用经费 on
// the right) and ends with (人员经费合计, figure, 公用经费合计, figure). Each
// block is a row of the table, in printed order; blank blocks are no rows.
func (tr *tableReader) basicRow(r row) {
	cells := r.cells
	for i := 0; i < len(cells); {
		c := cells[i]
		t := c.trimmed()
		switch {
		case t == "":
			i++
		case isCodeLike(t):
			rw := accounts.Row{Line: c.line}
			if e, err := classify.ParseEconomic(t); err == nil {
				rw.Economic = e
			} else {
				rw.Code = t // reported by the structure rules
			}
			if i+1 < len(cells) {
				rw.Name = cells[i+1].trimmed()
			}
			tr.basicFigure(&rw, cells, i+2)
			i += 3
		default:
			if it, ok := accounts.ItemOfName(accounts.KindBasicExpenditure, t); ok {
				rw := accounts.Row{Item: it, Name: t, Line: c.line}
				tr.basicFigure(&rw, cells, i+1)
				i += 2
				continue
			}
			if _, err := fiscal.ParseCell(t, tr.fig.unit); err == nil {
				tr.p.finding(ruleRowUnnamed.Finding(fiscal.Where{Part: "表", Table: tr.t.Title, Text: t, Line: c.line},
					"a figure printed without a code or a label was not read"), 1)
				i++
				continue
			}
			// A label without a code: kept by its name, with the figure
			// that follows it.
			rw := accounts.Row{Name: t, Line: c.line}
			tr.p.finding(ruleRowKey.Finding(fiscal.Where{Part: "表", Table: tr.t.Title, Row: t, Text: t, Line: c.line},
				"row %q has no 经济分类 code and is no named row; kept by its name", t), 0)
			if i+1 < len(cells) && looksLikeFigure(cells[i+1].trimmed(), tr.fig.unit) {
				tr.basicFigure(&rw, cells, i+1)
				i += 2
			} else {
				tr.basicFigure(&rw, cells, len(cells))
				i++
			}
		}
	}
}

// basicFigure reads the figure at cells[i] (absent past the end) and
// appends the row.
func (tr *tableReader) basicFigure(rw *accounts.Row, cells []cell, i int) {
	if i < len(cells) {
		rw.Cells[accounts.ColAmount] = tr.fig.read(cells[i], keyOf(rw), tr.t.ColumnName(accounts.ColAmount))
	}
	tr.t.Rows = append(tr.t.Rows, *rw)
	tr.p.res.Stats.Rows++
}

// looksLikeFigure reports whether s is blank or an amount.
func looksLikeFigure(s string, u fiscal.Unit) bool {
	if fiscal.IsBlank(s) {
		return true
	}
	_, err := fiscal.ParseCell(s, u)
	return err == nil
}

// stripNumbering removes a leading "一、", "（一）", "(1)", "1." or "1、".
func stripNumbering(s string) string {
	t := strings.Trim(s, " \t\u3000\u00a0")
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if rest, ok := strings.CutPrefix(t, p[0]); ok {
			if i := strings.Index(rest, p[1]); i > 0 && isNumeral(rest[:i]) {
				return strings.Trim(rest[i+len(p[1]):], " \t\u3000\u00a0")
			}
		}
	}
	for _, sep := range []string{"、", ".", "．"} {
		if i := strings.Index(t, sep); i > 0 && isNumeral(t[:i]) {
			return strings.Trim(t[i+len(sep):], " \t\u3000\u00a0")
		}
	}
	return t
}

// isNumeral reports whether s is a number in Chinese or Arabic digits.
func isNumeral(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("一二三四五六七八九十百零〇0123456789０１２３４５６７８９", r) {
			return false
		}
	}
	return true
}
