package export

import (
	"github.com/cnfiscal/fiscal"
	"github.com/cnfiscal/fiscal/accounts"
)

// EntryRow is one ledger entry. Kind is "income", "expense" or "balance";
// fields that do not apply to the kind are empty or zero.
type EntryRow struct {
	Department string `parquet:"department,dict" json:"department"`
	Year       int32  `parquet:"year" json:"year"`
	Kind       string `parquet:"kind,dict" json:"kind"`
	Entity     string `parquet:"entity,dict" json:"entity"`           // the unit's name
	EntityType string `parquet:"entity_type,dict" json:"entity_type"` // 行政单位, 参照公务员法管理事业单位, 事业单位
	Source     string `parquet:"source,dict" json:"source"`           // 一般公共预算财政拨款, …
	Function   string `parquet:"function,dict" json:"function"`       // 功能分类 项, 7 digits
	Economic   string `parquet:"economic,dict" json:"economic"`       // 部门经济分类 款, 5 digits, or ""
	Nature     string `parquet:"nature,dict" json:"nature"`           // 基本支出-人员经费, 项目支出, … (expenses)
	AmountFen  int64  `parquet:"amount_fen" json:"amount_fen"`        // income and expense
	OpeningFen int64  `parquet:"opening_fen" json:"opening_fen"`      // balance: 年初结转和结余
	ClosingFen int64  `parquet:"closing_fen" json:"closing_fen"`      // balance: 年末结转和结余
}

// EntryRows returns the ledger's entries as rows: incomes, then expenses,
// then balances, each in the order added.
func EntryRows(l *accounts.Ledger) []EntryRow {
	ents := l.Entities()
	entity := func(id accounts.EntityID) (string, string) {
		if int(id) < len(ents) {
			return ents[id].Name, ents[id].Type.String()
		}
		return "", ""
	}
	base := EntryRow{Department: l.Department, Year: int32(l.Year)}
	var out []EntryRow
	for in := range l.Incomes() {
		r := base
		r.Kind, r.Source, r.Function, r.AmountFen = "income", in.Source.String(), in.Function.String(), in.Amount.Fen()
		r.Entity, r.EntityType = entity(in.Entity)
		out = append(out, r)
	}
	for e := range l.Expenses() {
		r := base
		r.Kind, r.Source, r.Function, r.Economic = "expense", e.Source.String(), e.Function.String(), e.Economic.String()
		r.Nature, r.AmountFen = e.Nature.String(), e.Amount.Fen()
		r.Entity, r.EntityType = entity(e.Entity)
		out = append(out, r)
	}
	for b := range l.Balances() {
		r := base
		r.Kind, r.Source, r.Function = "balance", b.Source.String(), b.Function.String()
		r.OpeningFen, r.ClosingFen = b.Opening.Fen(), b.Closing.Fen()
		r.Entity, r.EntityType = entity(b.Entity)
		out = append(out, r)
	}
	return out
}

// CellRow is one printed cell of a disclosure table, in long form. Blank
// cells have no row.
type CellRow struct {
	Department string `parquet:"department,dict" json:"department"`
	Year       int32  `parquet:"year" json:"year"`
	Table      string `parquet:"table,dict" json:"table"`   // the kind: "summary", "income", … (accounts.TableKind.String)
	Title      string `parquet:"title,dict" json:"title"`   // the official title
	Number     string `parquet:"number,dict" json:"number"` // as printed: "公开01表"
	Side       string `parquet:"side,dict" json:"side"`     // 收入 or 支出 on the summary tables, else ""
	Row        string `parquet:"row" json:"row"`            // the row's key (accounts.Row.Key)
	Function   string `parquet:"function,dict" json:"function"`
	Economic   string `parquet:"economic,dict" json:"economic"`
	Item       string `parquet:"item,dict" json:"item"` // the named row, or ""
	Name       string `parquet:"name" json:"name"`      // the label as printed
	Line       int32  `parquet:"line" json:"line"`      // the source line, or 0
	Column     string `parquet:"column,dict" json:"column"`
	Unit       string `parquet:"unit,dict" json:"unit"` // the unit the table is printed in
	Decimals   int32  `parquet:"decimals" json:"decimals"`
	AmountFen  int64  `parquet:"amount_fen" json:"amount_fen"` // the printed figure, exact, in fen
}

// CellRows returns every present cell of the tables, table by table in
// kind order, row by row, in column order.
func CellRows(department string, year int, ts *accounts.Tables) []CellRow {
	var out []CellRow
	for _, t := range ts.All() {
		for i := range t.Rows {
			r := &t.Rows[i]
			for c := accounts.ColAmount; c <= accounts.ColClosing; c++ {
				a, ok := r.Cell(c).Amount()
				if !ok {
					continue
				}
				cr := CellRow{Department: department, Year: int32(year), Table: t.Kind.String(), Title: t.Kind.Title(), Number: t.Number,
					Side: r.Side.String(), Row: r.Key(), Function: r.Function.String(), Economic: r.Economic.String(),
					Name: r.Name, Line: int32(r.Line), Column: t.ColumnName(c), Unit: t.Unit.String(), Decimals: int32(t.Decimals), AmountFen: a.Fen()}
				if r.Item != 0 {
					cr.Item = r.Item.Name()
				}
				out = append(out, cr)
			}
		}
	}
	return out
}

// FindingRow is one finding of one report.
type FindingRow struct {
	Report         string `parquet:"report" json:"report"` // the file the report was read from
	Department     string `parquet:"department,dict" json:"department"`
	Year           int32  `parquet:"year" json:"year"`
	Rule           string `parquet:"rule,dict" json:"rule"`
	Severity       string `parquet:"severity,dict" json:"severity"`
	WithinRounding bool   `parquet:"within_rounding" json:"within_rounding"`
	Part           string `parquet:"part,dict" json:"part"`
	Table          string `parquet:"table,dict" json:"table"`
	Row            string `parquet:"row" json:"row"`
	Column         string `parquet:"column,dict" json:"column"`
	Line           int32  `parquet:"line" json:"line"`
	Text           string `parquet:"text" json:"text"`
	Expected       string `parquet:"expected" json:"expected"` // decimal text, as in the finding's JSON
	Actual         string `parquet:"actual" json:"actual"`
	Difference     string `parquet:"difference" json:"difference"`
	Tolerance      string `parquet:"tolerance" json:"tolerance"`
	Unit           string `parquet:"unit,dict" json:"unit"`
	Message        string `parquet:"message" json:"message"`
}

// FindingRowOf returns the row of finding f of the report at path.
func FindingRowOf(path, department string, year int, f fiscal.Finding) FindingRow {
	return FindingRow{
		Report: path, Department: department, Year: int32(year),
		Rule: f.Rule, Severity: f.Severity.String(), WithinRounding: f.WithinRounding,
		Part: f.Where.Part, Table: f.Where.Table, Row: f.Where.Row, Column: f.Where.Column, Line: int32(f.Where.Line), Text: f.Where.Text,
		Expected: f.Expected.String(), Actual: f.Actual.String(), Difference: f.Difference.String(), Tolerance: f.Tolerance.String(),
		Unit: f.Unit, Message: f.Message,
	}
}

// findingHeader is the CSV header, in FindingRow's field order.
var findingHeader = [...]string{"report", "department", "year", "rule", "severity", "within_rounding", "part", "table", "row",
	"column", "line", "text", "expected", "actual", "difference", "tolerance", "unit", "message"}
