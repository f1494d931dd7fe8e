package tables

import (
	"regexp"
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// Options configure [Read].
type Options struct {
	// Unit is the unit of a table that does not print its own, when its
	// profile gives none either. Zero means fiscal.WanYuan.
	Unit fiscal.Unit
	// Name returns the catalog name of a code ("" when unknown); it decides
	// which row a wrapped name fragment belongs to. May be nil.
	Name func(key profile.RowKey, code string) string
	// Evidence are rows known from elsewhere (the 总表's income items as
	// the 收入决算表's total row): a figure equal to the evidence's in the
	// same column supports an assignment.
	Evidence []profile.Grid
	// Label identifies a label of a two-sided table: a 类 code or a named
	// row's key, and the sides it may stand on (both for 总计). Two-sided
	// tables are not read without it.
	Label func(p *profile.Table, label string) (code, named string, sides []string)
	// Others are the profiles of the report's other tables, not read
	// here: their titles end the tables before them, and a line ending a
	// title of theirs wrapped over two lines ("国有资本经营预算" /
	// "财政拨款收入支出决算表") is not taken for a title of profs.
	Others []*profile.Table
	// Validate reports whether a table as read satisfies its identities
	// (no difference beyond rounding). When figures printed apart from
	// their labels can be placed in two ways, the one Validate accepts is
	// kept. May be nil.
	Validate func(g *profile.Grid) bool
}

// Table is a table as read: the grid, its decimals, and what could not be
// read.
type Table struct {
	profile.Grid
	// Unread holds the lines whose figures could not be placed in a row.
	Unread []int
	// Reason is set when the table was found but its rows could not be
	// read at all (and Rows is then empty).
	Reason string
	// ByPrior counts the rows whose figures fitted several assignments and
	// were placed in the usual columns (an optional column such as
	// 上缴上级支出 left empty).
	ByPrior int

	raws      []*raw
	guessed   []bool // by row: figures placed from a line of their own
	positions bool   // the lines keep column positions
}

// Ambiguous counts the rows marked ambiguous.
func (t *Table) Ambiguous() int {
	n := 0
	for _, r := range t.Rows {
		if r.Ambiguous {
			n++
		}
	}
	return n
}

// AmbiguousRows returns the keys of the rows marked ambiguous: the code of
// a coded row, the Named key of a named one ("total").
func (t *Table) AmbiguousRows() []string {
	var out []string
	for _, r := range t.Rows {
		if !r.Ambiguous {
			continue
		}
		if r.Code != "" {
			out = append(out, r.Code)
		} else {
			out = append(out, r.Named)
		}
	}
	return out
}

// OneRowKey is the Named key of the row of a [profile.Table.OneRow] table.
const OneRowKey = "row"

// Read finds the tables profs describe in lines and reads their rows.
func Read(lines []Line, profs []*profile.Table, opts Options) []*Table {
	if opts.Unit == 0 {
		opts.Unit = fiscal.WanYuan
	}
	var out []*Table
	docRunes := runeAligned(lines)
	for _, s := range find(lines, profs, opts.Others) {
		if r, d := alignedFigures(s.lines); r > d || r == d && docRunes {
			s.lines = slices.Clone(s.lines)
			for i := range s.lines {
				s.lines[i].runeCols = true
			}
		}
		if len(s.prof.Sides) > 0 {
			out = append(out, readTwoSided(s, opts))
			continue
		}
		if alt := s.prof.Alternative; alt != nil && missingHeaders(s.lines, alt) == 0 && missingHeaders(s.lines, s.prof) > 0 {
			// The headers are the other layout's, all of them, and not
			// this one's (a national title over the Shanghai columns).
			s.prof = alt
		}
		s.prof = headedOnly(s.lines, s.prof)
		t := readOne(s, opts)
		if alt := s.prof.Alternative; alt != nil && len(t.Rows) == 0 && len(t.raws) == 0 && t.Empty == "" {
			// No row of this layout: the table in its other one.
			s.prof = alt
			if a := readOne(s, opts); len(a.Rows) > 0 || len(a.raws) > 0 {
				t = a
			}
		}
		out = append(out, t)
	}
	// Evidence from the other tables, then each table's own identities;
	// then again, for the rows the first round settled elsewhere tell the
	// others (a 类 row of the 支出决算表 settled by its total says which
	// column the same 类 of the 政府性基金 table uses).
	for round := range 2 {
		evidence(out, opts.Evidence)
		for _, t := range out {
			s := &solver{p: t.Profile, unit: t.Unit, decimals: t.Decimals}
			var totals []*raw
			for _, r := range t.raws {
				if r.named == "total" {
					totals = append(totals, r)
				}
			}
			s.settleRound(totals, false) // the last settle below marks what stays open
			s.forceByTotal(t.raws)
			totalColumns(t.raws)
			s.hierarchy(t.raws)
			totalColumns(t.raws)
			if round == 1 {
				if t.positions {
					settleByAnchors(t.Profile, t.raws)
				}
				placeByPattern(t.Profile, t.raws)
			}
			s.settleRound(t.raws, round == 1)
		}
	}
	for _, t := range out {
		if !t.positions {
			s := &solver{p: t.Profile, unit: t.Unit, decimals: t.Decimals}
			s.markBareRows(t.raws)
		}
		for _, r := range t.raws {
			t.Rows = append(t.Rows, r.row(t.Profile))
			if r.byPrior {
				t.ByPrior++
			}
		}
		t.raws = nil
		if len(t.Rows) == 0 && t.Empty == "" && t.Reason == "" {
			// A title with nothing under it (a table of contents'
			// entry, a table whose rows were not recognised) is no
			// table of zeros.
			t.Reason = "no row of it could be read"
		}
	}
	return out
}

// readOne reads a segment of a one-sided table by its profile's key.
func readOne(s segment, opts Options) *Table {
	if s.prof.Key == profile.KeyLabel {
		return readList(s, opts)
	}
	return readSegment(s, opts)
}

// val is one printed figure (or printed blank) of a row.
type val struct {
	text  string
	blank bool
	amt   fiscal.Amount
	x     int
}

// raw is a row as gathered from the lines, before its figures are
// assigned to columns.
type raw struct {
	code    string
	named   string
	label   []string
	line    int
	own     []val // figures on the row's own line, in order
	expl    bool  // own holds every cell of the row (explicit cells)
	cols    []int // own's columns, told by the headers over the cells, or nil
	before  [][]val
	after   [][]val
	cands   []assign
	ambig   bool
	byPrior bool // placed by the usual columns, other assignments fitting too
	guessed bool // figures placed from a line of their own next to the row
	noFit   bool // no assignment satisfied the identities: the figures were put in the first columns
	rounded bool // a figure printed to the unit in a table with decimals
}

// floating is a line of figures alone.
type floating struct {
	line int
	vals []val
}

func readSegment(s segment, opts Options) *Table {
	t := &Table{Grid: profile.Grid{Profile: s.prof, Title: s.title, Line: s.line, Unit: unitOf(s, opts)}}
	p := s.prof
	var rows []*raw
	// pending: floating lines and fragments seen since the last row.
	var floats []floating
	var frags []string
	figuresFollow := bareRowStarts(s, p)
	var gaps [][]floating // gaps[i]: the lines of figures alone before rows[i]
	lastCode := ""
	aligned := keepsPositions(s.lines)
	if aligned {
		if starts := blockStarts(s.lines, p); len(starts) > 0 {
			s.lines = splitBlocks(s.lines, starts, p)
		}
	} else if starts := cellBlockStarts(s.lines, p); len(starts) > 0 {
		s.lines = splitCellBlocks(s.lines, starts)
	}
	s.lines = padSplitCodes(s.lines)
	firstCol := firstFigureCell(s.lines, p)
	heads := headerCells(s.lines, p)
	colNo := 0 // the next column number expected after 栏次, or 0
	// A OneRow table that prints rows of its own (codes, named rows) is
	// read as usual: its lines of figures alone are not its one row.
	oneRow := p.OneRow && !hasRowStart(s, p)
	oneRowLast := 0    // the last line of the one row's figures
	afterNote := false // a note ("注：…") was read: a bare integer after it is a page number
	pointed := printsDecimals(s.lines)
	for li, l := range s.lines {
		toks := tokens(l)
		if !aligned {
			for i := range toks {
				toks[i].x = -1
			}
		}
		if len(toks) == 0 {
			continue
		}
		n := norm(lineText(l))
		if isEmptyStatement(n) {
			t.Empty = trim(lineText(l))
			continue
		}
		if isPageNumber(n) || isNoteOrUnit(n) {
			afterNote = afterNote || strings.HasPrefix(n, "注")
			continue
		}
		if afterNote && len(toks) == 1 && len(n) <= 4 && allDigits(n) || tableNumberRE.MatchString(n) {
			// A page number after the table's note, or the next
			// table's number ("公开 08 表") printed above its title.
			continue
		}
		if pointed && len(toks) == 1 && len(n) <= 3 && allDigits(n) && strings.Trim(n, "0") != "" && lastOrBeforeNumber(s.lines, li) {
			// A whole number 1–999 alone on the table's last line (or
			// above the next table's number) in a table whose figures
			// print decimals: a page number under a table that prints
			// no note.
			continue
		}
		// Column numbers printed one a line after 栏次: 1, 2, 3, ….
		if strings.HasPrefix(n, "栏次") || strings.HasPrefix(n, "行次") {
			colNo = 1
			if rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(n, "栏次"), "行次"), " "); rest == "" {
				continue
			}
		}
		if colNo > 0 {
			if n == itoa(colNo) {
				colNo++
				continue
			}
			colNo = 0
		}
		code, named, rest := rowStart(p, toks, lastCode)
		if code == "" && named == "" {
			nums, texts := split(toks, t.Unit)
			if len(rows) > 0 && len(frags) == 0 && suffixAfter(opts, p, rows[len(rows)-1], rows, nums, texts) {
				// The 款 of the row before, printed below its 类 and
				// the start of its name ("302 因公出国（境）费" then "12"
				// and "用"), is no figure.
				prev := rows[len(rows)-1]
				prev.code += nums[0].text
				prev.label = append(prev.label, texts...)
				lastCode = prev.code
				continue
			}
			switch {
			case len(texts) == 0 && len(nums) > 0:
				if isColumnNumbers(toks) {
					continue
				}
				if afterNote && !oneRow {
					// Figures after the table's note belong to no row
					// it can tell (an extraction that moved them there):
					// the table is not read with certainty.
					t.Unread = append(t.Unread, l.N)
					continue
				}
				if oneRow {
					// The table's one row; figures on the next lines
					// continue it.
					if len(rows) == 0 {
						rows = append(rows, &raw{named: OneRowKey, line: l.N, expl: l.Cells != nil})
						gaps = append(gaps, floats)
						floats = nil
					} else if aligned && l.N > oneRowLast+2 && len(nums) == 1 && len(nums[0].text) <= 3 && allDigits(nums[0].text) {
						// A page number below the row, apart from it.
						continue
					}
					if r := rows[0]; len(r.own) == 0 && r.expl && heads != nil {
						if vals, cols, aside, ok := heads.place(l.Cells, t.Unit); ok {
							r.own, r.cols, r.ambig = vals, cols, aside
							oneRowLast = l.N
							continue
						}
					}
					if rows[0].cols != nil {
						// More figures after the row read under its
						// header: their place is not known.
						rows[0].cols, rows[0].ambig = nil, true
					}
					rows[0].own = append(rows[0].own, nums...)
					oneRowLast = l.N
					continue
				}
				floats = append(floats, floating{line: l.N, vals: nums})
			case len(nums) == 0:
				if len(rows) > 0 && !isEllipsis(strings.Join(texts, "")) {
					frags = append(frags, strings.Join(texts, ""))
				}
			default:
				// Text and figures with no row start: a name wrapped
				// onto its own line with the figures, or a header.
				if len(rows) == 0 {
					continue
				}
				frags = append(frags, strings.Join(texts, ""))
				floats = append(floats, floating{line: l.N, vals: nums})
			}
			continue
		}
		if named != "" {
			// "人员经费合计  公用经费合计  355.50": a second label before
			// any figure. The first prints no figure (a unit whose
			// 基本支出 pays no 人员经费); the figures are the second's.
			if _, named2, rest2 := rowStart(p, rest, ""); named2 != "" && named2 != named {
				first := &raw{named: named, line: l.N, expl: l.Cells != nil, label: []string{namedLabel(toks, rest)}}
				if len(frags) > 0 {
					attachFrags(opts, p, rows, first, frags)
					frags = nil
				}
				gaps = append(gaps, floats)
				floats = nil
				rows = append(rows, first)
				toks, named, rest = rest, named2, rest2
			}
		}
		if hasSecondStart(p, rest, !aligned) {
			t.Reason = "the table prints two blocks of rows side by side, which cannot be told apart without column positions"
			t.Rows = nil
			return t
		}
		nums, texts := split(rest, t.Unit)
		if named != "" && len(nums) == 0 && len(texts) > 0 {
			// "合计 基本支出 项目支出": a header line, not the total row.
			continue
		}
		r := &raw{code: code, named: named, line: l.N, expl: l.Cells != nil}
		if named != "" {
			r.label = []string{namedLabel(toks, rest)}
		}
		if code != "" {
			lastCode = code
		}
		placed := false
		if r.expl && heads != nil {
			if vals, cols, aside, ok := heads.place(l.Cells, t.Unit); ok {
				nums, r.cols, placed = vals, cols, true
				// A figure under a column the profile does not know may
				// be a part of the row's total: its sums cannot be told.
				r.ambig = aside
			}
		}
		if r.expl && !placed {
			if firstCol > 0 && firstCol < len(l.Cells) && !figureBefore(l.Cells, firstCol) {
				// The header says where the figures start (a row whose
				// label spans the code and name cells as one prints a
				// figure before it: its cells are shifted, read as they
				// come).
				nums, _ = split(tokens(Line{Cells: l.Cells[firstCol:]}), t.Unit)
			}
			// Blank cells before the figures (an empty name column) are
			// not figures' cells when the row has more cells than columns.
			for len(nums) > len(p.Columns) && nums[0].blank {
				nums = nums[1:]
			}
		}
		r.own = nums
		r.label = append(r.label, texts...)
		if len(frags) > 0 {
			attachFrags(opts, p, rows, r, frags)
			frags = nil
		}
		if n := len(rows); n > 0 && splitParent(opts, p, rows, r) {
			// The row before is this row's 类 cell (and perhaps the
			// start of its name), printed on a line of its own: not a
			// row.
			r.label = append(rows[n-1].label, r.label...)
			floats = append(gaps[n-1], floats...)
			gaps, rows = gaps[:n-1], rows[:n-1]
		}
		gaps = append(gaps, floats)
		floats = nil
		rows = append(rows, r)
	}
	if len(frags) > 0 && len(rows) > 0 {
		attachFrags(opts, p, rows, nil, frags)
	}
	gaps = append(gaps, floats)
	placeFloats(p, t, rows, gaps, figuresFollow)
	rows = dropHeaderTotals(rows)
	markRepeatedCodes(rows)
	t.Decimals, t.DecimalsKnown = decimalsOf(rows)
	markRounded(rows, t.Decimals)
	solve(p, t, rows)
	byClass(p, s.lines, rows)
	if aligned {
		byPosition(p, s.lines, rows)
	}
	t.positions = aligned
	t.raws = rows
	return t
}

// missingHeaders counts the columns of p, not optional, whose header no
// line above the first figure prints.
func missingHeaders(lines []Line, p *profile.Table) int {
	h := headerText(lines)
	n := 0
	for _, c := range p.Columns {
		if c.Optional || len(c.Headers) == 0 {
			continue
		}
		if !slices.ContainsFunc(c.Headers, func(name string) bool { return strings.Contains(h, strings.ReplaceAll(norm(name), " ", "")) }) {
			n++
		}
	}
	return n
}

// headedOnly returns p without its Headed columns whose header no line
// above the first figure prints, or p itself when it keeps them all.
func headedOnly(lines []Line, p *profile.Table) *profile.Table {
	if !slices.ContainsFunc(p.Columns, func(c profile.Column) bool { return c.Headed }) {
		return p
	}
	h := headerText(lines)
	var drop []string
	for _, c := range p.Columns {
		if c.Headed && !slices.ContainsFunc(c.Headers, func(name string) bool { return strings.Contains(h, strings.ReplaceAll(norm(name), " ", "")) }) {
			drop = append(drop, c.ID)
		}
	}
	if len(drop) == 0 {
		return p
	}
	q := *p
	q.Columns = slices.DeleteFunc(slices.Clone(p.Columns), func(c profile.Column) bool { return slices.Contains(drop, c.ID) })
	q.Identities = slices.Clone(p.Identities)
	for i, id := range q.Identities {
		q.Identities[i].Parts = slices.DeleteFunc(slices.Clone(id.Parts), func(c string) bool { return slices.Contains(drop, c) })
		q.Identities[i].Minus = slices.DeleteFunc(slices.Clone(id.Minus), func(c string) bool { return slices.Contains(drop, c) })
	}
	return &q
}

// headerText is the normalised text of the lines above the first figure,
// spaces removed.
func headerText(lines []Line) string {
	var head strings.Builder
	for _, l := range lines {
		if slices.ContainsFunc(tokens(l), func(t tok) bool { return t.kind == tkNum }) {
			break
		}
		head.WriteString(norm(lineText(l)))
	}
	return strings.ReplaceAll(head.String(), " ", "")
}

// lastOrBeforeNumber reports whether line i is the last of lines holding
// text, or the next such line is a table's number ("公开 08 表").
func lastOrBeforeNumber(lines []Line, i int) bool {
	for _, l := range lines[i+1:] {
		if n := norm(lineText(l)); n != "" {
			return tableNumberRE.MatchString(n)
		}
	}
	return true
}

// printsDecimals reports whether a table's figures print decimals: some
// figure of its lines ends in a point and two digits.
func printsDecimals(lines []Line) bool {
	for _, l := range lines {
		for _, t := range tokens(l) {
			if t.kind == tkNum && len(t.text) > 3 && t.text[len(t.text)-3] == '.' {
				return true
			}
		}
	}
	return false
}

// IsAligned reports whether lines of text keep column positions (cells
// separated by runs of spaces, as pdftotext -layout prints them); text
// whose spacing was collapsed (pdfplumber, pdftotext -raw, copied from a
// viewer) does not.
func IsAligned(lines []Line) bool { return isAligned(lines) }

// isAligned reports whether the lines keep column positions (cells
// separated by runs of spaces, as pdftotext -layout prints them): most
// lines with two or more tokens have a run of at least two spaces between
// some of them. Collapsed spacing makes positions meaningless.
func isAligned(lines []Line) bool {
	multi, wide := 0, 0
	for _, l := range lines {
		if l.Cells != nil {
			continue
		}
		t := trim(l.Text)
		if len(strings.Fields(t)) < 2 {
			continue
		}
		multi++
		if strings.Contains(t, "\u3000") {
			// Full-width spaces before a name indent it inside its cell
			// ("201 03 01 　　行政运行 4687.06 …", a Word table's names
			// copied as text): no gap between cells.
			t = nameIndentRE.ReplaceAllString(t, " $1")
		}
		if strings.Contains(t, "  ") || strings.Contains(t, "\t") || strings.Contains(t, "\u3000") {
			wide++
		}
	}
	return multi > 0 && wide*2 > multi
}

// nameIndentRE matches full-width spaces, after one space at most, before
// a character that begins no figure.
var nameIndentRE = regexp.MustCompile(`(?: ?\x{3000}+)([^0-9０-９\s\x{3000}.,\-—])`)

// keepsPositions reports whether aligned lines keep their cells' columns:
// cells separated by tabs (a table copied as text) do not, for a tab
// stands for any width and an empty cell may be lost with the spaces
// around it.
func keepsPositions(lines []Line) bool {
	if !isAligned(lines) {
		return false
	}
	multi, tabbed := 0, 0
	for _, l := range lines {
		if l.Cells != nil || len(strings.Fields(l.Text)) < 2 {
			continue
		}
		multi++
		if strings.Contains(l.Text, "\t") {
			tabbed++
		}
	}
	return tabbed*2 <= multi
}

// unitOf reads the table's unit line ("单位：万元", "金额单位：元").
func unitOf(s segment, opts Options) fiscal.Unit {
	// The unit line stands under the title, or, where an extraction
	// moved it, anywhere in the table's lines (pdftotext -raw prints it
	// after the rows).
	for i, l := range s.lines {
		// "单位：万元", "金额单位：元", or "编制单位：XX局 单位：元" (the
		// first 单位 there is the department's).
		if i > 12 {
			break
		}
		if u, ok := UnitOf(lineText(l)); ok {
			return u
		}
	}
	// Printed just above the title (a template that puts the line of
	// the department and the unit first, or an extraction that put the
	// right-aligned line before the centred title).
	for _, l := range s.above {
		if text := lineText(l); strings.Contains(text, "单位：") || strings.Contains(text, "单位:") {
			if u, ok := UnitOf(text); ok {
				return u
			}
		}
	}
	for _, l := range s.lines[min(13, len(s.lines)):] {
		// Far from the title, only with its colon ("单位：元"), never a
		// name running on ("…单位元…").
		if text := lineText(l); strings.Contains(text, "单位：") || strings.Contains(text, "单位:") {
			if u, ok := UnitOf(text); ok {
				return u
			}
		}
	}
	if n := norm(s.title); strings.Contains(n, "单位:万元") || strings.Contains(n, "单位：万元") {
		return fiscal.WanYuan
	}
	if s.prof.Unit != 0 {
		return s.prof.Unit
	}
	return opts.Unit
}

// split separates a row's tokens into figures and text.
func split(toks []tok, u fiscal.Unit) (nums []val, texts []string) {
	for _, t := range toks {
		switch t.kind {
		case tkNum:
			a, err := fiscal.ParseAmount(strings.ReplaceAll(strings.ReplaceAll(t.text, ",", ""), "−", "-"), u)
			if err != nil {
				texts = append(texts, t.text)
				continue
			}
			nums = append(nums, val{text: t.text, amt: a, x: t.x})
		case tkBlank:
			nums = append(nums, val{text: t.text, blank: true, x: t.x})
		default:
			if t.text != "" {
				texts = append(texts, t.text)
			}
		}
	}
	return nums, texts
}

// isColumnNumbers reports whether a line of integers is a row of column
// numbers ("1 2 3 4 5 6", "栏次").
func isColumnNumbers(toks []tok) bool {
	if len(toks) < 2 {
		return false
	}
	for i, t := range toks {
		if t.text != itoa(i+1) {
			return false
		}
	}
	return true
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// figureBefore reports whether a cell before the first figure column
// holds an amount, after a first cell of text: the row printed fewer
// label cells than the header (a 合计 spanning 科目编码 and 科目名称 with its
// span lost).
func figureBefore(cells []string, firstCol int) bool {
	for i := 1; i < firstCol && i < len(cells); i++ {
		if c := strings.TrimSpace(cells[i]); strings.ContainsAny(c, ".,") && isAmount(c) { // not a code's 款 or 项 ("03")
			return true
		}
	}
	return false
}

// markRounded marks the rows printing a non-zero figure to the unit in a
// table whose figures have decimals (22,118,861 among figures to the fen:
// a cell formatted "#,##0").
func markRounded(rows []*raw, decimals int) {
	if decimals == 0 {
		return
	}
	for _, r := range rows {
		for _, v := range r.allVals() {
			if !v.blank && !v.amt.IsZero() && !strings.Contains(v.text, ".") {
				r.rounded = true
			}
		}
	}
}

// decimalsOf returns the largest number of decimals printed, and whether
// any figure says so (one with a decimal point, or a whole number other
// than 0: a table printing only 0 and blanks says nothing).
func decimalsOf(rows []*raw) (d int, known bool) {
	see := func(vs []val) {
		for _, v := range vs {
			d, known = figureDecimals(v, d, known)
		}
	}
	for _, r := range rows {
		see(r.own)
		for _, b := range r.before {
			see(b)
		}
		for _, a := range r.after {
			see(a)
		}
	}
	return d, known
}

// figureDecimals folds one figure into decimalsOf's result.
func figureDecimals(v val, d int, known bool) (int, bool) {
	if v.blank {
		return d, known
	}
	if _, f, ok := strings.Cut(v.text, "."); ok {
		return max(d, len(f)), true
	}
	return d, known || !v.amt.IsZero()
}

// row converts a solved raw row to a profile.Row.
func (r *raw) row(p *profile.Table) profile.Row {
	out := profile.Row{Code: r.code, Named: r.named, Label: strings.Join(r.label, ""), Line: r.line, Ambiguous: r.ambig, Rounded: r.rounded}
	if len(r.cands) > 0 {
		out.Cells = make(map[string]fiscal.Cell, len(p.Columns))
		for i, c := range p.Columns {
			if cell := r.cands[0].cells[i]; !cell.IsAbsent() {
				out.Cells[c.ID] = cell
			}
		}
	}
	return out
}

// attachFrags gives wrapped name fragments, seen between the previous row
// and r, to one of them.
func attachFrags(opts Options, p *profile.Table, rows []*raw, r *raw, frags []string) {
	var prev *raw
	if len(rows) > 0 {
		prev = rows[len(rows)-1]
	}
	if prev == nil {
		// Header text before the first row.
		return
	}
	// A name is completed only where the catalog says the result is the
	// code's name (or begins it, for the row after), or given to a row
	// printing none; text that fits no row (a header repeated, a
	// placeholder) is left out. The fragments between two rows may end
	// the name of the one before and begin that of the one after.
	name := func(x *raw) string {
		if opts.Name == nil || x == nil || x.code == "" {
			return ""
		}
		return norm(opts.Name(p.Key, x.code))
	}
	label := func(x *raw) string { return strings.Join(x.label, "") }
	for k := len(frags); k >= 0; k-- {
		before, after := strings.Join(frags[:k], ""), strings.Join(frags[k:], "")
		endsPrev := k > 0 && name(prev) != "" && norm(label(prev)+before) == name(prev)
		beginsNext := k < len(frags) && r != nil && name(r) != "" && strings.HasPrefix(name(r), norm(after+label(r)))
		if endsPrev && (k == len(frags) || beginsNext) {
			prev.label = append(prev.label, frags[:k]...)
			if k < len(frags) {
				r.label = append(slices.Clone(frags[k:]), r.label...)
			}
			return
		}
		if k == 0 && beginsNext {
			r.label = append(slices.Clone(frags), r.label...)
			return
		}
	}
	fits := func(x *raw, text string) bool {
		n := name(x)
		return n == "" || strings.HasPrefix(n, norm(text))
	}
	joined := strings.Join(frags, "")
	switch {
	case len(prev.label) == 0 && prev.named == "" && fits(prev, joined):
		prev.label = frags
	case r != nil && len(r.label) == 0 && r.named == "" && fits(r, joined):
		r.label = frags
	}
}

// allVals returns every figure gathered for the row.
func (r *raw) allVals() []val {
	var out []val
	for _, b := range r.before {
		out = append(out, b...)
	}
	out = append(out, r.own...)
	for _, a := range r.after {
		out = append(out, a...)
	}
	return out
}

// dropHeaderTotals removes a named row that holds no figure when the same
// name comes again later: "合计" printed as a column header, one cell a
// line, before the total row itself; or earlier with a figure: a block's
// header ("公用经费" over the third block of a table printed in blocks,
// read after the second block's 公用经费合计).
func dropHeaderTotals(rows []*raw) []*raw {
	out := rows[:0]
	for i, r := range rows {
		if r.named != "" && len(r.allVals()) == 0 {
			later := false
			for j, o := range rows {
				if o.named == r.named && (j > i || j < i && figured(o.allVals())) {
					later = true
					break
				}
			}
			if later {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// A lone "-3" is a negative figure, not a page number: only forms that
// cannot be figures are matched.
var pageNumberRE = regexp.MustCompile(`^(?:[-—–]+\d{1,4}[-—–]+|第\d{1,4}页(?:共\d{1,4}页)?|\d{1,4}/\d{1,4}|page\d{1,4})$`)

// IsPageNumber reports whether a line is a page number alone ("- 3 -",
// "第3页", "3/25").
func IsPageNumber(s string) bool { return isPageNumber(norm(s)) }

// isPageNumber reports whether a normalised line is a page number ("- 3 -",
// "第3页", "3/25").
func isPageNumber(n string) bool { return pageNumberRE.MatchString(strings.ToLower(n)) }

// hasRowStart reports whether a line of the segment starts a row: a code,
// or a named row printing a figure (a header line "合计 基本支出 项目支出"
// prints none).
func hasRowStart(s segment, p *profile.Table) bool {
	for _, l := range s.lines {
		code, named, rest := rowStart(p, tokens(l), "")
		if code != "" {
			return true
		}
		if named != "" {
			if nums, _ := split(rest, fiscal.WanYuan); len(nums) > 0 {
				return true
			}
		}
	}
	return false
}

// bareRowStarts reports whether most rows of a segment print no figure on
// the line they start on (one cell a line): their figures follow them.
func bareRowStarts(s segment, p *profile.Table) bool {
	inline, bare := 0, 0
	last := ""
	for _, l := range s.lines {
		toks := tokens(l)
		code, named, rest := rowStart(p, toks, last)
		if code == "" && named == "" {
			continue
		}
		if code != "" {
			last = code
		}
		if nums, _ := split(rest, fiscal.WanYuan); len(nums) > 0 {
			inline++
		} else {
			bare++
		}
	}
	return bare >= 2*inline && bare > 0
}

// firstFigureCell returns the index of the cell under which the first
// figure column's header stands, in a table given with its cells (HTML,
// DOCX, XLSX), or -1.
func firstFigureCell(lines []Line, p *profile.Table) int {
	if len(p.Columns) == 0 {
		return -1
	}
	for _, l := range lines {
		if l.Cells == nil {
			continue
		}
		if code, named, _ := rowStart(p, tokens(l), ""); code != "" || named != "" && len(l.Cells) > 0 && norm(l.Cells[0]) != "" {
			// The rows have begun: no header below.
			if code != "" {
				return -1
			}
		}
		for i, c := range l.Cells {
			n := norm(c)
			for _, h := range p.Columns[0].Headers {
				if n == norm(h) {
					return i
				}
			}
		}
	}
	return -1
}

// namedLabel returns the text of a named row's label: the tokens before
// rest.
func namedLabel(toks, rest []tok) string {
	var b strings.Builder
	for _, t := range toks[:len(toks)-len(rest)] {
		b.WriteString(t.text)
	}
	return b.String()
}

// markRepeatedCodes marks ambiguous every row of a code printed more than
// once in the table: text extracted column by column (pdftotext without
// -layout) prints a code apart from its figures, and the rows read from it
// are not to be trusted.
// suffixAfter reports whether a line holding no row start is the 款 of
// the row before: one two-digit number (no decimals, no separators)
// first, perhaps the rest of the name after it, below a row that is only
// a 类 code read before, a name and no figure, where the catalog names
// the 款 with that name.
func suffixAfter(opts Options, p *profile.Table, prev *raw, rows []*raw, nums []val, texts []string) bool {
	if opts.Name == nil || len(nums) != 1 || len(nums[0].text) != 2 || !allDigits(nums[0].text) ||
		prev.code == "" || len(prev.code) != 3 || prev.named != "" || len(prev.own) > 0 || len(prev.label) == 0 {
		return false
	}
	name := norm(opts.Name(p.Key, prev.code+nums[0].text))
	if name == "" || !strings.HasPrefix(name, norm(strings.Join(prev.label, "")+strings.Join(texts, ""))) {
		return false
	}
	for _, x := range rows[:len(rows)-1] {
		if x.code == prev.code {
			return true
		}
	}
	return false
}

// isEllipsis reports whether text is only an ellipsis ("…", "……", "..."):
// a template's placeholder row, no part of a name.
func isEllipsis(text string) bool {
	return text != "" && strings.Trim(text, "….·") == ""
}

// splitParent reports whether the last row read is only the parent code
// of r printed again, with no figure: a 类 cell repeated on each row,
// printed on a line above the 款 (“302” then “01 办公费”), perhaps with the
// start of the row's name beside it (“302 因公出国（境）费” then “12” and
// “用”: the catalog must say the name begins so). The parent was read as
// a row before.
func splitParent(opts Options, p *profile.Table, rows []*raw, r *raw) bool {
	prev := rows[len(rows)-1]
	if prev.code == "" || prev.named != "" || len(prev.own) > 0 ||
		len(r.code) <= len(prev.code) || !strings.HasPrefix(r.code, prev.code) {
		return false
	}
	if len(prev.label) > 0 {
		if opts.Name == nil {
			return false
		}
		name := norm(opts.Name(p.Key, r.code))
		if name == "" || !strings.HasPrefix(name, norm(strings.Join(prev.label, "")+strings.Join(r.label, ""))) {
			return false
		}
	}
	for _, x := range rows[:len(rows)-1] {
		if x.code == prev.code {
			return true
		}
	}
	return false
}

func markRepeatedCodes(rows []*raw) {
	count := map[string]int{}
	for _, r := range rows {
		if r.code != "" {
			count[r.code]++
		}
	}
	for _, r := range rows {
		if count[r.code] > 1 {
			r.ambig = true
		}
	}
}

// tableNumberRE matches a table's number on a line of its own: "公开08表",
// "附表3", "表一".
var tableNumberRE = regexp.MustCompile(`^` + tableNumber + `$`)

// tableNumber is the pattern of a table's number: 公开08表, 表三, 附表1,
// 公开表9.
const tableNumber = `(?:(?:公开|附表|表)[0-9一二三四五六七八九十]{1,3}表?|公开表[0-9]{1,3})`

var noteOrUnitRE = regexp.MustCompile(`^(?:注[:：0-9一二三四五六七八九十、.]|(?:金额)?单位[:：]?(?:万元|元|亿元|人民币))`)

// isNoteOrUnit reports whether a normalised line is a note ("注：…") or a
// unit line ("单位：万元"), not a wrapped name ("单位养老支出").
func isNoteOrUnit(n string) bool { return noteOrUnitRE.MatchString(n) }

// UnitOf reads the unit a line names ("单位：万元", "金额单位：元", or
// "编制单位：XX局 单位：元", where the first 单位 is the department's).
func UnitOf(line string) (fiscal.Unit, bool) {
	if m := unitRE.FindStringSubmatch(norm(line)); m != nil {
		switch m[1] {
		case "万元":
			return fiscal.WanYuan, true
		case "亿元":
			return fiscal.YiYuan, true
		case "元":
			return fiscal.Yuan, true
		}
	}
	return 0, false
}

var unitRE = regexp.MustCompile(`单位[:：]?(万元|亿元|元)`)
