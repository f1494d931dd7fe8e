package budget

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/reader/tables"
)

// Subject names what a narrative statement gives a figure for.
type Subject uint8

// The subjects the 编制说明 states figures for.
const (
	SubjectIncome              Subject = iota + 1 // 收入预算 (收入总计)
	SubjectExpenditure                            // 支出预算 (支出总计)
	SubjectAppropriationIncome                    // 财政拨款收入
	SubjectAppropriation                          // 财政拨款支出预算
	SubjectGeneral                                // 一般公共预算拨款支出预算
	SubjectFund                                   // 政府性基金拨款支出预算
	SubjectCapital                                // 国有资本经营预算拨款支出预算
	SubjectThreePublic                            // "三公"经费预算数
	SubjectAbroad                                 // 因公出国(境)费
	SubjectVehicle                                // 公务用车购置及运行费
	SubjectVehiclePurchase                        // 公务用车购置费
	SubjectVehicleRunning                         // 公务用车运行(维护)费
	SubjectReception                              // 公务接待费
	SubjectRunningCosts                           // 机关运行经费预算
	SubjectProcurement                            // 政府采购预算 (总金额)
	SubjectProcurementGoods                       // 政府采购货物预算 (拟采购货物支出)
	SubjectProcurementWorks                       // 政府采购工程预算
	SubjectProcurementServices                    // 政府采购服务预算
	SubjectBasic                                  // 基本支出 (of the whole 支出预算)
	SubjectProject                                // 项目支出 (of the whole 支出预算)
	SubjectGeneralIncome                          // 一般公共预算拨款收入
	SubjectFundIncome                             // 政府性基金拨款收入
	SubjectCapitalIncome                          // 国有资本经营预算拨款收入
	SubjectTargetFunds                            // 绩效目标 涉及项目预算资金
	SubjectPersonnel                              // 人员经费 (of the 基本支出)
	SubjectPublic                                 // 公用经费 (of the 基本支出)
	SubjectReserve                                // 单位预留机动经费 (支出预算总表 of the 12-table layout)
	SubjectGeneralBasic                           // 一般公共预算(财政拨款)基本支出 (the 基本支出 table's total)
	SubjectProcurementSME                         // 面向中小企业预留的政府采购预算
	SubjectProcurementSmall                       // 其中预留给小微企业的
	SubjectGeneralProject                         // 一般公共预算项目支出 (the 一般公共预算支出表's 项目支出 total)
	numSubjects

	// subjectBoth names 收入 and 支出 together ("收入、支出预算总计"): a
	// statement of each.
	subjectBoth Subject = 255
)

var subjectNames = [...]string{"", "收入预算", "支出预算", "财政拨款收入", "财政拨款支出预算",
	"一般公共预算拨款支出预算", "政府性基金拨款支出预算", "国有资本经营预算拨款支出预算",
	"“三公”经费预算数", "因公出国(境)费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费",
	"公务接待费", "机关运行经费预算", "政府采购预算", "政府采购货物预算", "政府采购工程预算", "政府采购服务预算",
	"基本支出预算", "项目支出预算", "一般公共预算拨款收入", "政府性基金拨款收入", "国有资本经营预算拨款收入", "绩效目标涉及项目预算资金",
	"人员经费", "公用经费", "单位预留机动经费", "一般公共预算基本支出", "面向中小企业预留的政府采购预算",
	"预留给小微企业的政府采购预算", "一般公共预算项目支出"}

// String returns the subject's name as the Shanghai template words it.
func (s Subject) String() string {
	if s == 0 || s >= numSubjects {
		return ""
	}
	return subjectNames[s]
}

// subjectPatterns spell each subject as printed (after [foldNarrative]);
// at one position the first listed wins, so longer spellings come first.
var subjectPatterns = []struct {
	re string
	s  Subject
}{
	// "收入、支出预算总计37188.34万元" (Jiangsu), "收、支预算总计…".
	{`收入、?支出预算(?:总计|合计)?各?|收、支预算(?:总计|合计)?各?`, subjectBoth},
	// "收、支总计各9628.22万元", "收支总计各…", "收入、支出合计各…".
	{`收入?、?支出?(?:总计|合计)各?`, subjectBoth},
	// "2026年（本年）一般公共预算基本支出2574.17万元，其中：人员经费…"
	// (the national template's 基本支出 section).
	{`一般公共预算(?:拨款|财政拨款)?基本支出(?:预算)?`, SubjectGeneralBasic},
	{`一般公共预算(?:拨款|财政拨款)?支出预算`, SubjectGeneral},
	// "本年一般公共预算支出9628.22万元" (Guangxi): the fund's spending.
	{`一般公共预算(?:拨款|财政拨款)?支出`, SubjectGeneral},
	// "2026年一般公共预算当年拨款9628.22万元" (the national template's
	// 一般公共预算支出 section).
	{`一般公共预算当年(?:财政)?拨款(?:规模)?`, SubjectGeneral},
	{`一般公共预算(?:拨款|财政拨款)?收入`, SubjectGeneralIncome},
	{`政府性基金(?:预算)?(?:拨款|财政拨款)?收入`, SubjectFundIncome},
	{`国有资本经营预算(?:拨款|财政拨款)?收入`, SubjectCapitalIncome},
	{`政府性基金(?:预算)?(?:拨款|财政拨款)?支出预算`, SubjectFund},
	{`国有资本经营预算(?:拨款|财政拨款)?支出预算`, SubjectCapital},
	// "2026年政府性基金预算支出100.00万元" (the national template's
	// 政府性基金预算支出 section), as "一般公共预算支出…" is the fund's.
	{`政府性基金(?:预算)?(?:拨款|财政拨款)?支出`, SubjectFund},
	{`国有资本经营预算(?:拨款|财政拨款)?支出`, SubjectCapital},
	{`财政拨款支出预算`, SubjectAppropriation},
	// "财政拨款收支总预算9628.22万元" (Guangxi), "财政拨款收、支总预算…"
	// (the national template).
	{`财政拨款收、?支总预算`, SubjectAppropriation},
	// "2026年收支总预算9628.22万元" (Shandong), "部门预算收支总额…",
	// "收、支总预算…".
	{`(?:部门)?收、?支(?:总预算|预算总额|预算总计)|部门预算收、?支总额`, subjectBoth},
	// "2026年XX收入总计9628.22万元，支出总计9628.22万元" (the national
	// template): the department's, unless its sentence is a fund's.
	{`收入总计`, SubjectIncome},
	{`支出总计`, SubjectExpenditure},
	// "收入合计9628.22万元，支出合计9628.22万元", "部门预算收入…", "总收入…",
	// "本年收入…" (the 本年收入合计: the total less 上年结转).
	{`收入合计`, SubjectIncome},
	{`支出合计`, SubjectExpenditure},
	{`(?:本年|当年)收入(?:合计|小计|总计)?|部门预算(?:总)?收入|(?:部门)?总收入`, SubjectIncome},
	{`(?:本年|当年)支出(?:合计|小计|总计)?|部门预算(?:总)?支出|(?:部门)?总支出`, SubjectExpenditure},
	{`财政拨款收入`, SubjectAppropriationIncome},
	// "“三公”经费财政拨款预算数为18.01万元" (the national template).
	{`"?三公"?经费(?:财政拨款)?(?:预算数?)?`, SubjectThreePublic},
	{`因公出国\(境\)费(?:用)?`, SubjectAbroad},
	{`公务用车购置及运行(?:维护)?费`, SubjectVehicle},
	{`公务用车购置(?:费)?`, SubjectVehiclePurchase},
	{`公务用车运行(?:维护)?费`, SubjectVehicleRunning},
	{`公务接待费`, SubjectReception},
	{`机关运行经费(?:财政拨款)?(?:预算)?`, SubjectRunningCosts},
	// "政府采购预算1486.42万元", "政府采购预算总金额为5227.59万元"; the
	// kinds "政府采购货物预算3.66万元", "拟采购货物支出1637.72万元".
	{`政府采购预算(?:总金额|总额|金额)?`, SubjectProcurement},
	// "面向中小企业预留政府采购项目预算金额80.00万元" (the national
	// template), "预留给中小企业80.00万元", "其中，预留给小微企业…".
	{`面向中小企业预留(?:的)?(?:政府)?(?:采购)?(?:项目)?(?:预算)?(?:金额|份额)?|(?:专门)?面向中小企业(?:的)?(?:政府)?采购(?:项目)?(?:预算)?(?:金额|份额)?|预留给中小企业(?:的)?(?:政府)?(?:采购)?(?:项目)?(?:预算)?(?:金额|份额)?`, SubjectProcurementSME},
	// "预留给小型和微型企业的政府采购项目预算为1486.42万元" (Shanghai).
	{`(?:面向|预留给)(?:小微|小型和微型|小型、微型)企业(?:预留)?(?:的)?(?:政府)?(?:采购)?(?:项目)?(?:预算)?(?:金额|份额)?`, SubjectProcurementSmall},
	{`(?:政府采购|拟采购)货物(?:类)?(?:采购)?(?:预算|支出)(?:金额)?|货物类采购`, SubjectProcurementGoods},
	{`(?:政府采购|拟采购)工程(?:类)?(?:采购)?(?:预算|支出)(?:金额)?|工程类采购`, SubjectProcurementWorks},
	{`(?:政府采购|拟采购)服务(?:类)?(?:采购)?(?:预算|支出)(?:金额)?|服务类采购`, SubjectProcurementServices},
	// "基本支出776.13万元", "项目支出预算1519.14万元": of the whole
	// 支出预算 unless the sentence is about a fund (see [qualified]).
	{`基本支出(?:预算)?(?:数)?`, SubjectBasic},
	{`项目支出(?:预算)?(?:数)?`, SubjectProject},
	// "编报绩效目标的项目20个，涉及项目预算资金7054.05万元".
	{`涉及项目(?:预算)?(?:资金|金额)(?:合计|共计|总额)?`, SubjectTargetFunds},
	// The national template's "实行绩效目标管理的项目20个，涉及一般公共预算
	// 当年财政拨款7054.05万元": projects counted right before.
	{`项目[0-9]+个[，,]?涉及(?:一般公共预算(?:当年)?(?:财政)?拨款|预算资金|预算金额|资金)`, SubjectTargetFunds},
	{`单位预留机动经费`, SubjectReserve},
	// "（一）人员经费18387.95万元" of the 基本支出.
	{`人员经费`, SubjectPersonnel},
	{`公用经费`, SubjectPublic},
	{`收入(?:总)?预算`, SubjectIncome},
	// "支出总预算96282213.44元" (Guangxi).
	{`支出(?:总)?预算`, SubjectExpenditure},
}

// amountRE is a figure and its unit: "9,628.22万元", "0.96亿元", or
// "96282213.44元" where the 编制说明 states amounts in 元; the group holds
// the figure and 万 or 亿 when printed (see [parseFigure]).
const amountRE = `([0-9][0-9,]*(?:\.[0-9]+)?[万亿]?)元`

// itemName is a 款 or 项 name between the codes of a 功能分类 item: up to
// 40 characters, a short bracketed part of the official name included
// ("政府办公厅(室)及相关机构事务", "因公出国(境)费用"), a code's bracket not.
const itemName = `(?:[^()]|\([^()0-9]{1,3}\)){0,40}?`

var (
	statementRE = func() *regexp.Regexp {
		alts := make([]string, len(subjectPatterns))
		for i, p := range subjectPatterns {
			alts[i] = "(" + p.re + ")"
		}
		// The subject, then its figure: "收入预算9628.22万元", "预算数为10.81万元",
		// "预算安排10.81万元", "安排271.83万元" (the commonest verb outside
		// Shanghai), "为0" (no unit only for a nought).
		// After the subject, what the template puts before the figure:
		// "收入预算总计", "因公出国(境)费预算支出", "项目支出预算数为",
		// "“三公”经费财政拨款预算总额为".
		return regexp.MustCompile(`(?:` + strings.Join(alts, "|") + `)(?:预算|支出|总计|合计|总额|安排|数){0,3}(?:为|是)?(?:` + amountRE + `|(0)(?:[^0-9.,万元]|$))`)
	}()
	// The change beside a figure: "，比2025年预算增加793.14万元", "，与2025年预算持平",
	// or in the next sentence: "。与上年相比增加3397.18万元".
	changeRE = regexp.MustCompile(`^[,，。]?(?:(?:比|较|与)(?:上年|(\d{4})年)(?:年初)?(?:预算)?(?:数)?(?:相比)?|同比)[,，]?(?:(增加|减少|增长|下降)` + amountRE + `|持平)`)
	// A 功能分类 item: "公共安全支出(204类)司法(06款)行政运行(01项)1672.67万元".
	// The figure may follow a colon, a year, 预算, 安排, 为 or 支出:
	// "行政运行(01项):预算数为1627.67万元", "行政运行(01项)2026年预算安排…".
	itemRE    = regexp.MustCompile(`\((\d{3})类\)` + itemName + `(?:\((\d{2})款\)` + itemName + `)?(?:\((\d{2})项\))?[:：]?(?:\d{4}年)?(?:预算)?(?:安排|数)?(?:为|是)?(?:支出)?` + amountRE)
	priorRE   = regexp.MustCompile(`预算执行数为` + amountRE)
	plannedRE = regexp.MustCompile(`预算安排` + amountRE)
	growthRE  = regexp.MustCompile(`(增加|减少|增长|下降|增幅|降幅|涨幅|减幅)(?:为|达)?([0-9]+(?:\.[0-9]+)?)%`)
	// The rate after a change: "，下降0.37%".
	rateRE = regexp.MustCompile(`^[,，]?(?:同比)?(增加|减少|增长|下降|增幅|降幅|涨幅|减幅)(?:为|达)?([0-9]+(?:\.[0-9]+)?)%`)
	// The share after a figure: "，占33.81%", "，占财政拨款支出预算的89.43%",
	// "，占比33.8%"; the group before the figure names what it is of.
	shareRE = regexp.MustCompile(`^[,，]?占(?:比)?([^0-9%,，。;；]{0,16}?)(?:的)?(?:比重|比例)?(?:为)?([0-9]+(?:\.[0-9]+)?)%`)
	// statedYearRE is a year right before a statement's subject.
	statedYearRE  = regexp.MustCompile(`(20[0-9]{2})年度?(?:本部门|本单位|部门|单位)?(?:财政拨款)?$`)
	emptyReasonRE = regexp.MustCompile(`原因(?:是|为|:|：)+(?:[。;；]|$)`)
)

// Statement is one figure the 编制说明 states, with the change against an
// earlier budget printed beside it.
type Statement struct {
	Subject Subject
	// Amount is the figure in 万元 as printed, Decimals its decimals.
	Amount   fiscal.Amount
	Decimals int
	// HasChange is set when a change is printed beside the figure
	// ("比2025年预算增加793.14万元", "与2025年预算持平"); Change is signed.
	HasChange      bool
	Change         fiscal.Amount
	ChangeDecimals int
	// ComparedYear is the year of the budget compared with, 0 for 上年.
	ComparedYear int
	// Year is the year printed right before the subject ("2025年“三公”经费
	// 预算数为…"), or before the total it is listed after ("2025年收入预算
	// …，其中：一般公共预算拨款收入…"), 0 when none: a figure of an earlier
	// year's budget.
	Year int
	// Rate is the growth rate printed after the change ("，下降0.37%"),
	// without its sign (RateNegative for 减少, 下降); "" when none.
	Rate         string
	RateNegative bool
	// Share is the percentage printed after the figure ("，占33.81%"),
	// "" when none, and ShareOver the subject it is a share of (named, or
	// the usual one: 支出预算 for 基本支出, 财政拨款支出预算 for a fund).
	Share     string
	ShareOver Subject
	Line      int
	Text      string // the statement as printed (folded)

	// clause is what the statement's sentence prints before its subject
	// ("其中:普陀区法律援助中心2026年支出预算373.37万元,", "上年"), folded.
	clause string
	// both is set on the two statements one figure of 收入 and 支出
	// together makes ("收支总预算9628.22万元").
	both bool
	// sentence numbers the sentence the statement is in (the "。" before
	// it, counted).
	sentence int
	// at is the statement's place in the joined text.
	at int
	// shareUnnamed is set when the share names no total ("，占90%"):
	// ShareOver is then the usual one, and the share may be of another
	// (see [shareTotals]).
	shareUnnamed bool
	// split is set on the 一般公共预算's 基本支出 or 项目支出 stated as the
	// split of its total (after it, or as a share of it).
	split bool
	// current is set on a total of the year's own ("本年收入…"): the
	// 本年收入合计 (or 本年支出合计), not the 收入总计 with 上年结转.
	current bool
	// whole is the total the statement is listed after as a source
	// ("收入预算…，其中：一般公共预算拨款收入…，占99.29%"): its place in the
	// joined text and its subject (0 when none), the whole of a share
	// that names no other.
	whole wholeRef
}

// wholeRef names a statement by its place in the joined text and its
// subject (two statements share a place where one figure is of 收入 and
// 支出 together); the zero value names none.
type wholeRef struct {
	at int
	s  Subject
}

// statement returns the statement of n that w names, or nil.
func (w wholeRef) statement(n *Narrative) *Statement {
	if w.s == 0 {
		return nil
	}
	for i := range n.Statements {
		if s := &n.Statements[i]; s.at == w.at && s.Subject == w.s {
			return s
		}
	}
	return nil
}

// FunctionItem is a 功能分类 item of the 财政拨款支出主要内容: its code, the amount,
// the previous year's figure, the budget year's figure and the growth
// stated between them.
type FunctionItem struct {
	Code     classify.Function
	Amount   fiscal.Amount
	Decimals int
	// Prior and Planned are the "预算执行数为" and "预算安排" figures, when
	// printed.
	Prior, Planned                 *fiscal.Amount
	PriorDecimals, PlannedDecimals int
	// Growth is the printed percentage (signed by 增加/减少) with its
	// decimals; HasGrowth reports whether one is printed.
	HasGrowth      bool
	Growth         string
	GrowthNegative bool
	// Change is the change against last year stated beside the figure
	// ("与上年相比增加 2421.68 万元"), signed, when no earlier figure is.
	Change         *fiscal.Amount
	ChangeDecimals int
	// Share is the percentage printed after the figure ("，占支出总预算
	// 90.64%"), "" when none, and ShareOver what it is a share of.
	Share     string
	ShareOver Subject
	Line      int
	Text      string
	// Year is the year printed between the item's name and its figure
	// ("行政运行（项）2026年预算数为…"), 0 when none.
	Year int
	// Basic and Project are the item's own split stated after it ("其中：
	// 基本支出1672.67万元，项目支出0万元"), when stated.
	Basic, Project                 *fiscal.Amount
	BasicDecimals, ProjectDecimals int

	// start and end are the item's place in the joined text (end 0 when
	// not known).
	start, end int
}

// Narrative is what the 编制说明 of a budget states: the figures of its
// subjects, the 功能分类 items, and the lines where a reason is announced
// but not given.
type Narrative struct {
	Statements   []Statement
	Items        []FunctionItem
	EmptyReasons []int // lines of "主要原因是。"
	// NamedItems are the 功能分类 items stated by name alone with their
	// split ("机构运行1100910.5元，其中：基本支出…"), resolved to a code by the
	// tables when checked.
	NamedItems []NamedItem
	// Sources are the sources of income listed after a total ("其中：一般
	// 公共预算…，事业收入…").
	Sources []IncomeSource
	// Parts are the figures stated for a part of the 人员经费 or 公用经费
	// ("在职人员经费…", "离退休人员经费…").
	Parts []CostPart
	// Projects are the projects' 情况说明, in order.
	Projects []Project
}

// Figures counts the figures read: each statement, 功能分类 item (by code
// or by name), source of income and part of the 人员经费 or 公用经费, and
// each share stated beside a statement, a source or an item (the
// coverage's count of narrative figures).
func (n *Narrative) Figures() int {
	if n == nil {
		return 0
	}
	c := len(n.Statements) + len(n.Items) + len(n.NamedItems) + len(n.Sources) + len(n.Parts)
	for _, s := range n.Statements {
		if s.Share != "" {
			c++
		}
	}
	for _, s := range n.Sources {
		if s.Share != "" {
			c++
		}
	}
	for _, it := range n.Items {
		if it.Share != "" {
			c++
		}
	}
	return c
}

// Get returns the first statement of subject s, or nil.
func (n *Narrative) Get(s Subject) *Statement {
	if n == nil {
		return nil
	}
	for i := range n.Statements {
		if n.Statements[i].Subject == s {
			return &n.Statements[i]
		}
	}
	return nil
}

// All returns every statement of subject s, in order.
func (n *Narrative) All(s Subject) []*Statement {
	if n == nil {
		return nil
	}
	var out []*Statement
	for i := range n.Statements {
		if n.Statements[i].Subject == s {
			out = append(out, &n.Statements[i])
		}
	}
	return out
}

// foldNarrative folds what varies between extractions: spaces removed,
// full-width brackets, colons and quotation marks made one form.
func foldNarrative(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case ' ', '\t', '\u3000', '\u00a0', '\r', '\n', '\f', '\v':
			continue
		case '（':
			r = '('
		case '）':
			r = ')'
		case '“', '”', '＂':
			r = '"'
		case '：':
			r = ':'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// joined is the text of many lines run together, with the line each byte
// comes from.
type joined struct {
	text  string
	lines []int // by byte
}

func join(lines []string) joined {
	var b strings.Builder
	var at []int
	for i, l := range lines {
		f := foldNarrative(l)
		b.WriteString(f)
		for range len(f) {
			at = append(at, i+1)
		}
	}
	return joined{text: b.String(), lines: at}
}

func (j joined) line(off int) int {
	if off >= 0 && off < len(j.lines) {
		return j.lines[off]
	}
	return 0
}

// isTableLine reports whether a line is a row of a table: two or more
// figures, at least half its fields, and no sentence punctuation.
func isTableLine(l string) bool {
	if strings.Contains(l, "。") || strings.Contains(l, "，") {
		// A sentence ("2019 年政府采购预算总金额为 5227.59 万元。其中…").
		return false
	}
	f := strings.Fields(l)
	nums := 0
	for _, x := range f {
		if _, err := strconv.ParseFloat(strings.ReplaceAll(x, ",", ""), 64); err == nil {
			nums++
		}
	}
	return nums >= 2 && nums*2 >= len(f)
}

// tableTitleRE is a table's title alone on its line, as folded: up to 40
// characters ending in 表, with no sentence punctuation; a short bracket
// after it ("(续)", "(表1)") and the unit ("单位:万元") may follow.
var tableTitleRE = regexp.MustCompile(`^([^。，,；;]{1,38}表)(?:\([^()]{1,6}\))?(?:(?:金额)?单位:(?:万元|元|亿元))?$`)

// isTableTitle reports whether a line is a table's title alone
// ("2020年一般公共预算“三公”经费支出表", "表一：部门收支总表", "部门收支总表
// （续）   单位：万元").
func isTableTitle(l string) bool {
	m := tableTitleRE.FindStringSubmatch(foldNarrative(l))
	return m != nil && utf8.RuneCountInString(m[1]) <= 40
}

// isFigureLine reports whether a line holds figures alone, two or more
// ("23.34 0.00 19.89"): a row of a table with its names on other lines.
// A figure alone is no such line (a page number, or a figure wrapped
// from a sentence).
func isFigureLine(l string) bool {
	f := strings.Fields(l)
	if len(f) < 2 {
		return false
	}
	for _, x := range f {
		if !bareFigureRE.MatchString(x) {
			return false
		}
	}
	return true
}

// bareFigureRE is a figure as a table prints it: "2,858.05", "-1.00", "0".
var bareFigureRE = regexp.MustCompile(`^-?[0-9][0-9,]*(?:\.[0-9]+)?$`)

// isPageNumberLine reports whether a line holds a page number alone ("24",
// "- 24 -", "第24页"): a sentence running over a page break goes on after
// it.
func isPageNumberLine(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	if len(t) <= 4 && strings.Trim(t, "0123456789") == "" {
		return true
	}
	return tables.IsPageNumber(t)
}

// ReadNarrative reads the statements of a budget's 编制说明 from the lines
// of its text (any extraction; table rows are skipped). Lines are numbered
// from 1 in the order given.
func ReadNarrative(lines []string) *Narrative {
	text := make([]string, len(lines))
	for i, l := range lines {
		switch {
		case isTableTitle(l) || isFigureLine(l):
			// A table's title or a row of bare figures ends what is
			// before it: the 编制说明 after a table is no clause of the
			// lines before (a title "…一般公共预算“三公”经费支出表" would
			// make the first total after it a fund's).
			text[i] = "。"
		case !isTableLine(l) && !isPageNumberLine(l):
			text[i] = l
		}
	}
	j := join(text)
	n := &Narrative{}
	sentence, counted := 0, 0
	for _, m := range statementRE.FindAllStringSubmatchIndex(j.text, -1) {
		sentence += strings.Count(j.text[counted:m[0]], "。")
		counted = m[0]
		var s Subject
		words := ""
		for i := range subjectPatterns {
			if m[2+2*i] >= 0 {
				s, words = subjectPatterns[i].s, j.text[m[2+2*i]:m[3+2*i]]
				break
			}
		}
		if looseTotal(s, words) && (fundSentence(j.text[:m[0]]) || partQualified(j.text[:m[0]])) {
			continue // "财政拨款收入总计…，支出总计…": the 财政拨款's
		}
		base := 2 + 2*len(subjectPatterns)
		num := ""
		switch {
		case m[base] >= 0:
			num = j.text[m[base]:m[base+1]]
		case m[base+2] >= 0:
			num = "0"
		}
		a, d, ok := parseFigure(num)
		if !ok || s == 0 {
			continue
		}
		split := false
		if g := generalPart(s); g != 0 && len(n.Statements) > 0 && splitOfGeneral(j.text, n.Statements[len(n.Statements)-1], m[0]) {
			// "本年一般公共预算支出…。其中：基本支出…，项目支出…": the
			// 一般公共预算's split.
			s, split = g, true
		}
		if !split && qualified(s, j.text[:m[0]]) {
			continue
		}
		part := costPartOf(s, j.text[:m[0]])
		if s == SubjectPublic && part == "" && strings.HasSuffix(j.text[:m[0]], "日常") && len(n.Statements) > 0 {
			// "公用经费217.83万元，其中：日常公用经费200.00万元": a part where
			// the whole is stated before it in the sentence (alone, 日常
			// 公用经费 is the whole).
			if last := n.Statements[len(n.Statements)-1]; last.Subject == SubjectPublic && last.sentence == sentence {
				part = "日常"
			}
		}
		if part != "" {
			// "在职人员经费2300.00万元": a part of the 人员经费, not the whole.
			n.Parts = append(n.Parts, CostPart{Whole: s, Name: part, Amount: a, Decimals: d, Line: j.line(m[0]),
				Text: j.text[m[0]:m[1]], sentence: sentence})
			continue
		}
		st := Statement{Subject: s, Amount: a, Decimals: d, Line: j.line(m[0]), sentence: sentence, at: m[0],
			current: strings.HasPrefix(words, "本年") || strings.HasPrefix(words, "当年"), split: split}
		before := j.text[max(0, m[0]-120):m[0]]
		if k := strings.LastIndexAny(before, "。；;"); k >= 0 {
			before = before[k+1:]
		}
		st.clause = strings.ToValidUTF8(before, "")
		if y := statedYearRE.FindStringSubmatch(j.text[max(0, m[0]-24):m[0]]); y != nil {
			st.Year, _ = strconv.Atoi(y[1])
		}
		end := m[1]
		if num == "0" && m[base] < 0 {
			end = m[base+3]
		}
		rest := j.text[end:]
		if c := changeRE.FindStringSubmatchIndex(rest); c != nil {
			// 持平: no change at all, exactly.
			st.HasChange, st.ChangeDecimals = true, fiscal.WanYuan.MaxDecimals()
			if c[2] >= 0 {
				st.ComparedYear, _ = strconv.Atoi(rest[c[2]:c[3]])
			}
			if c[4] >= 0 {
				ch, cd, ok := parseFigure(rest[c[6]:c[7]])
				if ok {
					if w := rest[c[4]:c[5]]; w == "减少" || w == "下降" {
						ch, _ = ch.Neg()
					}
					st.Change, st.ChangeDecimals = ch, cd
				} else {
					st.HasChange = false
				}
			}
			end += c[1]
			if r := rateRE.FindStringSubmatchIndex(j.text[end:]); r != nil && st.Change.Fen() != 0 {
				rest := j.text[end:]
				w := rest[r[2]:r[3]]
				st.Rate, st.RateNegative = rest[r[4]:r[5]], w == "减少" || w == "下降" || w == "降幅" || w == "减幅"
				end += r[1]
			}
		}
		if sh := shareRE.FindStringSubmatchIndex(j.text[end:]); sh != nil {
			rest := j.text[end:]
			if g := generalPart(s); g != 0 && strings.HasPrefix(rest[sh[2]:sh[3]], "一般公共预算") {
				// "基本支出预算881300.39元，占一般公共预算支出的96.74%": the
				// 一般公共预算's 基本支出.
				s, st.Subject, st.split = g, g, true
			}
			if over := overSubject(s, rest[sh[2]:sh[3]]); over != 0 && over != s {
				st.Share, st.ShareOver = rest[sh[4]:sh[5]], over
				st.shareUnnamed = rest[sh[2]:sh[3]] == ""
				end += sh[1]
			}
		}
		st.Text = j.text[m[0]:end]
		if s == subjectBoth {
			st.Subject, st.both = SubjectIncome, true
			n.Statements = append(n.Statements, st)
			st.Subject = SubjectExpenditure
		}
		n.Statements = append(n.Statements, st)
	}
	readTotalsChange(j, n.Statements)
	n.Sources = readSources(j, n.Statements)
	n.NamedItems = readBareItems(j)
	n.Items = append(append(append(append(readItems(j), readClassItems(j)...), readNamedItems(j)...), readClassNamed(j)...), readCodedItems(j)...)
	sort.SliceStable(n.Items, func(a, b int) bool { return n.Items[a].Line < n.Items[b].Line })
	// A name another reader took with its code or level ("公共安全支出
	// 8726.73万元，其中：…") is that reader's item.
	n.NamedItems = slices.DeleteFunc(n.NamedItems, func(ni NamedItem) bool {
		return slices.ContainsFunc(n.Items, func(it FunctionItem) bool {
			return it.end > ni.Item.start && it.start < ni.Item.end
		})
	})
	bare := make([]FunctionItem, len(n.NamedItems))
	for i := range n.NamedItems {
		bare[i] = n.NamedItems[i].Item
	}
	spans := readItemSplits(j, n.Items)
	bareSpans := readItemSplits(j, bare)
	for i := range n.NamedItems {
		n.NamedItems[i].Item = bare[i]
	}
	if spans = append(spans, bareSpans...); len(spans) > 0 {
		// The 基本支出 and 项目支出 of an item's own split are the item's.
		n.Statements = slices.DeleteFunc(n.Statements, func(s Statement) bool {
			if s.Subject != SubjectBasic && s.Subject != SubjectProject {
				return false
			}
			for _, sp := range spans {
				if s.at >= sp[0] && s.at < sp[1] {
					return true
				}
			}
			return false
		})
	}
	for _, m := range emptyReasonRE.FindAllStringIndex(j.text, -1) {
		n.EmptyReasons = append(n.EmptyReasons, j.line(m[0]))
	}
	// A project's lines keep a figure alone on its line ("795" under
	// "六、年度预算安排(万元)"), which is no page number there.
	folded := make([]string, len(lines))
	for i, l := range lines {
		if text[i] != "" || !isTableLine(l) && !tables.IsPageNumber(strings.TrimSpace(l)) {
			folded[i] = foldNarrative(l)
		}
	}
	n.Projects = append(readProjects(folded), readTargetForms(lines)...)
	for i := range n.Projects {
		n.Projects[i].settle(0)
	}
	return n
}

// fundSentence reports whether the sentence that text ends in is about a
// fund or the 财政拨款 (its words before the subject name one).
func fundSentence(text string) bool {
	if i := strings.LastIndex(text, "。"); i >= 0 {
		text = text[i:]
	}
	return containsAnyWord(text, []string{"财政拨款", "一般公共预算", "政府性基金", "国有资本", "专户"})
}

// overSubject is the subject a share of s is of, from the words between
// 占 and the figure ("财政拨款支出预算", or none), or 0 when they name
// nothing known.
func overSubject(s Subject, words string) Subject {
	words = strings.TrimSuffix(strings.TrimSuffix(words, "总额"), "总计")
	switch {
	case words == "":
		switch s {
		case SubjectBasic, SubjectProject, SubjectAppropriation, SubjectReserve:
			return SubjectExpenditure
		case SubjectGeneral, SubjectFund, SubjectCapital:
			return SubjectAppropriation
		case SubjectGeneralIncome, SubjectFundIncome, SubjectCapitalIncome:
			return SubjectAppropriationIncome
		case SubjectAppropriationIncome:
			return SubjectIncome
		case SubjectProcurementSME:
			return SubjectProcurement
		case SubjectProcurementSmall:
			// Of the share reserved for 中小企业, or of the whole (see
			// [checker.narrativeShares]).
			return SubjectProcurementSME
		}
		return 0
	case strings.HasPrefix(words, `"三公"经费`) || strings.HasPrefix(words, "三公经费"):
		switch s {
		case SubjectAbroad, SubjectVehicle, SubjectVehiclePurchase, SubjectVehicleRunning, SubjectReception:
			return SubjectThreePublic
		}
		return 0
	case s == SubjectProcurementSME || s == SubjectProcurementSmall:
		switch {
		case strings.Contains(words, "中小企业") && s == SubjectProcurementSmall:
			return SubjectProcurementSME
		case strings.Contains(words, "采购"):
			return SubjectProcurement
		}
		return 0
	case (s == SubjectGeneralBasic || s == SubjectGeneralProject) && strings.HasPrefix(words, "一般公共预算"):
		return SubjectGeneral
	case strings.HasPrefix(words, "财政拨款收入"):
		return SubjectAppropriationIncome
	case strings.HasPrefix(words, "财政拨款支出"):
		return SubjectAppropriation
	case words == "收入预算" || words == "总收入" || words == "收入" || words == "收入总预算":
		return SubjectIncome
	case words == "支出预算" || words == "总支出" || words == "支出" || words == "支出总预算":
		return SubjectExpenditure
	}
	return 0
}

// qualified reports whether a bare 收入预算 or 支出预算 is the end of a
// longer subject (财政拨款基本支出预算, 项目支出预算): then it is not the
// total. A 基本支出 or 项目支出 is the whole budget's unless its sentence
// is about a fund or the 财政拨款 ("一般公共预算拨款支出中，基本支出…").
func qualified(s Subject, before string) bool {
	if s == SubjectBasic || s == SubjectProject {
		// The whole sentence: "一般公共预算拨款支出预算2686.48万元，其中：
		// 基本支出…；项目支出…" is about the fund in both its clauses.
		if i := strings.LastIndex(before, "。"); i >= 0 {
			before = before[i:]
		}
		if splitOfItem(before) {
			return true
		}
		// Its own clause names a unit, 本级, last year or an adjusted
		// budget: "上年基本支出预算…", "其中：XX中心基本支出预算…".
		clause := before
		if i := strings.LastIndexAny(before, "，,；;：:。"); i >= 0 {
			_, n := utf8.DecodeRuneInString(before[i:])
			clause = before[i+n:]
		}
		if clause = strings.TrimPrefix(strings.TrimSpace(clause), "其中"); clause != "" && !ownTotal(clause, 0) {
			return true
		}
		for _, q := range []string{"拨款", "一般公共预算", "政府性基金", "国有资本", "财政", "经费", "三公"} {
			if strings.Contains(before, q) {
				return true
			}
		}
		return false
	}
	if s != SubjectIncome && s != SubjectExpenditure {
		return false
	}
	// ... and of a 经济分类 class: "工资福利支出预算", "商品和服务支出预算",
	// "对个人和家庭补助支出预算", "资本性支出预算" (Guangxi).
	for _, q := range []string{"基本", "项目", "拨款", "经费", "基金", "经营", "用途", "公共预算", "资金", "当年", "本年",
		"福利", "服务", "补助", "资本性", "利息", "转移性", "其他"} {
		if strings.HasSuffix(before, q) {
			return true
		}
	}
	return false
}

// ownerRE is what a split "其中：基本支出…，项目支出…" belongs to: the name
// and figure before 其中 in its sentence (before its 基本支出, for the
// 项目支出 after it).
var ownerRE = regexp.MustCompile(`([^,，;；:：。]*?)[0-9][0-9,]*(?:\.[0-9]+)?[万亿]?元[,，]?其中:?(?:基本支出(?:预算)?(?:为)?[0-9][0-9,]*(?:\.[0-9]+)?[万亿]?元[,，、;；]?)?$`)

// splitOfItem reports whether a sentence so far is a 功能分类 item's
// amount with its own split to follow ("行政运行(2040601)1672.67万元，
// 其中：", "初中教育支出 2,065,405.42 元，其中："): the 基本支出 and 项目支出
// after it are the item's, not the department's.
func splitOfItem(before string) bool {
	m := ownerRE.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	name := m[1]
	if codeInNameRE.MatchString(name) || strings.Contains(name, "类)") || strings.Contains(name, "款)") || strings.Contains(name, "项)") {
		return true
	}
	name = strings.TrimLeft(listNumberRE.ReplaceAllString(name, ""), " ")
	return name != "" && functionNames()[NormalizeLabel(name)]
}

var (
	// codeInNameRE is a 功能分类 code in brackets after a name: "(2040601)".
	codeInNameRE = regexp.MustCompile(`\(2[0-9]{2}(?:[0-9]{2}){0,2}\)`)
	// listNumberRE is an item's number before its name: "1.", "(一)".
	listNumberRE = regexp.MustCompile(`^(?:[0-9]{1,2}[.、．]|\([一二三四五六七八九十0-9]{1,3}\)|[一二三四五六七八九十]{1,3}、)`)
)

// functionNames is every 功能分类 name of the embedded catalog, with and
// without a trailing 支出, normalised: built once.
var functionNames = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	cats, err := classify.Embedded(2024)
	if err != nil {
		return out
	}
	for e := range cats.Function.All() {
		n := NormalizeLabel(e.Name)
		out[n] = true
		out[strings.TrimSuffix(n, "支出")] = true
		out[n+"支出"] = true
	}
	return out
})

// readItems reads the 功能分类 items, each up to the next item.
func readItems(j joined) []FunctionItem {
	ms := itemRE.FindAllStringSubmatchIndex(j.text, -1)
	var out []FunctionItem
	for k, m := range ms {
		code := j.text[m[2]:m[3]]
		if m[4] >= 0 {
			code += j.text[m[4]:m[5]]
			if m[6] >= 0 {
				code += j.text[m[6]:m[7]]
			}
		}
		c, err := classify.ParseFunction(code)
		if err != nil {
			continue
		}
		a, d, ok := parseFigure(j.text[m[8]:m[9]])
		if !ok {
			continue
		}
		end := len(j.text)
		if k+1 < len(ms) {
			end = ms[k+1][0]
		}
		seg := j.text[m[1]:end]
		if i := strings.Index(seg, "。"); i >= 0 {
			// The item's text runs to the sentence giving its growth (or
			// to the next item).
			if g := growthRE.FindStringIndex(seg); g != nil {
				if e := strings.Index(seg[g[1]:], "。"); e >= 0 {
					seg = seg[:g[1]+e]
				}
			}
		}
		it := FunctionItem{Code: c, Amount: a, Decimals: d, Line: j.line(m[0]), Text: j.text[m[0]:m[1]] + seg, start: m[0], end: m[1]}
		if p := priorRE.FindStringSubmatch(seg); p != nil {
			if v, pd, ok := parseFigure(p[1]); ok {
				it.Prior, it.PriorDecimals = &v, pd
			}
		}
		if p := plannedRE.FindStringSubmatch(seg); p != nil {
			if v, pd, ok := parseFigure(p[1]); ok {
				it.Planned, it.PlannedDecimals = &v, pd
			}
		}
		if g := growthRE.FindStringSubmatch(seg); g != nil {
			it.HasGrowth, it.Growth = true, g[2]
			it.GrowthNegative = g[1] == "减少" || g[1] == "下降" || g[1] == "降幅" || g[1] == "减幅"
		}
		out = append(out, it)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Line < out[b].Line })
	return out
}

// classItemRE is a 类 of the 财政拨款支出 named in quotes before 科目:
// "“一般公共服务支出”科目12,789万元" (Shanghai's city-level wording).
var classItemRE = regexp.MustCompile(`"([^"]{2,20})"科目` + amountRE)

// readClassItems reads the 类 statements named in quotes: a name the
// catalog knows as a 类 becomes an item of that code (no prior figure or
// growth is read with it).
func readClassItems(j joined) []FunctionItem {
	ms := classItemRE.FindAllStringSubmatchIndex(j.text, -1)
	if len(ms) == 0 {
		return nil
	}
	cats, err := classify.Embedded(2024)
	if err != nil {
		return nil
	}
	var out []FunctionItem
	for _, m := range ms {
		c, ok := classByName(cats.Function, j.text[m[2]:m[3]])
		if !ok {
			continue
		}
		a, d, ok := parseFigure(j.text[m[4]:m[5]])
		if !ok {
			continue
		}
		out = append(out, FunctionItem{Code: c, Amount: a, Decimals: d, Line: j.line(m[0]), Text: j.text[m[0]:m[1]], start: m[0], end: m[1]})
	}
	return out
}

// parseFigure reads a figure of [amountRE] ("9628.22万", "0.96亿",
// "96282213.44" for 元) and its decimals counted in 万元. A figure in 元 is
// as precise as its last digit other than 0: 16726725.44 元 is exact (6
// decimals), but 96282200.00 元 may be 9628.22 万元 written out (2
// decimals). A figure in 亿元 has four decimals fewer, below zero when
// coarser than 1 万元 (0.96亿 is −2: to the 100 万元).
func parseFigure(s string) (fiscal.Amount, int, bool) {
	s = strings.ReplaceAll(s, ",", "")
	u, shift := fiscal.Yuan, 4
	if t, ok := strings.CutSuffix(s, "万"); ok {
		s, u, shift = t, fiscal.WanYuan, 0
	} else if t, ok := strings.CutSuffix(s, "亿"); ok {
		// "1.06亿元": 10600 万元 to the 100 万元 (decimals −2).
		s, u, shift = t, fiscal.YiYuan, -4
	}
	if s == "" {
		return fiscal.Amount{}, 0, false
	}
	a, err := fiscal.ParseAmount(s, u)
	if err != nil {
		return fiscal.Amount{}, 0, false
	}
	d := shift
	if _, f, ok := strings.Cut(s, "."); ok {
		d += len(f)
	}
	if u == fiscal.Yuan {
		digits := strings.ReplaceAll(s, ".", "")
		d -= len(digits) - len(strings.TrimRight(digits, "0"))
	}
	d = min(d, fiscal.WanYuan.MaxDecimals())
	if u != fiscal.YiYuan {
		d = max(d, 0)
	}
	if a.IsZero() {
		// A printed nought is nothing, not a rounded figure.
		d = fiscal.WanYuan.MaxDecimals()
	}
	return a, d, true
}
