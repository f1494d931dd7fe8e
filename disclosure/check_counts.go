package disclosure

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/threepublic"
)

// Fields of [PartThreePublic] that the counts the "三公" narrative states
// point at (a [KindCount] statement's Of): 出国团组 and 人次, vehicles bought
// and held, 国内公务接待 and 外宾接待 批次 and 人次. They are not amounts and
// [Document.Resolve] does not resolve them; [Document.Check] pairs each
// with the amount the narrative states for the same item.
const (
	CountAbroadGroups      = "统计/因公出国（境）团组数" // 因公出国（境）团组 (个)
	CountAbroadPersons     = "统计/因公出国（境）人次"  // 因公出国（境）人次
	CountVehiclesPurchased = "统计/公务用车购置数"    // 购置（更新）公务用车 (辆)
	CountVehiclesHeld      = "统计/公务用车保有量"    // 公务用车保有量 (辆)
	CountReceptionBatches  = "统计/国内公务接待批次"   // 国内公务接待 批次 (团组)
	CountReceptionPersons  = "统计/国内公务接待人次"   // 国内公务接待 人次
	CountForeignBatches    = "统计/外宾接待批次"     // 外宾（外事）接待 批次
	CountForeignPersons    = "统计/外宾接待人次"     // 外宾（外事）接待 人次
)

// ruleCountAmount: a "三公" count and the amount of its item agree: no
// count without money, no money without a count.
var ruleCountAmount = fiscal.NewRule("disc.3p.count-amount",
	"A \"三公\" count the narrative states (出国团组/人次, 车辆购置数/保有量, 公务接待批次/人次) agrees with the amount it states for the same item: no count with an amount of 0, no amount with a count of 0",
	fiscal.ScopeNarrative, fiscal.SeverityWarning)

// countItem is the "三公" item a count field belongs to, and the statistic
// of [threepublic.Statistics] the parser reads for it.
type countItem struct {
	field string // the amount's field, under 决算数/
	part  string // "国内", "外宾" or "" (the whole item)
	stat  func(threepublic.Statistics) threepublic.Count
}

var countItems = map[string]countItem{
	CountAbroadGroups:      {threepublic.Abroad.String(), "", func(s threepublic.Statistics) threepublic.Count { return s.AbroadGroups }},
	CountAbroadPersons:     {threepublic.Abroad.String(), "", func(s threepublic.Statistics) threepublic.Count { return s.AbroadPersons }},
	CountVehiclesPurchased: {threepublic.VehiclePurchase.String(), "", func(s threepublic.Statistics) threepublic.Count { return s.VehiclesPurchased }},
	CountVehiclesHeld:      {threepublic.VehicleOperation.String(), "", func(s threepublic.Statistics) threepublic.Count { return s.VehiclesHeld }},
	CountReceptionBatches:  {threepublic.Reception.String(), "国内", func(s threepublic.Statistics) threepublic.Count { return s.ReceptionBatches }},
	CountReceptionPersons:  {threepublic.Reception.String(), "国内", func(s threepublic.Statistics) threepublic.Count { return s.ReceptionPersons }},
	CountForeignBatches:    {threepublic.Reception.String(), "外宾", func(s threepublic.Statistics) threepublic.Count { return s.ForeignBatches }},
	CountForeignPersons:    {threepublic.Reception.String(), "外宾", func(s threepublic.Statistics) threepublic.Count { return s.ForeignPersons }},
}

// CountFields lists the count fields of [PartThreePublic], in a fixed
// order.
func CountFields() []string {
	return []string{CountAbroadGroups, CountAbroadPersons, CountVehiclesPurchased, CountVehiclesHeld,
		CountReceptionBatches, CountReceptionPersons, CountForeignBatches, CountForeignPersons}
}

// Count reads a count statement's figure ("124人次", "０个") as a whole
// number.
func (s Statement) Count() (int64, error) {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s.Figure) {
		if r >= '０' && r <= '９' {
			r = r - '０' + '0'
		}
		if r < '0' || r > '9' {
			break
		}
		b.WriteRune(r)
	}
	n, err := strconv.ParseInt(b.String(), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("disclosure: count %q is not a whole number", s.Figure)
	}
	return n, nil
}

// checkCountAmounts pairs each "三公" count the narrative states with the
// amount it states for the same item, this year's 决算数 (rule
// disc.3p.count-amount): the nearest amount of that item printed before
// the count, or after it in the same paragraph. A count of the 国内 or 外宾
// part of 公务接待费 pairs with the amount of that part (国内 falls back on
// the whole 公务接待费 when no 外宾 amount but 0 is printed). A count with
// no amount of its item stated is not checked. A pair the "三公" table and
// the statistics the parser read already report (rule tp.statistics, the
// same figures) is not reported again. 公务用车运行维护费 with no vehicle
// held at the year's end is information only: vehicles disposed of during
// the year still cost money to run.
func (d *Document) checkCountAmounts() []fiscal.Finding {
	var out []fiscal.Finding
	for i := range d.Narrative {
		c := &d.Narrative[i] // a statement is large: not copied
		if c.Kind != KindCount || c.Of.Part != PartThreePublic {
			continue
		}
		it, ok := countItems[c.Of.Field]
		if !ok {
			continue
		}
		n, err := c.Count()
		if err != nil {
			continue
		}
		a, found := d.countAmount(c, it)
		if !found {
			continue
		}
		amt, _, err := a.Amount()
		if err != nil || amt.Sign() < 0 {
			continue
		}
		name := strings.TrimPrefix(c.Of.Field, "统计/")
		item := it.part + it.field
		if it.part != "" {
			item = it.part + "接待"
		}
		w := c.where()
		var f fiscal.Finding
		switch {
		case amt.IsZero() && n > 0:
			f = ruleCountAmount.Finding(w, "%s %d (line %d), but %s is %s (line %d): a count with no money spent", name, n, c.Line, item, a.Figure, a.Line)
		case !amt.IsZero() && n == 0:
			f = ruleCountAmount.Finding(w, "%s 0 (line %d), but %s is %s (line %d): money spent with nothing counted", name, c.Line, item, a.Figure, a.Line)
			if c.Of.Field == CountVehiclesHeld {
				f.Severity = fiscal.SeverityInfo
				f.Message += "; vehicles disposed of during the year may explain it"
			}
		default:
			continue
		}
		if d.statisticsReport(c, it, n, amt) {
			continue
		}
		f.Actual = fiscal.FigureFixed(decimal.NewFromInt(n), 0)
		out = append(out, f)
	}
	return out
}

// countAmount finds the amount statement of a count's item: the nearest
// printed before it (or after it in the same paragraph) under the same
// heading or before it.
func (d *Document) countAmount(c *Statement, it countItem) (*Statement, bool) {
	// The refs' strings looked for, spelled on the stack: PartRef(PartThreePublic,
	// "决算数/"+it.field).String(), and for vehicles' operation its other name.
	var wantBuf, altBuf [96]byte
	want := append(append(append(wantBuf[:0], PartThreePublic...), " 决算数/"...), it.field...)
	var alt []byte
	if it.field == threepublic.VehicleOperation.String() {
		alt = append(append(altBuf[:0], PartThreePublic...), " 决算数/公务用车运行费"...)
	}
	noTable := oneSpace(want) && (alt == nil || oneSpace(alt))
	var (
		best          *Statement
		found         bool
		foreignStated bool
		keyBuf        [128]byte
	)
	for i := range d.Narrative {
		s := &d.Narrative[i] // a statement is large: not copied
		if s.Kind != KindAmount || s.Word != "" || s.Line > c.Line {
			continue
		}
		of := &s.Of // a ref is large: not copied
		if len(of.Sum) > 0 {
			of = &of.Sum[0] // 外宾 = 公务接待费 − 国内
		}
		if !refSpells(of, want, alt, noTable, keyBuf[:0]) {
			continue
		}
		part := ""
		switch {
		case strings.Contains(s.Subject, "外宾") || strings.Contains(s.Subject, "外事"):
			part = "外宾"
			if a, _, err := s.Amount(); err == nil && !a.IsZero() {
				foreignStated = true
			}
		case strings.Contains(s.Subject, "国内"):
			part = "国内"
		}
		switch {
		case part == it.part:
		case it.part == "国内" && part == "":
			// the whole 公务接待费: a stand-in for 国内 while no 国内
			// figure is printed
			if found && strings.Contains(best.Subject, "国内") {
				continue
			}
		default:
			continue
		}
		if !found || s.Line >= best.Line {
			best, found = s, true
		}
	}
	if found && it.part == "国内" && !strings.Contains(best.Subject, "国内") && foreignStated {
		return nil, false // the whole includes 外宾接待
	}
	return best, found
}

// refSpells reports whether of.String() is want or (when alt is not
// nil) alt. A part's ref is compared by its fields (its string is of.Part,
// a space, of.Field); a table's ref, whose string holds two spaces at
// least, spells neither when noTable says that both hold one space; any
// other is spelled into buf and compared.
func refSpells(of *Ref, want, alt []byte, noTable bool, buf []byte) bool {
	switch {
	case of.Table != 0 && noTable:
		return false
	case of.Table == 0 && of.Part != "":
		return partSpells(of, want) || (alt != nil && partSpells(of, alt))
	}
	key := of.appendString(buf) // of.String(): compared, never kept
	return string(key) == string(want) || (alt != nil && string(key) == string(alt))
}

// partSpells reports whether the part's ref of spells s: of.Part, a
// space, of.Field.
func partSpells(of *Ref, s []byte) bool {
	return len(s) == len(of.Part)+1+len(of.Field) && string(s[:len(of.Part)]) == string(of.Part) &&
		s[len(of.Part)] == ' ' && string(s[len(of.Part)+1:]) == of.Field
}

// oneSpace reports whether s holds exactly one space.
func oneSpace(s []byte) bool { return bytes.Count(s, []byte(" ")) == 1 }

// statisticsReport reports whether rule tp.statistics already reports the
// pair: the "三公" table's amount of the item is 0 or not as the narrative's
// is, and the parser read the same count.
func (d *Document) statisticsReport(c *Statement, it countItem, n int64, narrated fiscal.Amount) bool {
	t := d.ThreePublic
	if t == nil {
		return false
	}
	if got, ok := it.stat(d.ThreePublicStatistics).Value(); !ok || got != n {
		return false
	}
	var cell fiscal.Cell
	e := t.Actual.Expenses()
	switch it.field {
	case threepublic.Abroad.String():
		cell = e.Abroad
	case threepublic.VehiclePurchase.String():
		cell = e.VehiclePurchase
	case threepublic.VehicleOperation.String():
		cell = e.VehicleOperation
		if n > 0 {
			return false // tp.statistics does not report vehicles held without money
		}
	default:
		if it.part == "外宾" {
			cell = d.ThreePublicStatistics.ForeignReception
			break
		}
		cell = e.Reception
		if fr, ok := d.ThreePublicStatistics.ForeignReception.Amount(); ok {
			if r, err := e.Reception.OrZero().Sub(fr); err == nil {
				cell = fiscal.Present(r)
			}
		}
	}
	if cell.IsAbsent() && it.part == "外宾" {
		return false
	}
	return cell.OrZero().IsZero() == narrated.IsZero()
}
