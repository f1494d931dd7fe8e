package report

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/threepublic"
)

// Options say what to show besides the document and its findings.
type Options struct {
	// Title heads the page or workbook; empty means the document's title,
	// or its department and year.
	Title string
	// Source names the input (a file name), shown under the title.
	Source string
	// Summary lines are shown under the title as they are: what was read
	// and what could not be (the coverage), the input format, the tool.
	Summary []string
}

// placement says where a finding is shown.
type placement uint8

const (
	placeNone     placement = iota // in the list of findings tied to nothing shown
	placeCell                      // beside a table cell
	placeRow                       // beside a row's label
	placeTable                     // beside a table's title
	placeSentence                  // beside a sentence of the text
)

// finding is a finding with its number, its anchor and where it is shown.
type finding struct {
	N      int    // 1-based, in the order given
	ID     string // the id of its note
	Target string // the id of the element it concerns (a cell, a row, a table, a sentence, or its own note)
	Place  placement
	Sev    string // "error", "warning" or "info"
	F      fiscal.Finding
}

// cell is a table cell as shown.
type cell struct {
	ID       string
	Text     string
	Numeric  bool
	Findings []int // indices into model.Findings
}

type row struct {
	Cells []cell
}

// block is a header and rows: one per side of a two-sided table.
type block struct {
	Caption string
	Head    []string
	Rows    []row
}

// table is a table as shown.
type table struct {
	ID       string
	Title    string
	Number   string
	Unit     string
	Blocks   []block
	Empty    string
	Notes    []string
	Findings []int // findings shown with the table: its own and its cells'
	Own      []int // findings about the table as a whole
}

// sentence is a sentence of the text (情况说明, 名词解释, …) with the
// findings about it.
type sentence struct {
	ID       string
	Line     int
	Part     string
	Text     string
	Findings []int
}

// model is what both outputs show.
type model struct {
	Title     string
	Source    string
	Summary   []string
	Tables    []*table
	Sentences []*sentence
	Findings  []finding
	Unplaced  []int
	Counts    map[string]int
	Rules     []ruleCount
}

type ruleCount struct {
	Rule  string
	Count int
}

// severities in display order.
var severities = []string{"error", "warning", "info"}

func sevName(s fiscal.Severity) string {
	switch s {
	case fiscal.SeverityWarning:
		return "warning"
	case fiscal.SeverityInfo:
		return "info"
	}
	return "error" // an unset severity counts as error, as fiscal does
}

// rowRef locates an accounts row in the model, with its keys.
type rowRef struct {
	ti, bi, ri int
	r          *accounts.Row
	cols       []string // column names, for cells 2…
}

// builder assembles the model and places each finding.
type builder struct {
	m       *model
	acct    map[accounts.TableKind]int // table index of each accounts table
	rows    map[int][]rowRef           // table index -> its rows
	tp      int                        // table index of the 三公 table, or -1
	byText  map[string]*sentence
	tpTable *threepublic.Table
}

func build(doc *disclosure.Document, fs []fiscal.Finding, opt Options) *model {
	m := &model{Title: opt.Title, Source: opt.Source, Summary: opt.Summary, Counts: map[string]int{}}
	if doc == nil {
		doc = &disclosure.Document{}
	}
	if m.Title == "" {
		m.Title = doc.Title
	}
	if m.Title == "" {
		m.Title = strings.TrimSpace(doc.Department + " " + yearText(doc.Year) + " 部门决算")
	}
	b := &builder{m: m, acct: map[accounts.TableKind]int{}, rows: map[int][]rowRef{}, tp: -1, byText: map[string]*sentence{}, tpTable: doc.ThreePublic}
	b.tables(doc)
	b.sentences(doc)
	rules := map[string]int{}
	for i, f := range fs {
		fd := finding{N: i + 1, ID: "f" + strconv.Itoa(i+1), Sev: sevName(f.Severity), F: f}
		m.Counts[fd.Sev]++
		rules[f.Rule]++
		m.Findings = append(m.Findings, fd)
		b.place(i)
	}
	for r, n := range rules {
		m.Rules = append(m.Rules, ruleCount{r, n})
	}
	slices.SortFunc(m.Rules, func(a, b ruleCount) int { return cmp.Compare(a.Rule, b.Rule) })
	slices.SortStableFunc(m.Sentences, func(a, b *sentence) int { return cmp.Compare(a.Line, b.Line) })
	return m
}

func yearText(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y) + "年度"
}

func unitName(u fiscal.Unit) string {
	if !u.Valid() {
		u = fiscal.WanYuan
	}
	return u.String()
}

func format(u fiscal.Unit, d int) fiscal.Format {
	if !u.Valid() {
		return fiscal.TableFormat()
	}
	return fiscal.Format{Unit: u, Decimals: d}
}

// tables lays out the eight tables and the 三公 table in the document's
// order (the 三公 table after the eight).
func (b *builder) tables(doc *disclosure.Document) {
	if doc.Tables != nil {
		for _, t := range doc.Tables.All() {
			b.accountsTable(t)
		}
	}
	if doc.ThreePublic != nil {
		b.threePublic(doc.ThreePublic)
	}
}

func (b *builder) newTable(title, number string, u fiscal.Unit) (*table, int) {
	ti := len(b.m.Tables)
	t := &table{ID: "t" + strconv.Itoa(ti+1), Title: title, Number: number, Unit: unitName(u)}
	b.m.Tables = append(b.m.Tables, t)
	return t, ti
}

func (b *builder) accountsTable(at *accounts.Table) {
	title := at.Title
	if title == "" {
		title = at.Kind.Title()
	}
	t, ti := b.newTable(title, at.Number, at.Unit)
	b.acct[at.Kind] = ti
	t.Empty, t.Notes = at.EmptyStatement, at.Notes
	f := format(at.Unit, at.Decimals)
	sides := accounts.Sides(at.Kind)
	single := len(sides) == 1
	if !single && slices.ContainsFunc(at.Rows, func(r accounts.Row) bool { return !slices.Contains(sides, r.Side) }) {
		sides = append(sides, accounts.SideMain) // rows of no side in a two-sided table: shown, not dropped
	}
	for _, side := range sides {
		cols := at.ColumnsOf(side)
		bl := block{Caption: side.String(), Head: []string{"科目编码", "项目"}}
		var names []string
		for _, c := range cols {
			names = append(names, at.ColumnName(c))
		}
		bl.Head = append(bl.Head, names...)
		bi := len(t.Blocks)
		for i := range at.Rows {
			r := &at.Rows[i]
			if !single && r.Side != side {
				continue
			}
			ri := len(bl.Rows)
			id := fmt.Sprintf("%s-b%d-r%d", t.ID, bi+1, ri+1)
			code := r.Code
			switch {
			case r.Function.Valid():
				code = r.Function.String()
			case r.Economic.Valid():
				code = r.Economic.String()
			}
			cells := []cell{{ID: id + "-code", Text: code}, {ID: id, Text: rowLabel(r)}}
			for ci, c := range cols {
				cells = append(cells, cell{ID: fmt.Sprintf("%s-c%d", id, ci+1), Text: r.Cell(c).Format(f), Numeric: true})
			}
			bl.Rows = append(bl.Rows, row{Cells: cells})
			b.rows[ti] = append(b.rows[ti], rowRef{ti: ti, bi: bi, ri: ri, r: r, cols: names})
		}
		t.Blocks = append(t.Blocks, bl)
	}
}

func rowLabel(r *accounts.Row) string {
	l := r.Name
	if l == "" && r.Item != 0 {
		l = r.Item.Name()
	}
	if l == "" {
		l = r.Key()
	}
	if r.Under != 0 {
		return "　" + strings.TrimSpace(l)
	}
	return l
}

// threePublicColumns are the 三公 table's columns: header and the names
// findings use for them.
var threePublicColumns = []string{"合计", "因公出国（境）费", "公务用车购置及运行费小计", "公务用车购置费", "公务用车运行维护费", "公务接待费"}

func (b *builder) threePublic(tp *threepublic.Table) {
	title := tp.Title
	if title == "" {
		title = threepublic.TableTitle
	}
	t, ti := b.newTable(title, tp.Number, tp.Unit)
	b.tp = ti
	t.Empty, t.Notes = tp.EmptyStatement, tp.Notes
	f := format(tp.Unit, tp.Decimals)
	bl := block{Head: append([]string{"", ""}, threePublicColumns...)}
	for ri, side := range []struct {
		name string
		c    threepublic.Figures
	}{{"预算数", tp.Budget}, {"决算数", tp.Actual}} {
		id := fmt.Sprintf("%s-b1-r%d", t.ID, ri+1)
		c := side.c
		cells := []cell{{ID: id + "-code"}, {ID: id, Text: side.name}}
		for ci, v := range []fiscal.Cell{c.Total, c.Abroad, c.Vehicles, c.VehiclePurchase, c.VehicleOperation, c.Reception} {
			cells = append(cells, cell{ID: fmt.Sprintf("%s-c%d", id, ci+1), Text: v.Format(f), Numeric: true})
		}
		bl.Rows = append(bl.Rows, row{Cells: cells})
	}
	t.Blocks = []block{bl}
}

// threePublicColumn returns the index (0–5) of the 三公 column a finding
// names, or -1.
func threePublicColumn(name string) int {
	n := strings.ReplaceAll(strings.ReplaceAll(name, "(", "（"), ")", "）")
	switch {
	case n == "":
		return -1
	case strings.Contains(n, "小计") || n == "公务用车购置及运行费":
		return 2
	case strings.Contains(n, "合计"):
		return 0
	case strings.Contains(n, "出国"):
		return 1
	case strings.Contains(n, "购置费"):
		return 3
	case strings.Contains(n, "运行维护费") || strings.Contains(n, "运行费"):
		return 4
	case strings.Contains(n, "接待"):
		return 5
	}
	return -1
}

// sentences lists the narrative's sentences, each once.
func (b *builder) sentences(doc *disclosure.Document) {
	for _, s := range doc.Narrative {
		b.sentence(s.Text, "情况说明", s.Line)
	}
}

func (b *builder) sentence(text, part string, line int) *sentence {
	key := strconv.Itoa(line) + "\x00" + text
	if s, ok := b.byText[key]; ok {
		return s
	}
	s := &sentence{ID: "s" + strconv.Itoa(len(b.m.Sentences)+1), Line: line, Part: part, Text: text}
	b.m.Sentences = append(b.m.Sentences, s)
	b.byText[key] = s
	return s
}

// place decides where finding i is shown and records it there.
func (b *builder) place(i int) {
	fd := &b.m.Findings[i]
	w := fd.F.Where
	if ti, ok := b.tableOf(w); ok {
		t := b.m.Tables[ti]
		t.Findings = append(t.Findings, i)
		if c := b.cellOf(ti, w); c != nil {
			c.Findings = append(c.Findings, i)
			fd.Target = c.ID
			fd.Place = placeCell
			if strings.HasSuffix(c.ID, "-code") || !c.Numeric {
				fd.Place = placeRow
			}
			return
		}
		t.Own = append(t.Own, i)
		fd.Target, fd.Place = t.ID, placeTable
		return
	}
	if w.Text != "" {
		part := w.Part
		if part == "" {
			part = "text"
		}
		s := b.findSentence(w)
		if s == nil {
			s = b.sentence(w.Text, part, w.Line)
		}
		s.Findings = append(s.Findings, i)
		fd.Target, fd.Place = s.ID, placeSentence
		return
	}
	if w.Line > 0 {
		for _, s := range b.m.Sentences {
			if s.Line == w.Line {
				s.Findings = append(s.Findings, i)
				fd.Target, fd.Place = s.ID, placeSentence
				return
			}
		}
	}
	b.m.Unplaced = append(b.m.Unplaced, i)
	fd.Target, fd.Place = fd.ID, placeNone
}

// findSentence returns the sentence a finding quotes: the same text on the
// same line, else the same text anywhere.
func (b *builder) findSentence(w fiscal.Where) *sentence {
	if s, ok := b.byText[strconv.Itoa(w.Line)+"\x00"+w.Text]; ok {
		return s
	}
	for _, s := range b.m.Sentences {
		if s.Text == w.Text {
			return s
		}
	}
	return nil
}

// tableOf finds the table a finding names, by title (printed or
// official) or number.
func (b *builder) tableOf(w fiscal.Where) (int, bool) {
	if w.Table == "" {
		return 0, false
	}
	if strings.Contains(w.Table, "三公") {
		return b.tp, b.tp >= 0
	}
	for ti, t := range b.m.Tables {
		if ti != b.tp && (t.Title == w.Table || (t.Number != "" && t.Number == w.Table)) {
			return ti, true
		}
	}
	if k, ok := accounts.KindOfTitle(w.Table); ok {
		ti, ok := b.acct[k]
		return ti, ok
	}
	return 0, false
}

// cellOf finds the cell (or, failing the column, the row label) a
// finding names in table ti; nil when the row is not there.
func (b *builder) cellOf(ti int, w fiscal.Where) *cell {
	t := b.m.Tables[ti]
	if ti == b.tp {
		ri := map[string]int{"预算数": 0, "决算数": 1}
		r, ok := ri[strings.TrimSpace(w.Row)]
		if !ok {
			return nil
		}
		cells := t.Blocks[0].Rows[r].Cells
		if c := threePublicColumn(w.Column); c >= 0 {
			return &cells[2+c]
		}
		return &cells[1]
	}
	ref, ok := b.rowOf(ti, w)
	if !ok {
		return nil
	}
	cells := t.Blocks[ref.bi].Rows[ref.ri].Cells
	for ci, name := range ref.cols {
		if name == w.Column {
			return &cells[2+ci]
		}
	}
	return &cells[1]
}

// rowOf finds a row by its key, its key without the side, its printed
// name, or (when nothing else does) its source line.
func (b *builder) rowOf(ti int, w fiscal.Where) (rowRef, bool) {
	rows := b.rows[ti]
	if w.Row == "" {
		return rowRef{}, false
	}
	tests := []func(r *accounts.Row) bool{
		func(r *accounts.Row) bool { return r.Key() == w.Row },
		func(r *accounts.Row) bool {
			k := r.Key()
			if r.Side != accounts.SideMain {
				k = strings.TrimPrefix(k, r.Side.String()+"/")
			}
			return k == w.Row
		},
		func(r *accounts.Row) bool {
			return r.Name != "" && strings.TrimSpace(r.Name) == strings.TrimSpace(w.Row)
		},
	}
	for _, test := range tests {
		var found []rowRef
		for _, ref := range rows {
			if test(ref.r) {
				found = append(found, ref)
			}
		}
		if len(found) == 1 {
			return found[0], true
		}
		if len(found) > 1 && w.Line > 0 {
			for _, ref := range found {
				if ref.r.Line == w.Line {
					return ref, true
				}
			}
		}
		if len(found) > 1 {
			return found[0], true
		}
	}
	return rowRef{}, false
}
