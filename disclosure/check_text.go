package disclosure

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/cnfiscal/fiscal"
)

// Paragraph is a paragraph of the 情况说明 as read, for the checks that
// need its words ([CheckNarrativeText]).
type Paragraph struct {
	Line    int    `json:"line,omitempty"`    // the source line it starts on
	Section string `json:"section,omitempty"` // the heading it is under
	Text    string `json:"text"`
	Heading bool   `json:"heading,omitempty"` // the paragraph is a heading
}

// CheckNarrativeText runs the checks that need the narrative's words, not
// only its figures: comparison words printed twice (narr.doubled-word) or
// with the template's alternatives (narr.alternatives), rates without their
// % sign (narr.percent-sign), years written wrongly (narr.year-form), a
// unit of money without its figure (narr.stray-unit), a missing reason
// for a large difference (narr.reason), a 持平 explained by
// a rise or a fall (narr.flat-reason), and the "三公" items the narrative
// leaves unsaid (disc.3p.items-stated). doc is the document the paragraphs
// belong to (its statements locate the figures that need a reason, its
// year bounds the years); it may be nil, and then only the checks of the
// words alone run. Paragraphs under the 名词解释 are not checked.
func CheckNarrativeText(doc *Document, ps []Paragraph) []fiscal.Finding {
	var out []fiscal.Finding
	year := 0
	if doc != nil {
		year = doc.Year
	}
	for i, p := range ps {
		if p.Heading || strings.Contains(p.Section, "名词解释") {
			continue
		}
		out = append(out, checkWords(p)...)
		out = append(out, checkPercentSigns(p)...)
		out = append(out, checkYears(p, year)...)
		out = append(out, checkStrayUnits(p)...)
		out = append(out, checkFlatReason(ps, i)...)
	}
	if doc != nil {
		out = append(out, doc.checkReasons(ps)...)
	}
	out = append(out, checkThreePublicItems(ps)...)
	return out
}

func (p Paragraph) where(text string) fiscal.Where {
	return fiscal.Where{Part: "情况说明", Line: p.Line, Text: text}
}

const directionWords = `增加|减少|增长|下降|上升|降低|大于|小于|高于|低于|持平`

var (
	pairRE = regexp.MustCompile(`(` + directionWords + `)(?:了)?(` + directionWords + `)`)
	// slashRE finds alternatives left with a slash: 增加/减少.
	slashRE = regexp.MustCompile(`(` + directionWords + `)[ \x{3000}]*[/／][ \x{3000}]*(` + directionWords + `)`)
)

// checkWords reports a comparison word printed twice (下降下降) and
// alternatives left in (增加/减少, or 增加减少 run together). The
// parenthesised alternatives (增加（减少）) are the text checks'
// placeholders and are not reported again.
func checkWords(p Paragraph) []fiscal.Finding {
	var out []fiscal.Finding
	// The regular expressions run only on a paragraph that a byte test
	// says may match (a slash; two comparison words in a row).
	if strings.IndexByte(p.Text, '/') >= 0 || strings.Contains(p.Text, "／") {
		for _, m := range slashRE.FindAllStringSubmatch(p.Text, -1) {
			if m[1] != m[2] {
				out = append(out, ruleAlternatives.Finding(p.where(m[0]), "the template's alternatives %q are left in: say which", m[0]))
			}
		}
	}
	if !hasWordPair(p.Text) {
		return out
	}
	for _, m := range pairRE.FindAllStringSubmatchIndex(p.Text, -1) {
		a, b := p.Text[m[2]:m[3]], p.Text[m[4]:m[5]]
		if strings.HasPrefix(p.Text[m[1]:], "值") { // 增加值: value added
			continue
		}
		sa, _ := Sign(canonicalWord(a))
		sb, _ := Sign(canonicalWord(b))
		switch {
		case a == b:
			out = append(out, ruleDoubledWord.Finding(p.where(p.Text[m[0]:m[1]]), "%q is printed twice", a))
		case sa != sb && sa != 0 && sb != 0 && sameWordClass(a, b): // check_reviewer.go
			out = append(out, ruleAlternatives.Finding(p.where(p.Text[m[0]:m[1]]), "opposite words %q and %q run together: the template's alternatives are left in", a, b))
		}
	}
	return out
}

// directionWordAt reports the length of the comparison word
// (directionWords; each is two characters of three bytes) at the start of
// s, or 0.
func directionWordAt(s string) int {
	if len(s) < 6 {
		return 0
	}
	switch s[:6] {
	case "增加", "减少", "增长", "下降", "上升", "降低", "大于", "小于", "高于", "低于", "持平":
		return 6
	}
	return 0
}

// mayBeginDirectionWord reports whether c and d, two bytes of a text, may
// be the first two of a comparison word (of its first character): most
// positions are let go without comparing the words.
func mayBeginDirectionWord(c, d byte) bool {
	switch uint16(c)<<8 | uint16(d) {
	case 0xE5A2, // 增
		0xE587, // 减
		0xE4B8, // 下, 上
		0xE999, // 降
		0xE5A4, // 大
		0xE5B0, // 小
		0xE9AB, // 高
		0xE4BD, // 低
		0xE68C: // 持
		return true
	}
	return false
}

// hasWordPair reports whether s holds a comparison word followed, with
// 了 or nothing between, by another: whether pairRE may match.
func hasWordPair(s string) bool {
	for i := 0; i+12 <= len(s); i++ {
		if !mayBeginDirectionWord(s[i], s[i+1]) || directionWordAt(s[i:]) == 0 {
			if s[i] >= 0xE0 && s[i] < 0xF0 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				i += 2 // the rest of a three-byte character, where no word begins
			}
			continue
		}
		rest := s[i+6:]
		rest = strings.TrimPrefix(rest, "了")
		if directionWordAt(rest) > 0 {
			return true
		}
	}
	return false
}

// canonicalWord maps 高于 and 低于 to the words [Sign] knows.
func canonicalWord(w string) string {
	switch w {
	case "高于":
		return "大于"
	case "低于":
		return "小于"
	}
	return w
}

const num = `[0-9０-９]+(?:[.．][0-9０-９]+)?`

var (
	// rateNoSignRE finds a rate printed without its % sign: the number
	// right after 占…(的), 完成…预算的, 执行率, or a decimal after 增长/下降,
	// followed by a clause break.
	rateNoSignRE = regexp.MustCompile(`(占[^，。；,;：:%％0-9０-９]{0,30}?|完成(?:了)?(?:年初|全年)?(?:预算|计划)(?:数)?的?|执行率(?:为|达)?|(?:增长|下降)(?:了)?)(` + num + `)[ \x{3000}]*(?:[，。；,;）)]|$)`)
)

// checkPercentSigns reports shares and rates printed without % (占41.5，).
func checkPercentSigns(p Paragraph) []fiscal.Finding {
	var out []fiscal.Finding
	if !hasBareNumber(p.Text) || !hasRateWord(p.Text) {
		return nil // rateNoSignRE needs a figure followed by a clause break, after its words
	}
	for _, m := range rateNoSignRE.FindAllStringSubmatchIndex(p.Text, -1) {
		lead, n := p.Text[m[2]:m[3]], p.Text[m[4]:m[5]]
		if m[4] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p.Text[:m[4]]); unicode.IsDigit(r) {
				continue
			}
		}
		growth := strings.HasPrefix(lead, "增长") || strings.HasPrefix(lead, "下降")
		if growth && !strings.ContainsAny(n, ".．") {
			continue // 增长3, a count: not surely a rate
		}
		text := p.Text[m[0]:m[5]]
		out = append(out, rulePercentSign.Finding(p.where(text), "%q: the rate %s has no %% sign", text, n))
	}
	return out
}

var (
	longYearRE  = regexp.MustCompile(`(?:^|[^0-9０-９.．,])(20[0-9]{3,})[ \x{3000}]*年`)
	shortYearRE = regexp.MustCompile(`(?:^|[^0-9０-９.．,])(20[0-9])[ \x{3000}]*年度`)
	noNianRE    = regexp.MustCompile(`(?:^|[^0-9０-９.．,])((?:19|20)[0-9]{2})[ \x{3000}]*度(.?)`)
	yearRE4     = regexp.MustCompile(`(?:^|[^0-9０-９.．,])([0-9]{4})[ \x{3000}]*年`)
)

// checkYears reports years with a digit too many or too few (20245年,
// 202年度), a year followed by 度 without 年 (2024度), and years beyond
// 2099. year is the report's year, or 0.
func checkYears(p Paragraph, year int) []fiscal.Finding {
	var out []fiscal.Finding
	add := func(text, why string) {
		out = append(out, ruleYearDigits.Finding(p.where(strings.TrimSpace(text)), "%q: %s", strings.TrimSpace(text), why))
	}
	// Each expression runs only when a run of ASCII digits of its length
	// is in the text (yearRuns).
	runs := yearRuns(p.Text)
	if runs.long {
		for _, m := range longYearRE.FindAllStringSubmatch(p.Text, -1) {
			add(m[1]+"年", fmt.Sprintf("a year of %d digits", len(m[1])))
		}
	}
	if runs.short {
		for _, m := range shortYearRE.FindAllStringSubmatch(p.Text, -1) {
			add(m[1]+"年度", "a year of 3 digits")
		}
	}
	if runs.noNian {
		for _, m := range noNianRE.FindAllStringSubmatch(p.Text, -1) {
			y, _ := strconv.Atoi(m[1])
			next, _ := utf8.DecodeRuneInString(m[2])
			if !unicode.Is(unicode.Han, next) || next == '电' {
				continue // 2024度电: kilowatt-hours
			}
			if year > 0 && (y < year-1 || y > year+1) || year == 0 && y < 2000 {
				continue
			}
			add(m[1]+"度", "年 is missing: "+m[1]+"年度")
		}
	}
	if runs.late {
		for _, m := range yearRE4.FindAllStringSubmatch(p.Text, -1) {
			if y, _ := strconv.Atoi(m[1]); y >= 2100 {
				add(m[1]+"年", "no year of a report")
			}
		}
	}
	return out
}

// digitRuns says which runs of ASCII digits a text holds, for the
// expressions of checkYears: each of them matches a run that starts after
// a character that is not an ASCII digit and ends where the digits end.
type digitRuns struct {
	long   bool // five digits or more (longYearRE)
	short  bool // three digits, 20x (shortYearRE)
	noNian bool // four digits, 19xx or 20xx, then 度 after any spaces (noNianRE)
	late   bool // four digits from 2100 (the only years yearRE4 reports), then 年 after any spaces
}

func yearRuns(s string) digitRuns {
	var d digitRuns
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		run := s[i:j]
		switch n := len(run); {
		case n >= 5:
			d.long = true
		case n == 3 && run[:2] == "20":
			d.short = true
		case n == 4:
			late, years := run >= "2100", run[:2] == "19" || run[:2] == "20"
			if !late && !years {
				break
			}
			k := j // the spaces after the run
			for {
				if k < len(s) && s[k] == ' ' {
					k++
				} else if strings.HasPrefix(s[k:], "\u3000") {
					k += len("\u3000")
				} else {
					break
				}
			}
			if late && strings.HasPrefix(s[k:], "年") {
				d.late = true // yearRE4 needs 年 after the digits
			}
			if years && strings.HasPrefix(s[k:], "度") {
				d.noNian = true
			}
		}
		i = j
	}
	return d
}

// hasRateWord reports whether s holds 占, 完成, 执行率, 增长 or 下降, one
// of which every match of rateNoSignRE begins with.
func hasRateWord(s string) bool {
	for _, w := range [...]string{"占", "完成", "执行率", "增长", "下降"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasBareNumber reports whether s holds a run of digits and decimal points
// (ASCII or full-width) followed, after any spaces, by a clause break
// (，。；,;）)) or the end of s: what rateNoSignRE needs after its words.
// Most figures of a narrative are followed by a unit or a % sign.
func hasBareNumber(s string) bool {
	for i := 0; i < len(s); {
		// Only an ASCII digit or point, or a rune led by EF (．, ０ … ９),
		// can begin a run: other runes are stepped over undecoded.
		if c := s[i]; c < utf8.RuneSelf && (c < '0' || c > '9') && c != '.' {
			i++
			continue
		}
		n := 0
		if s[i] < utf8.RuneSelf || s[i] == 0xEF {
			n = numberRunAt(s[i:])
		}
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		j := i + n
		for j < len(s) {
			if s[j] == ' ' {
				j++
			} else if strings.HasPrefix(s[j:], "\u3000") {
				j += len("\u3000")
			} else {
				break
			}
		}
		if j == len(s) {
			return true
		}
		switch r, _ := utf8.DecodeRuneInString(s[j:]); r {
		case '，', '。', '；', ',', ';', '）', ')':
			return true
		}
		i = j
	}
	return false
}

// numberRunAt returns the length in bytes of the run of digits and decimal
// points (0-9, ０-９, ., ．) s begins with.
func numberRunAt(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case s[i] >= '0' && s[i] <= '9', s[i] == '.':
			i++
		case strings.HasPrefix(s[i:], "．"):
			i += len("．")
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r < '０' || r > '９' {
				return i
			}
			i += size
		}
	}
	return i
}

// reasonRE finds the words that give a reason.
var reasonRE = regexp.MustCompile(`原因|由于|因为|主要是|主要系|系因|所致|导致|是因`)

// reasonWords are reasonRE's words, for hasReasonWord.
var reasonWords = [...]string{"原因", "由于", "因为", "主要是", "主要系", "系因", "所致", "导致", "是因"}

// hasReasonWord is reasonRE.MatchString by plain substring search (it runs
// on every statement and paragraph that needs a reason).
func hasReasonWord(s string) bool {
	for _, w := range reasonWords {
		if containsByLast(s, w) {
			return true
		}
	}
	return false
}

// containsByLast is strings.Contains(s, w) for a w that is not empty,
// found by w's last byte: strings.Contains tries each place of w's first
// byte, the lead byte of a Chinese character, which about one character in
// six of Chinese text shares; the last byte of one, a continuation byte,
// about one in sixty.
func containsByLast(s, w string) bool {
	n := len(w)
	last := w[n-1]
	for i := n - 1; i < len(s); {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return false
		}
		k := i + j // s[k] is w's last byte: w would start at k+1−n
		if s[k+1-n:k+1] == w {
			return true
		}
		i = k + 1
	}
	return false
}

// reasonStartRE starts a paragraph that carries on with the reason of
// the one before it (a page break fell between them).
var reasonStartRE = regexp.MustCompile(`^(?:[（(]?[一二三四五六七八九十0-9]+[）)、.．]?)?(?:主要原因|原因|由于|因为|主要是|主要系)`)

// reasonThreshold is the relative difference from which a reason is
// expected: 10%.
var reasonThreshold = decimal.New(10, 0)

// checkReasons reports a paragraph stating a growth rate of 10% or more, a
// completion rate 10 points or more from 100%, or a 决算数 above or below
// the 年初预算数 by 10% or more, that gives no reason (rule narr.reason).
// A reason may also open the next paragraph (a page break between them).
// It needs the statements of the document (their lines locate their
// paragraphs) and the paragraphs; the figures of the project summaries
// are left to the self-evaluation forms' 偏差原因.
func (d *Document) checkReasons(ps []Paragraph) []fiscal.Finding {
	byLine := map[int][]int{}
	for i, p := range ps {
		byLine[p.Line] = append(byLine[p.Line], i)
	}
	done := map[int]bool{}
	var out []fiscal.Finding
	for i := range d.Narrative {
		s := &d.Narrative[i] // a statement is large: not copied
		if s.Of.Part == PartProject || s.Of.Part == PartProjects {
			continue
		}
		why, need := d.needsReason(s)
		if !need {
			continue
		}
		for _, i := range byLine[s.Line] {
			p := ps[i]
			at := strings.Index(p.Text, s.Text)
			if at < 0 {
				continue
			}
			if done[i] {
				break
			}
			if hasReasonWord(p.Text[at:]) || i+1 < len(ps) && !ps[i+1].Heading && reasonStartRE.MatchString(ps[i+1].Text) {
				done[i] = true
				break
			}
			done[i] = true
			out = append(out, ruleReason.Finding(s.where(), "%s %s: %s, and the paragraph gives no reason (主要原因…)", s.Subject, s.Figure, why))
			break
		}
	}
	return out
}

// needsReason says whether a statement states a difference large enough
// to need a reason, and what it is.
func (d *Document) needsReason(s *Statement) (string, bool) {
	hundred := decimal.New(100, 0)
	switch s.Kind {
	case KindGrowth:
		p, err := s.Percent()
		if err == nil && p.Value.Abs().GreaterThanOrEqual(reasonThreshold) {
			return fmt.Sprintf("a change of %s against last year", s.Figure), true
		}
	case KindCompletion:
		a, err1 := d.resolve(&s.Of, false) // amounts only
		b, err2 := d.resolve(&s.Over, false)
		if err1 == nil && err2 == nil && a.Amount.IsZero() && b.Amount.IsZero() {
			return "", false // nothing budgeted, nothing spent
		}
		p, err := s.Percent()
		if err == nil && p.Value.Sub(hundred).Abs().GreaterThanOrEqual(reasonThreshold) {
			return fmt.Sprintf("%s of the budget", s.Figure), true
		}
	case KindCompare:
		if sg, ok := Sign(s.Word); !ok || sg == 0 {
			return "", false
		}
		a, err1 := d.resolve(&s.Of, false) // amounts only
		b, err2 := d.resolve(&s.Over, false)
		if err1 != nil || err2 != nil {
			return "", false
		}
		if b.Amount.IsZero() {
			return "", !a.Amount.IsZero()
		}
		r, err := fiscal.Share(a.Amount, b.Amount)
		if err != nil {
			return "", false
		}
		if r.Percent(2).Sub(hundred).Abs().GreaterThanOrEqual(reasonThreshold) {
			return fmt.Sprintf("the 决算数 is %s%% of the 预算数", r.Percent(1).StringFixed(1)), true
		}
	}
	return "", false
}

var (
	flatRE     = regexp.MustCompile(`持平`)
	lastYearRx = regexp.MustCompile(`上年|上一年|去年|同期|[0-9０-９]{4}[ \x{3000}]*年`)
	riseFallRE = regexp.MustCompile(`(增加|减少|下降|增长|上升|降低|缩减|压减|增多|减支|增支)`)
	negatedRE  = regexp.MustCompile(`(?:未|没有|不|无|避免)$`)
)

// checkFlatReason reports a 持平 against last year whose reason speaks of
// a rise or a fall and is, word for word, the reason another paragraph
// gives for a change it states with a figure (rule narr.flat-reason): a
// reason copied from elsewhere. The reason is the rest of the sentence
// after 持平, or the sentence after it when that starts with 主要原因 (a
// reason left alone at the end of a paragraph continues in the next).
func checkFlatReason(ps []Paragraph, i int) []fiscal.Finding {
	p := ps[i]
	if !strings.Contains(p.Text, "持平") {
		return nil // flatRE's word
	}
	var out []fiscal.Finding
	for _, loc := range flatRE.FindAllStringIndex(p.Text, -1) {
		start := sentenceStart(p.Text, loc[0])
		if strings.Contains(p.Text[start:loc[0]], "预算") || !lastYearRx.MatchString(p.Text[start:loc[0]]) {
			continue // 决算数与预算数基本持平: a comparison with the budget
		}
		reason := reasonAfter(ps, i, loc[1])
		if reason == "" {
			continue
		}
		if !speaksOfChange(reason) {
			continue
		}
		j := changedElsewhere(ps, i, reason)
		if j < 0 {
			continue
		}
		out = append(out, ruleFlatReason.Finding(p.where(p.Text[start:loc[1]]),
			"said to be unchanged against last year, but the reason given speaks of a change and is the reason line %d gives for a change: %q", ps[j].Line, reason))
	}
	return out
}

// speaksOfChange reports whether a reason speaks of a rise or a fall
// (减少支付), not negated (未增加).
func speaksOfChange(reason string) bool {
	for _, m := range riseFallRE.FindAllStringIndex(reason, -1) {
		if !negatedRE.MatchString(reason[:m[0]]) {
			return true
		}
	}
	return false
}

// changeFigureRE finds a change stated with its figure: 减少56.95万元.
var changeFigureRE = regexp.MustCompile(`(?:增加|减少|增长|下降|上升|降低)(?:了)?[ \x{3000}]*[0-9０-９]`)

// changedElsewhere returns the index of another paragraph that gives the
// same reason for a change it states with a figure, or −1: a 持平 whose
// reason was copied from such a paragraph, rather than a 持平 explained by
// savings (严格控制…减少开支), which a department may well write.
func changedElsewhere(ps []Paragraph, i int, reason string) int {
	key := strings.Map(dropBlank, strings.TrimLeft(reason, "，,：: "))
	if utf8.RuneCountInString(key) < 8 {
		return -1
	}
	for j, q := range ps {
		if j == i || j == i+1 || q.Heading {
			continue
		}
		t := strings.Map(dropBlank, q.Text)
		if k := strings.Index(t, key); k >= 0 && changeFigureRE.MatchString(t[:k]) {
			return j
		}
	}
	return -1
}

func dropBlank(r rune) rune {
	if unicode.IsSpace(r) || r == '\u3000' {
		return -1
	}
	return r
}

// sentenceStart returns the start of the sentence holding position at.
func sentenceStart(t string, at int) int {
	i := strings.LastIndexAny(t[:at], "。；;！？")
	if i < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	return i + size
}

// reasonAfter returns the reason given after position at of paragraph i:
// the rest of the sentence when it gives one, else the next sentence when
// it starts with 主要原因 (continued in the next paragraph when the
// paragraph ends there).
func reasonAfter(ps []Paragraph, i, at int) string {
	t := ps[i].Text
	end := len(t)
	if j := strings.IndexAny(t[at:], "。；;！？"); j >= 0 {
		end = at + j
	}
	if rest := t[at:end]; hasReasonWord(rest) {
		return strings.TrimSpace(rest)
	}
	next := strings.TrimLeft(t[min(end+1, len(t)):], "。；;！？ \u3000")
	if end < len(t) {
		_, size := utf8.DecodeRuneInString(t[end:])
		next = strings.TrimSpace(t[end+size:])
	}
	if !strings.HasPrefix(next, "主要原因") && !strings.HasPrefix(next, "原因") {
		return ""
	}
	if k := strings.IndexAny(next, "。；;！？"); k >= 0 {
		next = next[:k]
	}
	body := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(next, "主要"), "原因"), "是为：: \u3000")
	if body == "" && i+1 < len(ps) && !ps[i+1].Heading {
		body = ps[i+1].Text
		if k := strings.IndexAny(body, "。；;！？"); k >= 0 {
			body = body[:k]
		}
	}
	return strings.TrimSpace(body)
}

var (
	noThreePublicRE = regexp.MustCompile(`(?:无|未发生|没有)[^，,。；;]{0,10}三公|三公[^，,。；;]{0,16}(?:均为0|均为零|为零|为0(?:\.0+)?(?:万元|元)?(?:[，,。；;]|$))`)
	// otherPartRE names a part of the narrative after the "三公" one.
	otherPartRE      = regexp.MustCompile(`机关运行|政府采购|国有资产|政府性基金|国有资本|绩效|名词解释|其他重要事项|其他需要说明`)
	threePublicItems = []struct {
		name string
		re   *regexp.Regexp
	}{
		{"因公出国（境）费", regexp.MustCompile(`出国`)},
		{"公务用车购置费", regexp.MustCompile(`公务用车购置|车辆购置|购置[（(]?更新[）)]?公务用车|购置费`)},
		{"公务用车运行维护费", regexp.MustCompile(`运行维护|运行费|公务用车运行|运维费`)},
		{"公务接待费", regexp.MustCompile(`公务接待|接待费`)},
	}
)

// checkThreePublicItems reports the "三公" items the "三公" part of the
// narrative does not mention at all (rule disc.3p.items-stated): each needs
// its amount or a statement that there was none (公务用车购置及运行费 counts
// for both vehicle items). It needs a section whose heading names 三公; a
// section that says the department had no "三公" spending at all is
// complete.
func checkThreePublicItems(ps []Paragraph) []fiscal.Finding {
	var text strings.Builder
	first := -1
	for i, p := range ps {
		in := strings.Contains(stripQuotes(p.Section), "三公")
		if first < 0 && !in {
			continue
		}
		if !in && otherPartRE.MatchString(p.Section) {
			break // the next part: 机关运行经费, 政府采购, …
		}
		if first < 0 {
			first = i
		}
		text.WriteString(stripQuotes(p.Text))
		text.WriteString("\n")
	}
	if first < 0 {
		return nil
	}
	t := text.String()
	if noThreePublicRE.MatchString(t) {
		return nil
	}
	combined := strings.Contains(t, "公务用车购置及运行")
	var missing []string
	for k, it := range threePublicItems {
		if it.re.MatchString(t) || combined && (k == 1 || k == 2) {
			continue
		}
		missing = append(missing, it.name)
	}
	if len(missing) == 0 {
		return nil
	}
	p := ps[first]
	return []fiscal.Finding{ruleThreePublicItems.Finding(fiscal.Where{Part: "情况说明", Row: "“三公”经费", Line: p.Line},
		"the \"三公\" part says nothing of %s: state the amount, or that there was none", strings.Join(missing, "、"))}
}

// stripQuotes drops the quotation marks of s.
func stripQuotes(s string) string {
	// “”‘’ are E2 80 9C, 9D, 98, 99: a text without the bytes E2 80 and
	// without " holds none, told without decoding it.
	if strings.IndexByte(s, '"') < 0 && !strings.Contains(s, "\xe2\x80") || !strings.ContainsAny(s, "“”\"‘’") {
		return s // nothing to strip: no replacer's copy
	}
	return quoteStripper.Replace(s)
}

// quoteStripper drops quotation marks (made once; a Replacer is safe for
// concurrent use and holds nothing of what it replaces).
var quoteStripper = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "")

// strayUnitRE finds 元 or 万元 right after the name of an expense or
// spending (公务接待费元、, 办公费万元，) and before a clause break: the
// figure between them is missing.
var strayUnitRE = regexp.MustCompile(`[\p{Han}]{1,12}(?:费|支出)(?:万元|元)[、，,。；;）)]`)

// checkStrayUnits reports a unit of money printed without its figure.
func checkStrayUnits(p Paragraph) []fiscal.Finding {
	var out []fiscal.Finding
	if !strings.Contains(p.Text, "费元") && !strings.Contains(p.Text, "费万元") &&
		!strings.Contains(p.Text, "支出元") && !strings.Contains(p.Text, "支出万元") {
		return nil // what strayUnitRE needs
	}
	for _, m := range strayUnitRE.FindAllString(p.Text, -1) {
		_, size := utf8.DecodeLastRuneInString(m)
		t := m[:len(m)-size]
		out = append(out, ruleStrayUnit.Finding(p.where(t), "%q: a unit with no figure before it", t))
	}
	return out
}
