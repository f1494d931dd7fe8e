package budget

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
)

// A 功能分类 item named with its code in brackets, as 梧州 and many
// Guangxi and Guangdong departments print them: "行政运行（2040601）
// 1672.67万元，主要用于…；其中：基本支出1672.67万元，项目支出0万元",
// "公共安全支出（204）8726.73万元，占90.64%".
var (
	// codedItemRE is a name, its code in brackets, then its figure.
	codedItemRE = regexp.MustCompile(`([^\s()。，,；;:："、．.0-9]{1,30}?)\((2[0-9]{2}(?:[0-9]{2}){0,2})\)(?:科目)?[:：]?(?:(?:19|20)[0-9]{2}年度?)?(?:预算|支出|数|安排){0,3}(?:为|是)?[:：]?` + amountRE)
	// itemSplitRE is an item's own split after its figure: "其中：基本支出
	// 1672.67万元，项目支出0万元" (or the other way round).
	itemSplitRE = regexp.MustCompile(`其中[:：]?(基本|项目)支出(?:预算)?(?:为)?` + amountRE + `[，,、;；]?(基本|项目)支出(?:预算)?(?:为)?` + amountRE)
)

// readCodedItems reads the items named with their code in brackets, each
// with a share stated right after its figure.
func readCodedItems(j joined) []FunctionItem {
	var out []FunctionItem
	for _, m := range codedItemRE.FindAllStringSubmatchIndex(j.text, -1) {
		c, err := classify.ParseFunction(j.text[m[4]:m[5]])
		if err != nil {
			continue
		}
		a, d, ok := parseFigure(j.text[m[6]:m[7]])
		if !ok {
			continue
		}
		it := FunctionItem{Code: c, Amount: a, Decimals: d, Line: j.line(m[0]), Text: j.text[m[0]:m[1]], start: m[0], end: m[1]}
		if y := statedYearsRE.FindStringSubmatch(j.text[m[5]:m[6]]); y != nil {
			it.Year, _ = strconv.Atoi(y[1])
		}
		readItemShare(&it, j.text[m[1]:])
		readItemChange(&it, j.text[m[1]+len(it.Text)-(m[1]-m[0]):])
		out = append(out, it)
	}
	return out
}

// readItemShare reads the share stated right after an item's figure
// ("，占90.64%", "，占一般公共预算支出的90.64%") into it: of the total the
// words name, or of no named total (ShareOver 0: any of the totals an
// item's share is of).
func readItemShare(it *FunctionItem, rest string) {
	sh := shareRE.FindStringSubmatchIndex(rest)
	if sh == nil {
		return
	}
	words := rest[sh[2]:sh[3]]
	over := itemShareOver(words)
	if over == 0 && words != "" {
		return // of something else ("占基本支出的…")
	}
	it.Share, it.ShareOver = rest[sh[4]:sh[5]], over
	it.Text += rest[:sh[1]]
}

// itemShareOver is the total an item's share is of, from the words
// between 占 and the figure: 0 for none named.
func itemShareOver(words string) Subject {
	words = strings.TrimSuffix(strings.TrimSuffix(words, "总额"), "总计")
	switch {
	case words == "":
		return 0
	case strings.HasPrefix(words, "一般公共预算"):
		return SubjectGeneral
	}
	return overSubject(SubjectExpenditure, words)
}

// itemTotals are the totals a share stated with no total named may be of,
// for an item: the 一般公共预算 spending, the 财政拨款 spending, the whole
// 支出预算.
var itemTotals = []Subject{SubjectGeneral, SubjectAppropriation, SubjectExpenditure}

// readItemSplits reads each item's own split ("其中：基本支出…，项目支出…")
// between its figure and the next item, and returns the spans of the
// splits read (their 基本支出 and 项目支出 are the item's, not the
// department's).
func readItemSplits(j joined, items []FunctionItem) [][2]int {
	var spans [][2]int
	for i := range items {
		it := &items[i]
		if it.end == 0 {
			continue
		}
		end := min(len(j.text), it.end+400)
		for _, o := range items {
			if o.start >= it.end && o.start < end {
				end = o.start
			}
		}
		seg := j.text[it.end:end]
		m := itemSplitRE.FindStringSubmatchIndex(seg)
		if m == nil || strings.Count(seg[:m[0]], "。") > 1 || seg[m[2]:m[3]] == seg[m[6]:m[7]] || otherFigure(seg[:m[0]]) {
			continue
		}
		var split [2]*fiscal.Amount
		var decimals [2]int
		for _, g := range [][2]int{{2, 4}, {6, 8}} {
			a, d, ok := parseFigure(seg[m[g[1]]:m[g[1]+1]])
			if !ok {
				split = [2]*fiscal.Amount{}
				break
			}
			k := 0
			if seg[m[g[0]]:m[g[0]+1]] == "项目" {
				k = 1
			}
			split[k], decimals[k] = &a, d
		}
		if split[0] == nil || split[1] == nil {
			continue
		}
		it.Basic, it.Project = split[0], split[1]
		it.BasicDecimals, it.ProjectDecimals = decimals[0], decimals[1]
		spans = append(spans, [2]int{it.end + m[0], it.end + m[1]})
	}
	return spans
}

// narrativeItemSplit checks an item's own split against the row of the
// table whose 合计 its figure is (the 一般公共预算支出表, the 支出预算总表,
// the 财政拨款支出表), column by column; with no such row, against the
// item's figure.
func (k *checker) narrativeItemSplit(it FunctionItem, ts *Tables) {
	if it.Basic == nil || it.Project == nil || k.wrongItems[itemKey(it)] {
		return
	}
	basic := stated(it.Code.String()+" 基本支出", *it.Basic, it.BasicDecimals, it.Line)
	project := stated(it.Code.String()+" 项目支出", *it.Project, it.ProjectDecimals, it.Line)
	for _, kd := range []TableKind{KindGeneralFunction, KindExpenditure, KindAppropriationFunction} {
		t := ts.Get(kd)
		if t == nil {
			continue
		}
		r := t.FunctionRow(SideMain, it.Code)
		if r == nil || r.Ambiguous || r.Cell(ColBasic).IsAbsent() && r.Cell(ColProject).IsAbsent() {
			continue
		}
		a, ok := r.Cell(ColTotal).Amount()
		if !ok {
			continue
		}
		if rounded, err := a.Round(fiscal.WanYuan, it.Decimals); err != nil || rounded != it.Amount {
			continue
		}
		k.itemAgainstTable(basic, it.BasicDecimals, []ref{{t: t, r: r, col: ColBasic}})
		k.itemAgainstTable(project, it.ProjectDecimals, []ref{{t: t, r: r, col: ColProject}})
		return
	}
	k.itemAgainstTable(stated(it.Code.String()+" 预算", it.Amount, it.Decimals, it.Line), it.Decimals, []ref{basic, project})
}

// A 功能分类 item named by its catalog name alone, with its own split
// right after its figure (梧州's "机构运行 1100910.5 元，其中：基本支出
// 1100910.5 元，项目支出 0元"): its code is the one row of the tables of
// that name, found when the tables are checked.

// bareSplitRE is a name, its figure and the opening of its split.
var bareSplitRE = regexp.MustCompile(`([^\s()。，,；;:："、．.0-9%]{2,30}?)` + amountRE + `[，,]?其中[:：]?(?:基本|项目)支出`)

// NamedItem is an item of the 功能分类 stated by its name alone, resolved
// to a code by the tables' rows of that name.
type NamedItem struct {
	Name string
	Item FunctionItem // Code unset
}

// readBareItems reads the items stated by name with their split: a name
// the catalog knows (the longest such end of the words before the
// figure).
func readBareItems(j joined) []NamedItem {
	var out []NamedItem
	names := functionNames()
	for _, m := range bareSplitRE.FindAllStringSubmatchIndex(j.text, -1) {
		words := j.text[m[2]:m[3]]
		name := ""
		for i := range words {
			if w := strings.TrimLeft(words[i:], "、"); names[NormalizeLabel(w)] && utf8.RuneCountInString(w) >= 2 {
				name = NormalizeLabel(w)
				m[0] = m[2] + i
				break
			}
		}
		if name == "" {
			continue
		}
		a, d, ok := parseFigure(j.text[m[4]:m[5]])
		if !ok {
			continue
		}
		end := m[5] + len("元")
		out = append(out, NamedItem{Name: name, Item: FunctionItem{Amount: a, Decimals: d, Line: j.line(m[0]),
			Text: j.text[m[0]:end], start: m[0], end: end}})
	}
	return out
}

// resolveNamedItems gives each item stated by name the code of the one
// row of the function tables that bears its name (with or without a
// final 支出), and returns those resolved; an item of no such row, or of
// rows of two codes, is left out.
func resolveNamedItems(named []NamedItem, ts *Tables) []FunctionItem {
	var out []FunctionItem
	for _, ni := range named {
		var code classify.Function
		unique := true
		for _, kd := range []TableKind{KindGeneralFunction, KindExpenditure, KindAppropriationFunction, KindFundFunction, KindCapitalFunction} {
			t := ts.Get(kd)
			if t == nil {
				continue
			}
			for i := range t.Rows {
				r := &t.Rows[i]
				if !r.Function.Valid() {
					continue
				}
				l := NormalizeLabel(r.Label)
				if l != ni.Name && l+"支出" != ni.Name && l != ni.Name+"支出" {
					continue
				}
				if code.Valid() && code != r.Function {
					unique = false
				}
				code = r.Function
			}
		}
		if code.Valid() && unique {
			it := ni.Item
			it.Code = code
			out = append(out, it)
		}
	}
	return out
}

// figureRE is a figure with its unit in a sentence.
var figureRE = regexp.MustCompile(amountRE)

// otherFigure reports whether text (between an item and a split) states
// a figure other than a change ("比上年增加10万元"): then the split is of
// what that figure is ("…。2026年一般公共预算支出…，其中：基本支出…").
func otherFigure(text string) bool {
	for _, m := range figureRE.FindAllStringIndex(text, -1) {
		before := text[:m[0]]
		if !strings.HasSuffix(before, "增加") && !strings.HasSuffix(before, "减少") && !strings.HasSuffix(before, "增长") &&
			!strings.HasSuffix(before, "下降") && !strings.HasSuffix(before, "为") {
			return true
		}
	}
	return false
}

// readItemChange reads the change against last year stated right after
// an item's figure (and share) in its sentence ("，比上年增加10.00万元，增长
// 0.60%") into it, with its rate.
func readItemChange(it *FunctionItem, rest string) {
	if e := strings.IndexAny(rest, "。；;"); e >= 0 {
		rest = rest[:e]
	}
	c := namedChangeRE.FindStringSubmatchIndex(rest)
	if c == nil || c[0] > 3 {
		return
	}
	ch, cd, ok := parseFigure(rest[c[4]:c[5]])
	if !ok {
		return
	}
	if w := rest[c[2]:c[3]]; w == "减少" || w == "下降" {
		ch, _ = ch.Neg()
	}
	it.Change, it.ChangeDecimals = &ch, cd
	it.Text += rest[:c[1]]
	if g := rateRE.FindStringSubmatch(rest[c[1]:]); g != nil {
		it.HasGrowth, it.Growth = true, g[2]
		it.GrowthNegative = g[1] == "减少" || g[1] == "下降" || g[1] == "降幅" || g[1] == "减幅"
		it.Text += g[0]
	}
}
