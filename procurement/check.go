package procurement

import (
	"github.com/cnfiscal/fiscal"
)

func rule(id, title string, sev fiscal.Severity) fiscal.Rule {
	return fiscal.Rule{ID: id, Title: title, Scope: fiscal.ScopeCrossPart, Severity: sev}
}

var (
	ruleTotal  = rule("proc.total", "政府采购: 支出总额 = 货物 + 工程 + 服务", fiscal.SeverityError)
	ruleBounds = rule("proc.bounds", "政府采购: 小微企业 ≤ 中小企业 ≤ 支出总额 (and per kind)", fiscal.SeverityError)
	ruleShare  = rule("proc.share", "政府采购: printed shares equal the recomputed ones", fiscal.SeverityError)
	ruleReserv = rule("proc.reservation", "政府采购: reserved amounts and awards within them are consistent (小微 ≤ 中小企业)", fiscal.SeverityWarning)
)

// Rules returns every rule of this package.
func Rules() []fiscal.Rule { return []fiscal.Rule{ruleTotal, ruleBounds, ruleShare, ruleReserv} }

func (s Summary) format() fiscal.Format {
	u := s.Unit
	if !u.Valid() {
		u = fiscal.WanYuan
	}
	return fiscal.Format{Unit: u, Decimals: s.Decimals}
}

// Check runs the procurement rules: 总额 = 货物 + 工程 + 服务; 小微 ≤ 中小企业
// ≤ 总额 (and each kind's SME part ≤ the kind); the printed shares against
// the recomputed ones (allowing for the rounding of the printed amounts);
// and the reservation figures. w locates the findings (the 政府采购 part of
// the narrative).
func (s Summary) Check(w fiscal.Where) []fiscal.Finding {
	var out []fiscal.Finding
	f := s.format()
	half := fiscal.AmountTolerance(0, f.Unit, f.Decimals)
	var parts fiscal.Amount
	n := 0
	for _, c := range []fiscal.Cell{s.Goods, s.Works, s.Services} {
		if a, ok := c.Amount(); ok {
			n++
			var err error
			if parts, err = parts.Add(a); err != nil {
				return append(out, ruleTotal.Finding(w, "the parts overflow: %v", err))
			}
		}
	}
	if n > 0 || !s.Total.IsAbsent() {
		tw := w
		tw.Row = "政府采购支出总额"
		if fd, ok := ruleTotal.CompareAmounts(tw, "政府采购支出总额 against 货物 + 工程 + 服务", parts, s.Total.OrZero(), fiscal.AmountTolerance(n, f.Unit, f.Decimals), f); ok {
			out = append(out, fd)
		}
	}
	bound := func(small, big fiscal.Cell, smallName, bigName string) {
		a, b := small.OrZero(), big.OrZero()
		if small.IsAbsent() || a.Cmp(b) <= 0 {
			return
		}
		bw := w
		bw.Row = smallName
		fd, _ := ruleBounds.CompareAmounts(bw, smallName+" exceeds "+bigName, b, a, fiscal.AmountTolerance(1, f.Unit, f.Decimals), f)
		out = append(out, fd)
	}
	bound(s.Micro, s.SME, "授予小微企业合同金额", "授予中小企业合同金额")
	bound(s.SME, s.Total, "授予中小企业合同金额", "政府采购支出总额")
	bound(s.GoodsSME, s.Goods, "货物采购授予中小企业合同金额", "货物支出金额")
	bound(s.WorksSME, s.Works, "工程采购授予中小企业合同金额", "工程支出金额")
	bound(s.ServicesSME, s.Services, "服务采购授予中小企业合同金额", "服务支出金额")

	share := func(p *fiscal.Percent, num, den fiscal.Cell, name string) {
		if p == nil {
			return
		}
		sw := w
		sw.Row, sw.Text = name, p.String()
		if fd, ok := ruleShare.ComparePercent(sw, name, *p, num.OrZero(), den.OrZero(), half); ok {
			out = append(out, fd)
		}
	}
	share(s.SMEShare, s.SME, s.Total, "授予中小企业合同金额占政府采购支出总额")
	share(s.MicroShareOfTotal, s.Micro, s.Total, "授予小微企业合同金额占政府采购支出总额")
	share(s.MicroShareOfSME, s.Micro, s.SME, "授予小微企业合同金额占授予中小企业合同金额")
	share(s.GoodsSMEShare, s.GoodsSME, s.Goods, "货物采购授予中小企业合同金额占货物支出金额")
	share(s.WorksSMEShare, s.WorksSME, s.Works, "工程采购授予中小企业合同金额占工程支出金额")
	share(s.ServicesSMEShare, s.ServicesSME, s.Services, "服务采购授予中小企业合同金额占服务支出金额")

	if r := s.Reserved; r != nil {
		rw := w
		rw.Part = "面向中小企业预留"
		for _, p := range []struct {
			small, big       fiscal.Cell
			smallName, bigNm string
		}{
			{r.ReservedMicro, r.ReservedSME, "面向小微企业预留", "面向中小企业预留"},
			{r.MicroWonReserved, r.SMEWonReserved, "由小微企业供应商中标或成交", "由中小企业供应商中标或成交"},
		} {
			a, b := p.small.OrZero(), p.big.OrZero()
			if !p.small.IsAbsent() && a.Cmp(b) > 0 {
				fd, _ := ruleReserv.CompareAmounts(rw, p.smallName+" exceeds "+p.bigNm, b, a, fiscal.AmountTolerance(1, f.Unit, f.Decimals), f)
				out = append(out, fd)
			}
		}
	}
	return out
}
