package layout

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/cnfiscal/fiscal/threepublic"
)

// amt matches an amount in 万元 as the narrative prints it, or a
// template placeholder (XXX).
const amt = `\s*([0-9][0-9,]*(?:\.[0-9]+)?|[XＸ]+)\s*万元`

// cnt matches a count, or a placeholder.
const cnt = `\s*([0-9]+|[XＸ]+)\s*`

type amountFact struct {
	re   *regexp.Regexp
	cell func(*procurement.Summary) *fiscal.Cell
	what string
}

var procurementFacts = []amountFact{
	{regexp.MustCompile(`政府采购(?:支出)?(?:总额|金额)[^0-9XＸ，。；]{0,20}?(?:为|共计|合计)?[:：]?` + amt), func(s *procurement.Summary) *fiscal.Cell { return &s.Total }, "政府采购支出总额"},
	{regexp.MustCompile(`货物(?:类)?(?:采购)?(?:支出)?(?:金额)?(?:为)?[:：]?` + amt), func(s *procurement.Summary) *fiscal.Cell { return &s.Goods }, "货物"},
	{regexp.MustCompile(`工程(?:类)?(?:采购)?(?:支出)?(?:金额)?(?:为)?[:：]?` + amt), func(s *procurement.Summary) *fiscal.Cell { return &s.Works }, "工程"},
	{regexp.MustCompile(`服务(?:类)?(?:采购)?(?:支出)?(?:金额)?(?:为)?[:：]?` + amt), func(s *procurement.Summary) *fiscal.Cell { return &s.Services }, "服务"},
	{regexp.MustCompile(`授予中小企业合同金额(?:为)?[:：]?` + amt), func(s *procurement.Summary) *fiscal.Cell { return &s.SME }, "授予中小企业合同金额"},
	{regexp.MustCompile(`授予小微企业合同金额(?:为)?[:：]?` + amt), func(s *procurement.Summary) *fiscal.Cell { return &s.Micro }, "授予小微企业合同金额"},
}

var reservationFacts = []struct {
	re   *regexp.Regexp
	cell func(*procurement.Reservation) *fiscal.Cell
	what string
}{
	{regexp.MustCompile(`面向中小企业预留(?:的)?政府采购项目预算金额(?:为)?[:：]?` + amt), func(r *procurement.Reservation) *fiscal.Cell { return &r.ReservedSME }, "面向中小企业预留政府采购项目预算金额"},
	{regexp.MustCompile(`面向小微企业预留(?:的)?政府采购项目预算金额(?:为)?[:：]?` + amt), func(r *procurement.Reservation) *fiscal.Cell { return &r.ReservedMicro }, "面向小微企业预留政府采购项目预算金额"},
	{regexp.MustCompile(`在面向中小企业预留的?(?:政府采购)?项目中[，,]\s*由中小企业供应商中标或成交的[，,]\s*采购金额(?:为)?[:：]?` + amt), func(r *procurement.Reservation) *fiscal.Cell { return &r.SMEWonReserved }, "面向中小企业预留项目中由中小企业中标或成交的采购金额"},
	{regexp.MustCompile(`在面向小微企业预留的?(?:政府采购)?项目中[，,]\s*由小微企业供应商中标或成交的[，,]\s*采购金额(?:为)?[:：]?` + amt), func(r *procurement.Reservation) *fiscal.Cell { return &r.MicroWonReserved }, "面向小微企业预留项目中由小微企业中标或成交的采购金额"},
	{regexp.MustCompile(`在其他政府采购项目中[，,]\s*由中小企业供应商中标或成交的[，,]\s*采购金额(?:为)?[:：]?` + amt), func(r *procurement.Reservation) *fiscal.Cell { return &r.SMEWonOther }, "其他项目中由中小企业中标或成交的采购金额"},
}

var (
	reRunning = regexp.MustCompile(`机关运行经费(?:支出)?(?:决算数)?(?:为|共计|合计)?[:：]?` + amt)
	// reRunningAfterBudget is the 机关运行经费 stated after its budget:
	// "机关运行经费年初预算190.00万元，支出184.65万元".
	reRunningAfterBudget = regexp.MustCompile(`机关运行经费(?:年初|全年)?预算(?:数)?(?:为)?[^，,。；;]{0,20}?[，,](?:实际)?支出(?:决算)?(?:数)?(?:为)?[:：]?` + amt)
	reRunningNone        = regexp.MustCompile(`无机关运行经费`)
	reVehiclesAll        = regexp.MustCompile(`共有(?:公务)?车辆` + cnt + `辆`)
	reVehicleCat         = regexp.MustCompile(`([^、，,：:；;。\s0-9XＸ]{2,14}?用车)` + cnt + `辆`)
	reEquipment          = regexp.MustCompile(`(?:单价|单位价值)\s*100\s*万元\s*（含）以上[^0-9XＸ]{0,30}?` + cnt + `台（套）`)
	reAbroadGroups       = regexp.MustCompile(`(?:因公出国（境）)?团组` + cnt + `个`)
	reAbroadPers         = regexp.MustCompile(`团组[^。；]{0,20}?累计` + cnt + `人次`)
	reHeld               = regexp.MustCompile(`保有量(?:为)?` + cnt + `辆`)
	rePurchased          = regexp.MustCompile(`(?:购置(?:公务用车|车辆)|公务用车购置数(?:量)?(?:为)?)` + cnt + `辆`)
	reReception          = regexp.MustCompile(`国内公务接待` + cnt + `批次[，、,]?\s*(?:共)?` + cnt + `人次`)
	reForeign            = regexp.MustCompile(`外宾接待` + cnt + `批次[，、,]?\s*(?:共)?` + cnt + `人次`)
)

func isPlaceholderFigure(s string) bool { return strings.Trim(s, "XＸ") == "" }

// figure reads a matched amount; a placeholder is reported.
func (p *parser) figure(pa *para, m []int, g int, what string) (fiscal.Cell, int, bool) {
	s := pa.text[m[2*g]:m[2*g+1]]
	if isPlaceholderFigure(s) {
		w := p.where(pa.lineAt(m[2*g]))
		w.Part, w.Text = "情况说明", s
		p.add(ruleFigure.Finding(w, "%s is a placeholder (%s), not a figure", what, s))
		return fiscal.Cell{}, 0, false
	}
	c, err := fiscal.ParseCell(s, fiscal.WanYuan)
	if err != nil {
		w := p.where(pa.lineAt(m[2*g]))
		w.Part, w.Text = "情况说明", s
		p.add(ruleFigure.Finding(w, "%s %q is not an amount: %v", what, s, err))
		return fiscal.Cell{}, 0, false
	}
	dec := 0
	if _, frac, ok := strings.Cut(s, "."); ok {
		dec = len(frac)
	}
	return c, dec, true
}

// count reads a matched count; a placeholder is reported.
func (p *parser) count(pa *para, m []int, g int, what string) (threepublic.Count, bool) {
	s := pa.text[m[2*g]:m[2*g+1]]
	if isPlaceholderFigure(s) {
		w := p.where(pa.lineAt(m[2*g]))
		w.Part, w.Text = "情况说明", s
		p.add(ruleFigure.Finding(w, "%s is a placeholder (%s), not a count", what, s))
		return threepublic.Count{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		w := p.where(pa.lineAt(m[2*g]))
		w.Part, w.Text = "情况说明", s
		p.add(ruleFigure.Finding(w, "%s %q is not a count", what, s))
		return threepublic.Count{}, false
	}
	return threepublic.CountOf(n), true
}

// priorYearRE ends the words before a figure of an earlier year than the
// report's: "2023年度", "上年", "上年度本部门".
var priorYearRE = regexp.MustCompile(`(?:([0-9]{4})年度?|上年度?|上一年度?|去年)(?:本部门|本单位|部门|单位)?(?:的)?$`)

// currentYears returns the first match of re in text that is not a figure
// of an earlier year ("2023年度机关运行经费支出182.10万元" before the
// report's own), or nil.
func (p *parser) currentYears(re *regexp.Regexp, text string) []int {
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		before := text[:m[0]]
		if k := strings.LastIndexAny(before, "。，；,;"); k >= 0 {
			before = before[k+1:]
		}
		y := priorYearRE.FindStringSubmatch(before)
		if y == nil {
			return m
		}
		if y[1] != "" {
			if n, err := strconv.Atoi(y[1]); err == nil && (p.doc.Year == 0 || n >= p.doc.Year) {
				return m // the report's own year
			}
		}
	}
	return nil
}

// facts reads what only the 情况说明 states: 机关运行经费, 政府采购, 国有资产
// and the "三公" statistics.
func (p *parser) facts(paras []*para) {
	var proc procurement.Summary
	var res procurement.Reservation
	procFound, resFound, procDec := false, false, 0
	runningPlaceholder := false
	stats := &p.doc.ThreePublicStatistics
	for _, pa := range paras {
		if p.doc.RunningCost == nil {
			m := p.currentYears(reRunning, pa.text)
			if m == nil {
				m = p.currentYears(reRunningAfterBudget, pa.text)
			}
			if m != nil {
				if c, dec, ok := p.figure(pa, m, 1, "机关运行经费"); ok {
					a, _ := c.Amount()
					p.doc.RunningCost = &disclosure.PrintedRunningCost{Amount: a, Decimals: dec, Line: p.lines[pa.lineAt(m[2])].N,
						ClaimsEqualsPublic: strings.Contains(pa.text, "公用经费") && (strings.Contains(pa.text, "一致") || strings.Contains(pa.text, "之和"))}
				} else {
					runningPlaceholder = true
				}
			} else if reRunningNone.MatchString(pa.text) && !runningPlaceholder {
				m := reRunningNone.FindStringIndex(pa.text)
				p.doc.RunningCost = &disclosure.PrintedRunningCost{Line: p.lines[pa.lineAt(m[0])].N}
			}
		}
		if strings.Contains(pa.text, "采购") {
			for _, f := range procurementFacts {
				cell := f.cell(&proc)
				if !cell.IsAbsent() {
					continue
				}
				if m := f.re.FindStringSubmatchIndex(pa.text); m != nil {
					if c, dec, ok := p.figure(pa, m, 1, "政府采购 "+f.what); ok {
						*cell, procFound, procDec = c, true, max(procDec, dec)
					}
				}
			}
			for _, f := range reservationFacts {
				cell := f.cell(&res)
				if !cell.IsAbsent() {
					continue
				}
				if m := f.re.FindStringSubmatchIndex(pa.text); m != nil {
					if c, dec, ok := p.figure(pa, m, 1, f.what); ok {
						*cell, resFound, procDec = c, true, max(procDec, dec)
					}
				}
			}
		}
		if m := reVehiclesAll.FindStringSubmatchIndex(pa.text); m != nil && p.doc.Assets == nil {
			as := &disclosure.Assets{Line: p.lines[pa.lineAt(m[0])].N}
			if n, ok := p.count(pa, m, 1, "共有车辆"); ok {
				as.Vehicles = append(as.Vehicles, disclosure.VehicleCount{Category: "共有车辆", Count: n})
			}
			rest := pa.text[m[1]:]
			for _, cm := range reVehicleCat.FindAllStringSubmatchIndex(rest, -1) {
				cat := rest[cm[2]:cm[3]]
				sub := &para{text: rest, lines: pa.lines, offs: shift(pa.offs, m[1])}
				if n, ok := p.count(sub, cm, 2, cat); ok {
					as.Vehicles = append(as.Vehicles, disclosure.VehicleCount{Category: cat, Count: n})
				}
			}
			if em := reEquipment.FindStringSubmatchIndex(pa.text); em != nil {
				if n, ok := p.count(pa, em, 1, "单价100万元以上设备"); ok {
					as.Equipment = n
				}
			}
			if len(as.Vehicles) > 0 || as.Equipment != (threepublic.Count{}) {
				p.doc.Assets = as
			}
		}
		p.statistics(pa, stats)
	}
	if procFound || resFound {
		proc.Unit, proc.Decimals = fiscal.WanYuan, procDec
		if resFound {
			proc.Reserved = &res
		}
		p.doc.Procurement = &proc
	}
}

// shift moves offsets for a sub-slice starting at off.
func shift(offs []int, off int) []int {
	out := make([]int, len(offs))
	for i, o := range offs {
		out[i] = o - off
	}
	return out
}

// statistics reads the counts that go with the "三公" figures.
func (p *parser) statistics(pa *para, s *threepublic.Statistics) {
	set := func(dst *threepublic.Count, re *regexp.Regexp, g int, what string) {
		if _, ok := dst.Value(); ok {
			return
		}
		if m := re.FindStringSubmatchIndex(pa.text); m != nil {
			if n, ok := p.count(pa, m, g, what); ok {
				*dst = n
			}
		}
	}
	if strings.Contains(pa.text, "出国") {
		set(&s.AbroadGroups, reAbroadGroups, 1, "因公出国（境）团组数")
		set(&s.AbroadPersons, reAbroadPers, 1, "因公出国（境）人次")
	}
	if strings.Contains(pa.text, "公务用车") {
		set(&s.VehiclesHeld, reHeld, 1, "公务用车保有量")
		set(&s.VehiclesPurchased, rePurchased, 1, "公务用车购置数")
	}
	set(&s.ReceptionBatches, reReception, 1, "国内公务接待批次")
	set(&s.ReceptionPersons, reReception, 2, "国内公务接待人次")
	set(&s.ForeignBatches, reForeign, 1, "外宾接待批次")
	set(&s.ForeignPersons, reForeign, 2, "外宾接待人次")
}
