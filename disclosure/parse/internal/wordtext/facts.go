package wordtext

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/cnfiscal/fiscal/threepublic"
)

// The pieces of the narrative's regular expressions: a figure with its
// unit, a percentage, a count.
const (
	num  = `([0-9][0-9,，]*(?:[.．][0-9]+)?)`
	unit = `\s*(万元|亿元|元|万)`
	pct  = `([0-9][0-9]*(?:[.．][0-9]+)?\s*[%％])`
	cnt  = `\s*([0-9]+)\s*`
)

var digitFolder = strings.NewReplacer("０", "0", "１", "1", "２", "2", "３", "3", "４", "4", "５", "5", "６", "6", "７", "7", "８", "8", "９", "9")

// fold maps full-width digits to ASCII so that the patterns see one form.
func fold(s string) string {
	t := text.Trim(s)
	if !hasFullWidthDigit(t) {
		return t // nothing to fold: no replacer's copy
	}
	return digitFolder.Replace(t)
}

// hasFullWidthDigit reports whether s holds one of ０ … ９ (EF BC 90 … 99).
func hasFullWidthDigit(s string) bool {
	for {
		i := strings.Index(s, "\xef\xbc")
		if i < 0 || i+2 >= len(s) {
			return false
		}
		if c := s[i+2]; c >= 0x90 && c <= 0x99 {
			return true
		}
		s = s[i+2:]
	}
}

// factLines returns the paragraphs the facts are read from: the 情况说明,
// or every paragraph outside tables, 名词解释 and attachments when the
// report has no such part.
func (p *parser) factLines() []text.Line {
	if len(p.res.Narrative) > 0 {
		return p.res.Narrative
	}
	var out []text.Line
	for _, pt := range p.parts {
		if pt.kind == partGlossary || pt.kind == partAttachments {
			continue
		}
		for i := pt.start; i < pt.end; i++ {
			if !p.consumed[i] {
				out = append(out, p.lines[i])
			}
		}
	}
	return out
}

// readFacts reads the figures only the 情况说明 states.
func (p *parser) readFacts() {
	ls := p.factLines()
	p.readThreePublicStatistics(ls)
	p.readRunningCost(ls)
	p.readProcurement(ls)
	p.readAssets(ls)
}

// count reads a count matched by a pattern.
func (p *parser) count(s string, l text.Line) (threepublic.Count, bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		p.finding(ruleFigure.Finding(fiscal.Where{Part: "情况说明", Text: s, Line: l.N}, "count %q cannot be read: %v", s, err), 1)
		return threepublic.Count{}, false
	}
	return threepublic.CountOf(n), true
}

// amount reads a figure and its unit ("124.6", "万元").
func (p *parser) amount(n, u string, l text.Line) (fiscal.Cell, int, bool) {
	if u == "万" {
		u = "万元"
	}
	c, err := fiscal.ParseCell(n+u, fiscal.WanYuan)
	if err != nil || c.IsAbsent() {
		p.finding(ruleFigure.Finding(fiscal.Where{Part: "情况说明", Text: n + u, Line: l.N}, "figure %q cannot be read: %v", n+u, err), 1)
		return fiscal.Cell{}, 0, false
	}
	return c, decimalsOf(n), true
}

// percent reads a printed percentage.
func (p *parser) percent(s string, l text.Line) *fiscal.Percent {
	v, err := fiscal.ParsePercent(s)
	if err != nil {
		p.finding(ruleFigure.Finding(fiscal.Where{Part: "情况说明", Text: s, Line: l.N}, "percentage %q cannot be read: %v", s, err), 1)
		return nil
	}
	return &v
}

var (
	abroadStats    = regexp.MustCompile(`出国[（(]境[）)]团组` + cnt + `个\s*[，,、]?\s*(?:累计|共计|共)?` + cnt + `人次`)
	vehiclesBought = regexp.MustCompile(`(?:购置[（(]更新[）)]公务用车|购置公务用车|公务用车购置(?:数量?)?(?:为|是)?|更新公务用车)` + cnt + `辆`)
	vehiclesHeld   = regexp.MustCompile(`保有量(?:为|是)?` + cnt + `辆`)
	foreignAmount  = regexp.MustCompile(`(?:外宾|外事)接待(?:支出|费用?)?(?:为|是)?\s*` + num + unit)
	// receptionCounts matches "来访团组9个，接待人数124人次" and "12批次、80人次".
	receptionCounts = []*regexp.Regexp{
		regexp.MustCompile(`(?:团组|批次)` + cnt + `(?:个|批次|批)?\s*[，,、]\s*(?:接待人数|接待|累计|共计|共)?` + cnt + `人次`),
		regexp.MustCompile(cnt + `(?:批次|批|个团组)\s*[，,、]\s*(?:接待人数|接待|累计|共计|共)?` + cnt + `人次`),
	}
	foreignCounts = regexp.MustCompile(`接待外宾` + cnt + `(?:批次|批|个团组)\s*[，,、]\s*(?:共)?` + cnt + `人次`)
)

// readThreePublicStatistics reads the counts given with the "三公" figures:
// 团组 and 人次 abroad, vehicles bought and held, 接待 批次 and 人次 (外宾
// and 国内), and the 外宾接待 amount.
func (p *parser) readThreePublicStatistics(ls []text.Line) {
	st := &p.doc.ThreePublicStatistics
	for _, l := range ls {
		// fold trims the ends and folds digits: the words are in the
		// line exactly when they are in its fold.
		if text.IsCell(l) || !holdsStatisticsWord(l.Text) {
			continue
		}
		t := fold(l.Text)
		if m := abroadStats.FindStringSubmatch(t); m != nil && !isStated(st.AbroadGroups) {
			st.AbroadGroups, _ = p.count(m[1], l)
			st.AbroadPersons, _ = p.count(m[2], l)
		}
		if m := vehiclesBought.FindStringSubmatch(t); m != nil && !isStated(st.VehiclesPurchased) {
			st.VehiclesPurchased, _ = p.count(m[1], l)
		}
		if m := vehiclesHeld.FindStringSubmatch(t); m != nil && !isStated(st.VehiclesHeld) {
			st.VehiclesHeld, _ = p.count(m[1], l)
		}
		if m := foreignAmount.FindStringSubmatch(t); m != nil && st.ForeignReception.IsAbsent() {
			st.ForeignReception, _, _ = p.amount(m[1], m[2], l)
		}
		for _, m := range foreignCounts.FindAllStringSubmatch(t, -1) {
			if !isStated(st.ForeignBatches) {
				st.ForeignBatches, _ = p.count(m[1], l)
				st.ForeignPersons, _ = p.count(m[2], l)
			}
		}
		t = foreignCounts.ReplaceAllString(t, "")
		reception := strings.Index(t, "接待")
		foreignLead := startsForeign(t)
		for _, re := range receptionCounts {
			for _, ix := range re.FindAllStringSubmatchIndex(t, -1) {
				if reception < 0 || reception >= ix[1] || strings.Contains(t[max(0, ix[0]-12):ix[0]], "出国") {
					continue // not reception: 出国（境）团组 N 个、累计 M 人次
				}
				b, n := t[ix[2]:ix[3]], t[ix[4]:ix[5]]
				if foreignLead || containsAny(t[ix[0]:ix[1]], "外宾", "外事") {
					if !isStated(st.ForeignBatches) {
						st.ForeignBatches, _ = p.count(b, l)
						st.ForeignPersons, _ = p.count(n, l)
					}
				} else if !isStated(st.ReceptionBatches) {
					st.ReceptionBatches, _ = p.count(b, l)
					st.ReceptionPersons, _ = p.count(n, l)
				}
			}
		}
	}
}

// startsForeign reports whether a paragraph is about 外宾 (外事)
// reception ("外宾接待支出0万元，…共接待来访团组0个"): counts in it are of
// foreign guests unless the match itself says otherwise. A 外宾 amount in
// parentheses within the 国内 paragraph does not make it one.
func startsForeign(t string) bool {
	lead := stripNumbering(t)
	return strings.HasPrefix(lead, "外宾") || strings.HasPrefix(lead, "外事")
}

// holdsStatisticsWord is containsAny(s, "团组", "辆", "人次", "外宾",
// "外事") in one pass over the bytes of s: each word's first character
// begins with E4, E5 or E8, and only there are the words compared
// (TestStatisticsWordBytes). Every line of a report is asked.
func holdsStatisticsWord(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		switch s[i] {
		case 0xE4, 0xE5, 0xE8:
		default:
			continue
		}
		switch rest := s[i:]; rest[:3] {
		case "辆":
			return true
		case "团":
			if strings.HasPrefix(rest[3:], "组") {
				return true
			}
		case "人":
			if strings.HasPrefix(rest[3:], "次") {
				return true
			}
		case "外":
			if strings.HasPrefix(rest[3:], "宾") || strings.HasPrefix(rest[3:], "事") {
				return true
			}
		}
	}
	return false
}

// containsAny reports whether s contains any of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func isStated(c threepublic.Count) bool { _, ok := c.Value(); return ok }

var (
	runningCost   = regexp.MustCompile(`机关运行经费(?:支出|决算)*(?:总额|合计|共计)?(?:为|是|共计|合计)?[:：]?\s*` + num + unit)
	equalsPublic  = regexp.MustCompile(`与[^。]*公用经费[^。]*一致`)
	procTotal     = regexp.MustCompile(`政府采购(?:支出|合同)?(?:总额|总金额|金额)(?:[（(][^）)]*[）)])?\s*(?:为|是|共计|合计)?[:：]?\s*` + num + unit)
	procGoods     = regexp.MustCompile(`货物(?:采购)?(?:支出|采购金额|合同金额|金额)\s*(?:为|是)?[:：]?\s*` + num + unit)
	procWorks     = regexp.MustCompile(`工程(?:采购)?(?:支出|采购金额|合同金额|金额)\s*(?:为|是)?[:：]?\s*` + num + unit)
	procServices  = regexp.MustCompile(`服务(?:采购)?(?:支出|采购金额|合同金额|金额)\s*(?:为|是)?[:：]?\s*` + num + unit)
	procSME       = regexp.MustCompile(`(货物采购|工程采购|服务采购)?授予中小企业(?:的)?合同金额\s*(?:为|是|共计)?[:：]?\s*` + num + unit + `(?:[，,]?\s*占[^，,；;。%％]*?(?:总额|总金额)的?\s*` + pct + `)?`)
	procMicro     = regexp.MustCompile(`授予小微企业(?:的)?合同金额\s*(?:为|是|共计)?[:：]?\s*` + num + unit)
	microOfTotal  = regexp.MustCompile(`^[^；;。]*?占政府采购(?:支出)?(?:总额|总金额)的?\s*` + pct)
	microOfSME    = regexp.MustCompile(`^[^；;。]*?占授予中小企业合同(?:总)?金额的?\s*` + pct)
	kindSMEShare  = regexp.MustCompile(`(货物|工程|服务)采购授予中小企业合同金额(?:为?[:：]?\s*` + num + unit + `)?\s*[，,]?\s*占(?:货物|工程|服务)?(?:采购)?(?:支出)?(?:金额|总额)?的?\s*` + pct)
	reservedSME   = regexp.MustCompile(`面向中小企业预留政府采购项目预算金额\s*(?:为)?[:：]?\s*` + num + unit)
	reservedMicro = regexp.MustCompile(`面向小微企业预留政府采购项目预算金额\s*(?:为)?[:：]?\s*` + num + unit)
	smeWonRes     = regexp.MustCompile(`在面向中小企业预留的?政府采购项目中[，,]?\s*由中小企业供应商中标或成交的?[，,]?\s*采购金额\s*(?:为)?[:：]?\s*` + num + unit)
	microWonRes   = regexp.MustCompile(`在面向小微企业预留的?政府采购项目中[，,]?\s*由小微企业供应商中标或成交的?[，,]?\s*采购金额\s*(?:为)?[:：]?\s*` + num + unit)
	smeWonOther   = regexp.MustCompile(`在其他政府采购项目中[，,]?\s*由中小企业供应商中标或成交的?[，,]?\s*采购金额\s*(?:为)?[:：]?\s*` + num + unit)
)

// readRunningCost reads the 机关运行经费 amount, its printed decimals and
// whether the text says it equals the 公用经费 of 行政 and 参公 units.
func (p *parser) readRunningCost(ls []text.Line) {
	for _, l := range ls {
		if text.IsCell(l) || !strings.Contains(l.Text, "机关运行经费") {
			continue
		}
		t := fold(l.Text)
		m := runningCost.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		c, d, ok := p.amount(m[1], m[2], l)
		if !ok {
			continue
		}
		a, _ := c.Amount()
		p.doc.RunningCost = &disclosure.PrintedRunningCost{Amount: a, Decimals: d, ClaimsEqualsPublic: equalsPublic.MatchString(t), Line: l.N}
		return
	}
}

// paragraphsFrom returns the text of ls[i] and the paragraphs after it up
// to the next heading, joined, with the line each starts on.
func paragraphsFrom(ls []text.Line, i int) []text.Line {
	out := []text.Line{ls[i]}
	for _, l := range ls[i+1:] {
		if isHeading(l) || isPartHeading(l.Text) || len(out) >= 8 {
			break
		}
		if text.Trim(l.Text) != "" && !text.IsCell(l) {
			out = append(out, l)
		}
	}
	return out
}

// readProcurement reads the 政府采购 paragraph: the total and its kinds,
// the contracts awarded to SMEs and micro firms with the shares printed,
// and the reservations of Shanghai-style reports.
func (p *parser) readProcurement(ls []text.Line) {
	start := -1
	for i, l := range ls {
		if !text.IsCell(l) && strings.Contains(l.Text, "政府采购") && procTotal.MatchString(fold(l.Text)) {
			start = i
			break
		}
	}
	if start < 0 {
		return
	}
	s := &procurementReader{p: p}
	for _, l := range paragraphsFrom(ls, start) {
		s.read(l)
	}
	if !s.total {
		return
	}
	s.sum.Unit = fiscal.WanYuan
	s.sum.Decimals = s.dec
	if s.res != (procurement.Reservation{}) {
		res := s.res
		s.sum.Reserved = &res
	}
	p.doc.Procurement = &s.sum
}

// procurementReader collects the 政府采购 figures over a few paragraphs.
type procurementReader struct {
	p     *parser
	sum   procurement.Summary
	res   procurement.Reservation
	dec   int
	total bool
}

// set reads a figure into c unless already read.
func (r *procurementReader) set(c *fiscal.Cell, m []string, i int, l text.Line) {
	if m == nil || !c.IsAbsent() || m[i] == "" {
		return
	}
	v, d, ok := r.p.amount(m[i], m[i+1], l)
	if ok {
		*c = v
		r.dec = max(r.dec, d)
	}
}

// share reads a percentage into *dst unless already read.
func (r *procurementReader) share(dst **fiscal.Percent, s string, l text.Line) {
	if *dst == nil && s != "" {
		*dst = r.p.percent(s, l)
	}
}

func (r *procurementReader) read(l text.Line) {
	t := fold(l.Text)
	if m := procTotal.FindStringSubmatch(t); m != nil && !r.total {
		r.set(&r.sum.Total, m, 1, l)
		r.total = !r.sum.Total.IsAbsent()
	}
	r.set(&r.sum.Goods, procGoods.FindStringSubmatch(t), 1, l)
	r.set(&r.sum.Works, procWorks.FindStringSubmatch(t), 1, l)
	r.set(&r.sum.Services, procServices.FindStringSubmatch(t), 1, l)
	for _, m := range procSME.FindAllStringSubmatch(t, -1) {
		switch m[1] {
		case "货物采购":
			r.set(&r.sum.GoodsSME, m, 2, l)
		case "工程采购":
			r.set(&r.sum.WorksSME, m, 2, l)
		case "服务采购":
			r.set(&r.sum.ServicesSME, m, 2, l)
		default:
			if r.sum.SME.IsAbsent() {
				r.set(&r.sum.SME, m, 2, l)
				r.share(&r.sum.SMEShare, m[4], l)
			}
		}
	}
	if ix := procMicro.FindStringSubmatchIndex(t); ix != nil && r.sum.Micro.IsAbsent() {
		r.set(&r.sum.Micro, []string{"", t[ix[2]:ix[3]], t[ix[4]:ix[5]]}, 1, l)
		rest := t[ix[1]:]
		if m := microOfTotal.FindStringSubmatch(rest); m != nil {
			r.share(&r.sum.MicroShareOfTotal, m[1], l)
		}
		if m := microOfSME.FindStringSubmatch(rest); m != nil {
			r.share(&r.sum.MicroShareOfSME, m[1], l)
		}
	}
	for _, m := range kindSMEShare.FindAllStringSubmatch(t, -1) {
		switch m[1] {
		case "货物":
			r.share(&r.sum.GoodsSMEShare, m[4], l)
			r.set(&r.sum.GoodsSME, m, 2, l)
		case "工程":
			r.share(&r.sum.WorksSMEShare, m[4], l)
			r.set(&r.sum.WorksSME, m, 2, l)
		case "服务":
			r.share(&r.sum.ServicesSMEShare, m[4], l)
			r.set(&r.sum.ServicesSME, m, 2, l)
		}
	}
	r.set(&r.res.ReservedSME, reservedSME.FindStringSubmatch(t), 1, l)
	r.set(&r.res.ReservedMicro, reservedMicro.FindStringSubmatch(t), 1, l)
	r.set(&r.res.SMEWonReserved, smeWonRes.FindStringSubmatch(t), 1, l)
	r.set(&r.res.MicroWonReserved, microWonRes.FindStringSubmatch(t), 1, l)
	r.set(&r.res.SMEWonOther, smeWonOther.FindStringSubmatch(t), 1, l)
}

var (
	vehiclesTotal   = regexp.MustCompile(`共有车辆` + cnt + `辆`)
	vehicleCategory = regexp.MustCompile(`([^\s，,、：:；;。（）()0-9]+?用车)` + cnt + `辆`)
	equipment       = regexp.MustCompile(`(?:单位价值|单价)\s*100\s*万元\s*[（(]含[）)]\s*以上[^0-9。；;]*?` + cnt + `台`)
)

// readAssets reads the 国有资产占用 paragraph: 共有车辆 and each category, in
// printed order, and the equipment of 100万元 or more.
func (p *parser) readAssets(ls []text.Line) {
	for i, l := range ls {
		if text.IsCell(l) || !strings.Contains(l.Text, "共有车辆") {
			continue
		}
		t := fold(l.Text)
		ix := vehiclesTotal.FindStringSubmatchIndex(t)
		if ix == nil {
			continue
		}
		a := &disclosure.Assets{Line: l.N}
		if c, ok := p.count(t[ix[2]:ix[3]], l); ok {
			a.Vehicles = append(a.Vehicles, disclosure.VehicleCount{Category: "共有车辆", Count: c})
		}
		for _, m := range vehicleCategory.FindAllStringSubmatch(t[ix[1]:], -1) {
			cat := strings.TrimPrefix(m[1], "其中")
			if c, ok := p.count(m[2], l); ok && cat != "" {
				a.Vehicles = append(a.Vehicles, disclosure.VehicleCount{Category: cat, Count: c})
			}
		}
		for _, pl := range paragraphsFrom(ls, i) {
			if m := equipment.FindStringSubmatch(fold(pl.Text)); m != nil {
				a.Equipment, _ = p.count(m[1], pl)
				break
			}
		}
		p.doc.Assets = a
		return
	}
}
