package layout

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
	"github.com/cnfiscal/fiscal/threepublic"
)

// tkind is what a title line names: one of the eight accounts kinds, the
// "三公" table, or nothing.
type tkind uint8

const (
	titleNone  tkind = 0
	titleThree tkind = 100
)

var (
	reEnum     = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|（\d{1,2}）|\(\d{1,2}\)|\d+[、．]|\d+\.(?:[^0-9]|$)|第[一二三四五六七八九十]+部分)`)
	reTableNum = regexp.MustCompile(`^(?:公开\d+表|表[一二三四五六七八九十\d]+)$`)
	// reLabel is a label printed in brackets after a title: its number
	// ("（表1）", "（公开07表）") or its year ("（2024年度）").
	reLabel = regexp.MustCompile(`[（(](?:(?:公开|附表|表)[0-9一二三四五六七八九十]{1,3}表?|公开表[0-9]{1,3}|20[0-9]{2}年度?)[）)]$`)
)

// titleOf reads a table title: the line (or its first cell, followed only
// by a 表号 or 单位) names a table and ends with 表, without the numbering
// of a list of contents or a heading.
func titleOf(s string) (tkind, string) {
	cs := chunks(text.Line{Text: s}, 0)
	if len(cs) == 0 {
		return titleNone, ""
	}
	for _, c := range cs[1:] {
		if _, ok := amountUnit(c.text); !ok && !reTableNum.MatchString(c.text) {
			return titleNone, ""
		}
	}
	t := squeeze(cs[0].text)
	if strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")") {
		t = reLabel.ReplaceAllString(t, "")
	}
	if !strings.HasSuffix(t, "表") || utf8.RuneCountInString(t) > 32 || reEnum.MatchString(t) {
		return titleNone, ""
	}
	if strings.Contains(t, "三公") && strings.Contains(t, "决算表") {
		return titleThree, t
	}
	if k, ok := accounts.KindOfTitle(t); ok {
		return tkind(k), t
	}
	return titleNone, ""
}

func (p *parser) titleKind(i int) tkind {
	k, _ := titleOf(p.text(i))
	return k
}

// region is the lines of one table: from the line after its title to the
// next title, part heading or the end.
type region struct {
	kind       tkind
	title      string
	titleLine  int // index of the title line
	start, end int // body lines [start, end)
	unit       fiscal.Unit
	number     string
	notes      []string
	empty      string // the statement of an empty table
}

func (p *parser) readTables() {
	var regs []*region
	for i := range p.lines {
		if p.zones[i] == zoneTOC || p.zones[i] == zoneCover {
			continue
		}
		k, t := titleOf(p.text(i))
		if k == titleNone {
			continue
		}
		if n := len(regs); n > 0 && regs[n-1].end > i {
			regs[n-1].end = i
		}
		end := len(p.lines)
		for j := i + 1; j < len(p.lines); j++ {
			if p.parts[j] > 0 {
				end = j
				break
			}
		}
		regs = append(regs, &region{kind: k, title: t, titleLine: i, start: i + 1, end: end})
		p.used[i] = true
	}
	seen := map[tkind]int{}
	tables := &accounts.Tables{}
	for _, r := range regs {
		p.prepare(r)
		if prev, dup := seen[r.kind]; dup {
			p.add(ruleTableDup.Finding(p.where(r.titleLine), "a second %s (the first is on line %d); this one is not read", r.title, prev))
			for j := r.start; j < r.end; j++ {
				p.used[j] = true
			}
			p.res.Stats.UnreadLines += r.end - r.start + 1
			continue
		}
		seen[r.kind] = p.lines[r.titleLine].N
		p.res.Stats.Tables++
		if r.kind == titleThree {
			p.doc.ThreePublic = p.threePublic(r)
			continue
		}
		t := accounts.NewTable(accounts.TableKind(r.kind))
		t.Title, t.Number, t.Unit = r.title, r.number, r.unit
		t.Notes, t.EmptyStatement = r.notes, r.empty
		switch accounts.TableKind(r.kind) {
		case accounts.KindSummary, accounts.KindAppropriationSummary:
			p.summary(r, t)
		case accounts.KindBasicExpenditure:
			p.basic(r, t)
		default:
			p.coded(r, t)
		}
		p.res.Stats.Rows += len(t.Rows)
		for i := range t.Rows {
			for _, c := range t.Rows[i].Cells {
				if !c.IsAbsent() {
					p.res.Stats.Cells++
				}
			}
		}
		tables.Set(t)
	}
	if len(regs) > 0 {
		p.doc.Tables = tables
	}
	for _, k := range accounts.Kinds() {
		if _, ok := seen[tkind(k)]; !ok && len(regs) > 0 {
			p.add(ruleTableMiss.Finding(fiscal.Where{Table: k.Title()}, "no %s in the text", k.Title()))
		}
	}
	if _, ok := seen[titleThree]; !ok && len(regs) > 0 {
		p.add(ruleTableMiss.Finding(fiscal.Where{Table: threepublic.TableTitle}, "no %s in the text", threepublic.TableTitle))
	}
}

var reNote = regexp.MustCompile(`^(注|说明|备注)\s*[:：]`)

// isNoteStart reports whether a line starts a note: 注：…, 说明：…, or a
// statement that the table is empty printed without a label.
func isNoteStart(s string) bool {
	return reNote.MatchString(s) || (isEmptyStatement(s) && strings.Contains(s, "本表"))
}

// isEmptyStatement reports whether a note says the table has no data.
func isEmptyStatement(s string) bool {
	for _, k := range []string{"本表无数据", "无数据", "空表", "本表为空", "无此项"} {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// prepare reads what every table prints around its body: the unit and
// number near the title and the notes (注, 说明) at the end, which also
// end the body.
func (p *parser) prepare(r *region) {
	r.unit = fiscal.WanYuan
	found := false
	for _, c := range p.chunksOf(r.titleLine) {
		if reTableNum.MatchString(c.text) {
			r.number = c.text
		}
		if u, ok := amountUnit(c.text); ok {
			r.unit, found = u, true
		}
	}
	for i := r.start; i < r.end && i < r.start+6 && !found; i++ {
		for _, c := range p.chunksOf(i) {
			if u, ok := amountUnit(c.text); ok && strings.HasPrefix(strings.TrimLeft(c.text, "金额"), "单位") {
				r.unit, found = u, true
				p.used[i] = true
			}
			if reTableNum.MatchString(c.text) {
				r.number = c.text
			}
		}
	}
	if !found {
		p.add(ruleTableUnit.Finding(p.where(r.titleLine), "%s: no 单位 line; figures are read in 万元", r.title))
	}
	// Notes: from the first line that starts with 注/说明 to the end; a line
	// continues the note before it when that does not end a sentence.
	for i := r.start; i < r.end; i++ {
		t := text.Trim(p.text(i))
		if !isNoteStart(t) {
			continue
		}
		end := r.end
		r.end = i
		cur := -1
		for j := i; j < end; j++ {
			s := text.Trim(p.text(j))
			switch {
			case s == "":
				continue
			case isNoteStart(s):
				r.notes = append(r.notes, s)
				cur = len(r.notes) - 1
			case cur >= 0 && !strings.HasSuffix(r.notes[cur], "。") && !strings.HasSuffix(r.notes[cur], "：") && !strings.HasSuffix(r.notes[cur], ":"):
				r.notes[cur] += s
			default:
				p.unreadLine(ruleLine, j, fiscal.Where{}, "%s: a line after the table's notes that is neither a note nor its continuation", r.title)
				cur = -1
				continue
			}
			p.used[j] = true
		}
		break
	}
	var notes []string
	for _, n := range r.notes {
		body := strings.TrimSpace(reNote.ReplaceAllString(n, ""))
		if isEmptyStatement(body) && r.empty == "" {
			r.empty = body
			if strings.HasPrefix(n, "说明") {
				continue // a 说明 is the statement, not a note
			}
		}
		notes = append(notes, n)
	}
	r.notes = notes
}
