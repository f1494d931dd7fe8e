package budget

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/reader/profile"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// FromGrids builds the budget tables from what the reader hands over: one
// [profile.Grid] per table found (grids of one kind, such as a table
// continued over pages, are joined in order). Every row read becomes a
// [Row]; a row that cannot be placed (a code that does not parse, a label
// that names nothing, figures on both sides of a summary line with one
// label) is kept as read and reported by a finding of scope parse, never
// dropped. Grids whose profile is not a budget profile are reported and
// left out.
func FromGrids(grids []profile.Grid) (*Tables, []fiscal.Finding) {
	ts := &Tables{}
	var out []fiscal.Finding
	cats, _ := classify.Embedded(2024)
	// printed: the decimals the reader saw printed, by table (the most
	// of its grids).
	printed := map[TableKind]int{}
	for _, g := range grids {
		if g.Profile == nil {
			out = append(out, ruleParseTable.Finding(fiscal.Where{Table: g.Title, Line: g.Line},
				"table has no profile; not read as a budget table"))
			continue
		}
		k, err := ParseKind(g.Profile.ID)
		if err != nil || g.Profile.Family != profile.Budget {
			out = append(out, ruleParseTable.Finding(fiscal.Where{Table: g.Title, Line: g.Line},
				"profile %q is not a budget table profile", g.Profile.ID))
			continue
		}
		t := ts.Get(k)
		if t == nil {
			u := g.Unit
			if !u.Valid() {
				u = g.Profile.Unit
			}
			if !u.Valid() {
				u = fiscal.WanYuan
			}
			t = &Table{Kind: k, Title: g.Title, Number: g.Number, Unit: u, Decimals: 2, Line: g.Line}
			if t.Title == "" {
				t.Title = k.Title()
			}
			ts.Set(t)
		} else if g.Unit.Valid() && g.Unit != t.Unit {
			out = append(out, ruleParseTable.Finding(fiscal.Where{Table: t.Title, Line: g.Line},
				"continuation of the table prints its figures in %s, the table in %s; not joined", g.Unit, t.Unit))
			continue
		}
		if g.DecimalsKnown {
			printed[k] = max(printed[k], g.Decimals)
		}
		if g.Empty != "" && t.Empty == "" {
			t.Empty = g.Empty
		}
		for i, gr := range g.Rows {
			if isTwoSided(k) && isHeaderRow(g, i) {
				continue
			}
			rows, fs := placeRow(t, g.Profile, gr, cats.Function)
			t.Rows = append(t.Rows, rows...)
			out = append(out, fs...)
		}
	}
	for _, t := range ts.All() {
		if d, ok := printed[t.Kind]; ok {
			t.Decimals = d
		} else {
			t.Decimals = printedDecimals(t)
		}
		settleNature(t)
	}
	return ts, out
}

// printedDecimals infers the decimals a table was printed with where the
// grids do not say (they were not read from text): in 元, 2 when any figure has fen
// and 0 otherwise (a table of whole 元 may have been rounded to them, so
// the checks then allow for rounding); in 万元 and 亿元, 2 unless a figure
// carries more.
func printedDecimals(t *Table) int {
	fen := t.Unit.Fen()
	if fen == 0 {
		return 2
	}
	d := 0
	if t.Unit != fiscal.Yuan {
		d = 2
	}
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			a, ok := c.Amount()
			if !ok {
				continue
			}
			if rem := a.Fen() % fen; rem != 0 {
				d = max(d, decimalsOf(fen, lowestStep(rem, fen)))
			}
		}
	}
	return d
}

// lowestStep returns the largest power of ten (below fen) dividing rem.
func lowestStep(rem, fen int64) int64 {
	step := fen / 10
	for step > 1 && rem%step != 0 {
		step /= 10
	}
	return step
}

// decimalsOf returns how many decimals of a unit of fen fen a step of
// step fen needs (step 1 of 100 → 2).
func decimalsOf(fen, step int64) int {
	d := 0
	for s := fen; s > step; s /= 10 {
		d++
	}
	return d
}

// placeRow turns one row as read into the model's row (or rows, when a
// summary line carries figures of two sides under one label).
func placeRow(t *Table, p *profile.Table, gr profile.Row, functions *classify.Catalog[classify.FunctionKind]) ([]Row, []fiscal.Finding) {
	w := fiscal.Where{Table: t.Title, Row: strings.TrimSpace(gr.Code + " " + gr.Label), Line: gr.Line}
	r := Row{Label: gr.Label, Line: gr.Line, Ambiguous: gr.Ambiguous, Rounded: gr.Rounded, Cells: map[string]fiscal.Cell{}}
	var unknownCols []string
	for id, c := range gr.Cells {
		if p.Column(id) < 0 {
			unknownCols = append(unknownCols, id)
			continue
		}
		r.Cells[id] = c
	}
	var out []fiscal.Finding
	if len(unknownCols) > 0 {
		slices.Sort(unknownCols)
		out = append(out, ruleParseRow.Finding(w, "figures under columns %s that the profile does not have were left out",
			strings.Join(unknownCols, ", ")))
	}
	hasFigures := slices.ContainsFunc(slices.Collect(maps.Values(r.Cells)), func(c fiscal.Cell) bool { return !c.IsAbsent() })

	// Coded rows: the 类 lines of a summary stand on its 支出 side.
	if code := strings.TrimSpace(gr.Code); code != "" {
		if isTwoSided(t.Kind) {
			r.Side = SideExpenditure
		}
		var err error
		switch p.Key {
		case profile.KeyEconomic:
			r.Economic, err = classify.ParseEconomic(code)
		case profile.KeyGovEconomic:
			err = fmt.Errorf("government economic codes are not read in budget tables")
		default:
			r.Function, err = classify.ParseFunction(code)
		}
		if err != nil {
			r.Code = code
			out = append(out, ruleParseCode.Finding(w, "code %q could not be read: %v", code, err))
		}
		return []Row{r}, out
	}

	// The one unlabelled row of a table printing no other (the 12-table
	// layout's 支出预算总表 may print only its totals): the table's 合计.
	if gr.Named == tables.OneRowKey && p.Key != profile.KeyNamed && gr.Label == "" {
		r.Item = ItemGrandTotal
		return []Row{r}, out
	}

	// Named rows: find the side from the columns.
	sides := map[Side]bool{}
	for id, c := range r.Cells {
		if !c.IsAbsent() {
			sides[sideOf(id)] = true
		}
	}
	if len(sides) > 1 {
		r.Ambiguous = true
		out = append(out, ruleParseRow.Finding(w, "figures of more than one side of the table under one label; kept as ambiguous"))
		return []Row{r}, out
	}
	for s := range sides {
		r.Side = s
	}
	if r.Side == SideMain && isTwoSided(t.Kind) && !hasFigures {
		// A label with no figure on a summary line: an income source or
		// a 类 printed blank. Guess the side from the label.
		if it := itemOf(SideIncome, gr.Label); it != 0 {
			r.Side, r.Item = SideIncome, it
			return []Row{r}, out
		}
		if it := itemOf(SideExpenditure, gr.Label); it != 0 {
			r.Side, r.Item = SideExpenditure, it
			return []Row{r}, out
		}
		r.Side = SideExpenditure
	}
	if r.Item = itemOf(r.Side, gr.Label); r.Item != 0 {
		return []Row{r}, out
	}
	if r.Side == SideExpenditure {
		if c, ok := classByName(functions, gr.Label); ok {
			r.Function = c
			return []Row{r}, out
		}
		if hasFigures {
			out = append(out, ruleParseClass.Finding(w,
				"支出 line %q names no 类 of the catalog; counted among the 类 rows, not compared across tables", gr.Label))
		}
		return []Row{r}, out
	}
	if t.Kind == KindIncome && p.Key == profile.KeyLabel {
		// Income sources by label: 收入总计, 事业收入, … known by name,
		// the funds' 小计 and their items as printed.
		r.Item = itemOf(SideIncome, gr.Label)
		return []Row{r}, out
	}
	if t.Kind == KindThreePublic || t.Kind == KindProcurement {
		return []Row{r}, out // rows of these tables are named freely (the unit, the purchase)
	}
	if !hasFigures {
		return []Row{r}, out // a "无" line or a blank heading line
	}
	out = append(out, ruleParseRow.Finding(w, "row %q has figures but neither a code nor a known name", gr.Label))
	return []Row{r}, out
}

// isHeaderRow reports whether row i of a two-sided grid is a column
// header read as a row: it prints no figure, its label is a header of the
// profile's columns ("合计", "项目支出"), and no row before it prints one.
func isHeaderRow(g profile.Grid, i int) bool {
	for _, r := range g.Rows[:i+1] {
		for _, c := range r.Cells {
			if !c.IsAbsent() {
				return false
			}
		}
	}
	l := NormalizeLabel(g.Rows[i].Label)
	for _, c := range g.Profile.Columns {
		if slices.Contains(c.Headers, l) {
			return true
		}
	}
	return false
}

func isTwoSided(k TableKind) bool { return k == KindSummary || k == KindAppropriationSummary }

// classByName finds the 类 a summary line names ("一、公共安全支出").
func classByName(functions *classify.Catalog[classify.FunctionKind], label string) (classify.Function, bool) {
	if functions == nil {
		return classify.Function{}, false
	}
	name := NormalizeLabel(label)
	for _, n := range []string{name, name + "支出", strings.TrimSuffix(name, "支出")} {
		for _, e := range functions.FindByName(n) {
			if e.Code.Level() == classify.Class {
				return e.Code, true
			}
		}
	}
	return classify.Function{}, false
}
