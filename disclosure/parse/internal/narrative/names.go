package narrative

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
)

// subject is what the figures of a clause are about: the refs of its
// current value (one per side: 收、支总计 is two), the refs of its budget
// where the document has one (三公 预算数, a project's 预算数), and the
// figures printed for it so far in the paragraph.
type subject struct {
	name    string
	of      []disclosure.Ref
	budget  []disclosure.Ref
	total   bool              // a section total: its 年初预算 is the sum of its items'
	item    bool              // a 类/款/项: its 年初预算 is one of those items
	class   classify.Function // the 类 of a functional subject
	special string            // "外宾" or "国内": parts of 公务接待费
	noField string            // why no part of the document holds it
	// printedFig is the figure printed for a subject no part of the
	// document holds: a share of it over a whole that one does is still
	// checked ("涉及…598.42万元，占一般公共预算项目支出总额的99.22%").
	printedFig *figure
	// unstated is set for what reports give shares of but never state
	// (a kind of purchases' part awarded to 中小企业): a share of it is
	// read and said nothing of.
	unstated bool

	actual    *figure // 支出决算数, or the subject's amount
	budgetFig *figure // 年初预算数 with no source of its own
	adjusted  *figure // 调整预算, 调整后预算 (or 全年预算 with no source of its own): not the 年初预算
	change    *figure // the last change (against last year or the budget)
	vsBudget  *figure // 比年初预算增加 …: the 决算数 less the 年初预算数
	vsWord    string  // the word of vsBudget
}

// sameAs reports whether two subjects point at the same values.
func (s *subject) sameAs(t *subject) bool {
	return s != nil && t != nil && len(s.of) > 0 && s.special == t.special && s.noField == t.noField &&
		reflect.DeepEqual(s.of, t.of) && reflect.DeepEqual(s.budget, t.budget)
}

func newSubject(name string, of ...disclosure.Ref) *subject { return &subject{name: name, of: of} }

// Refs of the tables.

func t01(side accounts.Side, it accounts.Item) disclosure.Ref {
	return disclosure.Cell(accounts.KindSummary, side, it, accounts.ColAmount)
}

func t02(col accounts.Column) disclosure.Ref {
	return disclosure.Cell(accounts.KindIncome, accounts.SideMain, accounts.ItemTotal, col)
}

func t03(col accounts.Column) disclosure.Ref {
	return disclosure.Cell(accounts.KindExpenditure, accounts.SideMain, accounts.ItemTotal, col)
}

func t05(col accounts.Column) disclosure.Ref {
	return disclosure.Cell(accounts.KindGeneralBudget, accounts.SideMain, accounts.ItemTotal, col)
}

func t06(it accounts.Item) disclosure.Ref {
	return disclosure.Cell(accounts.KindBasicExpenditure, accounts.SideMain, it, accounts.ColAmount)
}

var (
	incomeTotal = t01(accounts.SideIncome, accounts.ItemIncomeTotal)
	spentTotal  = t01(accounts.SideExpenditure, accounts.ItemExpenditureTotal)
	apprIn      = disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideIncome, accounts.ItemGrandTotal, accounts.ColAmount)
	apprOut     = disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideExpenditure, accounts.ItemGrandTotal, accounts.ColTotal)
	general     = t05(accounts.ColTotal)
	running     = disclosure.PartRef(disclosure.PartRunningCost, "")
)

func apprSpent(col accounts.Column) disclosure.Ref {
	return disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideExpenditure, accounts.ItemExpenditureTotal, col)
}

func apprIncome(it accounts.Item) disclosure.Ref {
	return disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideIncome, it, accounts.ColAmount)
}

func fund(k accounts.TableKind, col accounts.Column) disclosure.Ref {
	return disclosure.Cell(k, accounts.SideMain, accounts.ItemTotal, col)
}

func threePublic(field string) *subject {
	name := field
	if field == "合计" {
		name = "“三公”经费"
	}
	s := newSubject(name, disclosure.PartRef(disclosure.PartThreePublic, "决算数/"+field))
	s.budget = []disclosure.Ref{disclosure.PartRef(disclosure.PartThreePublic, "预算数/"+field)}
	return s
}

func procure(field string) *subject {
	return newSubject(field, disclosure.PartRef(disclosure.PartProcurement, field))
}

// entry is a name of the dictionary of a context: the first entry whose
// words all occur in the folded name gives the subject.
type entry struct {
	words []string
	make  func() *subject
}

func e(make func() *subject, words ...string) entry { return entry{words: words, make: make} }

// lookupEnding is [lookup] of a name that ends with the entry's last
// word.
func lookupEnding(n string, es []entry) *subject {
	for _, x := range es {
		if len(x.words) == 0 || !strings.HasSuffix(n, x.words[len(x.words)-1]) {
			continue
		}
		if s := lookup(n, []entry{x}); s != nil {
			return s
		}
	}
	return nil
}

func lookup(n string, es []entry) *subject {
	for _, x := range es {
		ok := true
		for _, w := range x.words {
			if !strings.Contains(n, w) {
				ok = false
				break
			}
		}
		if ok {
			return x.make()
		}
	}
	return nil
}

func cell(name string, r disclosure.Ref) func() *subject {
	return func() *subject { return newSubject(name, r) }
}

func totalCell(name string, r disclosure.Ref) func() *subject {
	return func() *subject { s := newSubject(name, r); s.total = true; return s }
}

// globalNames are understood in every context (the denominators of
// shares above all).
var globalNames = append(smeByKind(),
	e(cell("一般公共预算项目支出", t05(accounts.ColProject)), "一般公共预算", "项目支出"),
	e(cell("一般公共预算基本支出", t05(accounts.ColBasic)), "一般公共预算", "基本支出"),
	e(totalCell("一般公共预算财政拨款支出", general), "一般公共预算财政拨款支出"),
	e(cell("本年收入合计", incomeTotal), "本年收入"),
	e(cell("本年收入合计", incomeTotal), "收入合计"),
	e(cell("本年支出合计", spentTotal), "本年支出"),
	e(cell("本年支出合计", spentTotal), "支出合计"),
	e(func() *subject { return procure("总额") }, "政府采购", "总额"),
	e(func() *subject { return procure("中小企业") }, "授予中小企业合同金额"),
)

// smeByKind names the shares of each kind of purchases awarded to 中小企业
// ([categorySME]); they come before any name holding 中小企业 alone.
func smeByKind() []entry {
	return []entry{
		e(categorySME("货物"), "货物采购", "中小企业"),
		e(categorySME("工程"), "工程采购", "中小企业"),
		e(categorySME("服务"), "服务采购", "中小企业"),
	}
}

// grandTotals is the 收入支出总计: the 总计 of both sides of the 收入支出决算总表.
func grandTotals() *subject {
	return newSubject("收入支出总计", t01(accounts.SideIncome, accounts.ItemGrandTotal), t01(accounts.SideExpenditure, accounts.ItemGrandTotal))
}

// categorySME is the part of a kind of purchases awarded to small and
// medium enterprises ("货物采购授予中小企业合同金额占货物支出金额的0%", the
// national template's sentence): no report states it as a figure, so its
// share cannot be checked, and it is not the whole 授予中小企业合同金额.
func categorySME(kind string) func() *subject {
	return func() *subject {
		s := newSubject(kind + "采购授予中小企业合同金额")
		s.noField = "the " + kind + " purchases' part awarded to small and medium enterprises is stated nowhere as a figure"
		s.unstated = true
		return s
	}
}

var (
	totalNames = []entry{
		e(grandTotals, "收入支出总计"),
		// "收入支出总体与上年相比，减少56.95万元" (Xinjiang's wording): the 总计.
		e(grandTotals, "收入支出总体"),
		e(grandTotals, "收支总体"),
		e(cell("收入总计", t01(accounts.SideIncome, accounts.ItemGrandTotal)), "收入总计"),
		e(cell("支出总计", t01(accounts.SideExpenditure, accounts.ItemGrandTotal)), "支出总计"),
		// "本单位2024年度总收入2995.39万元，其中本年收入…" (Guangxi).
		e(cell("收入总计", t01(accounts.SideIncome, accounts.ItemGrandTotal)), "总收入"),
		e(cell("支出总计", t01(accounts.SideExpenditure, accounts.ItemGrandTotal)), "总支出"),
		e(cell("使用非财政拨款结余", t01(accounts.SideIncome, accounts.ItemNonAppropriationSurplus)), "使用非财政拨款结余"),
		e(cell("年初结转和结余", t01(accounts.SideIncome, accounts.ItemOpening)), "年初结转和结余"),
		// "上年结转和结余49.14万元" (the older national template, Guangxi,
		// Sichuan): the same line.
		e(cell("年初结转和结余", t01(accounts.SideIncome, accounts.ItemOpening)), "上年结转和结余"),
		e(cell("结余分配", t01(accounts.SideExpenditure, accounts.ItemSurplusDistribution)), "结余分配"),
		e(cell("年末结转和结余", t01(accounts.SideExpenditure, accounts.ItemClosing)), "年末结转和结余"),
	}
	apprNames = []entry{
		e(func() *subject { return newSubject("财政拨款收入支出总计", apprIn, apprOut) }, "收入支出总计"),
		e(cell("财政拨款收入总计", apprIn), "收入总计"),
		e(cell("财政拨款支出总计", apprOut), "支出总计"),
		e(cell("一般公共预算财政拨款收入", apprIncome(accounts.ItemGeneral)), "一般公共预算", "收入"),
		e(cell("政府性基金预算财政拨款收入", apprIncome(accounts.ItemGovFund)), "政府性基金", "收入"),
		e(cell("国有资本经营预算财政拨款收入", apprIncome(accounts.ItemStateCapital)), "国有资本经营", "收入"),
		e(cell("一般公共预算财政拨款支出", apprSpent(accounts.ColGeneral)), "一般公共预算", "支出"),
		e(cell("政府性基金预算财政拨款支出", apprSpent(accounts.ColGovFund)), "政府性基金", "支出"),
		e(cell("国有资本经营预算财政拨款支出", apprSpent(accounts.ColStateCapital)), "国有资本经营", "支出"),
		e(cell("年初财政拨款结转和结余", disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideIncome, accounts.ItemOpening, accounts.ColAmount)), "年初", "结转和结余"),
		e(cell("年末财政拨款结转和结余", disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideExpenditure, accounts.ItemClosing, accounts.ColTotal)), "年末", "结转和结余"),
		e(cell("财政拨款本年收入合计", disclosure.Cell(accounts.KindAppropriationSummary, accounts.SideIncome, accounts.ItemIncomeTotal, accounts.ColAmount)), "本年收入"),
		e(cell("财政拨款本年支出合计", apprSpent(accounts.ColTotal)), "本年支出"),
		// "2024年度财政拨款支出2940.05万元" (Chongqing): this year's.
		e(cell("财政拨款本年支出合计", apprSpent(accounts.ColTotal)), "财政拨款支出"),
	}
	incomeNames = []entry{
		e(cell("本年收入合计", incomeTotal), "收入合计"),
		e(cell("本年收入合计", incomeTotal), "本年收入"),
		e(cell("一般公共预算财政拨款收入", t01(accounts.SideIncome, accounts.ItemGeneralIncome)), "一般公共预算财政拨款收入"),
		e(cell("政府性基金预算财政拨款收入", t01(accounts.SideIncome, accounts.ItemGovFundIncome)), "政府性基金预算财政拨款收入"),
		e(cell("国有资本经营预算财政拨款收入", t01(accounts.SideIncome, accounts.ItemStateCapitalIncome)), "国有资本经营", "收入"),
		e(cell("附属单位上缴收入", t02(accounts.ColAffiliated)), "附属单位上缴收入"),
		e(cell("上级补助收入", t02(accounts.ColSuperior)), "上级补助收入"),
		e(cell("财政拨款收入", t02(accounts.ColAppropriation)), "财政拨款收入"),
		e(cell("事业收入", t02(accounts.ColBusiness)), "事业收入"),
		e(cell("经营收入", t02(accounts.ColOperating)), "经营收入"),
		e(cell("其他收入", t02(accounts.ColOtherIncome)), "其他收入"),
		e(cell("年初结转和结余", t01(accounts.SideIncome, accounts.ItemOpening)), "年初结转和结余"),
		e(cell("年初结转和结余", t01(accounts.SideIncome, accounts.ItemOpening)), "上年结转和结余"),
		e(cell("使用非财政拨款结余", t01(accounts.SideIncome, accounts.ItemNonAppropriationSurplus)), "非财政拨款结余"),
	}
	expendNames = []entry{
		e(cell("本年支出合计", spentTotal), "支出合计"),
		e(cell("本年支出合计", spentTotal), "本年支出"),
		e(cell("对附属单位补助支出", t03(accounts.ColSubsidiary)), "附属单位补助支出"),
		e(cell("上缴上级支出", t03(accounts.ColRemitted)), "上缴上级支出"),
		e(cell("经营支出", t03(accounts.ColOperatingExp)), "经营支出"),
		e(cell("基本支出", t03(accounts.ColBasic)), "基本支出"),
		e(cell("项目支出", t03(accounts.ColProject)), "项目支出"),
		e(cell("结余分配", t01(accounts.SideExpenditure, accounts.ItemSurplusDistribution)), "结余分配"),
		e(cell("年末结转和结余", t01(accounts.SideExpenditure, accounts.ItemClosing)), "年末结转和结余"),
	}
	generalNames = []entry{
		e(cell("一般公共预算财政拨款基本支出", t05(accounts.ColBasic)), "基本支出"),
		e(cell("一般公共预算财政拨款项目支出", t05(accounts.ColProject)), "项目支出"),
		e(totalCell("一般公共预算财政拨款支出", general), "一般公共预算财政拨款支出"),
		e(totalCell("一般公共预算财政拨款支出", general), "一般公共预算支出"),
	}
	basicNames = []entry{
		e(cell("人员经费", t06(accounts.ItemPersonnelTotal)), "人员经费"),
		e(cell("公用经费", t06(accounts.ItemPublicTotal)), "公用经费"),
		e(cell("一般公共预算财政拨款基本支出", t05(accounts.ColBasic)), "基本支出"),
	}
	threeNames = []entry{
		e(foreignReception, "外宾"),
		// The national template's parts of 公务接待费: "国（境）外公务接待支出",
		// "外事接待".
		e(foreignReception, "境）外", "接待"),
		e(foreignReception, "国外", "接待"),
		e(foreignReception, "境外", "接待"),
		e(foreignReception, "外事", "接待"),
		e(func() *subject {
			s := threePublic("公务接待费")
			s.name, s.special = "国内公务接待", "国内"
			return s
		}, "国内", "接待"),
		e(func() *subject { return threePublic("公务用车购置及运行费") }, "公务用车购置及运行"),
		e(func() *subject { return threePublic("公务用车购置费") }, "公务用车购置"),
		e(func() *subject { return threePublic("公务用车运行费") }, "公务用车运行"),
		e(func() *subject { return threePublic("公务用车购置及运行费") }, "公务用车"),
		e(func() *subject { return threePublic("因公出国（境）费") }, "出国"),
		e(func() *subject { return threePublic("公务接待费") }, "公务接待"),
		e(func() *subject { return threePublic("合计") }, "三公"),
	}
	procureNames = append(smeByKind(),
		e(func() *subject { return procure("小微企业") }, "小微企业"),
		e(func() *subject { return procure("中小企业") }, "中小企业"),
		e(func() *subject { return procure("货物") }, "货物"),
		e(func() *subject { return procure("工程") }, "工程"),
		e(func() *subject { return procure("服务") }, "服务"),
		e(func() *subject { return procure("总额") }, "政府采购"),
		e(func() *subject { return procure("总额") }, "采购总额"),
	)
)

// foreignReception is the 外宾 (外事, 国（境）外) part of 公务接待费, which
// the "三公" table does not split from the 国内 part.
func foreignReception() *subject {
	s := threePublic("公务接待费")
	s.name, s.special = "外宾接待", "外宾"
	return s
}

// fundNames resolves the names of the 政府性基金 and 国有资本经营 paragraphs.
func fundNames(k accounts.TableKind, n string) *subject {
	switch {
	case strings.Contains(n, "年初结转和结余"):
		return newSubject("年初结转和结余", fund(k, accounts.ColOpening))
	case strings.Contains(n, "年末结转和结余"):
		return newSubject("年末结转和结余", fund(k, accounts.ColClosing))
	case n == "支出" || n == "本年支出" || strings.HasPrefix(n, "支出") || strings.Contains(n, "财政拨款支出") || strings.Contains(n, "本年支出"):
		s := newSubject("本年支出", fund(k, accounts.ColExpenditure))
		s.total = true
		return s
	case n == "收入" || strings.Contains(n, "本年收入") || strings.Contains(n, "财政拨款收入"):
		return newSubject("本年收入", fund(k, accounts.ColIncome))
	}
	return nil
}

// functionTable is the table and column a functional code points into in
// a context, and ok false where the narrative names no codes.
func functionTable(c context) (accounts.TableKind, accounts.Side, accounts.Column, bool) {
	switch c {
	case ctxGeneral:
		return accounts.KindGeneralBudget, accounts.SideMain, accounts.ColTotal, true
	case ctxGovFund:
		return accounts.KindGovFund, accounts.SideMain, accounts.ColExpenditure, true
	case ctxStateCap:
		return accounts.KindStateCapital, accounts.SideMain, accounts.ColExpenditure, true
	case ctxExpend:
		return accounts.KindExpenditure, accounts.SideMain, accounts.ColTotal, true
	case ctxIncome:
		return accounts.KindIncome, accounts.SideMain, accounts.ColTotal, true
	case ctxAppr:
		return accounts.KindAppropriationSummary, accounts.SideExpenditure, accounts.ColTotal, true
	}
	return 0, 0, 0, false
}

// functionSubject is the subject of a functional code in the context.
func (x *extractor) functionSubject(c classify.Function, name string) *subject {
	k, side, col, ok := functionTable(x.ctx)
	if !ok {
		return nil
	}
	s := newSubject(name, disclosure.FunctionCell(k, side, c, col))
	s.item = true
	s.class, _ = c.At(classify.Class)
	return s
}

var (
	yearRE     = guard(`^(?:截至|截止)?[0-9０-９]{4}(?:年度|年|度)(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?`, beginsWithOneOf(digitRunes+"截"))
	predRE     = guard(`(?:均为|分别为|共计|合计为|为|是|达到|达)$`, endsWithOneOf("为是计到达"))
	leadJunkRE = guard(`^(?:其中|另外|此外|包括|主要用于|用于|主要是)[：:，,]?`, beginsWithOneOf("其另此包主用"))
	// thresholdRE is what is left of "100万元（含）以上" before a count.
	thresholdRE = guard(`^(?:[（(]含[）)])?(?:及)?以[上下]`, beginsWithOneOf("（(及以"))
)

// trailingYearRE is a year after a name: "行政运行（项）2024年度".
var trailingYearRE = regexp.MustCompile(`([0-9]{4})年度?$`)

// cleanName turns the words before a figure into a name: no numbering,
// year, department or introducing word in front, no 为/是 at the end.
func (x *extractor) cleanName(s string) string {
	s = strings.Trim(s, "、."+clauseBreaks+" \u3000") // "." typed for 。
	for {
		t := stripNumbering(s)
		t = leadJunkRE.ReplaceAllString(t, "")
		t = yearRE.ReplaceAllString(t, "")
		t = thresholdRE.ReplaceAllString(t, "")
		if x.doc != nil && x.doc.Department != "" {
			t = strings.TrimPrefix(t, x.doc.Department)
		}
		t = trimText(predRE.ReplaceAllString(trimText(t), ""))
		if m := trailingYearRE.FindStringSubmatchIndex(t); m != nil && x.doc != nil && x.doc.Year > 0 && t[m[2]:m[3]] == strconv.Itoa(x.doc.Year) {
			// "行政运行（项）2024年度决算数为…": the report's year after
			// the name.
			t = t[:m[0]]
		}
		t = strings.Trim(t, "、"+clauseBreaks+" \u3000")
		if t == s {
			return s
		}
		s = t
	}
}

// resolve finds the subject a name (the words before a figure or a role
// phrase) speaks of, in the current context. window is the text since the
// previous figure, for names that span clauses (政府采购's 预留 figures).
func (x *extractor) resolve(name, window string) *subject {
	n := normalize(name)
	if x.ctx == ctxProcure {
		w := normalize(window)
		if field := reservationField(w); field != "" {
			return procure(field)
		}
	}
	if n == "" {
		return nil
	}
	// A 类/款/项 phrase names a code.
	if _, _, _, ok := functionTable(x.ctx); ok && markerRE.MatchString(name) {
		if c, ok := x.funcs.phrase(name); ok {
			return x.functionSubject(c, x.cleanName(name))
		}
		return unheld(name, "no 功能分类 code has this name")
	}
	if m := codeInBracketsRE.FindStringSubmatch(name); m != nil {
		// "行政运行（2010601）": the item its code names.
		if _, _, _, ok := functionTable(x.ctx); ok {
			if c, err := classify.ParseFunction(m[1]); err == nil {
				return x.functionSubject(c, x.cleanName(name))
			}
		}
	}
	if why := partOf(n); why != "" {
		return unheld(name, why)
	}
	var s *subject
	switch x.ctx {
	case ctxTotal:
		s = lookup(n, totalNames)
		if s == nil {
			// The totals' items listed in the 总体 section itself
			// ("收入具体情况如下。1.一般公共预算财政拨款收入…；6.其他收入…",
			// Guangxi's 梧州 template).
			// Only a name that ends with one of theirs: "基本支出结转20.00
			// 万元" is a part of the 结转, not the 基本支出.
			if s = x.summaryIncome(lookupEnding(n, incomeNames)); s == nil {
				s = lookupEnding(n, expendNames)
			}
		}
	case ctxAppr:
		s = lookup(n, apprNames)
	case ctxIncome:
		s = x.summaryIncome(lookup(n, incomeNames))
	case ctxExpend:
		s = lookup(n, expendNames)
	case ctxGeneral:
		s = lookup(n, generalNames)
	case ctxBasic:
		s = lookup(n, basicNames)
		if s == nil && !strings.Contains(window, "项目") && !strings.Contains(x.sentenceText, "项目") {
			// Not in a clause about 项目支出 ("另外，项目支出中安排委托业务
			// 费449.52万元、办公费3.00万元": the 基本支出 table holds
			// neither).
			s = x.economicSubject(n)
		}
	case ctxGovFund:
		s = fundNames(accounts.KindGovFund, n)
	case ctxStateCap:
		s = fundNames(accounts.KindStateCapital, n)
	case ctxThree:
		s = lookup(n, threeNames)
	case ctxRunning:
		if strings.Contains(n, "机关运行经费") || strings.Contains(n, "机关运行费") {
			s = newSubject("机关运行经费", running)
		}
	case ctxProcure:
		s = lookup(n, procureNames)
	}
	if s == nil {
		s = lookup(n, globalNames)
	}
	if s == nil {
		// A 款 or 项 named without markers, under the 类 in force.
		if _, _, _, ok := functionTable(x.ctx); ok {
			if c, ok := x.funcs.bare(name, x.class); ok {
				s = x.functionSubject(c, cleanFunctionName(name))
			} else if c, ok := x.funcs.bare(name, classify.Function{}); ok && x.class.Valid() && c.Level() == classify.Class {
				// The next 类 named without its marker ("…；社会保障和就业
				// 支出326.72万元，占11.11%"), after another.
				s = x.functionSubject(c, cleanFunctionName(name))
			}
		}
	}
	return s
}

// codeInBracketsRE is a 功能分类 code in brackets after a name:
// "行政运行（2010601）".
var codeInBracketsRE = regexp.MustCompile(`[（(](2[0-9]{2}(?:[0-9]{2}){0,2})[）)]$`)

// unheld is a subject no part of the document holds, and why.
func unheld(name, why string) *subject {
	s := newSubject(name)
	s.noField = why
	return s
}

// whyProjectPart is why a kind of projects' or a project's 项目支出 is
// not checked.
const whyProjectPart = "a kind or a project's part of 项目支出, which no table prints"

// partOf says why a name (normalised) is a part of what its words end
// with, and not that whole, or "" when it is not one: the 本级's, a
// unit's or a source's ("本级基本支出", "上级财政拨款收入"), what is not
// 财政拨款 ("非财政拨款收入"), a part of 人员经费 or 公用经费 ("在职人员经费",
// "日常公用经费"), a kind of projects' or a project's 项目支出 ("特定目标类
// 项目支出", "信息化建设项目支出").
func partOf(n string) string {
	for _, q := range []string{"本级", "所属单位", "下属单位", "所属", "上级财政拨款"} {
		if strings.HasPrefix(n, q) && n != q {
			return "a part (本级, a unit's, a source's) of what no table splits so"
		}
	}
	switch {
	case strings.HasPrefix(n, "非财政拨款") || strings.HasPrefix(n, "其中非财政拨款"):
		return "the part not from 财政拨款, which no table prints as such"
	case isCostPart(n):
		return "a part of 人员经费 or 公用经费, which no table prints"
	case isProjectPart(n):
		return whyProjectPart
	}
	return ""
}

// isCostPart reports whether a name is a part of 人员经费 or 公用经费: words
// before it other than a fund's, the year's, the department's or the
// 基本支出's ("在职人员经费", "离退休人员经费", "行政人员经费", "日常公用经费",
// "定额公用经费", "基本公用经费").
func isCostPart(n string) bool {
	for _, whole := range []string{"人员经费", "公用经费"} {
		before, ok := strings.CutSuffix(n, whole)
		if !ok {
			continue
		}
		return withoutWholes(strings.Trim(yearRE.ReplaceAllString(before, ""), "、，,：: 的"), costWholes) != ""
	}
	return false
}

// costWholes are the words before 人员经费 or 公用经费 that name all of it.
var costWholes = append([]string{"基本支出中", "基本支出", "一般公共预算财政拨款基本支出", "安排", "安排的", "用于"}, projectWholes...)

// projectWholes are the words before 项目支出 that name all of it (of a
// fund, or of the year), not a part.
var projectWholes = []string{"一般公共预算财政拨款", "一般公共预算", "政府性基金预算财政拨款", "政府性基金预算", "政府性基金",
	"国有资本经营预算财政拨款", "国有资本经营预算", "财政拨款", "本年", "本年度", "当年", "年度", "全年", "其中", "部门", "单位", "本部门", "本单位"}

// isProjectPart reports whether a name is the 项目支出 of a kind of
// projects or of one project: words before 项目支出 other than a fund's,
// the year's or the department's.
func isProjectPart(n string) bool {
	before, ok := strings.CutSuffix(n, "项目支出")
	if !ok {
		return false
	}
	return withoutWholes(strings.Trim(yearRE.ReplaceAllString(before, ""), "、，,：: "), projectWholes) != ""
}

// withoutWholes removes from the end of s, again and again, the longest of
// the words that name a whole ("本部门" rather than "部门", which would
// leave "本"), and the blanks and marks between them; what is left
// qualifies a part.
func withoutWholes(s string, wholes []string) string {
	for s != "" {
		best := ""
		for _, w := range wholes {
			if len(w) > len(best) && strings.HasSuffix(s, w) {
				best = w
			}
		}
		if best == "" {
			break
		}
		s = strings.TrimRight(strings.TrimSuffix(s, best), "、，,：: 的")
	}
	return s
}

// summaryIncome points an income of 收入决算表 at the rows of 收入支出决算总表
// when the document has only the latter.
func (x *extractor) summaryIncome(s *subject) *subject {
	if s == nil || len(s.of) != 1 || s.of[0].Table != accounts.KindIncome || x.doc == nil || x.doc.Tables == nil ||
		x.doc.Tables.Income != nil || x.doc.Tables.Summary == nil {
		return s
	}
	in := accounts.SideIncome
	switch s.of[0].Column {
	case accounts.ColAppropriation:
		s.of[0] = disclosure.SumRef(t01(in, accounts.ItemGeneralIncome), t01(in, accounts.ItemGovFundIncome), t01(in, accounts.ItemStateCapitalIncome))
	case accounts.ColSuperior:
		s.of[0] = t01(in, accounts.ItemSuperiorIncome)
	case accounts.ColBusiness:
		s.of[0] = t01(in, accounts.ItemBusinessIncome)
	case accounts.ColOperating:
		s.of[0] = t01(in, accounts.ItemOperatingIncome)
	case accounts.ColAffiliated:
		s.of[0] = t01(in, accounts.ItemAffiliatedIncome)
	case accounts.ColOtherIncome:
		s.of[0] = t01(in, accounts.ItemOtherIncome)
	}
	return s
}

// defaultSubject is the subject of a figure whose clause names none and
// follows none.
func (x *extractor) defaultSubject() *subject {
	switch x.ctx {
	case ctxRunning:
		return newSubject("机关运行经费", running)
	case ctxThree:
		return threePublic("合计")
	}
	return nil
}

// denominator is what a bare 占 is a share of in the context.
func (x *extractor) denominator() (disclosure.Ref, bool) {
	switch x.ctx {
	case ctxIncome:
		return incomeTotal, true
	case ctxExpend:
		return spentTotal, true
	case ctxGeneral:
		return general, true
	case ctxThree:
		return disclosure.PartRef(disclosure.PartThreePublic, "决算数/合计"), true
	case ctxProcure:
		return disclosure.PartRef(disclosure.PartProcurement, "总额"), true
	}
	return disclosure.Ref{}, false
}

// reservationField names the 政府采购 reservation figure (财库〔2020〕46号)
// that the words before a figure describe, or "" for none.
func reservationField(w string) string {
	won := strings.Contains(w, "中标") || strings.Contains(w, "成交")
	switch {
	case won && strings.Contains(w, "其他"):
		return "其他中小企业中标"
	case won && strings.Contains(w, "小微企业供应商"):
		return "预留小微企业中标"
	case won:
		return "预留中小企业中标"
	case strings.Contains(w, "面向小微企业预留"):
		return "预留小微企业"
	case strings.Contains(w, "预留"):
		return "预留中小企业"
	}
	return ""
}

// economicSubject resolves a 经济分类 name of the 基本支出 paragraph
// ("基本工资262.33万元", "商品和服务支出181.07万元") to its row of the 基本支出
// table, when exactly one of its rows prints that name.
func (x *extractor) economicSubject(n string) *subject {
	if x.doc == nil || x.doc.Tables == nil || n == "" {
		return nil
	}
	t := x.doc.Tables.Get(accounts.KindBasicExpenditure)
	if t == nil {
		return nil
	}
	var found *accounts.Row
	for i := range t.Rows {
		r := &t.Rows[i]
		if !r.Economic.Valid() || normalize(r.Name) != n {
			continue
		}
		if found != nil && found.Economic != r.Economic {
			return nil // two rows of that name
		}
		found = r
	}
	if found == nil {
		return nil
	}
	return newSubject(found.Name, disclosure.Ref{Table: accounts.KindBasicExpenditure, Side: accounts.SideMain, Economic: found.Economic, Column: accounts.ColAmount})
}
