package wordtext

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// tableScopes are the parts where tables are looked for; unknown titles
// are reported only where tables are expected.
func (p *parser) tableScopes() (scopes []part, unknownOK []bool) {
	for _, pt := range p.parts {
		switch pt.kind {
		case partNarrative, partGlossary:
			continue
		}
		scopes = append(scopes, pt)
		unknownOK = append(unknownOK, pt.kind == partTables || pt.kind == partNone)
	}
	return scopes, unknownOK
}

// readTables finds the tables by their titles and reads each one.
func (p *parser) readTables() {
	scopes, unknownOK := p.tableScopes()
	var tables accounts.Tables
	found := false
	for si, sc := range scopes {
		var starts []int
		var infos []titleInfo
		for i := sc.start; i < sc.end; i++ {
			info, ok := candidateTitle(p.lines[i].Text)
			if !ok {
				continue
			}
			if !info.known && !(unknownOK[si] && hasTableHeader(p.lines[i+1:sc.end])) {
				continue
			}
			starts = append(starts, i)
			infos = append(infos, info)
		}
		for k, start := range starts {
			end := sc.end
			if k+1 < len(starts) {
				end = starts[k+1]
			}
			// A heading of the text that follows ends the last table.
			for j := start + 1; j < end; j++ {
				if isHeading(p.lines[j]) {
					end = j
					break
				}
			}
			for i := start; i < end; i++ {
				p.consumed[i] = true
			}
			info, ls := infos[k], p.lines[start+1:end]
			title := p.lines[start]
			switch {
			case !info.known:
				n := countText(ls) + 1
				p.finding(ruleTableUnknown.Finding(fiscal.Where{Part: "表", Table: info.title, Text: text.Trim(title.Text), Line: title.N},
					"table %q is none of the nine disclosure tables; its %d lines with text were not read", info.title, n), n)
			case info.three:
				if p.doc.ThreePublic != nil {
					p.duplicate(info, title, ls)
					continue
				}
				p.doc.ThreePublic = p.readThreePublic(info, title, ls)
				p.res.Stats.Tables++
			default:
				if tables.Get(info.kind) != nil {
					p.duplicate(info, title, ls)
					continue
				}
				tables.Set(p.readTable(info, title, ls))
				p.res.Stats.Tables++
				found = true
			}
		}
	}
	if found {
		p.doc.Tables = &tables
	}
	for _, sc := range scopes {
		if sc.kind == partTables {
			p.strayLines(sc.start, sc.end)
		}
	}
}

// duplicate reports a second table of a kind.
func (p *parser) duplicate(info titleInfo, title text.Line, ls []text.Line) {
	n := countText(ls) + 1
	p.finding(ruleTableDup.Finding(fiscal.Where{Part: "表", Table: info.title, Text: text.Trim(title.Text), Line: title.N},
		"a second %q table; the first one is kept and the %d lines with text of this one were not read", info.title, n), n)
}

// strayLines reports the lines with text of the tables part that belong
// to no table.
func (p *parser) strayLines(start, end int) {
	for i := start; i < end; i++ {
		l := p.lines[i]
		if t := text.Trim(l.Text); t != "" && !p.consumed[i] {
			p.finding(ruleLine.Finding(fiscal.Where{Part: "表", Text: t, Line: l.N}, "a line of the tables part outside every table"), 1)
		}
	}
}

// countText counts the lines that print something.
func countText(ls []text.Line) int {
	n := 0
	for _, l := range ls {
		if text.Trim(l.Text) != "" {
			n++
		}
	}
	return n
}

// meta are the header facts of a table: number, department, unit.
type meta struct {
	number, dept string
	unit         fiscal.Unit
}

var (
	deptLabel = regexp.MustCompile(`(?:编制部门|编制单位|部门名称|单位名称|部门)\s*[:：]`)
	deptValue = regexp.MustCompile(`(?:编制部门|编制单位|部门名称|单位名称|部门)\s*[:：][\s\x{3000}]*([^\s\x{3000}]+)`)
	unitValue = regexp.MustCompile(`(?:金额)?单位\s*[:：][\s\x{3000}]*(万元|亿元|元)`)
)

// readMeta reads the number, department and unit a row prints, and
// reports whether it prints any of them.
func (m *meta) readMeta(r row) bool {
	found := false
	for _, c := range r.cells {
		t := c.trimmed()
		if t == "" {
			continue
		}
		if tableNumber.MatchString(t) {
			if m.number == "" {
				m.number = t
			}
			found = true
			continue
		}
		if u := unitValue.FindStringSubmatch(t); u != nil {
			if m.unit == 0 {
				m.unit, _ = fiscal.ParseUnit(u[1])
			}
			found = true
		}
		if d := deptValue.FindStringSubmatch(t); d != nil {
			v := d[1]
			if i := strings.Index(v, "金额单位"); i >= 0 {
				v = v[:i]
			}
			if m.dept == "" && v != "" {
				m.dept = v
			}
			found = true
		}
	}
	return found
}

// isNumberRow reports whether a row is the 栏次 row: nothing but "栏次"
// and the column numbers 1, 2, 3, … in order.
func isNumberRow(r row) bool {
	next := 1
	for _, c := range r.cells {
		t := c.trimmed()
		switch {
		case t == "" || t == "栏次":
		case t == strconv.Itoa(next):
			next++
		default:
			return false
		}
	}
	return next > 1
}

// isInt reports whether s is a whole number printed with ASCII digits.
func isInt(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isNote reports whether a row is a note (注：…).
func isNote(r row) bool {
	for _, c := range r.cells {
		if t := c.trimmed(); t != "" {
			return strings.HasPrefix(t, "注")
		}
	}
	return false
}

// section is a table's rows split into header and body.
type section struct {
	meta
	header    []row // the column header rows (meta rows left out)
	numberRow *row  // the 栏次 row, when printed
	body      []row // the rows after the header
}

// split divides a table's rows into meta, header and body: the header ends
// at the 栏次 row (consumed) or at the first row dataLike accepts.
func split(rows []row, dataLike func(row) bool) section {
	var s section
	for i, r := range rows {
		if r.blank() {
			continue
		}
		if s.readMeta(r) {
			continue
		}
		if isNumberRow(r) {
			s.numberRow = &rows[i]
			s.body = rows[i+1:]
			return s
		}
		if isNote(r) || dataLike(r) {
			s.body = rows[i:]
			return s
		}
		if c, ok := r.single(); ok && isEmptyStatement(c.s) {
			s.body = rows[i:]
			return s
		}
		s.header = append(s.header, r)
	}
	return s
}

// isCodeLike reports whether a cell starts like a classification code: a
// digit, ASCII or full-width.
func isCodeLike(s string) bool {
	t := text.Trim(s)
	if t == "" {
		return false
	}
	r := []rune(t)[0]
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９')
}

// decimalsOf returns the number of decimals a figure prints.
func decimalsOf(s string) int {
	t := text.Trim(s)
	i := strings.LastIndexAny(t, ".．")
	if i < 0 {
		return 0
	}
	n := 0
	for _, r := range t[i:] {
		if (r >= '0' && r <= '9') || (r >= '０' && r <= '９') {
			n++
		}
	}
	return n
}

// figures reads the cells of a table: each figure in the table's unit,
// counting decimals; a cell that is not an amount becomes a finding.
type figures struct {
	p       *parser
	where   fiscal.Where
	unit    fiscal.Unit
	maxDec  int
	seenDec bool
}

// read reads one cell. Blank cells are absent.
func (f *figures) read(c cell, rowKey, column string) fiscal.Cell {
	if fiscal.IsBlank(c.s) {
		return fiscal.Cell{}
	}
	v, err := fiscal.ParseCell(c.s, f.unit)
	if err != nil {
		w := f.where
		w.Row, w.Column, w.Text, w.Line = rowKey, column, c.trimmed(), c.line
		f.p.finding(ruleCell.Finding(w, "cell %q is not an amount: %v", c.trimmed(), err), 1)
		return fiscal.Cell{}
	}
	if d := decimalsOf(c.s); d > 0 {
		f.maxDec = max(f.maxDec, d)
		f.seenDec = true
	}
	f.p.res.Stats.Cells++
	return v
}

// decimals returns the printed precision: the most decimals printed, or 2
// (the template's) when no figure prints any.
func (f *figures) decimals() int {
	if !f.seenDec {
		return 2
	}
	return f.maxDec
}

// unitOf returns the table's unit, reporting a missing one (万元 assumed).
func (p *parser) unitOf(m meta, w fiscal.Where) fiscal.Unit {
	if m.unit.Valid() {
		return m.unit
	}
	p.finding(ruleTableUnit.Finding(w, "no 金额单位 printed; 万元 assumed"), 0)
	return fiscal.WanYuan
}
