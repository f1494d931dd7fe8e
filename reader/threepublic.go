package reader

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/reader/tables"
	"github.com/cnfiscal/fiscal/threepublic"
)

// ThreePublicProfile is the coverage profile ID of the 财政拨款“三公”经费支出
// 决算表.
const ThreePublicProfile = "final.three-public"

// The items of the "三公" table, each printed for 预算数 and for 决算数.
type tpItem uint8

const (
	tpTotal     tpItem = iota // 合计
	tpAbroad                  // 因公出国（境）费
	tpVehicles                // 公务用车购置及运行费 小计
	tpPurchase                // 公务用车购置费
	tpOperation               // 公务用车运行维护费
	tpReception               // 公务接待费
	tpMeeting                 // 会议费, beside the "三公" in some provinces' table
	tpTraining                // 培训费, likewise
	tpItemCount
)

// tpExtra reports whether an item is one some provinces print beside the
// "三公" (会议费, 培训费): read to place the figures, in no sum, not kept.
func (it tpItem) tpExtra() bool { return it >= tpMeeting }

// The national template's order of the items.
var tpStandard = []tpItem{tpTotal, tpAbroad, tpVehicles, tpPurchase, tpOperation, tpReception}

const (
	tpBudget = 0 // 预算数
	tpActual = 1 // 决算数
)

// tpSlot is one printed column of the table: an item of a side.
type tpSlot struct {
	side int
	item tpItem
	x    int // display column of the centre of its header in aligned text, or -1
}

// tpLabel identifies a folded header or label: an item, a side, an item
// group ("公务用车购置及运行费" spanning its 小计, 购置费 and 运行费), or an
// item this reader does not model (外事接待, 国内接待: parts of 公务接待费
// whose columns it cannot place).
type tpLabel struct {
	item    tpItem
	isItem  bool
	group   bool
	side    int
	isSide  bool
	unmodel bool
}

func tpIdentify(s string) (tpLabel, bool) {
	switch {
	case s == "":
		return tpLabel{}, false
	case strings.Contains(s, "外事接待"), strings.Contains(s, "外宾接待"), strings.Contains(s, "国内接待"), strings.Contains(s, "国内公务接待"):
		return tpLabel{unmodel: true}, true
	case strings.Contains(s, "会议费") && !strings.Contains(s, "三公"):
		return tpLabel{item: tpMeeting, isItem: true}, true
	case strings.Contains(s, "培训费") && !strings.Contains(s, "三公"):
		return tpLabel{item: tpTraining, isItem: true}, true
	case strings.Contains(s, "因公出国"):
		return tpLabel{item: tpAbroad, isItem: true}, true
	case strings.Contains(s, "购置及运行"), strings.Contains(s, "购置和运行"), strings.HasSuffix(s, "公务用车费"):
		// "公务用车购置及运行费小计" is the column itself; alone, the
		// heading over its 小计, 购置费 and 运行费 (or, as a row label, the
		// 小计 row).
		return tpLabel{item: tpVehicles, isItem: true, group: !strings.HasSuffix(s, "小计")}, true
	case strings.Contains(s, "购置"):
		return tpLabel{item: tpPurchase, isItem: true}, true
	case strings.Contains(s, "运行"):
		return tpLabel{item: tpOperation, isItem: true}, true
	case strings.Contains(s, "接待"):
		return tpLabel{item: tpReception, isItem: true}, true
	case s == "小计":
		return tpLabel{item: tpVehicles, isItem: true}, true
	case s == "合计", s == "总计", strings.HasSuffix(s, "合计") && (len([]rune(s)) <= 6 || strings.Contains(s, "三公")):
		// "合计", "支出合计", or "一、“三公”经费合计" over rows of 会议费
		// and 培训费 beside it.
		return tpLabel{item: tpTotal, isItem: true}, true
	case strings.Contains(s, "预算"):
		return tpLabel{side: tpBudget, isSide: true}, true
	case strings.Contains(s, "决算"), s == "实际支出", s == "支出数":
		return tpLabel{side: tpActual, isSide: true}, true
	}
	return tpLabel{}, false
}

// tpField is one figure or printed blank of the table, with its line.
type tpField struct {
	text  string
	blank bool
	line  int
	x     int // display column of its centre in aligned text, or -1
}

// tpGroup is a run of slots printed together (the table's one data row, or
// one labelled row) and the fields printed in it, in order. Fewer fields
// than slots means blank cells were dropped: where they were is decided by
// the table's identities.
type tpGroup struct {
	slots  []tpSlot
	fields []tpField
}

// ThreePublicTable reads the 财政拨款“三公”经费支出决算表 from lines of any
// extraction: one data row of twelve columns in either order (预算数 then
// 决算数 for every item, or every item for 预算数 and then for 决算数),
// items as rows, or 预算数 and 决算数 as rows. The order comes from the
// headers; when blank cells were dropped, the figures are placed by the
// table's identities (合计 = 因公出国 + 公务用车 + 公务接待; 小计 = 购置 +
// 运行, for both sides), and the table is read only when exactly one
// placement fits. Columns or rows of 会议费 and 培训费 printed beside the
// "三公" (Shaanxi's "“三公”经费及会议费、培训费支出决算表") place the
// figures and are not kept; such a table is read only when the "三公"
// sums hold, for its 合计 may include them. The table is nil when it is not found or not read; the
// coverage says which and why.
func ThreePublicTable(lines []tables.Line) (*threepublic.Table, TableCoverage) {
	return ThreePublicTableWith(lines, nil)
}

// basicItems are the 经济分类 款 of the 一般公共预算财政拨款基本支出决算表 that
// hold part of each "三公" item's 决算数.
var basicItems = map[tpItem][]string{
	tpAbroad: {"30212"}, tpReception: {"30217"}, tpOperation: {"30231"}, tpPurchase: {"31013", "30913"},
}

// ThreePublicTableWith is ThreePublicTable with the 基本支出 table read
// from the same report as evidence: where the sums fit the figures in more
// than one placement (1.71 under 因公出国 or under 公务接待), the one whose
// 决算数 equal the 基本支出 items of the same money (30217 公务接待费 1.71)
// is taken when it is the only one. basic may be nil, and must be nil when
// it was not read with certainty.
func ThreePublicTableWith(lines []tables.Line, basic *accounts.Table) (*threepublic.Table, TableCoverage) {
	var evidence [tpItemCount]int64 // fen, 0 for none
	if basic != nil {
		for it, codes := range basicItems {
			for _, code := range codes {
				if c, err := classify.ParseEconomic(code); err == nil {
					if r, ok := basic.EconomicRow(c); ok {
						evidence[it] += r.Cell(accounts.ColAmount).OrZero().Fen()
					}
				}
			}
		}
	}
	cov := TableCoverage{Profile: ThreePublicProfile, Title: threepublic.TableTitle}
	start, end, title := tpFind(lines)
	if start < 0 {
		return nil, cov
	}
	cov.Found, cov.Title, cov.Line = true, title, lines[start].N
	t, rows, reason := tpRead(lines[start:end], title, evidence)
	if reason != "" {
		cov.Reason = reason
		return nil, cov
	}
	cov.Rows = rows
	return t, cov
}

// tpNextText is the folded text of the first line with text within two
// lines after line i and its index, or "".
func tpNextText(lines []tables.Line, i int) (string, int) {
	for j := i + 1; j < len(lines) && j <= i+2; j++ {
		if s := tables.WithoutLabels(tables.Fold(tpText(lines[j]))); s != "" {
			return s, j
		}
	}
	return "", -1
}

// tpFind returns the lines of the table: its title (the last line of a
// title wrapped over two) and what follows up to the next table or part,
// or -1, and the title as printed.
func tpFind(lines []tables.Line) (start, end int, title string) {
	start = -1
	best := -1
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		s := tables.WithoutLabels(tables.Fold(tpText(l)))
		printed, at := tpTitleText(l), i
		if strings.Contains(s, "三公") && !strings.HasSuffix(s, "表") && len([]rune(s)) <= 30 {
			// A title wrapped over two lines: "财政拨款“三公”" then
			// "经费支出决算表".
			if next, j := tpNextText(lines, i); next != "" && len([]rune(next)) <= 20 && strings.HasSuffix(next, "表") && !strings.ContainsAny(next, "0123456789") {
				s += next
				printed += tpTitleText(lines[j])
				at = j
			}
		}
		if !strings.Contains(s, "三公") || !strings.HasSuffix(s, "表") || strings.Contains(s, "说明") ||
			strings.Contains(s, "…") || strings.Contains(s, "...") || len([]rune(s)) > 40 {
			continue
		}
		// A contents entry is followed by other titles, not by headers:
		// the table is the title followed by its side headers. Of two
		// tables so found, the one titled as the 决算 table of 财政拨款 is
		// it (a "三公"经费支出明细表 or 情况表 some sets add is another).
		if tpHasHeaders(lines[at+1 : min(len(lines), at+30)]) {
			score := 0
			if strings.HasSuffix(s, "决算表") {
				score += 2
			}
			if strings.Contains(s, "财政拨款") {
				score++
			}
			if score >= best {
				start, best, title = at, score, printed
			}
		}
		i = at
	}
	if start < 0 {
		return -1, -1, ""
	}
	end = start + 1
	for ; end < len(lines) && end < start+80; end++ {
		s := tables.Fold(tpText(lines[end]))
		if tpTitleLike(s) || len([]rune(s)) <= 40 && (strings.Contains(s, "情况说明") || strings.HasPrefix(s, "第") && strings.Contains(s, "部分")) {
			break
		}
	}
	return start, end, title
}

// tpTitleLike reports whether folded text looks like a table's title (not
// a table number such as "公开09表").
func tpTitleLike(s string) bool {
	return strings.HasSuffix(s, "表") && len([]rune(s)) <= 40 && (strings.Contains(s, "决算") || strings.Contains(s, "预算"))
}

// tpTitleText is a title line as printed: its cells run together.
func tpTitleText(l tables.Line) string {
	if l.Cells != nil {
		return strings.TrimSpace(strings.Join(l.Cells, ""))
	}
	return strings.TrimSpace(l.Text)
}

func tpText(l tables.Line) string {
	if l.Cells != nil {
		return strings.Join(l.Cells, " ")
	}
	return l.Text
}

// tpHasHeaders reports whether the lines print 预算数 and 决算数 headers
// before any other table's title.
func tpHasHeaders(ls []tables.Line) bool {
	var budget, actual bool
	for _, l := range ls {
		if tpTitleLike(tables.Fold(tpText(l))) {
			return false
		}
		for _, f := range tables.Fields(l) {
			if lb, ok := tpIdentify(tables.Fold(f.Text)); ok && lb.isSide {
				budget = budget || lb.side == tpBudget
				actual = actual || lb.side == tpActual
			}
		}
		if budget && actual {
			return true
		}
	}
	return false
}

// tpHeader is a header label with its position in reading order and its
// display column (-1 when unknown).
type tpHeader struct {
	label tpLabel
	order int
	x     int
}

func tpRead(ls []tables.Line, title string, evidence [tpItemCount]int64) (*threepublic.Table, int, string) {
	unit := fiscal.Unit(0)
	for i, l := range ls {
		if i > 8 {
			break
		}
		if u, ok := tables.UnitOf(tpText(l)); ok {
			unit = u
			break
		}
	}
	if !unit.Valid() {
		unit = fiscal.WanYuan
	}
	aligned := tables.IsAligned(ls)
	var heads []tpHeader
	var groups []tpGroup
	var itemRows, sideRows []tpGroup
	var rowItems []tpItem
	var rowSides []int
	var loose []tpField
	explicit, looseLines := true, 0 // the data row's cells given by the format (a workbook drops trailing empty cells)
	counter := 1                    // the next column number of a 栏次 row ("1 2 3 … 12")
	figures := false
	empty := ""
	var setAside []string // the labels of rows of items not modelled
	for _, l := range ls[1:] {
		fs := tables.Fields(l)
		if tpNote(fs) {
			break
		}
		if tables.IsEmptyStatement(tpText(l)) {
			empty = strings.TrimSpace(tpText(l))
			continue
		}
		var lead *tpLabel
		var vals []tpField
		for j, f := range fs {
			switch {
			case f.Figure || f.Blank:
				if !figures && !f.Blank && !strings.Contains(f.Text, ".") && f.Text == fmt.Sprint(counter) {
					counter++ // a column number
					continue
				}
				figures = figures || !f.Blank
				vals = append(vals, tpField{text: f.Text, blank: f.Blank, line: l.N, x: centre(f, aligned)})
			default:
				lb, ok := tpIdentify(tables.Fold(f.Text))
				if !ok {
					continue
				}
				if j == 0 && lead == nil {
					lead = &lb
				}
				if lb.unmodel && lead != &lb {
					return nil, 0, "its columns include items this reader does not model (" + f.Text + ")"
				}
				if !figures {
					heads = append(heads, tpHeader{label: lb, order: len(heads), x: centre(f, aligned)})
				}
			}
		}
		if !slices.ContainsFunc(vals, func(f tpField) bool { return !f.blank }) {
			continue // headers, or a line of empty cells
		}
		switch {
		case lead != nil && lead.unmodel:
			// A row of an item the table adds beside the "三公" (会议费,
			// 培训费, or a part of 公务接待费): set aside.
			setAside = append(setAside, strings.TrimSpace(fs[0].Text))
		case lead != nil && lead.isItem:
			itemRows = append(itemRows, tpGroup{fields: vals})
			rowItems = append(rowItems, lead.item)
		case lead != nil && lead.isSide:
			sideRows = append(sideRows, tpGroup{fields: vals})
			rowSides = append(rowSides, lead.side)
		default:
			loose = append(loose, vals...)
			explicit = explicit && l.Cells != nil
			looseLines++
		}
	}
	if len(loose)+len(itemRows)+len(sideRows) == 0 && empty != "" {
		// "本部门无“三公”经费支出，故本表为空表": every figure is 0.
		return &threepublic.Table{Title: title, Unit: unit, Decimals: 2, EmptyStatement: empty}, 0, ""
	}
	if len(loose)+len(itemRows)+len(sideRows) == 0 {
		return nil, 0, "no figures were found under its headers"
	}
	sides, items := tpOrders(heads, aligned)
	extras := slices.ContainsFunc(items, tpItem.tpExtra) || slices.ContainsFunc(rowItems, tpItem.tpExtra)
	if len(itemRows) == 0 && len(items)-tpCountExtras(items) != len(tpStandard) {
		return nil, 0, "its columns are not the six items of the national template (合计, 因公出国（境）费, 公务用车购置及运行费 with 购置费 and 运行费, 公务接待费)"
	}
	switch {
	case len(itemRows) > 0 && len(sideRows) == 0 && len(loose) == 0:
		seen := map[tpItem]bool{}
		for _, it := range rowItems {
			if seen[it] {
				return nil, 0, "an item is printed on two rows"
			}
			seen[it] = true
		}
		for i := range itemRows {
			for _, s := range sides {
				itemRows[i].slots = append(itemRows[i].slots, tpSlot{side: s, item: rowItems[i]})
			}
		}
		groups = itemRows
		tpPlace(groups, heads, func(h tpLabel) bool { return h.isSide }, func(sl tpSlot, h tpLabel) bool { return h.side == sl.side })
	case len(sideRows) > 0 && len(itemRows) == 0 && len(loose) == 0:
		for i := range sideRows {
			for _, it := range items {
				sideRows[i].slots = append(sideRows[i].slots, tpSlot{side: rowSides[i], item: it})
			}
		}
		groups = sideRows
		tpPlace(groups, heads, func(h tpLabel) bool { return h.isItem && !h.group }, func(sl tpSlot, h tpLabel) bool { return h.item == sl.item })
	case len(loose) > 0 && len(itemRows) == 0 && len(sideRows) == 0:
		groups = []tpGroup{{fields: loose}}
	default:
		return nil, 0, "its rows could not be told apart"
	}
	if len(setAside) > 0 && (len(itemRows) == 0 || len(loose)+len(sideRows) > 0) {
		return nil, 0, "its rows include items this reader does not model (" + strings.Join(setAside, ", ") + ")"
	}
	// Items beside the "三公" (rows set aside, 会议费 and 培训费): the
	// table is read only when the "三公" sums hold, never as printed, for
	// its 合计 may include them.
	besides := setAside
	if extras {
		besides = append(besides, "会议费/培训费")
	}
	full := len(besides) == 0
	for _, g := range groups {
		full = full && len(g.fields) == len(g.slots)
	}
	var fits []*threepublic.Table
	if len(groups) == 1 && len(loose) > 0 {
		// One data row: the column order from the headers first, then the
		// other order a report may use.
		orders := tpColumnOrders(heads, sides, items)
		if explicit && looseLines == 1 {
			for len(groups[0].fields) < len(orders[0]) {
				groups[0].fields = append(groups[0].fields, tpField{blank: true, line: groups[0].fields[0].line, x: -1})
			}
			loose = groups[0].fields
		}
		for i, slots := range orders {
			groups[0].slots = slots
			if i == 0 {
				// The headers' order: where the headers of the columns
				// stand, one a column, says where each column is.
				tpPlaceInOrder(slots, heads)
			}
			if fits = tpFits(groups, unit, false); len(fits) > 0 {
				break
			}
		}
		full = len(besides) == 0 && len(loose) == len(orders[0])
		if len(fits) == 0 && full {
			// Every cell printed, in the headers' order, and the sums do
			// not hold: read as printed, for the checks to say so.
			groups[0].slots = orders[0]
			fits = tpFits(groups, unit, true)
		}
	} else {
		fits = tpFits(groups, unit, false)
		if len(fits) == 0 && full {
			fits = tpFits(groups, unit, true)
		}
	}
	if len(fits) == 0 && len(besides) > 0 {
		return nil, 0, "no placement of its figures satisfies the \"三公\" sums without the items beside them (" + strings.Join(besides, ", ") + "), which its 合计 may include"
	}
	if len(fits) > 1 {
		fits = byEvidence(fits, evidence)
	}
	switch len(fits) {
	case 0:
		return nil, 0, "no placement of its figures in its columns satisfies the table's sums"
	case 1:
	default:
		return nil, 0, "its figures fit more than one placement in its columns"
	}
	t := fits[0]
	t.Title = title
	t.Line = groups[0].fields[0].line
	return t, len(groups), ""
}

// byEvidence keeps, of several placements, the one whose 决算数 match most
// of the 基本支出 items of the same money, when it is the only one with
// that many and matches at least one.
func byEvidence(fits []*threepublic.Table, evidence [tpItemCount]int64) []*threepublic.Table {
	best, bestN, tie := -1, 0, false
	for i, t := range fits {
		a := t.Actual
		got := [tpItemCount]int64{tpAbroad: a.Abroad.OrZero().Fen(), tpReception: a.Reception.OrZero().Fen(),
			tpOperation: a.VehicleOperation.OrZero().Fen(), tpPurchase: a.VehiclePurchase.OrZero().Fen()}
		n := 0
		for it, v := range evidence {
			if v != 0 && got[it] == v {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = i, n, false
		case n == bestN:
			tie = true
		}
	}
	if bestN == 0 || tie {
		return fits
	}
	return fits[best : best+1]
}

// tpCountExtras is the number of items beside the "三公" in items.
func tpCountExtras(items []tpItem) int {
	n := 0
	for _, it := range items {
		if it.tpExtra() {
			n++
		}
	}
	return n
}

// tpNote reports whether a line is the note under the table ("注：…").
func tpNote(fs []tables.Field) bool {
	if len(fs) == 0 {
		return false
	}
	s := tables.Fold(fs[0].Text)
	return strings.HasPrefix(s, "注") || strings.HasPrefix(s, "说明")
}

// tpOrders returns the sides and items in the order the headers print
// them: by display column in aligned text (where a two-level header's
// lines mix the levels), else by first appearance. Items the headers do not
// name are left out, unless the headers name none (a table of labelled
// rows), which gives the national order.
func tpOrders(heads []tpHeader, aligned bool) (sides []int, items []tpItem) {
	hs := slices.Clone(heads)
	if aligned {
		slices.SortStableFunc(hs, func(a, b tpHeader) int {
			if a.x < 0 || b.x < 0 {
				return a.order - b.order
			}
			return a.x - b.x
		})
	}
	// The 公务用车 columns (小计, 购置费, 运行费) stand where their heading
	// stands among the other items, in the order their own headers print.
	var top, subs []tpItem
	groupAt := -1
	for _, h := range hs {
		switch {
		case h.label.isSide:
			if !slices.Contains(sides, h.label.side) {
				sides = append(sides, h.label.side)
			}
		case h.label.group:
			if groupAt < 0 {
				groupAt = len(top)
			}
		case h.label.isItem:
			it := h.label.item
			if it == tpVehicles || it == tpPurchase || it == tpOperation {
				if groupAt < 0 {
					groupAt = len(top)
				}
				if !slices.Contains(subs, it) {
					subs = append(subs, it)
				}
			} else if !slices.Contains(top, it) {
				top = append(top, it)
			}
		}
	}
	if len(sides) < 2 {
		sides = []int{tpBudget, tpActual}
	}
	if groupAt >= 0 && len(subs) == 0 {
		subs = []tpItem{tpVehicles}
	}
	if groupAt >= 0 {
		items = slices.Concat(top[:groupAt], subs, top[groupAt:])
	} else {
		items = top
	}
	if len(items) == 0 {
		items = slices.Clone(tpStandard)
	}
	return sides, items
}

// tpColumnOrders returns the column orders to try for a one-row table:
// the order its headers print (item-major when each item carries its own
// 预算数 and 决算数, side-major otherwise), then the other one.
func tpColumnOrders(heads []tpHeader, sides []int, items []tpItem) [][]tpSlot {
	sideHeads := 0
	for _, h := range heads {
		if h.label.isSide {
			sideHeads++
		}
	}
	itemMajor := make([]tpSlot, 0, len(sides)*len(items))
	for _, it := range items {
		for _, s := range sides {
			itemMajor = append(itemMajor, tpSlot{side: s, item: it})
		}
	}
	sideMajor := make([]tpSlot, 0, len(sides)*len(items))
	for _, s := range sides {
		for _, it := range items {
			sideMajor = append(sideMajor, tpSlot{side: s, item: it})
		}
	}
	if sideHeads > len(sides) {
		return [][]tpSlot{itemMajor, sideMajor}
	}
	return [][]tpSlot{sideMajor, itemMajor}
}

// tpFits returns the distinct tables, one per placement of the groups'
// fields in their slots (keeping their order) that satisfies the table's
// sums: exactly, or else within one unit of the last printed decimal.
func tpFits(groups []tpGroup, unit fiscal.Unit, asPrinted bool) []*threepublic.Table {
	type cand struct {
		cells [2][tpItemCount]fiscal.Cell
		dec   int
		cost  int // display columns between figures and their columns' headers, or -1
	}
	// Every group's placements.
	per := make([][][]int, len(groups))
	dec := 0
	parsed := make([][]fiscal.Cell, len(groups))
	for gi, g := range groups {
		if len(g.fields) > len(g.slots) {
			return nil
		}
		for _, f := range g.fields {
			c, err := fiscal.ParseCell(f.text, unit)
			if err != nil {
				return nil
			}
			if a := c.OrZero().Fen(); a > maxFen || a < -maxFen {
				return nil
			}
			parsed[gi] = append(parsed[gi], c)
			if _, frac, ok := strings.Cut(f.text, "."); ok {
				dec = max(dec, len(frac))
			}
		}
		per[gi] = placements(len(g.slots), len(g.fields))
		if len(per[gi]) > 5000 {
			return nil
		}
	}
	var exact, near []cand
	seen := map[[2][tpItemCount]fiscal.Cell]bool{}
	idx := make([]int, len(groups))
	for {
		var c cand
		c.dec = dec
		for gi, g := range groups {
			for fi, si := range per[gi][idx[gi]] {
				s := g.slots[si]
				c.cells[s.side][s.item] = parsed[gi][fi]
				if fx := g.fields[fi].x; c.cost >= 0 && fx >= 0 && s.x >= 0 {
					c.cost += abs(fx - s.x)
				} else {
					c.cost = -1
				}
			}
		}
		if !seen[c.cells] {
			seen[c.cells] = true
			switch sums := tpSums(c.cells, unit, dec); {
			case asPrinted, sums == 0:
				exact = append(exact, c)
			case sums == 1:
				near = append(near, c)
			}
		}
		// Next combination.
		gi := 0
		for ; gi < len(groups); gi++ {
			idx[gi]++
			if idx[gi] < len(per[gi]) {
				break
			}
			idx[gi] = 0
		}
		if gi == len(groups) {
			break
		}
	}
	use := exact
	if len(use) == 0 {
		use = near
	}
	if len(use) > 1 && use[0].cost >= 0 {
		// Aligned text: the placement whose figures stand under their
		// columns' headers, when clearly nearer than any other.
		slices.SortStableFunc(use, func(a, b cand) int { return a.cost - b.cost })
		if use[1].cost-use[0].cost >= minLead {
			use = use[:1]
		}
	}
	out := make([]*threepublic.Table, 0, len(use))
	for _, c := range use {
		col := func(s int) threepublic.Figures {
			v := c.cells[s]
			return threepublic.Figures{Total: v[tpTotal], Abroad: v[tpAbroad], Vehicles: v[tpVehicles],
				VehiclePurchase: v[tpPurchase], VehicleOperation: v[tpOperation], Reception: v[tpReception]}
		}
		out = append(out, &threepublic.Table{Unit: unit, Decimals: c.dec, Budget: col(tpBudget), Actual: col(tpActual)})
	}
	return out
}

// maxFen bounds the figures the table's sums add (10¹³ 元), so that they
// cannot overflow.
const maxFen = 1_000_000_000_000_000

// tpSums checks both sides' sums (a blank cell is 0): 0 when they hold exactly, 1 when within one unit of the
// last printed decimal, 2 otherwise.
func tpSums(cells [2][tpItemCount]fiscal.Cell, unit fiscal.Unit, dec int) int {
	tol := unit.Fen()
	for range dec {
		tol /= 10
	}
	worst := 0
	check := func(total int64, parts ...int64) {
		for _, p := range parts {
			total -= p
		}
		switch {
		case total == 0:
		case total <= tol && total >= -tol:
			worst = max(worst, 1)
		default:
			worst = 2
		}
	}
	for s := range 2 {
		var f [tpItemCount]int64
		for i, c := range cells[s] {
			f[i] = c.OrZero().Fen()
		}
		check(f[tpVehicles], f[tpPurchase], f[tpOperation])
		check(f[tpTotal], f[tpAbroad], f[tpVehicles], f[tpReception])
	}
	return worst
}

// minLead is how much nearer (in display columns) the figures of one
// placement must stand to their headers than those of any other for
// positions to decide between placements the sums cannot tell apart.
const minLead = 4

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// centre returns the display column of the middle of a field in aligned
// text, or -1.
func centre(f tables.Field, aligned bool) int {
	if !aligned || f.X < 0 {
		return -1
	}
	return f.X + f.Width/2
}

// tpPlace gives the slots of labelled rows the positions of their
// columns' headers (the headers that are columns: is), where each slot's
// header is printed once.
func tpPlace(groups []tpGroup, heads []tpHeader, is func(tpLabel) bool, of func(tpSlot, tpLabel) bool) {
	for gi := range groups {
		for si := range groups[gi].slots {
			sl := &groups[gi].slots[si]
			sl.x = -1
			n := 0
			for _, h := range heads {
				if is(h.label) && of(*sl, h.label) {
					n++
					sl.x = h.x
				}
			}
			if n != 1 {
				sl.x = -1
			}
		}
	}
}

// tpPlaceInOrder gives the slots of a one-row table positions: the
// headers of one kind (预算数/决算数, or the items) that are as many as the
// slots, in the order of their positions.
func tpPlaceInOrder(slots []tpSlot, heads []tpHeader) {
	for i := range slots {
		slots[i].x = -1
	}
	for _, side := range []bool{true, false} {
		var xs []int
		for _, h := range heads {
			if h.x >= 0 && (side && h.label.isSide || !side && h.label.isItem && !h.label.group) {
				xs = append(xs, h.x)
			}
		}
		if len(xs) == len(slots) {
			slices.Sort(xs)
			for i := range slots {
				slots[i].x = xs[i]
			}
			return
		}
	}
}

// placements returns every increasing choice of k of n positions.
func placements(n, k int) [][]int {
	var out [][]int
	cur := make([]int, 0, k)
	var rec func(from int)
	rec = func(from int) {
		if len(cur) == k {
			out = append(out, slices.Clone(cur))
			return
		}
		for i := from; i <= n-(k-len(cur)); i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(0)
	return out
}
