package budget

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
)

// looseTotal reports whether words name a total of the whole budget in a
// wording other sentences also use for a fund's or a part's ("收入总计",
// "收入合计", "总支出", "本年收入", "收支总计各"): then a sentence about
// the 财政拨款 or a fund, or words naming a part right before, make it
// not the department's.
func looseTotal(s Subject, words string) bool {
	switch s {
	case SubjectIncome, SubjectExpenditure, subjectBoth:
	default:
		return false
	}
	if s == subjectBoth {
		return strings.Contains(words, "总计") || strings.Contains(words, "合计")
	}
	for _, w := range []string{"总计", "合计", "小计", "总收入", "总支出", "本年", "当年", "部门预算"} {
		if strings.Contains(words, w) {
			return true
		}
	}
	return false
}

// partQualified reports whether the words right before a loose total
// name a part of the budget it would then be the total of ("项目总支出",
// "“三公”经费总支出", "政府采购总支出").
func partQualified(before string) bool {
	for _, q := range []string{"基本", "项目", "拨款", "经费", "基金", "经营", "公共预算", "资金", "采购", "三公\"",
		"人员", "公用", "运行", "会议", "培训", "福利", "服务", "补助", "资本性", "专户", "事业", "上缴", "结转", "结余", "其他"} {
		if strings.HasSuffix(before, q) {
			return true
		}
	}
	return false
}

// currentTotal returns the row a total of the year's own ("本年收入…") is
// compared with in the 财务收支预算总表 sm: its 本年收入合计 (本年支出合计)
// row, or its 收入总计 (支出总计) where it prints no 上年结转 (结转下年)
// figure other than 0; nil when neither.
func currentTotal(sm *Table, s Subject) *Row {
	subtotal, carry, total, sides := ItemIncomeSubtotal, ItemCarryOver, ItemIncomeTotal, []Side{SideIncome}
	if s == SubjectExpenditure {
		subtotal, carry, total, sides = ItemExpenditureSubtotal, ItemCarryForward, ItemExpenditureTotal, []Side{SideExpenditure, SideUse}
	}
	if r := namedAny(sm, subtotal, sides...); r != nil {
		return r
	}
	if c := namedAny(sm, carry, sides...); c != nil {
		if a, ok := c.Cell(figureCol(c)).Amount(); !ok || !a.IsZero() {
			return nil
		}
	}
	return namedAny(sm, total, sides...)
}

// IncomeSource is a source of income the 编制说明 lists after a total ("收入预算
// 9628.22万元，其中：一般公共预算9628.22万元，政府性基金预算0万元，事业收入0万元"):
// a figure of the 财务收支预算总表's income side, by its name.
type IncomeSource struct {
	Item     Item
	Amount   fiscal.Amount
	Decimals int
	Line     int
	Text     string
	// Of is the total the source is listed after: SubjectIncome (the
	// department's 收入预算) or SubjectAppropriationIncome (the
	// 财政拨款收入, whose 上年结转 is the 财政拨款's own).
	Of Subject
	// Year is the year printed before that total (its Statement.Year), 0
	// when none: a source of an earlier year's budget is not checked.
	Year int
	// Share is the percentage printed after the figure ("上年结转50.00万元，
	// 占5.00%"), "" when none: a share of the total it is listed after.
	Share string

	// whole is that total.
	whole wholeRef
}

var (
	// sourcesRE opens the list of sources after a total: "，其中：",
	// "，收入包括：" (Guangxi), or the next sentence, opening with them
	// ("。其中：…", "。收入包括：…") or not; a source right after the
	// total's comma ("，其中上年结转50.00万元", "。上年结转50.00万元") is
	// read too. Only names of sources are read after it (see
	// [readSources]).
	sourcesRE = regexp.MustCompile(`^(?:[,，;；。]?(?:其中|(?:收入)?包括)[:：]?|[,，;；。])`)
	// sourceAliases are the names of the 本年收入 in a list of sources
	// ("收入预算1000.00万元，其中：本年收入950.00万元，上年结转50.00万元"),
	// which [incomeAliases] (the table's labels) does not hold.
	sourceAliases = map[string]Item{"本年收入": ItemIncomeSubtotal, "当年收入": ItemIncomeSubtotal}
	// sourceRE is one source: its name, its figure, and what may follow
	// before the next (a change and its rate are read by changeRE).
	sourceRE = regexp.MustCompile(`^([^0-9,，;；。:：、()"]{2,20}?)(?:为|是)?(?:` + amountRE + `|(0)(?:[^0-9.,万元]|$))`)
	// sourceSepRE separates two sources.
	sourceSepRE = regexp.MustCompile(`^[,，;；、]`)
)

// namesPart reports whether a total's clause says it is a part's, a
// unit's or another year's: "其中", "本级", "所属", "下属", "上年", "去年",
// "调整".
func namesPart(clause string) bool {
	for _, w := range []string{"其中", "本级", "所属", "下属", "上年", "去年", "调整"} {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// readSources reads the sources listed after each income total (收入预算,
// 收支总预算, 财政拨款收入) up to the end of the sentence; a source the
// statements read already (财政拨款收入, 一般公共预算拨款收入) is not read
// again.
//
// A statement read in a list (a fund's income) is marked as listed after
// its total (Statement.whole), the whole of its share.
func readSources(j joined, sts []Statement) []IncomeSource {
	read := map[int][]int{} // the statements by their place
	for i, s := range sts {
		read[s.at] = append(read[s.at], i)
	}
	var out []IncomeSource
	seen := map[Subject]bool{}
	listed := 0 // the end of the last list read
	for _, s := range sts {
		if s.Subject != SubjectIncome && s.Subject != SubjectAppropriationIncome {
			continue
		}
		first := !seen[s.Subject]
		seen[s.Subject] = true
		if !first && namesPart(s.clause) {
			// "其中：XX中心收入预算373.37万元，其中：…": a unit's sources.
			// (Not by the ending of a name, 中心, 馆, 院: the department
			// itself is often so named, "成都市档案馆2024年收入预算…",
			// and its own sources went unchecked.)
			continue
		}
		if strings.Contains(s.clause, "上年") || strings.Contains(s.clause, "去年") {
			// "上年收入预算900.00万元，其中…": last year's.
			continue
		}
		at := s.at + len(s.Text)
		if at > len(j.text) {
			continue
		}
		o := sourcesRE.FindStringIndex(j.text[at:])
		if o == nil {
			continue
		}
		if opener := j.text[at : at+o[1]]; !strings.Contains(opener, "其中") && !strings.Contains(opener, "包括") &&
			(s.Subject != SubjectIncome || s.at < listed) {
			// Sources after no 其中 only after the department's 收入预算:
			// a total in a list read already ("收入预算…，其中：财政拨款收入
			// …；事业收入…") is followed by the list's next source, and the
			// 上年结转 in the sentence after the 财政拨款收入 may be the
			// department's.
			continue
		}
		at += o[1]
		for range 12 {
			rest := j.text[at:]
			m := sourceRE.FindStringSubmatchIndex(rest)
			if m == nil {
				break
			}
			name := NormalizeLabel(rest[m[2]:m[3]])
			item, ok := incomeAliases[name]
			if sub, isSub := sourceAliases[name]; isSub && s.Subject == SubjectIncome {
				item, ok = sub, true
			} else if !ok || item == ItemIncomeTotal || item == ItemIncomeSubtotal {
				break
			}
			num := "0"
			if m[4] >= 0 {
				num = rest[m[4]:m[5]]
			}
			end := m[1]
			if m[4] < 0 {
				end = m[7]
			}
			a, d, ok := parseFigure(num)
			if !ok {
				break
			}
			whole := wholeRef{at: s.at, s: s.Subject}
			src := -1
			if len(read[at]) == 0 || item == ItemIncomeSubtotal {
				// The 本年收入 is read as a statement too, but one in a
				// clause after 其中, never compared: here it is.
				out = append(out, IncomeSource{Item: item, Amount: a, Decimals: d, Line: j.line(at), Text: rest[:end], Of: s.Subject, Year: s.Year,
					whole: whole})
				src = len(out) - 1
			}
			for _, i := range read[at] {
				if sts[i].whole.s == 0 && sts[i].Subject != s.Subject {
					sts[i].whole = whole
					if sts[i].Year == 0 {
						// "2025年收入预算…，其中：一般公共预算拨款收入…":
						// the earlier year's too.
						sts[i].Year = s.Year
					}
				}
			}
			at += end
			// A change beside it ("，比上年增加…，增长…%"), read with the
			// statement where it is one, and a share ("，占90%").
			if c := changeRE.FindStringIndex(j.text[at:]); c != nil {
				at += c[1]
				if r := rateRE.FindStringIndex(j.text[at:]); r != nil {
					at += r[1]
				}
			}
			if sh := shareRE.FindStringSubmatchIndex(j.text[at:]); sh != nil {
				if words := j.text[at+sh[2] : at+sh[3]]; src >= 0 && (words == "" || overSubject(SubjectGeneralIncome, words) == s.Subject) {
					// "，占5.00%", "，占收入预算的5.00%": of the total.
					out[src].Share = j.text[at+sh[4] : at+sh[5]]
				}
				at += sh[1]
			}
			listed = at
			sep := sourceSepRE.FindStringIndex(j.text[at:])
			if sep == nil {
				break
			}
			at += sep[1]
		}
	}
	return out
}

// narrativeSources compares each source listed after a total with the
// income row of its name: a fund's in the 财政拨款收支预算总表 or the
// 财务收支预算总表, the others' in the 财务收支预算总表 (the 本年收入 its
// 本年收入合计); after the 财政拨款收入, the 上年结转 in the 财政拨款收支预算总表
// only. A source no table prints is a check that could not run.
func (k *checker) narrativeSources(n *Narrative, ts *Tables) {
	for _, src := range n.Sources {
		if k.year > 0 && src.Year > 0 && src.Year != k.year {
			continue // "2025年收入预算…，其中：…" in the 2026 budget
		}
		if x, ok := sourceRef(src, ts); ok {
			k.sameRounded(ruleNarrUses, stated(src.Item.Name(), src.Amount, src.Decimals, src.Line), src.Decimals, x)
		} else {
			k.skippedID(ruleNarrUses.ID, "a source of income stated ("+src.Item.Name()+") is printed by no table read: not compared")
		}
	}
}

// sourceRef is the table cell a source of income is compared with: the
// income row of its name in the tables [checker.narrativeSources] names,
// else the 收入预算总表's 合计 row by the source's column.
func sourceRef(src IncomeSource, ts *Tables) (ref, bool) {
	kinds := []TableKind{KindSummary}
	switch {
	case src.Item == ItemGeneral || src.Item == ItemFund || src.Item == ItemCapital:
		kinds = []TableKind{KindAppropriationSummary, KindSummary}
	case src.Of == SubjectAppropriationIncome:
		kinds = []TableKind{KindAppropriationSummary}
	}
	for _, kd := range kinds {
		t := ts.Get(kd)
		if t == nil {
			continue
		}
		r := t.Named(SideIncome, src.Item)
		if src.Item == ItemIncomeSubtotal {
			r = currentTotal(t, SubjectIncome)
		}
		if r == nil || r.Cell(ColIncome).IsAbsent() {
			continue
		}
		return ref{t: t, r: r, col: ColIncome}, true
	}
	if t := ts.Get(KindIncome); src.Of != SubjectAppropriationIncome && t != nil && t.Total() != nil {
		if col, ok := sourceColumns[src.Item]; ok && !t.Total().Cell(col).IsAbsent() {
			return ref{t: t, r: t.Total(), col: col}, true
		}
	}
	return ref{}, false
}

// sourceColumns are the 收入预算总表's columns of the sources.
var sourceColumns = map[Item]string{ItemAppropriation: ColAppropriation, ItemBusiness: ColBusiness,
	ItemOperating: ColOperating, ItemOther: ColOther, ItemCarryOver: ColCarryOverIncome}

// generalPart is the 一般公共预算's part of the 基本支出 or 项目支出 (s), or
// 0 for another subject.
func generalPart(s Subject) Subject {
	switch s {
	case SubjectBasic:
		return SubjectGeneralBasic
	case SubjectProject:
		return SubjectGeneralProject
	}
	return 0
}

// splitOfGeneral reports whether a 基本支出 or 项目支出 at off is the split
// of the 一般公共预算 spending stated by last, the statement before it:
// after 其中 in its sentence or opening the next ("本年一般公共预算支出
// 1085203.63元，同比减少…。其中：基本支出…，项目支出…"), or after the split's
// 基本支出.
func splitOfGeneral(text string, last Statement, off int) bool {
	if last.Subject != SubjectGeneral && !(last.split && last.Subject == SubjectGeneralBasic) {
		return false
	}
	end := last.at + len(last.Text)
	if end > off || off-end > 240 {
		return false
	}
	between := text[end:off]
	if last.split {
		// "…基本支出1037103.63元，项目支出48100元": nothing between but a
		// separator.
		return strings.Trim(between, ",，、;；") == ""
	}
	i := strings.Index(between, "其中")
	if i < 0 {
		return false
	}
	// No sentence ends between, but right before its 其中; nothing but
	// 其中 and a colon before the subject.
	if k := strings.Index(between, "。"); k >= 0 && (k+len("。") != i || strings.Count(between, "。") > 1) {
		return false
	}
	return strings.Trim(between[i+len("其中"):], ":：,，") == ""
}

// totalsChangeRE is the change of the 收入 and 支出 totals stated after
// them in a clause of its own: "与上年相比，收、支总计各增加100.00万元，增长
// 11.11%", "收支总计各减少…，下降…%", "收、支预算各增加…".
var totalsChangeRE = regexp.MustCompile(`(?:(?:比|较|与)(?:上年|(\d{4})年)(?:年初)?(?:预算)?(?:数)?(?:相比)?[,，]?)?` +
	`收入?、?支出?(?:预算)?(?:总计|合计|总预算|预算总计|总额)?各(增加|减少|增长|下降)` + amountRE +
	`(?:[,，](?:同比)?(增加|减少|增长|下降|增幅|降幅|涨幅|减幅)(?:为|达)?([0-9]+(?:\.[0-9]+)?)%)?`)

// readTotalsChange gives the department's 收入 and 支出 totals stated
// right before (in their sentence or the next, equal as 各 says) the
// change stated after them ("2026年收、支总计各1000.00万元。与上年相比，收、支
// 总计各增加100.00万元，增长11.11%"), where no change is printed beside
// them: the rate is checked once, with the 收入预算.
func readTotalsChange(j joined, sts []Statement) {
	for _, m := range totalsChangeRE.FindAllStringSubmatchIndex(j.text, -1) {
		var in, out *Statement
		for i := range sts {
			s := &sts[i]
			if s.at >= m[0] {
				break
			}
			switch s.Subject {
			case SubjectIncome:
				in = s
			case SubjectExpenditure:
				out = s
			}
		}
		if in == nil || out == nil || in.HasChange || out.HasChange || in.Amount != out.Amount || in.Year != 0 && in.Year != out.Year {
			continue
		}
		if end := max(in.at+len(in.Text), out.at+len(out.Text)); end > m[0] || m[0]-end > 60 ||
			strings.Count(j.text[end:m[0]], "。") > 1 || !ownTotal(in.clause, 0) || !ownTotal(out.clause, 0) || !ownTotal(j.text[end:m[0]], 0) ||
			partQualified(j.text[:m[0]]) {
			// Not right after the totals, a unit's ("其中：XX中心收、支
			// 总计各增加…") or a part's ("财政拨款收、支总计各增加…").
			continue
		}
		ch, cd, ok := parseFigure(j.text[m[6]:m[7]])
		if !ok {
			continue
		}
		if w := j.text[m[4]:m[5]]; w == "减少" || w == "下降" {
			ch, _ = ch.Neg()
		}
		year := 0
		if m[2] >= 0 {
			year, _ = strconv.Atoi(j.text[m[2]:m[3]])
		}
		for _, s := range []*Statement{in, out} {
			s.HasChange, s.Change, s.ChangeDecimals, s.ComparedYear = true, ch, cd, year
		}
		if m[8] >= 0 && !ch.IsZero() {
			w := j.text[m[8]:m[9]]
			in.Rate, in.RateNegative = j.text[m[10]:m[11]], w == "减少" || w == "下降" || w == "降幅" || w == "减幅"
		}
	}
}
