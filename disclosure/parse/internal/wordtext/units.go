package wordtext

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/disclosure"
	"github.com/cnfiscal/fiscal/disclosure/parse/internal/text"
)

var (
	// unitsMade matches "X本级部门预算由单位本级5个内设机构和纳入预算汇编范围的
	// 4个下属事业单位组成".
	unitsMade = regexp.MustCompile(`^(.+?)(?:部门(?:预算|决算))?由(?:单位)?本级(\d+)个内设机构(?:和|及|、)[^。]*?(\d+)个(?:下属|所属|二级)?(?:预算)?(?:事业)?单位组成`)
	// officesList matches "5个内设机构具体包括：办公室、…".
	officesList = regexp.MustCompile(`(\d+)个内设机构(?:具体)?(?:包括|为|分别是)[:：]?\s*(.+)`)
	// institutionsList matches "4个下属事业单位具体包括：…中心、…".
	institutionsList = regexp.MustCompile(`(\d+)个(?:下属|所属|二级)?(?:预算)?事业单位(?:具体)?(?:包括|为|分别是)[:：]?\s*(.+)`)
)

// administrativeSuffixes end the names of 行政单位: a 本级 so named is one.
var administrativeSuffixes = []string{"局", "委员会", "委", "厅", "办公室", "办", "部", "署", "政府"}

// readUnits reads the 部门决算单位构成 from the 机构设置 text: the 本级 with
// its 内设机构 (as Note), and the 事业单位 listed.
func (p *parser) readUnits() {
	var ls []text.Line
	overview := p.hasPart(partOverview)
	for _, pt := range p.parts {
		if pt.kind == partOverview || (pt.kind == partNone && !overview) {
			ls = append(ls, p.lines[pt.start:pt.end]...)
		}
	}
	var self *disclosure.CoveredUnit
	var selfLine text.Line
	declared := -1
	var offices string
	var institutions []string
	var instLine text.Line
	for _, l := range ls {
		if text.IsCell(l) {
			continue
		}
		t := text.Trim(l.Text)
		// Each expression runs only on a line with the words all its
		// matches hold (TestUnitsGuards): most lines name no unit.
		hasOffices := strings.Contains(t, "内设机构")
		if m := matchIf(hasOffices && strings.Contains(t, "单位组成"), unitsMade, t); m != nil && self == nil {
			name := strings.TrimSpace(m[1])
			if !strings.HasSuffix(name, "本级") {
				name += "本级"
			}
			self = &disclosure.CoveredUnit{Name: name, Type: typeOfDepartment(p.doc.Department, name)}
			selfLine = l
			declared, _ = strconv.Atoi(m[3])
			continue
		}
		if m := matchIf(hasOffices, officesList, t); m != nil && offices == "" {
			offices = m[1] + "个内设机构：" + strings.TrimRight(text.Trim(m[2]), "。；;")
			continue
		}
		if m := matchIf(strings.Contains(t, "事业单位"), institutionsList, t); m != nil && institutions == nil {
			for _, n := range strings.Split(strings.TrimRight(text.Trim(m[2]), "。；;"), "、") {
				if n = text.Trim(n); n != "" {
					institutions = append(institutions, n)
				}
			}
			if declared < 0 {
				declared, _ = strconv.Atoi(m[1])
			}
			instLine = l
		}
	}
	if self != nil {
		self.Note = offices
		p.doc.Units = append(p.doc.Units, *self)
	}
	for _, n := range institutions {
		p.doc.Units = append(p.doc.Units, disclosure.CoveredUnit{Name: n, Type: accounts.Institution})
	}
	if declared >= 0 && institutions != nil && declared != len(institutions) {
		l := instLine
		if l.N == 0 {
			l = selfLine
		}
		p.finding(ruleUnits.Finding(fiscal.Where{Part: "部门概况", Text: text.Trim(l.Text), Line: l.N},
			"%d 事业单位 stated, %d listed", declared, len(institutions)), 0)
	}
}

// typeOfDepartment says a 本级 is a 行政单位 when the department's name is
// that of an administrative body (…局, …委员会); otherwise the report does
// not say.
func typeOfDepartment(dept, name string) accounts.EntityType {
	n := strings.TrimSuffix(name, "本级")
	if dept != "" {
		n = dept
	}
	for _, s := range administrativeSuffixes {
		if strings.HasSuffix(n, s) {
			return accounts.Administrative
		}
	}
	return 0
}

// matchIf is re.FindStringSubmatch(s) when ok, else nil: ok is a byte
// test every match passes.
func matchIf(ok bool, re *regexp.Regexp, s string) []string {
	if !ok {
		return nil
	}
	return re.FindStringSubmatch(s)
}
