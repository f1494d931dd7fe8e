package layout

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// para is a logical paragraph: its lines joined, with the line each piece
// came from.
type para struct {
	text  string
	lines []int // indices of its lines, in reading order
	offs  []int // byte offset in text where each line's piece starts
}

func (pa *para) first() int { return pa.lines[0] }

// lineAt returns the index of the line the byte at off came from.
func (pa *para) lineAt(off int) int {
	k := 0
	for j, o := range pa.offs {
		if o <= off {
			k = j
		}
	}
	return pa.lines[k]
}

func (pa *para) add(i int, s string) {
	pa.lines = append(pa.lines, i)
	prev := pa.text
	if splitsFigure(prev, s) {
		pa.text = prev + text.Trim(s)
	} else {
		pa.text = joinPieces([]string{pa.text, s})
	}
	pa.offs = append(pa.offs, len(prev))
}

// splitsFigure reports whether a line break falls inside a figure of a
// Chinese sentence ("…总计2995.3" then "9万元。…"): the text before ends
// with a digit and the line after begins with one. Chinese prose puts no
// space between a figure and its words, so the pieces join with none; a
// space would read as two figures, "2995.3" and "9万元".
func splitsFigure(prev, next string) bool {
	next = text.Trim(next)
	if prev == "" || next == "" || !isDigit(lastRune(prev)) || !isDigit(firstRune(next)) {
		return false
	}
	for _, r := range prev {
		if isWide(r) {
			return true
		}
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

var (
	reHeading   = regexp.MustCompile(`^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)`)
	reEnumOnly  = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、．.])$`)
	contPunct   = "。，、；：）》」』”’%％"
	sentenceEnd = "。"
)

// isHeadingText reports whether a paragraph is a heading: numbered with
// Chinese numerals (一、, （一）, 第X部分), short, and not a sentence.
func isHeadingText(s string) bool {
	if !reHeading.MatchString(s) || utf8.RuneCountInString(s) > 45 {
		return false
	}
	return !strings.ContainsAny(s, "，；：:,") && !strings.Contains(s, "万元")
}

// isTitleLine reports whether a line names a section of the 情况说明
// without a number: short, no clause's punctuation and no amount, and
// ending as a section's name does ("…决算情况说明", "…支出情况").
func isTitleLine(s string) bool {
	if utf8.RuneCountInString(s) > 40 || strings.ContainsAny(s, "。，；：:,;") || strings.Contains(s, "万元") {
		return false
	}
	return strings.HasSuffix(s, "情况说明") || strings.HasSuffix(s, "决算情况") || strings.HasSuffix(s, "支出情况")
}

// startsFigure reports whether a line starts with what pdftotext prints in
// another font: a digit or an opening quote.
func startsFigure(s string) bool {
	r := firstRune(s)
	return (r >= '0' && r <= '9') || r == '“' || r == '"'
}

// reorder puts back pairs of lines that pdftotext printed in the wrong
// order. A line that begins with a figure or a quote (printed in another
// font, on a slightly higher baseline) comes out before the line it
// follows when a blank line precedes it; it is swapped with the next line
// when the text before does not end a sentence, or when the next line
// begins a paragraph.
func (p *parser) reorder(idx []int) []int {
	out := slices.Clone(idx)
	prevText := func(k int) string {
		for j := k - 1; j >= 0; j-- {
			if s := text.Trim(p.text(out[j])); s != "" {
				return s
			}
		}
		return ""
	}
	margin := p.margin(idx)
	for k := 1; k+1 < len(out); k++ {
		x, y := p.text(out[k]), p.text(out[k+1])
		if !isBlankLine(p.text(out[k-1])) || isBlankLine(x) || isBlankLine(y) || indent(x) != margin {
			continue
		}
		tx, ty := text.Trim(x), text.Trim(y)
		if !startsFigure(tx) || startsFigure(ty) || reEnum.MatchString(tx) {
			continue
		}
		yStarts := indent(y)-margin >= 1 && indent(y)-margin <= 5
		if !yStarts && strings.HasSuffix(prevText(k), sentenceEnd) {
			continue
		}
		if before := prevText(k); goesOn(ty) && (isTitleLine(before) || isHeadingText(collapse(before))) {
			// After a heading, a line followed by one that goes on with
			// its last word is the paragraph's first line ("“三公”经费
			// 财政拨款支出决算132.59万元。…全年预算数86.42" then "万元，…"),
			// not a line moved above the paragraph's start.
			continue
		}
		out[k], out[k+1] = out[k+1], out[k]
		w := p.where(out[k+1])
		p.add(ruleOrder.Finding(w, "line %d (%q) printed before line %d is read after it", p.lines[out[k+1]].N, tx, p.lines[out[k]].N))
		k++
	}
	return out
}

// goesOn reports whether a line can only go on with the line before: it
// begins with closing punctuation or with the unit of a figure cut from
// it ("万元，完成全年预算的…").
func goesOn(t string) bool {
	return strings.ContainsRune(contPunct, firstRune(t)) || strings.HasPrefix(t, "万元") || strings.HasPrefix(t, "元，") || strings.HasPrefix(t, "元。")
}

// margin returns the indentation of the least indented line of idx that
// is not a numbered heading: the body's left margin as the extraction
// prints it (pdftotext -layout gives each PDF its own; -fixed changes it;
// a word processor may indent the body as a block), from which the
// indentation of a paragraph's first line is counted.
func (p *parser) margin(idx []int) int {
	m, all := -1, -1
	for _, i := range idx {
		s := p.text(i)
		if isBlankLine(s) {
			continue
		}
		if all < 0 || indent(s) < all {
			all = indent(s)
		}
		// Headings may stand at the margin of a body indented as a
		// block: the body's lines say where its margin is.
		if t := collapse(s); reEnum.MatchString(t) && isHeadingText(t) {
			continue
		}
		if m < 0 || indent(s) < m {
			m = indent(s)
		}
	}
	if m < 0 {
		m = all
	}
	return max(m, 0)
}

// paragraphs joins lines into paragraphs. A paragraph begins at a line
// indented by one to five spaces past the margin, or at a numbered heading
// (一、, （一）, 1、) however far it is indented; a line at the margin, or
// indented deeply (a piece pdftotext moved, such as "（如持平作持平表述）"),
// or beginning with closing punctuation, continues it. Blank lines do not
// end paragraphs: the template double-spaces its lines.
func (p *parser) paragraphs(idx []int) []*para {
	var out []*para
	var cur *para
	margin := p.margin(idx)
	// Text without indentation (spacing collapsed, a word processor's
	// export with a paragraph a line) says where a paragraph ends only by
	// its last line: a full stop, or a line shorter than the others.
	// Text wrapped at a page width (most lines nearly as wide as the
	// widest) keeps the old joining.
	flat, widest := true, 0
	var widths []int
	for _, i := range idx {
		if s := p.text(i); !isBlankLine(s) {
			if indent(s) > margin {
				flat = false
			}
			w := displayWidth(collapse(s))
			widths = append(widths, w)
			widest = max(widest, w)
		}
	}
	full := 0
	for _, w := range widths {
		if w*100 >= widest*85 {
			full++
		}
	}
	if full*10 >= len(widths)*4 {
		flat = false
	}
	afterRow := false // the line before was a row of a small table
	for _, i := range idx {
		s := p.text(i)
		if isBlankLine(s) {
			continue
		}
		t := collapse(s)
		ind := indent(s) - margin
		cont := cur != nil
		row := isTableRowLine(s)
		switch {
		case cur == nil:
		case row || afterRow:
			// A small table in the 情况说明 ("情况如下表：" then 项目 /
			// 预算数 / 决算数 rows): each row stands alone, and the
			// paragraph after the table begins anew, even at the margin.
			cont = false
		case flat && endsParagraph(collapse(p.text(cur.lines[len(cur.lines)-1])), widest):
			cont = false
		case strings.ContainsRune(contPunct, firstRune(t)):
		case reEnumOnly.MatchString(cur.text):
		case isTitleLine(t) && strings.HasSuffix(collapse(p.text(cur.lines[len(cur.lines)-1])), sentenceEnd):
			// A heading without a number on a line of its own after a
			// sentence's end ("财政拨款“三公”经费支出决算情况说明"),
			// wherever the text is wrapped.
			cont = false
		case ind >= 6 && reEnum.MatchString(t) && isHeadingText(t):
			// A numbered heading centred or indented further than the
			// paragraphs' first lines.
			cont = false
		case ind >= 6:
		case ind >= 1 && !reEnum.MatchString(t) && runsOn(collapse(p.text(cur.lines[len(cur.lines)-1])), widest):
			// The line before was cut at the right margin in the middle
			// of a sentence: this one goes on with it, however it is
			// indented (a paragraph indented as a block under headings at
			// the margin).
		case ind >= 1, reEnum.MatchString(t):
			cont = false
		case isHeadingText(cur.text) && !strings.HasSuffix(cur.text, "，"), isTitleLine(cur.text):
			cont = false
		}
		if !cont {
			cur = &para{}
			out = append(out, cur)
		}
		cur.add(i, t)
		afterRow = row
	}
	return out
}

// isTableRowLine reports whether a line is a row of a small table printed
// inside the text: a label, then two or more bare figures apart by spaces
// ("合  计    0.95    0.00"), and no sentence punctuation or unit.
func isTableRowLine(s string) bool {
	if strings.ContainsAny(s, "。，；,;%") || strings.Contains(s, "元") {
		return false
	}
	f := strings.Fields(s)
	figs := 0
	for k := len(f) - 1; k >= 0 && isBareFigure(f[k]); k-- {
		figs++
	}
	return figs >= 2
}

// isBareFigure reports whether a field is a figure alone: "0.95", "1,234",
// "-" or "—" for nothing.
func isBareFigure(f string) bool {
	if f == "-" || f == "—" || f == "－" {
		return true
	}
	digits := 0
	for _, r := range f {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == ',':
		default:
			return false
		}
	}
	return digits > 0
}

func (p *parser) zoneLines(z zone) []int {
	var idx []int
	for i := range p.lines {
		if p.zones[i] == z && !p.used[i] {
			idx = append(idx, i)
		}
	}
	return idx
}

// narrative reads the 情况说明: paragraphs, headings and the facts they
// state.
func (p *parser) narrative() {
	idx := p.zoneLines(zoneNarrative)
	if len(idx) == 0 {
		return
	}
	paras := p.paragraphs(p.reorder(idx))
	for _, pa := range paras {
		for _, i := range pa.lines {
			p.used[i] = true
		}
		p.res.Narrative = append(p.res.Narrative, text.Line{N: p.lines[pa.first()].N, Text: pa.text})
		if isHeadingText(pa.text) {
			p.section(pa.text, pa.first())
		}
	}
	p.res.Stats.Paragraphs = len(paras)
	p.facts(paras)
}

var reTerm = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、.．])?\s*([^：:]{1,40}?)\s*[：:]\s*(.+)$`)

// glossary reads the 名词解释: "一、财政拨款收入：指…" paragraphs.
func (p *parser) glossary() {
	idx := p.zoneLines(zoneGlossary)
	for _, pa := range p.paragraphs(idx) {
		for _, i := range pa.lines {
			p.used[i] = true
		}
		if partNumber(pa.text) > 0 {
			p.section(pa.text, pa.first())
			continue
		}
		m := reTerm.FindStringSubmatch(pa.text)
		if m == nil {
			w := p.where(pa.first())
			w.Text = pa.text
			p.add(ruleGlossary.Finding(w, "名词解释: %q is not \"term：definition\"", pa.text))
			p.res.Stats.UnreadLines += len(pa.lines)
			continue
		}
		p.doc.Glossary = append(p.doc.Glossary, disclosure.Term{Term: m[1], Definition: m[2], Line: p.lines[pa.first()].N})
	}
}

// overview reads 第一部分: its headings and the 部门决算单位构成 table. The
// text of 主要职能 is not modelled (a finding says so).
func (p *parser) overview() {
	idx := p.zoneLines(zoneOverview)
	for k := 0; k < len(idx); k++ {
		i := idx[k]
		t := collapse(p.text(i))
		if partNumber(t) > 0 || (reHeading.MatchString(t) && utf8.RuneCountInString(t) <= 40 && !strings.ContainsAny(outsideParens(t), "，；。：")) {
			// A heading whose parenthesis closes on a later line takes
			// those lines.
			title := t
			p.used[i] = true
			for n := 1; n <= 3 && strings.Count(title, "（") > strings.Count(title, "）") && k+1 < len(idx); n++ {
				k++
				if s := collapse(p.text(idx[k])); s != "" {
					title = joinPieces([]string{title, s})
				}
				p.used[idx[k]] = true
			}
			p.section(title, i)
			continue
		}
		if strings.Contains(t, "序号") && strings.Contains(squeeze(t), "单位名称") {
			k = p.units(idx, k)
		}
	}
}

// units reads the 部门决算单位构成 table whose header is idx[k]: rows begin
// with their 序号; a line without one continues the unit above. It returns
// the position of the last line read.
func (p *parser) units(idx []int, k int) int {
	h := idx[k]
	p.used[h] = true
	noteX := -1
	nameX := -1
	for _, c := range p.chunksOf(h) {
		switch squeeze(c.text) {
		case "备注":
			noteX = c.x
		case "单位名称":
			nameX = c.x
		}
	}
	var cur *disclosure.CoveredUnit
	curNameX, curNoteX := nameX, noteX
	last := k
	for j := k + 1; j < len(idx); j++ {
		i := idx[j]
		if isBlankLine(p.text(i)) {
			continue
		}
		cs := p.chunksOf(i)
		if len(cs) == 0 {
			continue
		}
		if isDigits(cs[0].text) && len(cs[0].text) <= 3 {
			p.doc.Units = append(p.doc.Units, disclosure.CoveredUnit{})
			cur = &p.doc.Units[len(p.doc.Units)-1]
			rest := cs[1:]
			if len(rest) > 0 {
				cur.Name = rest[0].text
				curNameX = rest[0].x
				var notes []string
				for _, c := range rest[1:] {
					notes = append(notes, c.text)
					curNoteX = c.x
				}
				cur.Note = joinPieces(notes)
			}
			if cur.Name == "" {
				p.add(ruleUnits.Finding(p.where(i), "部门决算单位构成: unit %s has no name", cs[0].text))
			}
			p.used[i] = true
			last = j
			continue
		}
		// A line without a 序号 continues the unit above when it is close
		// and its text sits in the name or note column.
		near := i-idx[last] <= 2
		for _, c := range cs {
			if abs(c.x-curNameX) > 4 && (curNoteX < 0 || abs(c.x-curNoteX) > 4) {
				near = false
			}
		}
		if cur == nil || !near {
			break
		}
		for _, c := range cs {
			if curNoteX >= 0 && abs(c.x-curNoteX) < abs(c.x-curNameX) {
				cur.Note = joinPieces([]string{cur.Note, c.text})
			} else {
				cur.Name = joinPieces([]string{cur.Name, c.text})
			}
		}
		p.used[i] = true
		last = j
	}
	return last
}

// outsideParens returns s without its parenthesised parts (an unclosed
// parenthesis runs to the end).
func outsideParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// endsParagraph reports whether a line of text without indentation ends
// its paragraph: a full stop on a line shorter than the widest (a wrapped
// paragraph fills its lines), or a line well short of the widest.
func endsParagraph(line string, widest int) bool {
	n := displayWidth(line)
	if strings.HasSuffix(line, "。") || strings.HasSuffix(line, "！") || strings.HasSuffix(line, "？") {
		// A full line that happens to end a sentence goes on.
		return n < widest*9/10
	}
	return n < widest*3/4 && !strings.ContainsRune(contPunct, lastRune(line))
}

// runsOn reports whether a line stops in the middle of a sentence at the
// right margin: nearly as wide as the widest line, and not ending with a
// sentence's or a clause's end.
func runsOn(line string, widest int) bool {
	if displayWidth(line)*100 < widest*75 {
		return false
	}
	switch lastRune(line) {
	case '。', '！', '？', '；', ';', '：', ':':
		return false
	}
	return true
}

// displayWidth is the width of s in columns: two for a wide character.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if isWide(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}
