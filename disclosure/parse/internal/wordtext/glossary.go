package wordtext

import (
	"regexp"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

// explainedCode matches "1.一般公共服务支出(类)商贸事务（款）招商引资（项）：反映…".
var explainedCode = regexp.MustCompile(`^(?:[0-9０-９]+\s*[.．、]\s*)?(.+?)[（(]类[）)](.+?)[（(]款[）)](.+?)[（(]项[）)]\s*[:：]?\s*(.*)$`)

// readGlossary reads the 名词解释: numbered terms ("一、事业收入：指…") and
// the 功能分类 科目 it explains ("1.…(类)…(款)…(项)：反映…").
func (p *parser) readGlossary() {
	for _, pt := range p.partsOf(partGlossary) {
		var last *disclosure.Term
		for _, l := range p.lines[pt.start:pt.end] {
			t := text.Trim(l.Text)
			if t == "" {
				continue
			}
			if m := explainedCode.FindStringSubmatch(t); m != nil {
				p.explained(l, m)
				last = nil
				continue
			}
			term, def, ok := cutTerm(t)
			switch {
			case ok:
				p.doc.Glossary = append(p.doc.Glossary, disclosure.Term{Term: term, Definition: def, Line: l.N})
				last = &p.doc.Glossary[len(p.doc.Glossary)-1]
			case isHeading(l):
				last = nil // a heading within the part, such as 使用的支出功能分类科目
			case last != nil:
				last.Definition += t // the definition goes on in a new paragraph
			default:
				p.finding(ruleGlossary.Finding(fiscal.Where{Part: "名词解释", Text: t, Line: l.N},
					"a line of the 名词解释 that is neither a term nor an explained 科目"), 1)
			}
		}
	}
}

// cutTerm splits "一、事业收入：指…" into the term without its numbering and
// the definition.
func cutTerm(t string) (term, def string, ok bool) {
	i := strings.IndexAny(t, ":：")
	if i <= 0 {
		return "", "", false
	}
	sep := 1
	if strings.HasPrefix(t[i:], "：") {
		sep = len("：")
	}
	term, def = stripNumbering(t[:i]), text.Trim(t[i+sep:])
	if term == "" {
		return "", "", false
	}
	return term, def, true
}

// explained records an explained 科目, finding its code from the names:
// first among the report's own table rows, then in the embedded catalog.
func (p *parser) explained(l text.Line, m []string) {
	names := [3]string{text.Trim(m[1]), text.Trim(m[2]), text.Trim(m[3])}
	e := disclosure.ExplainedCode{Names: names, Explanation: text.Trim(m[4]), Line: l.N}
	if f, ok := p.codeOfNames(names); ok {
		e.Function = f
	} else {
		p.finding(ruleExplained.Finding(fiscal.Where{Part: "名词解释", Text: text.Trim(l.Text), Line: l.N},
			"no 功能分类 项 named %q under %q found in the tables or the catalog", names[2], names[0]), 0)
	}
	p.doc.Explained = append(p.doc.Explained, e)
}

// codeOfNames finds the 项 named names[2] in the 类 named names[0]
// (disambiguated by the 款 name names[1] when needed).
func (p *parser) codeOfNames(names [3]string) (classify.Function, bool) {
	class, classOK := p.classOfName(names[0])
	pick := func(cands []classify.Function, nameOf func(classify.Function) string) (classify.Function, bool) {
		var in []classify.Function
		for _, c := range cands {
			if a, ok := c.At(classify.Class); classOK && ok && a != class {
				continue
			}
			in = append(in, c)
		}
		if len(in) == 1 {
			return in[0], true
		}
		var sec []classify.Function
		for _, c := range in {
			if s, ok := c.At(classify.Section); ok && norm(nameOf(s)) == norm(names[1]) {
				sec = append(sec, c)
			}
		}
		if len(sec) == 1 {
			return sec[0], true
		}
		return classify.Function{}, false
	}
	// The report's tables.
	idx := p.tableIndex()
	cands := idx.items[norm(names[2])]
	tableName := idx.names
	if f, ok := pick(cands, func(c classify.Function) string { return tableName[c] }); ok {
		return f, true
	}
	if p.cat == nil {
		return classify.Function{}, false
	}
	cands = nil
	for _, e := range p.cat.FindByName(names[2]) {
		if e.Code.Level() == classify.Item {
			cands = append(cands, e.Code)
		}
	}
	return pick(cands, p.cat.Name)
}

// functionIndex are the 功能分类 codes of the report's tables: the name each
// is first printed with, and the 项 by name.
type functionIndex struct {
	names map[classify.Function]string
	items map[string][]classify.Function
}

// tableIndex builds the index of the tables' codes once.
func (p *parser) tableIndex() *functionIndex {
	if p.index != nil {
		return p.index
	}
	idx := &functionIndex{names: map[classify.Function]string{}, items: map[string][]classify.Function{}}
	if p.doc.Tables != nil {
		for _, t := range p.doc.Tables.All() {
			for i := range t.Rows {
				r := &t.Rows[i]
				if !r.Function.Valid() {
					continue
				}
				if _, seen := idx.names[r.Function]; seen {
					continue
				}
				idx.names[r.Function] = r.Name
				if r.Function.Level() == classify.Item {
					n := norm(r.Name)
					idx.items[n] = append(idx.items[n], r.Function)
				}
			}
		}
	}
	p.index = idx
	return idx
}
