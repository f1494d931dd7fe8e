package perf

import (
	"bytes"
	"strings"

	"github.com/cnfiscal/fiscal"
)

// Money is a money figure as printed on a form, kept with its text so that
// a check knows the precision it was printed at.
type Money struct {
	Text   string        // verbatim: "16.244万元", "5.85", "109.4万"
	Amount fiscal.Amount // what the text reads as
	Unit   fiscal.Unit   // the unit the text is in: its own suffix, else the form's
}

// ParseMoney reads a money figure printed on a form. unit is the form's
// unit (预算执行情况（万元）), used when the text names none; a unit in the
// text wins ("16.244万元", "109.4万"). Errors are those of
// [fiscal.ParseAmount].
func ParseMoney(text string, unit fiscal.Unit) (Money, error) {
	a, err := fiscal.ParseAmount(text, unit)
	if err != nil {
		return Money{}, err
	}
	u := unit
	t := trimSpace(text)
	switch {
	case strings.HasSuffix(t, "万元"), strings.HasSuffix(t, "万"):
		u = fiscal.WanYuan
	case strings.HasSuffix(t, "亿元"), strings.HasSuffix(t, "亿"):
		u = fiscal.YiYuan
	case strings.HasSuffix(t, "元"):
		u = fiscal.Yuan
	}
	return Money{Text: text, Amount: a, Unit: u}, nil
}

// HalfUnit returns half a unit of the last digit printed: 0.005 万元 (50 元)
// for "5.85" in 万元, 0.0005 万元 for "16.244万元", 0.5 万元 for "2000万". It
// is the most that rounding to the printed precision can have changed the
// figure by.
func (m Money) HalfUnit() fiscal.Amount {
	d := decimalsOf(m.Text)
	if !m.Unit.Valid() || d >= m.Unit.MaxDecimals() {
		return fiscal.Amount{}
	}
	step := m.Unit.Fen()
	for range d {
		step /= 10
	}
	return fiscal.Fen(step / 2)
}

// decimalsOf counts the digits after the decimal point of the first number
// in s.
func decimalsOf(s string) int {
	_, frac, ok := strings.Cut(strings.ReplaceAll(s, "．", "."), ".")
	if !ok {
		return 0
	}
	n := 0
	for _, r := range frac {
		if (r < '0' || r > '9') && (r < '０' || r > '９') {
			break
		}
		n++
	}
	return n
}

// Row is one 三级指标 row of a self-evaluation form, as printed. Blank cells
// are "": a blank 一级 or 二级 cell continues the one above (the form merges
// those cells), which [Resolve] fills in.
type Row struct {
	Line   int    // source line of the row, 0 when not read from a file
	Level1 string // 一级指标 as printed ("成本\n指标", "运行\n成本"); "" when blank
	Level2 string // 二级指标 as printed; "" when blank
	Name   string // 三级指标
	Class  string // 指标分类 (部门整体 forms: "绩效基本型"); "" on project forms
	Target string // 年初目标值（A）
	Actual string // 实际完成值（B）
	// Merged is set when the form prints one cell across 年初目标值 and
	// 实际完成值: its text is in Target and Actual is "".
	Merged bool
	Points string // 分值 as printed, "" when the form has no such column
	Score  string // 得分 as printed, "" when the form has no such column
	// Reason is the row's own 未完成原因分析 (or 偏差原因分析及改进措施) where
	// the form gives each row one, "" otherwise.
	Reason string
}

// Indicator is a row with its place in the tree resolved: the printed 一级
// and 二级 filled down from the rows above, and read as [Level1] and
// [Level2] where they are official.
type Indicator struct {
	Row
	Level1Text string   // the 一级 that applies, as printed on this row or above
	Level2Text string   // the 二级 that applies, as printed on this row or above
	Category   Category // the 一级 and 二级 read from them, where official
}

// Resolve fills down the merged 一级 and 二级 cells of rows and reads them.
// A blank 一级 continues the one above; a blank 二级 continues the one above
// only while the 一级 does.
//
// The Category's 一级 is the 二级's own when the 二级 is official, else the
// printed one: a "社会效益指标" row left under a merged "产出指标" cell counts
// as 效益 (and [RuleLevel] reports the layout). A 二级 "成本指标" under the
// 一级 "成本指标" repeats it and counts as the 一级 Cost alone.
func Resolve(rows []Row) []Indicator {
	out := make([]Indicator, 0, len(rows))
	var r resolver
	for i := range rows {
		out = append(out, r.next(&rows[i]))
	}
	return out
}

// resolver resolves rows one at a time, in order ([Resolve] without the
// slice: the checks look at one indicator at a time).
type resolver struct {
	l1, l2 string
	// The levels are read again only when the text changes: a 一级 and a
	// 二级 span many rows.
	p1           Level1
	ok1          bool // p1 is one of the four: the printed 一级 read
	p2           Level2
	read1, read2 bool
	last1, last2 string
	// memo, when set, holds the names read for the forms before.
	memo *levelMemo
}

// levelMemo remembers the 一级 and 二级 texts read and what they read as,
// for the forms of one document, whose rows print the same few names
// (about ten for hundreds of rows, broken over lines alike): each text is
// read once. Texts beyond its room are read each time.
type levelMemo struct {
	one [16]struct {
		text string
		l    Level1
		ok   bool
	}
	two [32]struct {
		text string
		l    Level2
	}
	n1, n2 int
}

// level1 is parseLevel1(s), read once per text.
func (m *levelMemo) level1(s string) (Level1, bool) {
	if m == nil {
		return parseLevel1(s)
	}
	for i := range m.n1 {
		if m.one[i].text == s {
			return m.one[i].l, m.one[i].ok
		}
	}
	l, ok := parseLevel1(s)
	if m.n1 < len(m.one) {
		m.one[m.n1].text, m.one[m.n1].l, m.one[m.n1].ok = s, l, ok
		m.n1++
	}
	return l, ok
}

// level2 is parseLevel2(s)'s level, read once per text.
func (m *levelMemo) level2(s string) Level2 {
	if m == nil {
		l, _ := parseLevel2(s)
		return l
	}
	for i := range m.n2 {
		if m.two[i].text == s {
			return m.two[i].l
		}
	}
	l, _ := parseLevel2(s)
	if m.n2 < len(m.two) {
		m.two[m.n2].text, m.two[m.n2].l = s, l
		m.n2++
	}
	return l
}

// printedLevel1 is [Indicator.PrintedLevel1] of the indicator next
// returned last, read once per run of rows under one 一级.
func (v *resolver) printedLevel1() (Level1, bool) { return v.p1, v.ok1 }

// next returns the indicator of r, the row after the ones resolved.
func (v *resolver) next(r *Row) Indicator {
	var ind Indicator
	v.nextInto(&ind, r)
	return ind
}

// nextInto is next writing the indicator into *ind (every field is set).
func (v *resolver) nextInto(ind *Indicator, r *Row) {
	if trimSpace(r.Level1) != "" {
		v.l1, v.l2 = r.Level1, ""
	}
	if trimSpace(r.Level2) != "" {
		v.l2 = r.Level2
	}
	ind.Row, ind.Level1Text, ind.Level2Text = *r, v.l1, v.l2
	if !v.read1 || v.l1 != v.last1 {
		v.p1, v.ok1 = v.memo.level1(v.l1)
		v.read1, v.last1 = true, v.l1
	}
	if !v.read2 || v.l2 != v.last2 {
		v.p2 = v.memo.level2(v.l2)
		v.read2, v.last2 = true, v.l2
	}
	p2 := v.p2
	if v.p1 == Cost && p2 == OutputCost {
		p2 = 0
	}
	ind.Category = Category{Level1: v.p1, Level2: p2}
	if p2.Valid() {
		ind.Category.Level1 = p2.Level1()
	}
}

// PrintedLevel1 returns the 一级 as printed on the row or above it, and
// whether it is one of the four: it differs from Category.Level1 when a
// 二级 sits under another 一级.
func (ind Indicator) PrintedLevel1() (Level1, bool) {
	return parseLevel1(ind.Level1Text)
}

// IsCost reports whether the indicator measures cost: its category is a
// cost ([Category.IsCost]), or, on 部门整体 forms, its printed 一级 names 成本
// (运行成本). A bare target of a cost indicator is an upper bound.
func (ind Indicator) IsCost() bool { return ind.isCost() }

// isCost is IsCost without copying the indicator, and without a string
// made of a 一级 broken over lines.
func (ind *Indicator) isCost() bool {
	if ind.Category.IsCost() {
		return true
	}
	if ind.Category.Level1 != 0 {
		return false
	}
	var buf [96]byte
	return bytes.Contains(levelKeyBytes(buf[:0], ind.Level1Text), []byte("成本"))
}

// Choice is one option of a tick-box row (项目类别, 项目属性, 项目类型).
type Choice struct {
	Text   string // as printed: "1、部门预算项目□√"
	Label  string // the option without its number and boxes: "部门预算项目"
	Ticked bool   // marked with ■, √, ☑, ✓ or ✔
}

// Choices reads the options of a tick-box row as printed.
func Choices(options []string) []Choice {
	out := make([]Choice, 0, len(options))
	for _, o := range options {
		c := Choice{Text: o, Ticked: strings.ContainsAny(o, "■√☑✓✔")}
		l := strings.TrimFunc(o, func(r rune) bool { return isSpace(r) || strings.ContainsRune("■□√☑✓✔", r) })
		if _, after, ok := strings.Cut(l, "、"); ok {
			l = after
		}
		c.Label = strings.TrimFunc(l, func(r rune) bool { return isSpace(r) || strings.ContainsRune("■□√☑✓✔", r) })
		out = append(out, c)
	}
	return out
}

// Ticked returns the labels of the ticked options.
func Ticked(options []string) []string {
	var out []string
	for _, c := range Choices(options) {
		if c.Ticked {
			out = append(out, c.Label)
		}
	}
	return out
}

// ProjectForm is a 项目支出绩效自评表, the self-evaluation of one project,
// with every field as printed.
//
// 预算数 is the adjusted budget including carry-over (调整后财政资金总额，包括
// 上年结余结转) and 执行数 the money actually spent, both in the form's unit
// (万元) unless the cell names its own. The printed 执行率 is kept as text
// so that a check can compare it with the recomputed one.
type ProjectForm struct {
	Line        int      // source line of the form's heading, 0 when not read from a file
	Heading     string   // the heading above the form in the document ("二、2023-2024年度招商引资工作经费项目绩效自评表")
	Title       string   // the table's title
	Unit        string   // 单位名称（盖章）, "" when blank
	Filed       string   // 填报日期, the text after the label ("2025.08.07", "2025年7月25日")
	Project     string   // 项目名称
	Department  string   // 主管部门
	Implementer string   // 项目实施单位
	Category    []string // 项目类别 options as printed ("1、部门预算项目□√"); see [Choices]
	Attribute   []string // 项目属性 options as printed
	Type        []string // 项目类型 options as printed
	Budget      Money    // 预算数（A）, 年度财政资金总额
	Spent       Money    // 执行数（B）
	// Initial is the 年初预算数 where the form prints one beside the
	// 全年预算数 (national and Sichuan layouts: "年初预算数", "年初预算"),
	// with an empty Text otherwise. The 执行率 is against Budget, never it.
	Initial     Money  `json:",omitzero"`
	Rate        string // 执行率（B/A） as printed ("99%", "100%%")
	Goal        string // 年度目标 (总体目标) when the form prints one; "" on the Daye forms
	GoalDone    string // 实际完成情况 (年度目标完成情况) beside the goal, "" when none
	Rows        []Row  // the indicator rows, in order
	Deviation   string // 偏差大或未完成原因分析
	Improvement string // 改进建议、措施及结果应用方案
	Total       string // 总分 as printed, "" when the form prints none
	// BudgetPoints and BudgetScore are the 分值 (权重) and 得分 of the
	// budget-execution row as printed (national and Sichuan layouts: "10",
	// "9.98"); "" when the form prints none.
	BudgetPoints string
	BudgetScore  string
	// ScoreMethod is the form's own word on how the budget row is scored
	// where it prints one ("执行率*该指标分值，最高不得超过分值上限", a
	// 得分计算方法 column or a note), "" otherwise.
	ScoreMethod string
	// Sources are the rows under 年度资金总额 that split it by source of
	// funds (其中：本年财政拨款, 上年结转资金, 其他资金; Sichuan 财政资金,
	// 财政专户管理资金, 单位资金), in the order printed; nil when the form
	// prints none.
	Sources    []Source
	Conclusion string // 评价结论 (Sichuan layout), "" when none
	Problems   string // 存在问题 (Sichuan layout), "" when none
}

// Source is one row of a form's budget block that gives a part of
// 年度资金总额 by source of funds. A figure not printed has an empty Text.
type Source struct {
	Line    int    // source line of the row, 0 when not read from a file
	Name    string // as printed, "其中：" removed: "本年财政拨款", "单位资金"
	Budget  Money  `json:",omitzero"` // in the column of [ProjectForm.Budget]
	Spent   Money  `json:",omitzero"` // in the column of [ProjectForm.Spent]
	Initial Money  `json:",omitzero"` // in the column of [ProjectForm.Initial], empty where none is printed
}

// Indicators returns the rows resolved (see [Resolve]).
func (f ProjectForm) Indicators() []Indicator { return Resolve(f.Rows) }

// Where locates a finding on the form: the part, the title (on one line)
// and the heading's line.
func (f ProjectForm) Where() fiscal.Where { return f.where() }

// where is Where without copying the form.
func (f *ProjectForm) where() fiscal.Where {
	return fiscal.Where{Part: "项目支出绩效自评表", Table: oneLine(f.Title), Line: f.Line}
}

// DepartmentForm is a 部门整体绩效自评表, the self-evaluation of a whole
// department. Its indicators follow the department framework (运行成本,
// 管理效率, 履职效能, 社会效应, 可持续发展能力, 满意度) rather than the
// project tree, so most rows have no official [Category].
type DepartmentForm struct {
	Line      int    // source line of the form's heading, 0 when not read from a file
	Heading   string // the heading above the form in the document
	Title     string // the table's title
	Unit      string // 单位名称（盖章）
	Name      string // 部门（单位）名称, "" when the form prints none
	Filed     string // 填报日期, the text after the label, spacing as printed
	MoneyUnit string // the unit line as printed ("单位：万元")
	// BasicSpending and ProjectSpending are the money actually spent on
	// 基本支出 and 项目支出: the Hubei 基本支出总额 and 项目支出总额, or the
	// 全年执行数 of the budget block's 基本支出 and 项目支出 rows (按支出性质).
	BasicSpending   Money  `json:",omitzero"`
	ProjectSpending Money  `json:",omitzero"`
	Goals           string // 年度目标
	Rows            []Row  // the indicator rows, with 指标分类 in Class
	Deviation       string // 偏差大或目标未完成原因分析
	Improvement     string // 改进措施及结果应用方案
	Total           string // 总分 as printed, "" when the form prints none

	// The budget block (年度预算执行情况, 部门（单位）总体资金), where the
	// form prints one: its 年度资金总额 row in Initial (年初预算数), Budget
	// (全年预算数), Spent (全年执行数), Rate (执行率 as printed),
	// BudgetPoints (分值) and BudgetScore (得分), with the fields of
	// [ProjectForm] of the same names. Empty where not printed.
	Initial, Budget, Spent    Money `json:",omitzero"`
	Rate                      string
	BudgetPoints, BudgetScore string
	ScoreMethod               string   // as [ProjectForm.ScoreMethod]
	Sources                   []Source // the total by source of funds (其中：财政拨款, 上年结转, 其他资金)
	// Uses are the total by kind of spending (按支出性质分: 基本支出,
	// 项目支出), in the order printed; nil when the form prints none.
	Uses []Source
}

// Indicators returns the rows resolved (see [Resolve]).
func (d DepartmentForm) Indicators() []Indicator { return Resolve(d.Rows) }

// Where locates a finding on the form: the part, the title (on one line)
// and the heading's line.
func (d DepartmentForm) Where() fiscal.Where { return d.where() }

// where is Where without copying the form.
func (d *DepartmentForm) where() fiscal.Where {
	return fiscal.Where{Part: "部门整体绩效自评表", Table: oneLine(d.Title), Line: d.Line}
}

// oneLine removes the line breaks of a cell broken over lines, for use in
// a location.
func oneLine(s string) string {
	if strings.IndexByte(s, '\n') < 0 {
		return s // most cells: what ReplaceAll returns, found by one scan
	}
	return strings.ReplaceAll(s, "\n", "")
}
