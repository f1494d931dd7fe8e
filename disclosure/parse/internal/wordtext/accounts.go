package wordtext

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// sideLayout says where a side's figures are printed.
type sideLayout struct {
	side accounts.Side
	// key is the number of cells before the figures (项目 and 行次 for a
	// summary table); -1 for a detail table, whose rows print a code and a
	// name, or a label alone, before the figures.
	key  int
	n    int               // figure columns printed
	cols []accounts.Column // the column of each printed figure; shorter than n when some are unknown
}

// width returns the cells the side takes on a row (detail tables: the
// figures and a code and a name).
func (l sideLayout) width() int {
	if l.key < 0 {
		return l.n + 2
	}
	return l.key + l.n
}

// tableReader reads one of the eight financial tables.
type tableReader struct {
	p      *parser
	t      *accounts.Table
	fig    *figures
	layout []sideLayout
	group  map[accounts.Side]accounts.Item // 年初/年末 row whose sub-rows follow
}

// readTable reads the lines after a table's title.
func (p *parser) readTable(info titleInfo, title text.Line, ls []text.Line) *accounts.Table {
	k := info.kind
	tr := &tableReader{p: p, group: map[accounts.Side]accounts.Item{}}
	tr.t = &accounts.Table{Kind: k, Title: info.title}
	s := split(rowsOf(ls), tr.dataLike)
	t := tr.t
	t.Number = info.number
	if t.Number == "" {
		t.Number = s.number
	}
	t.Department = s.dept
	t.Unit = p.unitOf(s.meta, fiscal.Where{Part: "表", Table: info.title, Text: text.Trim(title.Text), Line: title.N})
	tr.fig = &figures{p: p, where: fiscal.Where{Part: "表", Table: info.title}, unit: t.Unit}
	data := tr.basicRow
	if k != accounts.KindBasicExpenditure {
		tr.readLayout(s, title)
		data = tr.dataRow
	}
	readBody(s.body, &t.Notes, &t.EmptyStatement, data)
	t.Decimals = tr.fig.decimals()
	if len(t.Rows) == 0 && t.EmptyStatement == "" {
		p.finding(ruleTableNoRows.Finding(fiscal.Where{Part: "表", Table: info.title, Text: text.Trim(title.Text), Line: title.N},
			"table %q has no rows and does not say it is empty", info.title), 0)
	}
	return t
}

// readBody sorts the rows after a header into notes (注：… and the lines
// after it), the statement that the table is empty, and data rows.
func readBody(rows []row, notes *[]string, empty *string, data func(row)) {
	inNotes := false
	for _, r := range rows {
		if r.blank() {
			continue
		}
		c, single := r.single()
		switch {
		case single && *empty == "" && isEmptyStatement(c.s):
			*empty = c.trimmed()
		case isNote(r):
			inNotes = true
			for _, c := range r.cells {
				if !c.blank() {
					*notes = append(*notes, c.trimmed())
				}
			}
		case inNotes && single:
			*notes = append(*notes, c.trimmed())
		default:
			data(r)
		}
	}
}

// dataLike reports whether a row is a table row rather than a header row:
// it starts with a code, a named row or (summary tables) a 类 name.
func (tr *tableReader) dataLike(r row) bool {
	for _, c := range r.cells {
		t := c.trimmed()
		if t == "" {
			continue
		}
		if isCodeLike(t) {
			return tr.t.Kind != accounts.KindSummary && tr.t.Kind != accounts.KindAppropriationSummary
		}
		if _, ok := accounts.ItemOfName(tr.t.Kind, t); ok {
			return true
		}
		_, ok := tr.p.classOfName(t)
		return ok
	}
	return false
}

// readLayout finds where each side's figures are printed and which columns
// they are, and the headers printed differently from the columns' names.
func (tr *tableReader) readLayout(s section, title text.Line) {
	t := tr.t
	names := map[string]bool{}
	for _, r := range s.header {
		for _, c := range r.cells {
			if n := norm(c.s); n != "" {
				names[n] = true
			}
		}
	}
	sides := accounts.Sides(t.Kind)
	if len(sides) == 2 {
		tr.layout = summaryLayout(t.Kind, s.numberRow)
	} else {
		tr.layout = []sideLayout{{side: accounts.SideMain, key: -1, n: detailWidth(t.Kind, s)}}
	}
	w := fiscal.Where{Part: "表", Table: t.Title, Text: text.Trim(title.Text), Line: title.N}
	for i := range tr.layout {
		l := &tr.layout[i]
		cols, explicit, ok := chooseColumns(t, l.side, l.n, names)
		if !ok {
			tr.p.finding(ruleTableColumns.Finding(w, "%d figure columns printed%s; the standard columns of the table are %s",
				l.n, sideText(l.side), columnList(accounts.StandardColumns(t.Kind, l.side))), 0)
		}
		l.cols = cols
		if explicit {
			if t.Columns == nil {
				t.Columns = map[accounts.Side][]accounts.Column{}
			}
			t.Columns[l.side] = cols
		}
	}
	tr.readHeaders(s.header)
}

func sideText(s accounts.Side) string {
	if s == accounts.SideMain {
		return ""
	}
	return " on the " + s.String() + " side"
}

func columnList(cols []accounts.Column) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name()
	}
	return strings.Join(names, ", ")
}

// summaryLayout reads the sides of a two-sided table from its 栏次 row
// ("栏次, , 1, 栏次, , 2, 3, 4, 5": each side starts at a 栏次 cell and
// prints as many figures as it has column numbers); without one, each
// side prints 项目, 行次 and its standard columns.
func summaryLayout(k accounts.TableKind, numberRow *row) []sideLayout {
	sides := accounts.Sides(k)
	var out []sideLayout
	if numberRow != nil {
		var starts []int
		for i, c := range numberRow.cells {
			if c.trimmed() == "栏次" {
				starts = append(starts, i)
			}
		}
		if len(starts) == len(sides) && starts[0] == 0 {
			for i, st := range starts {
				end := len(numberRow.cells)
				if i+1 < len(starts) {
					end = starts[i+1]
				}
				n := 0
				for _, c := range numberRow.cells[st:end] {
					if isInt(c.trimmed()) {
						n++
					}
				}
				out = append(out, sideLayout{side: sides[i], key: end - st - n, n: n})
			}
			return out
		}
	}
	for _, s := range sides {
		out = append(out, sideLayout{side: s, key: 2, n: len(accounts.StandardColumns(k, s))})
	}
	return out
}

// detailWidth returns the number of figure columns of a one-sided table:
// the column numbers of its 栏次 row, or the width of its coded rows, or
// the standard columns' count.
func detailWidth(k accounts.TableKind, s section) int {
	if s.numberRow != nil {
		n := 0
		for _, c := range s.numberRow.cells {
			if isInt(c.trimmed()) {
				n++
			}
		}
		return n
	}
	count := map[int]int{}
	best, bestN := 0, 0
	for _, r := range s.body {
		if len(r.cells) > 2 && isCodeLike(r.cells[0].s) {
			n := len(r.cells) - 2
			count[n]++
			if count[n] > bestN || (count[n] == bestN && n > best) {
				best, bestN = n, count[n]
			}
		}
	}
	if bestN > 0 {
		return best
	}
	return len(accounts.StandardColumns(k, accounts.SideMain))
}

// chooseColumns returns the columns of n printed figures on side s: the
// standard columns when there are as many, otherwise the standard columns
// whose names the header prints, in standard order (explicit: the table
// must list them). ok is false when neither fits; the first standard
// columns are used.
func chooseColumns(t *accounts.Table, s accounts.Side, n int, names map[string]bool) (cols []accounts.Column, explicit, ok bool) {
	std := accounts.StandardColumns(t.Kind, s)
	if n == len(std) {
		return std, false, true
	}
	var sel []accounts.Column
	for _, c := range std {
		if names[norm(c.Name())] || names[norm(t.ColumnName(c))] {
			sel = append(sel, c)
		}
	}
	if len(sel) == n && n > 0 {
		return sel, true, true
	}
	return std[:min(n, len(std))], n < len(std), false
}

// amountAliases are other printed names of the single figure column.
var amountAliases = map[string]bool{"金额": true, "决算数": true, "决算金额": true, "本年决算数": true, "决算": true}

// readHeaders records the header printed above each column when it differs
// from the column's name: the header rows that print a cell for every
// column (the lowest one wins, as the most specific).
func (tr *tableReader) readHeaders(header []row) {
	t := tr.t
	total := 0
	for _, l := range tr.layout {
		total += l.width()
	}
	leaf := map[accounts.Column]string{}
	for _, r := range header {
		w := len(r.cells)
		off := 0
		for _, l := range tr.layout {
			var start int
			switch {
			case l.key >= 0 && w == total:
				start = off + l.key
				off += l.key + l.n
			case l.key < 0 && (w == l.n+1 || w == l.n+2):
				start = w - l.n
			default:
				continue
			}
			for i, c := range l.cols {
				if h := r.cells[start+i].trimmed(); h != "" {
					leaf[c] = h
				}
			}
		}
	}
	for c, h := range leaf {
		n := norm(h)
		if n == norm(t.ColumnName(c)) || n == norm(c.Name()) || (c == accounts.ColAmount && amountAliases[n]) {
			continue
		}
		if t.Headers == nil {
			t.Headers = map[accounts.Column]string{}
		}
		t.Headers[c] = h
	}
}

// dataRow reads a row of a table other than the 基本支出 table.
func (tr *tableReader) dataRow(r row) {
	if len(tr.layout) == 1 && tr.layout[0].key < 0 {
		tr.detailRow(r, tr.layout[0])
		return
	}
	total := 0
	for _, l := range tr.layout {
		total += l.width()
	}
	if len(r.cells) != total {
		tr.unreadRow(r, fmt.Sprintf("%d cells, but the table's sides take %d", len(r.cells), total))
		return
	}
	off := 0
	for _, l := range tr.layout {
		tr.sideRow(r.cells[off:off+l.width()], l)
		off += l.width()
	}
}

// unreadRow reports a row that cannot be placed.
func (tr *tableReader) unreadRow(r row, why string) {
	n := r.nonBlank()
	var b strings.Builder
	for i, c := range r.cells {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(c.trimmed())
	}
	tr.p.finding(ruleRowWidth.Finding(fiscal.Where{Part: "表", Table: tr.t.Title, Text: b.String(), Line: r.cells[0].line},
		"row not read: %s", why), n)
}

// sideRow reads one side of a summary table's row: 项目, 行次, figures.
func (tr *tableReader) sideRow(cells []cell, l sideLayout) {
	name := cells[0].trimmed()
	vals := cells[l.key:]
	if name == "" {
		tr.unnamed(cells[0].line, vals)
		return
	}
	rw := accounts.Row{Side: l.side, Name: name, Line: cells[0].line}
	if l.key >= 2 {
		rw.Seq = tr.seq(cells[1], name)
	}
	tr.key(&rw, "", name)
	tr.fill(&rw, vals, l)
}

// unnamed reports figures printed without a label; a row with neither is
// no row.
func (tr *tableReader) unnamed(line int, vals []cell) {
	n := 0
	var txt []string
	for _, c := range vals {
		if !c.blank() {
			n++
			txt = append(txt, c.trimmed())
		}
	}
	if n == 0 {
		return
	}
	tr.p.finding(ruleRowUnnamed.Finding(fiscal.Where{Part: "表", Table: tr.t.Title, Text: strings.Join(txt, " | "), Line: line},
		"%d figures printed on a row without a label were not read", n), n)
}

// seq reads a 行次.
func (tr *tableReader) seq(c cell, name string) int {
	t := c.trimmed()
	if t == "" {
		return 0
	}
	if isInt(t) {
		n, _ := strconv.Atoi(t)
		return n
	}
	tr.p.finding(ruleRowSeq.Finding(fiscal.Where{Part: "表", Table: tr.t.Title, Row: name, Column: "行次", Text: t, Line: c.line},
		"行次 %q is not a whole number", t), 1)
	return 0
}

// detailRow reads a row of a one-sided table: a code and a name (or a
// label alone, or 类/款/项 in split columns) and the figures.
func (tr *tableReader) detailRow(r row, l sideLayout) {
	k := len(r.cells) - l.n
	if k < 1 {
		tr.unreadRow(r, fmt.Sprintf("%d cells, fewer than the %d figure columns and a label", len(r.cells), l.n))
		return
	}
	keys, vals := r.cells[:k], r.cells[k:]
	var code, label string
	switch {
	case k == 1:
		code, label = "", keys[0].trimmed()
		if isCodeLike(label) {
			code, label = label, ""
		}
	case k == 2:
		code, label = keys[0].trimmed(), keys[1].trimmed()
	default:
		if sc, ok := splitCode(keys[:k-1]); ok {
			code, label = sc, keys[k-1].trimmed()
			break
		}
		extra := row{cells: keys[1 : k-1]}
		if n := extra.nonBlank(); n > 0 {
			tr.p.finding(ruleRowWidth.Finding(fiscal.Where{Part: "表", Table: tr.t.Title, Text: keys[1].trimmed(), Line: keys[1].line},
				"%d cells before the figures, more than a code and a name; the extra cells were not read", k), n)
		}
		code, label = keys[0].trimmed(), keys[k-1].trimmed()
	}
	if code != "" && !isCodeLike(code) {
		code, label = "", code+label
	}
	if code == "" && label == "" {
		tr.unnamed(r.cells[0].line, vals)
		return
	}
	rw := accounts.Row{Name: label, Line: r.cells[0].line}
	tr.key(&rw, code, label)
	tr.fill(&rw, vals, l)
}

// splitCode reads a code printed in split 类/款/项 columns: "201", "03",
// "99".
func splitCode(cells []cell) (string, bool) {
	var parts []string
	for i, c := range cells {
		t := c.trimmed()
		if t == "" {
			continue
		}
		if !isInt(t) || (i == 0 && len(t) != 3) || (i > 0 && len(t) != 2) {
			return "", false
		}
		parts = append(parts, t)
	}
	if len(parts) == 0 || len(cells[0].trimmed()) != 3 {
		return "", false
	}
	return strings.Join(parts, " "), true
}

// key sets the row's key: a 功能分类 code, a named row, or a 类 by name.
func (tr *tableReader) key(rw *accounts.Row, code, label string) {
	if code != "" {
		if f, err := classify.ParseFunction(code); err == nil {
			rw.Function = f
		} else {
			rw.Code = code // reported by the structure rules
		}
		tr.group[rw.Side] = 0
		return
	}
	if it, ok := accounts.ItemOfName(tr.t.Kind, label); ok {
		rw.Item = it
		switch it {
		case accounts.ItemOpening, accounts.ItemClosing:
			tr.group[rw.Side] = it
		case accounts.ItemGeneral, accounts.ItemGovFund, accounts.ItemStateCapital:
			rw.Under = tr.group[rw.Side]
		default:
			tr.group[rw.Side] = 0
		}
		return
	}
	tr.group[rw.Side] = 0
	if rw.Side != accounts.SideIncome {
		if f, ok := tr.p.classOfName(label); ok {
			rw.Function = f
			return
		}
	}
	tr.p.finding(ruleRowKey.Finding(fiscal.Where{Part: "表", Table: tr.t.Title, Row: label, Text: label, Line: rw.Line},
		"row %q is neither a code, a named row nor a 类; kept by its name", label), 0)
}

// fill reads a row's figures into its cells and appends the row.
func (tr *tableReader) fill(rw *accounts.Row, vals []cell, l sideLayout) {
	key := keyOf(rw)
	for i, c := range vals {
		if i >= len(l.cols) {
			if !c.blank() {
				tr.p.finding(ruleCell.Finding(fiscal.Where{Part: "表", Table: tr.t.Title, Row: key, Text: c.trimmed(), Line: c.line},
					"figure in printed column %d, which the parser could not identify, was not read", i+1), 1)
			}
			continue
		}
		col := l.cols[i]
		rw.Cells[col] = tr.fig.read(c, key, tr.t.ColumnName(col))
	}
	tr.t.Rows = append(tr.t.Rows, *rw)
	tr.p.res.Stats.Rows++
}

// classOfName finds a functional 类 by its printed name, numbering
// ("一、") and spacing ignored: "二十三、其他支出" is 229.
func (p *parser) classOfName(label string) (classify.Function, bool) {
	if p.cat == nil {
		return classify.Function{}, false
	}
	for _, e := range p.cat.FindByName(stripNumbering(label)) {
		if e.Code.Level() == classify.Class {
			return e.Code, true
		}
	}
	return classify.Function{}, false
}
