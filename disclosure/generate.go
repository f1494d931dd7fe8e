package disclosure

import (
	"fmt"
	"io"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
)

// GenerateOptions configures [Document.GenerateNarrative].
type GenerateOptions struct {
	// PercentDecimals is the precision of shares and rates; 0 means 2.
	PercentDecimals int
}

type generator struct {
	d   *Document
	dec int
	out []Statement
}

// GenerateNarrative writes the figures of a 情况说明 from the document's
// tables, "三公" table and procurement figures: every amount the template
// asks for, with the shares and completion rates recomputed exactly and
// rounded half away from zero. Each statement points at its source, so
// checking the generated narrative finds nothing; a program can print
// them ([RenderNarrative]) to write a correct 情况说明. Changes against last
// year need last year's report and are not generated.
func (d *Document) GenerateNarrative(opt GenerateOptions) []Statement {
	g := &generator{d: d, dec: opt.PercentDecimals}
	if g.dec <= 0 {
		g.dec = 2
	}
	if d.Tables != nil {
		g.summary()
		g.appropriation()
		g.general()
		g.basic()
		g.govFund()
	}
	g.threePublic()
	g.procurement()
	return g.out
}

func (g *generator) value(r Ref) (Value, bool) {
	v, err := g.d.Resolve(r)
	return v, err == nil
}

func (g *generator) amountText(v Value) string {
	return v.Amount.Format(fiscal.Format{Unit: fiscal.WanYuan, Decimals: v.Decimals}) + "万元"
}

// amount adds "subject X万元" and returns the value.
func (g *generator) amount(section, subject string, r Ref) (Value, bool) {
	v, ok := g.value(r)
	if !ok || !v.Present {
		return v, false
	}
	fig := g.amountText(v)
	g.out = append(g.out, Statement{Section: section, Subject: subject, Figure: fig, Kind: KindAmount, Of: r,
		Text: fmt.Sprintf("%s%s。", subject, fig)})
	return v, true
}

// share adds "subject X万元，占 whole Y%".
func (g *generator) share(section, subject, whole string, num, den Ref) {
	n, ok1 := g.value(num)
	dv, ok2 := g.value(den)
	if !ok1 || !ok2 || !n.Present || n.Amount.IsZero() {
		return
	}
	r, err := fiscal.Share(n.Amount, dv.Amount)
	if err != nil {
		return
	}
	fig := r.Percent(g.dec).StringFixed(int32(g.dec)) + "%"
	amt := g.amountText(n)
	g.out = append(g.out,
		Statement{Section: section, Subject: subject, Figure: amt, Kind: KindAmount, Of: num,
			Text: fmt.Sprintf("%s%s，占%s的%s。", subject, amt, whole, fig)},
		Statement{Section: section, Subject: subject + "占" + whole + "的比例", Figure: fig, Kind: KindShare, Of: num, Over: den,
			Text: fmt.Sprintf("%s%s，占%s的%s。", subject, amt, whole, fig)})
}

func (g *generator) summary() {
	const sec = "收入支出决算总体情况说明"
	s := accounts.KindSummary
	g.amount(sec, "收入总计", Cell(s, accounts.SideIncome, accounts.ItemGrandTotal, accounts.ColAmount))
	g.amount(sec, "支出总计", Cell(s, accounts.SideExpenditure, accounts.ItemGrandTotal, accounts.ColAmount))
	income := Cell(s, accounts.SideIncome, accounts.ItemIncomeTotal, accounts.ColAmount)
	g.amount("收入决算情况说明", "本年收入合计", income)
	inc := accounts.KindIncome
	for _, p := range []struct {
		name string
		col  accounts.Column
	}{{"财政拨款收入", accounts.ColAppropriation}, {"上级补助收入", accounts.ColSuperior}, {"事业收入", accounts.ColBusiness},
		{"经营收入", accounts.ColOperating}, {"附属单位上缴收入", accounts.ColAffiliated}, {"其他收入", accounts.ColOtherIncome}} {
		g.share("收入决算情况说明", p.name, "本年收入合计", Cell(inc, accounts.SideMain, accounts.ItemTotal, p.col), income)
	}
	spent := Cell(s, accounts.SideExpenditure, accounts.ItemExpenditureTotal, accounts.ColAmount)
	g.amount("支出决算情况说明", "本年支出合计", spent)
	exp := accounts.KindExpenditure
	for _, p := range []struct {
		name string
		col  accounts.Column
	}{{"基本支出", accounts.ColBasic}, {"项目支出", accounts.ColProject}, {"上缴上级支出", accounts.ColRemitted},
		{"经营支出", accounts.ColOperatingExp}, {"对附属单位补助支出", accounts.ColSubsidiary}} {
		g.share("支出决算情况说明", p.name, "本年支出合计", Cell(exp, accounts.SideMain, accounts.ItemTotal, p.col), spent)
	}
}

func (g *generator) appropriation() {
	const sec = "财政拨款收入支出决算总体情况说明"
	ap := accounts.KindAppropriationSummary
	g.amount(sec, "财政拨款收入总计", Cell(ap, accounts.SideIncome, accounts.ItemGrandTotal, accounts.ColAmount))
	g.amount(sec, "财政拨款支出总计", Cell(ap, accounts.SideExpenditure, accounts.ItemGrandTotal, accounts.ColTotal))
	for _, f := range []struct {
		name string
		it   accounts.Item
	}{{"一般公共预算财政拨款收入", accounts.ItemGeneral}, {"政府性基金预算财政拨款收入", accounts.ItemGovFund}, {"国有资本经营预算财政拨款收入", accounts.ItemStateCapital}} {
		g.amount(sec, f.name, Cell(ap, accounts.SideIncome, f.it, accounts.ColAmount))
	}
}

func (g *generator) general() {
	const sec = "一般公共预算财政拨款支出决算情况说明"
	gb := accounts.KindGeneralBudget
	total := Cell(gb, accounts.SideMain, accounts.ItemTotal, accounts.ColTotal)
	g.share(sec, "一般公共预算财政拨款支出", "本年支出合计", total, Cell(accounts.KindSummary, accounts.SideExpenditure, accounts.ItemExpenditureTotal, accounts.ColAmount))
	t := g.d.Tables.GeneralBudget
	if t == nil {
		return
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Function.Level() != classify.Class {
			continue
		}
		g.share(sec, r.Name+"（类）", "一般公共预算财政拨款支出", FunctionCell(gb, accounts.SideMain, r.Function, accounts.ColTotal), total)
	}
}

func (g *generator) basic() {
	const sec = "一般公共预算财政拨款基本支出决算情况说明"
	g.amount(sec, "一般公共预算财政拨款基本支出", Cell(accounts.KindGeneralBudget, accounts.SideMain, accounts.ItemTotal, accounts.ColBasic))
	b := accounts.KindBasicExpenditure
	g.amount(sec, "人员经费", Cell(b, accounts.SideMain, accounts.ItemPersonnelTotal, accounts.ColAmount))
	g.amount(sec, "公用经费", Cell(b, accounts.SideMain, accounts.ItemPublicTotal, accounts.ColAmount))
}

func (g *generator) govFund() {
	const sec = "政府性基金预算财政拨款收入支出决算情况说明"
	f := accounts.KindGovFund
	for _, p := range []struct {
		name string
		col  accounts.Column
	}{{"年初结转和结余", accounts.ColOpening}, {"本年收入", accounts.ColIncome}, {"本年支出", accounts.ColExpenditure}, {"年末结转和结余", accounts.ColClosing}} {
		g.amount(sec, "政府性基金预算财政拨款"+p.name, Cell(f, accounts.SideMain, accounts.ItemTotal, p.col))
	}
}

func (g *generator) threePublic() {
	t := g.d.ThreePublic
	if t == nil {
		return
	}
	const sec = "财政拨款“三公”经费支出决算情况说明"
	for _, name := range []string{"合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"} {
		actual, budget := PartRef(PartThreePublic, "决算数/"+name), PartRef(PartThreePublic, "预算数/"+name)
		subject := "“三公”经费财政拨款支出决算"
		if name != "合计" {
			subject = name + "支出决算"
		}
		a, ok := g.amount(sec, subject, actual)
		b, okb := g.value(budget)
		if !ok || !okb || b.Amount.IsZero() {
			continue
		}
		r, err := fiscal.CompletionRate(a.Amount, b.Amount)
		if err != nil {
			continue
		}
		fig := r.Percent(g.dec).StringFixed(int32(g.dec)) + "%"
		g.out = append(g.out, Statement{Section: sec, Subject: subject + "完成全年预算的比例", Figure: fig, Kind: KindCompletion, Of: actual, Over: budget,
			Text: fmt.Sprintf("%s%s，全年预算数%s，完成全年预算的%s。", subject, g.amountText(a), g.amountText(b), fig)})
	}
}

func (g *generator) procurement() {
	if g.d.Procurement == nil {
		return
	}
	const sec = "政府采购支出情况说明"
	for _, p := range []struct{ field, subject string }{{"总额", "政府采购支出总额"}, {"货物", "政府采购货物支出"}, {"工程", "政府采购工程支出"}, {"服务", "政府采购服务支出"}} {
		g.amount(sec, p.subject, PartRef(PartProcurement, p.field))
	}
	g.share(sec, "授予中小企业合同金额", "政府采购支出总额", PartRef(PartProcurement, "中小企业"), PartRef(PartProcurement, "总额"))
	g.share(sec, "授予小微企业合同金额", "政府采购支出总额", PartRef(PartProcurement, "小微企业"), PartRef(PartProcurement, "总额"))
}

// RenderNarrative writes statements as text, one paragraph per section,
// each sentence once.
func RenderNarrative(w io.Writer, ss []Statement) error {
	var b strings.Builder
	section := ""
	seen := map[string]bool{}
	for _, s := range ss {
		if s.Section != section {
			if section != "" {
				b.WriteString("\n")
			}
			section = s.Section
			b.WriteString(section + "\n")
		}
		if seen[s.Text] {
			continue
		}
		seen[s.Text] = true
		b.WriteString(s.Text)
	}
	if section != "" {
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
