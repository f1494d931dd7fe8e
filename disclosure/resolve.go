package disclosure

import (
	"fmt"
	"strings"

	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
	"github.com/cnfiscal/fiscal/classify"
	"github.com/cnfiscal/fiscal/perf"
	"github.com/cnfiscal/fiscal/procurement"
	"github.com/cnfiscal/fiscal/threepublic"
)

// Value is what a Ref resolves to: an amount, the decimals it is printed
// at, whether the document prints it at all (a blank cell or a missing row
// is absent, and counts as 0), and where it is.
type Value struct {
	Amount   fiscal.Amount
	Decimals int
	Present  bool
	Where    fiscal.Where
}

// Resolve returns the value a ref points at. A ref to a part the document
// lacks is an error.
func (d *Document) Resolve(r Ref) (Value, error) { return d.resolve(&r, true) }

// resolve is Resolve, with the value's Where left zero unless where is
// set: the checks ask where a value is only for a finding, and a row's key
// or a form's title are spelled out to say it. (A ref is large: it is
// not copied.)
func (d *Document) resolve(r *Ref, where bool) (Value, error) { return d.resolveIn(r, where, nil) }

// projectIndex finds a project form by its name for the statements of one
// check, through a map of the names made at the first look-up (a scan of
// the forms for every statement about a project was 2–3 % of a check). A
// nil *projectIndex scans.
type projectIndex struct {
	built  bool
	byName map[string]int // the first form of each name
}

// find returns the index of the first project form named name.
func (x *projectIndex) find(projects []perf.ProjectForm, name string) (int, bool) {
	if !x.built {
		x.built = true
		x.byName = make(map[string]int, len(projects))
		for i := range projects {
			if _, dup := x.byName[projects[i].Project]; !dup {
				x.byName[projects[i].Project] = i
			}
		}
	}
	i, ok := x.byName[name]
	return i, ok
}

// resolveIn is resolve, project forms found through ix.
func (d *Document) resolveIn(r *Ref, where bool, ix *projectIndex) (Value, error) {
	switch {
	case len(r.Sum) > 0:
		var v Value
		for i := range r.Sum {
			x, err := d.resolveIn(&r.Sum[i], where, ix)
			if err != nil {
				return Value{}, err
			}
			a, err := v.Amount.Add(x.Amount)
			if err != nil {
				return Value{}, err
			}
			v.Amount, v.Present, v.Decimals = a, v.Present || x.Present, max(v.Decimals, x.Decimals)
		}
		return v, nil
	case r.Printed != nil:
		return Value{Amount: *r.Printed, Decimals: r.Decimals, Present: true, Where: fiscal.Where{Part: "情况说明"}}, nil
	case r.Table != 0:
		return d.resolveTable(r, where)
	case r.Part != "":
		return d.resolvePart(r, where, ix)
	}
	return Value{}, fmt.Errorf("disclosure: empty reference")
}

func (d *Document) resolveTable(r *Ref, where bool) (Value, error) {
	if d.Tables == nil || d.Tables.Get(r.Table) == nil {
		return Value{}, fmt.Errorf("disclosure: the document has no %s", r.Table.Title())
	}
	t := d.Tables.Get(r.Table)
	var (
		row *accounts.Row
		ok  bool
	)
	switch {
	case r.Function.Valid():
		row, ok = t.FunctionRow(r.Side, r.Function)
	case r.Economic.Valid():
		row, ok = t.EconomicRow(r.Economic)
	case r.Under != 0:
		row, ok = t.Sub(r.Side, r.Under, r.Item)
	default:
		row, ok = t.Named(r.Side, r.Item)
	}
	var w fiscal.Where
	if where {
		w = fiscal.Where{Table: t.Kind.Title(), Part: t.Number, Column: t.ColumnName(r.Column)}
	}
	if !ok {
		if r.Function.Valid() && !printsLevel(t, r.Side, r.Function.Level()) {
			// A 项 of a table that prints its 功能分类 rows to the 类
			// only: not printed, not 0.
			return Value{}, fmt.Errorf("disclosure: %s prints no 功能分类 row as deep as %s", t.Kind.Title(), r.Function)
		}
		if where {
			w.Row = r.String()
		}
		return Value{Decimals: t.Decimals, Where: w}, nil
	}
	if where {
		w.Row, w.Line = row.Key(), row.Line
	}
	c := row.Cell(r.Column)
	return Value{Amount: c.OrZero(), Decimals: t.Decimals, Present: !c.IsAbsent(), Where: w}, nil
}

// printsLevel reports whether a table prints a 功能分类 row of side s at
// level l or deeper.
func printsLevel(t *accounts.Table, s accounts.Side, l classify.Level) bool {
	for i := range t.Rows {
		if r := &t.Rows[i]; r.Side == s && r.Function.Valid() && r.Function.Level() >= l {
			return true
		}
	}
	return false
}

func (d *Document) resolvePart(r *Ref, where bool, ix *projectIndex) (Value, error) {
	cell := func(c fiscal.Cell, decimals int, w fiscal.Where) Value {
		return Value{Amount: c.OrZero(), Decimals: decimals, Present: !c.IsAbsent(), Where: w}
	}
	switch r.Part {
	case PartThreePublic:
		t := d.ThreePublic
		if t == nil {
			return Value{}, fmt.Errorf("disclosure: the document has no \"三公\" table")
		}
		side, name, _ := strings.Cut(r.Field, "/")
		col := t.Actual
		if side == "预算数" {
			col = t.Budget
		}
		w := fiscal.Where{Table: threepublic.TableTitle, Part: t.Number, Row: side, Column: name, Line: t.Line}
		switch name {
		case "合计":
			return cell(col.Total, t.Decimals, w), nil
		case threepublic.Abroad.String():
			return cell(col.Abroad, t.Decimals, w), nil
		case "公务用车购置及运行费":
			return cell(col.Vehicles, t.Decimals, w), nil
		case threepublic.VehiclePurchase.String():
			return cell(col.VehiclePurchase, t.Decimals, w), nil
		case threepublic.VehicleOperation.String(), "公务用车运行费":
			return cell(col.VehicleOperation, t.Decimals, w), nil
		case threepublic.Reception.String():
			return cell(col.Reception, t.Decimals, w), nil
		}
	case PartRunningCost:
		if rc := d.RunningCost; rc != nil {
			return Value{Amount: rc.Amount, Decimals: rc.Decimals, Present: true, Where: fiscal.Where{Part: "情况说明", Row: "机关运行经费", Line: rc.Line}}, nil
		}
		return Value{}, fmt.Errorf("disclosure: the document states no 机关运行经费")
	case PartProcurement:
		p := d.Procurement
		if p == nil {
			return Value{}, fmt.Errorf("disclosure: the document has no 政府采购 figures")
		}
		w := fiscal.Where{Part: "政府采购", Row: r.Field}
		var res procurement.Reservation
		if p.Reserved != nil {
			res = *p.Reserved
		}
		for _, f := range []struct {
			name string
			c    fiscal.Cell
		}{{"总额", p.Total}, {"货物", p.Goods}, {"工程", p.Works}, {"服务", p.Services}, {"中小企业", p.SME}, {"小微企业", p.Micro},
			{"预留中小企业", res.ReservedSME}, {"预留小微企业", res.ReservedMicro}, {"预留中小企业中标", res.SMEWonReserved},
			{"预留小微企业中标", res.MicroWonReserved}, {"其他中小企业中标", res.SMEWonOther}} {
			if f.name == r.Field {
				return cell(f.c, p.Decimals, w), nil
			}
		}
	case PartProject, PartProjects:
		return d.resolveProject(r, where, ix)
	case PartDepartment:
		if d.Performance == nil || d.Performance.Department == nil {
			return Value{}, fmt.Errorf("disclosure: the document has no 部门整体绩效自评表")
		}
		f := d.Performance.Department
		m := f.BasicSpending
		if r.Field == "项目支出总额" {
			m = f.ProjectSpending
		} else if r.Field != "基本支出总额" {
			break
		}
		return Value{Amount: m.Amount, Decimals: decimalsOf(m.Text), Present: m.Text != "", Where: f.Where()}, nil
	}
	return Value{}, fmt.Errorf("disclosure: no field %q in part %s", r.Field, r.Part)
}

func (d *Document) resolveProject(r *Ref, where bool, ix *projectIndex) (Value, error) {
	if d.Performance == nil {
		return Value{}, fmt.Errorf("disclosure: the document has no performance forms")
	}
	column, name := r.Field, ""
	if r.Part == PartProject {
		i := strings.LastIndex(r.Field, "/")
		if i < 0 {
			return Value{}, fmt.Errorf("disclosure: project field %q is not name/预算数 or name/执行数", r.Field)
		}
		name, column = r.Field[:i], r.Field[i+1:]
	}
	pick := func(i int) (fiscal.Amount, string) {
		p := &d.Performance.Projects[i] // a form is large: not copied
		if column == "预算数" {
			return p.Budget.Amount, p.Budget.Text
		}
		return p.Spent.Amount, p.Spent.Text
	}
	if r.Part == PartProjects {
		var sum fiscal.Amount
		dec := 0
		for i := range d.Performance.Projects {
			a, text := pick(i)
			s, err := sum.Add(a)
			if err != nil {
				return Value{}, err
			}
			sum, dec = s, max(dec, decimalsOf(text))
		}
		return Value{Amount: sum, Decimals: dec, Present: true, Where: fiscal.Where{Part: "项目支出绩效自评表", Row: "合计", Column: column}}, nil
	}
	found := func(i int) (Value, error) {
		p := &d.Performance.Projects[i]
		a, text := pick(i)
		var w fiscal.Where
		if where {
			w = p.Where()
			w.Column = column
		}
		return Value{Amount: a, Decimals: decimalsOf(text), Present: text != "", Where: w}, nil
	}
	if ix != nil {
		if i, ok := ix.find(d.Performance.Projects, name); ok {
			return found(i)
		}
		return Value{}, fmt.Errorf("disclosure: no project form named %q", r.Field)
	}
	for i := range d.Performance.Projects {
		if d.Performance.Projects[i].Project == name {
			return found(i)
		}
	}
	return Value{}, fmt.Errorf("disclosure: no project form named %q", r.Field)
}
