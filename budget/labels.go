package budget

import (
	"strings"

	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/reader/profile"
)

// LabelSides tells on which sides of a two-sided summary table (财务收支
// 预算总表, 财政拨款收支预算总表) a printed label may stand: "income",
// "expenditure" (a 功能分类 类 or a total of the 支出 side) or both (合计,
// 总计). The key is the label's item name, or the 类 code for a 类 row.
// functions may be nil (类 rows are then not recognised).
func LabelSides(functions *classify.Catalog[classify.FunctionKind], label string) (code, key string, sides []string) {
	l := NormalizeLabel(label)
	if l == "" {
		return "", "", nil
	}
	if it, ok := totalAliases[l]; ok {
		return "", it.Name(), []string{"income", "expenditure"}
	}
	in, inOK := incomeAliases[l]
	out, outOK := expenditureAliases[l]
	if !outOK {
		out, outOK = useAliases[l]
	}
	switch {
	case inOK && outOK:
		return "", in.Name(), []string{"income", "expenditure"}
	case inOK:
		return "", in.Name(), []string{"income"}
	case outOK:
		return "", out.Name(), []string{"expenditure"}
	}
	if c, ok := classByName(functions, label); ok {
		return c.String(), "", []string{"expenditure"}
	}
	return "", "", nil
}

// TwoSidedProfiles returns the two-sided summary tables' profiles with
// their sides spelt out for a reader that reads a 收入 half and a 支出 half
// on each line: the income side holds ColIncome, the expenditure side the
// other columns except ColUse (the 支出用途 half of the 12-table layout,
// which such a reader does not read).
func TwoSidedProfiles() []*profile.Table {
	var out []*profile.Table
	for _, p := range Profiles() {
		if k, err := ParseKind(p.ID); err != nil || !isTwoSided(k) {
			continue
		}
		in := profile.Side{ID: "income"}
		ex := profile.Side{ID: "expenditure", Identities: p.Identities}
		for _, c := range p.Columns {
			switch {
			case c.ID == ColIncome:
				in.Columns = append(in.Columns, c)
			case c.ID == ColUse:
			case c.ID == ColExpenditure || strings.HasPrefix(c.ID, "expenditure."):
				ex.Columns = append(ex.Columns, c)
			}
		}
		// The flat columns stay: FromGrids keys the figures by them.
		q := *p
		q.Sides = []profile.Side{in, ex}
		out = append(out, &q)
	}
	return out
}
