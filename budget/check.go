package budget

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// CheckOptions configures [Tables.Check].
type CheckOptions struct {
	// Policy overrides rule severities by rule ID.
	Policy fiscal.Policy
}

// Skipped is a check that did not run, and why: a table it needs is
// absent, or prints nothing to compare. A check that could not run is
// never reported as passed.
type Skipped struct {
	Rule   string `json:"rule"`
	Reason string `json:"reason"`
}

// ref is one printed cell of a check: a table, a row (nil when the table
// lacks it; key names it then), a column, and its sign.
type ref struct {
	t   *Table
	r   *Row
	col string
	key string
	neg bool
}

func (x ref) cell() fiscal.Cell { return x.r.Cell(x.col) }

func (x ref) rowKey() string {
	if x.r != nil {
		return x.r.Key()
	}
	return x.key
}

func (x ref) where() fiscal.Where {
	w := fiscal.Where{Table: x.t.Title, Part: x.t.Number, Row: x.rowKey(), Column: columnName(x.col)}
	if x.r != nil {
		w.Line = x.r.Line
	}
	return w
}

func (x ref) label() string {
	if !x.t.Kind.Valid() {
		// A figure of the 编制说明: its subject says what it is.
		return x.t.Title + " " + x.rowKey()
	}
	return x.t.Kind.Title() + " " + x.rowKey() + " " + columnName(x.col)
}

var columnNames = map[string]string{
	ColAmount: "预算数", ColTotal: "合计", ColAppropriation: "财政拨款收入", ColBusiness: "事业收入",
	ColOperating: "事业单位经营收入", ColOther: "其他收入", ColBasic: "基本支出", ColProject: "项目支出",
	ColPersonnel: "人员经费", ColPublic: "公用经费", ColGeneral: "一般公共预算", ColFund: "政府性基金预算",
	ColCapital: "国有资本经营预算", ColIncome: "收入预算数", ColExpenditure: "支出预算数",
	ColExpenditureBasic: "基本支出", ColExpenditurePersonnel: "人员经费", ColExpenditurePublic: "公用经费",
	ColExpenditureProject: "项目支出", ColExpenditureGeneral: "一般公共预算", ColExpenditureFund: "政府性基金预算",
	ColExpenditureCapital: "国有资本经营预算", ColUse: "支出用途金额", ColExpenditureReserve: "单位预留机动经费",
	ColCarryForward: "结转下年资金", ColThreePublicTotal: "“三公”经费合计", ColAbroad: "因公出国(境)费",
	ColVehicle: "公务用车购置及运行费", ColVehiclePurchase: "公务用车购置费", ColVehicleRunning: "公务用车运行费",
	ColReception: "公务接待费", ColRunningCosts: "机关运行经费", ColMeeting: "会议费", ColTraining: "培训费",
	ColThreePublicAll: "合计", ColCarryOverIncome: "上年结转", ColRemitted: "上缴上级支出", ColOperatingSpending: "事业单位经营支出", ColSubsidiary: "对附属单位补助支出",
	ColChange: "增减额", ColChangeRate: "增减率（%）",
}

func columnName(id string) string {
	if n, ok := columnNames[id]; ok {
		return n
	}
	return id
}

type checker struct {
	out      []fiscal.Finding
	skipped  []Skipped
	profiles map[TableKind]*profile.Table
	variants map[TableKind][]*profile.Table // every profile of a kind
	// wrongItems are the 编制说明's items (by line and code) whose amount
	// disagrees with its table: the rate and share stated beside such an
	// amount are not checked again (one defect, one finding).
	wrongItems map[string]bool
	// wrongStated are the subjects a statement of which its table
	// contradicts: the stated sums they take part in are not checked.
	wrongStated map[Subject]bool
	// tableAmounts are the table's figures of the statements whose
	// amount it contradicts: a share stated beside such an amount that
	// is right over the table's figure is not checked again.
	tableAmounts map[*Statement]fiscal.Amount
	// year is the budget's year (0 when not known), for the narrative's
	// checks.
	year int
}

func (k *checker) skip(rule fiscal.Rule, format string, args ...any) {
	k.skipped = append(k.skipped, Skipped{Rule: rule.ID, Reason: fmt.Sprintf(format, args...)})
}

// profileOf returns the profile whose identities bind t's columns: the
// kind's general one, or a variant holding every column t prints that the
// general one lacks (the national 收入总表's funds).
func (k *checker) profileOf(t *Table) *profile.Table {
	p := k.profiles[t.Kind]
	has := func(p *profile.Table, col string) bool {
		return slices.ContainsFunc(p.Columns, func(c profile.Column) bool { return c.ID == col })
	}
	var extra []string
	for _, r := range t.Rows {
		for col, c := range r.Cells {
			if !c.IsAbsent() && p != nil && !has(p, col) && !slices.Contains(extra, col) {
				extra = append(extra, col)
			}
		}
	}
	if len(extra) == 0 {
		return p
	}
	for _, v := range k.variants[t.Kind] {
		if !slices.ContainsFunc(extra, func(col string) bool { return !has(v, col) }) {
			return v
		}
	}
	return p
}

// tolerance is the rounding allowance for a sum of n printed parts: (n+1)
// × half a unit of the last printed digit, the largest over the tables
// involved; zero for figures printed to the fen (exact data).
func tolerance(n int, refs ...ref) fiscal.Amount {
	var tol fiscal.Amount
	for _, x := range refs {
		d := x.t.Decimals
		if x.r != nil && x.r.Rounded {
			d = 0 // a figure printed to the unit
		}
		if t := fiscal.AmountTolerance(n, x.t.Unit, d); t.Cmp(tol) > 0 {
			tol = t
		}
	}
	return tol
}

// equal checks that the printed cell at equals the sum of the printed
// parts (absent parts count as zero). It does nothing when neither at nor
// any part is printed.
func (k *checker) equal(rule fiscal.Rule, at ref, parts []ref) {
	anyPresent := !at.cell().IsAbsent()
	var sum fiscal.Amount
	n := 0
	ambiguous := at.r != nil && at.r.Ambiguous
	for _, p := range parts {
		c := p.cell()
		if p.r != nil && p.r.Ambiguous {
			ambiguous = true
		}
		if c.IsAbsent() {
			continue
		}
		anyPresent = true
		n++
		a := c.OrZero()
		var err error
		if p.neg {
			a, err = a.Neg()
		}
		if err == nil {
			sum, err = sum.Add(a)
		}
		if err != nil {
			k.out = append(k.out, rule.Finding(at.where(), "sum of the parts overflows: %v", err))
			return
		}
	}
	total := at.cell().OrZero()
	if !anyPresent || sum == total {
		return
	}
	tol := tolerance(n, append([]ref{at}, parts...)...)
	f, found := rule.CompareAmounts(at.where(), describe(at, parts), sum, total, tol,
		fiscal.Format{Unit: at.t.Unit, Decimals: at.t.Decimals})
	if !found {
		return
	}
	if ambiguous && f.Severity != fiscal.SeverityInfo {
		f.Severity = fiscal.SeverityInfo
		f.Message += " (a row involved was read ambiguously; not an error)"
	}
	f.Cells = cells(at, parts)
	k.out = append(k.out, f)
}

// cells returns where the cells of a check are printed: at first (the
// figure judged), then each part printed (a part left blank was not read).
func cells(at ref, parts []ref) []fiscal.Where {
	out := make([]fiscal.Where, 1, 1+len(parts))
	out[0] = at.where()
	for _, p := range parts {
		if p.r != nil && !p.cell().IsAbsent() {
			out = append(out, p.where())
		}
	}
	return out
}

// same checks that two printed cells are equal (one figure printed twice).
func (k *checker) same(rule fiscal.Rule, at, other ref) {
	if at.cell().IsAbsent() && other.cell().IsAbsent() {
		return
	}
	k.equal(rule, at, []ref{other})
}

func describe(at ref, parts []ref) string {
	if len(parts) == 1 {
		return at.label() + " against " + parts[0].label()
	}
	if len(parts) > 6 {
		return fmt.Sprintf("%s against the sum of %d figures", at.label(), len(parts))
	}
	var b strings.Builder
	for i, p := range parts {
		switch {
		case p.neg:
			b.WriteString(" − ")
		case i > 0:
			b.WriteString(" + ")
		}
		switch {
		case p.t == at.t && p.r == at.r:
			b.WriteString(columnName(p.col))
		case p.t == at.t && p.col == at.col:
			b.WriteString(p.rowKey())
		default:
			b.WriteString(p.label())
		}
	}
	return at.label() + " against " + b.String()
}

// Check runs every rule of this package on the tables present and returns
// the findings in a stable order, and the checks that could not run with
// the reason (a table absent).
func (ts *Tables) Check(opt CheckOptions) ([]fiscal.Finding, []Skipped) {
	k := &checker{profiles: map[TableKind]*profile.Table{}, variants: map[TableKind][]*profile.Table{}}
	for _, p := range Profiles() {
		// A kind's general profile (not a variant) gives its identities,
		// unless a variant's columns are the ones the table prints.
		if kd, err := ParseKind(p.ID); err == nil {
			if k.profiles[kd] == nil || p.ID == "budget."+kd.String() {
				k.profiles[kd] = p
			}
			k.variants[kd] = append(k.variants[kd], p)
		}
	}
	for _, t := range ts.All() {
		k.table(t)
	}
	k.cross(ts)
	k.runningCosts(ts)
	out := opt.Policy.Apply(k.out)
	fiscal.SortFindings(out)
	return out, k.skipped
}

func (k *checker) table(t *Table) {
	k.columns(t)
	switch t.Kind {
	case KindSummary, KindAppropriationSummary:
		k.summary(t)
	case KindIncome:
		if isBySource(t) {
			k.incomeBySource(t)
		} else {
			k.hierarchy(t, ruleHierarchy)
		}
	case KindExpenditure, KindGeneralFunction, KindFundFunction, KindCapitalFunction, KindAppropriationFunction:
		k.hierarchy(t, ruleHierarchy)
	case KindGeneralBasic, KindAppropriationBasic, KindRunningCosts:
		k.hierarchy(t, ruleEconomic)
	case KindProcurement:
		k.procurement(t)
	}
}

// printed reports whether any row of t prints a figure in column col.
func printed(t *Table, col string) bool {
	for i := range t.Rows {
		if !t.Rows[i].Cell(col).IsAbsent() {
			return true
		}
	}
	return false
}

// columns checks the row-wise identities of the table's profile. An
// identity whose part is a header over sub-columns (printed not itself but
// through its own parts) gives way to the identity over the sub-columns.
func (k *checker) columns(t *Table) {
	p := k.profileOf(t)
	if p == nil {
		return
	}
	rule := ruleColumns
	if t.Kind == KindThreePublic {
		rule = ruleThreePublic
	}
	idents := p.Identities
	if t.Kind == KindThreePublic && printed(t, ColThreePublicAll) {
		// The 12-table layout: a grand total over "三公", 会议费 and 培训费.
		idents = append([]profile.Identity{{Total: ColThreePublicAll, Parts: []string{ColThreePublicTotal, ColMeeting, ColTraining}}}, idents...)
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		// A column a row leaves blank while printing its parts is a
		// header over them in that row (基本支出 over 人员经费 and 公用经费).
		ids := expandIdentities(idents, func(col string) bool { return !r.Cell(col).IsAbsent() })
		for _, id := range ids {
			if !printedAny(r, id.Parts) {
				continue
			}
			parts := make([]ref, len(id.Parts))
			for j, c := range id.Parts {
				parts[j] = ref{t: t, r: r, col: c}
			}
			k.equal(rule, ref{t: t, r: r, col: id.Total}, parts)
		}
	}
}

func printedAny(r *Row, cols []string) bool {
	for _, c := range cols {
		if !r.Cell(c).IsAbsent() {
			return true
		}
	}
	return false
}

// expandIdentities replaces, in each identity, a part that the table does
// not print but that is the total of another identity by that identity's
// parts (基本支出 printed only as a header over 人员经费 and 公用经费).
func expandIdentities(ids []profile.Identity, isPrinted func(string) bool) []profile.Identity {
	byTotal := map[string][]string{}
	for _, id := range ids {
		byTotal[id.Total] = id.Parts
	}
	out := make([]profile.Identity, 0, len(ids))
	for _, id := range ids {
		if !isPrinted(id.Total) {
			continue
		}
		var parts []string
		for _, p := range id.Parts {
			if sub, ok := byTotal[p]; ok && !isPrinted(p) {
				parts = append(parts, sub...)
			} else {
				parts = append(parts, p)
			}
		}
		out = append(out, profile.Identity{Total: id.Total, Parts: parts})
	}
	return out
}
